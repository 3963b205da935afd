package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One news article exactly as it was read: its id (the file name), where it came from, its text and the SHA-256 of
 * its bytes. Offsets everywhere in Newsgraph are half-open UTF-16 character offsets into {@link #text()}.
 */
public record Article(String id, Path source, String text, String sha256) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }
}
