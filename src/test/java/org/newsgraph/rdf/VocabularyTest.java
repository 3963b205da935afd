package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The constants class and the ontology file agree: every ng: term used in code is declared, labelled and commented. */
class VocabularyTest {

    private final Model ontology = RDFDataMgr.loadModel("ontology/newsgraph.ttl");

    @Test
    void everyTermInCodeIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.get(null) instanceof Resource r
                    && r.getURI().startsWith(NG.NS)) {
                Resource term = ontology.getResource(r.getURI());
                if (!ontology.contains(term, RDFS.label) || !ontology.contains(term, RDFS.comment)
                        || !ontology.contains(term, org.apache.jena.vocabulary.RDF.type)) {
                    missing.add(r.getURI());
                }
            }
        }
        assertTrue(missing.isEmpty(), "not declared with type, label and comment in ontology/newsgraph.ttl: " + missing);
    }

    @Test
    void theOntologyHasAVersionIri() {
        assertFalse(ontology.listStatements(null, OWL.versionIRI, (org.apache.jena.rdf.model.RDFNode) null).toList()
                .isEmpty());
    }
}
