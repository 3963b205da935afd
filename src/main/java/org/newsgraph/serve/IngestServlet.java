package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsgraph.rdf.Iris;

/**
 * {@code POST /newsgraph/articles}: one article in, through the {@link StoreWriter}, synchronously. The body is the
 * article's text (UTF-8; Windows-1252 and HTML are recognised as {@code build} does); its name, which becomes its file
 * name in the article folder and its id, comes from the {@value #NAME_HEADER} header or else the
 * {@value #NAME_PARAMETER} query parameter (percent-encoded UTF-8, for names that are not ASCII).
 *
 * <p>Answers: 201 with JSON (the article's name, graph IRI, and counts of mentions, entities and relations, queried
 * from the store) when the article was stored; 200 with the same JSON when the store held it with the same text
 * already; 400 with a one-line reason for a bad name or a text that is not an English article; 401 without the
 * server's credentials; 413 over the size limit; 503 when the server is stopping. Thread-safe.
 */
final class IngestServlet extends HttpServlet {

    static final String NAME_HEADER = "Article-Name";
    static final String NAME_PARAMETER = "name";

    private static final Logger LOG = LoggerFactory.getLogger(IngestServlet.class);

    private final transient StoreWriter writer;
    private final transient BasicAuth auth;
    private final long maxBytes;

    IngestServlet(StoreWriter writer, BasicAuth auth, long maxBytes) {
        this.writer = writer;
        this.auth = auth;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!auth.admit(request, response)) {
            return;
        }
        String name;
        try {
            name = name(request);
        } catch (IllegalArgumentException badEncoding) {
            TextReply.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "the query string is not valid percent-encoding: " + badEncoding.getMessage());
            return;
        }
        String problem = StoreWriter.nameProblem(name);
        if (problem != null) {
            TextReply.send(response, HttpServletResponse.SC_BAD_REQUEST, problem);
            return;
        }
        byte[] text = body(request);
        if (text == null) {
            TextReply.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, String.format(Locale.ROOT,
                    "%s: over the %.1f MB limit of an article", name, maxBytes / 1048576.0));
            return;
        }
        if (text.length == 0) {
            TextReply.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    name + ": the body is empty; send the article's text");
            return;
        }
        StoreWriter.Ingested stored;
        try {
            stored = writer.ingest(name, text);
        } catch (StoreWriter.RejectedArticle e) {
            TextReply.send(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (CancellationException e) {
            TextReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the server is stopping");
            return;
        } catch (IOException | RuntimeException e) {
            LOG.error("ingest of {} failed: {}", name, e.toString(), e);
            TextReply.send(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    name + ": the ingest failed: " + e);
            return;
        }
        byte[] json = json(stored).getBytes(StandardCharsets.UTF_8);
        response.setStatus(stored.created() ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_OK);
        response.setHeader("Location", "/" + NewsgraphServer.DATASET + "/get?graph="
                + URLEncoder.encode(stored.graph(), StandardCharsets.UTF_8));
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /**
     * The article's name: the header, else the query parameter. The query string is parsed here rather than through
     * {@code getParameter}, which would read a body sent as {@code application/x-www-form-urlencoded} (what
     * {@code curl --data-binary} sends by default) as a form.
     */
    private static String name(HttpServletRequest request) {
        String header = request.getHeader(NAME_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(NAME_PARAMETER)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
            }
        }
        return null;
    }

    /** The body, or null when it is over the limit. */
    private byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] text = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            return text.length > maxBytes ? null : text;
        }
    }

    private static String json(StoreWriter.Ingested stored) {
        JsonObject json = new JsonObject();
        json.put("name", stored.name());
        json.put("article", Iris.article(stored.name()));
        json.put("graph", stored.graph());
        json.put("status", stored.created() ? "stored" : "unchanged");
        json.put("mentions", stored.mentions());
        json.put("entities", stored.entities());
        json.put("relations", stored.relations());
        JsonArray notes = new JsonArray();
        stored.notes().forEach(notes::add);
        json.put("notes", notes);
        return json + "\n";
    }
}
