package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsgraph.gold.GoldDocument;

/**
 * The scorer on one-article cases built by hand, each with its exact expected counts. System entities are written
 * {@code entity(iri, type, labels...)}; gold entities {@code gold(id, "Type1,Type2", name, mentions...)}.
 */
class ScorerTest {

    private static final String DOC = "a.txt";
    private static final String ID = "https://w3id.org/newsgraph/id/";

    private final Scorer scorer = new Scorer();
    private final List<EntityRow> entities = new ArrayList<>();
    private final List<RelationRow> relations = new ArrayList<>();

    private void entity(String slug, String type, String... labels) {
        for (String label : labels) {
            entities.add(new EntityRow(DOC, ID + slug, "https://schema.org/" + type, label));
        }
    }

    private void relation(String type, String subject, String object) {
        relations.add(new RelationRow(DOC, type, ID + subject, object == null ? null : ID + object));
    }

    private static GoldDocument.Entity gold(String id, String types, String name, String... mentions) {
        return new GoldDocument.Entity(id, Arrays.asList(types.split(",")), name, List.of(mentions), false);
    }

    private static GoldDocument.Entity optionalGold(String id, String types, String name, String... mentions) {
        return new GoldDocument.Entity(id, Arrays.asList(types.split(",")), name, List.of(mentions), true);
    }

    private static GoldDocument.Relation rel(String type, String... args) {
        return new GoldDocument.Relation(type, List.of(args), false);
    }

    private static GoldDocument.Relation optionalRel(String type, String... args) {
        return new GoldDocument.Relation(type, List.of(args), true);
    }

    private Scores score(List<GoldDocument.Entity> goldEntities, List<GoldDocument.Relation> goldRelations) {
        return scorer.score(entities, relations, List.of(new GoldDocument(DOC, goldEntities, goldRelations)));
    }

    /** The mistakes in a compact form: {@code FP entity Place [Okafor]}. */
    private static List<String> mistakes(Scores s) {
        return s.mistakes().stream().map(m -> (m.kind() == Mistake.Kind.FALSE_POSITIVE ? "FP " : "FN ")
                + m.item().name().toLowerCase() + " " + m.type() + " " + m.labels()).toList();
    }

    private static final GoldDocument.Entity OKAFOR = gold("amara_okafor", "Person", "Amara Okafor",
            "Amara Okafor", "Okafor");
    private static final GoldDocument.Entity REYES = gold("tom_reyes", "Person", "Tom Reyes",
            "Tom Reyes", "Reyes");
    private static final GoldDocument.Entity HADDAD = gold("omar_haddad", "Person", "Omar Haddad", "Haddad");
    private static final GoldDocument.Entity SERRAT = gold("diego_serrat", "Person", "Diego Serrat", "Serrat");
    private static final GoldDocument.Entity TAMSK = gold("tamsk", "Place", "Tamsk", "Tamsk");
    private static final GoldDocument.Entity FREEDONIA = gold("freedonia", "Place", "Freedonia", "Freedonia");

    @Test
    void aTypeAgreesWhenItIsEitherOfTwoGoldTypes() {
        entity("place/elysee", "Place", "Elysee");
        entity("organization/white-house", "Organization", "Grand Palace");
        entity("place/okafor", "Place", "Okafor");
        Scores s = score(List.of(gold("elysee", "Organization,Place", "Elysee", "Elysee"),
                gold("white_house", "Organization,Place", "Grand Palace", "Grand Palace"), OKAFOR), List.of());
        assertEquals(new Counts(2, 1, 1), s.entities());
        // A true positive counts for the system's type, a false negative for the gold entity's first type.
        assertEquals(new Counts(1, 1, 0), s.entitiesByType().get("Place"));
        assertEquals(new Counts(1, 0, 0), s.entitiesByType().get("Organization"));
        assertEquals(new Counts(0, 0, 1), s.entitiesByType().get("Person"));
        assertEquals(List.of("FP entity Place [Okafor]", "FN entity Person [Amara Okafor, Okafor]"), mistakes(s));
        assertEquals(2.0 / 3, s.entities().precision(), 1e-12);
        assertEquals(2.0 / 3, s.entities().recall(), 1e-12);
        assertEquals(2.0 / 3, s.entities().f1(), 1e-12);
    }

