package org.newsgraph.bench;

import java.util.List;

/**
 * One generated article: its text and the names written into it, by type (people by full name, places and
 * organisations as the gazetteer names them), in the order they first appear, so that a test can check what the
 * pipeline finds against what was written.
 */
public record GeneratedArticle(String text, List<String> people, List<String> places, List<String> organizations) {
    public GeneratedArticle {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organizations = List.copyOf(organizations);
    }
}
