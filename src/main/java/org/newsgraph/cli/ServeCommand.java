package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph serve}: the store over SPARQL, read-only, with the Fuseki web UI, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store read-only over SPARQL, with the Fuseki web UI, until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + NewsgraphServer.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = NewsgraphServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        GraphStore graphStore = GraphStore.open(store.existing());
        NewsgraphServer server;
        try {
            server = NewsgraphServer.builder().store(graphStore).host(host).port(port).build().start();
        } catch (RuntimeException e) {
            graphStore.close();
            throw e;
        }
        // Ctrl-C ends the JVM through its shutdown hooks: stop answering first, then release the store directory.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            graphStore.close();
        }, "newsgraph-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Fuseki UI: " + server.uiUrl() + "  SPARQL endpoint: " + server.sparqlUrl()
                + "  (read-only; Ctrl-C stops)");
        out.flush();
        server.join();
        return 0;
    }
}
