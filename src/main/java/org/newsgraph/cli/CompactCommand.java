package org.newsgraph.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.store.GraphStore;

/** {@code newsgraph compact}: reclaims the space TDB2 keeps for old versions. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the store: TDB2 keeps old versions on every update; this drops them.")
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        java.util.List<String> before = StoreLock.generations(store.existing());
        try (GraphStore graphStore = StoreLock.open(store.existing())) {
            graphStore.compact();
        }
        spec.commandLine().getOut().printf("Compacted %s: %s -> %s%n", store.path(), before,
                StoreLock.generations(store.path()));
        return 0;
    }
}
