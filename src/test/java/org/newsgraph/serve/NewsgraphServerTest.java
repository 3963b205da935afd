package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.store.GraphStore;

/**
 * The server over HTTP, as a SPARQL client sees it: queries answer in JSON and CSV over the union of the named
 * graphs, and every kind of write (SPARQL Update, Graph Store Protocol, admin) is refused and changes nothing.
 */
class NewsgraphServerTest {

    private static final String LABELS_QUERY =
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?label { ?e rdfs:label ?label }";
    private static final String COUNT_QUERY = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final String INSERT = "INSERT DATA { <http://example.org/s> <http://example.org/p> 'o' }";
    private static final String TURTLE = "<http://example.org/s> <http://example.org/p> 'o' .";

    @TempDir
    static Path dir;
    static GraphStore store;
    static NewsgraphServer server;
    static boolean runFolderBefore;
    static final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = SmallStore.create(dir.resolve("store"));
        runFolderBefore = Files.exists(Path.of("run"));
        server = NewsgraphServer.builder().store(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String url(String path) {
        return server.uiUrl() + path;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build();
        return http.send(request, BodyHandlers.ofString());
    }

    /**
     * Sends a request that the server is expected to refuse, on a connection of its own: Jetty answers a refusal
     * before it has read the request body and then closes the connection, so a client that reuses it for the next
     * request now and then gets "header parser received no bytes" instead of an answer.
     */
    private static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        BodyPublisher publisher = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method, publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpClient oneShot = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        return oneShot.send(request.build(), BodyHandlers.ofString());
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                response.request().method() + " " + response.uri() + " answered " + response.statusCode()
                        + ", not a 4xx refusal: " + response.body());
    }

    /** The store still holds its two graphs and nothing else, read both in this JVM and over HTTP. */
    private static void assertUnchanged() throws IOException, InterruptedException {
        assertEquals(SmallStore.TRIPLES, store.size(), "quads in the store");
        assertEquals(SmallStore.TRIPLES, countOverHttp(), "triples a query sees");
        Txn.executeRead(store.dataset(), () -> assertEquals(Set.of(SmallStore.GRAPH_A, SmallStore.GRAPH_B),
                new HashSet<>(Iter.toList(store.dataset().listNames()))));
    }

    private static long countOverHttp() throws IOException, InterruptedException {
        HttpResponse<String> r = get(NewsgraphServer.DATASET + "/sparql?query=" + encode(COUNT_QUERY),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return rs.next().getLiteral("n").getLong();
    }

    @Test
    void listensOnAnEphemeralPortOfLoopbackByDefault() {
        assertNotEquals(0, server.port());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uiUrl());
        assertEquals("http://127.0.0.1:" + server.port() + "/newsgraph/sparql", server.sparqlUrl());
    }

    @Test
    void aSelectAnswersSparqlJson() throws Exception {
        HttpResponse<String> r = get(NewsgraphServer.DATASET + "/sparql?query=" + encode(LABELS_QUERY),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"),
                r.headers().toString());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(List.of("label"), rs.getResultVars());
        Set<String> labels = new HashSet<>();
        rs.forEachRemaining(row -> labels.add(row.getLiteral("label").getLexicalForm()));
        assertEquals(Set.of(SmallStore.LABELS), labels);
    }

    @Test
    void aSelectAnswersCsvAtTheQueryEndpoint() throws Exception {
        HttpResponse<String> r = get(NewsgraphServer.DATASET + "/query?query=" + encode(LABELS_QUERY), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), r.headers().toString());
        List<String> lines = r.body().lines().toList();
        assertEquals("label", lines.get(0));
        assertEquals(Set.of(SmallStore.LABELS), new HashSet<>(lines.subList(1, lines.size())));
    }

    @Test
    void aQueryPostedAsAFormIsAnswered() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(NewsgraphServer.DATASET + "/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(BodyPublishers.ofString("query=" + encode(COUNT_QUERY))).build(), BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("n", Integer.toString(SmallStore.TRIPLES)), r.body().lines().toList());
    }

    @Test
    void theDefaultGraphOfAQueryIsTheUnionOfTheNamedGraphs() throws Exception {
        // The store's own default graph is empty: every triple a query sees comes from the named graphs.
        Txn.executeRead(store.dataset(), () -> assertTrue(
                store.dataset().asDatasetGraph().getDefaultGraph().isEmpty(), "the stored default graph"));
        assertEquals(SmallStore.TRIPLES, countOverHttp());
    }

    @Test
    void sparqlUpdateIsRefusedEverywhere() throws Exception {
        String ds = NewsgraphServer.DATASET;
        assertRefused(send("POST", ds + "/sparql", "application/sparql-update", INSERT));
        assertRefused(send("POST", ds + "/sparql", "application/x-www-form-urlencoded", "update=" + encode(INSERT)));
        assertRefused(send("POST", ds + "/update", "application/sparql-update", INSERT));
        assertRefused(send("POST", ds + "/update", "application/x-www-form-urlencoded", "update=" + encode(INSERT)));
        assertRefused(send("POST", ds, "application/sparql-update", INSERT));
        assertRefused(send("POST", ds + "/query", "application/sparql-update", INSERT));
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAndUploadsAreRefused() throws Exception {
        String ds = NewsgraphServer.DATASET;
        String graphA = "?graph=" + encode(SmallStore.GRAPH_A);
        for (String endpoint : new String[] {ds + "/data", ds + "/get", ds}) {
            assertRefused(send("PUT", endpoint + "?default", "text/turtle", TURTLE));
            assertRefused(send("POST", endpoint + "?default", "text/turtle", TURTLE));
            assertRefused(send("PUT", endpoint + graphA, "text/turtle", TURTLE));
            assertRefused(send("POST", endpoint + graphA, "text/turtle", TURTLE));
            assertRefused(send("DELETE", endpoint + graphA, null, null));
        }
        assertRefused(send("POST", ds, "application/n-quads", TURTLE));
        assertRefused(send("POST", ds + "/upload", "text/turtle", TURTLE));
        assertUnchanged();
    }

    @Test
    void theIngestEndpointIsRefused() throws Exception {
        String ds = NewsgraphServer.DATASET;
        assertRefused(send("POST", ds + "/" + NewsgraphServer.ARTICLES + "?name=x.txt", "text/plain",
                "Alice Smith met Bob Jones in Paris on Monday."));
        assertRefused(send("PUT", ds + "/" + NewsgraphServer.ARTICLES + "?name=x.txt", "text/plain", "Text."));
        assertUnchanged();
    }

    @Test
    void withoutCredentialsThereIsNoBackupEndpoint() throws Exception {
        assertEquals(404, get("$/backup", "*/*").statusCode());
    }

    @Test
    void graphStoreReadsANamedGraph() throws Exception {
        HttpResponse<String> r = get(NewsgraphServer.DATASET + "/get?graph=" + encode(SmallStore.GRAPH_A),
                "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Model served = ModelFactory.createDefaultModel();
        RDFDataMgr.read(served, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        Model expected = SmallStore.graph("alice", "Person", SmallStore.LABELS[0]);
        assertTrue(served.isIsomorphicWith(expected), r.body());
        assertEquals(200, get(NewsgraphServer.DATASET + "/data?graph=" + encode(SmallStore.GRAPH_B), "text/turtle")
                .statusCode());
    }

    @Test
    void graphStoreServesTheUnionGraphByItsName() throws Exception {
        HttpResponse<String> r = get(NewsgraphServer.DATASET + "/get?graph=" + encode("urn:x-arq:UnionGraph"),
                "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(SmallStore.TRIPLES, r.body().lines().filter(line -> !line.isBlank()).count(), r.body());
    }

    @Test
    void pingAnswers() throws Exception {
        assertEquals(200, get("$/ping", "*/*").statusCode());
    }

    @Test
    void theAdminEndpointsListTheDatasetButCannotAddOrRemoveAny() throws Exception {
        HttpResponse<String> list = get("$/datasets", "application/json");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"/newsgraph\""), list.body());
        HttpResponse<String> status = get("$/server", "application/json");
        assertEquals(200, status.statusCode(), status.body());
        assertTrue(status.body().contains("\"/newsgraph\""), status.body());

        assertRefused(send("POST", "$/datasets", "application/x-www-form-urlencoded", "dbName=other&dbType=mem"));
        assertRefused(send("POST", "$/datasets?dbName=other&dbType=tdb2", null, null));
        assertRefused(send("DELETE", "$/datasets/newsgraph", null, null));
        assertRefused(send("POST", "$/backup/newsgraph", null, null));
        assertRefused(send("POST", "$/compact/newsgraph", null, null));
        assertEquals(404, get("other/sparql?query=" + encode(COUNT_QUERY), "*/*").statusCode());
        assertUnchanged();
    }

    @Test
    void theUiIsServedAtTheRoot() throws Exception {
        HttpResponse<String> r = get("", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<title>Apache Jena Fuseki UI</title>"), r.body());
    }

    @Test
    void theServerLeavesNoRunFolderInTheWorkingDirectory() {
        assertEquals(runFolderBefore, Files.exists(Path.of("run")),
                "a Fuseki run area (./run/) appeared in " + Path.of("").toAbsolutePath());
    }

    @Test
    void aQueryStopsAtTheTimeout() throws Exception {
        try (NewsgraphServer quick = NewsgraphServer.builder().store(store).port(0)
                .queryTimeout(Duration.ofMillis(200)).build().start()) {
            // 6^10 (about 60 million) rows to count: far more than 200 ms of work.
            String slow = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . "
                    + "?p ?q ?r . ?s ?t ?u . ?v ?w ?x . ?y ?z ?a1 . ?b1 ?c1 ?d1 }";
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                    URI.create(quick.sparqlUrl() + "?query=" + encode(slow))).GET().build(), BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);

            // The server goes on serving: the next query is answered in full.
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(quick.sparqlUrl() + "?query="
                    + encode(COUNT_QUERY))).header("Accept", "text/csv").GET().build(), BodyHandlers.ofString());
            assertEquals(200, next.statusCode(), next.body());
            assertEquals(List.of("n", Integer.toString(SmallStore.TRIPLES)), next.body().lines().toList());
        }
    }
}
