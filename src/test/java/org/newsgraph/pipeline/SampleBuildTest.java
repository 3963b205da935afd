package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.store.GraphStore;

/** End to end on the sample articles: the facts of {@code e2e/sample-facts.tsv}, each with its article and sentence. */
class SampleBuildTest {

    private static final Path ARTICLES = Path.of("data/articles");

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static BuildSummary summary;

    /** One build of the samples, which every test reads. */
    @BeforeAll
    static void build() throws IOException {
        store = GraphStore.open(dir.resolve("store"));
        summary = GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                .build(ARTICLES, store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theStoreHoldsTheSampleFactsWithTheirArticleAndSentence() throws IOException {
        assertEquals(5, summary.articlesRead());
        assertTrue(summary.skipped().isEmpty());
        List<Map<String, String>> facts = TestSupport.select(store.dataset(), TestSupport.resource("e2e/facts.rq"));
        for (String[] row : TestSupport.rows(TestSupport.resource("e2e/sample-facts.tsv"))) {
            String article = Files.readString(ARTICLES.resolve(row[3]), StandardCharsets.UTF_8);
            boolean found = facts.stream().anyMatch(f -> f.get("relation").equals(row[0])
                    && f.get("doc").equals(row[3])
                    && sameParties(f, row)
                    && article.contains(f.get("evidence")));
            assertTrue(found, "missing: " + String.join(" | ", row) + " in " + facts);
        }
    }

    @Test
    void singleSourceFactsBoundToAnArticleAreThatArticlesRowsOfTheWholeList() throws IOException {
        Path query = Path.of("queries/single-source-facts.rq");
        List<Map<String, String>> all = TestSupport.select(store.dataset(), query);
        int bound = 0;
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path file : files.sorted().toList()) {
                String doc = file.getFileName().toString();
                List<Map<String, String>> expected = all.stream().filter(r -> r.get("doc").equals(doc)).toList();
                assertEquals(expected, TestSupport.select(store.dataset(), query, Map.of("doc", doc)), doc);
                bound += expected.size();
            }
        }
        assertTrue(bound > 0, "no single-source facts in the samples");
        assertEquals(all.size(), bound);
    }

    private static boolean sameParties(Map<String, String> f, String[] row) {
        if (row[0].equals("met")) {
            return List.of(f.get("subject"), String.valueOf(f.get("object"))).containsAll(List.of(row[1], row[2]));
        }
        return f.get("subject").equals(row[1]) && (row[2].isEmpty() || row[2].equals(f.get("object")));
    }
}
