package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Objects;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.newsgraph.rdf.GraphMapper;

/**
 * The TDB2 store of the graph: one named graph per article plus the corpus-level entity graph. Every write is one
 * transaction, so readers never see half an article. TDB2 lets one JVM at a time open a store directory; within it
 * the dataset is safe for concurrent transactions. Closing releases the directory.
 */
public final class GraphStore implements AutoCloseable {

    private final Path location;
    private final Dataset dataset;

    private GraphStore(Path location, Dataset dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /** How the JVM's message begins when a memory-mapped file cannot be written (SIGBUS, usually a full disk). */
    static final String MAPPED_FILE_FAULT = "a fault occurred in a recent unsafe memory access operation";

    /**
     * The quad indexes of a new store: TDB2's default six less the two that lead with the graph and then the object
     * or predicate (GOSP, GPOS). Every write goes into every index, and the build's writer spends most of its time
     * in these inserts; the two dropped ones serve only patterns inside one named graph with the subject unbound,
     * which the remaining graph-first index answers by scanning that graph. Union-graph queries, what the query
     * pack and Fuseki's default graph use, read the indexes that end with the graph, all kept.
     */
    public static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");

    /**
     * The parameters a new store is created with: TDB2's defaults but for {@link #QUAD_INDEXES}. TDB2 writes them to
     * {@code tdb.cfg} in the store folder, and whoever opens the store later (Newsgraph, Fuseki, Jena's tools) reads
     * them from there. (Jena 5.6's compaction writes the next generation with all six indexes; the next opening
     * reads the four again, so the two extra ones are never used.)
     */
    public static StoreParams newStoreParams() {
        return StoreParams.builder().quadIndexes(QUAD_INDEXES.toArray(String[]::new)).build();
    }

    /** Opens the store at {@code dir}, creating an empty one if there is none. */
    public static GraphStore open(Path dir) {
        Objects.requireNonNull(dir);
        // An existing store keeps the indexes it was created with (in its tdb.cfg, or TDB2's defaults before it had
        // one); only a new one gets ours.
        Dataset dataset = isNewStore(dir)
                ? DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString(), newStoreParams()))
                : TDB2Factory.connectDataset(dir.toString());
        // Queries see the union of all graphs as the default graph, exactly as they see a merged Turtle dump.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(dir, dataset);
    }

    /** Whether {@code dir} is missing or an empty folder, so that opening it creates a store. */
    static boolean isNewStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            // TDB2 will fail on the same folder with its own message.
            return false;
        }
    }

    public Path location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Replaces the named graph {@code graphIri} by {@code graph}, in one write transaction. */
    public void replaceGraph(String graphIri, Model graph) {
        replaceGraphs(Map.of(graphIri, graph), GraphChanges.NONE);
    }

    /**
     * Runs a write. TDB2 writes through memory-mapped files, so a write the disk refuses (it is full) reaches Java as
     * an {@link InternalError} from the JVM's fault handler, not as an {@link IOException}: it becomes an
     * {@link UncheckedIOException} that names the store. Whatever was committed before stays in the store.
     */
    private void writing(Runnable write) {
        try {
            write.run();
        } catch (InternalError e) {
            if (e.getMessage() == null || !e.getMessage().startsWith(MAPPED_FILE_FAULT)) {
                throw e;
            }
            throw new UncheckedIOException(location + ": writing to the store's files failed (is the disk full?); "
                    + "what was committed before is kept", new IOException(e.getMessage(), e));
        }
    }

    /**
     * Replaces several named graphs in one write transaction: all of them or none are stored. {@code changes} sees
     * each stored graph before it goes and each new one as it comes, then may change the store itself before the
     * commit: what it writes is committed with the graphs, or nothing is.
     */
    public void replaceGraphs(Map<String, Model> graphs, GraphChanges changes) {
        try (Batch batch = beginBatch(changes)) {
            graphs.forEach(batch::replace);
            batch.commit();
        }
    }

    /**
     * Opens a write transaction in which graphs are replaced one at a time as they come, so that a bulk load holds
     * no more than one graph in memory however many go into one commit. Their quads are held back as node ids and
     * added to each index in its key order, before anything in the transaction reads the store: up to
     * {@value PendingQuads#FLUSH_AT} (8 MiB) and one graph more, or more into a store that holds many graphs (see
     * {@link #beginBatch(GraphChanges, long)}). Use it on one thread, the one that opened it; close it to abort what
     * {@link Batch#commit()} has not committed. No other write runs while it is open.
     */
    public Batch beginBatch(GraphChanges changes) {
        return beginBatch(changes, 0);
    }

    /**
     * As {@link #beginBatch(GraphChanges)}, into a store that holds about {@code graphsStored} graphs: the batch
     * holds more quads back before it adds them the larger the store (graphs stored times the quads per graph of
     * this batch so far, over {@value PendingQuads#FLUSHES_PER_STORE}), up to about a sixteenth of the heap.
     */
    public Batch beginBatch(GraphChanges changes, long graphsStored) {
        return new Batch(changes, graphsStored);
    }

    /** A write transaction that replaces whole graphs one after another: see {@link #beginBatch}. */
    public final class Batch implements AutoCloseable {
        private final GraphChanges changes;
        private final DatasetGraph dsg = dataset.asDatasetGraph();
        private final PendingQuads pending = new PendingQuads();
        /** The graphs with quads in {@link #pending}: to the store's indexes they are not there yet. */
        private final Set<Node> pendingGraphs = new HashSet<>();
        private final long graphsStored;
        private final long maxHeap = Runtime.getRuntime().maxMemory();
        /** Quads of the graphs replaced so far, held back or added. */
        private long quads;
        private int graphs;
        private boolean open = true;

        private Batch(GraphChanges changes, long graphsStored) {
            this.changes = changes;
            this.graphsStored = graphsStored;
            dataset.begin(TxnType.WRITE);
            if (dataset.getPrefixMapping().numPrefixes() == 0) {
                dataset.getPrefixMapping().setNsPrefixes(GraphMapper.newModel().getNsPrefixMap());
            }
        }

        /** Replaces the named graph {@code iri} by {@code graph}, within this transaction. */
        public void replace(String iri, Model graph) {
            writing(() -> {
                Node name = NodeFactory.createURI(iri);
                if (pendingGraphs.contains(name)) {
                    addPending();
                }
                remove(dsg, name, changes);
                holdBack(name, graph.getGraph());
                changes.adding(graph.getGraph());
                graphs++;
                if (pending.size() >= PendingQuads.flushAt(graphsStored * (quads / graphs), maxHeap)) {
                    addPending();
                }
            });
        }

        /**
         * Finds or allocates the node ids of the triples of {@code graph}, to be stored in the (empty) named graph
         * {@code name}, and holds the quads back for {@link #addPending}. It finds the id of each distinct node once
         * per graph instead of once per quad: an article's graph name is in each of its quads, each mention is the
         * subject of ten, and the writer spent a fifth of its time in the node table's cache look-ups.
         */
        private void holdBack(Node name, Graph graph) {
            NodeTable nodes = quadTable().getNodeTable();
            Map<Node, NodeId> ids = new HashMap<>();
            NodeId g = nodes.getAllocateNodeId(name);
            quads += graph.size();
            graph.find().forEachRemaining(t -> pending.add(g,
                    ids.computeIfAbsent(t.getSubject(), nodes::getAllocateNodeId),
                    ids.computeIfAbsent(t.getPredicate(), nodes::getAllocateNodeId),
                    ids.computeIfAbsent(t.getObject(), nodes::getAllocateNodeId)));
            pendingGraphs.add(name);
        }

        /** Adds the quads held back to the quad indexes, so that reads in this transaction see them. */
        private void addPending() {
            pending.addTo(quadTable().getTupleTable());
            pendingGraphs.clear();
        }

        private NodeTupleTable quadTable() {
            return TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        }

        /** The graphs replaced so far. */
        public int size() {
            return graphs;
        }

        /**
         * Lets the changes write what the graphs replaced since they last did change, without committing: a long
         * batch calls it now and then so that what the changes count stays small.
         */
        public void applyChanges() {
            writing(() -> {
                addPending();
                changes.apply(dsg);
            });
        }

        /** Lets the changes write, then commits: every graph of the batch is stored, or none is. */
        public void commit() {
            writing(() -> {
                addPending();
                changes.apply(dsg);
                dataset.commit();
            });
            dataset.end();
            open = false;
        }

        /** Aborts the transaction unless it was committed. */
        @Override
        public void close() {
            if (open) {
                open = false;
                pending.clear();
                pendingGraphs.clear();
                writing(dataset::abort);
                dataset.end();
            }
        }
    }

    /** Removes the named graphs {@code graphIris} in one write transaction, with {@code changes} as above. */
    public void removeGraphs(Collection<String> graphIris, GraphChanges changes) {
        writing(() -> Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphIris.forEach(iri -> remove(dsg, NodeFactory.createURI(iri), changes));
            changes.apply(dsg);
        }));
    }

    private static void remove(DatasetGraph dsg, Node name, GraphChanges changes) {
        Graph stored = dsg.getGraph(name);
        if (!stored.isEmpty()) {
            changes.removing(stored);
            dsg.removeGraph(name);
        }
    }

    /**
     * What else a write that replaces or removes named graphs does in its transaction: it sees every stored graph
     * before it is removed and every new graph as it is added, then may write to the store before the commit (and
     * whenever {@link Batch#applyChanges()} asks). Runs on the writing thread, inside its write transaction.
     */
    public interface GraphChanges {
        /** Does nothing else. */
        GraphChanges NONE = new GraphChanges() { };

        /** A stored graph about to be removed or replaced, still whole. */
        default void removing(Graph stored) { }

        /** A graph just stored. */
        default void adding(Graph added) { }

        /**
         * Writes what the graphs seen since the last call change, then starts afresh: before the commit, after the
         * last graph, and whenever the batch's writer asks.
         */
        default void apply(DatasetGraph dsg) { }
    }

    /**
     * Makes the quads of graph {@code g} with subject {@code s} and, unless it is {@link Node#ANY}, predicate
     * {@code p} exactly {@code wanted} (triples of that subject and predicate); inside a write transaction. Stored
     * quads that are not wanted are deleted, wanted ones not stored are added, and the others are left alone: an
     * update that changes one statement of a subject writes one, not all of them. It matches stored node ids, not
     * nodes: TDB2 gives some inline literals back in another lexical form than the one stored ("0.700"^^xsd:decimal
     * comes back as "0.7"), and a delete by node, as {@code DatasetGraph.deleteAny} does, then silently misses them.
     */
    public static void setStored(DatasetGraph dsg, Node g, Node s, Node p, Collection<Triple> wanted) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId graph = nodes.getNodeIdForNode(g);
        NodeId subject = nodes.getNodeIdForNode(s);
        NodeId predicate = p == Node.ANY ? NodeId.NodeIdAny : nodes.getNodeIdForNode(p);
        Set<Tuple<NodeId>> stored = new HashSet<>();
        if (!NodeId.isDoesNotExist(graph) && !NodeId.isDoesNotExist(subject) && !NodeId.isDoesNotExist(predicate)) {
            quads.find(TupleFactory.tuple(graph, subject, predicate, NodeId.NodeIdAny)).forEachRemaining(stored::add);
        }
        List<Triple> toAdd = new ArrayList<>();
        for (Triple t : wanted) {
            NodeId wantedP = nodes.getNodeIdForNode(t.getPredicate());
            NodeId wantedO = nodes.getNodeIdForNode(t.getObject());
            if (!stored.remove(TupleFactory.tuple(graph, subject, wantedP, wantedO))) {
                toAdd.add(t);
            }
        }
        if (!stored.isEmpty()) {
            quads.getTupleTable().deleteAll(List.copyOf(stored));
        }
        Graph target = dsg.getGraph(g);
        toAdd.forEach(target::add);
    }

    /**
     * Writes every quad of the store as gzip-compressed N-Quads, from one read transaction: a consistent snapshot,
     * while other transactions go on. Returns the number of quads written.
     */
    public long backup(OutputStream out) throws IOException {
        long[] quads = new long[1];
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            Txn.executeRead(dataset, () -> {
                StreamRDF writer = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
                writer.start();
                writer.prefix("ng", org.newsgraph.rdf.NG.NS);
                dataset.asDatasetGraph().find().forEachRemaining(q -> {
                    writer.quad(q);
                    quads[0]++;
                });
                writer.finish();
            });
        }
        return quads[0];
    }

    /**
     * Loads a backup (gzip-compressed or plain N-Quads) into a new store at {@code dir}, which must not hold a store
     * yet, in one write transaction. Returns the number of quads in the new store.
     */
    public static long restore(Path backup, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(dir.toString(), null,
                            "not empty: restore makes a new store and never overwrites one");
                }
            }
        }
        try (InputStream raw = Files.newInputStream(backup);
             InputStream in = backup.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             GraphStore store = open(dir)) {
            store.writing(() -> Txn.executeWrite(store.dataset,
                    () -> RDFParser.source(in).lang(Lang.NQUADS).parse(store.dataset)));
            return store.size();
        }
    }

    /** Reclaims the space of old versions (TDB2 grows on every write) and deletes them. */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /**
     * The number of quads in the store, counted on the records of one quad index and of one triple index: a scan
     * of the dataset would decode every node of every quad just to count it.
     */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).size();
        });
    }

    /** Whether the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }



    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
