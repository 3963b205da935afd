package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.ingest.Skipped;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.CommitBatch;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.store.GraphStore;
import org.newsgraph.validate.ConformanceReport;
import org.newsgraph.validate.GraphValidator;

/**
 * {@code newsgraph build}: every article of a folder through the pipeline into the store. Exit 0 when at least one
 * article is in the store afterwards (others may have been skipped, each with its reason); with {@code --strict}, 1
 * when any file was skipped. Every build ends by checking the whole store against {@code ontology/shapes.ttl} and
 * prints each violation; with {@code --strict} a violation fails the build too.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads every article in the data folder, runs the pipeline and writes the graph into the store. "
                + "Unchanged articles are skipped; changed ones replace their own graph.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of articles (default: data/articles).")
    Path data;

    @Mixin
    StoreOption store;

    @Option(names = "--prune", description = "Remove the graphs of articles whose files are gone from the folder.")
    boolean prune;

    @Option(names = "--strict",
            description = "Fail (exit 1) when any file is skipped or the graph breaks a shape of ontology/shapes.ttl.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "NLP threads (default: the number of processors).")
    Integer threads;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "5",
            description = "Largest article file in MB (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--any-language", description = "Ingest articles detected as not English, too.")
    boolean anyLanguage;

    @Option(names = "--commit-batch", paramLabel = "N|auto", defaultValue = CommitBatch.GROWING_NAME,
            converter = CommitBatchConverter.class, description = CommitBatchConverter.DESCRIPTION)
    CommitBatch commitBatch;

    @Option(names = "--no-validate",
            description = "Do not check the store against ontology/shapes.ttl after the build (the check reads the "
                    + "whole store; bulk loads of many thousands of articles may leave it to 'newsgraph validate').")
    boolean noValidate;

    @Override
    public Integer call() throws Exception {
        Path folder = data != null ? data : Newsgraph.defaultData();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such data folder");
        }
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        GraphBuilder.Builder b = GraphBuilder.create()
                .prune(prune)
                .commitBatch(commitBatch)
                .anyLanguage(anyLanguage)
                .maxBytes((long) (maxSizeMb * 1024 * 1024))
                .listener(new BuildListener() {
                    @Override
                    public void skipped(Skipped s) {
                        progress.clear();
                        err.println("skipped " + s);
                    }

                    @Override
                    public void noted(String article, String note) {
                        progress.clear();
                        err.println("note " + article + ": " + note);
                    }

                    @Override
                    public void progress(int done, int total) {
                        progress.update(done, total);
                    }
                });
        if (threads != null) {
            b.threads(threads);
        }
        GraphBuilder builder = b.build();
        GraphValidator validator = noValidate ? null : GraphValidator.load();
        BuildSummary summary;
        ConformanceReport conformance = null;
        try (GraphStore graphStore = GraphStore.open(store.path())) {
            summary = builder.build(folder, graphStore);
            if (validator != null) {
                conformance = validator.validateUnion(graphStore.dataset());
            }
        }
        progress.clear();
        PrintWriter out = spec.commandLine().getOut();
        out.print("Store: " + store.path() + System.lineSeparator() + summary.format());
        if (conformance == null) {
            out.println("Shapes: not checked (--no-validate)");
        } else if (conformance.conforms()) {
            out.println("Shapes: conforms");
        } else {
            out.println("Shapes: " + conformance.violations().size() + " violation(s) of ontology/shapes.ttl");
            ValidateCommand.print(conformance, out);
        }
        out.flush();
        if (summary.articlesRead() + summary.unchanged() == 0) {
            err.println("newsgraph build: " + folder + ": no article could be read");
            return 1;
        }
        if (strict && !summary.skipped().isEmpty()) {
            err.println("newsgraph build: " + summary.skipped().size() + " file(s) skipped (--strict)");
            return 1;
        }
        if (strict && conformance != null && !conformance.conforms()) {
            err.println("newsgraph build: " + conformance.violations().size()
                    + " violation(s) of ontology/shapes.ttl (--strict)");
            return 1;
        }
        return 0;
    }

}
