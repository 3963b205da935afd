package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
