package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import org.newsgraph.rdf.GraphMapper;

/**
 * Writes the store as a dump: Turtle is the whole graph merged into one (for other graphs to load), TriG and N-Quads
 * keep one named graph per article plus the entity graph.
 */
public final class GraphExporter {

    /** Dump formats. */
    public enum Format {
        TURTLE, TRIG, NQUADS;

        public static Format parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        }
    }

    private final Dataset dataset;

    public GraphExporter(Dataset dataset) {
        this.dataset = dataset;
    }

    public void write(Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            switch (format) {
                case TURTLE -> {
                    Model merged = GraphMapper.newModel();
                    merged.add(dataset.getNamedModel(Quad.unionGraph.getURI()));
                    RDFDataMgr.write(out, merged, RDFFormat.TURTLE_PRETTY);
                }
                case TRIG -> RDFDataMgr.write(out, dataset, RDFFormat.TRIG_PRETTY);
                case NQUADS -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS);
            }
        });
    }
}
