package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.newsgraph.gold.GoldDocument;
import org.newsgraph.gold.GoldReader;
import org.newsgraph.nlp.NameKey;

/**
 * Scores system output against gold annotations, exactly as the "Scoring" section of the evaluation guidelines
 * ({@code ../shared/eval/GUIDELINES.md}) says. Stateless and thread-safe; it knows nothing of RDF: the system side
 * arrives as the rows of the two evaluation queries.
 *
 * <p>Per article, system entities (one per entity IRI, with every type and label the rows give it) and gold entities
 * are matched one to one. A system entity can match a gold entity when one of its types is one of the gold types and
 * one of its labels, under {@link NameKey#of}, equals the gold name or one of the gold mentions under the same
 * normalisation. The matching is a maximum bipartite matching, computed first over the non-optional gold entities (so
 * the optional ones can never take a match away from them) and then extended to the optional ones; system entities
 * are tried in IRI order and gold entities in file order, so the result is deterministic.
 *
 * <p>Relations are matched through that matching: each argument IRI becomes the id of the gold entity its entity
 * matched, and an argument whose entity matched nothing cannot match any gold relation. {@code met} arguments are
 * unordered, {@code replaced} arguments ordered [successor, predecessor]. {@code contested} is scored in its
 * one-argument form, as the guidelines say: a system row with a claimant is reduced to its place, and a gold
 * two-argument {@code contested} (optional by the guidelines) counts as an optional one-argument relation on its
 * place. Duplicates after mapping count once, on both sides.
 */
public final class Scorer {

    public static final String MET = "met";
    public static final String REPLACED = "replaced";
    public static final String CONTESTED = "contested";

    /** The types always reported, even with no counts. */
    private static final List<String> ENTITY_TYPES = List.of("Organization", "Person", "Place");
    private static final List<String> RELATION_TYPES = List.of(CONTESTED, MET, REPLACED);

    /** Prefix of an argument that stayed an IRI because its entity matched no gold entity; no gold id starts so. */
    private static final String UNMATCHED = "<";

    /**
     * Scores the system rows of the documents that have a gold annotation; rows of other documents are left out and
     * named in {@link Scores#unscoredDocuments()}.
     */
    public Scores score(Collection<EntityRow> entities, Collection<RelationRow> relations, List<GoldDocument> gold) {
        return score(new SystemOutput(List.copyOf(entities), List.copyOf(relations)), gold);
    }

    /**
     * Scores the rows of {@code system} as {@link #score(Collection, Collection, List)} does; the stored documents
     * left out are those of {@link SystemOutput#documents()} without a gold annotation.
     */
    public Scores score(SystemOutput system, List<GoldDocument> gold) {
        List<EntityRow> entities = system.entities();
        List<RelationRow> relations = system.relations();
        Map<String, List<EntityRow>> entitiesByDoc = byDocument(entities, EntityRow::document);
        Map<String, List<RelationRow>> relationsByDoc = byDocument(relations, RelationRow::document);
        Tally tally = new Tally();
        Set<String> scored = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (GoldDocument g : gold) {
            if (!scored.add(g.document())) {
                tally.warnings.add(fileOf(g) + ": a second gold annotation of " + g.document() + "; not scored");
                continue;
            }
            List<EntityRow> e = entitiesByDoc.getOrDefault(g.document(), List.of());
            List<RelationRow> r = relationsByDoc.getOrDefault(g.document(), List.of());
            if (e.isEmpty() && r.isEmpty()) {
                missing.add(g.document());
            }
            new DocumentScorer(g, e, r, tally).score();
        }
        SortedSet<String> unscored = new TreeSet<>(system.documents());
        unscored.removeAll(scored);
        return new Scores(scored.size(), tally.entities, tally.relations, tally.mistakes, missing,
                List.copyOf(unscored), tally.warnings);
    }

