package org.newsgraph.nlp;

import java.util.List;

import org.newsgraph.ingest.Article;

/** An article with its sentences and the mentions found in them, mentions in text order. */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Mention> mentions) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public Sentence sentence(Mention m) {
        return sentences.get(m.sentence());
    }
}
