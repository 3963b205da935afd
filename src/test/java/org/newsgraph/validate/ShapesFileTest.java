package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

import org.newsgraph.rdf.NG;

/** The shapes have one source, ontology/shapes.ttl, and speak only of terms the ontology declares. */
class ShapesFileTest {

    private static final Path SHAPES = Path.of("ontology/shapes.ttl");

    @Test
    void theClasspathCarriesTheShapesOfTheOntologyFolder() throws IOException {
        try (InputStream in = GraphValidator.class.getResourceAsStream(GraphValidator.SHAPES_RESOURCE)) {
            assertNotNull(in, GraphValidator.SHAPES_RESOURCE);
            assertArrayEquals(Files.readAllBytes(SHAPES), in.readAllBytes(),
                    "the classpath copy differs from ontology/shapes.ttl: rebuild (mvn process-resources)");
        }
    }

    @Test
    void everyNewsgraphTermOfTheShapesIsDeclaredInTheOntology() {
        Model shapes = RDFDataMgr.loadModel(SHAPES.toString());
        Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
        Set<String> undeclared = new TreeSet<>();
        shapes.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(NG.NS)) {
                    var term = ontology.createResource(n.getURI());
                    if (!ontology.contains(term, RDF.type) || !ontology.contains(term, RDFS.label)) {
                        undeclared.add(n.getURI());
                    }
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used in shapes.ttl, not declared in newsgraph.ttl: " + undeclared);
    }

    @Test
    void theShapesFileParsesAsShapes() {
        assertTrue(GraphValidator.fromFile(SHAPES).validate(org.apache.jena.sparql.graph.GraphFactory
                .createDefaultGraph()).conforms(), "an empty graph conforms");
    }
}
