package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.eval.EvalQueries;
import org.newsgraph.eval.ScoreReport;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.Scores;
import org.newsgraph.eval.SystemOutput;
import org.newsgraph.gold.GoldDocument;
import org.newsgraph.gold.GoldReader;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph eval}: the graph in the store scored against gold annotation files. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the entities and relations in the store against gold files (<article>.gold.json): "
                + "precision, recall and F1, overall and per type.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold files.")
    Path gold;

    @Option(names = "--errors", description = "List every false positive and false negative with its article.")
    boolean errors;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Query pack holding eval/entities-by-document.rq and eval/relations-by-document.rq "
                    + "(default: queries/).")
    Path queries;

    @Override
    public Integer call() throws Exception {
        // Every configuration problem surfaces before the store is opened.
        EvalQueries evalQueries = EvalQueries.load(queries != null ? queries : Newsgraph.defaultQueries());
        Path storeDir = store.existing();
        List<GoldDocument> goldDocs = new GoldReader().readAll(gold);
        if (goldDocs.isEmpty()) {
            throw new NoSuchFileException(gold.toString(), null, "no gold files (*" + GoldReader.SUFFIX + ")");
        }
        SystemOutput system;
        try (GraphStore graphStore = GraphStore.open(storeDir)) {
            // Only the gold documents are scored: read those alone, however many the store holds.
            system = evalQueries.read(graphStore.dataset(), goldDocs.stream().map(GoldDocument::document).toList());
        }
        Scores scores = new Scorer().score(system, goldDocs);

        PrintWriter err = spec.commandLine().getErr();
        scores.warnings().forEach(w -> err.println("newsgraph eval: warning: " + w));
        scores.missingDocuments().forEach(d -> err.println("newsgraph eval: " + d
                + ": not in the store; all its gold counted as false negatives"));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ScoreReport.writeJson(scores, out, errors);
        } else {
            ScoreReport.writeTable(scores, out, errors);
        }
        return 0;
    }
}
