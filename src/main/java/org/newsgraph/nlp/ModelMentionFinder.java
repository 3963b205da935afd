package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** The statistical finder: OpenNLP's {@link NameFinderME} with the model this project trains. Not thread-safe. */
public final class ModelMentionFinder implements MentionFinder {

    private final NameFinderME finder;

    public ModelMentionFinder(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        String[] tokens = sentence.tokenTexts();
        Span[] spans = finder.find(tokens);
        double[] probs = finder.probs(spans);
        List<NameSpan> result = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            result.add(new NameSpan(spans[i].getStart(), spans[i].getEnd(), EntityType.parse(spans[i].getType()),
                    Mention.Finder.MODEL, probs[i]));
        }
        return result;
    }

    @Override
    public void startArticle() {
        finder.clearAdaptiveData();
    }
}
