package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The title look-up of the rules without models: the hand-written white-space folding and the title starts of the
 * gazetteer must answer exactly as the regular expression and the phrase look-ups they stand in for.
 */
class RuleMentionFinderTest {

    /** White space of {@code \s}, and characters close to it that {@code \s} does not match. */
    private static final String ALPHABET = "ab \t\n\u000B\f\r\u00A0\u2003\u001C\u0085";

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void foldsWhiteSpaceAsTheRegularExpressionDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+", " "), RuleMentionFinder.foldWhitespace(s), () -> escape(s));
        }
        assertEquals("Prime Minister", RuleMentionFinder.foldWhitespace("Prime \t\r\n Minister"));
    }

    @Test
    void everyStartOfATitleMayStartOne() {
        Random random = new Random(11);
        String[] spaces = {" ", "  ", "\t", "\n", " \r\n ", "\u000B", "\f"};
        for (String title : gazetteer.titles()) {
            for (int k = 0; k <= title.length(); k++) {
                String word = randomCase(title.substring(0, k), random);
                String rest = title.substring(k).replace(" ", spaces[random.nextInt(spaces.length)]);
                String phrase = word + rest;
                assertTrue(gazetteer.isTitle(RuleMentionFinder.foldWhitespace(phrase)), phrase);
                for (int j = 0; j <= phrase.length(); j++) {
                    String start = RuleMentionFinder.foldWhitespace(phrase.substring(0, j));
                    assertTrue(gazetteer.mayStartTitle(start), () -> escape(start));
                }
            }
        }
    }

    @Test
    void wordsThatStartNoTitleAreRuledOut() {
        assertTrue(gazetteer.mayStartTitle("President"));
        assertTrue(gazetteer.mayStartTitle("PRIME"));
        assertTrue(gazetteer.mayStartTitle("Dr"));
        assertTrue(gazetteer.mayStartTitle("Secretary of"));
        assertFalse(gazetteer.mayStartTitle("Secretary said"));
        for (String word : List.of("Silva", "said", "Kenya", "2024", ",", "talks")) {
            assertFalse(gazetteer.mayStartTitle(word), word);
        }
        // Cases where the lower-cased word need not start the lower-cased phrase: no shortcut.
        assertTrue(gazetteer.mayStartTitle("ΟΔΟΣ"));
        assertTrue(gazetteer.mayStartTitle("x\uD835"));
    }

    @Test
    void titleEndAgreesWithLookingUpEveryPhrase() {
        RuleMentionFinder rules = new RuleMentionFinder(gazetteer);
        assertEquals(2, rules.titleEnd(sentence("Finance Minister Ana Silva"), 0));
        assertEquals(2, rules.titleEnd(sentence("Prime \t Minister  Van Dorn"), 0));
        assertEquals(0, rules.titleEnd(sentence("Ana Silva"), 0));
        List<String> texts = List.of("Finance Minister Ana Silva met envoy Tom Reyes .",
                "Prime   Minister\tVan Dorn and Mr . Lee , Secretary of State , said .",
                "the deputy prime minister of ΟΔΟΣ and vice president Jo Kim , the Rev. Al Green");
        for (String text : texts) {
            Sentence sentence = sentence(text);
            for (int i = 0; i < sentence.tokens().size(); i++) {
                assertEquals(titleEndByPhrases(sentence, i), rules.titleEnd(sentence, i), text + " @" + i);
            }
        }
    }

    /** The definition: the longest phrase from {@code start}, its white space folded, that is a title. */
    private static int titleEndByPhrases(Sentence sentence, int start) {
        for (int n = Math.min(gazetteer.longestTitle(), sentence.tokens().size() - start); n >= 1; n--) {
            if (gazetteer.isTitle(DictionaryMentionFinder.text(sentence, start, start + n).replaceAll("\\s+", " "))) {
                return start + n;
            }
        }
        return start;
    }

    /** A sentence whose tokens are the runs of text between white space. */
    private static Sentence sentence(String text) {
        List<Sentence.Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int begin = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            tokens.add(new Sentence.Token(begin, i, text.substring(begin, i)));
        }
        return new Sentence(0, 0, text.length(), text, tokens);
    }

    private static String randomCase(String s, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> s;
            case 1 -> s.toUpperCase(Locale.ROOT);
            default -> s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        };
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
