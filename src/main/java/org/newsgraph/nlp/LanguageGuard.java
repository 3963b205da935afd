package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells English articles from others with OpenNLP's language detector (the official langdetect model, 103
 * languages). The model is immutable and shared; the detector is not thread-safe, so make one guard per thread with
 * {@link #newGuard(LanguageDetectorModel)}.
 */
public final class LanguageGuard {

    /** Classpath location of the language detection model. */
    public static final String MODEL = "/langdetect-183.bin";
    /**
     * How much of an article the detector reads: its cost grows with the text (character n-grams), and an article's
     * opening paragraphs are in its language.
     */
    static final int SAMPLE_CHARS = 1000;
    /** Below this many characters the guess is too weak to act on. */
    private static final int MIN_CHARS = 120;
    /** How sure the detector must be of another language before an article is turned away. */
    private static final double MIN_CONFIDENCE = 0.5;

    private final LanguageDetectorME detector;

    private LanguageGuard(LanguageDetectorModel model) {
        this.detector = new LanguageDetectorME(model);
    }

    public static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageGuard.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the language detection model " + MODEL + " is not on the classpath");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL, e);
        }
    }

    public static LanguageGuard newGuard(LanguageDetectorModel model) {
        return new LanguageGuard(model);
    }

    /** The ISO 639-3 code of the language the text is in, when it is surely not English; empty otherwise. */
    public Optional<String> otherLanguage(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.strip().length() < MIN_CHARS) {
            return Optional.empty();
        }
        Language best = detector.predictLanguage(sample);
        if (best.getLang().equals("eng") || best.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(best.getLang());
    }
}
