package org.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that read or write the store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: store/ in the Newsgraph folder).")
    Path store;

    Path path() {
        return store != null ? store : Newsgraph.defaultStore();
    }

    /** The store folder, which must exist and hold a store: commands that only read never create one. */
    Path existing() throws java.nio.file.NoSuchFileException {
        Path p = path();
        if (!java.nio.file.Files.isDirectory(p)) {
            throw new java.nio.file.NoSuchFileException(p.toString(), null,
                    "no store (run 'newsgraph build' first)");
        }
        return p;
    }
}
