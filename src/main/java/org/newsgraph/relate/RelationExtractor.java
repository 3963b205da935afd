package org.newsgraph.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * The relate stage: cue-based extraction over the sentences of a linked article.
 * <ul>
 * <li>{@code met}: a meeting cue ("met", "held talks with", "hosted") with people on both sides of it pairs each
 * person before the cue with each after it; "talks between A and B" and "led by A and B" pair the people after the
 * cue. A person named only as a possessor ("Smith's adviser Jones") is not a party.</li>
 * <li>{@code replaced}: a succession cue ("replaced", "succeeded", "took over from", "stepped in after", "named to
 * replace") between two people; the passive ("was replaced by") swaps them.</li>
 * <li>{@code contested}: a place (not a country or continent) in a sentence that reports a dispute about control
 * ("contradicting", "disputes", "denied", a claim next to a capture), or near such a sentence; places that speak or
 * claim ("Ankara said", "Lima's claim") are claimants, not the contested place.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RelationExtractor {

    private static final Pattern MEET = Pattern.compile(
            "\\b(met|meet|meets|meeting with|meetings with|talks with|held talks|holding talks|negotiations with"
            + "|discussions with|hosted|hosts|received|spoke with|spoke by phone with|phone call with|call with"
            + "|sat down with|summit with)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEET_AMONG = Pattern.compile(
            "\\b(talks between|meeting between|negotiations between|led by|summit between)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            ";|:|,? but\\b|\\bwhile\\b|\\bwhereas\\b|\\balthough\\b|\\bthough\\b|\\bafter\\b|\\bbefore\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(not|no|never|unlikely|would|could|might|may|will|shall|plans? to|planned to|planning to|expected to"
            + "|hopes? to|hoped to|wants? to|ready to|proposed|possible|invited)\\b", Pattern.CASE_INSENSITIVE);
    /** "its talks with X", "their meeting with X": the other party is a group, not a person named before the cue. */
    private static final Pattern OTHER_PARTY = Pattern.compile("\\b(its|their)\\s+\\S*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTICIPANT_LIST = Pattern.compile(
            "\\b(?:talks|meeting|discussions|negotiations)\\s+(?:included|including|involved|(?:was|were) attended by)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int PRINCIPAL_MENTIONS = 3;
    /** How far (in characters) after a claimant its claim may start. */
    private static final int STANCE_WINDOW = 60;
    private static final Pattern REPORTS = Pattern.compile("^\\s*(said|says|told|noted|added|stated|insisted)\\b");
    private static final Pattern REPLACE = Pattern.compile(
            "\\b(replaced|replaces|replacing|succeeded|succeeds|succeeding|took over from|takes over from"
            + "|stepped in after|steps in after|to replace|to succeed|successor to|in place of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REPLACE_PASSIVE = Pattern.compile(
            "\\b(replaced by|succeeded by|will be replaced by|was replaced by)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile(
            "\\b(captur\\w*|seiz\\w*|took control|taken control|control of|controlled|fell to|fall of|liberat\\w*"
            + "|retook|recaptur\\w*|conquest|conquer\\w*|occupied|overran|encircl\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAIM = Pattern.compile(
            "\\b(claim\\w*|assert\\w*|insist\\w*|said|says)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONFLICT = Pattern.compile(
            "\\b(contradict\\w*|disput\\w*|denied|denies|deny|dismiss\\w*|rejected|refut\\w*|contested"
            + "|fighting continues|fighting goes on|still fighting|ongoing engagements|continued resistance"
            + "|battle for|fighting for)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRONG_CONFLICT = Pattern.compile(
            "\\b(contradict\\w*|disputes? (?:were|was) reported|contested|conflicting claims)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "^\\s*(?:'s|’s|said|says|claimed|claims|asserted|asserting|insisted|insists|denied|denies|reported"
            + "|announced|stated)\\b");

    private final Gazetteer gazetteer;

    public RelationExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Relation> extract(LinkedArticle article) {
        Map<String, Relation> found = new LinkedHashMap<>();
        List<Sentence> sentences = article.analyzed().sentences();
        for (Sentence s : sentences) {
            List<Mention> mentions = article.analyzed().mentions().stream().filter(m -> m.sentence() == s.index()).toList();
            meetings(article, s, mentions, found);
            replacements(article, s, mentions, found);
            contests(article, s, mentions, sentences, found);
            roles(article, s, mentions, found);
        }
        return List.copyOf(found.values());
    }

    private void meetings(LinkedArticle a, Sentence s, List<Mention> mentions, Map<String, Relation> out) {
        List<Mention> people = parties(a, s, mentions);
        if (people.size() < 2) {
            return;
        }
        String text = s.text();
        Matcher among = MEET_AMONG.matcher(text);
        if (among.find() && !hypothetical(text, clauseStart(text, among.start()), clauseEnd(text, among.end()))) {
            int from = s.begin() + among.end();
            int to = s.begin() + clauseEnd(text, among.end());
            List<Mention> after = people.stream().filter(m -> m.begin() >= from && m.end() <= to).toList();
            for (int i = 0; i < after.size(); i++) {
                for (int j = i + 1; j < after.size(); j++) {
                    add(out, met(a, s, after.get(i), after.get(j), among.group(1), 0.75));
                }
            }
        }
        Matcher meet = MEET.matcher(text);
        while (meet.find()) {
            int start = clauseStart(text, meet.start());
            int end = clauseEnd(text, meet.end());
            if (hypothetical(text, start, end) || OTHER_PARTY.matcher(text.substring(start, meet.start())).find()) {
                continue;
            }
            List<Mention> left = people.stream()
                    .filter(m -> m.begin() >= s.begin() + start && m.end() <= s.begin() + meet.start()).toList();
            List<Mention> right = people.stream()
                    .filter(m -> m.begin() >= s.begin() + meet.end() && m.end() <= s.begin() + end).toList();
            for (Mention l : left) {
                for (Mention r : right) {
                    add(out, met(a, s, l, r, meet.group(1), 0.8));
                }
            }
            // With no party named before the cue, or only the one reporting it ("X said talks with A and B ..."), the
            // other side of the table is left implicit.
            boolean onlyReporters = left.stream().allMatch(m -> REPORTS.matcher(after(a, s, m)).find());
            if (onlyReporters && meet.group(1).toLowerCase(Locale.ROOT).matches(".*\\b(talks|meeting|discussions|negotiations)\\b.*")) {
                withPrincipal(a, s, right, meet.group(1), out);
            }
        }
        Matcher list = PARTICIPANT_LIST.matcher(text);
        if (list.find() && !hypothetical(text, clauseStart(text, list.start()), clauseEnd(text, list.end()))) {
            int from = s.begin() + list.end();
            int to = s.begin() + clauseEnd(text, list.end());
            withPrincipal(a, s, people.stream().filter(m -> m.begin() >= from && m.end() <= to).toList(),
                    list.group(), out);
        }
    }

    /**
     * Talks whose participants are listed without the other side ("discussions with A and B", "the talks included A
     * and B") are taken to be with the article's principal: the person it names most often (at least
     * {@value #PRINCIPAL_MENTIONS} times), when that person is not in the list. A weaker inference, so a lower
     * confidence.
     */
    private static void withPrincipal(LinkedArticle a, Sentence s, List<Mention> listed, String cue,
                                      Map<String, Relation> out) {
        if (listed.isEmpty()) {
            return;
        }
        Optional<Entity> principal = principal(a);
        if (principal.isEmpty()) {
            return;
        }
        for (Mention m : listed) {
            Entity e = a.entityOf(m);
            if (listed.stream().noneMatch(x -> a.entityOf(x).id().equals(principal.get().id()))) {
                add(out, met(e.id(), principal.get().id(), s, cue, 0.6));
            }
        }
    }

    private static String after(LinkedArticle a, Sentence s, Mention m) {
        return a.analyzed().article().text().substring(m.end(), Math.min(m.end() + 30, s.end()));
    }

    private static Optional<Entity> principal(LinkedArticle a) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Mention m : a.analyzed().mentions()) {
            Entity e = a.entityOf(m);
            if (e.type() == EntityType.PERSON) {
                counts.merge(e.id(), 1, Integer::sum);
                byId.putIfAbsent(e.id(), e);
            }
        }
        return counts.entrySet().stream()
                .filter(c -> c.getValue() >= PRINCIPAL_MENTIONS)
                .max(Map.Entry.comparingByValue())
                .map(c -> byId.get(c.getKey()));
    }

    /** Where the clause holding position {@code at} starts: after the last clause boundary before it. */
    private static int clauseStart(String text, int at) {
        Matcher b = CLAUSE_BOUNDARY.matcher(text);
        int start = 0;
        while (b.find() && b.end() <= at) {
            start = b.end();
        }
        return start;
    }

    /** Where the clause holding position {@code at} ends: at the first clause boundary after it. */
    private static int clauseEnd(String text, int at) {
        Matcher b = CLAUSE_BOUNDARY.matcher(text);
        return b.find(at) ? b.start() : text.length();
    }

    /** Whether the clause speaks of a meeting that did not, or not yet, take place. */
    private static boolean hypothetical(String text, int start, int end) {
        return HYPOTHETICAL.matcher(text.substring(start, end)).find();
    }

    private void replacements(LinkedArticle a, Sentence s, List<Mention> mentions, Map<String, Relation> out) {
        List<Mention> people = parties(a, s, mentions);
        if (people.size() < 2) {
            return;
        }
        Matcher passive = REPLACE_PASSIVE.matcher(s.text());
        Matcher active = REPLACE.matcher(s.text());
        boolean isPassive = passive.find();
        Matcher cue = isPassive ? passive : active;
        if (!isPassive && !active.find()) {
            return;
        }
        int cueBegin = s.begin() + cue.start();
        int cueEnd = s.begin() + cue.end();
        Optional<Mention> before = people.stream().filter(m -> m.end() <= cueBegin).reduce((x, y) -> y);
        Optional<Mention> after = people.stream().filter(m -> m.begin() >= cueEnd).findFirst();
        if (before.isPresent() && after.isPresent()) {
            Entity first = a.entityOf(before.get());
            Entity second = a.entityOf(after.get());
            if (!first.id().equals(second.id())) {
                Entity successor = isPassive ? second : first;
                Entity predecessor = isPassive ? first : second;
                add(out, new Relation(RelationType.REPLACED, successor.id(), predecessor.id(), s.index(), s.text(),
                        cue.group(1), 0.8));
            }
        }
    }

    private void contests(LinkedArticle a, Sentence s, List<Mention> mentions, List<Sentence> all,
                          Map<String, Relation> out) {
        if (!disputes(s, all)) {
            return;
        }
        List<Mention> claimants = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        for (Mention m : mentions) {
            Entity e = a.entityOf(m);
            if (SPEAKER_AFTER.matcher(after(a, s, m)).find() || e.type() != EntityType.PLACE || !isLocality(e)) {
                claimants.add(m);
            } else {
                places.add(m);
            }
        }
        for (Mention p : places) {
            Entity place = a.entityOf(p);
            if (claimants.stream().anyMatch(c -> a.entityOf(c).id().equals(place.id()))) {
                continue;
            }
            add(out, new Relation(RelationType.CONTESTED, place.id(), null, s.index(), s.text(), cue(s), 0.7));
            // Each party that speaks or acts in the sentence is a claimant, with the words of its claim.
            for (Mention c : claimants) {
                String stance = stance(s, c);
                if (!stance.isEmpty()) {
                    add(out, new Relation(RelationType.CONTESTED, place.id(), a.entityOf(c).id(), s.index(), s.text(),
                            stance, 0.6));
                }
            }
        }
    }

    /**
     * A person named right after title words holds that role ("aide Ilse Brandauer"), of the organisation or country
     * named right before the title when there is one ("palace aide", "U.K. Foreign Secretary").
     */
    private void roles(LinkedArticle a, Sentence s, List<Mention> mentions, Map<String, Relation> out) {
        List<Sentence.Token> tokens = s.tokens();
        for (Mention m : mentions) {
            if (a.entityOf(m).type() != EntityType.PERSON) {
                continue;
            }
            int first = tokenAt(tokens, m.begin());
            if (first < 0) {
                continue;
            }
            for (int i = Math.max(0, first - gazetteer.longestTitle()); i < first; i++) {
                String role = s.text().substring(tokens.get(i).begin() - s.begin(), tokens.get(first - 1).end() - s.begin());
                if (!gazetteer.isTitle(role.replaceAll("\\s+", " "))) {
                    continue;
                }
                int roleBegin = tokens.get(i).begin();
                Entity holder = a.entityOf(m);
                String of = mentions.stream()
                        .filter(o -> o.end() == roleBegin - 1 || o.end() == roleBegin)
                        .map(a::entityOf)
                        .filter(e -> e.type() != EntityType.PERSON)
                        .map(Entity::id)
                        .findFirst().orElse(null);
                add(out, new Relation(RelationType.HOLDS_ROLE, holder.id(), of, s.index(), s.text(), role, 0.7));
                break;
            }
        }
    }

    private static int tokenAt(List<Sentence.Token> tokens, int begin) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).begin() == begin) {
                return i;
            }
        }
        return -1;
    }

    /** The first claim, control or conflict cue after a claimant's mention in its sentence, or "". */
    private static String stance(Sentence s, Mention claimant) {
        String rest = s.text().substring(Math.max(0, claimant.end() - s.begin()));
        int best = Integer.MAX_VALUE;
        String found = "";
        for (Pattern p : List.of(CONTROL, CONFLICT, CLAIM)) {
            Matcher m = p.matcher(rest);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = m.group();
            }
        }
        return best <= STANCE_WINDOW ? found : "";
    }

    private static boolean disputes(Sentence s, List<Sentence> all) {
        String text = s.text();
        if (STRONG_CONFLICT.matcher(text).find()) {
            return true;
        }
        boolean control = CONTROL.matcher(text).find();
        boolean claim = CLAIM.matcher(text).find();
        boolean conflict = CONFLICT.matcher(text).find();
        if (control && conflict || control && claim && neighbourConflicts(s, all)) {
            return true;
        }
        return conflict && claim && neighbourControls(s, all);
    }

    private static boolean neighbourConflicts(Sentence s, List<Sentence> all) {
        return neighbours(s, all).stream().anyMatch(n -> CONFLICT.matcher(n.text()).find());
    }

    private static boolean neighbourControls(Sentence s, List<Sentence> all) {
        return neighbours(s, all).stream().anyMatch(n -> CONTROL.matcher(n.text()).find());
    }

    private static List<Sentence> neighbours(Sentence s, List<Sentence> all) {
        List<Sentence> n = new ArrayList<>();
        if (s.index() > 0) {
            n.add(all.get(s.index() - 1));
        }
        if (s.index() + 1 < all.size()) {
            n.add(all.get(s.index() + 1));
        }
        return n;
    }

    private static String cue(Sentence s) {
        for (Pattern p : List.of(STRONG_CONFLICT, CONFLICT, CONTROL, CLAIM)) {
            Matcher m = p.matcher(s.text());
            if (m.find()) {
                return m.group();
            }
        }
        return "";
    }

    /** A place whose control can change hands: not a country, continent or sea. */
    private boolean isLocality(Entity e) {
        return gazetteer.lookup(e.label())
                .map(g -> g.kind() == Gazetteer.Kind.CITY || g.kind() == Gazetteer.Kind.REGION
                        && !e.label().matches("(?i)europe|africa|asia|north america|south america|oceania|antarctica"))
                .orElse(true);
    }

    /** People of the sentence that can be parties: not named only as possessors of another person's role. */
    private static List<Mention> parties(LinkedArticle a, Sentence s, List<Mention> mentions) {
        List<Mention> people = new ArrayList<>();
        String text = a.analyzed().article().text();
        for (Mention m : mentions) {
            if (a.entityOf(m).type() != EntityType.PERSON) {
                continue;
            }
            String rest = text.substring(m.end(), Math.min(m.end() + 3, s.end()));
            if (!(rest.startsWith("'s") || rest.startsWith("’s"))) {
                people.add(m);
            }
        }
        return people;
    }

    private static Relation met(LinkedArticle a, Sentence s, Mention x, Mention y, String cue, double confidence) {
        return met(a.entityOf(x).id(), a.entityOf(y).id(), s, cue, confidence);
    }

    private static Relation met(String p, String q, Sentence s, String cue, double confidence) {
        if (p.equals(q)) {
            return null;
        }
        return new Relation(RelationType.MET, p.compareTo(q) < 0 ? p : q, p.compareTo(q) < 0 ? q : p, s.index(),
                s.text(), cue, confidence);
    }

    private static void add(Map<String, Relation> out, Relation r) {
        if (r != null) {
            out.putIfAbsent(r.type() + " " + r.subject() + " " + r.object()
                    + (r.type() == RelationType.HOLDS_ROLE ? " " + r.cue() : ""), r);
        }
    }
}
