package org.newsgraph.eval;

import java.util.List;

/**
 * One false positive or false negative, as {@code newsgraph eval --errors} lists it.
 *
 * @param document the article's file name
 * @param kind     false positive or false negative
 * @param item     an entity or a relation
 * @param type     the entity type it was counted under, or the relation type
 * @param labels   for an entity its names (the system's labels, or the gold name then its other mentions); for a
 *                 relation the name of each argument in order
 */
public record Mistake(String document, Kind kind, Item item, String type, List<String> labels) {

    public enum Kind { FALSE_POSITIVE, FALSE_NEGATIVE }

    public enum Item { ENTITY, RELATION }

    public Mistake {
        labels = List.copyOf(labels);
    }
}
