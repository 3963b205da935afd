package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * A test's client of a {@link NewsgraphServer} over loopback HTTP: SPARQL queries whose results are parsed, and
 * requests with or without HTTP Basic credentials. Every request is bounded in time. Thread-safe.
 */
final class ServerClient {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String PREFIXES = """
            PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(10)).build();

    ServerClient(NewsgraphServer server) {
        this.base = server.uiUrl();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String url(String path) {
        return base + path;
    }

    /** A SELECT over HTTP (GET on /newsgraph/sparql), which must answer 200; the rows parsed from SPARQL JSON. */
    ResultSetRewindable select(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> r = query(sparql);
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(
                new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
    }

    /** The answer of a SELECT, as it came. */
    HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(NewsgraphServer.DATASET + "/sparql?query="
                        + encode(PREFIXES + sparql))))
                .header("Accept", "application/sparql-results+json").timeout(TIMEOUT).GET().build();
        return http.send(request, BodyHandlers.ofString());
    }

    /** The number in the first column of the first row of a SELECT. */
    long count(String sparql) throws IOException, InterruptedException {
        ResultSetRewindable rows = select(sparql);
        String var = rows.getResultVars().get(0);
        return rows.next().getLiteral(var).getLong();
    }

    /**
     * A request on a connection of its own (Jetty closes the connection after a refusal it sends before reading the
     * body; see NewsgraphServerTest#send). {@code authorization} and {@code contentType} may be null; {@code headers}
     * are name, value pairs.
     */
    HttpResponse<String> send(String method, String path, String authorization, String contentType, byte[] body,
                              String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(TIMEOUT)
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpClient oneShot = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return oneShot.send(request.build(), BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(TIMEOUT).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }
}
