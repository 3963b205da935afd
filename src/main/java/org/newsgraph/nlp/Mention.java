package org.newsgraph.nlp;

/**
 * A name found in an article: half-open character offsets into the article text, the text as written, its type, the
 * sentence it stands in, which finder produced it and how sure that finder was (0 to 1).
 */
public record Mention(int begin, int end, String text, EntityType type, int sentence, Finder finder, double confidence) {

    /** What produced a mention. */
    public enum Finder { MODEL, DICTIONARY, RULE }

    public Mention {
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad offsets [" + begin + "," + end + ")");
        }
    }

    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }

    public int length() {
        return end - begin;
    }

    /** Compact form for tests and logs: {@code [10,18)Person(John Doe)}. */
    @Override
    public String toString() {
        return "[" + begin + "," + end + ")" + type.schemaName() + "(" + text + ")";
    }
}
