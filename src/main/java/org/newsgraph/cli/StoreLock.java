package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.newsgraph.store.GraphStore;

/** Opens a store for a command, turning TDB2's lock failure into a message that says what to do. */
final class StoreLock {

    private StoreLock() {}

    /** What a backup of a store that a running server holds takes instead of {@code newsgraph backup}. */
    static final String BACKUP_THROUGH_THE_SERVER = "back it up through the server instead: curl -u USER -o FILE.nq.gz "
            + "http://127.0.0.1:3030/$/backup (the server needs --credentials or NEWSGRAPH_CREDENTIALS)";

    static GraphStore open(Path dir) {
        return open(dir, "stop it first, or " + BACKUP_THROUGH_THE_SERVER);
    }

    /** Opens the store; when another process holds it, the message ends with {@code advice}, what to do about it. */
    static GraphStore open(Path dir, String advice) {
        try {
            return GraphStore.open(dir);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).toLowerCase().contains("lock")) {
                throw new IllegalStateException(dir + ": the store is in use by another process (a running "
                        + "'newsgraph serve' or 'build'); " + advice, e);
            }
            throw e;
        }
    }

    /**
     * The data generations of a TDB2 store ({@code Data-0001}, ...): compaction writes a new one and deletes the old.
     * (File sizes say little: TDB2 files are sparse.)
     */
    static java.util.List<String> generations(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
