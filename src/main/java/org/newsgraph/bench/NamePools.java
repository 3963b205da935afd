package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.newsgraph.nlp.Gazetteer;

/**
 * The names a generated corpus draws on: countries, cities, regions and organisations taken from the gazetteer, and a
 * fixed population of people made of its first names and surnames, each with a role and a country. The population is
 * ordered by prominence: the generator picks low indices far more often, so that a few people recur across many
 * articles as they do in the news, while the long tail appears once or twice. Everything is derived from the
 * gazetteer and the seed alone, in a fixed order, so the same seed gives the same pools. Immutable after construction
 * and shared by every thread.
 */
final class NamePools {

    /** How many people the generated news is about. Fixed, so that a larger corpus extends a smaller one. */
    static final int POPULATION = 30_000;

    /**
     * Roles that stand before a person's name in news style ("Foreign Minister Ana Silva", "envoy Tom Reyes"); each
     * is a title the pipeline knows.
     */
    static final List<String> ROLES = List.of("Foreign Minister", "Prime Minister", "President", "Defence Minister",
            "Finance Minister", "Interior Minister", "Trade Minister", "Energy Minister", "Health Minister",
            "Economy Minister", "Deputy Prime Minister", "Vice President", "special envoy", "national security adviser",
            "Governor", "Mayor", "Senator", "General", "central bank governor", "opposition leader", "Ambassador",
            "chief executive", "Chairman", "Secretary-General", "spokesperson", "Justice Minister");

    /** One person of the generated news. */
    record Person(String first, String last, String role, String country) {
        String full() {
            return first + " " + last;
        }
    }

    /** A city or region and the country it lies in. */
    record Place(String name, String country) {}

    private static final Pattern WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
    private static final Pattern PLACE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}");
    private static final Pattern ORGANIZATION_NAME = Pattern.compile("[\\p{Lu}0-9][\\p{L}0-9&'’.-]*"
            + "(?: (?:[\\p{Lu}0-9&][\\p{L}0-9&'’.-]*|of|for|and|the|on|de))*");
    private static final Pattern NOT_A_LOCALITY = Pattern.compile(
            "\\b(?:Sea|Ocean|Gulf|Lake|River|Strait|Bay|Channel|Mountains|Desert|Islands?|Peninsula|Basin|Coast)\\b");

    final List<Person> people;
    final List<String> countries;
    /** Cities of at least {@link Gazetteer#CITY_POPULATION_ON_SIGHT} people, largest first. */
    final List<Place> cities;
    final List<Place> regions;
    final List<String> organizations;

    private NamePools(List<Person> people, List<String> countries, List<Place> cities, List<Place> regions,
                      List<String> organizations) {
        this.people = List.copyOf(people);
        this.countries = List.copyOf(countries);
        this.cities = List.copyOf(cities);
        this.regions = List.copyOf(regions);
        this.organizations = List.copyOf(organizations);
    }

    /** The pools of {@code gazetteer}, with the population of people drawn with {@code seed}. */
    static NamePools of(Gazetteer gazetteer, long seed) {
        Map<String, String> countryByCode = new HashMap<>();
        List<String> countries = new ArrayList<>();
        for (String name : canonical(gazetteer, Gazetteer.Kind.COUNTRY, e -> true)) {
            if (PLACE_NAME.matcher(name).matches()) {
                countries.add(name);
                countryByCode.put(gazetteer.lookup(name).orElseThrow().country(), name);
            }
        }
        List<Place> cities = new ArrayList<>();
        for (String name : canonical(gazetteer, Gazetteer.Kind.CITY,
                e -> e.population() >= Gazetteer.CITY_POPULATION_ON_SIGHT)) {
            String country = countryByCode.get(gazetteer.lookup(name).orElseThrow().country());
            if (country != null && PLACE_NAME.matcher(name).matches() && isPlainName(gazetteer, name)) {
                cities.add(new Place(name, country));
            }
        }
        cities.sort(Comparator.comparingLong((Place p) -> -gazetteer.lookup(p.name()).orElseThrow().population())
                .thenComparing(Place::name));
        List<Place> regions = new ArrayList<>();
        for (String name : canonical(gazetteer, Gazetteer.Kind.REGION, e -> countryByCode.containsKey(e.country()))) {
            if (PLACE_NAME.matcher(name).matches() && !NOT_A_LOCALITY.matcher(name).find()
                    && isPlainName(gazetteer, name)) {
                regions.add(new Place(name, countryByCode.get(gazetteer.lookup(name).orElseThrow().country())));
            }
        }
        List<String> organizations = canonical(gazetteer, Gazetteer.Kind.ORGANIZATION, e -> true).stream()
                .filter(name -> ORGANIZATION_NAME.matcher(name).matches() && !gazetteer.isStopword(name))
                .toList();
        List<String> firstNames = personNames(gazetteer, gazetteer.firstNames());
        List<String> surnames = personNames(gazetteer, gazetteer.surnames());
        if (firstNames.isEmpty() || surnames.isEmpty() || countries.isEmpty() || cities.isEmpty()
                || regions.isEmpty() || organizations.isEmpty()) {
            throw new IllegalStateException("the gazetteer lacks names to generate news from (first names "
                    + firstNames.size() + ", surnames " + surnames.size() + ", countries " + countries.size()
                    + ", cities " + cities.size() + ", regions " + regions.size() + ", organisations "
                    + organizations.size() + ")");
        }
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>(POPULATION);
        Set<String> taken = new java.util.HashSet<>();
        while (people.size() < POPULATION) {
            String first = firstNames.get(random.nextInt(firstNames.size()));
            String last = surnames.get(random.nextInt(surnames.size()));
            if (!first.equals(last) && taken.add(first + " " + last)) {
                people.add(new Person(first, last, ROLES.get(random.nextInt(ROLES.size())),
                        countries.get(random.nextInt(countries.size()))));
            }
        }
        return new NamePools(people, countries, cities, regions, organizations);
    }

    /** The canonical names of one list, in a fixed (sorted) order: each surface form that is its entry's own name. */
    private static List<String> canonical(Gazetteer gazetteer, Gazetteer.Kind kind, Predicate<Gazetteer.Entry> keep) {
        Set<String> names = new LinkedHashSet<>();
        for (String surface : gazetteer.surfaceForms(kind)) {
            gazetteer.lookup(surface)
                    .filter(e -> e.kind() == kind && e.canonical().equals(surface) && keep.test(e))
                    .ifPresent(e -> names.add(surface));
        }
        return names.stream().sorted().toList();
    }

    /** Names that make a person and nothing else: one capitalised word, not a place, title, stop word or demonym. */
    private static List<String> personNames(Gazetteer gazetteer, Set<String> names) {
        return names.stream()
                .filter(n -> WORD.matcher(n).matches())
                .filter(n -> !gazetteer.isStopword(n) && !gazetteer.isTitle(n) && !gazetteer.isDemonym(n)
                        && gazetteer.lookup(n).isEmpty())
                .sorted()
                .toList();
    }

    private static boolean isPlainName(Gazetteer gazetteer, String name) {
        return !gazetteer.isFirstName(name) && !gazetteer.isStopword(name) && !gazetteer.isTitle(name)
                && !gazetteer.isDemonym(name);
    }
}
