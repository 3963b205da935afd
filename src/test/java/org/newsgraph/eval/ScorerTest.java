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

    /** The mistakes in a compact form: {@code FP entity Place [Putin]}. */
    private static List<String> mistakes(Scores s) {
        return s.mistakes().stream().map(m -> (m.kind() == Mistake.Kind.FALSE_POSITIVE ? "FP " : "FN ")
                + m.item().name().toLowerCase() + " " + m.type() + " " + m.labels()).toList();
    }

    private static final GoldDocument.Entity PUTIN = gold("vladimir_putin", "Person", "Vladimir Putin",
            "Vladimir Putin", "Putin");
    private static final GoldDocument.Entity WITKOFF = gold("steve_witkoff", "Person", "Steve Witkoff",
            "Steve Witkoff", "Witkoff");
    private static final GoldDocument.Entity UMEROV = gold("rustem_umerov", "Person", "Rustem Umerov", "Umerov");
    private static final GoldDocument.Entity YERMAK = gold("andriy_yermak", "Person", "Andriy Yermak", "Yermak");
    private static final GoldDocument.Entity POKROVSK = gold("pokrovsk", "Place", "Pokrovsk", "Pokrovsk");
    private static final GoldDocument.Entity RUSSIA = gold("russia", "Place", "Russia", "Russia");

    @Test
    void aTypeAgreesWhenItIsEitherOfTwoGoldTypes() {
        entity("place/kremlin", "Place", "Kremlin");
        entity("organization/white-house", "Organization", "White House");
        entity("place/putin", "Place", "Putin");
        Scores s = score(List.of(gold("kremlin", "Organization,Place", "Kremlin", "Kremlin"),
                gold("white_house", "Organization,Place", "White House", "White House"), PUTIN), List.of());
        assertEquals(new Counts(2, 1, 1), s.entities());
        // A true positive counts for the system's type, a false negative for the gold entity's first type.
        assertEquals(new Counts(1, 1, 0), s.entitiesByType().get("Place"));
        assertEquals(new Counts(1, 0, 0), s.entitiesByType().get("Organization"));
        assertEquals(new Counts(0, 0, 1), s.entitiesByType().get("Person"));
        assertEquals(List.of("FP entity Place [Putin]", "FN entity Person [Vladimir Putin, Putin]"), mistakes(s));
        assertEquals(2.0 / 3, s.entities().precision(), 1e-12);
        assertEquals(2.0 / 3, s.entities().recall(), 1e-12);
        assertEquals(2.0 / 3, s.entities().f1(), 1e-12);
    }

    @Test
    void namesAreComparedNormalised() {
        entity("place/us", "Place", "the U.S.");
        entity("place/sao-paulo", "Place", "Sao Paulo");
        entity("organization/nato", "Organization", "NATO");
        Scores s = score(List.of(gold("united_states", "Place", "United States", "United States", "U.S."),
                gold("sao_paulo", "Place", "São Paulo", "São Paulo"),
                gold("nato", "Organization", "Nato", "Nato")), List.of());
        assertEquals(new Counts(3, 0, 0), s.entities());
    }

    @Test
    void theGoldNameMatchesAsWellAsTheMentions() {
        entity("person/vladimir-putin", "Person", "Vladimir Putin");
        Scores s = score(List.of(gold("vladimir_putin", "Person", "Vladimir Putin", "Putin")), List.of());
        assertEquals(new Counts(1, 0, 0), s.entities());
    }

    @Test
    void twoSystemEntitiesMatchingOneGoldEntityGiveOneTruePositiveAndOneFalsePositive() {
        entity("person/putin", "Person", "Putin");
        entity("person/vladimir-putin", "Person", "Vladimir Putin");
        Scores s = score(List.of(PUTIN), List.of());
        assertEquals(new Counts(1, 1, 0), s.entities());
        // Deterministic: system entities are tried in IRI order, so the first one keeps the match.
        assertEquals(List.of("FP entity Person [Vladimir Putin]"), mistakes(s));
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
        entity("organization/bloomberg", "Organization", "Bloomberg");
        entity("organization/bloomberg-news", "Organization", "Bloomberg");
        entity("organization/reuters", "Organization", "Reuters");
        Scores s = score(List.of(optionalGold("bloomberg", "Organization", "Bloomberg", "Bloomberg"),
                optionalGold("ein_presswire", "Organization", "EIN Presswire", "EIN Presswire")), List.of());
        // Matched optional: no true positive; its unmatched duplicate: ignored; unmatched optional gold: no FN.
        assertEquals(new Counts(0, 1, 0), s.entities());
        assertEquals(List.of("FP entity Organization [Reuters]"), mistakes(s));
    }

    @Test
    void anOptionalGoldEntityNeverTakesAMatchFromARequiredOne() {
        entity("place/kremlin", "Place", "Kremlin");
        Scores s = score(List.of(optionalGold("kremlin_building", "Place", "Kremlin", "Kremlin"),
                gold("kremlin", "Organization,Place", "Kremlin", "Kremlin")), List.of());
        assertEquals(new Counts(1, 0, 0), s.entities());
    }

    @Test
    void metArgumentsAreUnorderedAndDuplicatesCountOnce() {
        entity("person/putin", "Person", "Putin");
        entity("person/witkoff", "Person", "Witkoff");
        relation("met", "person/putin", "person/witkoff");
        relation("met", "person/witkoff", "person/putin");
        Scores s = score(List.of(WITKOFF, PUTIN), List.of(rel("met", "steve_witkoff", "vladimir_putin")));
        assertEquals(new Counts(1, 0, 0), s.relations());
        assertEquals(new Counts(1, 0, 0), s.relationsByType().get("met"));
    }

    @Test
    void replacedArgumentsAreOrdered() {
        entity("person/umerov", "Person", "Umerov");
        entity("person/yermak", "Person", "Yermak");
        relation("replaced", "person/yermak", "person/umerov");
        Scores s = score(List.of(UMEROV, YERMAK), List.of(rel("replaced", "rustem_umerov", "andriy_yermak")));
        assertEquals(new Counts(0, 1, 1), s.relations());
        assertEquals(List.of("FP relation replaced [Yermak, Umerov]",
                "FN relation replaced [Rustem Umerov, Andriy Yermak]"), mistakes(s));

        relations.clear();
        relation("replaced", "person/umerov", "person/yermak");
        Scores right = score(List.of(UMEROV, YERMAK), List.of(rel("replaced", "rustem_umerov", "andriy_yermak")));
        assertEquals(new Counts(1, 0, 0), right.relations());
    }

    @Test
    void contestedWithAClaimantIsScoredInItsOneArgumentForm() {
        entity("place/pokrovsk", "Place", "Pokrovsk");
        entity("place/russia", "Place", "Russia");
        entity("place/vovchansk", "Place", "Vovchansk");
        relation("contested", "place/pokrovsk", "place/russia");
        relation("contested", "place/pokrovsk", null);
        // The gold has only the optional two-argument form for Vovchansk: its reduction is optional too.
        relation("contested", "place/vovchansk", "place/russia");
        Scores s = score(List.of(POKROVSK, RUSSIA, gold("vovchansk", "Place", "Vovchansk", "Vovchansk")),
                List.of(rel("contested", "pokrovsk"), optionalRel("contested", "pokrovsk", "russia"),
                        optionalRel("contested", "vovchansk", "russia")));
        assertEquals(new Counts(1, 0, 0), s.relations());
        assertEquals(new Counts(1, 0, 0), s.relationsByType().get("contested"));
    }

    @Test
    void anOptionalGoldRelationIsNeitherRewardedNorPenalised() {
        entity("person/putin", "Person", "Putin");
        entity("person/witkoff", "Person", "Witkoff");
        entity("person/ushakov", "Person", "Yuri Ushakov");
        relation("met", "person/ushakov", "person/witkoff");
        Scores s = score(List.of(WITKOFF, PUTIN, gold("yuri_ushakov", "Person", "Yuri Ushakov", "Yuri Ushakov")),
                List.of(optionalRel("met", "yuri_ushakov", "steve_witkoff"),
                        optionalRel("met", "yuri_ushakov", "vladimir_putin")));
        assertEquals(new Counts(0, 0, 0), s.relations());
        assertTrue(s.mistakes().isEmpty(), s.mistakes().toString());
    }

    @Test
    void aRelationOnAnUnmatchedEntityMatchesNothing() {
        entity("person/putin", "Person", "Putin");
        entity("person/witkoff", "Place", "Witkoff");
        relation("met", "person/putin", "person/witkoff");
        Scores s = score(List.of(WITKOFF, PUTIN), List.of(rel("met", "steve_witkoff", "vladimir_putin")));
        assertEquals(new Counts(0, 1, 1), s.relations());
        assertEquals(List.of("FP entity Place [Witkoff]", "FN entity Person [Steve Witkoff, Witkoff]",
                "FP relation met [Witkoff, Putin]", "FN relation met [Steve Witkoff, Vladimir Putin]"), mistakes(s));
    }

    @Test
    void aGoldArgumentNamingNoEntityIsAWarningNamingTheFile() {
        entity("place/kupiansk", "Place", "Kupyans");
        relation("contested", "place/kupiansk", null);
        Scores s = score(List.of(gold("kupyans", "Place", "Kupyans", "Kupyans")),
                List.of(rel("contested", "kupiansk")));
        assertEquals(new Counts(0, 1, 0), s.relations());
        assertEquals(List.of("a.txt.gold.json: relation contested [kupiansk] names 'kupiansk', no entity of this file;"
                + " not scored"), s.warnings());
    }

    @Test
    void aGoldDocumentMissingFromTheStoreCountsItsRequiredGoldAsFalseNegatives() {
        entities.add(new EntityRow("other.txt", ID + "person/putin", "https://schema.org/Person", "Putin"));
        Scores s = score(List.of(PUTIN, WITKOFF, optionalGold("reuters", "Organization", "Reuters", "Reuters")),
                List.of(rel("met", "steve_witkoff", "vladimir_putin")));
        assertEquals(1, s.articles());
        assertEquals(new Counts(0, 0, 2), s.entities());
        assertEquals(new Counts(0, 0, 1), s.relations());
        assertEquals(List.of(DOC), s.missingDocuments());
        assertEquals(List.of("other.txt"), s.unscoredDocuments());
    }

    @Test
    void countsAreMicroAveragedOverArticles() {
        entities.add(new EntityRow("one.txt", ID + "person/putin", "https://schema.org/Person", "Putin"));
        entities.add(new EntityRow("two.txt", ID + "person/putin", "https://schema.org/Person", "Putin"));
        entities.add(new EntityRow("two.txt", ID + "place/kyiv", "https://schema.org/Place", "Kyiv"));
        Scores s = scorer.score(entities, relations, List.of(
                new GoldDocument("one.txt", List.of(PUTIN, RUSSIA), List.of()),
                new GoldDocument("two.txt", List.of(PUTIN), List.of())));
        assertEquals(2, s.articles());
        assertEquals(new Counts(2, 1, 1), s.entities());
        assertEquals(List.of("one.txt", "two.txt"), s.mistakes().stream().map(Mistake::document).toList());
    }
}
