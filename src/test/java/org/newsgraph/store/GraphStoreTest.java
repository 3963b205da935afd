package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's writes: replaced graphs are seen whole before they go, and what a change writes commits with them. */
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
    void changesSeeTheOldAndNewGraphsAndWriteInTheSameTransaction(@TempDir Path dir) {
        List<Long> removed = new ArrayList<>();
        List<Long> added = new ArrayList<>();
        GraphStore.GraphChanges changes = new GraphStore.GraphChanges() {
            @Override
            public void removing(Graph stored) {
                removed.add((long) stored.size());
            }

            @Override
            public void adding(Graph graph) {
                added.add((long) graph.size());
            }

            @Override
            public void apply(DatasetGraph dsg) {
                dsg.add(NodeFactory.createURI("urn:x:summary"), NodeFactory.createURI("urn:x:s"),
                        NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("written with them"));
            }
        };
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            store.replaceGraphs(Map.of("urn:x:g", graph("a", "b")), changes);
            store.replaceGraphs(Map.of("urn:x:g", graph("b", "c", "d"), "urn:x:h", graph("e")), changes);
            assertEquals(List.of(3L), removed, "only the stored graph is removed, and it is seen whole");
            assertEquals(3, added.size());
            Txn.executeRead(store.dataset(), () -> {
                assertTrue(store.dataset().getNamedModel("urn:x:g").isIsomorphicWith(graph("b", "c", "d")));
                assertTrue(store.dataset().containsNamedModel("urn:x:summary"));
            });
            assertEquals(4 + 2 + 1, store.size(), "every quad is counted once");
            store.removeGraphs(List.of("urn:x:h"), changes);
            assertEquals(List.of(3L, 2L), removed);
            assertEquals(4 + 1, store.size());
        }
    }

    @Test
    void aBatchStoresAllItsGraphsAtItsCommitAndNothingWhenClosedWithout(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            try (GraphStore.Batch batch = store.beginBatch(GraphStore.GraphChanges.NONE)) {
                batch.replace("urn:x:g", graph("a"));
            }
            assertEquals(0, store.size(), "closed without a commit: aborted");
            try (GraphStore.Batch batch = store.beginBatch(GraphStore.GraphChanges.NONE)) {
                batch.replace("urn:x:g", graph("a"));
                batch.replace("urn:x:h", graph("b", "c"));
                batch.replace("urn:x:g", graph("d", "e"));
                assertEquals(3, batch.size());
                batch.commit();
            }
            assertEquals(3 + 3, store.size(), "both graphs, the second version of the first");
        }
    }

    /**
     * A disk that refuses a write to TDB2's mapped files shows as the JVM's InternalError; the store names itself in
     * the error and keeps what was committed before. (The real fault, a full tmpfs, was checked by hand: the build
     * stops with this message and the store holds every batch committed before it.)
     */
    @Test
    void aFaultInTheMappedFilesNamesTheStoreAndKeepsWhatWasCommitted(@TempDir Path dir) {
        GraphStore.GraphChanges full = new GraphStore.GraphChanges() {
            @Override
            public void adding(Graph graph) {
                throw new InternalError(GraphStore.MAPPED_FILE_FAULT + " in compiled Java code");
            }
        };
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            store.replaceGraph("urn:x:g", graph("a"));
            UncheckedIOException e = assertThrows(UncheckedIOException.class,
                    () -> store.replaceGraphs(Map.of("urn:x:h", graph("b")), full));
            assertTrue(e.getMessage().startsWith(dir.resolve("s") + ": writing to the store's files failed"),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            Txn.executeRead(store.dataset(), () -> {
                assertTrue(store.dataset().getNamedModel("urn:x:g").isIsomorphicWith(graph("a")));
                assertFalse(store.dataset().containsNamedModel("urn:x:h"));
            });
        }
    }

    @Test
    void otherInternalErrorsPassThrough(@TempDir Path dir) {
        GraphStore.GraphChanges broken = new GraphStore.GraphChanges() {
            @Override
            public void adding(Graph graph) {
                throw new InternalError("something else");
            }
        };
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            assertThrows(InternalError.class,
                    () -> store.replaceGraphs(Map.of("urn:x:h", graph("b")), broken));
        }
    }

    @Test
    void setStoredLeavesASubjectWithTheWantedStatementsOnly(@TempDir Path dir) {
        Node g = NodeFactory.createURI("urn:x:g");
        Node s = NodeFactory.createURI("urn:x:s");
        Node other = NodeFactory.createURI("urn:x:other");
        Node confidence = NodeFactory.createURI("urn:x:confidence");
        Node label = NodeFactory.createURI("urn:x:label");
        Node count = NodeFactory.createURI("urn:x:count");
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.add(g, s, confidence, NodeFactory.createLiteralDT("0.700", XSDDatatype.XSDdecimal));
                dsg.add(g, s, label, NodeFactory.createLiteralString("old"));
                dsg.add(g, s, count, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger));
                dsg.add(g, other, label, NodeFactory.createLiteralString("kept"));
            });
            // TDB2 gives the decimal back as "0.7": the same value, so it stays as it is.
            Txn.executeWrite(dsg, () -> GraphStore.setStored(dsg, g, s, Node.ANY, List.of(
                    Triple.create(s, confidence, NodeFactory.createLiteralDT("0.700", XSDDatatype.XSDdecimal)),
                    Triple.create(s, label, NodeFactory.createLiteralString("new")),
                    Triple.create(s, count, NodeFactory.createLiteralDT("3", XSDDatatype.XSDinteger)))));
            Txn.executeRead(dsg, () -> {
                assertEquals(3, Iter.count(dsg.find(g, s, Node.ANY, Node.ANY)));
                assertEquals(List.of("new"), Iter.toList(dsg.find(g, s, label, Node.ANY)).stream()
                        .map(q -> q.getObject().getLiteralLexicalForm()).toList());
                assertEquals(0.7, ((Number) dsg.find(g, s, confidence, Node.ANY).next().getObject()
                        .getLiteralValue()).doubleValue());
                assertTrue(dsg.contains(g, other, label, NodeFactory.createLiteralString("kept")));
            });
            // With a predicate, only that predicate's statements change: none wanted deletes them.
            Txn.executeWrite(dsg, () -> GraphStore.setStored(dsg, g, s, count, List.of()));
            Txn.executeRead(dsg, () -> {
                assertFalse(dsg.find(g, s, count, Node.ANY).hasNext());
                assertEquals(2, Iter.count(dsg.find(g, s, Node.ANY, Node.ANY)));
            });
        }
    }
}
