package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;

/**
 * A writable server over HTTP: every write (ingest, SPARQL Update, Graph Store) needs the credentials and gets 401
 * without them or with wrong ones; with them, an ingested article is answered 201 with its graph and counts and is
 * queryable at once; bad articles are refused with a one-line reason and never land in the article folder; queries
 * stay open; {@code /$/backup} streams the store to the credentials' holder. Needs the trained models.
 */
class WritableServerTest {

    private static final String USER = "editor";
    /** A password with a colon and a space: everything after the user's colon is the password. */
    private static final String PASSWORD = "s3cret: with colon";
    private static final String RIGHT = ServerClient.basic(USER, PASSWORD);
    private static final String[] WRONG = {ServerClient.basic(USER, "guess"),
            ServerClient.basic("admin", PASSWORD), "Basic not-base64!", "Bearer " + PASSWORD};
    private static final String ARTICLE = "src/test/resources/stories/port-talks.txt";
    private static final String FRENCH = "Le président de la République a rencontré mardi à Paris le chancelier "
            + "allemand pour discuter de la guerre au Soudan, de l'énergie et du budget européen. Les deux "
            + "dirigeants ont promis de se revoir avant la fin de l'année, selon un communiqué publié par l'Élysée.";

    @TempDir
    static Path dir;
    static GraphStore store;
    static Path articles;
    static NewsgraphServer server;
    static ServerClient client;

    @BeforeAll
    static void start() throws IOException {
        store = SmallStore.create(dir.resolve("store"));
        articles = Files.createDirectory(dir.resolve("articles"));
        StoreWriter writer = StoreWriter.create(store, articles, GraphBuilder.create()
                .models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).threads(2));
        server = NewsgraphServer.builder().store(store).port(0).writer(writer).writable(true)
                .credentials(Credentials.parse(USER + ":" + PASSWORD, "the test")).build().start();
        client = new ServerClient(server);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String ds(String endpoint) {
        return NewsgraphServer.DATASET + "/" + endpoint;
    }

    private static void assertUnauthorized(HttpResponse<String> r) {
        assertEquals(401, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                r.headers().toString());
        assertEquals(1, r.body().strip().lines().count(), r.body());
    }

