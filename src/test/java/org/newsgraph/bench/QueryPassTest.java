package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.query.CannedQuery;
import org.newsgraph.store.GraphStore;

/** The query pass counts the rows of every query, runs it cold once per opening, and keeps to its time budget. */
class QueryPassTest {

    @TempDir
    Path dir;

    Path store;
    Path queries;

    @BeforeEach
    void storeAndPack() throws IOException {
        store = dir.resolve("store");
        try (GraphStore graphStore = GraphStore.open(store)) {
            for (int g = 0; g < 3; g++) {
                Model m = ModelFactory.createDefaultModel();
                for (int i = 0; i < 10; i++) {
                    m.add(m.createResource("urn:s" + g + "-" + i), m.createProperty("urn:p"), "o" + i);
                }
                graphStore.replaceGraph("urn:g" + g, m);
            }
        }
        queries = Files.createDirectories(dir.resolve("queries/sub"));
        Files.writeString(queries.resolve("../all.rq"), "# Everything\nSELECT * { ?s ?p ?o }\n");
        Files.writeString(queries.resolve("pairs.rq"),
                "# Pairs\n# A cross product, slower than the first.\nSELECT * { ?s ?p ?o . ?t ?q ?r }\n");
        queries = dir.resolve("queries");
    }

    @Test
    void everyQueryGetsItsRowsColdRunsAndWarmRuns() throws IOException {
        List<CannedQuery> pack = CannedQuery.pack(queries);
        List<BenchmarkReport.QueryFigure> figures = new QueryPass(pack, queries, 2, 1, Duration.ZERO, 4,
                Duration.ofMinutes(5), Map.of()).time(store, ProgressMeter.Factory.SILENT);
        assertEquals(List.of("all.rq", "sub/pairs.rq"), figures.stream().map(BenchmarkReport.QueryFigure::file)
                .toList());
        assertEquals(List.of(30L, 900L), figures.stream().map(BenchmarkReport.QueryFigure::rows).toList());
        for (BenchmarkReport.QueryFigure f : figures) {
            assertEquals(2, f.coldNanos().size(), f.file());
            assertEquals(1, f.warmupRuns(), f.file());
            assertEquals(4, f.warmNanos().size(), f.file());
        }
    }

    @Test
    void aWarmupTimeRunsAQueryUntilItIsUsedUp() throws IOException {
        List<CannedQuery> pack = CannedQuery.pack(queries);
        Duration warmupTime = Duration.ofMillis(300);
        List<BenchmarkReport.QueryFigure> figures = new QueryPass(pack, queries, 1, 1, warmupTime, 2,
                Duration.ofMinutes(5), Map.of()).time(store, ProgressMeter.Factory.SILENT);
        for (BenchmarkReport.QueryFigure f : figures) {
            // A run of these queries takes a few milliseconds at most, far less than the warm-up time: more runs.
            assertTrue(f.warmupRuns() > 1, f.file() + ": " + f.warmupRuns());
            assertEquals(2, f.warmNanos().size(), f.file());
        }
    }

    @Test
    void aQueryThatUsesUpTheBudgetStopsAfterOneRun() throws IOException {
        List<CannedQuery> pack = CannedQuery.pack(queries);
        List<BenchmarkReport.QueryFigure> figures = new QueryPass(pack, queries, 1, 0, Duration.ZERO, 50,
                Duration.ofNanos(1), Map.of()).time(store, ProgressMeter.Factory.SILENT);
        for (BenchmarkReport.QueryFigure f : figures) {
            assertEquals(1, f.warmNanos().size(), f.file());
        }
    }

    @Test
    void measureReportsTheStoreAndTheSettings() throws IOException {
        QueryReport report = QueryPass.measure(store, queries, 1, 0, Duration.ZERO, 3, Duration.ofMinutes(1), Map.of(),
                ProgressMeter.Factory.SILENT);
        assertEquals(30, report.storeQuads());
        assertEquals(2, report.figures().size());
        assertEquals(60, report.queryBudgetSeconds());
        assertEquals(0, report.warmupSeconds());
        String md = ReportWriter.markdown(report);
        assertTrue(md.contains("| `sub/pairs.rq` Pairs | 900 |"), md);
        assertTrue(md.contains("| canned query p95 <= 100 ms"), md);
        // The heap settings change the warm figures, so the report says what the JVM was started with.
        List<String> jvm = report.machine().jvmArguments();
        assertTrue(md.contains("JVM options: " + (jvm.isEmpty() ? "none" : "`" + String.join(" ", jvm) + "`")), md);
    }

    @Test
    void aBindingNarrowsItsQueryAlone() throws IOException {
        QueryReport report = QueryPass.measure(store, queries, 1, 0, Duration.ZERO, 1, Duration.ofMinutes(1),
                Map.of("sub/pairs.rq:o", "o3"), ProgressMeter.Factory.SILENT);
        // "o3" is the object of one triple in each of the three graphs: the pairs cross those 3 with all 30.
        assertEquals(List.of(30L, 90L), report.figures().stream().map(BenchmarkReport.QueryFigure::rows).toList());
        assertTrue(ReportWriter.markdown(report).contains("`sub/pairs.rq:o` = `o3`"), ReportWriter.markdown(report));
        assertEquals("o3", ReportWriter.json(report).get("settings").getAsObject().get("bindings").getAsObject()
                .get("sub/pairs.rq:o").getAsString().value());
    }

    @Test
    void aBindingOfNoQueryOfThePackIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryPass.measure(store,
                queries, 1, 0, Duration.ZERO, 1, Duration.ofMinutes(1), Map.of("none.rq:o", "o3"),
                ProgressMeter.Factory.SILENT));
        assertTrue(e.getMessage().contains("'none.rq'"), e.getMessage());
    }

    @Test
    void aMissingQueryFolderIsNamed() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> QueryPass.measure(store,
                dir.resolve("none"), 1, 0, Duration.ZERO, 1, Duration.ofSeconds(1), Map.of(),
                ProgressMeter.Factory.SILENT));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }
}
