package org.newsgraph.store;

import java.util.Arrays;

import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleTable;

/**
 * Quads of a write transaction held back as node ids, then added to each quad index in that index's own key order.
 * In arrival order, the quads of a batch of articles land all over the indexes that do not lead with the graph:
 * each article adds to the entries of the entities and facts it names, wherever those sit. Once a store outgrows
 * memory, every such insert can fault a leaf in again. Sorted, the inserts into one leaf come one after another and
 * an index is walked once per flush, in order. Not thread-safe: one per write transaction, on its thread.
 */
final class PendingQuads {

    /**
     * Quads held back above which a caller should add them to the indexes, in a store small enough to be cached: 8
     * MiB of node ids, about 200 articles, whose inserts take the writer less time than the NLP threads may run ahead
     * of it.
     */
    static final int FLUSH_AT = 1 << 18;

    /**
     * Flushes per store's worth of quads. A flush walks each index that does not lead with the graph once, touching a
     * leaf for each distinct key prefix it brings (each entity, name, number it refers to), however few quads it adds
     * there. In a fixed number of quads per flush, a transaction as large as the store ({@code --commit-batch auto})
     * walks the indexes more often the larger the store, and once the store is bigger than memory each walk reads
     * leaves from the disk again; a fixed number of flushes per store's worth keeps the walks per transaction about
     * constant. (Whatever reads the store in the transaction adds the held-back quads too: the build's corpus update
     * does every 1,000 articles.)
     */
    static final int FLUSHES_PER_STORE = 32;

    /** Part of the heap the quads held back may take, with the sort keys of one index beside them. */
    private static final int HEAP_SHARE = 16;

    private static final int WIDTH = 4;

    /** Bytes of heap per quad held back: its node ids, and their copy in one index's key order while it is added. */
    private static final int HELD_BYTES = 2 * WIDTH * Long.BYTES;

    /** Node ids of the quads in graph, subject, predicate, object order, as TDB2 encodes them in its records. */
    private long[] quads = new long[WIDTH * 1024];
    private int size;
    private final byte[] bytes = new byte[Long.BYTES];

    /**
     * Quads held back above which a write transaction into a store of about {@code quadsStored} quads should add them
     * to the indexes, in a JVM whose heap is at most {@code maxHeap} bytes: {@link #FLUSH_AT}, or one
     * {@value #FLUSHES_PER_STORE}th of the store once that is more, up to about one {@value #HEAP_SHARE}th of the
     * heap.
     */
    static int flushAt(long quadsStored, long maxHeap) {
        long byStore = quadsStored / FLUSHES_PER_STORE;
        long byHeap = maxHeap / HEAP_SHARE / HELD_BYTES;
        return (int) Math.max(FLUSH_AT, Math.min(byStore, Math.min(byHeap, Integer.MAX_VALUE / WIDTH / 2)));
    }

    /** Holds the quad of these node ids back until {@link #addTo}. */
    void add(NodeId g, NodeId s, NodeId p, NodeId o) {
        if (WIDTH * (size + 1) > quads.length) {
            quads = Arrays.copyOf(quads, quads.length + quads.length / 2);
        }
        int at = WIDTH * size++;
        quads[at] = encode(g);
        quads[at + 1] = encode(s);
        quads[at + 2] = encode(p);
        quads[at + 3] = encode(o);
    }

    /** The quads held back. */
    int size() {
        return size;
    }

    /** Adds the quads held back to every index of {@code table}, each in its key order, and forgets them. */
    void addTo(TupleTable table) {
        if (size == 0) {
            return;
        }
        long[] keys = new long[WIDTH * size];
        for (TupleIndex index : table.getIndexes()) {
            TupleMap map = index.getMapping();
            for (int i = 0; i < size; i++) {
                for (int col = 0; col < WIDTH; col++) {
                    keys[WIDTH * i + col] = quads[WIDTH * i + map.getSlotIdx(col)];
                }
            }
            // A new article's graph has a new node id, larger than those before: an index that leads with the
            // graph gets its quads in order already, article by article, each into a leaf or two.
            if (map.getSlotIdx(0) != 0) {
                sort(keys, 0, size);
            }
            NodeId[] natural = new NodeId[WIDTH];
            for (int i = 0; i < size; i++) {
                for (int col = 0; col < WIDTH; col++) {
                    natural[map.getSlotIdx(col)] = decode(keys[WIDTH * i + col]);
                }
                index.add(TupleFactory.create4(natural[0], natural[1], natural[2], natural[3]));
            }
        }
        clear();
    }

    /**
     * Forgets the quads held back. The buffer keeps its capacity, at most one and a half times the largest
     * {@link #flushAt} and one graph, so that it does not grow again from scratch at every flush.
     */
    void clear() {
        size = 0;
    }

    private long encode(NodeId id) {
        NodeIdFactory.set(id, bytes, 0);
        long value = 0;
        for (byte b : bytes) {
            value = value << 8 | (b & 0xFF);
        }
        return value;
    }

    private NodeId decode(long value) {
        for (int i = Long.BYTES - 1; i >= 0; i--) {
            bytes[i] = (byte) value;
            value >>>= 8;
        }
        return NodeIdFactory.get(bytes, 0);
    }

    /**
     * Sorts the records {@code from} (inclusive) to {@code to} (exclusive) of {@code keys}, {@value #WIDTH} longs
     * each, as a B+tree orders them: column by column, each an unsigned number.
     */
    static void sort(long[] keys, int from, int to) {
        while (to - from > 16) {
            int mid = (from + to) >>> 1;
            int pivot = medianOfThree(keys, from, mid, to - 1);
            swap(keys, pivot, to - 1);
            int store = from;
            for (int i = from; i < to - 1; i++) {
                if (compare(keys, i, to - 1) < 0) {
                    swap(keys, i, store++);
                }
            }
            swap(keys, store, to - 1);
            // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
            if (store - from < to - store - 1) {
                sort(keys, from, store);
                from = store + 1;
            } else {
                sort(keys, store + 1, to);
                to = store;
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && compare(keys, j - 1, j) > 0; j--) {
                swap(keys, j - 1, j);
            }
        }
    }

    private static int medianOfThree(long[] keys, int a, int b, int c) {
        if (compare(keys, a, b) < 0) {
            return compare(keys, b, c) < 0 ? b : compare(keys, a, c) < 0 ? c : a;
        }
        return compare(keys, a, c) < 0 ? a : compare(keys, b, c) < 0 ? c : b;
    }

    private static int compare(long[] keys, int i, int j) {
        for (int col = 0; col < WIDTH; col++) {
            int c = Long.compareUnsigned(keys[WIDTH * i + col], keys[WIDTH * j + col]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static void swap(long[] keys, int i, int j) {
        if (i != j) {
            for (int col = 0; col < WIDTH; col++) {
                long t = keys[WIDTH * i + col];
                keys[WIDTH * i + col] = keys[WIDTH * j + col];
                keys[WIDTH * j + col] = t;
            }
        }
    }
}
