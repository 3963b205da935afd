package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

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

    /** Removes the named graph {@code graphIri}, in one write transaction. */
    public void removeGraph(String graphIri) {
        Txn.executeWrite(dataset, () -> dataset.removeNamedModel(graphIri));
    }

    /** The number of quads in the store. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    /** Whether the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }



    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
