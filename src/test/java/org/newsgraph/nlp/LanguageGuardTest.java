package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** English articles pass the language check; articles in other languages are named; scraps are let through. */
class LanguageGuardTest {

    private static final String GERMAN = "Die Regierung hat am Dienstag neue Gespräche mit den Nachbarländern "
            + "angekündigt. Nach Angaben des Ministeriums sollen die Verhandlungen in der kommenden Woche beginnen und "
            + "sich vor allem mit der Versorgung der Bevölkerung im Winter befassen. Kritiker werfen der Regierung vor, "
            + "zu spät gehandelt zu haben.";
    private static final String FRENCH = "Le gouvernement a annoncé mardi l'ouverture de nouvelles discussions avec "
            + "les pays voisins. Selon le ministère, les négociations commenceront la semaine prochaine et porteront "
            + "surtout sur l'approvisionnement de la population pendant l'hiver. Les critiques reprochent au "
            + "gouvernement d'avoir agi trop tard.";
    private static final String SPANISH = "El gobierno anunció el martes nuevas conversaciones con los países "
            + "vecinos. Según el ministerio, las negociaciones comenzarán la próxima semana y tratarán sobre todo del "
            + "suministro de la población durante el invierno. Los críticos acusan al gobierno de haber actuado "
            + "demasiado tarde.";

    private static LanguageDetectorModel model;

    @BeforeAll
    static void load() {
        model = LanguageGuard.loadModel();
    }

    @Test
    void theSampleArticlesAreEnglish() throws IOException {
        LanguageGuard guard = LanguageGuard.newGuard(model);
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("data/articles"))) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, articles.size());
        for (Path article : articles) {
            assertEquals(Optional.empty(), guard.otherLanguage(Files.readString(article, StandardCharsets.UTF_8)),
                    article.toString());
        }
    }

    @Test
    void otherLanguagesAreNamed() {
        LanguageGuard guard = LanguageGuard.newGuard(model);
        assertEquals(Optional.of("deu"), guard.otherLanguage(GERMAN));
        assertEquals(Optional.of("fra"), guard.otherLanguage(FRENCH));
        assertEquals(Optional.of("spa"), guard.otherLanguage(SPANISH));
    }

    @Test
    void theCheckReadsTheStartOfALongArticle() {
        LanguageGuard guard = LanguageGuard.newGuard(model);
        String german = (GERMAN + " ").repeat(20);
        assertTrue(german.length() > LanguageGuard.SAMPLE_CHARS);
        assertEquals(Optional.of("deu"), guard.otherLanguage(german + "The talks ended without an agreement."));
        // Only the sample is read: a long German article with an English tail is German, and the reverse English.
        assertEquals(Optional.empty(), guard.otherLanguage(
                ("The talks ended on Tuesday without an agreement, officials said. ").repeat(30) + german));
    }

    @Test
    void tooLittleTextIsLetThrough() {
        LanguageGuard guard = LanguageGuard.newGuard(model);
        assertEquals(Optional.empty(), guard.otherLanguage("Die Regierung hat am Dienstag."));
        assertEquals(Optional.empty(), guard.otherLanguage("   \n  "));
    }
}
