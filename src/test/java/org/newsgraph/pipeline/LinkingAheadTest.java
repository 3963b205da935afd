package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.link.EntityRegistry;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.store.GraphStore;

/**
 * The writer links articles ahead of storing them (their relations and RDF are made on another thread meanwhile),
 * but never past the next corpus update: the labels that update writes come from the entity registry, which must
 * then hold exactly the articles stored. Here the second article gives a person a longer name; the corpus graph
 * committed with the first article alone must still carry the first article's name.
 */
class LinkingAheadTest {

    private static final String LABEL_QUERY = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label { ?person skos:prefLabel ?label FILTER(CONTAINS(?label, "Kowalczyk")) }""";

    @Test
    void eachCommitLabelsEntitiesByTheArticlesItStores(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("a1.txt"), "President Kowalczyk met Prime Minister Brandt in Vienna on Monday. "
                + "Kowalczyk said the talks had been useful and that both sides would meet again soon.\n");
        Files.writeString(data.resolve("a2.txt"), "Anna Kowalczyk, the president, flew to Vienna on Tuesday. "
                + "Anna Kowalczyk said she would return to the talks before the end of the month.\n");
        List<List<String>> labelsAfterEachArticle = new ArrayList<>();
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildListener listener = new BuildListener() {
                @Override
                public void progress(int done, int total) {
                    // One article per transaction: it has committed when its progress is reported.
                    labelsAfterEachArticle.add(labels(store));
                }
            };
            GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).threads(2)
                    .commitBatch(CommitBatch.ONE).listener(listener).build().build(data, store);
        }
        assertEquals(List.of(List.of("Kowalczyk"), List.of("Anna Kowalczyk")), labelsAfterEachArticle);
    }

    @Test
    void theWriterSaysHowManyWritesUntilTheNextCorpusUpdate(@TempDir Path dir) {
        try (GraphStore store = GraphStore.open(dir.resolve("store"));
             BatchWriter writer = new BatchWriter(store, CommitBatch.of(5), new EntityRegistry(),
                     TestSupport.gazetteer(), 0, 3)) {
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                counts.add(writer.writesUntilUpdate());
                Model graph = GraphMapper.newModel();
                graph.createResource("urn:ex:s" + i).addProperty(RDFS.label, "thing " + i);
                writer.write("urn:ex:g" + i, graph);
            }
            counts.add(writer.writesUntilUpdate());
            // The corpus update applies after the 3rd write, the commit after the 5th; then 3 again from the 6th.
            assertEquals(List.of(3L, 2L, 1L, 2L, 1L, 3L, 2L, 1L), counts);
        }
    }

    private static List<String> labels(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> labels = new ArrayList<>();
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query(LABEL_QUERY).build()) {
                q.execSelect().forEachRemaining(row -> labels.add(row.getLiteral("label").getString()));
            }
            return labels;
        });
    }
}
