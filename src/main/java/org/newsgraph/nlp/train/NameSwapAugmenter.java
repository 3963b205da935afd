package org.newsgraph.nlp.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Mention-replacement augmentation: copies of the training sentences in which every name is swapped for another name
 * of the same type drawn from the gazetteers (first names and family names for people; countries, regions and cities
 * for places; organisations), so that the model learns names from their context and shape rather than by heart.
 * Within one document a name is always swapped for the same new name. Deterministic for a given seed.
 */
public final class NameSwapAugmenter {

    private final List<String> firstNames;
    private final List<String> surnames;
    private final List<String> places;
    private final List<String> organizations;

    public NameSwapAugmenter(List<String> firstNames, List<String> surnames, List<String> places,
                             List<String> organizations) {
        this.firstNames = List.copyOf(firstNames);
        this.surnames = List.copyOf(surnames);
        this.places = List.copyOf(places);
        this.organizations = List.copyOf(organizations);
    }

    /** {@code copies} swapped copies of every sentence that has a name, in order, after the originals' order. */
    public List<NameSample> augment(List<NameSample> samples, int copies, long seed) {
        Random random = new Random(seed);
        List<NameSample> out = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            Map<String, String> swaps = new HashMap<>();
            for (NameSample s : samples) {
                if (s.isClearAdaptiveDataSet()) {
                    swaps.clear();
                }
                if (s.getNames().length > 0) {
                    out.add(swap(s, swaps, random));
                }
            }
        }
        return out;
    }

    private NameSample swap(NameSample s, Map<String, String> swaps, Random random) {
        String[] tokens = s.getSentence();
        List<String> result = new ArrayList<>();
        List<Span> names = new ArrayList<>();
        int next = 0;
        for (Span name : s.getNames()) {
            for (int i = next; i < name.getStart(); i++) {
                result.add(tokens[i]);
            }
            String original = String.join(" ", java.util.Arrays.copyOfRange(tokens, name.getStart(), name.getEnd()));
            String replacement = swaps.computeIfAbsent(name.getType() + "|" + original,
                    k -> draw(name.getType(), name.length(), random));
            String[] parts = replacement.split("\\s+");
            names.add(new Span(result.size(), result.size() + parts.length, name.getType()));
            result.addAll(List.of(parts));
            next = name.getEnd();
        }
        for (int i = next; i < tokens.length; i++) {
            result.add(tokens[i]);
        }
        return new NameSample(result.toArray(String[]::new), names.toArray(Span[]::new), s.isClearAdaptiveDataSet());
    }

    private String draw(String type, int length, Random random) {
        return switch (type) {
            case "person" -> length == 1 ? pick(surnames, random) : pick(firstNames, random) + " " + pick(surnames, random);
            case "place" -> pick(places, random);
            default -> pick(organizations, random);
        };
    }

    private static String pick(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }
}
