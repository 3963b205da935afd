package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * {@code serve --watch}: the articles in the folder at start are ingested, a file dropped in the folder while the
 * server runs is queryable over HTTP within seconds, an edited file replaces its own graph, and a bad file is skipped
 * without stopping the watch. Needs the trained models.
 */
class WatchFolderTest {

    /** How long a dropped file may take to be queryable: the quiet period, one pass, and a loaded machine. */
    private static final Duration WITHIN = Duration.ofSeconds(20);

    /** Asks over HTTP until the answer is true; the time it took. */
    private static Duration poll(String what, Callable<Boolean> answer) throws Exception {
        long start = System.nanoTime();
        long deadline = start + WITHIN.toNanos();
        while (!answer.call()) {
            assertTrue(System.nanoTime() < deadline, what + ": not within " + WITHIN);
            Thread.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String articleLength(String name) {
        return "SELECT ?length { GRAPH <" + Iris.articleGraph(name) + "> { ?a a ng:Article ; ng:charLength ?length } }";
    }

    @Test
    void filesDroppedInTheFolderAreQueryableWithinSeconds(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("news"));
        Path sample = Path.of("data/articles/001_25eb7545585b6d93.txt");
        Files.copy(sample, folder.resolve("before-start.txt"));
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            StoreWriter writer = StoreWriter.create(store, folder, GraphBuilder.create()
                    .models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).threads(2));
            try (NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).writer(writer).watch(true)
                    .build().start()) {
                ServerClient client = new ServerClient(server);
                poll("the article in the folder at start", () -> client.select(articleLength("before-start.txt"))
                        .hasNext());

                String text = Files.readString(Path.of("data/articles/003_5e83baba2592feae.txt"));
                Files.writeString(folder.resolve("dropped.txt"), text);
                Duration took = poll("a dropped article", () -> client.select(articleLength("dropped.txt")).hasNext());
                System.out.println("watch: a dropped article was queryable after " + took.toMillis() + " ms");
                assertTrue(client.count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <"
                        + Iris.articleGraph("dropped.txt") + "> { ?m ng:refersTo ?e } }") > 0);

                // A bad file is skipped with its reason in the log, and the watch goes on.
                Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
                String edited = text + "\nThis article was updated with a closing line.\n";
                Files.writeString(folder.resolve("dropped.txt"), edited, StandardCharsets.UTF_8);
                poll("the edited article", () -> client.select(articleLength("dropped.txt")).next()
                        .getLiteral("length").getInt() == edited.length());
                assertEquals(1, client.count("SELECT (COUNT(?a) AS ?n) { GRAPH <" + Iris.articleGraph("dropped.txt")
                        + "> { ?a a ng:Article } }"), "the edit replaced the article's graph");
                assertEquals(0, client.count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.articleGraph("image.txt")
                        + "> { ?s ?p ?o } }"));
            }
        }
    }
}
