package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommitBatchTest {

    /** The sizes of the batches a build of {@code articles} articles into an empty store commits. */
    private static List<Integer> batches(CommitBatch policy, int articles) {
        List<Integer> sizes = new ArrayList<>();
        long stored = 0;
        int inBatch = 0;
        for (int i = 0; i < articles; i++) {
            if (policy.full(++inBatch, stored)) {
                sizes.add(inBatch);
                stored += inBatch;
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            sizes.add(inBatch);
        }
        return sizes;
    }

    @Test
    void growingBatchesDoubleTheStoreSoCommitsAreFew() {
        assertEquals(List.of(1, 1, 2, 4, 8, 16, 32, 36), batches(CommitBatch.GROWING, 100));
        assertEquals(18, batches(CommitBatch.GROWING, 100_000).size(), "commits grow with the log of the corpus");
        assertFalse(CommitBatch.GROWING.full(4_999, 5_000), "a store of 5,000 articles takes 5,000 more in one go");
        assertTrue(CommitBatch.GROWING.full(5_000, 5_000));
    }

    @Test
    void fixedBatchesCommitEveryNArticles() {
        assertEquals(List.of(40, 40, 20), batches(CommitBatch.of(40), 100));
        assertEquals(List.of(1, 1, 1), batches(CommitBatch.ONE, 3));
        assertFalse(CommitBatch.of(40).full(39, 0));
        assertTrue(CommitBatch.of(40).full(40, 1_000_000), "the store's size does not matter");
    }

    /** What {@link CommitBatch#remaining} says is the first number of further articles that {@code full} commits at. */
    @Test
    void remainingCountsTheArticlesUntilTheCommit() {
        for (CommitBatch policy : List.of(CommitBatch.ONE, CommitBatch.of(7), CommitBatch.GROWING)) {
            for (long stored : new long[] {0, 1, 5, 64}) {
                int limit = policy.fixedArticles().orElse((int) Math.max(1, stored));
                for (int inBatch = 0; inBatch < limit; inBatch++) {
                    long k = policy.remaining(inBatch, stored);
                    assertTrue(policy.full(inBatch + (int) k, stored), policy + " " + stored + " " + inBatch);
                    assertFalse(k > 1 && policy.full(inBatch + (int) k - 1, stored), policy + " commits sooner");
                }
            }
        }
        assertEquals(3, CommitBatch.GROWING.remaining(61, 64));
        assertEquals(1, CommitBatch.GROWING.remaining(0, 0), "an empty store commits its first article alone");
    }

    @Test
    void parsesWhatTheCommandLineGivesAndSaysWhatIsWrong() {
        assertEquals(CommitBatch.GROWING, CommitBatch.parse("auto"));
        assertEquals(CommitBatch.of(1000), CommitBatch.parse("1000"));
        assertEquals(CommitBatch.ONE, CommitBatch.parse("1"));
        assertEquals("auto", CommitBatch.GROWING.toString());
        assertEquals("1000", CommitBatch.of(1000).toString());
        assertEquals("growing with the store", CommitBatch.GROWING.describe());
        assertEquals("one article each", CommitBatch.ONE.describe());
        assertEquals("1000 articles each", CommitBatch.of(1000).describe());
        assertEquals("the commit batch is a number of articles or 'auto', not 'lots'",
                assertThrows(IllegalArgumentException.class, () -> CommitBatch.parse("lots")).getMessage());
        assertEquals("the commit batch must be at least 1 article, not 0",
                assertThrows(IllegalArgumentException.class, () -> CommitBatch.parse("0")).getMessage());
    }
}