    @Test
    void namesAreComparedNormalised() {
        entity("place/us", "Place", "the U.K.");
        entity("place/sao-paulo", "Place", "Sao Paulo");
        entity("organization/opec", "Organization", "OPEC");
        Scores s = score(List.of(gold("united_states", "Place", "United Kingdom", "United Kingdom", "U.K."),
                gold("sao_paulo", "Place", "São Paulo", "São Paulo"),
                gold("opec", "Organization", "Opec", "Opec")), List.of());
        assertEquals(new Counts(3, 0, 0), s.entities());
    }

    @Test
    void theGoldNameMatchesAsWellAsTheMentions() {
        entity("person/amara-okafor", "Person", "Amara Okafor");
        Scores s = score(List.of(gold("amara_okafor", "Person", "Amara Okafor", "Okafor")), List.of());
        assertEquals(new Counts(1, 0, 0), s.entities());
    }

    @Test
    void twoSystemEntitiesMatchingOneGoldEntityGiveOneTruePositiveAndOneFalsePositive() {
        entity("person/okafor", "Person", "Okafor");
        entity("person/amara-okafor", "Person", "Amara Okafor");
        Scores s = score(List.of(OKAFOR), List.of());
        assertEquals(new Counts(1, 1, 0), s.entities());
        // Deterministic: system entities are tried in IRI order, so the first one keeps the match.
        assertEquals(List.of("FP entity Person [Okafor]"), mistakes(s));
    }

    @Test
    void theOneToOneMatchingIsMaximumNotGreedy() {
        // "Kim" fits both gold entities; a greedy pass would give it the first and leave "Kim Jong Un" unmatched.
        entity("person/a-kim", "Person", "Kim");
        entity("person/b-kim-jong-un", "Person", "Kim Jong Un");
        Scores s = score(List.of(gold("kim_jong_un", "Person", "Kim Jong Un", "Kim Jong Un", "Kim"),
                gold("kim_yo_jong", "Person", "Kim Yo Jong", "Kim")), List.of());
        assertEquals(new Counts(2, 0, 0), s.entities());
    }

    @Test
    void anOptionalGoldEntityIsNeitherRewardedNorPenalised() {
        entity("organization/meridian", "Organization", "Meridian");
        entity("organization/meridian-news", "Organization", "Meridian");
        entity("organization/tidings", "Organization", "Tidings");
        Scores s = score(List.of(optionalGold("meridian", "Organization", "Meridian", "Meridian"),
                optionalGold("ein_presswire", "Organization", "EIN Presswire", "EIN Presswire")), List.of());
        // Matched optional: no true positive; its unmatched duplicate: ignored; unmatched optional gold: no FN.
        assertEquals(new Counts(0, 1, 0), s.entities());
        assertEquals(List.of("FP entity Organization [Tidings]"), mistakes(s));
    }

    @Test
    void anOptionalGoldEntityNeverTakesAMatchFromARequiredOne() {
        entity("place/elysee", "Place", "Elysee");
        Scores s = score(List.of(optionalGold("elysee_building", "Place", "Elysee", "Elysee"),
                gold("elysee", "Organization,Place", "Elysee", "Elysee")), List.of());
        assertEquals(new Counts(1, 0, 0), s.entities());
    }

    @Test
    void metArgumentsAreUnorderedAndDuplicatesCountOnce() {
        entity("person/okafor", "Person", "Okafor");
        entity("person/reyes", "Person", "Reyes");
        relation("met", "person/okafor", "person/reyes");
        relation("met", "person/reyes", "person/okafor");
        Scores s = score(List.of(REYES, OKAFOR), List.of(rel("met", "tom_reyes", "amara_okafor")));
        assertEquals(new Counts(1, 0, 0), s.relations());
        assertEquals(new Counts(1, 0, 0), s.relationsByType().get("met"));
    }

    @Test
    void replacedArgumentsAreOrdered() {
        entity("person/haddad", "Person", "Haddad");
        entity("person/serrat", "Person", "Serrat");
        relation("replaced", "person/serrat", "person/haddad");
        Scores s = score(List.of(HADDAD, SERRAT), List.of(rel("replaced", "omar_haddad", "diego_serrat")));
        assertEquals(new Counts(0, 1, 1), s.relations());
        assertEquals(List.of("FP relation replaced [Serrat, Haddad]",
                "FN relation replaced [Omar Haddad, Diego Serrat]"), mistakes(s));

        relations.clear();
        relation("replaced", "person/haddad", "person/serrat");
        Scores right = score(List.of(HADDAD, SERRAT), List.of(rel("replaced", "omar_haddad", "diego_serrat")));
        assertEquals(new Counts(1, 0, 0), right.relations());
    }

