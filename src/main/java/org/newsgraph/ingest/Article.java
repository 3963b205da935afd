package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One news article as it was read: its id (the file name), where it came from, its text, the SHA-256 of the file's
 * bytes, and notes on what reading changed (a dropped byte-order mark, a legacy encoding, stripped HTML). Offsets
 * everywhere in Newsgraph are half-open UTF-16 character offsets into {@link #text()}.
 */
public record Article(String id, Path source, String text, String sha256, List<String> notes) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        notes = List.copyOf(notes);
    }

    /** An article read as it is, with nothing to note. */
    public Article(String id, Path source, String text, String sha256) {
        this(id, source, text, sha256, List.of());
    }
}
