package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One run of the {@code newsgraph} command line in the test JVM, with what it printed captured. */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code newsgraph args...} as {@link Newsgraph#main} would, without exiting the JVM. */
    public static CliRun of(String... args) {
        CommandLine cl = Newsgraph.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
