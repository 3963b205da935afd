package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.store.GraphStore;

/**
 * Reading the evaluation queries document by document, with {@code ?doc} bound as {@code newsgraph eval} binds it,
 * gives those documents' rows exactly as reading every document does, on a store built from the sample articles.
 */
class EvalQueriesTest {

    @TempDir
    static Path dir;

    private static GraphStore store;
    private static List<String> documents;

    @BeforeAll
    static void buildSampleStore() throws IOException {
        store = GraphStore.open(dir.resolve("store"));
        GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                .build(Path.of("data/articles"), store);
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            documents = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void boundReadGivesTheRowsOfItsDocumentsAsTheFullReadDoes() throws IOException {
        EvalQueries queries = EvalQueries.load(Path.of("queries"));
        SystemOutput all = queries.read(store.dataset());
        Set<String> chosen = Set.of(documents.get(1), documents.get(3));

        SystemOutput bound = queries.read(store.dataset(), chosen);

        Set<EntityRow> expectedEntities = all.entities().stream().filter(r -> chosen.contains(r.document()))
                .collect(Collectors.toSet());
        Set<RelationRow> expectedRelations = all.relations().stream().filter(r -> chosen.contains(r.document()))
                .collect(Collectors.toSet());
        assertFalse(expectedEntities.isEmpty(), "the sample articles have entities");
        assertFalse(expectedRelations.isEmpty(), "the sample articles have relations");
        assertEquals(expectedEntities, Set.copyOf(bound.entities()));
        assertEquals(expectedEntities.size(), bound.entities().size(), "no row twice");
        assertEquals(expectedRelations, Set.copyOf(bound.relations()));
        assertEquals(expectedRelations.size(), bound.relations().size(), "no row twice");
        assertEquals(new TreeSet<>(documents), bound.documents(), "every stored article is named");
    }

    @Test
    void aDocumentTheStoreDoesNotHoldReadsNoRows() throws IOException {
        SystemOutput bound = EvalQueries.load(Path.of("queries")).read(store.dataset(), List.of("no_such_article.txt"));

        assertEquals(List.of(), bound.entities());
        assertEquals(List.of(), bound.relations());
        assertEquals(new TreeSet<>(documents), bound.documents());
    }
}
