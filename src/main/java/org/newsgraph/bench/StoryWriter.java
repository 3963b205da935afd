package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.newsgraph.bench.SentencePatterns.Theme;
import org.newsgraph.bench.Template.Slot;

/**
 * Writes one news-like article from the sentence patterns: a headline, a dateline and an opening sentence on the
 * story's theme, then paragraphs of one to four sentences (the theme's relation, the other relations, quotes and
 * filler), with the odd subheading, until the article reaches its target length. The cast of a story (four to six
 * people, places, two organisations) is drawn once per article, so its people recur through it as in real news: full
 * name and role first, surname after. Everything comes from the {@link Random} passed in; stateless and thread-safe.
 */
final class StoryWriter {

    /** No pattern renders longer than this, so an article never overshoots its target by more. */
    static final int MAX_SENTENCE_WORDS = 50;
    static final int MIN_WORDS = 400;
    static final int MAX_WORDS = 1500;

    private final NamePools pools;

    StoryWriter(NamePools pools) {
        this.pools = pools;
    }

    /** A target length between the bounds, most often near the middle (the mean of two uniform draws). */
    static int targetWords(Random random) {
        int low = MIN_WORDS + 20;
        int high = MAX_WORDS - MAX_SENTENCE_WORDS;
        return low + (int) ((random.nextDouble() + random.nextDouble()) / 2 * (high - low));
    }

    /** One article, its text ending in a line break. */
    GeneratedArticle write(Random random) {
        Story story = new Story(random);
        String text = story.write(targetWords(random));
        return new GeneratedArticle(text, List.copyOf(story.peopleNamed), List.copyOf(story.placesNamed),
                List.copyOf(story.organizationsNamed));
    }

    /** One article being written: its cast and what it has said so far. */
    private final class Story implements Template.SlotFiller {
        private final Random random;
        private final Theme theme;
        private final NamePools.Person[] people;
        private final boolean[] introduced;
        private final String city;
        private final String city2;
        private final String country;
        private final String country2;
        private final String town;
        private final String region;
        private final String organization;
        private final String organization2;
        private final StringBuilder text = new StringBuilder(10_000);
        private final Set<Template> used = new HashSet<>();
        private final Set<String> peopleNamed = new LinkedHashSet<>();
        private final Set<String> placesNamed = new LinkedHashSet<>();
        private final Set<String> organizationsNamed = new LinkedHashSet<>();
        private int words;

        Story(Random random) {
            this.random = random;
            this.theme = Theme.values()[random.nextInt(Theme.values().length)];
            this.people = cast(random, 4 + random.nextInt(3));
            this.introduced = new boolean[people.length];
            NamePools.Place dateline = skewed(pools.cities, 2);
            this.city = dateline.name();
            this.city2 = otherThan(city, () -> skewed(pools.cities, 2).name());
            this.country = people[0].country();
            this.country2 = otherThan(country, () -> people[1].country().equals(country)
                    ? pick(pools.countries) : people[1].country());
            // A contested place is a town or a region, never the dateline city.
            this.town = otherThan(city, () -> random.nextBoolean()
                    ? pools.cities.get(pools.cities.size() / 4 + random.nextInt(pools.cities.size() * 3 / 4)).name()
                    : pick(pools.regions).name());
            this.region = otherThan(town, () -> pick(pools.regions).name());
            this.organization = pick(pools.organizations);
            this.organization2 = otherThan(organization, () -> pick(pools.organizations));
        }

