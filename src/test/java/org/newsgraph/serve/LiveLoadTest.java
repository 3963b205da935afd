package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.query.CannedQuery;
import org.newsgraph.store.GraphStore;

/**
 * Queries under load while {@code serve --watch} ingests a stream of articles: {@value #CLIENTS} clients run the canned
 * queries of {@code queries/} over HTTP for {@link #RUN}, while {@value #ARTICLES} generated articles land in the
 * watched folder one every {@link #FEED_EVERY}. Each client's round is the whole pack, then a consistency query
 * ({@code serve/inconsistencies.rq}, which must be empty in every snapshot) and the number of stored articles (which
 * must never go down for a client). Asserts no failed request, no inconsistent answer, every article stored in the
 * end; prints requests per second and latency percentiles. Needs the trained models; tagged {@code load}.
 */
@Tag("load")
class LiveLoadTest {

    private static final int ARTICLES = 40;
    private static final int CLIENTS = 8;
    private static final Duration RUN = Duration.ofSeconds(30);
    private static final Duration FEED_EVERY = Duration.ofMillis(500);
    /** After the run, how long the last articles may take to be stored. */
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final String ARTICLE_COUNT = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> "
            + "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a ng:Article }";

    private final HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> inconsistencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger rounds = new AtomicInteger();

    private record Answer(int status, ResultSet rows, String body) {}

    @Test
    void queriesStayCorrectAndAnsweredWhileTheWatchIngestsAStream(@TempDir Path dir) throws Exception {
        List<CannedQuery> pack = CannedQuery.pack(Path.of("queries"));
        String consistency = Files.readString(Path.of("src/test/resources/serve/inconsistencies.rq"));
        CorpusGenerator corpus = CorpusGenerator.create().seed(11).gazetteer(TestSupport.gazetteer()).build();
        Path folder = Files.createDirectory(dir.resolve("news"));

        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            StoreWriter writer = StoreWriter.create(store, folder, GraphBuilder.create()
                    .models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).threads(1));
            try (NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).writer(writer).watch(true)
                    .build().start()) {
                String sparql = server.sparqlUrl();
                ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + 1);
                long start = System.nanoTime();
                long end = start + RUN.toNanos();
                Future<Integer> feed = threads.submit(() -> feed(corpus, folder));
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    clients.add(threads.submit(() -> client(sparql, pack, consistency, end)));
                }
                for (Future<?> client : clients) {
                    client.get(RUN.toSeconds() + 120, TimeUnit.SECONDS);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long[] measured = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
                long storedDuringRun = count(sparql, ARTICLE_COUNT);
                assertEquals(ARTICLES, feed.get(60, TimeUnit.SECONDS));
                threads.shutdown();

                long deadline = System.nanoTime() + SETTLE.toNanos();
                long stored;
                while ((stored = count(sparql, ARTICLE_COUNT)) < ARTICLES && System.nanoTime() < deadline) {
                    Thread.sleep(250);
                }
                report(measured, seconds, storedDuringRun);
                assertEquals(List.of(), List.copyOf(failures), "failed requests");
                assertEquals(List.of(), List.copyOf(inconsistencies), "inconsistent answers");
                assertEquals(ARTICLES, stored, "articles stored after the stream");
                assertTrue(rounds.get() >= CLIENTS, "every client finished a round at least");
            }
        }
    }

    /** Writes the articles into the folder one by one, each under a hidden name first so it appears whole. */
    private static int feed(CorpusGenerator corpus, Path folder) throws Exception {
        for (int i = 1; i <= ARTICLES; i++) {
            String name = CorpusGenerator.fileName(i);
            Path part = Files.writeString(folder.resolve("." + name + ".part"), corpus.article(i).text(),
                    StandardCharsets.UTF_8);
            Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            Thread.sleep(FEED_EVERY.toMillis());
        }
        return ARTICLES;
    }

    /** Rounds of the whole pack, a consistency check and the article count, until {@code end}. */
    private void client(String sparql, List<CannedQuery> pack, String consistency, long end) {
        long articlesSeen = 0;
        while (System.nanoTime() < end) {
            for (CannedQuery q : pack) {
                ask(sparql, q.file().toString(), q.sparql());
            }
            Answer check = ask(sparql, "inconsistencies.rq", consistency);
            if (check != null && check.rows().hasNext()) {
                inconsistencies.add(check.body());
            }
            Answer count = ask(sparql, "article count", ARTICLE_COUNT);
            if (count != null) {
                long n = count.rows().next().getLiteral("n").getLong();
                if (n < articlesSeen) {
                    inconsistencies.add("the number of articles went down from " + articlesSeen + " to " + n);
                }
                articlesSeen = n;
            }
            rounds.incrementAndGet();
        }
    }

    /** One query, timed; null (and a failure recorded) unless it answered 200 with well-formed SPARQL JSON. */
    private Answer ask(String sparql, String what, String query) {
        return ask(sparql, what, query, true);
    }

    private Answer ask(String sparql, String what, String query, boolean timed) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparql))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, BodyHandlers.ofString());
            if (timed) {
                latencies.add(System.nanoTime() - start);
            }
            if (r.statusCode() != 200) {
                failures.add(what + ": " + r.statusCode() + " " + r.body().strip());
                return null;
            }
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            return new Answer(r.statusCode(), rows, r.body());
        } catch (Exception e) {
            if (timed) {
                latencies.add(System.nanoTime() - start);
            }
            failures.add(what + ": " + e);
            return null;
        }
    }

    /** A count after the run: not timed. */
    private long count(String sparql, String query) {
        Answer a = ask(sparql, "article count", query, false);
        assertTrue(a != null, "the count query failed: " + failures);
        return a.rows().next().getLiteral("n").getLong();
    }

    private void report(long[] sorted, double seconds, long storedDuringRun) {
        System.out.printf(Locale.ROOT, "load: %d clients for %.1f s while --watch ingested %d articles (%d stored "
                        + "by the end of the run): %d requests, %.1f requests/s, latency p50 %.1f ms, p95 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; %d rounds; %d failed requests, %d inconsistent answers%n",
                CLIENTS, seconds, ARTICLES, storedDuringRun, sorted.length, sorted.length / seconds,
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, rounds.get(), failures.size(),
                inconsistencies.size());
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }
}
