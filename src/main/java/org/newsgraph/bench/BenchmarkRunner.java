package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import opennlp.tools.langdetect.LanguageDetectorModel;

import org.newsgraph.export.GraphExporter;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.LanguageGuard;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.CommitBatch;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.query.CannedQuery;
import org.newsgraph.store.GraphStore;

/**
 * Measures Newsgraph on a corpus and the baselines it is held to, in one run so that the ratios compare like with
 * like on a noisy machine. Each round (warm-up rounds first, their figures dropped) runs, in this order: the bare
 * OpenNLP pass ({@link BareOpenNlpPass}, on as many threads as the build), the one-thread pass that times each stage
 * on its own ({@link StagePass}), the end-to-end build ({@link GraphBuilder} into a fresh TDB2 store, its heap and
 * resident memory watched), and Jena's bulk loader on the N-Quads export of our build ({@link BulkLoad}). The
 * canned query pack then runs on the store of the last build ({@link QueryPass}): cold (once per freshly opened
 * store, one store opening per measured round) and warm (after warm-up runs, within a time budget per query). Stores
 * and the export live in a scratch folder that is removed at the end. Set up with {@link #create()}.
 */
public final class BenchmarkRunner {

    /** The default time budget of the timed warm runs of one canned query. */
    public static final Duration DEFAULT_QUERY_BUDGET = Duration.ofSeconds(60);

    /** The default least time of the untimed warm runs of one canned query (see {@link QueryPass}). */
    public static final Duration DEFAULT_QUERY_WARMUP = Duration.ofSeconds(3);

    private final Path corpus;
    private final int runs;
    private final int warmup;
    private final int queryRuns;
    private final Duration queryWarmup;
    private final Duration queryBudget;
    private final Path queries;
    private final Map<String, String> bindings;
    private final Path scratchParent;
    private final int threads;
    private final CommitBatch commitBatch;
    private final NlpModels models;
    private final Gazetteer gazetteer;
    private final ProgressMeter.Factory progress;

