package org.newsgraph.link;

import java.util.List;

import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.Mention;

/** An analysed article whose every mention is linked to its entity: {@code entities().get(i)} is mention i's. */
public record LinkedArticle(AnalyzedArticle analyzed, List<Entity> entities) {
    public LinkedArticle {
        entities = List.copyOf(entities);
        if (entities.size() != analyzed.mentions().size()) {
            throw new IllegalArgumentException("one entity per mention");
        }
    }

    public Entity entityOf(Mention m) {
        return entities.get(analyzed.mentions().indexOf(m));
    }
}
