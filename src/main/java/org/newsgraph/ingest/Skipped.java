package org.newsgraph.ingest;

/** An input file that was not ingested, with the one-line reason a user sees. */
public record Skipped(String name, String reason) {
    @Override
    public String toString() {
        return name + ": " + reason;
    }
}
