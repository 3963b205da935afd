package org.newsgraph.bench;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code bench queries} measured: the canned query pack timed on an existing store ({@link QueryPass}), with the
 * machine, the store's size and the settings. {@link ReportWriter} writes it as Markdown and JSON.
 */
public record QueryReport(BenchmarkReport.Machine machine, String store, long storeQuads, int openings, int warmup,
                          long warmupSeconds, int queryRuns, long queryBudgetSeconds, String queries,
                          Map<String, String> bindings, String started, List<BenchmarkReport.QueryFigure> figures) {

    public QueryReport {
        bindings = Collections.unmodifiableMap(new TreeMap<>(bindings));
        figures = List.copyOf(figures);
    }
}
