package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.query.CannedQuery;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph query}: SPARQL files, or the whole canned pack, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs SPARQL query files against the store, or every query of the canned pack with --pack.")
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, tsv, csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--pack", description = "Run every query in queries/ and print each one's title and results.")
    boolean pack;

    @Option(names = "--queries", paramLabel = "DIR", description = "Folder of the canned pack (default: queries/).")
    Path queries;

    @Option(names = "--bind", paramLabel = "NAME=VALUE",
            description = "Bind a query variable: an IRI (<...> or http...) or a plain string, e.g. --bind name=Smith.")
    Map<String, String> bindings = new LinkedHashMap<>();

    @Parameters(paramLabel = "FILE.rq", arity = "0..*", description = "SPARQL query files.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "' (table, tsv, csv, json)");
        }
        if (pack == !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give query files or --pack, not both or neither");
        }
        List<CannedQuery> toRun = new ArrayList<>();
        if (pack) {
            Path folder = queries != null ? queries : Newsgraph.defaultQueries();
            if (!Files.isDirectory(folder)) {
                throw new NoSuchFileException(folder.toString(), null, "no such query folder");
            }
            toRun.addAll(CannedQuery.pack(folder));
        } else {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new NoSuchFileException(f.toString(), null, "no such query file");
                }
                toRun.add(CannedQuery.read(f));
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            QueryRunner runner = new QueryRunner(graphStore.dataset());
            for (CannedQuery q : toRun) {
                if (pack) {
                    out.println("== " + q.title() + " (" + q.file().getFileName() + ")");
                }
                try {
                    runner.run(q.sparql(), bindings, fmt, out);
                } catch (QueryParseException e) {
                    throw new IllegalArgumentException(q.file() + ": not a valid SPARQL query ("
                            + e.getMessage().replaceAll("\\s+", " ") + ")", e);
                }
                if (pack) {
                    out.println();
                }
            }
        }
        return 0;
    }
}
