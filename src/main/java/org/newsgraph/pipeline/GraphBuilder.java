package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.jena.rdf.model.Model;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Skipped;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.EntityRegistry;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.LanguageGuard;
import org.newsgraph.nlp.MentionExtractor;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.relate.Relation;
import org.newsgraph.relate.RelationExtractor;
import org.newsgraph.relate.RelationType;
import org.newsgraph.store.GraphStore;

/**
 * The whole pipeline, one direction: ingest, NLP, link, relate, RDF, store. Reading and NLP run on a pool of worker
 * threads, each with its own OpenNLP decoders; linking and the store run on the calling thread, the single writer,
 * in file order, so the result does not depend on the number of threads; relations and the mapping to RDF of a
 * linked article run on a thread of their own, while the writer stores the articles before it. At most a few
 * articles per thread are in flight, so memory does not grow with the corpus.
 * <p>
 * Builds are incremental: an article whose content hash is already stored is skipped, a changed one replaces its own
 * named graph, and with {@link Builder#prune(boolean)} the graphs of articles whose files are gone are removed. Each
 * article is written in its own transaction by default (or whole articles in batches, fixed or growing with the
 * store: {@link Builder#commitBatch(CommitBatch)}), and the corpus graph is brought up to date in the same
 * transaction ({@link CorpusUpdate}), so that its cost follows the articles written, not the size of the store.
 * Entities of earlier builds keep their ids. Set up with {@link #create()}.
 */
public final class GraphBuilder {

    /**
     * Articles each NLP thread may be ahead of the writer. Deep enough that the NLP threads go on working while the
     * writer waits on a commit (a disk sync, or a batch of B+tree inserts); bounded, whatever the corpus size.
     */
    private static final int ARTICLES_AHEAD_PER_THREAD = 64;

    /** Linked articles the mapping thread may be ahead of the store: enough to keep it busy during a B+tree stall. */
    private static final int ARTICLES_MAPPED_AHEAD = 16;

    private final NlpModels models;
    private final Gazetteer gazetteer;
    private final LanguageDetectorModel languageModel;
    private final BuildListener listener;
    private final int threads;
    private final long maxBytes;
    private final boolean prune;
    private final boolean anyLanguage;
    private final CommitBatch commitBatch;
    private final int corpusUpdateEvery;

    private GraphBuilder(Builder b) {
        this.models = b.models != null ? b.models : NlpModels.load();
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.load();
        this.anyLanguage = b.anyLanguage;
        this.languageModel = anyLanguage ? null : LanguageGuard.loadModel();
        this.listener = b.listener;
        this.threads = b.threads;
        this.maxBytes = b.maxBytes;
        this.prune = b.prune;
        this.commitBatch = b.commitBatch;
        this.corpusUpdateEvery = b.corpusUpdateEvery;
    }

    public static Builder create() {
        return new Builder();
    }

    /** What the workers make of one file. */
    private record Outcome(Path file, Article article, AnalyzedArticle analyzed, Skipped skipped, boolean unchanged) {}

    /** The per-thread NLP of a worker: OpenNLP decoders are not thread-safe. */
    private final class Worker {
        final ArticleReader reader = new ArticleReader(maxBytes);
        final MentionExtractor extractor = new MentionExtractor(models, gazetteer);
        final LanguageGuard guard = languageModel == null ? null : LanguageGuard.newGuard(languageModel);

        Outcome process(Path file, Map<String, String> storedHashes) {
            List<Skipped> skip = new ArrayList<>(1);
            Article article = reader.read(file, skip::add);
            if (article == null) {
                return new Outcome(file, null, null, skip.get(0), false);
            }
            if (("sha256:" + article.sha256()).equals(storedHashes.get(article.id()))) {
                return new Outcome(file, article, null, null, true);
            }
            Optional<String> language = guard == null ? Optional.empty() : guard.otherLanguage(article.text());
            if (language.isPresent()) {
                return new Outcome(file, article, null, new Skipped(article.id(), "is not English (detected: "
                        + language.get() + "); --any-language ingests it anyway"), false);
            }
            try {
                return new Outcome(file, article, extractor.analyze(article), null, false);
            } catch (RuntimeException e) {
                return new Outcome(file, article, null, new Skipped(article.id(), "failed in NLP: " + e), false);
            }
        }
    }

