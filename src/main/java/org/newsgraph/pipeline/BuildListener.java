package org.newsgraph.pipeline;

import org.newsgraph.ingest.Skipped;

/**
 * Told what a build does as it goes, on the build's writer thread: files skipped with their reason, notes on files
 * that were read with a change (a legacy encoding, stripped HTML), and progress. All methods do nothing by default.
 */
public interface BuildListener {

    default void skipped(Skipped skipped) {}

    default void noted(String article, String note) {}

    /** {@code done} of {@code total} files have been dealt with (written, unchanged or skipped). */
    default void progress(int done, int total) {}
}
