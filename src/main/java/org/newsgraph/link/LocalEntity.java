package org.newsgraph.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.NameKey;

/** The mentions of one article that name one thing, as the within-article linker groups them. Mutable while linking. */
final class LocalEntity {

    final List<Mention> mentions = new ArrayList<>();
    final Set<String> forms = new LinkedHashSet<>();
    final Set<String> keys = new LinkedHashSet<>();
    private final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
    Gazetteer.Entry known;

    void add(Mention m, Optional<Gazetteer.Entry> entry) {
        mentions.add(m);
        forms.add(m.text());
        keys.add(NameKey.of(m.text()));
        votes.merge(m.type(), m.confidence() + (m.text().contains(" ") ? 0.5 : 0), Double::sum);
        if (known == null && entry.isPresent()) {
            known = entry.get();
        }
    }

    EntityType type() {
        if (known != null) {
            return known.type();
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * The fullest name: the gazetteer's canonical name of a country, region or organisation ("United Kingdom" for
     * "U.K."), else the form with most words, then the longest. City lists give local names ("Genève"), so a city
     * keeps the name the article uses.
     */
    String name() {
        if (known != null && known.kind() != Gazetteer.Kind.CITY) {
            return known.canonical();
        }
        String best = null;
        for (String f : forms) {
            if (best == null || words(f) > words(best) || words(f) == words(best) && f.length() > best.length()) {
                best = f;
            }
        }
        return best;
    }

    static int words(String s) {
        return s.split("\\s+").length;
    }

    static String lastWordKey(String name) {
        String key = NameKey.of(name);
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    static String firstWordKey(String name) {
        String key = NameKey.of(name);
        int space = key.indexOf(' ');
        return space < 0 ? "" : key.substring(0, space);
    }
}
