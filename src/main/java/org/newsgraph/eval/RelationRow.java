package org.newsgraph.eval;

import java.util.Objects;

/**
 * One row of {@code queries/eval/relations-by-document.rq}: one relation an article reports, between entity IRIs.
 *
 * @param document the article's file name ({@code ?doc})
 * @param relation {@code met}, {@code replaced} or {@code contested} ({@code ?relation})
 * @param subject  the subject entity's IRI; the successor for {@code replaced}, the place for {@code contested}
 * @param object   the object entity's IRI, or {@code null} when unbound (a one-argument {@code contested})
 */
public record RelationRow(String document, String relation, String subject, String object) {
    public RelationRow {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(subject, "subject");
    }
}
