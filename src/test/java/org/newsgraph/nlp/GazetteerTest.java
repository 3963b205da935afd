package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer as shipped. The expected Wikidata ids are the ones in countries.tsv and regions.tsv, which
 * src/main/scripts/add-wikidata.js took from the npm package @rapideditor/country-coder (see SOURCES.md).
 */
class GazetteerTest {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    private static Gazetteer.Entry entry(String name) {
        return gazetteer.lookup(name).orElseThrow(() -> new AssertionError("not in the gazetteer: " + name));
    }

    @Test
    void countryCarriesItsCodeAndWikidataId() {
        Gazetteer.Entry france = entry("France");
        assertEquals("France", france.canonical());
        assertEquals(Gazetteer.Kind.COUNTRY, france.kind());
        assertEquals(EntityType.PLACE, france.type());
        assertEquals("FR", france.country());
        assertEquals("Q142", france.wikidata());
        assertSame(france, entry("French Republic"));

        assertEquals("Q183", entry("Germany").wikidata());
        assertEquals("Q17", entry("Japan").wikidata());
    }

    @Test
    void aliasesResolveToTheSameEntry() {
        Gazetteer.Entry uk = entry("United Kingdom");
        assertEquals("GB", uk.country());
        assertEquals("Q145", uk.wikidata());
        assertSame(uk, entry("UK"));
        assertSame(uk, entry("U.K."));
        assertSame(uk, entry("the U.K."));
        assertSame(uk, entry("Britain"));
    }

    @Test
    void regionCarriesItsWikidataId() {
        Gazetteer.Entry scotland = entry("Scotland");
        assertEquals(Gazetteer.Kind.REGION, scotland.kind());
        assertEquals("GB", scotland.country());
        assertEquals("Q22", scotland.wikidata());
        assertEquals("Q15", entry("Africa").wikidata());
    }

    @Test
    void everyCountryHasItsOwnWikidataIdAndEveryIdIsWellFormed() {
        Map<String, Gazetteer.Entry> countryById = new HashMap<>();
        for (Gazetteer.Kind kind : Gazetteer.Kind.values()) {
            for (String surface : gazetteer.surfaceForms(kind)) {
                Gazetteer.Entry e = entry(surface);
                String id = e.wikidata();
                assertTrue(id.isEmpty() || QID.matcher(id).matches(), () -> e + " has a malformed Wikidata id");
                if (kind == Gazetteer.Kind.COUNTRY) {
                    assertFalse(id.isEmpty(), () -> e + " has no Wikidata id");
                    Gazetteer.Entry other = countryById.putIfAbsent(id, e);
                    assertTrue(other == null || other == e, () -> e + " shares its Wikidata id with " + other);
                }
            }
        }
    }

    @Test
    void stopwordsAndDemonyms() {
        assertTrue(gazetteer.isStopword("Nice"));
        assertTrue(gazetteer.isStopword("nice"));
        assertFalse(gazetteer.isStopword("France"));
        assertTrue(gazetteer.isDemonym("French"));
        assertTrue(gazetteer.isDemonym("german"));
        assertFalse(gazetteer.isDemonym("Germany"));
    }
}
