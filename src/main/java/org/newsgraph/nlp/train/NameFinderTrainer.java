package org.newsgraph.nlp.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.namefind.TokenNameFinderEvaluator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

import org.newsgraph.gold.GoldDocument;
import org.newsgraph.gold.GoldReader;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.TextAnnotator;

/**
 * Trains the project's OpenNLP name finder, reproducibly: the annotated corpus the team writes, name-swapped copies of
 * it, and the sample articles tagged from their gold files; fixed parameters; news features ({@code features.xml}:
 * word shape, prefixes and suffixes, a window of words).
 */
public final class NameFinderTrainer {

    /** Classpath location of the feature generator descriptor. */
    public static final String FEATURES = "/org/newsgraph/nlp/train/features.xml";
    private static final long AUGMENT_SEED = 20261122L;

    private final NlpModels base;
    private final Gazetteer gazetteer;
    private final List<Path> corpus;
    private final Path articles;
    private final Path gold;
    private final Path features;
    private final String algorithm;
    private final int iterations;
    private final int cutoff;
    private final int augmentCopies;

    private NameFinderTrainer(Builder b) {
        this.base = b.base != null ? b.base : NlpModels.loadBase();
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.load();
        this.corpus = List.copyOf(b.corpus);
        this.articles = b.articles;
        this.gold = b.gold;
        this.features = b.features;
        this.algorithm = b.algorithm;
        this.iterations = b.iterations;
        this.cutoff = b.cutoff;
        this.augmentCopies = b.augmentCopies;
    }

    public static Builder create() {
        return new Builder();
    }

