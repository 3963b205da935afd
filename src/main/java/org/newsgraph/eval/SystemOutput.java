package org.newsgraph.eval;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the system put in the store, as the rows of the two evaluation queries.
 *
 * @param entities  rows of {@code eval/entities-by-document.rq}
 * @param relations rows of {@code eval/relations-by-document.rq}
 * @param documents every stored document the rows were read from or could have been: when only some documents were
 *                  read, the others too, so that the scores can name the stored documents they left out
 */
public record SystemOutput(List<EntityRow> entities, List<RelationRow> relations, SortedSet<String> documents) {
    public SystemOutput {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        SortedSet<String> all = new TreeSet<>(documents);
        entities.forEach(e -> all.add(e.document()));
        relations.forEach(r -> all.add(r.document()));
        documents = Collections.unmodifiableSortedSet(all);
    }

    /** The rows of every document, which are then all the documents there are. */
    public SystemOutput(List<EntityRow> entities, List<RelationRow> relations) {
        this(entities, relations, new TreeSet<>());
    }
}
