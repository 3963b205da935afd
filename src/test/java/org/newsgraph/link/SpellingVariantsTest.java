package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spelling-variant rule, tested both ways: variants that must merge and near names that must not. */
class SpellingVariantsTest {

    @ParameterizedTest
    @CsvSource({
        "Hrytsenko, Hrytsenkoo",        // doubled final letter
        "Kovalenskyy, Kovalensky",      // -yy / -y transliteration
        "Kovalenskiy, Kovalensky",      // -iy / -y
        "Zhytomyrsk, Zhitomirsk",       // i / y throughout
        "Dniprovsk, Dnjprovsk",         // j / y
        "Mykolaivka, Mykolayivka",      // one inserted letter in a long name
        "Kharkovska, Kharkovskaa",
    })
    void mergesSpellingsOfOneName(String a, String b) {
        assertTrue(SpellingVariants.areVariants(a, b), a + " ~ " + b);
        assertTrue(SpellingVariants.areVariants(b, a), b + " ~ " + a);
    }

    @ParameterizedTest
    @CsvSource({
        "Iran, Iraq",                   // short: one letter apart but two countries
        "Martin, Marvin",               // below the edit length
        "Austria, Australia",           // two edits
        "Gambia, Zambia",               // different first letter
        "Johnston, Johnsons",           // two edits apart
        "Slovakia, Slovenia",
    })
    void keepsDistinctNamesApart(String a, String b) {
        assertFalse(SpellingVariants.areVariants(a, b), a + " !~ " + b);
        assertFalse(SpellingVariants.areVariants(b, a), b + " !~ " + a);
    }
}
