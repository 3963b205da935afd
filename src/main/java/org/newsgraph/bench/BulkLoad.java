package org.newsgraph.bench;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The baseline of the store-writing figure: an N-Quads file loaded into an empty TDB2 store by Jena's own bulk loader,
 * the default one of {@code tdb2.tdbloader} ({@link LoaderFactory#createLoader}, the phased loader), parsing included.
 */
final class BulkLoad {

    /** The loader's name, for the report. */
    static final String LOADER = "TDB2 phased loader (LoaderFactory.createLoader)";

    /** What one load measured. */
    record Result(long nanos, long quads) {}

    private BulkLoad() {}

    static Result run(Path nquads, Path emptyStore) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(emptyStore.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> { });
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
