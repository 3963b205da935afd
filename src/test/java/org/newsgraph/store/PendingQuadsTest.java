package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quads held back in a write transaction reach every index, in its order, before anything in it reads them. */
class PendingQuadsTest {

    @Test
    void recordsSortColumnByColumnAsUnsignedNumbers() {
        Random random = new Random(7);
        int records = 5_000;
        long[] keys = new long[4 * records];
        // Few distinct values per column, negative ones too: ties and the sign bit both matter.
        long[] values = {0, 1, 2, 255, 256, Long.MAX_VALUE, Long.MIN_VALUE, -1};
        for (int i = 0; i < keys.length; i++) {
            keys[i] = values[random.nextInt(values.length)];
        }
        List<long[]> expected = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            expected.add(Arrays.copyOfRange(keys, 4 * i, 4 * i + 4));
        }
        expected.sort(Arrays::compareUnsigned);

        PendingQuads.sort(keys, 0, records);

        for (int i = 0; i < records; i++) {
            assertArrayEquals(expected.get(i), Arrays.copyOfRange(keys, 4 * i, 4 * i + 4), "record " + i);
        }
    }

    @Test
    void largerStoresHoldMoreBackUpToTheHeapShare() {
        long gib = 1L << 30;
        assertEquals(PendingQuads.FLUSH_AT, PendingQuads.flushAt(0, gib), "an empty store");
        assertEquals(PendingQuads.FLUSH_AT, PendingQuads.flushAt(5_000_000, gib), "a store of 5 million quads");
        assertEquals(20_000_000 / PendingQuads.FLUSHES_PER_STORE, PendingQuads.flushAt(20_000_000, gib));
        // A sixteenth of 1 GiB is 64 MiB: a million quads, at 64 bytes each with their sort keys.
        assertEquals(1 << 20, PendingQuads.flushAt(120_000_000, gib));
        assertEquals(PendingQuads.FLUSH_AT, PendingQuads.flushAt(120_000_000, 64L << 20), "a small heap");
    }

    private static Model article(int n) {
        Model m = ModelFactory.createDefaultModel();
        Resource shared = m.createResource("urn:x:entity" + n % 3);
        for (int i = 0; i < 40; i++) {
            m.createResource("urn:x:mention" + n + "-" + i)
                    .addProperty(m.createProperty("urn:x:refersTo"), shared)
                    .addLiteral(m.createProperty("urn:x:begin"), (long) i * 7)
                    .addProperty(m.createProperty("urn:x:text"), "mention " + i + " of " + n);
        }
        return m;
    }

    @Test
    void everyIndexFindsEveryQuadOfABatch(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            try (GraphStore.Batch batch = store.beginBatch(GraphStore.GraphChanges.NONE)) {
                for (int n = 0; n < 25; n++) {
                    batch.replace("urn:x:article" + n, article(n));
                }
                batch.commit();
            }
            Txn.executeRead(store.dataset(), () -> {
                TupleTable table = TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph()).getQuadTable()
                        .getNodeTupleTable().getTupleTable();
                Set<Tuple<NodeId>> primary = new HashSet<>();
                table.getIndex(0).all().forEachRemaining(primary::add);
                assertEquals(25 * 40 * 3, primary.size());
                for (TupleIndex index : table.getIndexes()) {
                    Set<Tuple<NodeId>> found = new HashSet<>();
                    index.all().forEachRemaining(found::add);
                    assertEquals(primary, found, index.getName());
                }
                for (int n = 0; n < 25; n++) {
                    assertEquals(article(n).size(), store.dataset().getNamedModel("urn:x:article" + n).size());
                }
            });
        }
    }

    @Test
    void changesAndLaterReplacementsInTheTransactionSeeTheQuadsHeldBack(@TempDir Path dir) {
        long[] seen = new long[1];
        GraphStore.GraphChanges changes = new GraphStore.GraphChanges() {
            @Override
            public void apply(DatasetGraph dsg) {
                Node refersTo = NodeFactory.createURI("urn:x:refersTo");
                seen[0] = dsg.stream(Node.ANY, Node.ANY, refersTo, Node.ANY).count();
            }
        };
        List<Long> removed = new ArrayList<>();
        GraphStore.GraphChanges counting = new GraphStore.GraphChanges() {
            @Override
            public void removing(Graph stored) {
                removed.add((long) stored.size());
            }
        };
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            try (GraphStore.Batch batch = store.beginBatch(changes)) {
                batch.replace("urn:x:a", article(1));
                batch.replace("urn:x:b", article(2));
                batch.applyChanges();
                assertEquals(80, seen[0], "a corpus update inside the transaction reads both graphs");
                batch.commit();
            }
            try (GraphStore.Batch batch = store.beginBatch(counting)) {
                batch.replace("urn:x:c", article(3));
                batch.replace("urn:x:c", article(4));
                batch.commit();
            }
            assertEquals(List.of(120L), removed, "the first version, held back, is removed whole");
            assertEquals(3 * 120, store.size());
        }
    }
}
