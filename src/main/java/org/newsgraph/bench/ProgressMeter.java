package org.newsgraph.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows how a long run is going: done of total, rate and time left. On a terminal it keeps one line up to date; when
 * the output is not a terminal (a log, a pipe) it writes a plain line every few seconds instead. Where the work cannot
 * be counted as it goes (a whole build inside one call), it shows the time elapsed and the time left against an
 * expected duration. A daemon thread prints, so a slow step still shows signs of life. {@link #advance} is
 * thread-safe; close the meter to stop it and print the final line.
 */
public final class ProgressMeter implements AutoCloseable {

    private static final long TERMINAL_INTERVAL_MS = 250;
    private static final long PLAIN_INTERVAL_MS = 5_000;

    private final String label;
    private final String unit;
    private final long total;
    private final long expectedNanos;
    private final PrintWriter out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicLong done = new AtomicLong();
    private final ScheduledExecutorService ticker;
    private int lastLength;
    private boolean closed;

    private ProgressMeter(String label, String unit, long total, long expectedNanos, PrintWriter out,
                          boolean terminal) {
        this.label = label;
        this.unit = unit;
        this.total = total;
        this.expectedNanos = expectedNanos;
        this.out = out;
        this.terminal = terminal;
        if (out == null) {
            this.ticker = null;
            return;
        }
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long interval = terminal ? TERMINAL_INTERVAL_MS : PLAIN_INTERVAL_MS;
        ticker.scheduleAtFixedRate(this::print, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Whether progress goes to a terminal: then one line is kept up to date. */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    /** A meter of {@code total} units of work (articles, queries) that the caller counts with {@link #advance}. */
    public static ProgressMeter counting(String label, long total, String unit, PrintWriter out, boolean terminal) {
        return new ProgressMeter(label, unit, total, 0, out, terminal);
    }

    /** A meter of one piece of work expected to take about {@code expectedNanos} (0: unknown). */
    public static ProgressMeter timed(String label, long expectedNanos, PrintWriter out, boolean terminal) {
        return new ProgressMeter(label, "", 0, expectedNanos, out, terminal);
    }

    /** Makes the meters of a run, all writing to one place. */
    public interface Factory {
        /** Meters that show nothing, for callers (tests) that want no progress. */
        Factory SILENT = to(null, false);

        ProgressMeter counting(String label, long total, String unit);

        ProgressMeter timed(String label, long expectedNanos);

        /** Meters writing to {@code out} (null: nowhere), as on a terminal or as plain lines. */
        static Factory to(PrintWriter out, boolean terminal) {
            return new Factory() {
                @Override
                public ProgressMeter counting(String label, long total, String unit) {
                    return ProgressMeter.counting(label, total, unit, out, terminal);
                }

                @Override
                public ProgressMeter timed(String label, long expectedNanos) {
                    return ProgressMeter.timed(label, expectedNanos, out, terminal);
                }
            };
        }
    }

    public void advance(long n) {
        done.addAndGet(n);
    }

    /** Sets the work done so far, for callers told a running count. */
    public void update(long doneSoFar) {
        done.set(doneSoFar);
    }

    private synchronized void print() {
        if (closed || out == null) {
            return;
        }
        String line = line(false);
        if (terminal) {
            out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
            lastLength = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    private String line(boolean finished) {
        long elapsed = System.nanoTime() - start;
        double seconds = elapsed / 1e9;
        long d = done.get();
        if (total > 0) {
            double rate = seconds > 0 ? d / seconds : 0;
            String text = String.format(Locale.ROOT, "%s: %,d/%,d %s (%d%%), %,.1f %s/s", label, d, total, unit,
                    d * 100 / total, rate, unit);
            if (finished) {
                return text + String.format(Locale.ROOT, ", %s", clock(elapsed));
            }
            return rate > 0 ? text + ", " + clock((long) ((total - d) / rate * 1e9)) + " left" : text;
        }
        String text = label + ": " + clock(elapsed) + (finished ? "" : " elapsed");
        if (!finished && expectedNanos > 0) {
            text += elapsed < expectedNanos ? ", about " + clock(expectedNanos - elapsed) + " left" : ", overrunning";
        }
        return text;
    }

    private static String clock(long nanos) {
        long s = Math.round(nanos / 1e9);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%02d:%02d", s / 60, s % 60);
    }

    /** Stops the meter and prints its final line with the same figures. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (out == null) {
            return;
        }
        ticker.shutdownNow();
        String line = line(true);
        if (terminal) {
            out.println("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