    private static <R> Map<String, List<R>> byDocument(Collection<R> rows, Function<R, String> document) {
        Map<String, List<R>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(document.apply(r), d -> new ArrayList<>()).add(r));
        return out;
    }

    private static String fileOf(GoldDocument g) {
        return g.document() + GoldReader.SUFFIX;
    }

    /** The accumulators of one run over all documents. */
    private static final class Tally {
        final Map<String, Counts> entities = new TreeMap<>();
        final Map<String, Counts> relations = new TreeMap<>();
        final List<Mistake> mistakes = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        Tally() {
            ENTITY_TYPES.forEach(t -> entities.put(t, Counts.ZERO));
            RELATION_TYPES.forEach(t -> relations.put(t, Counts.ZERO));
        }

        void count(Map<String, Counts> byType, String type, Counts c) {
            byType.merge(type, c, Counts::plus);
        }
    }

    /** One system entity of one article: its IRI and every type and name the rows give it there. */
    private record SystemEntity(String iri, SortedSet<String> types, SortedSet<String> labels, Set<String> keys) {

        /** The name shown in error lists: the longest label, the first in order among equally long ones. */
        String displayName() {
            return labels.stream().max(Comparator.comparingInt(String::length)
                    .thenComparing(Comparator.<String>naturalOrder().reversed())).orElse(iri);
        }
    }

    /** A relation with its arguments as gold ids (or unmatched IRIs), in the form in which it is compared. */
    private record RelationKey(String type, List<String> args) {

        static RelationKey of(String type, List<String> args) {
            return switch (type) {
                case MET -> new RelationKey(type, args.stream().sorted().toList());
                case CONTESTED -> new RelationKey(type, List.copyOf(args.subList(0, 1)));
                default -> new RelationKey(type, List.copyOf(args));
            };
        }
    }

    /** Scores one article into the tally. */
    private static final class DocumentScorer {
        private final GoldDocument gold;
        private final List<RelationRow> relationRows;
        private final Tally tally;
        private final List<SystemEntity> system;
        private final List<GoldDocument.Entity> goldEntities;
        private final boolean[][] compatible;

        DocumentScorer(GoldDocument gold, List<EntityRow> entityRows, List<RelationRow> relationRows, Tally tally) {
            this.gold = gold;
            this.relationRows = relationRows;
            this.tally = tally;
            this.system = systemEntities(entityRows);
            this.goldEntities = gold.entities();
            this.compatible = new boolean[system.size()][goldEntities.size()];
            for (int g = 0; g < goldEntities.size(); g++) {
                GoldDocument.Entity ge = goldEntities.get(g);
                Set<String> keys = keys(ge);
                for (int s = 0; s < system.size(); s++) {
                    SystemEntity se = system.get(s);
                    compatible[s][g] = ge.types().stream().anyMatch(se.types()::contains)
                            && se.keys().stream().anyMatch(keys::contains);
                }
            }
        }

        void score() {
            int[] goldOf = match();
            Map<String, SystemEntity> matchedByGoldId = new HashMap<>();
            for (int s = 0; s < system.size(); s++) {
                if (goldOf[s] >= 0) {
                    matchedByGoldId.put(goldEntities.get(goldOf[s]).id(), system.get(s));
                }
            }
            scoreEntities(goldOf);
            scoreRelations(matchedByGoldId);
        }

        private static List<SystemEntity> systemEntities(List<EntityRow> rows) {
            Map<String, SystemEntity> byIri = new TreeMap<>();
            for (EntityRow r : rows) {
                SystemEntity e = byIri.computeIfAbsent(r.entity(),
                        iri -> new SystemEntity(iri, new TreeSet<>(), new TreeSet<>(), new HashSet<>()));
                e.types().add(r.typeName());
                e.labels().add(r.label());
                String key = NameKey.of(r.label());
                if (!key.isEmpty()) {
                    e.keys().add(key);
                }
            }
            return List.copyOf(byIri.values());
        }

        private static Set<String> keys(GoldDocument.Entity e) {
            Set<String> keys = new HashSet<>();
            keys.add(NameKey.of(e.name()));
            e.mentions().forEach(m -> keys.add(NameKey.of(m)));
            keys.remove("");
            return keys;
        }

        /** For each system entity, the index of the gold entity it is matched to, or -1. */
        private int[] match() {
            int[] goldOf = new int[system.size()];
            int[] systemOf = new int[goldEntities.size()];
            Arrays.fill(goldOf, -1);
            Arrays.fill(systemOf, -1);
            // First the non-optional gold entities alone, so that the number of them matched is the maximum; then
            // augmenting paths may add optional ones, which never unmatches a gold entity already matched.
            for (boolean withOptional : new boolean[] {false, true}) {
                for (int s = 0; s < system.size(); s++) {
                    if (goldOf[s] < 0) {
                        augment(s, withOptional, goldOf, systemOf, new boolean[goldEntities.size()]);
                    }
                }
            }
            return goldOf;
        }

        /** Kuhn's augmenting path search from system entity {@code s}. */
        private boolean augment(int s, boolean withOptional, int[] goldOf, int[] systemOf, boolean[] visited) {
            for (int g = 0; g < goldEntities.size(); g++) {
                if (!compatible[s][g] || visited[g] || !withOptional && goldEntities.get(g).optional()) {
                    continue;
                }
                visited[g] = true;
                if (systemOf[g] < 0 || augment(systemOf[g], withOptional, goldOf, systemOf, visited)) {
                    goldOf[s] = g;
                    systemOf[g] = s;
                    return true;
                }
            }
            return false;
        }

        private void scoreEntities(int[] goldOf) {
            boolean[] matched = new boolean[goldEntities.size()];
            for (int s = 0; s < system.size(); s++) {
                SystemEntity se = system.get(s);
                if (goldOf[s] >= 0) {
                    matched[goldOf[s]] = true;
                    GoldDocument.Entity ge = goldEntities.get(goldOf[s]);
                    if (!ge.optional()) {
                        // A true positive counts for the system's type, the one of its types the gold accepts.
                        String type = se.types().stream().filter(ge.types()::contains).findFirst().orElseThrow();
                        tally.count(tally.entities, type, new Counts(1, 0, 0));
                    }
                    // A system entity matched to an optional gold entity is neither rewarded nor penalised.
                } else if (!matchesOptional(s)) {
                    tally.count(tally.entities, se.types().first(), new Counts(0, 1, 0));
                    tally.mistakes.add(new Mistake(gold.document(), Mistake.Kind.FALSE_POSITIVE, Mistake.Item.ENTITY,
                            se.types().first(), List.copyOf(se.labels())));
                }
            }
            for (int g = 0; g < goldEntities.size(); g++) {
                GoldDocument.Entity ge = goldEntities.get(g);
                // An optional gold entity left unmatched is no false negative: neither rewarded nor penalised.
                if (!matched[g] && !ge.optional()) {
                    String type = ge.types().isEmpty() ? "(no type)" : ge.types().get(0);
                    if (ge.types().isEmpty()) {
                        tally.warnings.add(fileOf(gold) + ": entity '" + ge.id() + "' has no type");
                    }
                    tally.count(tally.entities, type, new Counts(0, 0, 1));
                    Set<String> names = new LinkedHashSet<>();
                    names.add(ge.name());
                    names.addAll(ge.mentions());
                    tally.mistakes.add(new Mistake(gold.document(), Mistake.Kind.FALSE_NEGATIVE, Mistake.Item.ENTITY,
                            type, List.copyOf(names)));
                }
            }
        }

        private boolean matchesOptional(int s) {
            for (int g = 0; g < goldEntities.size(); g++) {
                if (compatible[s][g] && goldEntities.get(g).optional()) {
                    return true;
                }
            }
            return false;
        }

        private void scoreRelations(Map<String, SystemEntity> matchedByGoldId) {
            Map<String, GoldDocument.Entity> goldById = new HashMap<>();
            goldEntities.forEach(e -> goldById.putIfAbsent(e.id(), e));
            Set<RelationKey> required = new LinkedHashSet<>();
            Set<RelationKey> optional = new LinkedHashSet<>();
            for (GoldDocument.Relation r : gold.relations()) {
                String problem = problem(r, goldById);
                if (problem != null) {
                    tally.warnings.add(fileOf(gold) + ": relation " + r.type() + " " + r.args() + " " + problem
                            + "; not scored");
                    continue;
                }
                boolean isOptional = r.optional() || CONTESTED.equals(r.type()) && r.args().size() > 1;
                (isOptional ? optional : required).add(RelationKey.of(r.type(), r.args()));
            }
            optional.removeAll(required);

            Map<String, String> goldIdOf = new HashMap<>();
            matchedByGoldId.forEach((id, e) -> goldIdOf.put(e.iri(), id));
            Map<String, SystemEntity> systemByIri = new HashMap<>();
            system.forEach(e -> systemByIri.put(e.iri(), e));
            Set<RelationKey> found = new LinkedHashSet<>();
            for (RelationRow row : sorted(relationRows)) {
                List<String> args = new ArrayList<>();
                args.add(row.subject());
                if (row.object() != null) {
                    args.add(row.object());
                }
                found.add(RelationKey.of(row.relation(),
                        args.stream().map(iri -> goldIdOf.getOrDefault(iri, UNMATCHED + iri)).toList()));
            }
            for (RelationKey k : found) {
                if (required.contains(k)) {
                    tally.count(tally.relations, k.type(), new Counts(1, 0, 0));
                } else if (!optional.contains(k)) {
                    // A system relation matching an optional gold relation is ignored; any other is a false positive.
                    tally.count(tally.relations, k.type(), new Counts(0, 1, 0));
                    List<String> names = k.args().stream().map(a -> a.startsWith(UNMATCHED)
                            ? systemName(a.substring(UNMATCHED.length()), systemByIri)
                            : matchedByGoldId.get(a).displayName()).toList();
                    tally.mistakes.add(new Mistake(gold.document(), Mistake.Kind.FALSE_POSITIVE,
                            Mistake.Item.RELATION, k.type(), names));
                }
            }
            for (RelationKey k : required) {
                if (!found.contains(k)) {
                    tally.count(tally.relations, k.type(), new Counts(0, 0, 1));
                    tally.mistakes.add(new Mistake(gold.document(), Mistake.Kind.FALSE_NEGATIVE,
                            Mistake.Item.RELATION, k.type(), k.args().stream().map(a -> goldById.get(a).name()).toList()));
                }
            }
        }

        /** Why a gold relation cannot be scored (an annotation mistake), or null. */
        private static String problem(GoldDocument.Relation r, Map<String, GoldDocument.Entity> goldById) {
            for (String a : r.args()) {
                if (!goldById.containsKey(a)) {
                    return "names '" + a + "', no entity of this file";
                }
            }
            int n = r.args().size();
            boolean arity = switch (r.type()) {
                case MET, REPLACED -> n == 2;
                case CONTESTED -> n == 1 || n == 2;
                default -> n >= 1;
            };
            return arity ? null : "has " + n + " argument(s), which a " + r.type() + " relation cannot have";
        }

        private static List<RelationRow> sorted(List<RelationRow> rows) {
            return rows.stream().sorted(Comparator.comparing(RelationRow::relation).thenComparing(RelationRow::subject)
                    .thenComparing(RelationRow::object, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        }

        /** The name of a system entity by IRI; the IRI's last segment when the article gives the entity no name. */
        private static String systemName(String iri, Map<String, SystemEntity> systemByIri) {
            SystemEntity e = systemByIri.get(iri);
            return e != null ? e.displayName() : iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
        }
    }
}
