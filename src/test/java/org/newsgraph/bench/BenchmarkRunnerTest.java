package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.CommitBatch;
import org.newsgraph.query.CannedQuery;

/**
 * The benchmark runner on a tiny corpus (committing two articles per transaction, to take the batch path) writes a
 * report with every section, and leaves no scratch behind.
 */
class BenchmarkRunnerTest {

    @Test
    void aRunOnFiveArticlesReportsEverySection(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.create().articles(5).seed(3).gazetteer(TestSupport.gazetteer()).build().write(corpus);
        Path scratch = Files.createDirectory(dir.resolve("scratch"));
        BenchmarkReport report = BenchmarkRunner.create().corpus(corpus).runs(1).warmup(0).queryRuns(1)
                .queryWarmup(Duration.ZERO).queries(Path.of("queries"))
                .bindings(Map.of("entity-facts.rq:name", "Nobody Of That Name"))
                .scratch(scratch).threads(2).commitBatch(CommitBatch.of(2))
                .models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build().run();
        List<Path> written = ReportWriter.write(report, dir.resolve("report"));

        String md = Files.readString(written.get(0), StandardCharsets.UTF_8);
        for (String heading : List.of("# Newsgraph benchmark", "## End to end", "## Stages", "## Store writing",
                "## Canned queries", "## Memory of the end-to-end build", "## Targets of issue 6")) {
            assertTrue(md.contains(heading + "\n"), heading);
        }
        for (StagePass.Stage s : StagePass.Stage.values()) {
            assertTrue(md.contains("| " + s.label + " |"), s.label);
        }
        assertTrue(md.contains("bare OpenNLP") && md.contains("Jena bulk loader"), md);

        JsonObject json = JSON.read(written.get(1).toString());
        for (String key : List.of("machine", "settings", "corpus", "endToEnd", "bareOpenNlp", "endToEndRatio",
                "stages", "store", "queries", "memory")) {
            assertTrue(json.hasKey(key), key);
        }
        assertEquals(5, json.get("corpus").getAsObject().get("articles").getAsNumber().value().intValue());
        assertTrue(json.get("corpus").getAsObject().get("tokens").getAsNumber().value().longValue() > 0);
        assertEquals(StagePass.Stage.values().length, json.get("stages").getAsArray().size());
        JsonObject store = json.get("store").getAsObject();
        assertTrue(store.hasKey("ours") && store.hasKey("bulkLoader") && store.hasKey("ratio"));
        assertEquals(1, json.get("endToEnd").getAsObject().get("runsSeconds").getAsArray().size());
        assertEquals(2, json.get("settings").getAsObject().get("commitBatch").getAsNumber().value().intValue());
        assertEquals(0, json.get("settings").getAsObject().get("queryWarmupSeconds").getAsNumber().value().intValue());

        assertEquals("Nobody Of That Name", json.get("settings").getAsObject().get("bindings").getAsObject()
                .get("entity-facts.rq:name").getAsString().value());
        JsonArray queries = json.get("queries").getAsArray();
        assertEquals(CannedQuery.pack(Path.of("queries")).size(), queries.size());
        for (JsonValue q : queries) {
            if (q.getAsObject().get("file").getAsString().value().equals("entity-facts.rq")) {
                assertEquals(0, q.getAsObject().get("rows").getAsNumber().value().longValue(), "a name no entity has");
            }
            // warm-up(0) still warms each query once before its timed runs.
            assertEquals(1, q.getAsObject().get("warmupRuns").getAsNumber().value().intValue(), q.toString());
            for (String phase : List.of("cold", "warm")) {
                JsonObject latencies = q.getAsObject().get(phase).getAsObject();
                assertTrue(latencies.hasKey("p50Ms") && latencies.hasKey("p95Ms"), q.toString());
            }
        }
        JsonObject memory = json.get("memory").getAsObject();
        assertTrue(memory.get("peakHeapMaxBytes").getAsNumber().value().longValue() > 0);
        double cpuShare = json.get("cpuShare").getAsObject().get("median").getAsNumber().value().doubleValue();
        assertTrue(cpuShare > 0 && cpuShare <= 1.05,
                "the build's CPU time over its wall time on all cores: " + cpuShare);

        try (Stream<Path> left = Files.list(scratch)) {
            assertEquals(0, left.count(), "the scratch stores are removed");
        }
    }

    @Test
    void aBindingOfNoQueryOfThePackFailsBeforeThePasses(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        CorpusGenerator.create().articles(1).seed(3).gazetteer(TestSupport.gazetteer()).build().write(corpus);
        BenchmarkRunner runner = BenchmarkRunner.create().corpus(corpus).runs(1).warmup(0).queryRuns(1)
                .queries(Path.of("queries")).bindings(Map.of("no-such.rq:name", "x"))
                .scratch(Files.createDirectory(dir.resolve("scratch"))).models(TestSupport.models())
                .gazetteer(TestSupport.gazetteer()).progress(new ProgressMeter.Factory() {
                    @Override
                    public ProgressMeter counting(String label, long total, String unit) {
                        throw new AssertionError("a pass began: " + label);
                    }

                    @Override
                    public ProgressMeter timed(String label, long expectedNanos) {
                        throw new AssertionError("a pass began: " + label);
                    }
                }).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, runner::run);
        assertTrue(e.getMessage().contains("'no-such.rq'"), e.getMessage());
    }
}
