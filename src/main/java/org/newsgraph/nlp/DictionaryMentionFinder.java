package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds names of the gazetteer (countries and their short forms, regions, organisations, large cities) by longest
 * match over tokens. A match must start with a capital letter or digit; a stop-listed word ("Nice", "Reading") is
 * never matched alone. Stateless and thread-safe.
 */
public final class DictionaryMentionFinder implements MentionFinder {

    private static final int MAX_TOKENS = 6;
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");

    private final Gazetteer gazetteer;

    public DictionaryMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        List<Sentence.Token> tokens = sentence.tokens();
        List<NameSpan> result = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(MAX_TOKENS, tokens.size() - i); n >= 1 && matched == 0; n--) {
                Optional<Gazetteer.Entry> e = match(sentence, i, i + n);
                if (e.isPresent()) {
                    result.add(new NameSpan(i, i + n, e.get().type(), Mention.Finder.DICTIONARY, confidence(e.get())));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return result;
    }

    /** The gazetteer entry that tokens {@code [start, end)} are taken to name, if any. */
    private Optional<Gazetteer.Entry> match(Sentence sentence, int start, int end) {
        String first = sentence.tokens().get(start).text();
        String last = sentence.tokens().get(end - 1).text();
        if (!startsUpper(first) || first.equals("The") || !hasLetterOrDigit(last)) {
            return Optional.empty();
        }
        String text = text(sentence, start, end);
        if (end - start == 1 && gazetteer.isStopword(text)) {
            return Optional.empty();
        }
        return gazetteer.lookup(text).filter(e -> accepts(e, first, text));
    }

    private boolean accepts(Gazetteer.Entry e, String first, String text) {
        if (e.kind() == Gazetteer.Kind.CITY) {
            return e.population() >= Gazetteer.CITY_POPULATION_ON_SIGHT && !gazetteer.isFirstName(first);
        }
        // "uk" is no name, "UK" is a country: short forms count only in capitals.
        String letters = NON_LETTERS.matcher(text).replaceAll("");
        return letters.length() > 3 || letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static boolean hasLetterOrDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(Gazetteer.Entry e) {
        return switch (e.kind()) {
            case COUNTRY, REGION -> 0.95;
            case ORGANIZATION -> 0.9;
            case CITY -> 0.8;
        };
    }

    static boolean startsUpper(String token) {
        int c = token.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    static String text(Sentence sentence, int start, int end) {
        int base = sentence.begin();
        return sentence.text().substring(sentence.tokens().get(start).begin() - base,
                sentence.tokens().get(end - 1).end() - base);
    }
}
