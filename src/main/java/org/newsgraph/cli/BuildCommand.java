package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph build}: every article of a folder through the pipeline into the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads every article in the data folder, runs the pipeline and writes the graph into the store.")
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of articles (default: data/articles).")
    Path data;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        Path folder = data != null ? data : Newsgraph.defaultData();
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such data folder");
        }
        GraphBuilder builder = GraphBuilder.create()
                .onSkip(s -> spec.commandLine().getErr().println("skipped " + s))
                .build();
        BuildSummary summary;
        try (GraphStore graphStore = GraphStore.open(store.path())) {
            summary = builder.build(folder, graphStore);
        }
        spec.commandLine().getOut().print("Store: " + store.path() + System.lineSeparator() + summary.format());
        spec.commandLine().getOut().flush();
        if (summary.articlesRead() == 0) {
            spec.commandLine().getErr().println("newsgraph build: " + folder + ": no article could be read");
            return 1;
        }
        return 0;
    }
}
