package org.newsgraph.serve;

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

import org.newsgraph.store.GraphStore;

/**
 * The read-only SPARQL server of a store: an embedded Fuseki that publishes the store as dataset {@code /newsgraph}
 * and the Fuseki web UI at {@code /}, with nothing that writes.
 *
 * <p>Endpoints: SPARQL query at {@code /newsgraph/sparql}, {@code /newsgraph/query} and {@code /newsgraph} itself;
 * Graph Store Protocol reads (GET, HEAD) at {@code /newsgraph/get}, {@code /newsgraph/data} and {@code /newsgraph};
 * {@code /$/ping}, {@code /$/server}, {@code /$/datasets}, {@code /$/stats} for the UI. There is no SPARQL Update, no
 * Graph Store write, no upload and no admin operation that adds or removes datasets: such requests get a 4xx answer.
 * Queries see the union of the named graphs as their default graph, as in the store, and stop after the query
 * timeout. The Graph Store Protocol names graphs exactly: {@code ?default} is the stored default graph (empty in a
 * Newsgraph store) and the union is {@code ?graph=urn:x-arq:UnionGraph}.
 *
 * <p>Lifecycle: {@link #builder()} ... {@link Builder#build()}, then {@link #start()}, then {@link #stop()} (or
 * {@link #close()}). The server does not own the store: the caller closes it after stopping the server.
 */
public final class NewsgraphServer implements AutoCloseable {

    /** The dataset name, the first segment of the SPARQL endpoint paths. */
    public static final String DATASET = "newsgraph";
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer fuseki;
    private final String host;

    private NewsgraphServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds the port and starts answering; fails if the port is taken. */
    public NewsgraphServer start() {
        fuseki.start();
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

    public void stop() {
        fuseki.stop();
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

        public NewsgraphServer build() {
            if (store == null) {
                throw new IllegalStateException("no store to serve");
            }
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    // Only our module: no auto-discovered ones, and not FMod_Admin, which writes (see ReadOnlyUi).
                    .fusekiModules(FusekiModules.create(new ReadOnlyUi()))
                    .add(DATASET, readOnlyService(store, queryContext()))
                    .build();
            // The builder binds either localhost or every address; any other host is set on the connector.
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector server) {
                    server.setHost(host);
                }
            }
            return new NewsgraphServer(fuseki, host);
        }

        private Context queryContext() {
            Context context = new Context();
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // GraphStore sets this on the dataset too; said again here so that the server's promise does not hang on it.
            context.set(TDB2.symUnionDefaultGraph, true);
            return context;
        }

        /** Query and Graph Store read endpoints only: there is no operation that writes to route a request to. */
        private static DataService readOnlyService(GraphStore store, Context queryContext) {
            DataService.Builder service = DataService.newBuilder(store.dataset().asDatasetGraph());
            for (String name : new String[] {"sparql", "query", ""}) {
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name)
                        .context(queryContext).build());
            }
            for (String name : new String[] {"get", "data", ""}) {
                service.addEndpoint(Operation.GSP_R, name);
            }
            return service.build();
        }
    }
}
