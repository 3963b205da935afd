package org.newsgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.Mention;

/** An analysed article whose every mention is linked to its entity: {@code entities().get(i)} is mention i's. */
public record LinkedArticle(AnalyzedArticle analyzed, List<Entity> entities, Map<Mention, Entity> byMention) {
    public LinkedArticle {
        entities = List.copyOf(entities);
        if (entities.size() != analyzed.mentions().size()) {
            throw new IllegalArgumentException("one entity per mention");
        }
        byMention = Map.copyOf(byMention);
    }

    public LinkedArticle(AnalyzedArticle analyzed, List<Entity> entities) {
        this(analyzed, entities, index(analyzed.mentions(), entities));
    }

    private static Map<Mention, Entity> index(List<Mention> mentions, List<Entity> entities) {
        Map<Mention, Entity> map = new HashMap<>();
        for (int i = 0; i < mentions.size() && i < entities.size(); i++) {
            map.put(mentions.get(i), entities.get(i));
        }
        return map;
    }

    public Entity entityOf(Mention m) {
        return byMention.get(m);
    }
}
