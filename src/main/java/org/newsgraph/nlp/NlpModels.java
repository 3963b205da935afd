package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The immutable OpenNLP models of the pipeline, loaded once and shared by every thread: the official English sentence
 * and tokenizer models, and the name finder model this project trains ({@link NameFinderTraining}). The decoders built
 * from them are not thread-safe; the models are.
 */
public final class NlpModels {

    /** Classpath locations of the models. */
    public static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String NAME_MODEL = "/org/newsgraph/nlp/en-ner-news.bin";
    /** Words the training corpus uses in lower case outside names, written beside the model by the build. */
    public static final String COMMON_WORDS = "/org/newsgraph/nlp/common-words.txt";

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final TokenNameFinderModel nameModel;
    private final Set<String> commonWords;

    public NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, TokenNameFinderModel nameModel) {
        this(sentenceModel, tokenizerModel, nameModel, Set.of());
    }

    public NlpModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel, TokenNameFinderModel nameModel,
                     Set<String> commonWords) {
        this.sentenceModel = Objects.requireNonNull(sentenceModel);
        this.tokenizerModel = Objects.requireNonNull(tokenizerModel);
        this.nameModel = nameModel;
        this.commonWords = Set.copyOf(commonWords);
    }

    /** The sentence and tokenizer models only: what training needs before a name model exists. */
    public static NlpModels loadBase() {
        try (InputStream sentences = open(SENTENCE_MODEL); InputStream tokens = open(TOKENIZER_MODEL)) {
            return new NlpModels(new SentenceModel(sentences), new TokenizerModel(tokens), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    /** All models from the classpath; fails with a clear message if the name model was not built. */
    public static NlpModels load() {
        NlpModels base = loadBase();
        try (InputStream in = NlpModels.class.getResourceAsStream(NAME_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the name finder model " + NAME_MODEL
                        + " is not on the classpath: build the project with 'mvn package' (it trains the model)");
            }
            return new NlpModels(base.sentenceModel, base.tokenizerModel, new TokenNameFinderModel(in),
                    readCommonWords());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + NAME_MODEL, e);
        }
    }

    private static Set<String> readCommonWords() throws IOException {
        try (InputStream in = NlpModels.class.getResourceAsStream(COMMON_WORDS)) {
            if (in == null) {
                return Set.of();
            }
            return Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList());
        }
    }

    /** The base models with a name model read from a file. */
    public static NlpModels load(Path nameModel) throws IOException {
        NlpModels base = loadBase();
        try (InputStream in = Files.newInputStream(nameModel)) {
            return new NlpModels(base.sentenceModel, base.tokenizerModel, new TokenNameFinderModel(in),
                    readCommonWords());
        }
    }

    public NlpModels withNameModel(TokenNameFinderModel model) {
        return new NlpModels(sentenceModel, tokenizerModel, model, commonWords);
    }

    public NlpModels withCommonWords(Set<String> words) {
        return new NlpModels(sentenceModel, tokenizerModel, nameModel, words);
    }

    /** Words the training corpus uses in lower case outside names ("however", "talks"): never a name alone. */
    public Set<String> commonWords() {
        return commonWords;
    }

    private static InputStream open(String resource) {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
        }
        return in;
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    /** The trained name finder model, or null for base models. */
    public TokenNameFinderModel nameModel() {
        return nameModel;
    }
}
