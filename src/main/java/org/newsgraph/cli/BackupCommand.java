package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.store.GraphStore;

/** {@code newsgraph backup}: a consistent gzip N-Quads copy of the store. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a consistent, gzip-compressed N-Quads backup of the store (one read transaction). "
                + "A store that a running 'serve' holds is backed up through the server instead: "
                + "GET /$/backup with the server's credentials (see the README).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file (.nq.gz).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        long quads;
        try (GraphStore graphStore = StoreLock.open(store.existing(), StoreLock.BACKUP_THROUGH_THE_SERVER);
             OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            quads = graphStore.backup(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().printf("Backed up %d quads to %s%n", quads, out);
        return 0;
    }
}
