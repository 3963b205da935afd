package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.cli.CliRun;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph eval} end to end: a tiny store written directly as RDF in the shape the evaluation queries read
 * (that of {@link GraphMapper}), gold files in a temporary folder, the real evaluation queries, and the printed table and JSON checked figure by
 * figure.
 *
 * <p>The store holds article {@code 001_test.txt}, in which the system found Okafor and Reyes (people), the Elysee,
 * Tamsk and Freedonia (places) and Tidings (an organisation the gold does not have); it reports met(Reyes, Okafor),
 * contested(Tamsk, Freedonia) and replaced(Okafor, Reyes). It also holds {@code 003_nogold.txt}, which has no gold.
 * The gold of {@code 001_test.txt} adds Rosa Quispe and met(Quispe, Okafor), plus a relation whose argument names no
 * entity of the file; the gold of {@code 002_missing.txt} names an article the store does not hold. Expected:
 * entities TP 5, FP 1 (Tidings), FN 2 (Quispe, OPEC); relations TP 2 (met, contested), FP 1 (replaced), FN 1 (met).
 */
class EvalCommandTest {


    /** IRIs are written here rather than minted by {@code rdf.Iris}: the queries depend on the shape, not on them. */
    private static final String ID = "https://w3id.org/newsgraph/id/test/";

    @TempDir
    Path dir;

    private Path store;
    private Path gold;


