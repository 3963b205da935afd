package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds people by two cues that hold across news styles: a title or role word before capitalised words
 * ("Finance Minister Ana Silva", "envoy Tom Reyes"), and a known first name before a capitalised word ("Ana Silva").
 * The title itself is never part of the name. Stateless and thread-safe.
 */
public final class RuleMentionFinder implements MentionFinder {

    private static final int MAX_NAME_TOKENS = 4;
    static final double TITLE_CONFIDENCE = 0.85;
    static final double FIRST_NAME_CONFIDENCE = 0.7;
    static final double ORGANIZATION_CONFIDENCE = 0.75;
    private static final int MAX_ORGANIZATION_TOKENS = 8;
    /** Last words that make a run of capitalised words the name of an organisation. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("League", "Alliance", "Front", "Party", "Council",
            "Bank", "Ministry", "Commission", "Union", "Agency", "Court", "Association", "Federation", "Company",
            "Corporation", "Group", "Institute", "University", "Forces", "Army", "Navy", "Authority", "Committee",
            "Movement", "Organization", "Organisation", "Fund", "Board", "Office", "Parliament", "Assembly",
            "Congress", "Senate", "Service", "Services", "Network", "Club", "FC", "Inc", "Inc.", "Ltd", "Ltd.",
            "Corp", "Corp.", "Foundation", "Society", "Coalition", "Bureau", "Department", "Tribunal", "Police",
            "Guard", "Brigade", "Brigades", "Militia", "Secretariat", "Cabinet", "Airlines", "Airways", "Holdings",
            "Industries", "Bancorp", "Exchange", "Times", "Post", "News", "Observatory", "Programme",
            "Program", "Mission", "Force", "Command", "Directorate", "Inspectorate", "Chamber", "Unit");
    private static final Set<String> ORGANIZATION_JOINERS = Set.of("of", "for", "and", "the", "on", "de", "&");

    /** Words that join the parts of a name ("Ursula von der Leyen", "Abdullah bin Zayed"). */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "das", "dos", "du",
            "del", "della", "di", "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "abu", "ter", "ten");
    /** "al-Hinai", "el-Sisi", "ad-Din": an Arabic article joined to a capitalised name. */
    private static final Pattern PREFIXED_PARTICLE = Pattern.compile("(?:al|el|ad|ud|as|ash|az)-\\p{Lu}[\\p{L}'’-]*");
    /**
     * Capitalised words of headlines that never continue a name ("Names Ana Silva As Chief", "Sacks Coach After Cup
     * Exit").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("as", "after", "before", "in", "on", "at", "to", "for",
            "of", "with", "from", "by", "this", "that", "these", "those", "year", "says", "said", "and", "or", "but",
            "amid", "over", "under", "into", "against", "new", "former", "acting", "interim", "will", "was", "is",
            "are", "be", "has", "have", "had", "who", "his", "her", "their", "its", "the", "a", "an", "not", "no",
            "chief", "executive", "head", "minister", "president", "coach", "team", "club", "party", "government");

    private final Gazetteer gazetteer;

    public RuleMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<NameSpan> find(Sentence sentence) {
        List<NameSpan> result = new ArrayList<>();
        List<Sentence.Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int titleEnd = titleEnd(sentence, i);
            if (titleEnd > i) {
                int nameEnd = nameEnd(tokens, titleEnd);
                if (nameEnd > titleEnd) {
                    result.add(new NameSpan(titleEnd, nameEnd, EntityType.PERSON, Mention.Finder.RULE, TITLE_CONFIDENCE));
                }
                i = titleEnd - 1;
                continue;
            }
            int orgEnd = organizationEnd(tokens, i);
            if (orgEnd > i) {
                result.add(new NameSpan(i, orgEnd, EntityType.ORGANIZATION, Mention.Finder.RULE, ORGANIZATION_CONFIDENCE));
                i = orgEnd - 1;
                continue;
            }
            String token = tokens.get(i).text();
            if (gazetteer.isFirstName(token) && !gazetteer.isStopword(token)) {
                int nameEnd = nameEnd(tokens, i + 1);
                if (nameEnd > i + 1) {
                    result.add(new NameSpan(i, nameEnd, EntityType.PERSON, Mention.Finder.RULE, FIRST_NAME_CONFIDENCE));
                    i = nameEnd - 1;
                }
            }
        }
        return result;
    }

    /**
     * The end of an organisation name starting at {@code start}: capitalised words, possibly joined by "of", "for",
     * "and", "the" or "on", whose last word is an organisation head noun ("Coastal League", "Bank of Ghana",
     * "National Council for Refugees"); or {@code start} if there is none.
     */
    private int organizationEnd(List<Sentence.Token> tokens, int start) {
        if (!isCapitalised(tokens.get(start).text()) || tokens.get(start).text().equals("The")) {
            return start;
        }
        int best = start;
        int end = start;
        while (end < tokens.size() && end - start < MAX_ORGANIZATION_TOKENS) {
            String t = tokens.get(end).text();
            if (isCapitalised(t)) {
                end++;
                // A head noun alone ("Police said") is no name: it needs a word before it.
                if (ORGANIZATION_HEADS.contains(t) && end - start >= 2 || best > start && isCapitalised(t)
                        && ORGANIZATION_JOINERS.contains(tokens.get(best).text())) {
                    // a head noun, or the complement after it ("Bank of Ghana", "Court of Cassation")
                    best = end;
                }
            } else if (end > start && ORGANIZATION_JOINERS.contains(t) && end + 1 < tokens.size()
                    && isCapitalised(tokens.get(end + 1).text())) {
                end++;
            } else {
                break;
            }
        }
        return best;
    }

