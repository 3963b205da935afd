package org.newsgraph.eval;

import java.util.List;

/** What the system put in the store, as the rows of the two evaluation queries. */
public record SystemOutput(List<EntityRow> entities, List<RelationRow> relations) {
    public SystemOutput {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
