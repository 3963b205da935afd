package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsgraph.TestSupport;
import org.newsgraph.store.GraphStore;

/**
 * A build killed with SIGKILL in the middle leaves every article either complete or absent, and running the build
 * again completes the store. The build runs in a child JVM, killed as soon as it reports articles written.
 */
@Tag("fault")
class KillDuringBuildTest {

    private static final int ARTICLES = 120;

    /**
     * With one article per transaction, with whole articles in batches of 7, and with batches that grow with the
     * store (--commit-batch auto, the default: 1, 1, 2, 4, ... articles, so a power of two is stored).
     */
    @ParameterizedTest
    @ValueSource(strings = {"1", "7", "auto"})
    void killedBuildLeavesWholeArticlesAndARerunCompletes(String batch, @TempDir Path dir) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        List<Path> samples = new org.newsgraph.ingest.ArticleReader().list(Path.of("data/articles"));
        for (int i = 0; i < ARTICLES; i++) {
            String text = Files.readString(samples.get(i % samples.size()), StandardCharsets.UTF_8);
            Files.writeString(data.resolve(String.format("copy-%03d.txt", i)), text + "\nEdition " + i + ".\n");
        }
        Path store = dir.resolve("store");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Newsgraph", "build",
                "--data", data.toString(), "--store", store.toString(), "--threads", "2",
                "--commit-batch", batch)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile())
                .start();
        // Progress counts articles processed; the first commit is certain once two batches are past.
        boolean growing = batch.equals("auto");
        waitForProgress(dir.resolve("build.log"), build, growing ? 2 : 2 * Integer.parseInt(batch));
        build.destroyForcibly();
        assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the child JVM is gone");

        int stored;
        try (GraphStore reopened = GraphStore.open(store)) {
            stored = completeArticles(reopened, true);
        }
        assertTrue(stored > 0, "the child wrote some articles before it was killed");
        boolean wholeBatches = growing ? Integer.bitCount(stored) == 1 : stored % Integer.parseInt(batch) == 0;
        assertTrue(wholeBatches || stored == ARTICLES, stored + " articles: whole batches (" + batch + ") only");

        BuildSummary rerun;
        try (GraphStore reopened = GraphStore.open(store)) {
            rerun = GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                    .build(data, reopened);
            assertEquals(ARTICLES, completeArticles(reopened, true));
        }
        assertEquals(stored, rerun.unchanged(), "the articles stored before the kill are kept as they were");
        assertEquals(ARTICLES - stored, rerun.articlesRead());
    }

    /** Waits until the child reports at least {@code done} articles processed (it reports every few seconds). */
    private static void waitForProgress(Path log, Process build, int done) throws InterruptedException, IOException {
        java.util.regex.Pattern progress = java.util.regex.Pattern.compile("(\\d+) of " + ARTICLES + " articles");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && build.isAlive()) {
            if (Files.exists(log)) {
                java.util.regex.Matcher m = progress.matcher(Files.readString(log));
                while (m.find()) {
                    if (Integer.parseInt(m.group(1)) >= done) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
    }

    /**
     * Counts the article graphs, checking that each is whole: its article node with its length and hash, mentions
     * that all point into it, and the provenance triple the mapper writes last.
     */
    private static int completeArticles(GraphStore store, boolean check) {
        String sparql = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?g (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?m) AS ?mentions)
                       (COUNT(DISTINCT ?run) AS ?provenance)
                WHERE { GRAPH ?g { ?a a ng:Article ; ng:charLength ?len ; ng:contentHash ?h .
                                   OPTIONAL { ?m ng:inArticle ?a ; ng:refersTo ?e }
                                   OPTIONAL { ?g prov:wasGeneratedBy ?run } } }
                GROUP BY ?g""";
        return Txn.calculateRead(store.dataset(), () -> {
            int n = 0;
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    if (check) {
                        assertEquals(1, row.getLiteral("articles").getInt(), row.toString());
                        assertTrue(row.getLiteral("mentions").getInt() > 0, row.toString());
                        assertEquals(1, row.getLiteral("provenance").getInt(), row.toString());
                    }
                    n++;
                }
            }
            return n;
        });
    }

}
