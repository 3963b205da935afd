package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.bench.BenchmarkReport;
import org.newsgraph.bench.BenchmarkRunner;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.ProgressMeter;
import org.newsgraph.bench.QueryPass;
import org.newsgraph.bench.QueryReport;
import org.newsgraph.bench.ReportWriter;
import org.newsgraph.pipeline.CommitBatch;

/** {@code newsgraph bench}: generates a benchmark corpus, and measures Newsgraph and its baselines on one. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: a generated corpus (bench corpus), the measurements on it (bench run), and the "
                + "canned queries timed on an existing store (bench queries).",
        subcommands = {BenchCommand.Corpus.class, BenchCommand.Run.class, BenchCommand.Queries.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "give a subcommand: corpus, run or queries");
    }

    /** Progress to standard error: an updating line on a terminal, a plain line every few seconds otherwise. */
    static ProgressMeter.Factory progress(CommandSpec spec) {
        return ProgressMeter.Factory.to(spec.commandLine().getErr(), ProgressMeter.onTerminal());
    }

    /** The options of the canned-query pass, shared by {@code bench run} and {@code bench queries}. */
    static final class QueryOptions {

        @Option(names = "--query-runs", paramLabel = "N", defaultValue = "20",
                description = "Timed warm runs of each canned query, for p50 and p95 (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--query-warmup", paramLabel = "SECONDS", defaultValue = "3",
                description = "Least time of the untimed warm runs of each query, on top of their number: the JIT "
                        + "and the heap need it, whatever the number of runs (default: ${DEFAULT-VALUE}; 0: runs "
                        + "only).")
        long warmupSeconds;

        @Option(names = "--query-budget", paramLabel = "SECONDS", defaultValue = "60",
                description = "Most time the timed warm runs of one query may take together; a slower query gets "
                        + "fewer runs, at least one (default: ${DEFAULT-VALUE}).")
        long budgetSeconds;

        @Option(names = "--queries", paramLabel = "DIR", description = "Canned query folder (default: queries/).")
        Path queries;

        @Option(names = "--bind", paramLabel = "QUERY:NAME=VALUE",
                description = "Bind a variable of one query of the pack, as 'query --bind' does, e.g. "
                        + "--bind entity-facts.rq:name=Smith.")
        Map<String, String> bindings = new LinkedHashMap<>();

        Duration budget() {
            return Duration.ofSeconds(budgetSeconds);
        }

        Duration warmup() {
            return Duration.ofSeconds(warmupSeconds);
        }

        Path folder() {
            return queries != null ? queries : Newsgraph.defaultQueries();
        }
    }

    /** {@code newsgraph bench corpus}: writes a deterministic corpus of generated news articles. */
    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Writes N generated news articles (400 to 1,500 words each) into a folder; the same seed "
                    + "gives the same corpus, byte for byte.")
    static final class Corpus implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of articles.")
        int articles;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the articles to.")
        Path out;

        @Option(names = "--force", description = "Replace the bench-*.txt files of a folder that holds a corpus.")
        boolean force;

        @Override
        public Integer call() throws Exception {
            if (articles < 1) {
                throw new ParameterException(spec.commandLine(), "--articles must be at least 1");
            }
            CorpusGenerator generator = CorpusGenerator.create().articles(articles).seed(seed).replaceExisting(force)
                    .progress(progress(spec)).build();
            CorpusGenerator.CorpusSummary summary = generator.write(out);
            spec.commandLine().getOut().print(summary.format());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code newsgraph bench run}: measures on a corpus and writes a Markdown and a JSON report. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Measures each stage, the end-to-end build, a bare OpenNLP pass, Jena's bulk loader on our "
                    + "quads, the canned queries and the build's memory, with warm-up and the median of K runs; "
                    + "writes PREFIX.md and PREFIX.json.")
    static final class Run implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of articles.")
        Path corpus;

        @Option(names = "--runs", paramLabel = "K", defaultValue = "3",
                description = "Measured runs; figures are their median (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
                description = "Runs before the measured ones, not counted (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Mixin
        QueryOptions query;

        @Option(names = "--out", paramLabel = "PREFIX", defaultValue = "bench-report",
                description = "Report path without extension (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--threads", paramLabel = "N",
                description = "Threads of the build and of the bare OpenNLP pass (default: the number of processors).")
        Integer threads;

        @Option(names = "--commit-batch", paramLabel = "N|auto", defaultValue = CommitBatch.GROWING_NAME,
                converter = CommitBatchConverter.class, description = CommitBatchConverter.DESCRIPTION)
        CommitBatch commitBatch;

        @Option(names = "--scratch", paramLabel = "DIR",
                description = "Where the temporary stores go (default: the system's temporary folder).")
        Path scratch;

        @Override
        public Integer call() throws Exception {
            if (runs < 1 || warmup < 0 || query.runs < 1 || query.budgetSeconds < 1 || query.warmupSeconds < 0
                    || threads != null && threads < 1) {
                throw new ParameterException(spec.commandLine(), "--runs, --query-runs, --query-budget and --threads "
                        + "must be at least 1, --warmup and --query-warmup at least 0");
            }
            if (!Files.isDirectory(corpus)) {
                throw new NoSuchFileException(corpus.toString(), null, "no such corpus folder");
            }
            BenchmarkRunner.Builder runner = BenchmarkRunner.create().corpus(corpus).runs(runs).warmup(warmup)
                    .queryRuns(query.runs).queryWarmup(query.warmup()).queryBudget(query.budget())
                    .queries(query.folder()).bindings(query.bindings)
                    .commitBatch(commitBatch).scratch(scratch).progress(progress(spec));
            if (threads != null) {
                runner.threads(threads);
            }
            BenchmarkReport report = runner.build().run();
            List<Path> written = ReportWriter.write(report, out);
            PrintWriter w = spec.commandLine().getOut();
            BenchmarkReport.CorpusFigures c = report.corpus();
            w.printf(Locale.ROOT, "End to end: %,.1f articles/s, %,.0f tokens/s (median of %d runs)%n",
                    report.endToEnd().rate(c.articles()), report.endToEnd().rate(c.tokens()), runs);
            w.printf(Locale.ROOT, "Bare OpenNLP: %,.0f tokens/s; end to end is %.1f%% of it%n",
                    report.bareOpenNlp().rate(c.tokens()), 100 * report.endToEndRatio());
            w.printf(Locale.ROOT, "Store writing: %,.0f quads/s; %.1f%% of Jena's bulk loader (%,.0f quads/s)%n",
                    report.store().ours().rate(report.store().ourQuads()), 100 * report.storeRatio(),
                    report.store().bulk().rate(report.store().bulkQuads()));
            w.printf("Report: %s, %s%n", written.get(0), written.get(1));
            w.flush();
            return 0;
        }
    }

    /** {@code newsgraph bench queries}: times the canned query pack on an existing store. */
    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = "Times every canned query on an existing store, cold (first run on a freshly opened store) "
                    + "and warm, as 'bench run' does at its end; writes PREFIX.md and PREFIX.json.")
    static final class Queries implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--openings", paramLabel = "K", defaultValue = "3",
                description = "Fresh openings of the store, each running every query once cold "
                        + "(default: ${DEFAULT-VALUE}).")
        int openings;

        @Option(names = "--warmup", paramLabel = "W", defaultValue = "2",
                description = "Untimed warm runs of each query before its timed ones (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Mixin
        QueryOptions query;

        @Option(names = "--out", paramLabel = "PREFIX", defaultValue = "bench-queries",
                description = "Report path without extension (default: ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (openings < 1 || warmup < 0 || query.runs < 1 || query.budgetSeconds < 1 || query.warmupSeconds < 0) {
                throw new ParameterException(spec.commandLine(), "--openings, --query-runs and --query-budget must be "
                        + "at least 1, --warmup and --query-warmup at least 0");
            }
            QueryReport report = QueryPass.measure(store.existing(), query.folder(), openings, warmup, query.warmup(),
                    query.runs, query.budget(), query.bindings, progress(spec));
            List<Path> written = ReportWriter.write(report, out);
            PrintWriter w = spec.commandLine().getOut();
            int under = ReportWriter.withinQueryTarget(report.figures());
            w.printf(Locale.ROOT, "Queries: %d, of which %d have a warm p95 <= %.0f ms%n", report.figures().size(),
                    under, ReportWriter.TARGET_QUERY_P95_MS);
            w.printf("Report: %s, %s%n", written.get(0), written.get(1));
            w.flush();
            return 0;
        }
    }
}
