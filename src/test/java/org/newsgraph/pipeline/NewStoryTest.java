package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.store.GraphStore;

/**
 * The pipeline on a story it has never seen (no name of it occurs in the training corpus or the sample articles)
 * finds its people, places and organisations and a met, a replaced and a contested relation.
 */
class NewStoryTest {

    @Test
    void findsTheEntitiesAndRelationsOfAnUnseenStory(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.copy(TestSupport.resource("stories/port-talks.txt"), data.resolve("port-talks.txt"));
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildSummary summary = GraphBuilder.create().models(TestSupport.models())
                    .gazetteer(TestSupport.gazetteer()).build().build(data, store);
            assertEquals(1, summary.articlesRead());
            List<Map<String, String>> entities = TestSupport.select(store.dataset(), TestSupport.resource("e2e/entities.rq"));
            List<Map<String, String>> facts = TestSupport.select(store.dataset(), TestSupport.resource("e2e/facts.rq"));
            for (String[] row : TestSupport.rows(TestSupport.resource("stories/port-talks.expected.tsv"))) {
                if (row[0].equals("entity")) {
                    assertTrue(entities.contains(Map.of("type", row[1], "name", row[2])),
                            "entity " + row[1] + " " + row[2] + " not in " + entities);
                } else {
                    assertTrue(facts.stream().anyMatch(f -> matches(f, row)),
                            "relation " + String.join(" ", row) + " not in " + facts);
                }
            }
        }
    }

    private static boolean matches(Map<String, String> fact, String[] row) {
        String relation = row[1];
        if (!fact.get("relation").equals(relation)) {
            return false;
        }
        if (relation.equals("met")) {
            return List.of(fact.get("subject"), String.valueOf(fact.get("object")))
                    .containsAll(List.of(row[2], row[3]));
        }
        return fact.get("subject").equals(row[2]) && (row.length < 4 || row[3].equals(fact.get("object")));
    }
}
