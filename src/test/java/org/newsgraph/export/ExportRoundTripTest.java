package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/** The dumps parse back into what the store holds: Turtle into the merged graph, TriG into every named graph. */
class ExportRoundTripTest {

    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void build() throws Exception {
        store = GraphStore.open(dir.resolve("store"));
        GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                .build(Path.of("data/articles"), store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] dump(GraphExporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExporter(store.dataset()).write(format, out);
        return out.toByteArray();
    }

    @Test
    void turtleIsTheMergedGraph() {
        Model parsed = ModelFactory.createDefaultModel();
        RDFDataMgr.read(parsed, new ByteArrayInputStream(dump(GraphExporter.Format.TURTLE)), Lang.TURTLE);
        Model union = Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                .add(store.dataset().getNamedModel(Quad.unionGraph.getURI())));
        assertTrue(union.size() > 0);
        assertTrue(parsed.isIsomorphicWith(union), "Turtle dump differs from the store's merged graph");
    }

    @Test
    void trigKeepsEveryNamedGraph() {
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, new ByteArrayInputStream(dump(GraphExporter.Format.TRIG)), Lang.TRIG);
        Txn.executeRead(store.dataset(), () -> {
            int graphs = 0;
            for (Iterator<String> it = store.dataset().listNames(); it.hasNext(); graphs++) {
                String name = it.next();
                // Compare with an in-memory copy: a TDB2 graph matches literals by value, not by term.
                Model stored = ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(name));
                assertTrue(parsed.getNamedModel(name).isIsomorphicWith(stored), name);
            }
            assertEquals(6, graphs, "five article graphs and the corpus graph");
            assertTrue(parsed.containsNamedModel(Iris.CORPUS_GRAPH));
        });
    }

    @Test
    void nquadsParse() {
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, new ByteArrayInputStream(dump(GraphExporter.Format.NQUADS)), Lang.NQUADS);
        assertEquals(store.size(), parsed.asDatasetGraph().stream().count());
    }
}
