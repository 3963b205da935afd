package org.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;

import org.newsgraph.query.CannedQuery;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;

/**
 * Times the canned query pack on a store, as {@code newsgraph query} runs it: each query in a read transaction, every
 * result read. Cold: the first run of each query on a freshly opened store, once per opening. Warm: on one open store,
 * after warm-up runs, up to {@code runs} timed runs of each query, fewer when a query's timed runs have used up the
 * time budget (at least one run each), so that a pack of slow queries on a large store still finishes.
 * <p>
 * A query's warm-up is a number of runs and a least time: a fast query run twice has not warmed anything yet. The
 * JIT compiles the paths of the query's operators only after many runs, and the heap, which the store's last close
 * has shrunk (TDB2 calls {@code System.gc()} when it releases a store), grows again while the query allocates; both
 * are what a long-running server has behind it, and they made the first timed runs of a fast query several times
 * slower than the later ones.
 */
public final class QueryPass {

    private final List<CannedQuery> pack;
    private final Path queryFolder;
    private final int openings;
    private final int warmup;
    private final Duration warmupTime;
    private final int runs;
    private final Duration budget;
    private final Map<String, String> bindings;

    /**
     * @param queryFolder the folder the pack was read from; the figures name each query by its path in it
     * @param warmup      the least number of untimed warm runs of each query
     * @param warmupTime  the least time the untimed warm runs of one query take together (zero: runs only)
     * @param budget      the most time the timed warm runs of one query may take together
     * @param bindings    variables to bind, as {@code newsgraph query --bind} binds them, each named with its query:
     *                    {@code "entity-facts.rq:name"} (the query's path in the folder, a colon, the variable)
     */
    QueryPass(List<CannedQuery> pack, Path queryFolder, int openings, int warmup, Duration warmupTime, int runs,
              Duration budget, Map<String, String> bindings) {
        if (openings < 1 || warmup < 0 || warmupTime.isNegative() || runs < 1 || budget.isNegative()
                || budget.isZero()) {
            throw new IllegalArgumentException("need at least one opening and one run, no negative warm-up and a "
                    + "positive budget: " + openings + ", " + runs + ", " + warmup + ", " + warmupTime + ", " + budget);
        }
        this.pack = List.copyOf(pack);
        this.queryFolder = queryFolder;
        this.openings = openings;
        this.warmup = warmup;
        this.warmupTime = warmupTime;
        this.runs = runs;
        this.budget = budget;
        this.bindings = Map.copyOf(bindings);
        Set<String> files = new HashSet<>();
        this.pack.forEach(q -> files.add(fileOf(q)));
        for (String key : bindings.keySet()) {
            int colon = key.lastIndexOf(':');
            if (colon < 1 || colon == key.length() - 1 || !files.contains(key.substring(0, colon))) {
                throw new IllegalArgumentException("a binding names a query of the pack and a variable, as in "
                        + "entity-facts.rq:name=VALUE; no query '" + (colon < 1 ? key : key.substring(0, colon))
                        + "' in " + queryFolder);
            }
        }
    }

    private String fileOf(CannedQuery q) {
        return queryFolder.relativize(q.file()).toString();
    }

    /** The bindings of one query, by variable name. */
    private Map<String, String> bindingsOf(CannedQuery q) {
        Map<String, String> out = new HashMap<>();
        String prefix = fileOf(q) + ":";
        bindings.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                out.put(key.substring(prefix.length()), value);
            }
        });
        return out;
    }

    /**
     * Times the pack of {@code queryFolder} on the existing store in {@code store}, for {@code bench queries}.
     *
     * @throws NoSuchFileException when {@code queryFolder} is not a folder
     */
    public static QueryReport measure(Path store, Path queryFolder, int openings, int warmup, Duration warmupTime,
                                      int runs, Duration budget, Map<String, String> bindings,
                                      ProgressMeter.Factory progress)
            throws IOException {
        if (!Files.isDirectory(queryFolder)) {
            throw new NoSuchFileException(queryFolder.toString(), null, "no such query folder");
        }
        QueryPass pass = new QueryPass(CannedQuery.pack(queryFolder), queryFolder, openings, warmup, warmupTime, runs,
                budget, bindings);
        String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        long quads;
        try (GraphStore graphStore = GraphStore.open(store)) {
            quads = graphStore.size();
        }
        List<BenchmarkReport.QueryFigure> figures = pass.time(store, progress);
        return new QueryReport(BenchmarkRunner.machine(), store.toString(), quads, openings, warmup,
                warmupTime.toSeconds(), runs, budget.toSeconds(), queryFolder.toString(), bindings, started, figures);
    }

    /** Runs the pack on the store in {@code store} (opened and closed here, once per opening and once warm). */
    List<BenchmarkReport.QueryFigure> time(Path store, ProgressMeter.Factory progress) {
        Map<CannedQuery, List<Long>> cold = new LinkedHashMap<>();
        Map<CannedQuery, List<Long>> warm = new LinkedHashMap<>();
        Map<CannedQuery, Integer> warmups = new LinkedHashMap<>();
        Map<CannedQuery, Long> rows = new LinkedHashMap<>();
        Map<CannedQuery, Query> parsed = new LinkedHashMap<>();
        for (CannedQuery q : pack) {
            parsed.put(q, QueryRunner.bind(q.sparql(), bindingsOf(q)));
            cold.put(q, new ArrayList<>());
            warm.put(q, new ArrayList<>());
        }
        int perQuery = openings + warmup + runs;
        try (ProgressMeter m = progress.counting("queries", pack.size() * perQuery, "queries")) {
            for (int r = 0; r < openings; r++) {
                try (GraphStore graphStore = GraphStore.open(store)) {
                    for (CannedQuery q : pack) {
                        long t0 = System.nanoTime();
                        rows.put(q, execute(graphStore, parsed.get(q)));
                        cold.get(q).add(System.nanoTime() - t0);
                        m.advance(1);
                    }
                }
            }
            try (GraphStore graphStore = GraphStore.open(store)) {
                for (CannedQuery q : pack) {
                    long warmed = 0;
                    int i = 0;
                    for (; i < warmup || warmed < warmupTime.toNanos(); i++) {
                        long t0 = System.nanoTime();
                        execute(graphStore, parsed.get(q));
                        warmed += System.nanoTime() - t0;
                        if (i < warmup) {
                            m.advance(1);
                        }
                    }
                    warmups.put(q, i);
                    long spent = 0;
                    int done = 0;
                    while (done < runs && (done == 0 || spent < budget.toNanos())) {
                        long t0 = System.nanoTime();
                        execute(graphStore, parsed.get(q));
                        long took = System.nanoTime() - t0;
                        warm.get(q).add(took);
                        spent += took;
                        done++;
                        m.advance(1);
                    }
                    m.advance(runs - done);
                }
            }
        }
        List<BenchmarkReport.QueryFigure> out = new ArrayList<>();
        for (CannedQuery q : pack) {
            out.add(new BenchmarkReport.QueryFigure(fileOf(q), q.title(), rows.get(q), cold.get(q), warmups.get(q),
                    warm.get(q)));
        }
        return out;
    }

    /** Runs a query in a read transaction and reads every result, as {@code newsgraph query} does; returns the rows. */
    static long execute(GraphStore store, Query query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    long n = 0;
                    while (rs.hasNext()) {
                        rs.next();
                        n++;
                    }
                    return n;
                }
                if (query.isAskType()) {
                    qe.execAsk();
                    return 1L;
                }
                return query.isConstructType() ? qe.execConstruct().size() : qe.execDescribe().size();
            }
        });
    }
}
