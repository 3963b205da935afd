package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import opennlp.tools.cmdline.namefind.TokenNameFinderDetailedFMeasureListener;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.eval.FMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.train.MentionPipelineEvaluation;
import org.newsgraph.nlp.train.NameFinderTrainer;
import org.newsgraph.nlp.train.TrainModel;

/** {@code newsgraph train}: trains the name finder, with cross-validation and held-out figures on request. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the name finder model from the annotated corpus and the gold-tagged sample articles.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: do not write).")
    Path out;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Annotated corpus folder (default: src/main/resources/org/newsgraph/nlp/train).")
    Path corpus;

    @Option(names = "--no-gold", description = "Leave the gold-tagged sample articles out of training.")
    boolean noGold;

    @Option(names = "--cross-validate", paramLabel = "K", description = "Report K-fold cross-validation figures.")
    int folds;

    @Option(names = "--augment", paramLabel = "N", defaultValue = "2",
            description = "Name-swapped copies of the corpus to add (default: ${DEFAULT-VALUE}; cross-validation "
                    + "figures are honest only with 0, since copies of a test sentence would be trained on).")
    int augment;

    @Option(names = "--heldout", paramLabel = "FILE",
            description = "Report precision, recall and F1 on annotated sentences kept out of training.")
    Path heldout;

    @Override
    public Integer call() throws Exception {
        Path corpusDir = corpus != null ? corpus
                : Newsgraph.home().resolve("src/main/resources/org/newsgraph/nlp/train");
        NameFinderTrainer.Builder b = NameFinderTrainer.create().augment(augment);
        TrainModel.corpusFiles(corpusDir).forEach(b::corpus);
        if (!noGold) {
            b.goldArticles(Newsgraph.home().resolve("data/articles"), Newsgraph.home().resolve("data/gold"));
        }
        NameFinderTrainer trainer = b.build();
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Training samples: %d sentences%n", trainer.samples().size());
        if (folds > 1) {
            TokenNameFinderDetailedFMeasureListener detail = new TokenNameFinderDetailedFMeasureListener();
            FMeasure cv = trainer.crossValidate(folds, detail);
            w.printf("%d-fold cross-validation: %s%n%s%n", folds, figures(cv), detail);
        }
        if (out != null || heldout != null) {
            TokenNameFinderModel model = trainer.train();
            if (heldout != null) {
                TokenNameFinderDetailedFMeasureListener detail = new TokenNameFinderDetailedFMeasureListener();
                FMeasure f = NameFinderTrainer.evaluate(model, NameFinderTrainer.readCorpus(heldout), detail);
                w.printf("Held-out (%s), the model alone: %s%n%s%n", heldout.getFileName(), figures(f), detail);
                var pipeline = MentionPipelineEvaluation.evaluate(
                        NlpModels.loadBase().withNameModel(model).withCommonWords(trainer.commonWords()),
                        Gazetteer.load(), NameFinderTrainer.readCorpus(heldout));
                w.printf("Held-out (%s), the whole mention stage (model, rules, gazetteer): %s%n",
                        heldout.getFileName(), pipeline.get(""));
                pipeline.forEach((type, c) -> {
                    if (!type.isEmpty()) {
                        w.printf("  %-12s %s%n", type, c);
                    }
                });
            }
            if (out != null) {
                try (OutputStream o = Files.newOutputStream(out)) {
                    model.serialize(o);
                }
                w.println("Model written to " + out);
            }
        }
        w.flush();
        return 0;
    }

    private static String figures(FMeasure f) {
        return String.format("precision %.4f, recall %.4f, F1 %.4f", f.getPrecisionScore(), f.getRecallScore(),
                f.getFMeasure());
    }

}