    private BenchmarkRunner(Builder b) {
        this.corpus = b.corpus;
        this.runs = b.runs;
        this.warmup = b.warmup;
        this.queryRuns = b.queryRuns;
        this.queryWarmup = b.queryWarmup;
        this.queryBudget = b.queryBudget;
        this.queries = b.queries;
        this.bindings = Map.copyOf(b.bindings);
        this.scratchParent = b.scratch;
        this.threads = b.threads;
        this.commitBatch = b.commitBatch;
        this.models = b.models != null ? b.models : NlpModels.load();
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.load();
        this.progress = b.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    public BenchmarkReport run() throws IOException {
        List<Path> files = new ArticleReader().list(corpus);
        if (files.isEmpty()) {
            throw new IOException(corpus + ": no articles to measure on");
        }
        if (!Files.isDirectory(queries)) {
            throw new NoSuchFileException(queries.toString(), null, "no such query folder");
        }
        // Built now, so that a binding of no query of the pack fails before the passes, not after them.
        QueryPass queryPass = new QueryPass(CannedQuery.pack(queries), queries, runs, Math.max(1, warmup), queryWarmup,
                queryRuns, queryBudget, bindings);
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Path scratch = scratchParent == null ? Files.createTempDirectory("newsgraph-bench-")
                : Files.createTempDirectory(Files.createDirectories(scratchParent), "newsgraph-bench-");
        try {
            return measure(files, queryPass, scratch, started);
        } finally {
            deleteTree(scratch);
        }
    }

    private BenchmarkReport measure(List<Path> files, QueryPass queryPass, Path scratch, String started)
            throws IOException {
        Map<StagePass.Stage, List<Long>> stageNanos = new EnumMap<>(StagePass.Stage.class);
        List<Long> bare = new ArrayList<>();
        List<Long> endToEnd = new ArrayList<>();
        List<Long> endToEndCpu = new ArrayList<>();
        List<Long> bulk = new ArrayList<>();
        List<Long> peakHeap = new ArrayList<>();
        List<Long> peakRss = new ArrayList<>();
        String rssSource = "unknown";
        StagePass.Result stages = null;
        BuildSummary build = null;
        BulkLoad.Result loaded = null;
        Path nquads = scratch.resolve("build.nq");
        Path lastStore = null;
        long expectedLoad = 0;
        LanguageDetectorModel languageModel = LanguageGuard.loadModel();
        int rounds = warmup + runs;
        for (int round = 1; round <= rounds; round++) {
            boolean measured = round > warmup;
            String name = "round " + round + "/" + rounds + (measured ? "" : " (warm-up)");

            settle();
            BareOpenNlpPass.Result baseline;
            try (ProgressMeter m = progress.counting(name + ", bare OpenNLP", files.size(), "articles")) {
                baseline = BareOpenNlpPass.run(files, models, threads, m);
            }

            settle();
            try (ProgressMeter m = progress.counting(name + ", stages", files.size(), "articles")) {
                stages = StagePass.run(files, models, languageModel, gazetteer, scratch.resolve("stages-" + round),
                        commitBatch, m);
            }
            deleteTree(scratch.resolve("stages-" + round));

            settle();
            Path store = scratch.resolve("build-" + round);
            long buildNanos;
            long buildCpuNanos;
            try (ProgressMeter m = progress.counting(name + ", end-to-end build", files.size(), "articles")) {
                GraphBuilder builder = GraphBuilder.create().models(models).gazetteer(gazetteer).threads(threads)
                        .commitBatch(commitBatch)
                        .listener(new BuildListener() {
                            @Override
                            public void progress(int done, int total) {
                                m.update(done);
                            }
                        }).build();
                MemoryWatch memory = MemoryWatch.start();
                try (memory; GraphStore graphStore = GraphStore.open(store)) {
                    long t0 = System.nanoTime();
                    long cpu0 = processCpuNanos();
                    build = builder.build(corpus, graphStore);
                    buildNanos = System.nanoTime() - t0;
                    buildCpuNanos = processCpuNanos() - cpu0;
                }
                if (measured) {
                    peakHeap.add(memory.peakHeap());
                    peakRss.add(memory.peakRss());
                    rssSource = memory.rssSource();
                }
            }
            if (!Files.exists(nquads)) {
                export(store, nquads);
            }
            if (lastStore != null) {
                deleteTree(lastStore);
            }
            lastStore = store;

            settle();
            Path loadStore = scratch.resolve("bulk-" + round);
            try (ProgressMeter m = progress.timed(name + ", Jena bulk load", expectedLoad)) {
                loaded = BulkLoad.run(nquads, loadStore);
            }
            deleteTree(loadStore);
            expectedLoad = loaded.nanos();

            if (measured) {
                bare.add(baseline.nanos());
                stages.nanos().forEach((stage, nanos) -> stageNanos.computeIfAbsent(stage, k -> new ArrayList<>())
                        .add(nanos));
                endToEnd.add(buildNanos);
                endToEndCpu.add(buildCpuNanos);
                bulk.add(loaded.nanos());
            }
        }
        List<BenchmarkReport.QueryFigure> queryFigures = queryPass.time(lastStore, progress);

        List<BenchmarkReport.StageFigure> stageFigures = new ArrayList<>();
        for (StagePass.Stage s : StagePass.Stage.values()) {
            stageFigures.add(new BenchmarkReport.StageFigure(s.label, new BenchmarkReport.Timing(stageNanos.get(s))));
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        BenchmarkReport.Settings settings = new BenchmarkReport.Settings(corpus.toString(), runs, warmup, threads,
                commitBatch, queryRuns, queryWarmup.toSeconds(), queryBudget.toSeconds(), queries.toString(), bindings,
                started);
        BenchmarkReport.CorpusFigures corpusFigures = new BenchmarkReport.CorpusFigures(build.articlesRead(),
                build.skipped().size(), bytes, stages.sentences(), stages.tokens(), stages.mentions(),
                stages.relations(), build.quads());
        BenchmarkReport.StoreFigures store = new BenchmarkReport.StoreFigures(
                new BenchmarkReport.Timing(stageNanos.get(StagePass.Stage.STORE_COMMIT)), stages.quads(),
                new BenchmarkReport.Timing(bulk), loaded.quads(), Files.size(nquads), BulkLoad.LOADER);
        return new BenchmarkReport(machine(), settings, corpusFigures, stageFigures,
                new BenchmarkReport.Timing(endToEnd), new BenchmarkReport.Timing(endToEndCpu),
                new BenchmarkReport.Timing(bare), store, queryFigures,
                new BenchmarkReport.MemoryFigures(peakHeap, peakRss, rssSource));
    }

    private static void export(Path store, Path nquads) throws IOException {
        try (GraphStore graphStore = GraphStore.open(store);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            new GraphExporter(graphStore.dataset()).write(GraphExporter.Format.NQUADS, out);
        }
    }

    /** The CPU time this JVM has used so far, on all its threads (garbage collection included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Lets the garbage of one phase go before the next is timed, so that phases do not pay for each other. */
    private static void settle() {
        System.gc();
    }

    static BenchmarkReport.Machine machine() {
        String cpu = "unknown";
        long memory = -1;
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (Files.isReadable(cpuinfo)) {
                cpu = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst().orElse(cpu);
            }
            Path meminfo = Path.of("/proc/meminfo");
            if (Files.isReadable(meminfo)) {
                memory = Files.readAllLines(meminfo, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.startsWith("MemTotal:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D+", "")) * 1024)
                        .findFirst().orElse(-1L);
            }
        } catch (IOException e) {
            // The machine description is informative only; the figures stand without it.
            cpu = "unknown (" + e.getMessage() + ")";
        }
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new BenchmarkReport.Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, os, java,
                Runtime.getRuntime().maxMemory(), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Sets up a run; models and gazetteer default to those on the classpath. */
    public static final class Builder {
        private Path corpus;
        private int runs = 3;
        private int warmup = 1;
        private int queryRuns = 20;
        private Duration queryWarmup = DEFAULT_QUERY_WARMUP;
        private Duration queryBudget = DEFAULT_QUERY_BUDGET;
        private Path queries = Path.of("queries");
        private Map<String, String> bindings = Map.of();
        private Path scratch;
        private int threads = Runtime.getRuntime().availableProcessors();
        private CommitBatch commitBatch = CommitBatch.ONE;
        private NlpModels models;
        private Gazetteer gazetteer;
        private ProgressMeter.Factory progress = ProgressMeter.Factory.SILENT;

        public Builder corpus(Path folder) {
            this.corpus = folder;
            return this;
        }

        /** Measured rounds; the report gives the median (default 3). */
        public Builder runs(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("at least one measured run is needed, not " + k);
            }
            this.runs = k;
            return this;
        }

        /** Rounds run first and not measured (default 1). */
        public Builder warmup(int w) {
            if (w < 0) {
                throw new IllegalArgumentException("the number of warm-up runs cannot be negative: " + w);
            }
            this.warmup = w;
            return this;
        }

        /** Timed warm runs of each canned query (default 20), for its p50 and p95. */
        public Builder queryRuns(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("at least one query run is needed, not " + n);
            }
            this.queryRuns = n;
            return this;
        }

