package org.newsgraph.nlp;

import java.util.Locale;

/** The three kinds of named entity Newsgraph finds, with the type names used by OpenNLP and by schema.org. */
public enum EntityType {
    PERSON("person", "Person"),
    PLACE("place", "Place"),
    ORGANIZATION("organization", "Organization");

    private final String nerType;
    private final String schemaName;

    EntityType(String nerType, String schemaName) {
        this.nerType = nerType;
        this.schemaName = schemaName;
    }

    /** The type name in OpenNLP training data ({@code <START:person>}). */
    public String nerType() {
        return nerType;
    }

    /** The local name of the schema.org class ({@code Person}). */
    public String schemaName() {
        return schemaName;
    }

    /** Parses an OpenNLP or schema.org type name, case-insensitively. */
    public static EntityType parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (EntityType t : values()) {
            if (t.nerType.equals(n)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not an entity type: " + name);
    }
}
