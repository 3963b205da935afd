package org.newsgraph.bench;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.sys.TDBInternal;

import org.newsgraph.store.GraphStore;

/**
 * The baseline of the store-writing figure: an N-Quads file loaded into an empty TDB2 store by Jena's own bulk loader,
 * the default one of {@code tdb2.tdbloader} (the phased loader of {@code LoaderFactory.createLoader}), parsing
 * included. The empty store has the indexes of a Newsgraph store ({@link GraphStore#newStoreParams}), so both write
 * the same.
 */
final class BulkLoad {

    /** The loader's name, for the report. */
    static final String LOADER = "TDB2 phased loader (LoaderMain, the plan of LoaderFactory.createLoader for the "
            + "store's indexes)";

    /**
     * Jena's phased plan ({@link LoaderPlans#loaderPlanPhased}: the node table and the primary indexes first, then
     * the secondary indexes built from the primary on parallel threads), for a Newsgraph store's quad indexes: Jena's
     * plan names all six and fails on a store without two of them.
     */
    static final LoaderPlan PLAN = new LoaderPlan(LoaderPlans.loaderPlanPhased.dataInputType(),
            LoaderPlans.loaderPlanPhased.primaryLoad3(), new String[] {GraphStore.QUAD_INDEXES.get(0)},
            LoaderPlans.loaderPlanPhased.secondaryIndex3(),
            new String[][] {GraphStore.QUAD_INDEXES.subList(1, GraphStore.QUAD_INDEXES.size())
                    .toArray(String[]::new)});

    /** What one load measured. */
    record Result(long nanos, long quads) {}

    private BulkLoad() {}

    static Result run(Path nquads, Path emptyStore) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(emptyStore.toString(), GraphStore.newStoreParams());
        try {
            DataLoader loader = new LoaderMain(PLAN, dsg, (format, args) -> { });
            long start = System.nanoTime();
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long nanos = System.nanoTime() - start;
            return new Result(nanos, loader.countQuads() + loader.countTriples());
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
        }
    }
}
