package org.newsgraph.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store up to date with the article folder of a {@link StoreWriter} while the server runs: a pass at start,
 * then one whenever files are created or changed. A {@link WatchService} says when; a periodic rescan catches what it
 * misses (network file systems, event overflow, platforms where it polls slowly); a quiet period lets a file being
 * copied settle before it is read, though a copy that pauses longer is read twice, the second time replacing the
 * first. (Writing a file under a hidden name and renaming it is the way to make it appear whole.)
 *
 * <p>One thread of its own waits for events; the passes run on the writer's thread, one at a time. A failed pass is
 * logged and the next event or rescan tries again. Lifecycle: construct, {@link #start()}, {@link #close()}.
 */
final class FolderWatcher implements AutoCloseable {

    /** How long the folder must be quiet after an event before a pass. */
    static final Duration QUIET = Duration.ofSeconds(1);
    /** How often the folder is rescanned without any event. */
    static final Duration RESCAN = Duration.ofSeconds(10);
    /** A folder that never stops changing is still passed this often. */
    private static final int MAX_QUIET_PERIODS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final StoreWriter writer;
    private final WatchService events;
    private final Thread thread;
    private volatile boolean stopping;

    FolderWatcher(StoreWriter writer) throws IOException {
        this.writer = writer;
        Path folder = writer.folder();
        this.events = folder.getFileSystem().newWatchService();
        folder.register(events, ENTRY_CREATE, ENTRY_MODIFY);
        this.thread = new Thread(this::run, "newsgraph-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Waits for no more events; a running pass ends first (the writer's close stops it after its current article). */
    @Override
    public void close() {
        stopping = true;
        try {
            events.close();
        } catch (IOException e) {
            LOG.warn("{}: closing the watch service: {}", writer.folder(), e.toString());
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        long quiet = QUIET.toNanos();
        long nextRescan = System.nanoTime();
        boolean pending = false;
        long firstEvent = 0;
        long due = 0;
        try {
            while (!stopping) {
                long wake = pending && due - nextRescan < 0 ? due : nextRescan;
                long now = System.nanoTime();
                if (now - wake >= 0) {
                    pending = false;
                    pass();
                    nextRescan = System.nanoTime() + RESCAN.toNanos();
                    continue;
                }
                WatchKey key = events.poll(wake - now, TimeUnit.NANOSECONDS);
                if (key == null) {
                    continue;
                }
                boolean articles = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    // Hidden names are not articles: the writer's staging folder, editors' swap files.
                    articles |= event.kind() == OVERFLOW
                            || !(event.context() instanceof Path p && p.toString().startsWith("."));
                }
                if (!key.reset()) {
                    LOG.warn("{}: the folder can no longer be watched; rescanning it every {} s", writer.folder(),
                            RESCAN.toSeconds());
                }
                if (articles) {
                    now = System.nanoTime();
                    if (!pending) {
                        pending = true;
                        firstEvent = now;
                    }
                    long latest = firstEvent + MAX_QUIET_PERIODS * quiet;
                    due = now + quiet - latest < 0 ? now + quiet : latest;
                }
            }
        } catch (ClosedWatchServiceException | CancellationException e) {
            // close() was called, or the writer was closed under a pass: either way the watch is over.
            LOG.debug("the watch of {} ends: {}", writer.folder(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pass() {
        try {
            writer.ingestChanges();
        } catch (CancellationException closing) {
            throw closing;
        } catch (IOException | RuntimeException e) {
            LOG.error("{}: the ingest pass failed; the next change or rescan tries again: {}", writer.folder(),
                    e.toString());
            LOG.debug("the failed pass", e);
        }
    }
}
