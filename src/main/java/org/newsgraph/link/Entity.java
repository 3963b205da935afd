package org.newsgraph.link;

import java.util.Set;

import org.newsgraph.nlp.EntityType;

/**
 * One real-world thing across all articles: a stable id (type and slug, the tail of its IRI), its type, its canonical
 * label and every other name it was seen under.
 */
public record Entity(String id, EntityType type, String label, Set<String> altLabels) {
    public Entity {
        altLabels = Set.copyOf(altLabels);
    }
}
