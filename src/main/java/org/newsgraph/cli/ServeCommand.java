package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.serve.Credentials;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.StoreWriter;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph serve}: the store over SPARQL, with the Fuseki web UI, until Ctrl-C. Read-only by default; with
 * {@code --watch} the server is also the store's single writer, ingesting a folder as it changes, and with
 * {@code --writable} it takes authenticated writes. Configuration problems (no credentials for {@code --writable}, a
 * missing folder) fail before the server starts.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL, with the Fuseki web UI, until Ctrl-C: read-only unless "
                + "--writable. With --watch it also ingests a folder of articles as files are added or changed.")
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

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query that runs longer and answer 503 (default: ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Ingest the articles of DIR now and whenever files are added or changed, while serving "
                    + "(creates the store if there is none).")
    Path watch;

    @Option(names = "--writable",
            description = "Take writes, with HTTP Basic authentication: POST /newsgraph/articles (ingest one article), "
                    + "SPARQL Update at /newsgraph/update, Graph Store writes at /newsgraph/data.")
    boolean writable;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "File of one user:password line for the writes and GET /$/backup (default: the environment "
                    + "variable " + Credentials.ENVIRONMENT + ").")
    Path credentials;

    @Option(names = "--ingest-dir", paramLabel = "DIR",
            description = "Where --writable without --watch keeps the articles it ingests (default: the store folder's "
                    + "name + '.ingest', beside it). With --watch they go into the watched folder.")
    Path ingestDir;

    @Option(names = "--any-language", description = "Ingest articles detected as not English, too.")
    boolean anyLanguage;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (queryTimeout <= 0) {
            throw new ParameterException(spec.commandLine(), "--query-timeout must be at least 1 second, not "
                    + queryTimeout);
        }
        if (ingestDir != null && (watch != null || !writable)) {
            throw new ParameterException(spec.commandLine(), watch != null
                    ? "--ingest-dir and --watch: with --watch, ingested articles go into the watched folder"
                    : "--ingest-dir needs --writable");
        }
        Credentials users = Credentials.resolve(credentials, System.getenv()).orElse(null);
        if (writable && users == null) {
            throw new IllegalStateException("--writable needs credentials: --credentials FILE (one user:password "
                    + "line) or the environment variable " + Credentials.ENVIRONMENT + "=user:password");
        }
        if (watch != null && !Files.isDirectory(watch)) {
            throw new NoSuchFileException(watch.toString(), null, "no such folder to watch");
        }
        Path articles = watch != null ? watch : writable ? ingestFolder() : null;
        // A server that ingests a folder may start from nothing; a server that only reads never creates a store.
        GraphStore graphStore = StoreLock.open(watch != null ? store.path() : store.existing());
        StoreWriter writer = null;
        NewsgraphServer server;
        try {
            NewsgraphServer.Builder b = NewsgraphServer.builder().store(graphStore).host(host).port(port)
                    .queryTimeout(Duration.ofSeconds(queryTimeout));
            if (users != null) {
                b.credentials(users);
            }
            if (articles != null) {
                Files.createDirectories(articles);
                // Half the processors for NLP: the queries being answered meanwhile need the rest.
                GraphBuilder.Builder pipeline = GraphBuilder.create().anyLanguage(anyLanguage)
                        .threads(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
                writer = StoreWriter.create(graphStore, articles, pipeline);
                b.writer(writer).watch(watch != null).writable(writable);
            }
            server = b.build().start();
        } catch (Exception e) {
            if (writer != null) {
                writer.close();
            }
            graphStore.close();
            throw e;
        }
        // Ctrl-C ends the JVM through its shutdown hooks: stop answering and ingesting first, then release the store.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            graphStore.close();
        }, "newsgraph-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Fuseki UI: " + server.uiUrl() + "  SPARQL endpoint: " + server.sparqlUrl()
                + (writable ? "  (writable with HTTP Basic authentication; Ctrl-C stops)"
                        : "  (read-only; Ctrl-C stops)"));
        if (writable) {
            String dataset = server.uiUrl() + NewsgraphServer.DATASET + "/";
            out.println("Ingest: POST " + dataset + NewsgraphServer.ARTICLES + " (articles kept in " + articles
                    + ")  SPARQL Update: " + dataset + NewsgraphServer.UPDATE + "  Graph Store: " + dataset
                    + NewsgraphServer.GRAPH_STORE);
        }
        if (watch != null) {
            out.println("Watching " + watch + ": new and changed articles are ingested as they arrive");
        }
        if (users != null) {
            out.println("Backup: GET " + server.uiUrl() + NewsgraphServer.BACKUP.substring(1) + " (user "
                    + users.user() + ")");
        }
        out.flush();
        server.join();
        return 0;
    }

    /** The folder of the articles ingested over HTTP without --watch: {@code STORE.ingest} beside the store. */
    private Path ingestFolder() {
        if (ingestDir != null) {
            return ingestDir;
        }
        Path dir = store.path().toAbsolutePath().normalize();
        return dir.resolveSibling(dir.getFileName() + ".ingest");
    }
}
