package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's writes: a graph updated in place ends up exactly as given; the quad count counts every quad. */
class GraphStoreTest {

    private static Model graph(String... values) {
        Model m = ModelFactory.createDefaultModel();
        for (String v : values) {
            m.createResource("urn:x:s").addProperty(m.createProperty("urn:x:p"), v);
        }
        m.createResource("urn:x:s").addLiteral(m.createProperty("urn:x:n"), values.length);
        return m;
    }

    @Test
    void updateGraphLeavesExactlyTheNewTriplesAndTouchesNoOtherGraph(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            store.replaceGraph("urn:x:other", graph("kept"));
            store.updateGraph("urn:x:g", graph("a", "b"));
            store.updateGraph("urn:x:g", graph("b", "c", "d"));
            Txn.executeRead(store.dataset(), () -> {
                assertTrue(store.dataset().getNamedModel("urn:x:g").isIsomorphicWith(graph("b", "c", "d")));
                assertTrue(store.dataset().getNamedModel("urn:x:other").isIsomorphicWith(graph("kept")));
            });
            assertEquals(4 + 2, store.size());
        }
    }
}
