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

import org.newsgraph.store.GraphStore;

/** {@code newsgraph restore}: a backup into a new store. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Loads a backup (N-Quads, gzip or plain) into a new store; never overwrites an existing one.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--in", required = true, paramLabel = "FILE", description = "The backup file.")
    Path in;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(in)) {
            throw new NoSuchFileException(in.toString(), null, "no such backup file");
        }
        long quads = GraphStore.restore(in, store.path());
        spec.commandLine().getOut().printf("Restored %d quads into %s%n", quads, store.path());
        return 0;
    }
}
