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

    /** Calendar words: capitalised in English, never names. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
            "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Lower-case words that may stand inside a name ("Bank of Ghana", "Ursula von der Leyen"). */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the", "on", "de", "da", "del", "der",
            "van", "von", "bin", "ibn", "al", "el", "la", "le", "du", "dos", "das", "di", "&");

    private final TextAnnotator annotator;
    private final Gazetteer gazetteer;
    private final Set<String> commonWords;
    private final List<MentionFinder> finders;
    private final RuleMentionFinder rules;

    public MentionExtractor(NlpModels models, Gazetteer gazetteer) {
        this.annotator = new TextAnnotator(models);
        this.gazetteer = gazetteer;
        this.commonWords = models.commonWords();
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
     * name ("Ilse" in "Ilse Brandauer"), or an organisation by its head noun ("Coastal League", whatever type the model
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
                // "Kenyan President X": the demonym belongs to the title, not to the name. (Not stripped before an
                // organisation: "African Export-Import Bank", "Communist Party of Nepal" keep theirs.)
                start++;
                trimmed = true;
            }
        }
        // A title inside a span ("U.K. envoy Tom Reyes") starts the person's name.
        EntityType type = span.type();
        for (int i = start + 1; i < end; i++) {
            int titleEnd = rules.titleEnd(sentence, i);
            if (titleEnd > i && titleEnd < end && Character.isLowerCase(tokens.get(i).text().codePointAt(0))
                    || titleEnd > i && titleEnd < end && i > start && gazetteer.lookup(tokens.get(i - 1).text()).isPresent()) {
                start = titleEnd;
                type = EntityType.PERSON;
                break;
            }
        }
        // A lower-case word that cannot join a name ends it ("Kenyan forces", "peace proposal").
        for (int i = start + 1; i < end; i++) {
            String t = tokens.get(i).text();
            if (Character.isLowerCase(t.codePointAt(0)) && !NAME_JOINERS.contains(t) && !t.contains("-")
                    && !isTrailingNoise(t)) {
                end = i;
                break;
            }
        }
        while (end > start && (isTrailingNoise(tokens.get(end - 1).text())
                || end - 1 > start && gazetteer.isTitle(tokens.get(end - 1).text())
                || CALENDAR.contains(tokens.get(end - 1).text().toLowerCase(Locale.ROOT)))) {
            end--;
        }
        while (start < end && CALENDAR.contains(tokens.get(start).text().toLowerCase(Locale.ROOT))) {
            start++;
        }
        if (end <= start || !Character.isLetterOrDigit(tokens.get(start).text().codePointAt(0))) {
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
        if (known.isEmpty() && allCommon(tokens, start, end)) {
            // Headline words ("Chile Talks", "Yield Breakthrough", "However"): keep a known name inside, if any.
            return knownCore(sentence, span, start, end);
        }
        NameSpan result = span.withBounds(start, end).withType(type);
        if (known.isPresent() && known.get().type() != result.type() && isSure(known.get(), text)) {
            result = result.withType(known.get().type());
        }
        return Optional.of(result);
    }

    /** Whether every word of the span is a common word of the corpus, a demonym or a calendar word. */
    private boolean allCommon(List<Sentence.Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String t = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (!commonWords.contains(t) && !gazetteer.isDemonym(t) && !CALENDAR.contains(t) && !NAME_JOINERS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** The longest part of a span of common words that the gazetteer knows ("Chile" in "Chile Talks"), if any. */
    private Optional<NameSpan> knownCore(Sentence sentence, NameSpan span, int start, int end) {
        for (int n = end - start - 1; n >= 1; n--) {
            for (int i = start; i + n <= end; i++) {
                Optional<Gazetteer.Entry> e = gazetteer.lookup(DictionaryMentionFinder.text(sentence, i, i + n));
                if (e.isPresent() && isSure(e.get(), DictionaryMentionFinder.text(sentence, i, i + n))) {
                    return Optional.of(span.withBounds(i, i + n).withType(e.get().type()));
                }
            }
        }
        return Optional.empty();
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
