package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.store.GraphStore;

/**
 * The SPARQL server of a store: an embedded Fuseki that publishes the store as dataset {@code /newsgraph} and the
 * Fuseki web UI at {@code /}. By default it is read-only, with nothing that writes.
 *
 * <p>Endpoints: SPARQL query at {@code /newsgraph/sparql}, {@code /newsgraph/query} and {@code /newsgraph} itself;
 * Graph Store Protocol reads (GET, HEAD) at {@code /newsgraph/get}, {@code /newsgraph/data} and {@code /newsgraph};
 * {@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats} for the UI. There is no SPARQL Update, no
 * Graph Store write, no upload and no admin operation that adds or removes datasets: such requests get a 4xx answer.
 * Queries see the union of the named graphs as their default graph, as in the store, and stop after the query
 * timeout. The Graph Store Protocol names graphs exactly: {@code ?default} is the stored default graph (empty in a
 * Newsgraph store) and the union is {@code ?graph=urn:x-arq:UnionGraph}.
 *
 * <p>Options, all off by default. With a {@link StoreWriter} (the single writer of the store) the server can
 * {@linkplain Builder#watch watch} the writer's article folder and ingest what is added or changed. With
 * {@linkplain Builder#credentials credentials}, {@code GET /$/backup} streams a consistent backup to their holder.
 * {@linkplain Builder#writable Writable} (which needs both) adds the writes, each behind HTTP Basic authentication and
 * the writer's lock: {@code POST /newsgraph/articles} ingests one article ({@link IngestServlet}), SPARQL Update at
 * {@code /newsgraph/update}, Graph Store writes at {@code /newsgraph/data}. The query endpoints stay open and
 * read-only whatever the options.
 *
 * <p>Lifecycle: {@link #builder()} ... {@link Builder#build()}, then {@link #start()}, then {@link #stop()} (or
 * {@link #close()}). The server does not own the store: the caller closes it after stopping the server. It takes over
 * the writer it is given: stopping the server ends the watch and closes the writer.
 */
public final class NewsgraphServer implements AutoCloseable {

    /** The dataset name, the first segment of the SPARQL endpoint paths. */
    public static final String DATASET = "newsgraph";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    /** The endpoint of SPARQL Update on a writable server. */
    public static final String UPDATE = "update";
    /** The endpoint of Graph Store writes on a writable server (reads there are open, as at {@code get}). */
    public static final String GRAPH_STORE = "data";
    /** The ingest endpoint of a writable server: {@code POST /newsgraph/articles}. */
    public static final String ARTICLES = "articles";
    /** The backup endpoint of a server with credentials: {@code GET /$/backup}. */
    public static final String BACKUP = "/$/backup";

    private final FusekiServer fuseki;
    private final String host;
    private final StoreWriter writer;
    private final FolderWatcher watcher;