        String write(int target) {
            sentence(pick(SentencePatterns.HEADLINES.get(theme)));
            int dateline = text.length();
            text.append("\n\n").append(city).append(", ").append(date()).append(" — ");
            placesNamed.add(city);
            words += countWords(text, dateline);
            sentence(pick(SentencePatterns.LEADS.get(theme)));
            int paragraphs = 1;
            while (words < target) {
                text.append("\n\n");
                if (paragraphs >= 3 && random.nextInt(10) == 0) {
                    sentence(fresh(SentencePatterns.SUBHEADINGS));
                    text.append("\n\n");
                }
                int sentences = 1 + random.nextInt(4);
                for (int i = 0; i < sentences && words < target; i++) {
                    if (i > 0) {
                        text.append(' ');
                    }
                    sentence(fresh(group()));
                }
                paragraphs++;
            }
            return text.append('\n').toString();
        }

        /** The theme's relation most often, then filler, quotes and the other relations. */
        private List<Template> group() {
            int r = random.nextInt(100);
            if (r < 30) {
                return switch (theme) {
                    case MEETING -> SentencePatterns.MEETINGS;
                    case SUCCESSION -> SentencePatterns.REPLACEMENTS;
                    case CONFLICT -> SentencePatterns.CONTESTS;
                    case ECONOMY -> SentencePatterns.FILLER;
                };
            }
            if (r < 42) {
                return List.of(SentencePatterns.MEETINGS, SentencePatterns.REPLACEMENTS, SentencePatterns.CONTESTS)
                        .get(random.nextInt(3));
            }
            return r < 57 ? SentencePatterns.QUOTES : SentencePatterns.FILLER;
        }

        /** A pattern of the group the article has not used yet, if a few tries find one. */
        private Template fresh(List<Template> group) {
            Template t = pick(group);
            for (int i = 0; i < 4 && used.contains(t); i++) {
                t = pick(group);
            }
            used.add(t);
            return t;
        }

        private void sentence(Template t) {
            int start = text.length();
            t.render(text, this);
            words += countWords(text, start);
        }

        @Override
        public void append(StringBuilder out, Slot slot) {
            Template.Source s = slot.source();
            if (s.isPerson()) {
                person(out, s.ordinal(), slot.form());
                return;
            }
            switch (s) {
                case CITY -> place(out, city);
                case CITY2 -> place(out, city2);
                case COUNTRY -> country(out, country, slot.form());
                case COUNTRY2 -> country(out, country2, slot.form());
                case TOWN -> place(out, town);
                case REGION -> place(out, region);
                case ORG -> organization(out, organization, slot.form());
                case ORG2 -> organization(out, organization2, slot.form());
                case N -> out.append(2 + random.nextInt(30));
                case NW -> out.append(pick(SentencePatterns.NUMBER_WORDS));
                case NUM -> thousands(out, 1_000 + random.nextInt(250_000));
                case PCT -> {
                    int tenths = 1 + random.nextInt(150);
                    out.append(tenths / 10).append('.').append(tenths % 10).append(" percent");
                }
                case MONEY -> {
                    if (random.nextBoolean()) {
                        out.append('$').append(10 + random.nextInt(990)).append(" million");
                    } else {
                        out.append('$').append(1 + random.nextInt(40)).append('.').append(random.nextInt(10))
                                .append(" billion");
                    }
                }
                case DAY -> out.append(pick(SentencePatterns.DAYS));
                case MONTH -> out.append(pick(SentencePatterns.MONTHS));
                case DATE -> out.append(date());
                case YEAR -> out.append(2012 + random.nextInt(13));
                case TOPIC -> out.append(pick(SentencePatterns.TOPICS));
                case QUOTE -> out.append(pick(SentencePatterns.QUOTE_TEXTS));
                default -> throw new IllegalStateException("unhandled slot " + s);
            }
        }

        private void person(StringBuilder out, int index, Template.Form form) {
            NamePools.Person p = people[index];
            switch (form) {
                case FULL -> {
                    out.append(p.full());
                    peopleNamed.add(p.full());
                }
                case LAST -> out.append(p.last());
                case ROLE -> out.append(p.role().toLowerCase(Locale.ROOT));
                case ROLE_CAPITALISED -> capitalised(out, p.role());
                case COUNTRY -> country(out, p.country(), Template.Form.DEFAULT);
                default -> {
                    if (introduced[index]) {
                        out.append(p.last());
                    } else {
                        introduced[index] = true;
                        out.append(p.role()).append(' ').append(p.full());
                        peopleNamed.add(p.full());
                    }
                }
            }
        }

