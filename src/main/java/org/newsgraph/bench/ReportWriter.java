package org.newsgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

import org.newsgraph.bench.BenchmarkReport.QueryFigure;
import org.newsgraph.bench.BenchmarkReport.StageFigure;
import org.newsgraph.bench.BenchmarkReport.Timing;
import org.newsgraph.pipeline.CommitBatch;

/**
 * Writes a {@link BenchmarkReport} as Markdown for people and as JSON for tools, with the same figures: medians of
 * the measured runs, the rates and ratios derived from them, every run's raw figure, and the targets of issue 6 met or
 * missed. Stateless.
 */
public final class ReportWriter {

    // The targets of issue 6 that one run can check. "Both cores busy" is read as nine tenths of the machine's CPU
    // time, the rest being the serial start and end of a build.
    static final double TARGET_CPU_SHARE = 0.9;
    static final double TARGET_END_TO_END_RATIO = 0.5;
    static final double TARGET_TOKENS_PER_SECOND = 40_000;
    static final double TARGET_STORE_RATIO = 0.8;
    public static final double TARGET_QUERY_P95_MS = 100;

    private ReportWriter() {}

    /** Writes {@code prefix.md} and {@code prefix.json}; returns the two paths. */
    public static List<Path> write(BenchmarkReport report, Path prefix) throws IOException {
        return write(markdown(report), json(report), prefix);
    }

    /** Writes the report of {@code bench queries} as {@code prefix.md} and {@code prefix.json}; returns the paths. */
    public static List<Path> write(QueryReport report, Path prefix) throws IOException {
        return write(markdown(report), json(report), prefix);
    }

