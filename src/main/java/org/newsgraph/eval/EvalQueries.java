package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

import org.newsgraph.query.CannedQuery;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.NG;

/**
 * The two evaluation queries of the query pack ({@code eval/entities-by-document.rq} and
 * {@code eval/relations-by-document.rq}), which read the system side of an evaluation out of a dataset. Their column
 * names are the contract; a query file without them fails when it is loaded. Immutable and thread-safe.
 *
 * <p>They can read every document at once, as outside tools run them, or only the documents named, each query once
 * per document with {@code ?doc} bound to its file name: what {@code newsgraph eval} does, so that scoring a few
 * articles costs a few look-ups however large the store.
 */
public final class EvalQueries {

    public static final String ENTITIES = "eval/entities-by-document.rq";
    public static final String RELATIONS = "eval/relations-by-document.rq";

    private static final List<String> ENTITY_COLUMNS = List.of("doc", "entity", "type", "label");
    private static final List<String> RELATION_COLUMNS = List.of("doc", "relation", "subject", "object");
    private static final Query STORED_DOCUMENTS = QueryFactory.create(
            "SELECT ?doc { ?article a <" + NG.Article.getURI() + "> ; <" + NG.fileName.getURI() + "> ?doc }");

    private final Query entities;
    private final Query relations;

    private EvalQueries(Query entities, Query relations) {
        this.entities = entities;
        this.relations = relations;
    }

    /** Loads both queries from the query pack folder {@code queries}, checking that they parse and give the columns. */
    public static EvalQueries load(Path queries) throws IOException {
        return new EvalQueries(parse(queries.resolve(ENTITIES), ENTITY_COLUMNS),
                parse(queries.resolve(RELATIONS), RELATION_COLUMNS));
    }

    private static Query parse(Path file, List<String> columns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such evaluation query");
        }
        Query q;
        try {
            q = QueryFactory.create(CannedQuery.read(file).sparql());
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(file + ": not a valid SPARQL query ("
                    + e.getMessage().replaceAll("\\s+", " ") + ")", e);
        }
        if (!q.isSelectType() || !q.getResultVars().containsAll(columns)) {
            throw new IllegalArgumentException(file + ": not a SELECT of the columns ?" + String.join(" ?", columns));
        }
        return q;
    }

    /** Runs both queries in one read transaction, over every document. */
    public SystemOutput read(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> new SystemOutput(entityRows(dataset, entities), relationRows(dataset,
                relations)));
    }

    /**
     * Runs both queries in one read transaction, each once for every document of {@code documents} (file names, as
     * {@code ?doc} gives them) with {@code ?doc} bound to it; the output also names every document in the store.
     */
    public SystemOutput read(Dataset dataset, Collection<String> documents) {
        return Txn.calculateRead(dataset, () -> {
            List<EntityRow> entityRows = new ArrayList<>();
            List<RelationRow> relationRows = new ArrayList<>();
            for (String doc : new TreeSet<>(documents)) {
                entityRows.addAll(entityRows(dataset, bound(entities, doc)));
                relationRows.addAll(relationRows(dataset, bound(relations, doc)));
            }
            SortedSet<String> stored = new TreeSet<>(select(dataset, STORED_DOCUMENTS, s -> text(s.get("doc"))));
            return new SystemOutput(entityRows, relationRows, stored);
        });
    }

    private static Query bound(Query query, String doc) {
        return QueryRunner.bind(query, Map.of("doc", doc));
    }

    private static List<EntityRow> entityRows(Dataset dataset, Query query) {
        return select(dataset, query, s -> new EntityRow(text(s.get("doc")), text(s.get("entity")),
                text(s.get("type")), text(s.get("label"))));
    }

    private static List<RelationRow> relationRows(Dataset dataset, Query query) {
        return select(dataset, query, s -> new RelationRow(text(s.get("doc")), text(s.get("relation")),
                text(s.get("subject")), s.contains("object") ? text(s.get("object")) : null));
    }

    private static <R> List<R> select(Dataset dataset, Query query, Function<QuerySolution, R> row) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            List<R> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                rows.add(row.apply(rs.next()));
            }
            return rows;
        }
    }

    /** An IRI as itself, a literal as its lexical form. */
    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }
}
