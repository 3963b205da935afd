package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.query.CannedQuery;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * Two builds of the same articles into two stores: the same graph with the same IRIs, byte-identical dumps, and a
 * Turtle dump that answers every canned query exactly as the store does.
 */
class TwoBuildsTest {

    private static final Path ARTICLES = Path.of("data/articles");

    @TempDir
    static Path dir;
    static GraphStore first;
    static GraphStore second;

    @BeforeAll
    static void buildTwice() throws IOException {
        first = build("first");
        second = build("second");
    }

    private static GraphStore build(String name) throws IOException {
        GraphStore store = GraphStore.open(dir.resolve(name));
        GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                .build(ARTICLES, store);
        return store;
    }

    @AfterAll
    static void close() {
        first.close();
        second.close();
    }

    /** An in-memory copy of the union graph: a TDB2 graph compares literals by value, a copy by term. */
    private static Model union(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                .add(store.dataset().getNamedModel(Quad.unionGraph.getURI())));
    }

    private static Set<String> iris(Model m) {
        Set<String> out = new TreeSet<>();
        m.getGraph().find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) {
                    out.add(n.getURI());
                }
            }
        });
        return out;
    }

    private static byte[] dump(GraphStore store, GraphExporter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphExporter(store.dataset()).write(format, out);
        return out.toByteArray();
    }

    @Test
    void twoBuildsGiveTheSameGraphWithTheSameIris() {
        Model a = union(first);
        Model b = union(second);
        assertTrue(a.size() > 1000, "the sample graph is not that small: " + a.size());
        assertEquals(iris(a), iris(b));
        assertTrue(a.isIsomorphicWith(b), "the two builds differ");
        assertEquals(Txn.calculateRead(first.dataset(), () -> names(first.dataset())),
                Txn.calculateRead(second.dataset(), () -> names(second.dataset())));
    }

    @Test
    void theDumpsOfTwoBuildsAreByteIdentical() {
        for (GraphExporter.Format format : GraphExporter.Format.values()) {
            assertArrayEquals(dump(first, format), dump(second, format), format + " dumps differ");
        }
    }

    @Test
    void theTrigDumpKeepsOneNamedGraphPerArticleAndTheCorpusGraph() throws IOException {
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, new ByteArrayInputStream(dump(first, GraphExporter.Format.TRIG)), Lang.TRIG);
        Set<String> names = names(parsed);
        List<String> articles = new ArrayList<>();
        try (var files = Files.list(ARTICLES)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt")).sorted().forEach(articles::add);
        }
        assertEquals(5, articles.size(), "the sample articles");
        for (String article : articles) {
            assertEquals(1, names.stream().filter(n -> n.endsWith("/" + article)).count(), article + " in " + names);
        }
        assertTrue(names.contains(Iris.CORPUS_GRAPH), names.toString());
        assertEquals(articles.size() + 1, names.size(), names.toString());
        assertTrue(parsed.getDefaultModel().isEmpty(), "the dump has no default graph");
        for (String name : names) {
            assertFalse(parsed.getNamedModel(name).isEmpty(), name);
        }
    }

    private static Set<String> names(Dataset ds) {
        Set<String> out = new TreeSet<>();
        ds.listNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theTurtleDumpAnswersEveryCannedQueryAsTheStoreDoes() throws IOException {
        Dataset loaded = DatasetFactory.create();
        RDFDataMgr.read(loaded, new ByteArrayInputStream(dump(first, GraphExporter.Format.TURTLE)), Lang.TURTLE);
        List<CannedQuery> pack = CannedQuery.pack(Path.of("queries"));
        assertTrue(pack.size() >= 8, "the query pack: " + pack.size());
        long rows = 0;
        for (CannedQuery q : pack) {
            ResultSetRewindable onStore = Txn.calculateRead(first.dataset(), () -> select(first.dataset(), q));
            ResultSetRewindable onDump = select(loaded, q);
            rows += onStore.size();
            Set<String> sampled = sampledColumns(q);
            if (sampled.isEmpty()) {
                assertTrue(ResultSetCompare.equalsByTerm(onStore, onDump), q.file() + ": the dump answers "
                        + "differently (" + onStore.size() + " rows on the store, " + onDump.size() + " on the dump)");
            } else {
                // SAMPLE may pick any value of its group, so those columns differ between engines by design.
                assertEquals(rowsWithout(onStore, sampled), rowsWithout(onDump, sampled), q.file()
                        + " (without its SAMPLE columns " + sampled + ")");
            }
        }
        assertTrue(rows > 20, "the pack finds little in the sample: " + rows + " rows");
    }

    /** The result columns of {@code q} that are a SAMPLE(...) aggregate. */
    private static Set<String> sampledColumns(CannedQuery q) {
        Query query = QueryFactory.create(q.sparql());
        Set<String> out = new TreeSet<>();
        query.getProject().forEachExpr((v, e) -> {
            if (e instanceof ExprAggregator agg && agg.getAggregator() instanceof AggSample) {
                out.add(v.getVarName());
            }
        });
        return out;
    }

    /** The rows as sorted lines of exact terms (N-Triples syntax), leaving out some columns: an unordered compare. */
    private static List<String> rowsWithout(ResultSetRewindable rs, Set<String> leftOut) {
        rs.reset();
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(row -> {
            StringBuilder line = new StringBuilder();
            for (String v : rs.getResultVars()) {
                if (!leftOut.contains(v)) {
                    Node n = row.contains(v) ? row.get(v).asNode() : null;
                    line.append(v).append('=').append(n == null ? "" : NodeFmtLib.strNT(n)).append('\t');
                }
            }
            out.add(line.toString());
        });
        rs.reset();
        out.sort(null);
        return out;
    }

    private static ResultSetRewindable select(Dataset ds, CannedQuery q) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q.sparql()).build()) {
            return ResultSetFactory.makeRewindable(qe.execSelect());
        }
    }
}
