package org.newsgraph.cli;

import java.io.PrintWriter;

/**
 * Shows the progress of a long run: on a terminal one line rewritten in place (done of total, rate, time left), and
 * otherwise a plain line every few seconds. Runs of a few seconds show nothing.
 */
final class Progress {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long QUIET_FIRST_NANOS = 2_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private long last = start;
    private boolean lineShown;

    Progress(PrintWriter out) {
        this.out = out;
    }

    void update(int done, int total) {
        long now = System.nanoTime();
        if (now - start < QUIET_FIRST_NANOS || now - last < (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)
                && done < total) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        double rate = done / seconds;
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = String.format("%d of %d articles, %.1f articles/s, %d:%02d left", done, total, rate, left / 60,
                left % 60);
        if (terminal) {
            out.print("\r" + line + "   ");
            lineShown = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** Ends an in-place line before other output. */
    void clear() {
        if (lineShown) {
            out.println();
            lineShown = false;
            out.flush();
        }
    }
}
