package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences and tokens with OpenNLP's English models, repaired where those models (trained on
 * web text, not news) go wrong on news. Line breaks end a sentence (news text puts headlines, captions and
 * boilerplate on lines of their own, without a full stop). A sentence that ends in an abbreviation ("Gen.", "Nov.",
 * "U.K.") runs on into the next. Tokens follow the convention of the training corpus: a possessive 's is a token of
 * its own, hyphenated words and abbreviations with their full stop are one token. Not thread-safe: it holds OpenNLP
 * decoders; use one per thread.
 */
public final class TextAnnotator {

    /** The longest sentence the NLP stages see; longer runs of text are cut at white space. */
    public static final int MAX_SENTENCE_CHARS = 1000;

    private static final String ABBREVIATIONS = "Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pvt|Mr|Mrs|Ms|Dr"
            + "|Prof|Rev|Fr|St|Mt|Ft|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|vs|Gens|Messrs";
    /** A token that is an abbreviation when a full stop follows it: a listed word or capitals with stops (U.K). */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:" + ABBREVIATIONS + "|(?:\\p{Lu}\\.)+\\p{Lu})");
    /** A sentence ending in an abbreviation, which the sentence model takes for a full stop. */
    static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:" + ABBREVIATIONS + ")\\.|(?:^|[\\s(])(?:\\p{Lu}\\.)+)$");
    /** The longest match of the first branch of {@link #ABBREVIATION_END}: a listed word, its full stop, "\r\n". */
    private static final int ABBREVIATION_END_CHARS = Arrays.stream(ABBREVIATIONS.split("\\|"))
            .mapToInt(String::length).max().orElseThrow() + 3;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;

    public TextAnnotator(NlpModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
    }

    /** The sentences of {@code text} with their tokens, in order. */
    public List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                int begin = -1;
                for (Span s : sentenceDetector.sentPosDetect(line)) {
                    Span trimmed = s.trim(line);
                    if (trimmed.length() == 0) {
                        continue;
                    }
                    if (begin < 0) {
                        begin = trimmed.getStart();
                    }
                    if (!endsInAbbreviation(line.substring(begin, trimmed.getEnd()))) {
                        add(sentences, text, lineStart + begin, lineStart + trimmed.getEnd());
                        begin = -1;
                    }
                }
                if (begin >= 0) {
                    add(sentences, text, lineStart + begin, lineStart + line.stripTrailing().length());
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /**
     * Whether {@link #ABBREVIATION_END} is found in {@code text}, searched for near the end only: a match ends at the
     * end of the text (or before a line break there), so it starts at most {@link #ABBREVIATION_END_CHARS} characters
     * before it, or just before a run of capitals and full stops ("U.K."). Searching from there finds what searching
     * the whole sentence finds, without trying the listed words at every character; transparent, non-anchoring bounds
     * let {@code \b} and {@code ^} see the whole text.
     */
    static boolean endsInAbbreviation(String text) {
        int run = text.length();
        while (run > 0 && mayEndInitials(text.charAt(run - 1))) {
            run--;
        }
        int from = Math.max(0, Math.min(run - 1, text.length() - ABBREVIATION_END_CHARS));
        return ABBREVIATION_END.matcher(text).region(from, text.length()).useTransparentBounds(true)
                .useAnchoringBounds(false).find();
    }

    /** Whether {@code c} may stand in a run "U.K." ending a sentence: a capital (or half one), stop or line break. */
    private static boolean mayEndInitials(char c) {
        return c == '.' || Character.getType(c) == Character.UPPERCASE_LETTER || Character.isSurrogate(c)
                || c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Adds the sentence {@code [begin, end)}, cut at white space into pieces of at most {@value #MAX_SENTENCE_CHARS}
     * characters: text without punctuation would otherwise make one sentence of any length.
     */
    private void add(List<Sentence> sentences, String text, int begin, int end) {
        while (end - begin > MAX_SENTENCE_CHARS) {
            int cut = begin + MAX_SENTENCE_CHARS;
            while (cut > begin + MAX_SENTENCE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
                cut--;
            }
            sentences.add(sentence(sentences.size(), text, begin, cut));
            begin = cut;
            while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
        }
        if (end > begin) {
            sentences.add(sentence(sentences.size(), text, begin, end));
        }
    }

    private Sentence sentence(int index, String text, int begin, int end) {
        String sentenceText = text.substring(begin, end);
        List<Span> raw = new ArrayList<>(List.of(tokenizer.tokenizePos(sentenceText)));
        List<Sentence.Token> tokens = new ArrayList<>();
        for (Span t : repair(sentenceText, raw)) {
            tokens.add(new Sentence.Token(begin + t.getStart(), begin + t.getEnd(),
                    sentenceText.substring(t.getStart(), t.getEnd())));
        }
        return new Sentence(index, begin, end, sentenceText, tokens);
    }

    /**
     * Whether a hyphen joins its neighbours into one word: "high-stakes", "son-in-law", "Okonjo-Iweala", but not a name
     * and a lower-case word ("Elysée-backed") nor an acronym ("UN-brokered", "UK-led"), so that the name stays a token
     * of its own.
     */
    private static boolean joinsHyphen(String left, String right) {
        if (left.isEmpty() || right.isEmpty() || !Character.isLetterOrDigit(left.codePointBefore(left.length()))
                || !Character.isLetterOrDigit(right.codePointAt(0))) {
            return false;
        }
        boolean leftName = Character.isUpperCase(left.codePointAt(0));
        boolean rightName = Character.isUpperCase(right.codePointAt(0));
        boolean acronym = isAcronym(left) || isAcronym(right);
        return !acronym && leftName == rightName;
    }

    private static String lastWord(String token) {
        return token.substring(token.lastIndexOf('-') + 1);
    }

    /** Splits a token at its inner hyphens, so that the join rule alone decides what a hyphen joins. */
    private static void explodeHyphens(String text, Span t, List<Span> out) {
        String s = t.getCoveredText(text).toString();
        int start = 0;
        for (int i = 0; i < s.length() && s.length() > 1; i++) {
            if (s.charAt(i) == '-') {
                if (i > start) {
                    out.add(new Span(t.getStart() + start, t.getStart() + i));
                }
                out.add(new Span(t.getStart() + i, t.getStart() + i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(new Span(t.getStart() + start, t.getEnd()));
        }
    }

    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Joins hyphenated words and abbreviations the tokenizer split, and splits possessives it left attached. */
    static List<Span> repair(String text, List<Span> tokens) {
        List<Span> pieces = new ArrayList<>();
        for (Span t : tokens) {
            explodeHyphens(text, t, pieces);
        }
        List<Span> joined = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Span t = pieces.get(i);
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            String tokenText = t.getCoveredText(text).toString();
            boolean touching = last != null && last.getEnd() == t.getStart();
            if (touching && tokenText.equals(".") && ABBREVIATION.matcher(last.getCoveredText(text)).matches()) {
                joined.set(joined.size() - 1, new Span(last.getStart(), t.getEnd()));
            } else if (touching && tokenText.equals("-") && i + 1 < pieces.size()
                    && pieces.get(i + 1).getStart() == t.getEnd()
                    && joinsHyphen(lastWord(last.getCoveredText(text).toString()),
                            pieces.get(i + 1).getCoveredText(text).toString())) {
                joined.set(joined.size() - 1, new Span(last.getStart(), pieces.get(i + 1).getEnd()));
                i++;
            } else {
                joined.add(t);
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span t : joined) {
            String tokenText = t.getCoveredText(text).toString();
            if (tokenText.length() > 2 && (tokenText.endsWith("'s") || tokenText.endsWith("’s"))) {
                out.add(new Span(t.getStart(), t.getEnd() - 2));
                out.add(new Span(t.getEnd() - 2, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
