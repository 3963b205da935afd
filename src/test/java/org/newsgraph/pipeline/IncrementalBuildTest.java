package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/** Builds that add to a store: unchanged articles are skipped, edits replace their own graph, ids stay stable. */
class IncrementalBuildTest {

    private static final String A = "Finance Minister Ilse Brandauer met Governor Tomas Okafor in Lisbon on Monday.\n";
    private static final String B = "Coach Marta Villalobos replaced Diego Serrat as head of Real Cordoba Club.\n";
    private static final String B2 = "Coach Marta Villalobos replaced Diego Serrat at Real Cordoba Club in Seville.\n";

    private static GraphBuilder builder(boolean prune) {
        return GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).prune(prune)
                .threads(2).build();
    }

    private static Model union(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                .add(store.dataset().getNamedModel(Quad.unionGraph.getURI())));
    }

    private static Set<String> graphs(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> names = new HashSet<>();
            store.dataset().listNames().forEachRemaining(names::add);
            return names;
        });
    }

    @Test
    void unchangedEditedAddedAndRemovedArticles(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("a.txt"), A, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("b.txt"), B, StandardCharsets.UTF_8);
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildSummary first = builder(false).build(data, store);
            assertEquals(2, first.articlesRead());
            Model afterFirst = union(store);
            long quads = store.size();

            BuildSummary again = builder(false).build(data, store);
            assertEquals(0, again.articlesRead());
            assertEquals(2, again.unchanged());
            assertEquals(quads, store.size(), "an unchanged folder changes nothing");
            assertTrue(union(store).isIsomorphicWith(afterFirst));

            Files.writeString(data.resolve("b.txt"), B2, StandardCharsets.UTF_8);
            Files.writeString(data.resolve("c.txt"), A.replace("Lisbon", "Porto"), StandardCharsets.UTF_8);
            BuildSummary edited = builder(false).build(data, store);
            assertEquals(2, edited.articlesRead());
            assertEquals(1, edited.unchanged());
            assertTrue(union(store).listStatements().toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral() && s.getObject().asLiteral().getString().equals("Seville")),
                    "the edited article's new text is stored");
            assertFalse(union(store).listStatements().toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral() && s.getObject().asLiteral().getString().equals(B.strip())),
                    "nothing of the old version is left");
            Set<String> entityIris = entityIris(afterFirst);
            assertTrue(entityIris(union(store)).containsAll(entityIris), "entity IRIs do not change as articles come");

            Files.delete(data.resolve("a.txt"));
            builder(false).build(data, store);
            assertTrue(graphs(store).contains(Iris.articleGraph("a.txt")), "without --prune a gone file's graph stays");
            BuildSummary pruned = builder(true).build(data, store);
            assertEquals(1, pruned.removed());
            assertFalse(graphs(store).contains(Iris.articleGraph("a.txt")));
            assertTrue(graphs(store).contains(Iris.articleGraph("c.txt")));
        }
    }

    private static Set<String> entityIris(Model m) {
        Set<String> iris = new HashSet<>();
        m.listSubjects().forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().matches(".*/id/(person|place|organization)/.*")) {
                iris.add(r.getURI());
            }
        });
        return iris;
    }
}
