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
        // The gazetteer looks up every capitalised run of words, mostly plain ASCII: those take a path that gives the
        // same key without the Unicode normaliser and four regular expressions.
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return ofUnicode(name);
            }
        }
        return ofAscii(name);
    }

    /** The definition of the key, for any text. */
    static String ofUnicode(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ").strip();
        return LEADING_THE.matcher(s).replaceFirst("");
    }

    /**
     * {@link #ofUnicode} for ASCII text, where decomposition and marks do nothing, the letters and digits are
     * [A-Za-z0-9] and the apostrophes are ['`.].
     */
    static String ofAscii(String name) {
        char[] key = new char[name.length()];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                // A run of other characters between two words becomes one space; at either end it goes (strip).
                if (gap && length > 0) {
                    key[length++] = ' ';
                }
                gap = false;
                key[length++] = c;
            } else if (c != '\'' && c != '`' && c != '.') {
                gap = true;
            }
        }
        String s = new String(key, 0, length);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