    @Test
    void contestedWithAClaimantIsScoredInItsOneArgumentForm() {
        entity("place/tamsk", "Place", "Tamsk");
        entity("place/freedonia", "Place", "Freedonia");
        entity("place/delvik", "Place", "Delvik");
        relation("contested", "place/tamsk", "place/freedonia");
        relation("contested", "place/tamsk", null);
        // The gold has only the optional two-argument form for Delvik: its reduction is optional too.
        relation("contested", "place/delvik", "place/freedonia");
        Scores s = score(List.of(TAMSK, FREEDONIA, gold("delvik", "Place", "Delvik", "Delvik")),
                List.of(rel("contested", "tamsk"), optionalRel("contested", "tamsk", "freedonia"),
                        optionalRel("contested", "delvik", "freedonia")));
        assertEquals(new Counts(1, 0, 0), s.relations());
        assertEquals(new Counts(1, 0, 0), s.relationsByType().get("contested"));
    }

    @Test
    void anOptionalGoldRelationIsNeitherRewardedNorPenalised() {
        entity("person/okafor", "Person", "Okafor");
        entity("person/reyes", "Person", "Reyes");
        entity("person/brandauer", "Person", "Ilse Brandauer");
        relation("met", "person/brandauer", "person/reyes");
        Scores s = score(List.of(REYES, OKAFOR, gold("ilse_brandauer", "Person", "Ilse Brandauer", "Ilse Brandauer")),
                List.of(optionalRel("met", "ilse_brandauer", "tom_reyes"),
                        optionalRel("met", "ilse_brandauer", "amara_okafor")));
        assertEquals(new Counts(0, 0, 0), s.relations());
        assertTrue(s.mistakes().isEmpty(), s.mistakes().toString());
    }

    @Test
    void aRelationOnAnUnmatchedEntityMatchesNothing() {
        entity("person/okafor", "Person", "Okafor");
        entity("person/reyes", "Place", "Reyes");
        relation("met", "person/okafor", "person/reyes");
        Scores s = score(List.of(REYES, OKAFOR), List.of(rel("met", "tom_reyes", "amara_okafor")));
        assertEquals(new Counts(0, 1, 1), s.relations());
        assertEquals(List.of("FP entity Place [Reyes]", "FN entity Person [Tom Reyes, Reyes]",
                "FP relation met [Reyes, Okafor]", "FN relation met [Amara Okafor, Tom Reyes]"), mistakes(s));
    }

    @Test
    void aGoldArgumentNamingNoEntityIsAWarningNamingTheFile() {
        entity("place/marovka", "Place", "Marovk");
        relation("contested", "place/marovka", null);
        Scores s = score(List.of(gold("marovk", "Place", "Marovk", "Marovk")),
                List.of(rel("contested", "marovka")));
        assertEquals(new Counts(0, 1, 0), s.relations());
        assertEquals(List.of("a.txt.gold.json: relation contested [marovka] names 'marovka', no entity of this file;"
                + " not scored"), s.warnings());
    }

    @Test
    void aGoldDocumentMissingFromTheStoreCountsItsRequiredGoldAsFalseNegatives() {
        entities.add(new EntityRow("other.txt", ID + "person/okafor", "https://schema.org/Person", "Okafor"));
        Scores s = score(List.of(OKAFOR, REYES, optionalGold("tidings", "Organization", "Tidings", "Tidings")),
                List.of(rel("met", "tom_reyes", "amara_okafor")));
        assertEquals(1, s.articles());
        assertEquals(new Counts(0, 0, 2), s.entities());
        assertEquals(new Counts(0, 0, 1), s.relations());
        assertEquals(List.of(DOC), s.missingDocuments());
        assertEquals(List.of("other.txt"), s.unscoredDocuments());
    }

    @Test
    void countsAreMicroAveragedOverArticles() {
        entities.add(new EntityRow("one.txt", ID + "person/okafor", "https://schema.org/Person", "Okafor"));
        entities.add(new EntityRow("two.txt", ID + "person/okafor", "https://schema.org/Person", "Okafor"));
        entities.add(new EntityRow("two.txt", ID + "place/osterby", "https://schema.org/Place", "Osterby"));
        Scores s = scorer.score(entities, relations, List.of(
                new GoldDocument("one.txt", List.of(OKAFOR, FREEDONIA), List.of()),
                new GoldDocument("two.txt", List.of(OKAFOR), List.of())));
        assertEquals(2, s.articles());
        assertEquals(new Counts(2, 1, 1), s.entities());
        assertEquals(List.of("one.txt", "two.txt"), s.mistakes().stream().map(Mistake::document).toList());
    }
}