    private static Set<String> articleFiles() throws IOException {
        try (Stream<Path> files = Files.list(articles)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static HttpResponse<String> ingest(String name, byte[] text) throws Exception {
        return client.send("POST", ds(NewsgraphServer.ARTICLES), RIGHT, "text/plain;charset=utf-8", text,
                "Article-Name", name);
    }

    @Test
    void writesWithoutTheRightCredentialsAre401AndChangeNothing() throws Exception {
        long quads = store.size();
        Set<String> files = articleFiles();
        byte[] update = "INSERT DATA { <urn:test:s> <urn:test:p> 'o' }".getBytes(StandardCharsets.UTF_8);
        byte[] turtle = "<urn:test:s> <urn:test:p> 'o' .".getBytes(StandardCharsets.UTF_8);
        byte[] text = Files.readAllBytes(Path.of(ARTICLE));
        for (String authorization : Stream.concat(Stream.of((String) null), Stream.of(WRONG)).toList()) {
            assertUnauthorized(client.send("POST", ds("update"), authorization, "application/sparql-update", update));
            assertUnauthorized(client.send("POST", ds("update"), authorization, "application/x-www-form-urlencoded",
                    ("update=" + ServerClient.encode(new String(update, StandardCharsets.UTF_8)))
                            .getBytes(StandardCharsets.UTF_8)));
            assertUnauthorized(client.send("PUT", ds("data?graph=urn:test:g"), authorization, "text/turtle", turtle));
            assertUnauthorized(client.send("POST", ds("data?graph=urn:test:g"), authorization, "text/turtle", turtle));
            assertUnauthorized(client.send("DELETE", ds("data?graph=" + ServerClient.encode(SmallStore.GRAPH_A)),
                    authorization, null, null));
            assertUnauthorized(client.send("POST", ds(NewsgraphServer.ARTICLES), authorization, "text/plain", text,
                    "Article-Name", "sneaky.txt"));
            assertUnauthorized(client.send("GET", "$/backup", authorization, null, null));
        }
        assertEquals(quads, store.size());
        assertEquals(files, articleFiles());
    }

    @Test
    void theQueryEndpointsStayOpenAndReadOnly() throws Exception {
        assertEquals(SmallStore.TRIPLES, client.count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(?g IN (<" + SmallStore.GRAPH_A + ">, <" + SmallStore.GRAPH_B + ">)) }"));
        assertEquals(200, client.send("GET", ds("data?graph=" + ServerClient.encode(SmallStore.GRAPH_A)), null,
                null, null, "Accept", "text/turtle").statusCode());
        assertEquals(200, client.send("GET", ds("get?graph=" + ServerClient.encode(SmallStore.GRAPH_B)), null,
                null, null, "Accept", "text/turtle").statusCode());
        byte[] update = "INSERT DATA { <urn:test:s> <urn:test:p> 'o' }".getBytes(StandardCharsets.UTF_8);
        for (String endpoint : List.of(ds("sparql"), ds("query"), NewsgraphServer.DATASET)) {
            int status = client.send("POST", endpoint, RIGHT, "application/sparql-update", update).statusCode();
            assertTrue(status >= 400 && status < 500, endpoint + " answered " + status + " to an update");
        }
        assertEquals(0, client.count("SELECT (COUNT(*) AS ?n) { <urn:test:s> ?p ?o }"));
    }

    @Test
    void anUpdateWithTheCredentialsIsApplied() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:updated> { <urn:test:u> <urn:test:p> 'by update' } }";
        HttpResponse<String> r = client.send("POST", ds("update"), RIGHT, "application/sparql-update",
                insert.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertEquals(1, client.count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:updated> { ?s ?p 'by update' } }"));
        r = client.send("POST", ds("update"), RIGHT, "application/sparql-update",
                "DROP GRAPH <urn:test:updated>".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, r.statusCode() + " " + r.body());
        assertEquals(0, client.count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:updated> { ?s ?p ?o } }"));
    }

    @Test
    void graphStoreWritesWithTheCredentialsAreApplied() throws Exception {
        String graph = ds("data?graph=" + ServerClient.encode("urn:test:gsp"));
        HttpResponse<String> put = client.send("PUT", graph, RIGHT, "text/turtle",
                "<urn:test:g1> <urn:test:p> 'put' .".getBytes(StandardCharsets.UTF_8));
        assertTrue(put.statusCode() == 201 || put.statusCode() == 204 || put.statusCode() == 200,
                put.statusCode() + " " + put.body());
        assertEquals(1, client.count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:gsp> { ?s ?p 'put' } }"));
        HttpResponse<String> delete = client.send("DELETE", graph, RIGHT, null, null);
        assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, delete.statusCode() + " " + delete.body());
        assertEquals(0, client.count("SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:gsp> { ?s ?p ?o } }"));
    }

    @Test
    void anIngestedArticleIsAnswered201WithItsGraphAndCountsAndIsQueryable() throws Exception {
        byte[] text = Files.readAllBytes(Path.of(ARTICLE));
        // Sent as curl --data-binary sends it by default: the body must not be taken for a form.
        HttpResponse<String> r = client.send("POST", ds(NewsgraphServer.ARTICLES), RIGHT,
                "application/x-www-form-urlencoded", text, "Article-Name", "live-1.txt");
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject json = JSON.parse(r.body());
        String graph = Iris.articleGraph("live-1.txt");
        assertEquals(graph, json.getString("graph"));
        assertEquals("live-1.txt", json.getString("name"));
        long mentions = json.get("mentions").getAsNumber().value().longValue();
        long entities = json.get("entities").getAsNumber().value().longValue();
        long relations = json.get("relations").getAsNumber().value().longValue();
        assertTrue(mentions >= entities && entities >= 5, r.body());
        assertTrue(relations >= 0, r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains(ServerClient.encode(graph)),
                r.headers().toString());

        // What the answer counted is what a SPARQL client now sees, down to the entities' names.
        assertEquals(mentions, client.count("SELECT (COUNT(DISTINCT ?m) AS ?n) { GRAPH <" + graph
                + "> { ?m a ng:Mention } }"));
        assertEquals(entities, client.count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <" + graph
                + "> { ?m ng:refersTo ?e } }"));
        Set<String> names = new TreeSet<>();
        client.select("SELECT ?name { GRAPH <" + graph + "> { ?m ng:refersTo ?e } ?e skos:prefLabel ?name }")
                .forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        assertTrue(names.contains("Tavian Oduya"), names.toString());

        // The article folder keeps the text; nothing is left in staging.
        assertArrayEquals(text, Files.readAllBytes(articles.resolve("live-1.txt")));
        try (Stream<Path> staged = Files.list(articles.resolve(StoreWriter.STAGING))) {
            assertEquals(0, staged.count());
        }

