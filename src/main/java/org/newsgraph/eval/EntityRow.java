package org.newsgraph.eval;

import java.util.Objects;

/**
 * One row of {@code queries/eval/entities-by-document.rq}: one name of one system entity in one article.
 *
 * @param document the article's file name ({@code ?doc})
 * @param entity   the entity's IRI ({@code ?entity})
 * @param type     its class IRI or the class's local name ({@code ?type}); only the local name is compared
 * @param label    one of its names ({@code ?label})
 */
public record EntityRow(String document, String entity, String type, String label) {
    public EntityRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
    }

    /** The local name of the type ({@code Person} for {@code https://schema.org/Person}). */
    public String typeName() {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf('#'));
        return type.substring(cut + 1);
    }
}
