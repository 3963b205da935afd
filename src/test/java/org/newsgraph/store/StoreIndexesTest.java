package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new store gets Newsgraph's quad indexes and records them, so that whoever opens it later, after a compaction too,
 * uses the same ones; a store made with TDB2's defaults keeps all six; queries inside one graph answer the same.
 */
class StoreIndexesTest {

    /** Subject-unbound patterns inside one named graph: the ones the dropped indexes served. */
    private static final String IN_ONE_GRAPH = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:g> { ?s <urn:x:p> ?o . "
            + "?t ?q <urn:x:o2> } }";

    private static Model graph() {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 3; i++) {
            m.createResource("urn:x:s" + i).addProperty(m.createProperty("urn:x:p"), m.createResource("urn:x:o" + i));
        }
        return m;
    }

    private static List<String> quadIndexes(Dataset dataset) {
        return List.of(TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getStoreParams().getQuadIndexes());
    }

    private static long count(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(IN_ONE_GRAPH).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aNewStoreKeepsItsIndexesWhenReopenedByJenaAndWhenCompacted(@TempDir Path dir) {
        Path location = dir.resolve("store");
        try (GraphStore store = GraphStore.open(location)) {
            assertEquals(GraphStore.QUAD_INDEXES, quadIndexes(store.dataset()));
            store.replaceGraph("urn:x:g", graph());
            assertEquals(3, count(store.dataset()));
        }
        assertTrue(Files.isRegularFile(location.resolve("tdb.cfg")), "the store records its parameters");

        Dataset plain = TDB2Factory.connectDataset(location.toString());
        try {
            assertEquals(GraphStore.QUAD_INDEXES, quadIndexes(plain), "Jena reads them from the store");
            assertEquals(3, count(plain));
        } finally {
            plain.close();
            TDBInternal.expel(plain.asDatasetGraph());
        }

        try (GraphStore store = GraphStore.open(location)) {
            store.compact();
            assertEquals(3, count(store.dataset()));
            store.replaceGraph("urn:x:h", graph());
        }
        try (GraphStore store = GraphStore.open(location)) {
            assertEquals(GraphStore.QUAD_INDEXES, quadIndexes(store.dataset()), "compacted, it reads them again");
            assertEquals(3, count(store.dataset()));
            assertEquals(6, store.size(), "the graph written after the compaction is there");
            store.replaceGraph("urn:x:g", ModelFactory.createDefaultModel());
            assertEquals(0, count(store.dataset()));
        }
    }

    @Test
    void aStoreWithTdbDefaultsKeepsAllSixIndexesUpToDate(@TempDir Path dir) {
        Path location = dir.resolve("store");
        Dataset old = TDB2Factory.connectDataset(location.toString());
        old.close();
        TDBInternal.expel(old.asDatasetGraph());

        try (GraphStore store = GraphStore.open(location)) {
            assertEquals(6, quadIndexes(store.dataset()).size());
            store.replaceGraph("urn:x:g", graph());
            assertEquals(3, count(store.dataset()));
        }
        Dataset plain = TDB2Factory.connectDataset(location.toString());
        try {
            assertEquals(6, quadIndexes(plain).size());
            assertEquals(3, count(plain), "every index got the writes");
        } finally {
            plain.close();
            TDBInternal.expel(plain.asDatasetGraph());
        }
    }
}
