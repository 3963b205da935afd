package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.gold.GoldReader;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.store.GraphStore;

/**
 * The evaluation of the sample articles against their gold files must not fall below the figures reached when these
 * floors were set (entities F1 0.988, relations F1 0.941), so that a regression fails the build. The samples are in
 * the training data of the name finder: these floors guard against regressions, they do not measure generalisation
 * (the held-out figures in the README do).
 */
class SampleF1FloorTest {

    private static final double ENTITY_F1_FLOOR = 0.97;
    private static final double PERSON_F1_FLOOR = 0.97;
    private static final double PLACE_F1_FLOOR = 0.95;
    private static final double RELATION_F1_FLOOR = 0.90;

    @Test
    void sampleScoresStayAboveTheirFloors(@TempDir Path dir) throws Exception {
        Scores scores;
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                    .build(Path.of("data/articles"), store);
            SystemOutput output = EvalQueries.load(Path.of("queries")).read(store.dataset());
            scores = new Scorer().score(output.entities(), output.relations(),
                    new GoldReader().readAll(Path.of("data/gold")));
        }
        assertTrue(scores.entities().f1() >= ENTITY_F1_FLOOR, "entities " + scores.entities());
        assertTrue(scores.entitiesByType().get("Person").f1() >= PERSON_F1_FLOOR, "people " + scores.entitiesByType());
        assertTrue(scores.entitiesByType().get("Place").f1() >= PLACE_F1_FLOOR, "places " + scores.entitiesByType());
        assertTrue(scores.relations().f1() >= RELATION_F1_FLOOR, "relations " + scores.relations());
    }
}