    private static boolean isCapitalised(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '&' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** The end of the longest title phrase starting at {@code start}, or {@code start} if none does. */
    int titleEnd(Sentence sentence, int start) {
        int end = start;
        int longest = Math.min(gazetteer.longestTitle(), sentence.tokens().size() - start);
        // Called for every token: grow the phrase a token at a time and stop once no title starts with it, which for
        // most tokens is at once. Each phrase starts with the one before (folding white space keeps that), so this
        // finds the title that trying every length, longest first, finds.
        for (int n = 1; n <= longest; n++) {
            String phrase = foldWhitespace(DictionaryMentionFinder.text(sentence, start, start + n));
            if (!gazetteer.mayStartTitle(phrase)) {
                break;
            }
            if (gazetteer.isTitle(phrase)) {
                end = start + n;
            }
        }
        return end;
    }

    /**
     * {@code text.replaceAll("\\s+", " ")} without a regular expression (compiled anew on every call): each run of
     * white space ({@link #isRegexSpace}) becomes one space.
     */
    static String foldWhitespace(String text) {
        int i = 0;
        // Most phrases are folded already: words with single spaces between them.
        while (i < text.length() && !(isRegexSpace(text.charAt(i))
                && (text.charAt(i) != ' ' || i + 1 < text.length() && isRegexSpace(text.charAt(i + 1))))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            if (isRegexSpace(text.charAt(i))) {
                folded.append(' ');
                while (i < text.length() && isRegexSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                folded.append(text.charAt(i++));
            }
        }
        return folded.toString();
    }

    /** Whether {@code c} is white space as {@code \s} of {@link Pattern} means it: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private int nameEnd(List<Sentence.Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_NAME_TOKENS) {
            String token = tokens.get(end).text();
            boolean particle = end > start && end + 1 < tokens.size() && PARTICLES.contains(token)
                    && isNameWord(tokens.get(end + 1).text());
            if (isNameWord(token) || PREFIXED_PARTICLE.matcher(token).matches() || particle) {
                end++;
            } else {
                break;
            }
        }
        if (end > start && gazetteer.lookup(tokens.get(start).text()).map(e -> e.kind() != Gazetteer.Kind.CITY)
                .orElse(false) && end - start == 1) {
            return start;
        }
        return end;
    }

    private boolean isNameWord(String token) {
        return token.length() > 1 && Character.isUpperCase(token.codePointAt(0))
                && !FUNCTION_WORDS.contains(token.toLowerCase(java.util.Locale.ROOT))
                && isWordTail(token) && !isAllUpperCase(token)
                && !gazetteer.isDemonym(token) && !gazetteer.isTitle(token) && !gazetteer.isStopword(token);
    }

    /** Whether every character after the first is a letter, a hyphen or an apostrophe. */
    private static boolean isWordTail(String token) {
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character (UTF-16 unit) is an upper-case letter. */
    private static boolean isAllUpperCase(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
