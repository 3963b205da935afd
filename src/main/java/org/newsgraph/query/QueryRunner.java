package org.newsgraph.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL queries against a dataset in a read transaction and writes their results in one of the W3C result
 * formats, or as a text table. Values are bound by Jena's syntactic substitution ({@link QueryTransformOps}), never by
 * concatenation.
 */
public final class QueryRunner {

    /** Result formats of {@code newsgraph query}. */
    public enum Format { TABLE, TSV, CSV, JSON }

    private final Dataset dataset;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Runs {@code sparql} with {@code bindings} (a value in angle brackets or starting with http is an IRI, anything
     * else a plain string) and writes the results to {@code out}.
     */
    public void run(String sparql, Map<String, String> bindings, Format format, OutputStream out) {
        Query query = bind(sparql, bindings);
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    write(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
                    p.println(qe.execAsk());
                } else {
                    RDFDataMgr.write(out, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
    }

    /**
     * Parses {@code sparql} with {@code bindings}: a value in angle brackets or starting with http is an IRI, anything
     * else a plain string. The variable is replaced by the value throughout the query; a projected variable stays a
     * column of the results, with the value in every row. A variable the query does not use is ignored.
     */
    public static Query bind(String sparql, Map<String, String> bindings) {
        return bind(QueryFactory.create(sparql), bindings);
    }

    /** {@code query} with {@code bindings}, as {@link #bind(String, Map)} binds them; {@code query} is left as it is. */
    public static Query bind(Query query, Map<String, String> bindings) {
        if (bindings.isEmpty()) {
            return query;
        }
        Map<Var, Node> values = new HashMap<>();
        bindings.forEach((name, value) -> values.put(Var.alloc(name), node(value)));
        return QueryTransformOps.transform(query, values);
    }

    private static Node node(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return NodeFactory.createURI(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return NodeFactory.createURI(value);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static void write(ResultSet rs, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }
}
