package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The dumps do not depend on the order the store hands out its quads (no models needed): the same quads added in
 * different orders give the same bytes, with subjects sorted and each subject's triples in one block.
 */
class GraphExporterOrderTest {

    private static final String QUADS = """
            <https://w3id.org/newsgraph/id/person/b> <http://www.w3.org/2004/02/skos/core#prefLabel> "B" <https://w3id.org/newsgraph/id/graph/corpus> .
            <https://w3id.org/newsgraph/id/person/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> <https://w3id.org/newsgraph/id/graph/corpus> .
            <https://w3id.org/newsgraph/id/person/a> <https://w3id.org/newsgraph/ontology#met> <https://w3id.org/newsgraph/id/person/c> <https://w3id.org/newsgraph/id/graph/article/x.txt> .
            <https://w3id.org/newsgraph/id/person/a> <https://w3id.org/newsgraph/ontology#met> <https://w3id.org/newsgraph/id/person/b> <https://w3id.org/newsgraph/id/graph/article/x.txt> .
            <https://w3id.org/newsgraph/id/person/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> <https://w3id.org/newsgraph/id/graph/article/x.txt> .
            <https://w3id.org/newsgraph/id/person/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> <https://w3id.org/newsgraph/id/graph/corpus> .
            <https://w3id.org/newsgraph/id/person/a> <http://www.w3.org/2004/02/skos/core#altLabel> "Ay" <https://w3id.org/newsgraph/id/graph/corpus> .
            <https://w3id.org/newsgraph/id/person/a> <http://www.w3.org/2004/02/skos/core#altLabel> "A." <https://w3id.org/newsgraph/id/graph/corpus> .
            <https://w3id.org/newsgraph/id/person/a> <http://www.w3.org/2004/02/skos/core#prefLabel> "A" <https://w3id.org/newsgraph/id/graph/corpus> .
            <https://w3id.org/newsgraph/id/article/x.txt> <https://w3id.org/newsgraph/ontology#charLength> "12"^^<http://www.w3.org/2001/XMLSchema#integer> <https://w3id.org/newsgraph/id/graph/article/x.txt> .
            """;

    private static Dataset dataset(long seed) {
        List<Quad> quads = new ArrayList<>();
        RDFParser.fromString(QUADS, Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                quads.add(q);
            }
        });
        Collections.shuffle(quads, new Random(seed));
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> quads.forEach(ds.asDatasetGraph()::add));
        return ds;
    }

    private static String dump(Dataset ds, GraphExporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExporter(ds).write(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSameQuadsInAnyOrderGiveTheSameDumps() {
        for (GraphExporter.Format format : GraphExporter.Format.values()) {
            String reference = dump(dataset(0), format);
            for (long seed = 1; seed < 20; seed++) {
                assertArrayEquals(reference.getBytes(StandardCharsets.UTF_8),
                        dump(dataset(seed), format).getBytes(StandardCharsets.UTF_8), format + ", order " + seed);
            }
        }
    }

    @Test
    void turtleHasSortedPrefixesAndOneSortedBlockPerSubject() {
        String ttl = dump(dataset(7), GraphExporter.Format.TURTLE);
        List<String> prefixes = ttl.lines().filter(l -> l.startsWith("PREFIX")).toList();
        assertTrue(prefixes.size() > 3, ttl);
        assertEquals(prefixes.stream().sorted().toList(), prefixes, "prefixes sorted");
        List<String> subjects = ttl.lines().filter(l -> l.startsWith("<")).map(l -> l.split(" ")[0]).toList();
        assertEquals(List.of("<https://w3id.org/newsgraph/id/article/x.txt>", "<https://w3id.org/newsgraph/id/person/a>",
                "<https://w3id.org/newsgraph/id/person/b>"), subjects, ttl);
        // rdf:type first, then by predicate and object; a type stated in two graphs is written once.
        String a = ttl.substring(ttl.indexOf("\n<https://w3id.org/newsgraph/id/person/a>"),
                ttl.indexOf("\n<https://w3id.org/newsgraph/id/person/b>"));
        assertEquals(1, a.split("schema:Person", -1).length - 1, a);
        assertTrue(a.indexOf(" a ") < a.indexOf("skos:altLabel"), a);
        assertTrue(a.indexOf("\"A.\"") < a.indexOf("\"Ay\""), a);
        assertTrue(a.indexOf("skos:prefLabel") < a.indexOf("ng:met"), a);
        assertTrue(a.indexOf("person/b>") < a.indexOf("person/c>"), a);
    }
}
