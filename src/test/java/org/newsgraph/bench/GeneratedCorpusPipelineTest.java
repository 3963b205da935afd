package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.store.GraphStore;

/**
 * Generated articles are news the pipeline can read: built into a store, three of them yield the people, places and
 * organisations written into them, with their types, and relations.
 */
class GeneratedCorpusPipelineTest {

    @Test
    void thePipelineFindsTheNamesWrittenIntoGeneratedArticles(@TempDir Path dir) throws IOException {
        CorpusGenerator generator = CorpusGenerator.create().articles(3).seed(11).gazetteer(TestSupport.gazetteer())
                .build();
        Path data = dir.resolve("data");
        generator.write(data);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildSummary summary = GraphBuilder.create().models(TestSupport.models())
                    .gazetteer(TestSupport.gazetteer()).build().build(data, store);
            assertEquals(3, summary.articlesRead());
            List<Map<String, String>> entities = TestSupport.select(store.dataset(),
                    TestSupport.resource("e2e/entities.rq"));
            Set<String> people = names(entities, "Person");
            Set<String> places = names(entities, "Place");
            Set<String> organizations = names(entities, "Organization");
            List<String> missedPeople = new ArrayList<>();
            int written = 0;
            for (int i = 1; i <= 3; i++) {
                GeneratedArticle a = generator.article(i);
                a.people().stream().filter(p -> !people.contains(p)).forEach(missedPeople::add);
                written += a.people().size();
                assertTrue(a.places().stream().anyMatch(places::contains),
                        "article " + i + ": none of " + a.places() + " found in " + places);
                assertTrue(a.organizations().stream().anyMatch(o -> organizations.contains(o) || places.contains(o)),
                        "article " + i + ": none of " + a.organizations() + " found in " + organizations);
            }
            assertTrue(missedPeople.size() * 5 <= written, "people missed: " + missedPeople + " of " + written);
            List<Map<String, String>> facts = TestSupport.select(store.dataset(), TestSupport.resource("e2e/facts.rq"));
            assertFalse(facts.isEmpty(), "no relation found in the generated articles");
        }
    }

    private static Set<String> names(List<Map<String, String>> entities, String type) {
        return entities.stream().filter(e -> e.get("type").equals(type)).map(e -> e.get("name"))
                .collect(Collectors.toSet());
    }
}