        // The same text again changes nothing.
        HttpResponse<String> again = ingest("live-1.txt", text);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("unchanged", JSON.parse(again.body()).getString("status"));
        assertEquals(mentions, JSON.parse(again.body()).get("mentions").getAsNumber().value().longValue());
    }

    @Test
    void theNameMayComeFromTheQueryStringAndBeNonAscii() throws Exception {
        String name = "Zürich report.txt";
        HttpResponse<String> r = client.send("POST", ds(NewsgraphServer.ARTICLES + "?name="
                        + ServerClient.encode(name)), RIGHT, "text/plain",
                "Chancellor Olaf Scholz met President Ana Silva in Zürich on Monday to discuss energy prices."
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(Iris.articleGraph(name), JSON.parse(r.body()).getString("graph"));
        assertTrue(Files.exists(articles.resolve(name)));
        assertEquals(1, client.count("SELECT (COUNT(*) AS ?n) { GRAPH <" + Iris.articleGraph(name)
                + "> { ?a a ng:Article } }"));
    }

    @Test
    void badArticlesAre400WithAOneLineReasonAndNeverLand() throws Exception {
        Set<String> before = articleFiles();
        long quads = store.size();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        record Case(String name, byte[] body, String reason) {}
        List<Case> cases = List.of(
                new Case("empty.txt", new byte[0], "empty"),
                new Case("blank.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8), "white space"),
                new Case("image.txt", png, "binary"),
                new Case("french.txt", FRENCH.getBytes(StandardCharsets.UTF_8), "not English"),
                new Case("../escape.txt", "Text.".getBytes(StandardCharsets.UTF_8), "path separator"),
                new Case("sub/dir.txt", "Text.".getBytes(StandardCharsets.UTF_8), "path separator"),
                new Case("..", "Text.".getBytes(StandardCharsets.UTF_8), "not a file name"),
                new Case(".hidden.txt", "Text.".getBytes(StandardCharsets.UTF_8), "hidden"));
        for (Case c : cases) {
            HttpResponse<String> r = ingest(c.name(), c.body());
            assertEquals(400, r.statusCode(), c.name() + ": " + r.body());
            assertEquals(1, r.body().strip().lines().count(), r.body());
            assertTrue(r.body().contains(c.reason()), c.name() + ": " + r.body());
        }
        HttpResponse<String> nameless = client.send("POST", ds(NewsgraphServer.ARTICLES), RIGHT, "text/plain",
                "Text.".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, nameless.statusCode(), nameless.body());
        assertTrue(nameless.body().contains("Article-Name"), nameless.body());

        assertEquals(before, articleFiles());
        assertFalse(Files.exists(dir.resolve("escape.txt")));
        assertEquals(quads, store.size());
    }

    @Test
    void theBackupStreamsTheWholeStoreToTheCredentialsHolder() throws Exception {
        HttpResponse<byte[]> r = client.getBytes("$/backup", RIGHT);
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", r.headers().firstValue("Content-Type").orElse(""));
        Dataset copy = DatasetFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body()))).lang(Lang.NQUADS).parse(copy);
        assertEquals(store.size(), copy.asDatasetGraph().stream().count());
    }

    @Test
    void aReadOnlyServerWithCredentialsBacksUpButTakesNoWrite() throws Exception {
        try (NewsgraphServer readOnly = NewsgraphServer.builder().store(store).port(0)
                .credentials(Credentials.parse(USER + ":" + PASSWORD, "the test")).build().start()) {
            ServerClient c = new ServerClient(readOnly);
            assertEquals(401, c.getBytes("$/backup", null).statusCode());
            assertEquals(200, c.getBytes("$/backup", RIGHT).statusCode());
            long quads = store.size();
            for (HttpResponse<String> r : List.of(
                    c.send("POST", ds("update"), RIGHT, "application/sparql-update",
                            "INSERT DATA { <urn:test:s> <urn:test:p> 'o' }".getBytes(StandardCharsets.UTF_8)),
                    c.send("PUT", ds("data?graph=urn:test:g"), RIGHT, "text/turtle",
                            "<urn:test:s> <urn:test:p> 'o' .".getBytes(StandardCharsets.UTF_8)),
                    c.send("POST", ds(NewsgraphServer.ARTICLES + "?name=x.txt"), RIGHT, "text/plain",
                            Files.readAllBytes(Path.of(ARTICLE))))) {
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.uri() + " answered " + r.statusCode());
            }
            assertEquals(quads, store.size());
        }
    }
}
