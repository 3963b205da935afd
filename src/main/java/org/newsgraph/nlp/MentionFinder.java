package org.newsgraph.nlp;

import java.util.List;

/**
 * Finds name candidates in one sentence. The sentences of an article are given in order, after {@link #startArticle()}.
 * Implementations may keep per-article state and OpenNLP decoders, so they are not thread-safe: one per thread.
 */
public interface MentionFinder {

    /** The candidates of one sentence, in any order; they may overlap. */
    List<NameSpan> find(Sentence sentence);

    /** Forgets what was learnt from the previous article (adaptive features). */
    default void startArticle() {}
}