    private CliRun eval(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("eval", "--store", store.toString(),
                "--gold", gold.toString(), "--queries", Path.of("queries").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @BeforeEach
    void buildStoreAndGold() throws IOException {
        store = dir.resolve("store");
        try (GraphStore s = GraphStore.open(store)) {
            Model a = GraphMapper.newModel();
            Resource article = article(a, "001_test.txt");
            Resource okafor = mention(a, article, "001_test.txt", 0, "Okafor", "person/amara-okafor", NG.schemaPerson);
            Resource reyes = mention(a, article, "001_test.txt", 10, "Reyes", "person/tom-reyes",
                    NG.schemaPerson);
            mention(a, article, "001_test.txt", 20, "the Elysee", "place/elysee", NG.schemaPlace);
            Resource tamsk = mention(a, article, "001_test.txt", 40, "Tamsk", "place/tamsk", NG.schemaPlace);
            Resource freedonia = mention(a, article, "001_test.txt", 50, "Freedonia", "place/freedonia", NG.schemaPlace);
            mention(a, article, "001_test.txt", 60, "Tidings", "organization/tidings", NG.schemaOrganization);
            fact(a, article, "001_test.txt", "met", reyes, okafor);
            fact(a, article, "001_test.txt", "contested", tamsk, freedonia);
            fact(a, article, "001_test.txt", "replaced", okafor, reyes);
            s.replaceGraph(ID + "graph/001", a);

            Model b = GraphMapper.newModel();
            mention(b, article(b, "003_nogold.txt"), "003_nogold.txt", 0, "Osterby", "place/osterby", NG.schemaPlace);
            s.replaceGraph(ID + "graph/003", b);

            Model entities = GraphMapper.newModel();
            entities.createResource(ID + "person/amara-okafor")
                    .addProperty(RDF.type, NG.schemaPerson).addProperty(NG.skosPrefLabel, "Amara Okafor");
            entities.createResource(ID + "person/tom-reyes")
                    .addProperty(RDF.type, NG.schemaPerson).addProperty(NG.skosPrefLabel, "Tom Reyes");
            s.replaceGraph(ID + "graph/entities", entities);
        }

        gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(gold.resolve("001_test.txt.gold.json"), """
                {"document": "001_test.txt",
                 "entities": [
                   {"id": "amara_okafor", "types": ["Person"], "name": "Amara Okafor",
                    "mentions": ["Amara Okafor", "Okafor"]},
                   {"id": "tom_reyes", "types": ["Person"], "name": "Tom Reyes", "mentions": ["Reyes"]},
                   {"id": "elysee", "types": ["Organization", "Place"], "name": "Elysee", "mentions": ["Elysee"]},
                   {"id": "tamsk", "types": ["Place"], "name": "Tamsk", "mentions": ["Tamsk"]},
                   {"id": "freedonia", "types": ["Place"], "name": "Freedonia", "mentions": ["Freedonia"]},
                   {"id": "rosa_quispe", "types": ["Person"], "name": "Rosa Quispe", "mentions": ["Quispe"]},
                   {"id": "meridian", "types": ["Organization"], "name": "Meridian", "mentions": ["Meridian"],
                    "optional": true}
                 ],
                 "relations": [
                   {"type": "met", "args": ["tom_reyes", "amara_okafor"]},
                   {"type": "met", "args": ["rosa_quispe", "amara_okafor"]},
                   {"type": "contested", "args": ["tamsk"]},
                   {"type": "contested", "args": ["tamsk", "freedonia"], "optional": true},
                   {"type": "contested", "args": ["marovka"]}
                 ]}
                """, StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("002_missing.txt.gold.json"), """
                {"document": "002_missing.txt",
                 "entities": [{"id": "opec", "types": ["Organization"], "name": "OPEC", "mentions": ["OPEC"]}],
                 "relations": []}
                """, StandardCharsets.UTF_8);
    }

    private static Resource article(Model m, String file) {
        return m.createResource(ID + "article/" + file).addProperty(RDF.type, NG.Article).addProperty(NG.fileName, file);
    }

    private static Resource mention(Model m, Resource article, String file, int begin, String text, String entityId,
            Resource type) {
        Resource entity = m.createResource(ID + entityId).addProperty(RDF.type, type);
        m.createResource(ID + "mention/" + file + "/" + begin)
                .addProperty(RDF.type, NG.Mention)
                .addProperty(NG.inArticle, article)
                .addProperty(NG.nifAnchorOf, text)
                .addProperty(NG.refersTo, entity);
        return entity;
    }

    private static void fact(Model m, Resource article, String file, String relation, Resource subject,
            Resource object) {
        m.createResource(ID + "fact/" + file + "/" + relation)
                .addProperty(RDF.type, NG.Fact)
                .addProperty(NG.reportedIn, article)
                .addProperty(NG.relationName, relation)
                .addProperty(NG.subject, subject)
                .addProperty(NG.object, object);
    }

    /** The rows of one section of the table ("Entities" or "Relations"): first column to the other columns. */
    private static Map<String, List<String>> section(String table, String title) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean in = false;
        for (String line : table.lines().toList()) {
            if (line.startsWith(title + " ")) {
                in = true;
            } else if (in && line.isBlank()) {
                break;
            } else if (in) {
                List<String> cells = Arrays.asList(line.strip().split("\\s+"));
                rows.put(cells.get(0), cells.subList(1, cells.size()));
            }
        }
        return rows;
    }

    @Test
    void printsPrecisionRecallAndF1OverallAndPerType() {
        CliRun r = eval();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Articles scored: 2 (1 not in the store"), r.out());
        assertTrue(r.out().contains("Stored articles without a gold file, not scored: 1"), r.out());

        Map<String, List<String>> entities = section(r.out(), "Entities");
        assertEquals(List.of("0.8333", "0.7143", "0.7692", "5", "1", "2"), entities.get("all"), r.out());
        assertEquals(List.of("0.0000", "0.0000", "0.0000", "0", "1", "1"), entities.get("Organization"));
        assertEquals(List.of("1.0000", "0.6667", "0.8000", "2", "0", "1"), entities.get("Person"));
        assertEquals(List.of("1.0000", "1.0000", "1.0000", "3", "0", "0"), entities.get("Place"));

        Map<String, List<String>> relations = section(r.out(), "Relations");
        assertEquals(List.of("0.6667", "0.6667", "0.6667", "2", "1", "1"), relations.get("all"), r.out());
        assertEquals(List.of("1.0000", "1.0000", "1.0000", "1", "0", "0"), relations.get("contested"));
        assertEquals(List.of("1.0000", "0.5000", "0.6667", "1", "0", "1"), relations.get("met"));
        assertEquals(List.of("0.0000", "0.0000", "0.0000", "0", "1", "0"), relations.get("replaced"));
        assertFalse(r.out().contains("Errors"), r.out());

        List<String> err = r.err().lines().toList();
        assertEquals(List.of("newsgraph eval: warning: 001_test.txt.gold.json: relation contested [marovka] names"
                        + " 'marovka', no entity of this file; not scored",
                "newsgraph eval: 002_missing.txt: not in the store; all its gold counted as false negatives"), err);
    }

    @Test
    void listsEveryFalsePositiveAndFalseNegativeWithItsArticle() {
        CliRun r = eval("--errors");
        assertEquals(0, r.exit(), r.err());
        List<String> errors = r.out().lines().dropWhile(l -> !l.startsWith("Errors")).skip(1)
                .map(l -> l.strip().replaceAll("\\s{2,}", "  ")).toList();
        assertEquals(List.of(
                "001_test.txt  FP  entity  Organization  Tidings",
                "001_test.txt  FN  entity  Person  Rosa Quispe | Quispe",
                "001_test.txt  FP  relation  replaced  Amara Okafor, Tom Reyes",
                "001_test.txt  FN  relation  met  Amara Okafor, Rosa Quispe",
                "002_missing.txt  FN  entity  Organization  OPEC"), errors, r.out());
    }

    @Test
    void printsTheSameFiguresAsJson() {
        CliRun r = eval("--json", "--errors");
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JSON.parse(r.out());
        assertEquals(2, json.getNumber("articles").intValue());
        JsonObject entities = json.getObj("entities");
        assertCounts(entities.getObj("all"), 5, 1, 2, "0.8333", "0.7143", "0.7692");
        assertCounts(entities.getObj("byType").getObj("Person"), 2, 0, 1, "1.0000", "0.6667", "0.8000");
        assertCounts(entities.getObj("byType").getObj("Organization"), 0, 1, 1, "0.0000", "0.0000", "0.0000");
        JsonObject relations = json.getObj("relations");
        assertCounts(relations.getObj("all"), 2, 1, 1, "0.6667", "0.6667", "0.6667");
        assertCounts(relations.getObj("byType").getObj("met"), 1, 0, 1, "1.0000", "0.5000", "0.6667");
        assertEquals("002_missing.txt", json.get("missingDocuments").getAsArray().get(0).getAsString().value());
        assertEquals("003_nogold.txt", json.get("unscoredDocuments").getAsArray().get(0).getAsString().value());
        assertEquals(1, json.get("warnings").getAsArray().size());
        assertEquals(5, json.get("errors").getAsArray().size());
        JsonObject first = json.get("errors").getAsArray().get(0).getAsObject();
        assertEquals("001_test.txt", first.getString("document"));
        assertEquals("FP", first.getString("kind"));
        assertEquals("entity", first.getString("item"));
        assertEquals("Organization", first.getString("type"));
        assertEquals("Tidings", first.get("labels").getAsArray().get(0).getAsString().value());

        CliRun plain = eval("--json");
        assertFalse(JSON.parse(plain.out()).hasKey("errors"), plain.out());
    }

    private static void assertCounts(JsonObject c, int tp, int fp, int fn, String p, String r, String f1) {
        assertEquals(List.of(tp, fp, fn), List.of(c.getNumber("tp").intValue(), c.getNumber("fp").intValue(),
                c.getNumber("fn").intValue()), c.toString());
        assertEquals(List.of(new java.math.BigDecimal(p), new java.math.BigDecimal(r), new java.math.BigDecimal(f1)),
                List.of(decimal(c, "precision"), decimal(c, "recall"), decimal(c, "f1")), c.toString());
    }

    private static java.math.BigDecimal decimal(JsonObject c, String key) {
        return new java.math.BigDecimal(c.getNumber(key).toString()).setScale(4);
    }

    @Test
    void goldIsRequiredAndAMissingStoreIsNamed() {
        CliRun noGold = CliRun.of("eval", "--store", store.toString());
        assertEquals(2, noGold.exit());
        assertTrue(noGold.err().contains("Missing required option: '--gold=DIR'"), noGold.err());

        Path missing = dir.resolve("nostore");
        CliRun noStore = CliRun.of("eval", "--store", missing.toString(), "--gold", gold.toString());
        assertEquals(1, noStore.exit());
        assertEquals(missing + ": no store (run 'newsgraph build' first)", noStore.err().strip().replaceFirst(
                "^newsgraph eval: ", ""));

        CliRun help = CliRun.of("eval", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().startsWith("Usage: newsgraph eval"), help.out());
    }
}
