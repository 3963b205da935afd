package org.newsgraph.nlp.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The build step that trains the name finder model ({@code mvn process-classes} runs it): arguments are the output
 * model file, the corpus folder, the articles folder and the gold folder. Beside the model it writes the corpus's
 * common words ({@code common-words.txt}), which the mention stage uses to drop headline words. It always trains (a few seconds), so the
 * model can never be older than the corpus, the gazetteers or the training code.
 */
public final class TrainModel {

    private TrainModel() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: TrainModel OUT.bin CORPUS_DIR ARTICLES_DIR GOLD_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        NameFinderTrainer.Builder b = NameFinderTrainer.create().goldArticles(Path.of(args[2]), Path.of(args[3]));
        corpusFiles(Path.of(args[1])).forEach(b::corpus);
        long start = System.nanoTime();
        NameFinderTrainer trainer = b.build();
        TokenNameFinderModel model = trainer.train();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
        Files.write(out.resolveSibling("common-words.txt"), trainer.commonWords(), StandardCharsets.UTF_8);
        System.out.printf("Trained the name finder model %s in %.1f s%n", out, (System.nanoTime() - start) / 1e9);
    }

    /** The annotated corpus files of a folder ({@code *.txt}), by name. */
    public static List<Path> corpusFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