    private static List<Path> write(String markdown, JsonObject json, Path prefix) throws IOException {
        Path parent = prefix.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path md = prefix.resolveSibling(prefix.getFileName() + ".md");
        Path jsonFile = prefix.resolveSibling(prefix.getFileName() + ".json");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(jsonFile)) {
            JSON.write(out, json);
            out.write('\n');
        }
        return List.of(md, jsonFile);
    }

    public static String markdown(QueryReport r) {
        BenchmarkReport.Machine m = r.machine();
        StringBuilder b = new StringBuilder();
        b.append("# Newsgraph canned queries\n\n");
        b.append(String.format(Locale.ROOT, "Store `%s` (%,d quads), query pack `%s`, warm-up of each query: at "
                        + "least %d runs and %d s; started %s. Machine: %s, %d cores, %s RAM; %s; %s; max heap %s; "
                        + "JVM options: %s.%n%n",
                r.store(), r.storeQuads(), r.queries(), r.warmup(), r.warmupSeconds(), r.started(), m.cpu(), m.cores(),
                bytes(m.memoryBytes()), m.os(), m.java(), bytes(m.maxHeapBytes()), jvmOptions(m)));
        bindings(b, r.bindings());
        queryTable(b, "Each query in a read transaction, every result read", r.figures(), r.warmupSeconds(),
                r.queryBudgetSeconds());
        b.append("\n## Target of issue 6\n\n| target | figure | |\n| --- | ---: | --- |\n");
        queryTarget(b, r.figures());
        return b.toString();
    }

    /**
     * The options the JVM was started with, which the figures depend on: a heap that may shrink and grow again (no
     * {@code -Xms} as large as {@code -Xmx}) puts page faults into the queries that run while it grows.
     */
    private static String jvmOptions(BenchmarkReport.Machine m) {
        return m.jvmArguments().isEmpty() ? "none" : "`" + String.join(" ", m.jvmArguments()) + "`";
    }

    private static void bindings(StringBuilder b, Map<String, String> bindings) {
        if (!bindings.isEmpty()) {
            b.append("Bindings: ").append(String.join(", ", bindings.entrySet().stream()
                    .map(e -> "`" + e.getKey() + "` = `" + e.getValue() + "`").toList())).append(".\n\n");
        }
    }

    private static JsonObject bindingsJson(Map<String, String> bindings) {
        JsonObject out = new JsonObject();
        bindings.forEach(out::put);
        return out;
    }

    public static JsonObject json(QueryReport r) {
        JsonObject root = new JsonObject();
        root.put("machine", machineJson(r.machine()));
        JsonObject settings = new JsonObject();
        settings.put("store", r.store());
        settings.put("storeQuads", r.storeQuads());
        settings.put("openings", r.openings());
        settings.put("warmup", r.warmup());
        settings.put("queryWarmupSeconds", r.warmupSeconds());
        settings.put("queryRuns", r.queryRuns());
        settings.put("queryBudgetSeconds", r.queryBudgetSeconds());
        settings.put("queries", r.queries());
        settings.put("bindings", bindingsJson(r.bindings()));
        settings.put("started", r.started());
        root.put("settings", settings);
        root.put("queries", queriesJson(r.figures()));
        return root;
    }

    public static String markdown(BenchmarkReport r) {
        BenchmarkReport.CorpusFigures c = r.corpus();
        BenchmarkReport.Machine m = r.machine();
        StringBuilder b = new StringBuilder();
        b.append("# Newsgraph benchmark\n\n");
        b.append(String.format(Locale.ROOT, "Corpus `%s`: %,d articles read (%d skipped), %s, %,d sentences and %,d "
                        + "tokens as Newsgraph splits them (the unit of every tokens/s figure), %,d mentions, %,d "
                        + "relations, %,d quads in the built store.%n%n", r.settings().corpus(), c.articles(),
                c.skipped(), bytes(c.bytes()), c.sentences(), c.tokens(), c.mentions(), c.relations(),
                c.storeQuads()));
        b.append(String.format(Locale.ROOT, "Median of %d measured runs after %d warm-up runs; the build and the bare "
                        + "OpenNLP pass on %d threads; write transactions: %s; started %s. "
                        + "Machine: %s, %d cores, %s RAM; %s; %s; max heap %s; JVM options: %s.%n%n",
                r.settings().runs(), r.settings().warmup(), r.settings().threads(),
                r.settings().commitBatch().describe(),
                r.settings().started(), m.cpu(),
                m.cores(),
                bytes(m.memoryBytes()), m.os(), m.java(), bytes(m.maxHeapBytes()), jvmOptions(m)));

        b.append("## End to end\n\n");
        b.append("| pass | median time | articles/s | tokens/s | runs (s) |\n| --- | ---: | ---: | ---: | --- |\n");
        throughputRow(b, "Newsgraph build (`GraphBuilder` into a fresh TDB2 store)", r.endToEnd(), c);
        throughputRow(b, "bare OpenNLP (sentence detector + tokenizer + name finder)", r.bareOpenNlp(), c);
        b.append(String.format(Locale.ROOT, "%nNewsgraph's end-to-end throughput is **%s** of the bare OpenNLP pass's "
                + "(median of the runs' ratios: %s).%n%n", percent(r.endToEndRatio()), ratios(r.endToEndRatios())));
        b.append(String.format(Locale.ROOT, "CPU used by the build: **%s** of %d cores over its time (runs: %s; the "
                + "JVM's CPU time, garbage collection included, over wall time times cores).%n%n",
                percent(r.cpuShare()), m.cores(), ratios(r.cpuShares())));

        b.append("## Stages\n\nEach stage timed on its own, one article at a time on one thread; tokens/s counts the "
                + "corpus's tokens over the stage's time alone.\n\n");
        b.append("| stage | median time | tokens/s | share | runs (s) |\n| --- | ---: | ---: | ---: | --- |\n");
        double sum = 0;
        for (StageFigure s : r.stages()) {
            sum += s.timing().medianSeconds();
        }
        for (StageFigure s : r.stages()) {
            b.append(String.format(Locale.ROOT, "| %s | %.2f s | %,.0f | %.1f%% | %s |%n", s.stage(),
                    s.timing().medianSeconds(), s.timing().rate(c.tokens()), 100 * s.timing().medianSeconds() / sum,
                    seconds(s.timing())));
        }

        BenchmarkReport.StoreFigures st = r.store();
        b.append("\n## Store writing\n\n");
        b.append("| writer | quads | median time | quads/s | runs (s) |\n| --- | ---: | ---: | ---: | --- |\n");
        b.append(String.format(Locale.ROOT, "| Newsgraph store stage (article graphs committed as the build does) "
                + "| %,d | %.2f s "
                + "| %,.0f | %s |%n", st.ourQuads(), st.ours().medianSeconds(), st.ours().rate(st.ourQuads()),
                seconds(st.ours())));
        b.append(String.format(Locale.ROOT, "| Jena bulk loader, %s, on the N-Quads of our build (%s) | %,d | %.2f s "
                + "| %,.0f | %s |%n", st.loader(), bytes(st.nquadsBytes()), st.bulkQuads(), st.bulk().medianSeconds(),
                st.bulk().rate(st.bulkQuads()), seconds(st.bulk())));
        b.append(String.format(Locale.ROOT, "%nNewsgraph's store-writing rate is **%s** of the bulk loader's "
                + "(median of the runs' ratios: %s).%n%n", percent(r.storeRatio()), ratios(r.storeRatios())));

        b.append("## Canned queries\n\n");
        bindings(b, r.settings().bindings());
        queryTable(b, "On the store of the last build", r.queries(), r.settings().queryWarmupSeconds(),
                r.settings().queryBudgetSeconds());
        BenchmarkReport.MemoryFigures mem = r.memory();
        b.append("\n## Memory of the end-to-end build\n\n");
        b.append(String.format(Locale.ROOT, "Peak heap used: %s (largest of the runs: %s; max heap %s). "
                        + "Peak resident set of the whole JVM, which maps the TDB2 files into memory: %s (largest: %s; "
                        + "from %s).%n%n", bytesList(mem.peakHeap()),
                bytes(Collections.max(mem.peakHeap())), bytes(m.maxHeapBytes()), bytesList(mem.peakRss()),
                bytes(Collections.max(mem.peakRss())), mem.rssSource()));

        b.append("## Targets of issue 6\n\n| target | figure | |\n| --- | ---: | --- |\n");
        target(b, "both cores busy during a build (CPU time over wall time times cores)", percent(r.cpuShare()),
                r.cpuShare() >= TARGET_CPU_SHARE);
        target(b, "end to end >= 50% of the bare OpenNLP pass", percent(r.endToEndRatio()),
                r.endToEndRatio() >= TARGET_END_TO_END_RATIO);
        double tokensPerSecond = r.endToEnd().rate(c.tokens());
        target(b, "end to end >= 40,000 tokens/s", String.format(Locale.ROOT, "%,.0f tokens/s", tokensPerSecond),
                tokensPerSecond >= TARGET_TOKENS_PER_SECOND);
        target(b, "store writing >= 80% of Jena's bulk loader", percent(r.storeRatio()),
                r.storeRatio() >= TARGET_STORE_RATIO);
        queryTarget(b, r.queries());
        b.append("\nLinear cost and flat heap compare runs on corpora of different sizes; see BENCHMARKS.md.\n");
        return b.toString();
    }

    private static void throughputRow(StringBuilder b, String name, Timing t, BenchmarkReport.CorpusFigures c) {
        b.append(String.format(Locale.ROOT, "| %s | %.2f s | %,.1f | %,.0f | %s |%n", name, t.medianSeconds(),
                t.rate(c.articles()), t.rate(c.tokens()), seconds(t)));
    }

    private static void target(StringBuilder b, String target, String figure, boolean met) {
        b.append("| ").append(target).append(" | ").append(figure).append(" | ").append(met ? "met" : "missed")
                .append(" |\n");
    }

    /** The canned-query table: rows, cold and warm p50 and p95 of each query, and its number of warm runs. */
    private static void queryTable(StringBuilder b, String where, List<QueryFigure> queries, long warmupSeconds,
                                   long budgetSeconds) {
        int cold = queries.isEmpty() ? 0 : queries.get(0).coldNanos().size();
        int warm = 0;
        for (QueryFigure q : queries) {
            warm = Math.max(warm, q.warmNanos().size());
        }
        b.append(String.format(Locale.ROOT, "%s. Cold: the first run of each query on a freshly opened store, %d "
                + "openings; warm: up to %d runs after warm-up runs that took at least %d s, fewer for a query whose "
                + "runs took more than %d s together. Times in ms.%n%n", where, cold, warm, warmupSeconds,
                budgetSeconds));
        b.append("| query | rows | cold p50 | cold p95 | warm p50 | warm p95 | warm-up runs | warm runs |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (QueryFigure q : queries) {
            b.append(String.format(Locale.ROOT, "| `%s` %s | %,d | %.1f | %.1f | %.1f | %.1f | %d | %d |%n", q.file(),
                    q.title().replace("|", "\\|"), q.rows(), ms(Stats.percentile(q.coldNanos(), 50)),
                    ms(Stats.percentile(q.coldNanos(), 95)), ms(Stats.percentile(q.warmNanos(), 50)),
                    ms(Stats.percentile(q.warmNanos(), 95)), q.warmupRuns(), q.warmNanos().size()));
        }
    }

    /** How many of {@code queries} have a warm p95 within the target. */
    public static int withinQueryTarget(List<QueryFigure> queries) {
        int under = 0;
        for (QueryFigure q : queries) {
            under += q.warmP95Millis() <= TARGET_QUERY_P95_MS ? 1 : 0;
        }
        return under;
    }

    /** The query target's row: the worst warm p95 of the pack. */
    private static void queryTarget(StringBuilder b, List<QueryFigure> queries) {
        if (queries.isEmpty()) {
            return;
        }
        QueryFigure worst = Collections.max(queries, Comparator.comparingDouble(QueryFigure::warmP95Millis));
        double p95 = worst.warmP95Millis();
        int under = withinQueryTarget(queries);
        target(b, "canned query p95 <= 100 ms, warm (set on the 10,000-article store)",
                String.format(Locale.ROOT, "%d of %d queries; worst %.1f ms (`%s`)", under, queries.size(), p95,
                        worst.file()), p95 <= TARGET_QUERY_P95_MS);
    }

    public static JsonObject json(BenchmarkReport r) {
        BenchmarkReport.CorpusFigures c = r.corpus();
        JsonObject root = new JsonObject();
        root.put("machine", machineJson(r.machine()));

        JsonObject settings = new JsonObject();
        settings.put("corpus", r.settings().corpus());
        settings.put("runs", r.settings().runs());
        settings.put("warmup", r.settings().warmup());
        settings.put("threads", r.settings().threads());
        // A number of articles, as before there were growing batches, or "auto".
        OptionalInt fixed = r.settings().commitBatch().fixedArticles();
        if (fixed.isPresent()) {
            settings.put("commitBatch", fixed.getAsInt());
        } else {
            settings.put("commitBatch", r.settings().commitBatch().toString());
        }
        settings.put("queryRuns", r.settings().queryRuns());
        settings.put("queryWarmupSeconds", r.settings().queryWarmupSeconds());
        settings.put("queryBudgetSeconds", r.settings().queryBudgetSeconds());
        settings.put("queries", r.settings().queries());
        settings.put("bindings", bindingsJson(r.settings().bindings()));
        settings.put("started", r.settings().started());
        root.put("settings", settings);

        JsonObject corpus = new JsonObject();
        corpus.put("articles", c.articles());
        corpus.put("skipped", c.skipped());
        corpus.put("bytes", c.bytes());
        corpus.put("sentences", c.sentences());
        corpus.put("tokens", c.tokens());
        corpus.put("mentions", c.mentions());
        corpus.put("relations", c.relations());
        corpus.put("storeQuads", c.storeQuads());
        root.put("corpus", corpus);

        root.put("endToEnd", throughput(r.endToEnd(), c));
        root.put("bareOpenNlp", throughput(r.bareOpenNlp(), c));
        root.put("endToEndRatio", ratio(r.endToEndRatio(), r.endToEndRatios()));
        root.put("endToEndCpu", timing(r.endToEndCpu()));
        root.put("cpuShare", ratio(r.cpuShare(), r.cpuShares()));

        JsonArray stages = new JsonArray();
        for (StageFigure s : r.stages()) {
            JsonObject o = timing(s.timing());
            o.put("stage", s.stage());
            o.put("tokensPerSecond", number(s.timing().rate(c.tokens()), 1));
            stages.add(o);
        }
        root.put("stages", stages);

        BenchmarkReport.StoreFigures st = r.store();
        JsonObject store = new JsonObject();
        JsonObject ours = timing(st.ours());
        ours.put("quads", st.ourQuads());
        ours.put("quadsPerSecond", number(st.ours().rate(st.ourQuads()), 1));
        store.put("ours", ours);
        JsonObject bulk = timing(st.bulk());
        bulk.put("loader", st.loader());
        bulk.put("nquadsBytes", st.nquadsBytes());
        bulk.put("quads", st.bulkQuads());
        bulk.put("quadsPerSecond", number(st.bulk().rate(st.bulkQuads()), 1));
        store.put("bulkLoader", bulk);
        store.put("ratio", ratio(r.storeRatio(), r.storeRatios()));
        root.put("store", store);

        root.put("queries", queriesJson(r.queries()));

        BenchmarkReport.MemoryFigures mem = r.memory();
        JsonObject memory = new JsonObject();
        memory.put("peakHeapBytes", longs(mem.peakHeap()));
        memory.put("peakHeapMaxBytes", Collections.max(mem.peakHeap()));
        memory.put("peakRssBytes", longs(mem.peakRss()));
        memory.put("peakRssMaxBytes", Collections.max(mem.peakRss()));
        memory.put("rssSource", mem.rssSource());
        root.put("memory", memory);
        return root;
    }

    private static JsonObject machineJson(BenchmarkReport.Machine m) {
        JsonObject machine = new JsonObject();
        machine.put("cpu", m.cpu());
        machine.put("cores", m.cores());
        machine.put("memoryBytes", m.memoryBytes());
        machine.put("os", m.os());
        machine.put("java", m.java());
        machine.put("maxHeapBytes", m.maxHeapBytes());
        JsonArray args = new JsonArray();
        m.jvmArguments().forEach(args::add);
        machine.put("jvmArguments", args);
        return machine;
    }

    private static JsonArray queriesJson(List<QueryFigure> figures) {
        JsonArray queries = new JsonArray();
        for (QueryFigure q : figures) {
            JsonObject o = new JsonObject();
            o.put("file", q.file());
            o.put("title", q.title());
            o.put("rows", q.rows());
            o.put("cold", latencies(q.coldNanos()));
            o.put("warmupRuns", q.warmupRuns());
            o.put("warm", latencies(q.warmNanos()));
            queries.add(o);
        }
        return queries;
    }

    private static JsonObject throughput(Timing t, BenchmarkReport.CorpusFigures c) {
        JsonObject o = timing(t);
        o.put("articlesPerSecond", number(t.rate(c.articles()), 2));
        o.put("tokensPerSecond", number(t.rate(c.tokens()), 1));
        return o;
    }

    private static JsonObject timing(Timing t) {
        JsonObject o = new JsonObject();
        o.put("medianSeconds", number(t.medianSeconds(), 4));
        JsonArray runs = new JsonArray();
        t.nanos().forEach(n -> runs.add(number(n / 1e9, 4)));
        o.put("runsSeconds", runs);
        return o;
    }

    private static JsonObject ratio(double median, List<Double> runs) {
        JsonObject o = new JsonObject();
        o.put("median", number(median, 4));
        JsonArray a = new JsonArray();
        runs.forEach(x -> a.add(number(x, 4)));
        o.put("runs", a);
        return o;
    }

    private static JsonObject latencies(List<Long> nanos) {
        JsonObject o = new JsonObject();
        o.put("p50Ms", number(ms(Stats.percentile(nanos, 50)), 3));
        o.put("p95Ms", number(ms(Stats.percentile(nanos, 95)), 3));
        JsonArray a = new JsonArray();
        nanos.forEach(n -> a.add(number(ms(n), 3)));
        o.put("samplesMs", a);
        return o;
    }

    private static JsonArray longs(List<Long> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    private static JsonNumber number(double value, int decimals) {
        return JsonNumber.value(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    private static String seconds(Timing t) {
        StringBuilder b = new StringBuilder();
        for (long n : t.nanos()) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", n / 1e9));
        }
        return b.toString();
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    private static String ratios(List<Double> ratios) {
        StringBuilder b = new StringBuilder();
        for (double r : ratios) {
            b.append(b.length() == 0 ? "" : ", ").append(percent(r));
        }
        return b.toString();
    }

    private static String bytesList(List<Long> values) {
        StringBuilder b = new StringBuilder();
        for (long v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(bytes(v));
        }
        return b.toString();
    }

    static String bytes(long n) {
        if (n < 0) {
            return "unknown";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        if (n < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GiB", n / (1024.0 * 1024 * 1024));
    }
}
