package org.newsgraph.nlp.train;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.namefind.NameSample;

import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.MentionExtractor;
import org.newsgraph.nlp.NlpModels;

/**
 * Scores the whole mention stage (model, rules, gazetteer, cleaning), not the model alone, on annotated sentences:
 * each sentence is joined back into text, run through {@link MentionExtractor}, and its mentions compared with the
 * annotated names by type and text, micro-averaged. This is the figure that matters for unseen articles.
 */
public final class MentionPipelineEvaluation {

    /** True positives, false positives and false negatives of one type, or of all. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int dtp, int dfp, int dfn) {
            return new Counts(tp + dtp, fp + dfp, fn + dfn);
        }

        @Override
        public String toString() {
            return String.format("precision %.4f, recall %.4f, F1 %.4f (tp %d, fp %d, fn %d)", precision(), recall(),
                    f1(), tp, fp, fn);
        }
    }

    private MentionPipelineEvaluation() {}

    /** Counts by type ({@code person}, {@code place}, {@code organization}) and in all under the key {@code ""}. */
    public static Map<String, Counts> evaluate(NlpModels models, Gazetteer gazetteer, List<NameSample> samples) {
        MentionExtractor extractor = new MentionExtractor(models, gazetteer);
        Map<String, Counts> counts = new TreeMap<>();
        for (NameSample s : samples) {
            String text = String.join(" ", s.getSentence());
            Set<String> gold = new HashSet<>();
            for (var span : s.getNames()) {
                gold.add(span.getType() + "|" + String.join(" ",
                        Arrays.copyOfRange(s.getSentence(), span.getStart(), span.getEnd())));
            }
            Set<String> found = new HashSet<>();
            for (Mention m : extractor.analyze(new Article("sentence", null, text, "")).mentions()) {
                found.add(m.type().nerType() + "|" + m.text());
            }
            for (String f : found) {
                String type = f.substring(0, f.indexOf('|'));
                boolean hit = gold.contains(f);
                counts.merge(type, new Counts(hit ? 1 : 0, hit ? 0 : 1, 0), MentionPipelineEvaluation::sum);
            }
            for (String g : gold) {
                if (!found.contains(g)) {
                    counts.merge(g.substring(0, g.indexOf('|')), new Counts(0, 0, 1), MentionPipelineEvaluation::sum);
                }
            }
        }
        Counts all = new Counts(0, 0, 0);
        for (Counts c : counts.values()) {
            all = all.plus(c.tp(), c.fp(), c.fn());
        }
        counts.put("", all);
        return counts;
    }

    private static Counts sum(Counts a, Counts b) {
        return a.plus(b.tp(), b.fp(), b.fn());
    }
}
