package org.newsgraph.bench;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.newsgraph.pipeline.CommitBatch;

/**
 * What a benchmark run measured, as plain values: the machine, the settings, the corpus, and per figure the raw
 * duration of every measured run (warm-up runs are not kept), from which the medians, rates and ratios are derived.
 * {@link ReportWriter} writes it as Markdown and JSON.
 */
public record BenchmarkReport(Machine machine, Settings settings, CorpusFigures corpus, List<StageFigure> stages,
                              Timing endToEnd, Timing endToEndCpu, Timing bareOpenNlp, StoreFigures store,
                              List<QueryFigure> queries, MemoryFigures memory) {

    public BenchmarkReport {
        stages = List.copyOf(stages);
        queries = List.copyOf(queries);
    }

    /** Our end-to-end time over the bare OpenNLP pass's, run by run; the report gives the median of these. */
    public List<Double> endToEndRatios() {
        return ratios(bareOpenNlp.nanos(), endToEnd.nanos());
    }

    /** The median of the per-run ratios of our end-to-end throughput to the bare OpenNLP pass's. */
    public double endToEndRatio() {
        return Stats.median(endToEndRatios());
    }

    /**
     * Per run: the CPU time the build's JVM used over the time it had on all cores (1.0: every core busy for the
     * whole build).
     */
    public List<Double> cpuShares() {
        List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(endToEnd.nanos().size(), endToEndCpu.nanos().size()); i++) {
            out.add((double) endToEndCpu.nanos().get(i) / endToEnd.nanos().get(i) / machine.cores());
        }
        return out;
    }

    public double cpuShare() {
        return Stats.median(cpuShares());
    }

    /** Per run: our store-writing rate over the bulk loader's, both in quads per second. */
    public List<Double> storeRatios() {
        List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i < store.ours().nanos().size(); i++) {
            double ours = store.ourQuads() / (store.ours().nanos().get(i) / 1e9);
            double bulk = store.bulkQuads() / (store.bulk().nanos().get(i) / 1e9);
            out.add(ours / bulk);
        }
        return out;
    }

    public double storeRatio() {
        return Stats.median(storeRatios());
    }

    /** {@code baseline[i] / ours[i]}: a throughput ratio from two lists of durations of the same work. */
    private static List<Double> ratios(List<Long> baseline, List<Long> ours) {
        List<Double> out = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(baseline.size(), ours.size()); i++) {
            out.add((double) baseline.get(i) / ours.get(i));
        }
        return out;
    }

    /** The machine and JVM the figures were measured on. */
    public record Machine(String cpu, int cores, long memoryBytes, String os, String java, long maxHeapBytes,
                          List<String> jvmArguments) {
        public Machine {
            jvmArguments = List.copyOf(jvmArguments);
        }
    }

    /** How the run was made. */
    public record Settings(String corpus, int runs, int warmup, int threads, CommitBatch commitBatch, int queryRuns,
                           long queryWarmupSeconds, long queryBudgetSeconds, String queries,
                           Map<String, String> bindings, String started) {
        public Settings {
            bindings = Collections.unmodifiableMap(new TreeMap<>(bindings));
        }
    }

    /** The corpus as the pipeline saw it: our sentences and tokens are the unit of every tokens-per-second figure. */
    public record CorpusFigures(int articles, int skipped, long bytes, long sentences, long tokens, long mentions,
                                long relations, long storeQuads) {}

    /** Durations of the measured runs of one piece of work, in nanoseconds. */
    public record Timing(List<Long> nanos) {
        public Timing {
            nanos = List.copyOf(nanos);
        }

        public double medianSeconds() {
            return Stats.median(nanos) / 1e9;
        }

        /** Units of work per second at the median duration. */
        public double rate(long units) {
            return units / medianSeconds();
        }
    }

    /** One stage of the pipeline, measured on its own. */
    public record StageFigure(String stage, Timing timing) {}

    /**
     * Store writing: our store stage committing the article graphs ({@code ourQuads} quads), and Jena's bulk loader
     * loading the N-Quads export of our build ({@code bulkQuads} quads) into an empty store.
     */
    public record StoreFigures(Timing ours, long ourQuads, Timing bulk, long bulkQuads, long nquadsBytes,
                               String loader) {}

    /** One canned query: rows returned, and its durations cold (first run on a freshly opened store) and warm. */
    public record QueryFigure(String file, String title, long rows, List<Long> coldNanos, int warmupRuns,
                              List<Long> warmNanos) {
        public QueryFigure {
            coldNanos = List.copyOf(coldNanos);
            warmNanos = List.copyOf(warmNanos);
        }

        /** The nearest-rank 95th percentile of the warm runs, in milliseconds. */
        public double warmP95Millis() {
            return Stats.percentile(warmNanos, 95) / 1e6;
        }
    }

    /** The peaks of the end-to-end builds, one per measured run, in bytes; resident set size -1 where unknown. */
    public record MemoryFigures(List<Long> peakHeap, List<Long> peakRss, String rssSource) {
        public MemoryFigures {
            peakHeap = List.copyOf(peakHeap);
            peakRss = List.copyOf(peakRss);
        }
    }
}
