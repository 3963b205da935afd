package org.newsgraph.nlp.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

import org.newsgraph.gold.GoldDocument;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnnotator;

/**
 * Turns an article and its gold annotation into name finder training samples: every gold surface form is tagged
 * wherever it stands on token boundaries, longest first. A leading "The" stays outside the name, as in the corpus the
 * team writes. Optional entities are tagged only where they do not swallow a required one ("Okafor administration").
 */
public final class GoldSamples {

    private final TextAnnotator annotator;

    public GoldSamples(TextAnnotator annotator) {
        this.annotator = annotator;
    }

    public List<NameSample> samples(String text, GoldDocument gold) {
        List<Form> forms = forms(gold);
        List<NameSample> samples = new ArrayList<>();
        for (Sentence sentence : annotator.sentences(text)) {
            List<Span> spans = new ArrayList<>();
            for (Form form : forms) {
                tag(sentence, form, spans);
            }
            spans.sort(Comparator.naturalOrder());
            samples.add(new NameSample(sentence.tokenTexts(), spans.toArray(Span[]::new), samples.isEmpty()));
        }
        return samples;
    }

    private record Form(String text, EntityType type) {}

    private static List<Form> forms(GoldDocument gold) {
        List<String> required = new ArrayList<>();
        gold.entities().stream().filter(e -> !e.optional()).forEach(e -> required.addAll(e.mentions()));
        List<Form> forms = new ArrayList<>();
        for (GoldDocument.Entity e : gold.entities()) {
            EntityType type = EntityType.parse(e.types().get(0));
            for (String m : e.mentions()) {
                String surface = m.startsWith("The ") ? m.substring(4) : m;
                boolean swallows = e.optional() && required.stream().anyMatch(r -> !r.equals(m) && m.contains(r));
                if (!swallows) {
                    forms.add(new Form(surface, type));
                }
            }
        }
        forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
        return forms;
    }

    private static void tag(Sentence sentence, Form form, List<Span> spans) {
        List<Sentence.Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int begin = tokens.get(i).begin() - sentence.begin();
            if (!sentence.text().startsWith(form.text(), begin)) {
                continue;
            }
            int end = begin + form.text().length();
            for (int j = i; j < tokens.size(); j++) {
                if (tokens.get(j).end() - sentence.begin() == end) {
                    Span span = new Span(i, j + 1, form.type().nerType());
                    if (spans.stream().noneMatch(span::intersects)) {
                        spans.add(span);
                    }
                    break;
                }
            }
        }
    }
}
