package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.ingest.Article;

/**
 * The NLP stage: sentences and tokens, then names from the trained model, the title and first-name rules and the
 * gazetteer, cleaned (no titles, leading "the" or possessives inside a name; no demonyms or pronouns) and merged so
 * that no two mentions overlap. The model is preferred; the gazetteer corrects its type for names it knows for sure.
 * Not thread-safe (OpenNLP decoders): one per thread, all sharing one {@link NlpModels} and {@link Gazetteer}.
 */
public final class MentionExtractor {

    private static final Set<String> PRONOUNS = Set.of("i", "he", "she", "it", "we", "they", "you", "him", "her",
            "them", "us", "his", "hers", "its", "our", "their", "this", "that", "these", "those");

    private final TextAnnotator annotator;
    private final Gazetteer gazetteer;
    private final List<MentionFinder> finders;
    private final RuleMentionFinder rules;

    public MentionExtractor(NlpModels models, Gazetteer gazetteer) {
        this.annotator = new TextAnnotator(models);
        this.gazetteer = gazetteer;
        this.rules = new RuleMentionFinder(gazetteer);
        List<MentionFinder> f = new ArrayList<>();
        if (models.nameModel() != null) {
            f.add(new ModelMentionFinder(models.nameModel()));
        }
        f.add(rules);
        f.add(new DictionaryMentionFinder(gazetteer));
        this.finders = List.copyOf(f);
    }

    public TextAnnotator annotator() {
        return annotator;
    }

    public AnalyzedArticle analyze(Article article) {
        List<Sentence> sentences = annotator.sentences(article.text());
        finders.forEach(MentionFinder::startArticle);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            for (NameSpan span : select(sentence)) {
                int begin = sentence.tokens().get(span.start()).begin();
                int end = sentence.tokens().get(span.end() - 1).end();
                mentions.add(new Mention(begin, end, article.text().substring(begin, end), span.type(),
                        sentence.index(), span.finder(), span.confidence()));
            }
        }
        return new AnalyzedArticle(article, sentences, mentions);
    }

    /** The cleaned, non-overlapping names of one sentence, in token order. */
    List<NameSpan> select(Sentence sentence) {
        List<NameSpan> candidates = new ArrayList<>();
        for (MentionFinder finder : finders) {
            for (NameSpan span : finder.find(sentence)) {
                clean(sentence, span).ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparingInt((NameSpan s) -> s.finder().ordinal())
                .thenComparing(Comparator.comparingInt(NameSpan::length).reversed())
                .thenComparingInt(NameSpan::start));
        List<NameSpan> chosen = new ArrayList<>();
        for (NameSpan c : candidates) {
            NameSpan span = widen(c, candidates);
            if (chosen.stream().noneMatch(span::overlaps)) {
                chosen.add(span);
            }
        }
        chosen.sort(Comparator.comparingInt(NameSpan::start));
        return chosen;
    }

    /**
     * A rule-found name that contains a model name is the better span when the rule is specific: a longer person
     * name ("Yuri" in "Yuri Ushakov"), or an organisation by its head noun ("Coastal League", whatever type the model
     * gave it).
     */
    private static NameSpan widen(NameSpan span, List<NameSpan> candidates) {
        if (span.finder() != Mention.Finder.MODEL) {
            return span;
        }
        return candidates.stream()
                .filter(c -> c.finder() == Mention.Finder.RULE && c.contains(span))
                .filter(c -> c.type() == EntityType.ORGANIZATION
                        || c.type() == EntityType.PERSON && span.type() == EntityType.PERSON && c.length() > span.length())
                .findFirst()
                .map(c -> new NameSpan(c.start(), c.end(), c.type(), Mention.Finder.MODEL, span.confidence()))
                .orElse(span);
    }

    /** Trims titles, articles and possessives off a candidate and drops what is not a name. */
    Optional<NameSpan> clean(Sentence sentence, NameSpan span) {
        List<Sentence.Token> tokens = sentence.tokens();
        int start = span.start();
        int end = span.end();
        boolean trimmed = true;
        while (trimmed && start < end) {
            trimmed = false;
            String first = tokens.get(start).text();
            int titleEnd = rules.titleEnd(sentence, start);
            if (titleEnd > start && titleEnd <= end) {
                start = titleEnd;
                trimmed = true;
            } else if (first.equalsIgnoreCase("the")) {
                start++;
                trimmed = true;
            } else if (gazetteer.isDemonym(first) && start + 1 < end && rules.titleEnd(sentence, start + 1) > start + 1) {
                // "Russian President X": the demonym belongs to the title, not to the name. (Not stripped before an
                // organisation: "African Export-Import Bank", "Communist Party of Nepal" keep theirs.)
                start++;
                trimmed = true;
            }
        }
        while (end > start && (isTrailingNoise(tokens.get(end - 1).text())
                || end - 1 > start && gazetteer.isTitle(tokens.get(end - 1).text()))) {
            end--;
        }
        if (end <= start) {
            return Optional.empty();
        }
        String text = DictionaryMentionFinder.text(sentence, start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        if (gazetteer.isDemonym(text) || gazetteer.isTitle(text) || PRONOUNS.contains(lower)) {
            return Optional.empty();
        }
        Optional<Gazetteer.Entry> known = gazetteer.lookup(text);
        if (text.equals(lower) && known.isEmpty()) {
            return Optional.empty();
        }
        NameSpan result = span.withBounds(start, end);
        if (known.isPresent() && known.get().type() != result.type() && isSure(known.get(), text)) {
            result = result.withType(known.get().type());
        }
        return Optional.of(result);
    }

    private boolean isSure(Gazetteer.Entry entry, String text) {
        return entry.kind() != Gazetteer.Kind.CITY
                || entry.population() >= Gazetteer.CITY_POPULATION_ON_SIGHT && !gazetteer.isFirstName(text);
    }

    private static boolean isTrailingNoise(String token) {
        return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’")
                || token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0));
    }
}
