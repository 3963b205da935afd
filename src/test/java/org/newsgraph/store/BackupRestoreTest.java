package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup restores into a new store with the same quads; restore never overwrites; compaction keeps the data. */
class BackupRestoreTest {

    private static void fill(GraphStore store) {
        for (int i = 0; i < 3; i++) {
            Model m = ModelFactory.createDefaultModel();
            m.createResource("urn:x:s" + i).addProperty(m.createProperty("urn:x:p"), "value " + i)
                    .addLiteral(m.createProperty("urn:x:n"), i);
            store.replaceGraph("urn:x:g" + i, m);
        }
    }

    private static Dataset copy(GraphStore store) {
        Dataset d = DatasetFactory.create();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find()
                .forEachRemaining(q -> d.asDatasetGraph().add(q)));
        return d;
    }

    @Test
    void backupRestoresIntoANewStoreAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Path backup = dir.resolve("b.nq.gz");
        Dataset original;
        try (GraphStore store = GraphStore.open(dir.resolve("a"))) {
            fill(store);
            try (OutputStream out = Files.newOutputStream(backup)) {
                assertEquals(6, store.backup(out));
            }
            original = copy(store);
        }
        assertEquals(6, GraphStore.restore(backup, dir.resolve("b")));
        try (GraphStore restored = GraphStore.open(dir.resolve("b"))) {
            Dataset copy = copy(restored);
            for (int i = 0; i < 3; i++) {
                assertTrue(copy.getNamedModel("urn:x:g" + i).isIsomorphicWith(original.getNamedModel("urn:x:g" + i)));
            }
        }
        assertThrows(FileAlreadyExistsException.class, () -> GraphStore.restore(backup, dir.resolve("b")));
    }

    @Test
    void compactionKeepsEveryQuad(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("s"))) {
            fill(store);
            fill(store);
            long before = store.size();
            store.compact();
            assertEquals(before, store.size());
            assertEquals(1, Txn.calculateRead(store.dataset(),
                    () -> (int) store.dataset().getNamedModel(Quad.unionGraph.getURI())
                            .listSubjectsWithProperty(ModelFactory.createDefaultModel().createProperty("urn:x:p"))
                            .filterKeep(r -> r.getURI().equals("urn:x:s1")).toList().size()));
        }
    }
}
