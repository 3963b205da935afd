package org.newsgraph.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link Scorer} finds: counts micro-averaged over all scored articles, overall and per type, every false
 * positive and false negative, and what the scorer had to report about its input.
 *
 * @param articles           the number of gold documents scored
 * @param entitiesByType     entity counts per type local name, in name order ({@code Person}, {@code Place}, {@code Organization})
 * @param relationsByType    relation counts per relation type, in name order ({@code met}, {@code replaced}, {@code contested})
 * @param mistakes           every false positive and false negative, by article
 * @param missingDocuments   gold documents of which the store holds no entity and no relation
 * @param unscoredDocuments  stored documents that have no gold file, so were not scored
 * @param warnings           problems of the gold files (one line each, naming the file), which were worked around
 */
public record Scores(int articles, Map<String, Counts> entitiesByType, Map<String, Counts> relationsByType,
        List<Mistake> mistakes, List<String> missingDocuments, List<String> unscoredDocuments, List<String> warnings) {

    public Scores {
        entitiesByType = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entitiesByType));
        relationsByType = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(relationsByType));
        mistakes = List.copyOf(mistakes);
        missingDocuments = List.copyOf(missingDocuments);
        unscoredDocuments = List.copyOf(unscoredDocuments);
        warnings = List.copyOf(warnings);
    }

    /** Entity counts over all types. */
    public Counts entities() {
        return sum(entitiesByType);
    }

    /** Relation counts over all types. */
    public Counts relations() {
        return sum(relationsByType);
    }

    private static Counts sum(Map<String, Counts> byType) {
        return byType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
