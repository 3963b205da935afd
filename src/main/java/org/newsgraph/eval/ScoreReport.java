package org.newsgraph.eval;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes {@link Scores} for people (a table) and for programs (JSON with the same figures). Ratios are given to four
 * decimals in both. Stateless.
 */
public final class ScoreReport {

    private static final String ROW = "  %-14s %9s %7s %7s %6s %6s %6s%n";

    private ScoreReport() {}

    /** The table of figures, then, with {@code withErrors}, every false positive and false negative by article. */
    public static void writeTable(Scores scores, PrintWriter out, boolean withErrors) {
        out.printf("Articles scored: %d%s%n", scores.articles(),
                scores.missingDocuments().isEmpty() ? "" : " (" + scores.missingDocuments().size()
                        + " not in the store, all their gold counted as false negatives)");
        if (!scores.unscoredDocuments().isEmpty()) {
            out.printf("Stored articles without a gold file, not scored: %d%n", scores.unscoredDocuments().size());
        }
        out.println();
        section(out, "Entities", scores.entities(), scores.entitiesByType());
        out.println();
        section(out, "Relations", scores.relations(), scores.relationsByType());
        if (withErrors) {
            out.println();
            out.printf("Errors (%d)%n", scores.mistakes().size());
            for (Mistake m : scores.mistakes()) {
                out.printf("  %s  %s  %-8s  %-12s  %s%n", m.document(), abbreviation(m.kind()),
                        m.item().name().toLowerCase(java.util.Locale.ROOT), m.type(), labels(m));
            }
        }
        out.flush();
    }

    private static void section(PrintWriter out, String title, Counts all, Map<String, Counts> byType) {
        out.printf("%-16s %9s %7s %7s %6s %6s %6s%n", title, "Precision", "Recall", "F1", "TP", "FP", "FN");
        row(out, "all", all);
        byType.forEach((type, c) -> row(out, type, c));
    }

    private static void row(PrintWriter out, String name, Counts c) {
        out.printf(ROW, name, ratio(c.precision()), ratio(c.recall()), ratio(c.f1()), c.tp(), c.fp(), c.fn());
    }

    private static String abbreviation(Mistake.Kind kind) {
        return kind == Mistake.Kind.FALSE_POSITIVE ? "FP" : "FN";
    }

    private static String labels(Mistake m) {
        return String.join(m.item() == Mistake.Item.ENTITY ? " | " : ", ", m.labels());
    }

    private static String ratio(double r) {
        return round(r).toPlainString();
    }

    private static BigDecimal round(double r) {
        return BigDecimal.valueOf(r).setScale(4, RoundingMode.HALF_UP);
    }

    /** The figures as a JSON object; {@code errors} is present only with {@code withErrors}. */
    public static JsonObject json(Scores scores, boolean withErrors) {
        JsonObject root = new JsonObject();
        root.put("articles", scores.articles());
        root.put("missingDocuments", strings(scores.missingDocuments()));
        root.put("unscoredDocuments", strings(scores.unscoredDocuments()));
        root.put("entities", section(scores.entities(), scores.entitiesByType()));
        root.put("relations", section(scores.relations(), scores.relationsByType()));
        root.put("warnings", strings(scores.warnings()));
        if (withErrors) {
            JsonArray errors = new JsonArray();
            for (Mistake m : scores.mistakes()) {
                JsonObject e = new JsonObject();
                e.put("document", m.document());
                e.put("kind", abbreviation(m.kind()));
                e.put("item", m.item().name().toLowerCase(java.util.Locale.ROOT));
                e.put("type", m.type());
                e.put("labels", strings(m.labels()));
                errors.add(e);
            }
            root.put("errors", errors);
        }
        return root;
    }

    /** {@link #json} written out, indented. */
    public static void writeJson(Scores scores, PrintWriter out, boolean withErrors) {
        out.println(JSON.toString(json(scores, withErrors)));
        out.flush();
    }

    private static JsonObject section(Counts all, Map<String, Counts> byType) {
        JsonObject s = new JsonObject();
        s.put("all", counts(all));
        JsonObject types = new JsonObject();
        byType.forEach((type, c) -> types.put(type, counts(c)));
        s.put("byType", types);
        return s;
    }

    private static JsonObject counts(Counts c) {
        JsonObject o = new JsonObject();
        o.put("precision", JsonNumber.value(round(c.precision())));
        o.put("recall", JsonNumber.value(round(c.recall())));
        o.put("f1", JsonNumber.value(round(c.f1())));
        o.put("tp", c.tp());
        o.put("fp", c.fp());
        o.put("fn", c.fn());
        return o;
    }

    private static JsonArray strings(Iterable<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
