package org.newsgraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.query.QueryRunner;

/**
 * Shared fixtures of the tests that need the trained models: the models and gazetteer are loaded once per test JVM
 * (they are immutable), and small helpers run SPARQL files of {@code src/test/resources} and read expectation files.
 */
public final class TestSupport {

    private static NlpModels models;
    private static Gazetteer gazetteer;

    private TestSupport() {}

    public static synchronized NlpModels models() {
        if (models == null) {
            models = NlpModels.load();
        }
        return models;
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = Gazetteer.load();
        }
        return gazetteer;
    }

    public static Path resource(String name) {
        return Path.of("src/test/resources").resolve(name);
    }

    /** The rows of a tab-separated expectation file, without comments and blank lines. */
    public static List<String[]> rows(Path file) {
        try {
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a SELECT query file over the dataset; each row maps variable names to lexical forms or IRIs. */
    public static List<Map<String, String>> select(Dataset dataset, Path queryFile) {
        return select(dataset, queryFile, Map.of());
    }

    /** {@link #select(Dataset, Path)} with variables bound as {@code newsgraph query --bind} binds them. */
    public static List<Map<String, String>> select(Dataset dataset, Path queryFile, Map<String, String> bindings) {
        try {
            Query query = QueryRunner.bind(Files.readString(queryFile, StandardCharsets.UTF_8), bindings);
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        Map<String, String> row = new java.util.HashMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, text(s.get(v))));
                        rows.add(row);
                    }
                    return rows;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
