package org.newsgraph.gold;

import java.util.List;

/** The gold annotation of one article, as in {@code ../shared/eval/GUIDELINES.md}. */
public record GoldDocument(String document, List<Entity> entities, List<Relation> relations) {

    public GoldDocument {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** A gold entity: id, accepted types (schema.org local names), fullest name, every surface form. */
    public record Entity(String id, List<String> types, String name, List<String> mentions, boolean optional) {
        public Entity {
            types = List.copyOf(types);
            mentions = List.copyOf(mentions);
        }
    }

    /** A gold relation: {@code met}, {@code replaced} or {@code contested} and its entity ids. */
    public record Relation(String type, List<String> args, boolean optional) {
        public Relation {
            args = List.copyOf(args);
        }
    }
}
