package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line for the mistakes a new user makes first. */
class CliTest {

    @Test
    void aMissingDataFolderFailsWithOneLineNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        CliRun r = CliRun.of("build", "--data", missing.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(missing.toString()) && r.err().contains("no such data folder"), r.err());
        assertTrue(Files.notExists(dir.resolve("store")), "no store is created for a failed start");
    }

    @Test
    void anEmptyDataFolderFailsSayingNoArticleCouldBeRead(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun r = CliRun.of("build", "--data", empty.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(empty.toString()) && r.err().contains("no article could be read"), r.err());
        assertTrue(r.out().contains("Articles: 0 read, 0 unchanged, 0 removed, 0 skipped"), r.out());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun r = CliRun.of("build", "--colour", "blue");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Unknown option") && r.err().contains("'--colour'"), r.err());
        assertTrue(r.err().contains("Usage: newsgraph build"), r.err());
    }

    @Test
    void aCommitBatchThatIsNeitherANumberNorAutoIsAUsageError() {
        CliRun r = CliRun.of("build", "--commit-batch", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Invalid value for option '--commit-batch': the commit batch must be at least 1 "
                + "article, not 0"), r.err());
        r = CliRun.of("bench", "run", "--corpus", ".", "--commit-batch", "some");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("a number of articles or 'auto', not 'some'"), r.err());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun r = CliRun.of("frobnicate");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void queryWithoutAStoreSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("nostore");
        CliRun r = CliRun.of("query", "--store", missing.toString(), "--pack");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(missing + ": no store (run 'newsgraph build' first)"), r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"build", "serve", "query", "export", "eval", "train"}) {
            CliRun r = CliRun.of(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().startsWith("Usage: newsgraph " + cmd), r.out());
        }
    }
}
