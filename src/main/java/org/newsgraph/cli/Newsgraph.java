package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code newsgraph} command line. Exit codes: 0 success, 1 a runtime failure (one line on standard error naming
 * the file and the reason; the stack trace only with {@code --verbose}), 2 a usage error.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "Turns news articles into an RDF knowledge graph in a TDB2 store and serves it over SPARQL.",
        subcommands = {BuildCommand.class, QueryCommand.class, ServeCommand.class, ExportCommand.class,
                TrainCommand.class, EvalCommand.class, ValidateCommand.class, BackupCommand.class,
                RestoreCommand.class, CompactCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:runtime failure", "2:usage error"})
public final class Newsgraph {

    /** The repository root that default paths are relative to (set by {@code bin/newsgraph}). */
    static Path home() {
        return Path.of(System.getProperty("newsgraph.home", "."));
    }

    static Path defaultStore() {
        return home().resolve("store");
    }

    static Path defaultData() {
        return home().resolve("data").resolve("articles");
    }

    static Path defaultQueries() {
        return home().resolve("queries");
    }

    @Option(names = "--verbose", description = "Print stack traces of failures.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests that capture its output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Newsgraph());
        // A usage error: one line saying what is wrong, suggestions for a mistyped option, then the usage.
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            cmd.usage(err);
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("newsgraph " + cmd.getCommandName() + ": " + message(e));
            if (cmd.getCommandSpec().root().userObject() instanceof Newsgraph root && root.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        return cl;
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException nsf && nsf.getReason() == null) {
            return m + ": no such file or folder";
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