    /** All training samples: corpus files, their name-swapped copies, then the gold-tagged articles. */
    public List<NameSample> samples() throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (Path file : corpus) {
            samples.addAll(readCorpus(file));
        }
        if (augmentCopies > 0) {
            samples.addAll(augmenter().augment(List.copyOf(samples), augmentCopies, AUGMENT_SEED));
        }
        if (articles != null && gold != null) {
            GoldSamples tagger = new GoldSamples(new TextAnnotator(base));
            ArticleReader reader = new ArticleReader();
            for (GoldDocument doc : new GoldReader().readAll(gold)) {
                Path file = articles.resolve(doc.document());
                if (Files.isRegularFile(file)) {
                    String text = reader.read(file, s -> { }).text();
                    samples.addAll(tagger.samples(text, doc));
                }
            }
        }
        return samples;
    }

    /**
     * Words of the corpus files that stand in lower case outside names at least twice: the common words that a
     * capitalised headline word ("Talks", "However") is, and a name never is on its own.
     */
    public java.util.SortedSet<String> commonWords() throws IOException {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (Path file : corpus) {
            for (NameSample s : readCorpus(file)) {
                boolean[] inName = new boolean[s.getSentence().length];
                for (var span : s.getNames()) {
                    for (int i = span.getStart(); i < span.getEnd(); i++) {
                        inName[i] = true;
                    }
                }
                for (int i = 0; i < inName.length; i++) {
                    String t = s.getSentence()[i];
                    if (!inName[i] && t.length() > 1 && t.chars().allMatch(Character::isLowerCase)) {
                        counts.merge(t, 1, Integer::sum);
                    }
                }
            }
        }
        java.util.SortedSet<String> words = new java.util.TreeSet<>();
        counts.forEach((w, n) -> {
            if (n >= 2) {
                words.add(w);
            }
        });
        return words;
    }

    /** Reads a file in OpenNLP's {@code <START:type> ... <END>} format. */
    public static List<NameSample> readCorpus(Path file) throws IOException {
        try (ObjectStream<NameSample> in = new NameSampleDataStream(
                new PlainTextByLineStream(() -> Files.newInputStream(file), StandardCharsets.UTF_8))) {
            List<NameSample> out = new ArrayList<>();
            NameSample s;
            while ((s = in.read()) != null) {
                out.add(s);
            }
            return out;
        }
    }

    private NameSwapAugmenter augmenter() {
        List<String> places = new ArrayList<>();
        places.addAll(gazetteer.surfaceForms(Gazetteer.Kind.COUNTRY));
        places.addAll(gazetteer.surfaceForms(Gazetteer.Kind.REGION));
        places.addAll(gazetteer.surfaceForms(Gazetteer.Kind.CITY));
        return new NameSwapAugmenter(swappable(gazetteer.firstNames()), swappable(gazetteer.surnames()),
                swappable(places), swappable(gazetteer.surfaceForms(Gazetteer.Kind.ORGANIZATION)));
    }

    /** Names that read as names once split on white space: letters, marks, apostrophes, hyphens, full stops. */
    private List<String> swappable(java.util.Collection<String> names) {
        return names.stream()
                .filter(n -> n.matches("\\p{Lu}[\\p{L}\\p{M}'’.\\- ]*") && !gazetteer.isStopword(n))
                .sorted()
                .distinct()
                .toList();
    }

    public TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        return p;
    }

    public TokenNameFinderModel train() throws IOException {
        return train(samples());
    }

    public TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters(), factory());
    }

    /** k-fold cross-validation of the same training set and parameters. */
    public FMeasure crossValidate(int folds, TokenNameFinderEvaluationMonitor... monitors) throws IOException {
        TokenNameFinderCrossValidator cv = new TokenNameFinderCrossValidator("en", null, parameters(), factory(), monitors);
        cv.evaluate(ObjectStreamUtils.createObjectStream(samples()), folds);
        return cv.getFMeasure();
    }

    /** Precision, recall and F1 of a model on annotated sentences. */
    public static FMeasure evaluate(TokenNameFinderModel model, List<NameSample> samples,
                                    TokenNameFinderEvaluationMonitor... monitors) throws IOException {
        TokenNameFinderEvaluator evaluator = new TokenNameFinderEvaluator(new NameFinderME(model), monitors);
        evaluator.evaluate(ObjectStreamUtils.createObjectStream(samples));
        return evaluator.getFMeasure();
    }

    private TokenNameFinderFactory factory() throws IOException {
        return TokenNameFinderFactory.create(null, featureDescriptor(), Map.of(), new BioCodec());
    }

    private byte[] featureDescriptor() throws IOException {
        if (features != null) {
            return Files.readAllBytes(features);
        }
        try (InputStream in = NameFinderTrainer.class.getResourceAsStream(FEATURES)) {
            if (in == null) {
                throw new IllegalStateException(FEATURES + " is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }

    /** Sets up a trainer; defaults: perceptron, 300 iterations, cutoff 0, two name-swapped copies, no corpus. */
    public static final class Builder {
        private NlpModels base;
        private Gazetteer gazetteer;
        private final List<Path> corpus = new ArrayList<>();
        private Path articles;
        private Path gold;
        private Path features;
        private String algorithm = "PERCEPTRON";
        private int iterations = 300;
        private int cutoff = 0;
        private int augmentCopies = 2;

        public Builder base(NlpModels models) {
            this.base = models;
            return this;
        }

        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = g;
            return this;
        }

        public Builder corpus(Path file) {
            corpus.add(file);
            return this;
        }

        /** Adds the sample articles of {@code articleFolder} tagged from the gold files of {@code goldFolder}. */
        public Builder goldArticles(Path articleFolder, Path goldFolder) {
            this.articles = articleFolder;
            this.gold = goldFolder;
            return this;
        }

        /** A feature generator descriptor other than the project's {@code features.xml}. */
        public Builder features(Path descriptor) {
            this.features = descriptor;
            return this;
        }

        /** PERCEPTRON (the default) or MAXENT. */
        public Builder algorithm(String name) {
            this.algorithm = name;
            return this;
        }

        /** How many name-swapped copies of the corpus to add (0: none). */
        public Builder augment(int copies) {
            this.augmentCopies = copies;
            return this;
        }

        public Builder iterations(int n) {
            this.iterations = n;
            return this;
        }

        public Builder cutoff(int n) {
            this.cutoff = n;
            return this;
        }

        public NameFinderTrainer build() {
            return new NameFinderTrainer(this);
        }
    }
}
