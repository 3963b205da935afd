package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The name lists of the project (countries, regions, cities, organisations, first names, demonyms, titles and a
 * stop-list), read once from {@code /org/newsgraph/gazetteer/} and immutable after that, so one instance is shared by
 * every thread. Sources and licences are in that folder's {@code SOURCES.md}.
 */
public final class Gazetteer {

    private static final String BASE = "/org/newsgraph/gazetteer/";

    /** Cities at least this large are taken as places on sight; smaller ones only feed the model's features. */
    public static final int CITY_POPULATION_ON_SIGHT = 100_000;

    /** What kind of list a name came from. */
    public enum Kind {
        COUNTRY(EntityType.PLACE), REGION(EntityType.PLACE), CITY(EntityType.PLACE), ORGANIZATION(EntityType.ORGANIZATION);

        public final EntityType type;

        Kind(EntityType type) {
            this.type = type;
        }
    }

    /**
     * A known name: its canonical form, kind, population (cities), ISO country code where one applies, and its
     * Wikidata id ({@code Q142}) where the list carries one (empty when unknown; never guessed, see SOURCES.md).
     */
    public record Entry(String canonical, Kind kind, long population, String country, String wikidata) {
        public EntityType type() {
            return kind.type;
        }
    }

    private final Map<String, Entry> byKey = new HashMap<>();
    private final Map<String, List<String>> surfaceForms = new HashMap<>();
    private final Set<String> firstNames = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> demonyms = new HashSet<>();
    private final Set<String> stoplist = new HashSet<>();
    private final Set<String> titles = new HashSet<>();
    /** Every start of a title (lower-case, the empty one and whole titles included), for {@link #mayStartTitle}. */
    private final Set<String> titleStarts = new HashSet<>();
    private int longestTitle = 1;

    private Gazetteer() {}

    /** Loads the lists from the classpath. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        // The optional last column `wikidata` of countries, regions and cities may be absent.
        g.read("countries.tsv", f -> g.add(Kind.COUNTRY, f[0], 0, f.length > 1 ? f[1] : "", field(f, 2), field(f, 3)));
        g.read("regions.tsv", f -> g.add(Kind.REGION, f[0], 0, field(f, 1), field(f, 3), field(f, 4)));
        g.read("organizations.tsv", f -> g.add(Kind.ORGANIZATION, f[0], 0, "", field(f, 2), ""));
        g.read("cities.tsv",
                f -> g.add(Kind.CITY, f[0], parseLong(field(f, 2)), field(f, 1), field(f, 3), field(f, 4)));
        g.read("first-names.txt", f -> g.firstNames.add(f[0]));
        g.read("surnames.txt", f -> g.surnames.add(f[0]));
        g.read("demonyms.txt", f -> g.demonyms.add(f[0].toLowerCase(Locale.ROOT)));
        g.read("stoplist.txt", f -> g.stoplist.add(f[0].toLowerCase(Locale.ROOT)));
        g.read("titles.txt", f -> {
            String t = f[0].toLowerCase(Locale.ROOT);
            g.titles.add(t);
            g.longestTitle = Math.max(g.longestTitle, t.split(" ").length);
            for (int k = 0; k <= t.length(); k++) {
                g.titleStarts.add(t.substring(0, k));
            }
        });
        return g;
    }

    private static String field(String[] f, int i) {
        return f.length > i ? f[i].strip() : "";
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    private void add(Kind kind, String name, long population, String country, String aliases, String wikidata) {
        Entry entry = new Entry(name, kind, population, country, wikidata);
        addKey(name, entry);
        if (!aliases.isEmpty()) {
            for (String alias : aliases.split("\\|")) {
                if (!alias.isBlank()) {
                    addKey(alias.strip(), entry);
                }
            }
        }
    }

    private void addKey(String surface, Entry entry) {
        String key = NameKey.of(surface);
        if (key.isEmpty()) {
            return;
        }
        Entry old = byKey.get(key);
        // Earlier lists win (a country over a city of the same name); among cities, the larger one.
        if (old == null || (old.kind == Kind.CITY && entry.kind == Kind.CITY && entry.population > old.population)) {
            byKey.put(key, entry);
        }
        surfaceForms.computeIfAbsent(entry.kind.name(), k -> new ArrayList<>()).add(surface);
    }

    private void read(String file, Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file " + BASE + file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                row.accept(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }

    /** The entry a name stands for, under its normal form ({@link NameKey}). */
    public Optional<Entry> lookup(String name) {
        return Optional.ofNullable(byKey.get(NameKey.of(name)));
    }

    /** Every surface form of the lists of one kind, as written there (for dictionary features). */
    public Collection<String> surfaceForms(Kind kind) {
        return Collections.unmodifiableList(surfaceForms.getOrDefault(kind.name(), List.of()));
    }

    public Set<String> firstNames() {
        return Collections.unmodifiableSet(firstNames);
    }

    public Set<String> surnames() {
        return Collections.unmodifiableSet(surnames);
    }

    public boolean isFirstName(String token) {
        return firstNames.contains(token);
    }

    /** Nationality and group words (Kenyan, Western): never entities. */
    public boolean isDemonym(String text) {
        return demonyms.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Common words that are also names, never taken from a list alone. */
    public boolean isStopword(String text) {
        return stoplist.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Role and title words ("President", "Secretary of State"): cues, never part of a name. */
    public boolean isTitle(String phrase) {
        return titles.contains(phrase.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether some title starts with {@code text}, compared in lower case as by {@link #isTitle}: {@code false} means
     * that no text starting with {@code text} is a title, so that a caller growing a phrase word by word can stop. It
     * holds because lower-casing the start of a text gives the start of the lower-cased text, except where a Greek
     * capital sigma (lower-cased by what follows it) or a surrogate pair cut in two is involved: then the answer is
     * {@code true}.
     */
    public boolean mayStartTitle(String text) {
        if (text.indexOf('\u03A3') >= 0
                || !text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            return true;
        }
        return titleStarts.contains(text.toLowerCase(Locale.ROOT));
    }

    public Set<String> titles() {
        return Collections.unmodifiableSet(titles);
    }

    /** The number of tokens of the longest title phrase. */
    public int longestTitle() {
        return longestTitle;
    }
}
