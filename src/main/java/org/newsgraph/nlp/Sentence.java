package org.newsgraph.nlp;

import java.util.List;

/**
 * One sentence of an article and its tokens. All offsets are absolute, half-open character offsets into the article
 * text.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The token texts, as OpenNLP's finders take them. */
    public String[] tokenTexts() {
        String[] texts = new String[tokens.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = tokens.get(i).text();
        }
        return texts;
    }

    /** One token: its text and its absolute offsets. */
    public record Token(int begin, int end, String text) {}
}
