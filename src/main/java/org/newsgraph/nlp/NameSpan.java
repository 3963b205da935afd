package org.newsgraph.nlp;

/**
 * A name candidate inside one sentence, as token indices {@code [start, end)}, before it becomes a {@link Mention}.
 */
public record NameSpan(int start, int end, EntityType type, Mention.Finder finder, double confidence) {
    public NameSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
        }
    }

    public boolean overlaps(NameSpan o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(NameSpan o) {
        return start <= o.start && o.end <= end;
    }

    public int length() {
        return end - start;
    }

    public NameSpan withBounds(int newStart, int newEnd) {
        return new NameSpan(newStart, newEnd, type, finder, confidence);
    }

    public NameSpan withType(EntityType newType) {
        return new NameSpan(start, end, newType, finder, confidence);
    }
}
