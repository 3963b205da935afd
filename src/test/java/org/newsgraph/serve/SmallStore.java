package org.newsgraph.serve;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * A store of two small article graphs written through {@link GraphStore#replaceGraph}, without the NLP pipeline, for
 * the server tests. Everything is in named graphs: the default graph of the store is empty.
 */
final class SmallStore {

    static final String GRAPH_A = Iris.articleGraph("a1.txt");
    static final String GRAPH_B = Iris.articleGraph("b2.txt");
    /** Three triples in each graph, all different. */
    static final int TRIPLES = 6;
    /** The {@code rdfs:label}s of the two graphs together. */
    static final String[] LABELS = {"Alice Smith", "Acme Corp"};

    private SmallStore() {}

    static GraphStore create(Path dir) {
        GraphStore store = GraphStore.open(dir);
        store.replaceGraph(GRAPH_A, graph("alice", "Person", LABELS[0]));
        store.replaceGraph(GRAPH_B, graph("acme", "Organization", LABELS[1]));
        return store;
    }

    /** One entity with a type, a label, and the article that mentions it. */
    static Model graph(String id, String type, String label) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(Iris.entity(id))
                .addProperty(RDF.type, m.createResource("http://example.org/type/" + type))
                .addProperty(RDFS.label, label)
                .addProperty(RDFS.seeAlso, m.createResource("http://example.org/article/" + id));
        return m;
    }
}
