package org.newsgraph.pipeline;

import java.util.OptionalInt;

/**
 * When a build commits its open write transaction: after a fixed number of articles, or ({@link #GROWING}) once the
 * transaction holds as many articles as the store held when it began.
 * <p>
 * Why growing batches: TDB2 never changes a block of a committed index in place. The first write of a transaction
 * to a block copies it, and a batch of articles touches nearly every block of the indexes that do not lead with the
 * graph. A commit therefore costs about as much as the store is large, and fixed batches make a bulk build
 * quadratic in time and in disk. A batch as large as the store makes the number of commits grow with the logarithm
 * of the corpus and their cost with the corpus itself. The price: a kill loses up to half of what the build wrote.
 */
public final class CommitBatch {

    /** A transaction for each article. */
    public static final CommitBatch ONE = new CommitBatch(1);

    /** A transaction that commits once it holds as many articles as the store held when it began (at least one). */
    public static final CommitBatch GROWING = new CommitBatch(0);

    /** The word that selects {@link #GROWING} on the command line. */
    public static final String GROWING_NAME = "auto";

    private final int articles;

    private CommitBatch(int articles) {
        this.articles = articles;
    }

    /** A transaction every {@code articles} articles. */
    public static CommitBatch of(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("the commit batch must be at least 1 article, not " + articles);
        }
        return articles == 1 ? ONE : new CommitBatch(articles);
    }

    /** {@code auto} or a number of articles, as the command line gives it. */
    public static CommitBatch parse(String text) {
        if (GROWING_NAME.equals(text)) {
            return GROWING;
        }
        try {
            return of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the commit batch is a number of articles or '" + GROWING_NAME
                    + "', not '" + text + "'");
        }
    }

    /** Whether a transaction holding {@code inBatch} articles, begun on a store of {@code stored}, commits now. */
    public boolean full(int inBatch, long stored) {
        return inBatch >= limit(stored);
    }

    /**
     * How many more articles a transaction holding {@code inBatch} articles, begun on a store of {@code stored}, takes
     * until it commits, the one that fills it included: at least 1.
     */
    public long remaining(int inBatch, long stored) {
        return Math.max(1, limit(stored) - inBatch);
    }

    /** The articles a transaction begun on a store of {@code stored} commits at. */
    private long limit(long stored) {
        return articles > 0 ? articles : Math.max(1, stored);
    }

    /** The articles of a fixed batch; empty for {@link #GROWING}. */
    public OptionalInt fixedArticles() {
        return articles > 0 ? OptionalInt.of(articles) : OptionalInt.empty();
    }

    /** In words, for reports: "one article each", "1000 articles each", "growing with the store". */
    public String describe() {
        return articles == 1 ? "one article each" : articles > 1 ? articles + " articles each"
                : "growing with the store";
    }

    /** As {@link #parse} reads it. */
    @Override
    public String toString() {
        return articles > 0 ? Integer.toString(articles) : GROWING_NAME;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommitBatch c && c.articles == articles;
    }

    @Override
    public int hashCode() {
        return articles;
    }
}
