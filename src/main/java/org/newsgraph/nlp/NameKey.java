package org.newsgraph.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form under which two names count as the same: case, diacritics, punctuation and a leading "the" removed,
 * white space folded. It is the normalisation of the evaluation guidelines, used for matching everywhere.
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼ.]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");

    private NameKey() {}

    /** The normal form of a name; "The U.K." and "uk" both give "uk". */
    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        return LEADING_THE.matcher(s).replaceFirst("");
    }
}
