package org.newsgraph.relate;

import java.util.Objects;

/**
 * A fact extracted from one sentence of one article: its type, subject and object entity ids (object may be null for
 * a contested place with no named claimant), the sentence it came from, the cue that triggered it, and a confidence in
 * [0, 1]. For {@code met} the two ids are in sorted order; for {@code replaced} the subject is the successor.
 */
public record Relation(RelationType type, String subject, String object, int sentence, String evidence, String cue,
                       double confidence) {
    public Relation {
        Objects.requireNonNull(type);
        Objects.requireNonNull(subject);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