    /** Builds the graph of every article in {@code folder} into {@code store}. */
    public BuildSummary build(Path folder, GraphStore store) throws IOException {
        return build(new ArticleReader(maxBytes).list(folder), prune, store);
    }

    /**
     * Builds the graph of the given article files into {@code store}, in list order, exactly as
     * {@link #build(Path, GraphStore)} does for the files of a folder (an article's id is its file name) but never
     * prunes: a live ingest passes only the files that are new or changed, or the one article it was sent. A builder
     * may run any number of builds, one at a time.
     */
    public BuildSummary build(List<Path> files, GraphStore store) throws IOException {
        return build(files, false, store);
    }

    private BuildSummary build(List<Path> files, boolean pruneMissing, GraphStore store) throws IOException {
        long start = System.nanoTime();
        StoreState state = new StoreState(store);
        Map<String, String> storedHashes = state.articleHashes();
        EntityRegistry registry = new EntityRegistry();
        state.restoreEntities(registry);
        ExecutorService mapping = Executors.newSingleThreadExecutor(daemonThreads("newsgraph-map"));
        Writer writer = new Writer(store, registry, mapping, files.size(), storedHashes.size());

        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads("newsgraph-nlp"));
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            for (Path file : files) {
                inFlight.add(pool.submit(() -> workers.get().process(file, storedHashes)));
                if (inFlight.size() >= threads * ARTICLES_AHEAD_PER_THREAD) {
                    writer.accept(take(inFlight));
                }
            }
            while (!inFlight.isEmpty()) {
                writer.accept(take(inFlight));
            }
            writer.drain();
            writer.out.flush();
        } finally {
            writer.out.close();
            pool.shutdownNow();
            mapping.shutdownNow();
        }

        List<String> gone = new ArrayList<>();
        if (pruneMissing) {
            Set<String> present = new HashSet<>();
            files.forEach(f -> present.add(f.getFileName().toString()));
            storedHashes.keySet().stream().filter(doc -> !present.contains(doc)).sorted()
                    .forEach(doc -> gone.add(Iris.articleGraph(doc)));
            if (!gone.isEmpty()) {
                store.removeGraphs(gone, new CorpusUpdate(registry, gazetteer));
            }
        }
        return new BuildSummary(writer.written, writer.unchanged, gone.size(), writer.skipped, state.entityCounts(),
                writer.relations, store.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static Outcome take(Deque<Future<Outcome>> inFlight) throws IOException {
        return await(inFlight.poll(), "an NLP worker failed");
    }

    private static <T> T await(Future<T> future, String failure) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(failure, e.getCause());
        }
    }

    /** An article's relations and graph, or why they could not be made (then both are null). */
    private record Mapped(List<Relation> relations, Model graph, RuntimeException failure) {}

    /** An outcome in file order, with the future of its mapping when it is an article to store. */
    private record Pending(Outcome outcome, Future<Mapped> mapped) {}

    /**
     * The single writer: links each article in file order, hands it to the mapping thread for its relations and RDF,
     * and stores the mapped articles in the same order. It links no further ahead than the next corpus update, which
     * labels entities as the registry does when it runs: the registry then holds exactly the articles written.
     */
    private final class Writer {
        final BatchWriter out;
        final EntityLinker linker;
        final RelationExtractor relator = new RelationExtractor(gazetteer);
        final GraphMapper mapper = new GraphMapper();
        final ExecutorService mapping;
        final Deque<Pending> pending = new ArrayDeque<>();
        final int total;
        final List<Skipped> skipped = new ArrayList<>();
        final Map<RelationType, Integer> relations = new EnumMap<>(RelationType.class);
        int written;
        int unchanged;
        int done;

        Writer(GraphStore store, EntityRegistry registry, ExecutorService mapping, int total, long stored) {
            this.out = new BatchWriter(store, commitBatch, registry, gazetteer, stored, corpusUpdateEvery);
            this.linker = new EntityLinker(gazetteer, registry);
            this.mapping = mapping;
            this.total = total;
        }

        void accept(Outcome o) throws IOException {
            Future<Mapped> mapped = null;
            if (o.skipped() == null && !o.unchanged()) {
                if (linkedAhead() >= out.writesUntilUpdate()) {
                    drain();
                }
                mapped = map(o);
            }
            pending.add(new Pending(o, mapped));
            while (pending.size() > ARTICLES_MAPPED_AHEAD) {
                store(pending.poll());
            }
        }

        /** The articles linked and not stored yet. */
        private long linkedAhead() {
            return pending.stream().filter(p -> p.mapped() != null).count();
        }

        /** Links the article here, in file order, and relates and maps it on the mapping thread. */
        private Future<Mapped> map(Outcome o) {
            LinkedArticle linked;
            try {
                linked = linker.link(o.analyzed());
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(new Mapped(null, null, e));
            }
            return mapping.submit(() -> {
                try {
                    List<Relation> found = relator.extract(linked);
                    return new Mapped(found, mapper.articleGraph(linked, found), null);
                } catch (RuntimeException e) {
                    return new Mapped(null, null, e);
                }
            });
        }

        /** Stores every article accepted so far. */
        void drain() throws IOException {
            while (!pending.isEmpty()) {
                store(pending.poll());
            }
        }

        private void store(Pending p) throws IOException {
            Outcome o = p.outcome();
            if (o.skipped() != null) {
                skip(o.skipped());
            } else if (o.unchanged()) {
                unchanged++;
            } else {
                o.article().notes().forEach(n -> listener.noted(o.article().id(), n));
                Mapped m = await(p.mapped(), "the mapping thread failed");
                if (m.failure() != null) {
                    skip(new Skipped(o.article().id(), "failed: " + m.failure()));
                } else {
                    // Not a skip: a failing write is no fault of this article, and ends the build.
                    out.write(Iris.articleGraph(o.article().id()), m.graph());
                    m.relations().forEach(r -> relations.merge(r.type(), 1, Integer::sum));
                    written++;
                }
            }
            listener.progress(++done, total);
        }

        private void skip(Skipped s) {
            skipped.add(s);
            listener.skipped(s);
        }
    }

    /** Sets up a builder; models and gazetteer default to those on the classpath. */
    public static final class Builder {
        private NlpModels models;
        private Gazetteer gazetteer;
        private BuildListener listener = new BuildListener() { };
        private int threads = Runtime.getRuntime().availableProcessors();
        private long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
        private boolean prune;
        private boolean anyLanguage;
        private CommitBatch commitBatch = CommitBatch.ONE;
        private int corpusUpdateEvery = BatchWriter.CORPUS_UPDATE_EVERY;

        public Builder models(NlpModels m) {
            this.models = m;
            return this;
        }

        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = g;
            return this;
        }

        public Builder listener(BuildListener l) {
            this.listener = l;
            return this;
        }

        /** NLP worker threads (default: the number of processors). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = n;
            return this;
        }

        /** The largest article file, in bytes. */
        public Builder maxBytes(long n) {
            this.maxBytes = n;
            return this;
        }

        /** Remove the graphs of articles whose files are gone from the folder. */
        public Builder prune(boolean p) {
            this.prune = p;
            return this;
        }

        /**
         * How many articles go into one write transaction (default 1: each article its own). An article is never
         * split across transactions, so a failure or a kill still leaves whole articles only; a larger batch only
         * loses more work to a kill, and saves on bulk loads what a commit costs: a disk sync, and copies of the
         * index blocks the transaction changed (see {@link CommitBatch#GROWING}).
         */
        public Builder commitBatch(CommitBatch batch) {
            this.commitBatch = Objects.requireNonNull(batch);
            return this;
        }

        /** Articles after which an open transaction applies its corpus update (tests; default 1000). */
        Builder corpusUpdateEvery(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("the corpus update interval must be at least 1 article");
            }
            this.corpusUpdateEvery = n;
            return this;
        }

        /** Ingest articles the language detector takes for another language than English. */
        public Builder anyLanguage(boolean a) {
            this.anyLanguage = a;
            return this;
        }

        public GraphBuilder build() {
            return new GraphBuilder(this);
        }
    }
}
