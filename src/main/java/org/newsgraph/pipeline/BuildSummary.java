package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.newsgraph.ingest.Skipped;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.relate.RelationType;

/**
 * What a build did: articles written, unchanged (skipped by content hash), removed (pruned) and skipped (with
 * reasons); the entities of the store by type; the relations found in the written articles by type; quads in the
 * store; time taken.
 */
public record BuildSummary(int articlesRead, int unchanged, int removed, List<Skipped> skipped,
                           Map<EntityType, Integer> entities, Map<RelationType, Integer> relations, long quads,
                           Duration elapsed) {

    public BuildSummary {
        skipped = List.copyOf(skipped);
        entities = Map.copyOf(entities);
        relations = Map.copyOf(relations);
    }

    /** The summary as a user reads it, several lines. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Articles: %d read, %d unchanged, %d removed, %d skipped%n", articlesRead, unchanged,
                removed, skipped.size()));
        for (Skipped s : skipped) {
            b.append("  skipped ").append(s).append(System.lineSeparator());
        }
        b.append("Entities in the store:");
        for (EntityType t : EntityType.values()) {
            b.append(String.format(" %s %d", t.schemaName(), entities.getOrDefault(t, 0)));
        }
        b.append(System.lineSeparator()).append("Relations found:");
        for (RelationType t : RelationType.values()) {
            b.append(String.format(" %s %d", t.label(), relations.getOrDefault(t, 0)));
        }
        b.append(System.lineSeparator());
        double seconds = elapsed.toMillis() / 1000.0;
        b.append(String.format("Triples: %d%nTime: %.1f s (%.1f articles/s)%n", quads, seconds,
                seconds > 0 ? (articlesRead + unchanged) / seconds : 0));
        return b.toString();
    }
}
