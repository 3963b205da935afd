package org.newsgraph.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

import org.newsgraph.rdf.GraphMapper;

/**
 * Writes the store as a dump: Turtle is the whole graph merged into one (for other graphs to load), TriG and N-Quads
 * keep one named graph per article plus the corpus graph.
 * <p>
 * Every dump is deterministic: the same graph gives the same bytes, whatever the store's internal order, so dumps of
 * two builds of the same data diff cleanly. Prefixes are written sorted; graphs by name, subjects by IRI, each
 * subject's triples as one block with {@code rdf:type} first and then by predicate and object (Jena's
 * {@code TURTLE_BLOCKS} and {@code TRIG_BLOCKS} writers, fed in that order). The graph is streamed one subject at a
 * time; only the sorted set of subjects of one graph is held in memory. Blank nodes, which the pipeline never writes,
 * would get labels that differ between stores.
 */
public final class GraphExporter {

    /** Dump formats. */
    public enum Format {
        TURTLE, TRIG, NQUADS;

        public static Format parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        }
    }

    /** The order of subjects and objects: Jena's total order of RDF terms (blank nodes, IRIs by text, literals). */
    private static final Comparator<Node> TERMS = NodeCmp::compareRDFTerms;

    /** Within a subject: {@code rdf:type} first, then by predicate, then by object. */
    private static final Comparator<Triple> IN_BLOCK = Comparator
            .comparing((Triple t) -> !t.getPredicate().equals(RDF.type.asNode()))
            .thenComparing(Triple::getPredicate, TERMS)
            .thenComparing(Triple::getObject, TERMS);

    private final Dataset dataset;

    public GraphExporter(Dataset dataset) {
        this.dataset = dataset;
    }

    public void write(Format format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, switch (format) {
                case TURTLE -> RDFFormat.TURTLE_BLOCKS;
                case TRIG -> RDFFormat.TRIG_BLOCKS;
                case NQUADS -> RDFFormat.NQUADS;
            });
            stream.start();
            if (format != Format.NQUADS) {
                Map<String, String> prefixes = new TreeMap<>(GraphMapper.newModel().getNsPrefixMap());
                prefixes.forEach(stream::prefix);
            }
            if (format == Format.TURTLE) {
                writeGraph(dsg.getUnionGraph(), null, stream);
            } else {
                if (!dsg.getDefaultGraph().isEmpty()) {
                    writeGraph(dsg.getDefaultGraph(), null, stream);
                }
                TreeSet<Node> names = new TreeSet<>(TERMS);
                dsg.listGraphNodes().forEachRemaining(names::add);
                for (Node name : names) {
                    writeGraph(dsg.getGraph(name), name, stream);
                }
            }
            stream.finish();
        });
    }

    /** One graph, subject by subject in order; as triples when {@code name} is null, else as quads in that graph. */
    private static void writeGraph(Graph graph, Node name, StreamRDF stream) {
        TreeSet<Node> subjects = new TreeSet<>(TERMS);
        graph.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node s : subjects) {
            List<Triple> block = new ArrayList<>();
            for (Iterator<Triple> it = graph.find(s, Node.ANY, Node.ANY); it.hasNext(); ) {
                block.add(it.next());
            }
            block.sort(IN_BLOCK);
            for (Triple t : block) {
                if (name == null) {
                    stream.triple(t);
                } else {
                    stream.quad(Quad.create(name, t));
                }
            }
        }
    }
}
