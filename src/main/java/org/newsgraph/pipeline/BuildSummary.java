package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.newsgraph.ingest.Skipped;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.relate.RelationType;

/** What a build did: articles read and skipped (with reasons), entities and relations by type, quads, time taken. */
public record BuildSummary(int articlesRead, List<Skipped> skipped, Map<EntityType, Integer> entities,
                           Map<RelationType, Integer> relations, long quads, Duration elapsed) {

    public BuildSummary {
        skipped = List.copyOf(skipped);
        entities = Map.copyOf(entities);
        relations = Map.copyOf(relations);
    }

    /** The summary as a user reads it, several lines. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Articles: %d read, %d skipped%n", articlesRead, skipped.size()));
        for (Skipped s : skipped) {
            b.append("  skipped ").append(s).append(System.lineSeparator());
        }
        b.append("Entities:");
        for (EntityType t : EntityType.values()) {
            b.append(String.format(" %s %d", t.schemaName(), entities.getOrDefault(t, 0)));
        }
        b.append(System.lineSeparator()).append("Relations:");
        for (RelationType t : RelationType.values()) {
            b.append(String.format(" %s %d", t.label(), relations.getOrDefault(t, 0)));
        }
        b.append(System.lineSeparator());
        b.append(String.format("Triples: %d%nTime: %.1f s%n", quads, elapsed.toMillis() / 1000.0));
        return b.toString();
    }
}
