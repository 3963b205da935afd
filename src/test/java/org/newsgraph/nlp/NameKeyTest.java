package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldsCaseDiacriticsPunctuationAndLeadingThe() {
        assertEquals("uk", NameKey.of("the U.K."));
        assertEquals("uk", NameKey.of("UK"));
        assertEquals("sao paulo", NameKey.of("São  Paulo"));
        assertEquals("national bank of chile", NameKey.of("The National Bank of Chile"));
        assertEquals("ngozi okonjo iweala", NameKey.of("Ngozi Okonjo-Iweala"));
        assertEquals("oleary", NameKey.of("O'Leary"));
    }

    @Test
    void keepsTheInsideANameAndDistinctNamesApart() {
        assertEquals("bank of the north", NameKey.of("Bank of the North"));
        assertNotEquals(NameKey.of("Iran"), NameKey.of("Iraq"));
    }

    @Test
    void asciiKeysAreTheKeysOfTheDefinition() {
        String alphabet = "aZq09 -.'`,&()\t\"/_thE";
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder name = new StringBuilder(random.nextBoolean() ? "" : random.nextBoolean() ? "The " : " the");
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = name.toString();
            assertEquals(NameKey.ofUnicode(s), NameKey.ofAscii(s), s);
        }
        for (char c = 0; c < 0x80; c++) {
            String s = "A" + c + "b" + c;
            assertEquals(NameKey.ofUnicode(s), NameKey.ofAscii(s), () -> "character " + (int) s.charAt(1));
        }
    }
}
