package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.export.GraphExporter;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph export}: the store as Turtle, TriG or N-Quads. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the graph as Turtle (merged), TriG or N-Quads (one named graph per article).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "turtle, trig or nquads.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        GraphExporter.Format fmt;
        try {
            fmt = GraphExporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "' (turtle, trig, nquads)");
        }
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            GraphExporter exporter = new GraphExporter(graphStore.dataset());
            if (out == null) {
                exporter.write(fmt, System.out);
                System.out.flush();
            } else {
                Path tmp = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    exporter.write(fmt, o);
                }
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return 0;
    }
}