        /**
         * The most time the timed warm runs of one canned query may take together (default 60 s); a query that
         * uses it up gets fewer than {@link #queryRuns} runs, at least one.
         */
        public Builder queryBudget(Duration budget) {
            if (budget.isNegative() || budget.isZero()) {
                throw new IllegalArgumentException("the query time budget must be positive, not " + budget);
            }
            this.queryBudget = budget;
            return this;
        }

        /** The least time of the untimed warm runs of one canned query (default 3 s; zero: the warm-up runs only). */
        public Builder queryWarmup(Duration warmup) {
            if (warmup.isNegative()) {
                throw new IllegalArgumentException("the query warm-up time must not be negative, not " + warmup);
            }
            this.queryWarmup = warmup;
            return this;
        }

        public Builder queries(Path folder) {
            this.queries = folder;
            return this;
        }

        /** Variables of queries of the pack to bind, as {@code "entity-facts.rq:name"} to a value (default: none). */
        public Builder bindings(Map<String, String> bindings) {
            this.bindings = Map.copyOf(bindings);
            return this;
        }

        /** Where the scratch folder for stores and the export goes (default: the system's temporary folder). */
        public Builder scratch(Path parent) {
            this.scratch = parent;
            return this;
        }

        /** Threads of the end-to-end build and of the bare OpenNLP pass (default: the number of processors). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("at least one thread is needed, not " + n);
            }
            this.threads = n;
            return this;
        }

        /** When the build and the store stage commit (default: each article, as {@code build}). */
        public Builder commitBatch(CommitBatch batch) {
            this.commitBatch = Objects.requireNonNull(batch);
            return this;
        }

        public Builder models(NlpModels m) {
            this.models = m;
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

        public BenchmarkRunner build() {
            if (corpus == null) {
                throw new IllegalStateException("no corpus folder given");
            }
            return new BenchmarkRunner(this);
        }
    }
}
