package org.newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.newsgraph.nlp.Gazetteer;

/**
 * Writes a deterministic corpus of news-like English articles for benchmarks: {@code bench-000001.txt} and on, each
 * 400 to 1,500 words written by {@link StoryWriter} from the team's sentence patterns, with people, places and
 * organisations from the gazetteer. Article {@code i} depends only on the seed and {@code i}, so the same seed gives a
 * byte-identical corpus whatever the number of threads, and a smaller corpus is the start of a larger one. Articles
 * are written as they are made, never held together in memory. Set up with {@link #create()}; thread-safe once built.
 */
public final class CorpusGenerator {

    private static final Pattern ARTICLE_FILE = Pattern.compile("bench-\\d{6,}\\.txt");
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final int articles;
    private final long seed;
    private final boolean replace;
    private final ProgressMeter.Factory progress;
    private final StoryWriter writer;

    private CorpusGenerator(Builder b) {
        this.articles = b.articles;
        this.seed = b.seed;
        this.replace = b.replace;
        this.progress = b.progress;
        Gazetteer gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.load();
        this.writer = new StoryWriter(NamePools.of(gazetteer, mix(seed, -1)));
    }

    public static Builder create() {
        return new Builder();
    }

    /** The file name of article {@code index} (from 1). */
    public static String fileName(int index) {
        return String.format("bench-%06d.txt", index);
    }

    /** Article {@code index} (from 1): its text exactly as {@link #write} writes it, and the names in it. */
    public GeneratedArticle article(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("articles are numbered from 1: " + index);
        }
        return writer.write(new Random(mix(seed, index)));
    }

    /**
     * Writes the corpus into {@code folder}, creating it if needed. A folder that already holds files is refused,
     * unless the generator replaces corpora: then the old {@code bench-*.txt} files go first and other files stay.
     */
    public CorpusSummary write(Path folder) throws IOException {
        long start = System.nanoTime();
        prepare(folder);
        AtomicLong words = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        try (ProgressMeter meter = progress.counting("corpus", articles, "articles")) {
            IntStream.rangeClosed(1, articles).parallel().forEach(i -> {
                String text = article(i).text();
                byte[] data = text.getBytes(StandardCharsets.UTF_8);
                try {
                    Files.write(folder.resolve(fileName(i)), data);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                words.addAndGet(StoryWriter.countWords(text, 0));
                bytes.addAndGet(data.length);
                meter.advance(1);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new CorpusSummary(folder, articles, words.get(), bytes.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void prepare(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + ": not a folder");
        }
        Files.createDirectories(folder);
        List<Path> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.sorted().toList();
        }
        if (present.isEmpty()) {
            return;
        }
        if (!replace) {
            throw new IOException(folder + ": the folder is not empty (choose a new folder, or --force to replace "
                    + "a generated corpus)");
        }
        for (Path p : present) {
            if (ARTICLE_FILE.matcher(p.getFileName().toString()).matches()) {
                Files.delete(p);
            }
        }
    }

    /** A well-spread 64-bit seed from the corpus seed and an article number (SplitMix64's finaliser). */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * GOLDEN;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** What a generation wrote. */
    public record CorpusSummary(Path folder, int articles, long words, long bytes, Duration elapsed) {
        public String format() {
            return String.format(java.util.Locale.ROOT,
                    "Corpus: %s%nArticles: %,d (%,d words, %,.1f words per article, %,d bytes)%nTime: %.1f s%n",
                    folder, articles, words, articles == 0 ? 0.0 : (double) words / articles, bytes,
                    elapsed.toMillis() / 1000.0);
        }
    }

    /** Sets up a generator; the gazetteer defaults to the one on the classpath. */
    public static final class Builder {
        private int articles = 1000;
        private long seed = 1;
        private boolean replace;
        private Gazetteer gazetteer;
        private ProgressMeter.Factory progress = ProgressMeter.Factory.SILENT;

        public Builder articles(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("the number of articles must be at least 1, not " + n);
            }
            this.articles = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** Whether to replace the {@code bench-*.txt} files of a folder that holds a corpus already. */
        public Builder replaceExisting(boolean r) {
            this.replace = r;
            return this;
        }

        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = g;
            return this;
        }

        public Builder progress(ProgressMeter.Factory p) {
            this.progress = p;
            return this;
        }

        public CorpusGenerator build() {
            return new CorpusGenerator(this);
        }
    }
}
