package org.newsgraph.pipeline;

import java.util.Objects;

import org.apache.jena.rdf.model.Model;

import org.newsgraph.link.EntityRegistry;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.store.GraphStore;

/**
 * Writes article graphs one at a time into an open write transaction of the store, with the {@link CorpusUpdate} of
 * what they change, and commits when the {@link CommitBatch} says the transaction is full. Only one article graph is
 * in memory at a time, whatever the batch (and the node ids of the quads not yet indexed: a bounded number, see
 * {@link GraphStore#beginBatch}), and a long transaction applies its corpus update every
 * {@link #CORPUS_UPDATE_EVERY} articles. The build's writer and the benchmark's store stage both write through it.
 * Use it on one thread; close it to abort what is not committed.
 */
public final class BatchWriter implements AutoCloseable {

    /**
     * Articles after which a transaction that does not commit yet brings the corpus graph up to date all the same, so
     * that what the update counts in memory stays bounded however large the batch ({@link CommitBatch#GROWING}).
     */
    static final int CORPUS_UPDATE_EVERY = 1000;

    private final GraphStore store;
    private final CommitBatch commitBatch;
    private final EntityRegistry registry;
    private final Gazetteer gazetteer;
    private final int corpusUpdateEvery;
    /** The open write transaction of the articles not committed yet, or null. */
    private GraphStore.Batch batch;
    /** Articles in the store when the open transaction began (replaced ones counted again: an estimate). */
    private long stored;

    /**
     * A writer into {@code store}, which holds {@code stored} articles, whose corpus updates label entities as
     * {@code registry} does and find their Wikidata ids in {@code gazetteer}.
     */
    public BatchWriter(GraphStore store, CommitBatch commitBatch, EntityRegistry registry, Gazetteer gazetteer,
                       long stored) {
        this(store, commitBatch, registry, gazetteer, stored, CORPUS_UPDATE_EVERY);
    }

    BatchWriter(GraphStore store, CommitBatch commitBatch, EntityRegistry registry, Gazetteer gazetteer, long stored,
                int corpusUpdateEvery) {
        this.store = Objects.requireNonNull(store);
        this.commitBatch = Objects.requireNonNull(commitBatch);
        this.registry = registry;
        this.gazetteer = gazetteer;
        this.stored = stored;
        this.corpusUpdateEvery = corpusUpdateEvery;
    }

    /** Replaces the named graph {@code graphIri} by {@code graph}; commits if that fills the transaction. */
    public void write(String graphIri, Model graph) {
        if (batch == null) {
            batch = store.beginBatch(new CorpusUpdate(registry, gazetteer), stored);
        }
        batch.replace(graphIri, graph);
        if (commitBatch.full(batch.size(), stored)) {
            flush();
        } else if (batch.size() % corpusUpdateEvery == 0) {
            batch.applyChanges();
        }
    }

    /**
     * How many more {@link #write}s there are until one brings the corpus graph up to date (it commits, or applies
     * the corpus update of a long transaction), that one included: at least 1. The update labels entities as the
     * registry does at that moment, so a caller that links articles ahead of writing them links no further.
     */
    public long writesUntilUpdate() {
        int inBatch = batch == null ? 0 : batch.size();
        return Math.min(commitBatch.remaining(inBatch, stored), corpusUpdateEvery - inBatch % corpusUpdateEvery);
    }

    /** Commits the articles written since the last commit. */
    public void flush() {
        if (batch != null) {
            try {
                batch.commit();
                stored += batch.size();
            } finally {
                close();
            }
        }
    }

    /**
     * Ends the open transaction, aborting what is not committed (after a failure: whole batches of articles are
     * stored, or none).
     */
    @Override
    public void close() {
        if (batch != null) {
            batch.close();
            batch = null;
        }
    }
}
