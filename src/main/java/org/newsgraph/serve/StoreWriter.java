package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Skipped;
import org.newsgraph.pipeline.BuildListener;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * The single writer of a served store: TDB2 lets one process open a store, so the server writes it, and every write
 * goes through here, one at a time. The passes over the article folder (see {@link FolderWatcher}) and the articles
 * sent to the ingest endpoint run the incremental {@link GraphBuilder} on one background thread, never on a request
 * thread (an interrupted thread in the middle of a TDB2 commit closes the store's file channels); SPARQL Updates and
 * Graph Store writes, which Fuseki runs on request threads, take the same {@link #lock()} first. Each article is its
 * own transaction, so queries running meanwhile see whole articles or none.
 *
 * <p>The article folder stays the record of what was ingested: an article sent over HTTP is checked and built from a
 * hidden staging folder inside it ({@value #STAGING}) and moved into it once stored; one that is refused never lands
 * there. The writer remembers the size and modification time of every file it has passed, so a pass builds only the
 * files that are new or changed since (the builder skips any whose content it has already stored); files removed from
 * the folder keep their graphs ({@code newsgraph build --prune} removes them offline).
 *
 * <p>Lifecycle: {@link #create}, then use from any thread, then {@link #close()}, which stops a running pass after its
 * current article, waits for it, and refuses work after. The writer does not own the store.
 */
public final class StoreWriter implements AutoCloseable {

    /** The hidden folder, inside the article folder, where articles sent over HTTP are checked before they land. */
    public static final String STAGING = ".newsgraph-staging";
    /** The longest article name the ingest endpoint accepts, in characters. */
    public static final int MAX_NAME = 200;

    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);
    private static final String COUNTS_QUERY = resource("article-counts.rq");
    /** The stamp of a file whose attributes cannot be read (gone, a symlink loop): the reader reports it once. */
    private static final FileStamp UNREADABLE = new FileStamp(-1, FileTime.fromMillis(0));

    private final GraphStore store;
    private final Path folder;
    private final GraphBuilder builder;
    private final ExecutorService writerThread;
    private final ReentrantLock lock = new ReentrantLock(true);
    /** What the last pass saw of each file of the folder; touched on the writer thread only. */
    private final Map<String, FileStamp> passed = new HashMap<>();
    /** The notes of the article being built; touched on the writer thread only. */
    private final List<String> notes = new ArrayList<>();
    private volatile boolean closed;

    private record FileStamp(long size, FileTime modified) {}

    /** What the ingest endpoint stored: the article's name and graph, whether it was new or changed, and its counts. */
    public record Ingested(String name, String graph, boolean created, long mentions, long entities, long relations,
                           List<String> notes) {
        public Ingested {
            notes = List.copyOf(notes);
        }
    }

    /** An article the ingest endpoint refuses, with the one-line reason a client reads. */
    public static final class RejectedArticle extends Exception {
        public RejectedArticle(String reason) {
            super(reason);
        }
    }

    private StoreWriter(GraphStore store, Path folder, GraphBuilder.Builder pipeline) {
        this.store = store;
        this.folder = folder;
        this.builder = pipeline.listener(new PassListener()).build();
        this.writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * A writer of {@code store} whose articles are the files of {@code folder}, which must exist. {@code pipeline} is
     * set up by the caller (models, threads, languages); the writer sets its listener and builds it.
     */
    public static StoreWriter create(GraphStore store, Path folder, GraphBuilder.Builder pipeline)
            throws NoSuchFileException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "no such article folder");
        }
        return new StoreWriter(store, folder, pipeline);
    }

    /** The article folder. */
    public Path folder() {
        return folder;
    }

    public GraphStore store() {
        return store;
    }

    /**
     * Builds the files of the folder that are new or changed since the last pass (on the first pass, every file), and
     * recomputes the corpus graph; empty when nothing changed. Waits for the writer thread.
     *
     * @throws CancellationException when the writer is closed or closing
     */
    public Optional<BuildSummary> ingestChanges() throws IOException {
        return onWriterThread(() -> {
            Map<String, FileStamp> now = new LinkedHashMap<>();
            List<Path> changed = new ArrayList<>();
            for (Path file : new ArticleReader().list(folder)) {
                String name = file.getFileName().toString();
                FileStamp stamp = stamp(file);
                now.put(name, stamp);
                if (!stamp.equals(passed.get(name))) {
                    changed.add(file);
                }
            }
            passed.keySet().retainAll(now.keySet());
            if (changed.isEmpty()) {
                return Optional.empty();
            }
            BuildSummary summary = build(changed);
            changed.forEach(f -> passed.put(f.getFileName().toString(), now.get(f.getFileName().toString())));
            LOG.info("{}: {} article(s) written, {} unchanged, {} skipped in {} ms", folder, summary.articlesRead(),
                    summary.unchanged(), summary.skipped().size(), summary.elapsed().toMillis());
            return Optional.of(summary);
        }, RuntimeException.class);
    }

    /**
     * Ingests one article sent over HTTP: checks its name, builds it from the staging folder, moves it into the
     * article folder, and answers with what the store now holds of it. An article already stored with the same text
     * is left as it is ({@link Ingested#created()} false). Waits for the writer thread.
     *
     * @throws RejectedArticle for a bad name, or a text that is not an English article (empty, binary, too large...)
     * @throws CancellationException when the writer is closed or closing
     */
    public Ingested ingest(String name, byte[] text) throws IOException, RejectedArticle {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new RejectedArticle(problem);
        }
        return onWriterThread(() -> {
            Path staged = Files.createDirectories(folder.resolve(STAGING)).resolve(name);
            Files.write(staged, text);
            try {
                BuildSummary summary = build(List.of(staged));
                if (!summary.skipped().isEmpty()) {
                    throw new RejectedArticle(summary.skipped().get(0).toString());
                }
                Path target = folder.resolve(name);
                FileStamp stamp = stamp(staged);
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                passed.put(name, stamp);
                boolean created = summary.articlesRead() > 0;
                LOG.info("ingested {} over HTTP ({})", name, created ? "stored" : "unchanged");
                return counted(name, created);
            } finally {
                Files.deleteIfExists(staged);
            }
        }, RejectedArticle.class);
    }

    /**
     * The lock every write to the store holds: the writer thread's builds, and the SPARQL Updates and Graph Store
     * writes of request threads (fair, so that a stream of passes does not starve them).
     */
    Lock lock() {
        return lock;
    }

    /** Stops a running pass after its current article, waits for the writer thread to end, and refuses work after. */
    @Override
    public void close() {
        closed = true;
        // shutdown, never shutdownNow: an interrupt in the middle of a commit would close TDB2's file channels.
        writerThread.shutdown();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (writerThread.awaitTermination(10, TimeUnit.SECONDS)) {
                        break;
                    }
                    LOG.info("waiting for the store writer to finish its current article");
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Why {@code name} cannot name an article file in the folder, or null when it can. */
    static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "no article name: give one in the Article-Name header or the name query parameter";
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            return "the article name '" + name + "' holds a path separator; it must be a plain file name";
        }
        if (name.equals(".") || name.equals("..")) {
            return "'" + name + "' is not a file name";
        }
        if (name.startsWith(".")) {
            return "the article name '" + name + "' starts with a dot: hidden files are not articles";
        }
        if (name.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "the article name holds a control character";
        }
        if (name.length() > MAX_NAME) {
            return "the article name is longer than " + MAX_NAME + " characters";
        }
        return null;
    }

    /** A task of the writer thread, under the write lock; its exceptions reach the caller as they are. */
    private interface Task<T, E extends Exception> {
        T run() throws IOException, E;
    }

    private <T, E extends Exception> T onWriterThread(Task<T, E> task, Class<E> thrown) throws IOException, E {
        Callable<T> locked = () -> {
            if (closed) {
                throw new CancellationException("the store writer is closed");
            }
            lock.lock();
            try {
                notes.clear();
                return task.run();
            } finally {
                lock.unlock();
            }
        };
        Future<T> result;
        try {
            result = writerThread.submit(locked);
        } catch (RejectedExecutionException e) {
            CancellationException closing = new CancellationException("the store writer is closed");
            closing.initCause(e);
            throw closing;
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // The task goes on: it is never interrupted in the middle of a commit.
            throw new InterruptedIOException("interrupted while waiting for the store writer");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (thrown.isInstance(cause)) {
                throw thrown.cast(cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the store writer failed", cause);
        }
    }

    private BuildSummary build(List<Path> files) throws IOException {
        return builder.build(files, store);
    }

    private Ingested counted(String name, boolean created) {
        String graph = Iris.articleGraph(name);
        QuerySolution row = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(COUNTS_QUERY)
                    .substitution("graph", ResourceFactory.createResource(graph)).build()) {
                return qe.execSelect().next();
            }
        });
        return new Ingested(name, graph, created, row.getLiteral("mentions").getLong(),
                row.getLiteral("entities").getLong(), row.getLiteral("relations").getLong(), notes);
    }

    private static FileStamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(a.size(), a.lastModifiedTime());
        } catch (IOException e) {
            // The builder's reader reports the file with its reason; the stamp only says it was seen.
            return UNREADABLE;
        }
    }

    private static String resource(String name) {
        try (InputStream in = StoreWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath beside " + StoreWriter.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Logs what the builder skips and notes, keeps the notes for the ingest answer, and stops a pass on close. */
    private final class PassListener implements BuildListener {

        @Override
        public void skipped(Skipped skipped) {
            LOG.warn("skipped {}", skipped);
        }

        @Override
        public void noted(String article, String note) {
            LOG.info("note {}: {}", article, note);
            notes.add(note);
        }

        @Override
        public void progress(int done, int total) {
            if (closed) {
                throw new CancellationException("the server is stopping: " + done + " of " + total
                        + " articles of this pass done; the rest on its next start");
            }
        }
    }
}
