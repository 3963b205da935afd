package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds names of the gazetteer (countries and their short forms, regions, organisations, large cities) by longest
 * match over tokens. A match must start with a capital letter or digit; a stop-listed word ("Nice", "Reading") is
 * never matched alone. Stateless and thread-safe.
 */
public final class DictionaryMentionFinder implements MentionFinder {

    private static final int MAX_TOKENS = 6;

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
                if (accepts(sentence, i, i + n)) {
                    Gazetteer.Entry e = gazetteer.lookup(text(sentence, i, i + n)).orElseThrow();
                    result.add(new NameSpan(i, i + n, e.type(), Mention.Finder.DICTIONARY, confidence(e)));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return result;
    }

    private boolean accepts(Sentence sentence, int start, int end) {
        String first = sentence.tokens().get(start).text();
        String last = sentence.tokens().get(end - 1).text();
        if (!startsUpper(first) || first.equals("The") || last.chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        String text = text(sentence, start, end);
        if (end - start == 1 && gazetteer.isStopword(text)) {
            return false;
        }
        Optional<Gazetteer.Entry> entry = gazetteer.lookup(text);
        if (entry.isEmpty()) {
            return false;
        }
        Gazetteer.Entry e = entry.get();
        if (e.kind() == Gazetteer.Kind.CITY) {
            return e.population() >= Gazetteer.CITY_POPULATION_ON_SIGHT && !gazetteer.isFirstName(first);
        }
        // "uk" is no name, "UK" is a country: short forms count only in capitals.
        String letters = text.replaceAll("[^\\p{L}]", "");
        return letters.length() > 3 || letters.equals(letters.toUpperCase(Locale.ROOT));
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
