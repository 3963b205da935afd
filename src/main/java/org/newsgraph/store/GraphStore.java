package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
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

    /** Opens the store at {@code dir}, creating an empty one if there is none. */
    public static GraphStore open(Path dir) {
        Objects.requireNonNull(dir);
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        // Queries see the union of all graphs as the default graph, exactly as they see a merged Turtle dump.
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new GraphStore(dir, dataset);
    }

    public Path location() {
        return location;
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Replaces the named graph {@code graphIri} by {@code graph}, in one write transaction. */
    public void replaceGraph(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> {
            if (dataset.getPrefixMapping().numPrefixes() == 0) {
                dataset.getPrefixMapping().setNsPrefixes(GraphMapper.newModel().getNsPrefixMap());
            }
            dataset.removeNamedModel(graphIri);
            dataset.addNamedModel(graphIri, graph);
        });
    }

    /**
     * Makes the named graph {@code graphIri} hold exactly {@code graph}, in one write transaction, by deleting the
     * triples it no longer has and adding the new ones: the corpus graph, recomputed after every build and every live
     * ingest, mostly stays as it was, and rewriting all of it cost more than the change.
     */
    public void updateGraph(String graphIri, Model graph) {
        Txn.executeWrite(dataset, () -> {
            if (dataset.getPrefixMapping().numPrefixes() == 0) {
                dataset.getPrefixMapping().setNsPrefixes(GraphMapper.newModel().getNsPrefixMap());
            }
            Graph stored = dataset.asDatasetGraph().getGraph(NodeFactory.createURI(graphIri));
            Graph wanted = graph.getGraph();
            List<Triple> gone = stored.find().filterDrop(wanted::contains).toList();
            List<Triple> added = wanted.find().filterDrop(stored::contains).toList();
            gone.forEach(stored::delete);
            added.forEach(stored::add);
        });
    }

    /**
     * Replaces several named graphs in one write transaction: all of them or none are stored. For bulk loads, where
     * a commit per graph costs more than the writing.
     */
    public void replaceGraphs(java.util.Map<String, Model> graphs) {
        Txn.executeWrite(dataset, () -> {
            if (dataset.getPrefixMapping().numPrefixes() == 0) {
                dataset.getPrefixMapping().setNsPrefixes(GraphMapper.newModel().getNsPrefixMap());
            }
            graphs.forEach((iri, graph) -> {
                dataset.removeNamedModel(iri);
                dataset.addNamedModel(iri, graph);
            });
        });
    }

    /** Removes the named graph {@code graphIri}, in one write transaction. */
    public void removeGraph(String graphIri) {
        Txn.executeWrite(dataset, () -> dataset.removeNamedModel(graphIri));
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
            Txn.executeWrite(store.dataset, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(store.dataset));
            return store.size();
        }
    }

    /** Reclaims the space of old versions (TDB2 grows on every write) and deletes them. */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /**
     * The number of quads in the store. Counted on the records of one quad index and of one triple index, without
     * decoding a node: a full scan of the store that decoded every node cost more than a build of a thousand
     * articles spends on its corpus graph.
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
