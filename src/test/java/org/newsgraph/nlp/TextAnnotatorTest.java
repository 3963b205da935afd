package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sentences and tokens of news text, including the repairs of the OpenNLP English models' news mistakes. */
class TextAnnotatorTest {

    private static TextAnnotator annotator;

    @BeforeAll
    static void load() {
        annotator = new TextAnnotator(NlpModels.loadBase());
    }

    private static List<String> tokens(String text) {
        return annotator.sentences(text).stream()
                .map(s -> s.tokens().stream().map(Sentence.Token::text).collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(List.of("Gen. Omar Haddad met Sen. Ana Lee on Jan. 5 in St. Louis .", "The U.K. and Peru signed ."),
                tokens("Gen. Omar Haddad met Sen. Ana Lee on Jan. 5 in St. Louis. The U.K. and Peru signed."));
    }

    @Test
    void searchingTheEndOfASentenceForAnAbbreviationIsSearchingAllOfIt() {
        String[] pieces = {"U", "K", "É", "\uD835\uDC00", "\uD835", ".", ". ", " ", "(", "\r", "\n", "\r\n", "\u0085",
                "\u2028", "\u0301", "a", "_", "1", "Gen", "Messrs", "No", "vs", "Sept", "said", "U.S.A.E.C.U."};
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            // Text before the end, so that the search does start late.
            StringBuilder text = new StringBuilder("Talks ended in".substring(0, random.nextInt(15)));
            int length = random.nextInt(9);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertEquals(TextAnnotator.ABBREVIATION_END.matcher(s).find(), TextAnnotator.endsInAbbreviation(s), s);
        }
        assertTrue(TextAnnotator.endsInAbbreviation("Talks with Gen."));
        assertTrue(TextAnnotator.endsInAbbreviation("He left the U.K."));
        assertTrue(TextAnnotator.endsInAbbreviation("He left the A.B.C.D.E.F.G."));
        assertFalse(TextAnnotator.endsInAbbreviation("He left the country."));
    }

    @Test
    void possessivesAreTokensOfTheirOwn() {
        assertEquals(List.of("Lima ’s mayor and Quito 's council met ."), tokens("Lima’s mayor and Quito's council met."));
    }

    @Test
    void hyphensJoinWordsButNotNamesToLowerCaseWordsOrAcronyms() {
        assertEquals(List.of("A high-stakes , UN - brokered , Elysee - backed plan for Okonjo-Iweala ."),
                tokens("A high-stakes, UN-brokered, Elysee-backed plan for Okonjo-Iweala."));
    }

    @Test
    void lineBreaksEndSentencesAndOffsetsPointIntoTheText() {
        String text = "Storm Hits Coast\n\nThe mayor of Tampico spoke.  Roads closed.\n";
        List<Sentence> sentences = annotator.sentences(text);
        assertEquals(3, sentences.size());
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
            int previous = s.begin();
            for (Sentence.Token t : s.tokens()) {
                assertEquals(t.text(), text.substring(t.begin(), t.end()));
                assertTrue(t.begin() >= previous, "offsets never go backwards");
                previous = t.end();
            }
        }
        assertEquals("Storm Hits Coast", sentences.get(0).text());
    }
}
