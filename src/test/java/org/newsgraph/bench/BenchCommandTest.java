package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.CliRun;

/** {@code newsgraph bench}: its subcommands, exit codes and messages. */
class BenchCommandTest {



    @Test
    void corpusWritesTheArticlesAndSaysHowMany(@TempDir Path dir) {
        Path out = dir.resolve("corpus");
        CliRun r = CliRun.of("bench", "corpus", "--articles", "3", "--seed", "5", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Articles: 3"), r.out());
        assertTrue(Files.isRegularFile(out.resolve("bench-000003.txt")));
        assertTrue(r.err().contains("corpus: 3/3 articles"), "a final progress line: " + r.err());
    }

    @Test
    void corpusIntoAFolderWithFilesFailsWithOneLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.txt"), "x");
        CliRun r = CliRun.of("bench", "corpus", "--articles", "2", "--out", dir.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("not empty"), r.err());
    }

    @Test
    void mistakesAreUsageErrors() {
        assertEquals(2, CliRun.of("bench").exit());
        assertEquals(2, CliRun.of("bench", "corpus", "--articles", "0", "--out", "x").exit());
        assertEquals(2, CliRun.of("bench", "run").exit());
        CliRun r = CliRun.of("bench", "run", "--corpus", "c", "--runs", "0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--runs"), r.err());
    }

    @Test
    void runOnAMissingCorpusSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("nothing");
        CliRun r = CliRun.of("bench", "run", "--corpus", missing.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(missing + ": no such corpus folder"), r.err());
    }
}