        private String date() {
            return pick(SentencePatterns.MONTHS) + " " + (1 + random.nextInt(28));
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        /** Low indices far more often: the prominent people and the large cities make most of the news. */
        private <T> T skewed(List<T> list, double power) {
            return list.get((int) (list.size() * Math.pow(random.nextDouble(), power)));
        }

        private String otherThan(String taken, java.util.function.Supplier<String> draw) {
            String s = draw.get();
            for (int i = 0; i < 8 && s.equals(taken); i++) {
                s = draw.get();
            }
            return s;
        }

        /**
         * People with different names, so that a surname names one person of the story and no one's first name is
         * another's surname.
         */
        private NamePools.Person[] cast(Random random, int size) {
            List<NamePools.Person> cast = new ArrayList<>(size);
            Set<String> names = new HashSet<>();
            while (cast.size() < size) {
                NamePools.Person p = skewed(pools.people, 3);
                if (!names.contains(p.last()) && !names.contains(p.first())) {
                    names.add(p.first());
                    names.add(p.last());
                    cast.add(p);
                }
            }
            return cast.toArray(NamePools.Person[]::new);
        }

        private void place(StringBuilder out, String name) {
            out.append(name);
            placesNamed.add(name);
        }

        private void country(StringBuilder out, String name, Template.Form form) {
            out.append(form == Template.Form.NAME ? name : withArticle(name));
            placesNamed.add(name);
        }

        private void organization(StringBuilder out, String name, Template.Form form) {
            if (form != Template.Form.NAME && needsArticle(name)) {
                out.append("the ");
            }
            out.append(name);
            organizationsNamed.add(name);
        }
    }

    /** "the United Kingdom", "the Netherlands", "the Czech Republic"; plain "France". */
    static String withArticle(String country) {
        boolean article = country.startsWith("United ") || country.contains(" of ") || country.endsWith(" Republic")
                || country.endsWith("lands") || country.endsWith("Islands") || country.equals("Philippines")
                || country.equals("Bahamas") || country.equals("Gambia") || country.equals("Maldives");
        return article ? "the " + country : country;
    }

    /** Organisations named by what they are take "the" ("the World Bank"); brands and acronyms do not ("OPEC"). */
    static boolean needsArticle(String name) {
        if (name.indexOf(' ') < 0) {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return name.contains(" of ") || ORGANIZATION_HEADS.contains(last);
    }

    private static final Set<String> ORGANIZATION_HEADS = Set.of("Bank", "Union", "Council", "Fund", "Organization",
            "Organisation", "Agency", "Court", "Commission", "Parliament", "Ministry", "Forces", "Army", "Navy",
            "Party", "League", "Alliance", "Front", "Association", "Committee", "Office", "Programme", "Program",
            "Federation", "Movement", "Assembly", "Authority", "Service", "Institute", "Community", "Forum", "Group",
            "Cooperation", "Force", "Guard", "Brigades", "Department", "Tribunal", "Foundation", "Coalition");

    private static void capitalised(StringBuilder out, String role) {
        out.append(Character.toUpperCase(role.charAt(0))).append(role, 1, role.length());
    }

    private static void thousands(StringBuilder out, int n) {
        if (n >= 1000) {
            thousands(out, n / 1000);
            out.append(',');
            int rest = n % 1000;
            if (rest < 100) {
                out.append('0');
            }
            if (rest < 10) {
                out.append('0');
            }
            out.append(rest);
        } else {
            out.append(n);
        }
    }

    /** The number of white-space separated words from {@code start} to the end of {@code text}. */
    static int countWords(CharSequence text, int start) {
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
