package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.link.EntityRegistry;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * The corpus graph that builds keep up to date article by article is the one a recomputation from all the article
 * graphs gives, through additions, edits and removals, whatever the commit batch.
 */
class CorpusUpdateTest {

    private static final String MET =
            "Finance Minister Ilse Brandauer met Governor Tomas Okafor in Lisbon on Monday.\n";
    private static final String MET_AGAIN = "Ilse Brandauer met Tomas Okafor again in Porto, officials said.\n";
    private static final String REPLACED =
            "Coach Marta Villalobos replaced Diego Serrat as head of Real Cordoba Club.\n";
    private static final String EDITED =
            "Coach Marta Villalobos replaced Diego Serrat at Real Cordoba Club in Seville.\n";

    /** How the builds of a case commit, and after how many articles an open transaction updates the corpus graph. */
    private record Batching(CommitBatch batch, int updateEvery) {
        @Override
        public String toString() {
            return "batch " + batch + ", corpus update every " + updateEvery;
        }
    }

    private static BuildSummary build(Path data, GraphStore store, boolean prune, Batching b) throws IOException {
        return GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).prune(prune)
                .threads(2).commitBatch(b.batch()).corpusUpdateEvery(b.updateEvery()).build().build(data, store);
    }

    /** The stored corpus graph, and the one recomputed from the article graphs, both read back from TDB2. */
    private static void assertCorpusAsRecomputed(GraphStore store, String when) {
        StoreState state = new StoreState(store);
        EntityRegistry registry = new EntityRegistry();
        state.restoreEntities(registry);
        Model recomputed = new GraphMapper().corpusGraph(state.entities(registry, TestSupport.gazetteer()),
                state.facts());
        // Through TDB2 too, so that both sides carry literals in the lexical forms TDB2 gives back; then ranked.
        DatasetGraph scratch = DatabaseMgr.createDatasetGraph();
        Node corpus = NodeFactory.createURI(Iris.CORPUS_GRAPH);
        Txn.executeWrite(scratch, () -> {
            recomputed.getGraph().find().forEachRemaining(t -> scratch.add(new Quad(corpus, t)));
            for (Ranking ranking : List.of(Ranking.entities(Ranking.TOP), Ranking.facts(Ranking.TOP))) {
                ranking.recompute(scratch).forEach(t -> scratch.add(new Quad(corpus, t)));
            }
        });
        Model expected = Txn.calculateRead(scratch, () -> ModelFactory.createDefaultModel()
                .add(ModelFactory.createModelForGraph(scratch.getGraph(corpus))));
        Model stored = Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                .add(store.dataset().getNamedModel(Iris.CORPUS_GRAPH)));
        assertTrue(stored.isIsomorphicWith(expected), when + ": the corpus graph differs from its recomputation:\n"
                + "stored only: " + stored.difference(expected).listStatements().toList() + "\nrecomputed only: "
                + expected.difference(stored).listStatements().toList());
    }

    private static int sourceCount(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(Iris.CORPUS_GRAPH)
                .listObjectsOfProperty(NG.sourceCount).toList().stream()
                .mapToInt(n -> n.asLiteral().getInt()).max().orElse(0));
    }

    @Test
    void additionsEditsAndRemovalsKeepTheCorpusGraphAsRecomputed(@TempDir Path dir) throws IOException {
        List<Batching> cases = List.of(new Batching(CommitBatch.ONE, BatchWriter.CORPUS_UPDATE_EVERY),
                new Batching(CommitBatch.of(10), BatchWriter.CORPUS_UPDATE_EVERY),
                // Within one transaction, the corpus graph updated after every article, again at the commit.
                new Batching(CommitBatch.of(10), 1),
                new Batching(CommitBatch.GROWING, 1));
        for (Batching batch : cases) {
            Path data = Files.createDirectories(dir.resolve("data-" + cases.indexOf(batch)));
            Files.writeString(data.resolve("a.txt"), MET, StandardCharsets.UTF_8);
            Files.writeString(data.resolve("b.txt"), REPLACED, StandardCharsets.UTF_8);
            try (GraphStore store = GraphStore.open(dir.resolve("store-" + cases.indexOf(batch)))) {
                build(data, store, false, batch);
                assertCorpusAsRecomputed(store, "first build, " + batch);
                assertEquals(1, sourceCount(store));

                Files.writeString(data.resolve("b.txt"), EDITED, StandardCharsets.UTF_8);
                Files.writeString(data.resolve("c.txt"), MET_AGAIN, StandardCharsets.UTF_8);
                build(data, store, false, batch);
                assertCorpusAsRecomputed(store, "an edit and an addition, " + batch);
                assertEquals(2, sourceCount(store), "the meeting has a second source");

                Files.delete(data.resolve("a.txt"));
                BuildSummary pruned = build(data, store, true, batch);
                assertEquals(1, pruned.removed());
                assertCorpusAsRecomputed(store, "a removal, " + batch);
                assertEquals(1, sourceCount(store), "the meeting is down to one source");
            }
        }
    }

    /**
     * A fact that many articles report: the update stops reading confidences once the fact is certain, and must
     * still count every article, also when it is certain before the update and only gains articles, and give what the
     * recomputation gives when removals make it uncertain again.
     */
    @Test
    void aFactOfManySourcesCountsEveryArticle(@TempDir Path dir) throws IOException {
        List<String> places = List.of("Lisbon", "Porto", "Madrid", "Seville", "Paris", "Lyon", "Berlin", "Munich",
                "Vienna", "Prague", "Warsaw", "Rome");
        Path data = Files.createDirectories(dir.resolve("data"));
        for (int i = 0; i < places.size(); i++) {
            Files.writeString(data.resolve("a" + i + ".txt"), "Finance Minister Ilse Brandauer met Governor Tomas "
                    + "Okafor in " + places.get(i) + " on Monday.\n", StandardCharsets.UTF_8);
        }
        Batching batch = new Batching(CommitBatch.ONE, BatchWriter.CORPUS_UPDATE_EVERY);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            build(data, store, false, batch);
            assertCorpusAsRecomputed(store, "twelve sources");
            assertEquals(places.size(), sourceCount(store));
            assertEquals(1.0, bestConfidence(store), "twelve sources make the meeting certain (to three places)");

            // A certain fact that only gains articles is counted on from the corpus graph, not from its reports.
            List<String> more = List.of("Oslo", "Bergen", "Dublin");
            for (int i = 0; i < more.size(); i++) {
                Files.writeString(data.resolve("b" + i + ".txt"), "Ilse Brandauer met Tomas Okafor in " + more.get(i)
                        + ", officials said.\n", StandardCharsets.UTF_8);
            }
            build(data, store, false, new Batching(CommitBatch.GROWING, 1));
            assertCorpusAsRecomputed(store, "three more sources of a certain fact");
            assertEquals(places.size() + more.size(), sourceCount(store));
            assertEquals(1.0, bestConfidence(store));

            for (int i = 0; i < more.size(); i++) {
                Files.delete(data.resolve("b" + i + ".txt"));
            }
            for (int i = 2; i < places.size(); i++) {
                Files.delete(data.resolve("a" + i + ".txt"));
            }
            build(data, store, true, batch);
            assertCorpusAsRecomputed(store, "down to two sources");
            assertEquals(2, sourceCount(store));
        }
    }

    private static double bestConfidence(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(Iris.CORPUS_GRAPH)
                .listObjectsOfProperty(NG.confidence).toList().stream()
                .mapToDouble(n -> n.asLiteral().getDouble()).max().orElse(0));
    }
}
