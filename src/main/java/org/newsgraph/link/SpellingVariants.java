package org.newsgraph.link;

import org.newsgraph.nlp.NameKey;

/**
 * The rule that decides whether two names of the same type are spellings of one name (Hrytsenko / Hrytsenkoo,
 * Mykolaivka / Mykolayivka): after {@link NameKey} normalisation and folding of the letters that transliterations of one
 * sound differ by (i, y, j; doubled letters), the names are equal and at least {@value #MIN_LENGTH} letters long, or
 * at most one edit apart (Damerau-Levenshtein) and at least {@value #MIN_EDIT_LENGTH} letters long. Short distinct
 * names that differ by one letter (Iran, Iraq; Martin, Marvin) stay apart.
 */
public final class SpellingVariants {

    /** Names shorter than this are never merged as variants. */
    public static final int MIN_LENGTH = 5;
    /** Names shorter than this are merged only when their folded forms are equal. */
    public static final int MIN_EDIT_LENGTH = 8;

    private SpellingVariants() {}

    public static boolean areVariants(String a, String b) {
        String ka = NameKey.of(a);
        String kb = NameKey.of(b);
        if (ka.equals(kb)) {
            return true;
        }
        if (ka.length() < MIN_LENGTH || kb.length() < MIN_LENGTH || ka.charAt(0) != kb.charAt(0)) {
            return false;
        }
        String fa = fold(ka);
        String fb = fold(kb);
        return fa.equals(fb)
                || fa.length() >= MIN_EDIT_LENGTH && fb.length() >= MIN_EDIT_LENGTH && distance(fa, fb) <= 1;
    }

    /**
     * Keys under which every spelling variant of {@code key} files at least one key in common with it: the folded form,
     * and (for names long enough for an edit) the folded form with each one letter deleted (symmetric-delete
     * blocking: two strings one edit apart share a one-deletion form). Lets a registry find variant candidates without
     * comparing a name with every entity.
     */
    public static java.util.Set<String> blockingKeys(String key) {
        String folded = fold(NameKey.of(key));
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(folded);
        if (folded.length() >= MIN_EDIT_LENGTH - 1) {
            for (int i = 0; i < folded.length(); i++) {
                keys.add(folded.substring(0, i) + folded.substring(i + 1));
            }
        }
        return keys;
    }

    /** Folds transliteration variants of one sound: i and j to y, then doubled letters to one (iy, yy to y). */
    static String fold(String key) {
        String s = key.replace('j', 'y').replace('i', 'y');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