    private NewsgraphServer(FusekiServer fuseki, String host, StoreWriter writer, FolderWatcher watcher) {
        this.fuseki = fuseki;
        this.host = host;
        this.writer = writer;
        this.watcher = watcher;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts answering, and watching the article folder if asked; fails if the port is taken. */
    public NewsgraphServer start() {
        fuseki.start();
        if (watcher != null) {
            watcher.start();
        }
        return this;
    }

    /** The port the server listens on: the configured one, or the one the system chose for port 0. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The URL of the Fuseki UI, e.g. {@code http://127.0.0.1:3030/}. */
    public String uiUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The URL of the SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/newsgraph/sparql}. */
    public String sparqlUrl() {
        return uiUrl() + DATASET + "/sparql";
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops answering, then stops a running ingest pass after its current article and waits for it. */
    public void stop() {
        fuseki.stop();
        if (writer != null) {
            writer.close();
        }
        if (watcher != null) {
            watcher.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Sets up a {@link NewsgraphServer}: the store is required, the rest has defaults. Not thread-safe. */
    public static final class Builder {

        private GraphStore store;
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private StoreWriter writer;
        private boolean watch;
        private boolean writable;
        private Credentials credentials;

        private Builder() {}

        /** The store to serve; it stays open and owned by the caller. */
        public Builder store(GraphStore store) {
            this.store = Objects.requireNonNull(store);
            return this;
        }

        /** The address to listen on (default {@value NewsgraphServer#DEFAULT_HOST}: this machine only). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host);
            return this;
        }

        /** The port (default {@value NewsgraphServer#DEFAULT_PORT}); 0 lets the system choose a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /** How long a query may run before it is stopped (default 30 s). */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive, not " + timeout);
            }
            this.queryTimeout = timeout;
            return this;
        }

        /**
         * The single writer of the store, for the watch and the writes; the server takes it over and closes it when it
         * stops. It must write the served store.
         */
        public Builder writer(StoreWriter writer) {
            this.writer = Objects.requireNonNull(writer);
            return this;
        }

        /** Ingest the files added to or changed in the writer's folder while the server runs (needs a writer). */
        public Builder watch(boolean watch) {
            this.watch = watch;
            return this;
        }

        /**
         * Enable the writes: ingest, SPARQL Update and Graph Store writes, all behind HTTP Basic authentication (needs
         * a writer and credentials).
         */
        public Builder writable(boolean writable) {
            this.writable = writable;
            return this;
        }

        /** The user and password of the writes and of {@code /$/backup}, which exists only with them. */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials);
            return this;
        }

        public NewsgraphServer build() {
            if (store == null) {
                throw new IllegalStateException("no store to serve");
            }
            if (writer != null && writer.store() != store) {
                throw new IllegalStateException("the writer writes another store than the one served");
            }
            if ((watch || writable) && writer == null) {
                throw new IllegalStateException("a server that watches a folder or takes writes needs a store writer");
            }
            if (writable && credentials == null) {
                throw new IllegalStateException("a writable server needs credentials: its writes are authenticated");
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    // Only our module: no auto-discovered ones, and not FMod_Admin, which writes (see ReadOnlyUi).
                    .fusekiModules(FusekiModules.create(new ReadOnlyUi()))
                    .add(DATASET, service(store, queryContext(), writable));
            BasicAuth auth = credentials == null ? null : new BasicAuth(credentials);
            if (auth != null) {
                fuseki.addServlet(BACKUP, new BackupServlet(store, auth));
            }
            if (writable) {
                fuseki.addFilter("/*", new WriteGuard(DATASET, auth, writer.lock()))
                        .addServlet("/" + DATASET + "/" + ARTICLES,
                                new IngestServlet(writer, auth, ArticleReader.DEFAULT_MAX_BYTES));
            }
            FusekiServer server = fuseki.build();
            // The builder binds either localhost or every address; any other host is set on the connector.
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector c) {
                    c.setHost(host);
                }
            }
            FolderWatcher watcher = null;
            if (watch) {
                try {
                    watcher = new FolderWatcher(writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(writer.folder() + ": cannot watch the folder: " + e.getMessage(),
                            e);
                }
            }
            return new NewsgraphServer(server, host, writer, watcher);
        }

        private Context queryContext() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // GraphStore sets this on the dataset too; said again here so that the server's promise does not hang on it.
            context.set(TDB2.symUnionDefaultGraph, true);
            return context;
        }

        /**
         * Query and Graph Store read endpoints; on a writable server also SPARQL Update and Graph Store writes, each at
         * an endpoint of its own, which {@link WriteGuard} guards. Read-only, there is no operation that writes to
         * route a request to.
         */
        private static DataService service(GraphStore store, Context queryContext, boolean writable) {
            DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph());
            for (String name : new String[] {"sparql", "query", ""}) {
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                        .context(queryContext).build());
            }
            for (String name : new String[] {"get", GRAPH_STORE, ""}) {
                service.addEndpoint(writable && name.equals(GRAPH_STORE) ? Operation.GSP_RW : Operation.GSP_R, name);
            }
            if (writable) {
                service.addEndpoint(Operation.Update, UPDATE);
            }
            return service.build();
        }
    }
}
