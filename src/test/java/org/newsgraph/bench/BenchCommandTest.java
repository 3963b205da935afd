package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.CliRun;
import org.newsgraph.store.GraphStore;

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

    @Test
    void queriesOnAStoreWriteBothReports(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (GraphStore graphStore = GraphStore.open(store)) {
            Model m = ModelFactory.createDefaultModel();
            m.add(m.createResource("urn:s"), m.createProperty("urn:p"), "o");
            graphStore.replaceGraph("urn:g", m);
        }
        Path queries = Files.createDirectory(dir.resolve("queries"));
        Files.writeString(queries.resolve("all.rq"), "# Everything\nSELECT * { ?s ?p ?o }\n");
        Path out = dir.resolve("report");
        CliRun r = CliRun.of("bench", "queries", "--store", store.toString(), "--queries", queries.toString(),
                "--openings", "1", "--query-runs", "2", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Queries: 1, of which 1 have a warm p95 <= 100 ms"), r.out());
        assertTrue(Files.readString(dir.resolve("report.md")).contains("| `all.rq` Everything | 1 |"));
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"queryBudgetSeconds\" : 60"));
    }

    @Test
    void queriesOnAMissingStoreFailWithOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("nothing");
        CliRun r = CliRun.of("bench", "queries", "--store", missing.toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(missing + ": no store"), r.err());
        assertTrue(Files.notExists(missing), "a read-only command creates no store");
    }
}
