package org.newsgraph.serve;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * One headless Chromium page driven through the Chrome DevTools protocol over a WebSocket of {@code java.net.http}:
 * it needs nothing but the {@code chromium} binary (no chromedriver, no Selenium). Open with {@link #open}, close to
 * end the browser and its child processes. Not thread-safe: one test drives one page.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration CALL = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private HeadlessChromium(Process process, WebSocket.Builder sockets, URI page) throws InterruptedException {
        this.process = process;
        this.socket = join(sockets.buildAsync(page, new Replies()), CALL, "connecting to the page");
    }

    /** The Chromium binary on the PATH ({@code chromium}, as Debian names it, or {@code chromium-browser}). */
    static Optional<Path> binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts Chromium with a fresh profile in {@code profile}, showing {@code url} in a 1280x900 window. */
    static HeadlessChromium open(Path binary, Path profile, String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900",
                "--remote-debugging-port=0", url)
                .redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile())
                .start();
        try {
            int port = devToolsPort(process, profile);
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
            String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), BodyHandlers.ofString()).body();
            JsonArray list = JSON.parseAny(targets).getAsArray();
            for (JsonValue target : list) {
                JsonObject t = target.getAsObject();
                if ("page".equals(t.getString("type"))) {
                    URI page = URI.create(t.getString("webSocketDebuggerUrl"));
                    return new HeadlessChromium(process, http.newWebSocketBuilder(), page);
                }
            }
            throw new IllegalStateException("Chromium shows no page: " + targets);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stop(process);
            throw e;
        }
    }

    /** The port of the DevTools endpoint, which Chromium writes into the profile once it listens. */
    private static int devToolsPort(Process process, Path profile) throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chromium exited with " + process.exitValue() + " before it listened");
            }
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) {
                    return Integer.parseInt(lines.get(0).strip());
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Chromium did not open its DevTools port within " + STARTUP);
    }

    /** Loads {@code url} in the page. */
    void navigate(String url) throws InterruptedException {
        JsonObject params = new JsonObject();
        params.put("url", url);
        call("Page.navigate", params);
    }

    /** The value of a JavaScript expression in the page, as a string ({@code "true"}, {@code "2"}, text...). */
    String evaluate(String expression) throws InterruptedException {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", params);
        if (result.hasKey("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + expression + "\n" + result.get("exceptionDetails"));
        }
        JsonObject remote = result.get("result").getAsObject();
        if (!remote.hasKey("value")) {
            return "undefined";
        }
        JsonValue value = remote.get("value");
        return value.isString() ? value.getAsString().value() : value.toString();
    }

    /** Waits until {@code condition} (a JavaScript expression) is true in the page; false if it never was. */
    boolean waitFor(String condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            if ("true".equals(evaluate("Boolean(" + condition + ")"))) {
                return true;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return false;
    }

    /** A PNG of what the window shows. */
    byte[] screenshot() throws InterruptedException {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        return Base64.getDecoder().decode(call("Page.captureScreenshot", params).getString("data"));
    }

    private JsonObject call(String method, JsonObject params) throws InterruptedException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        JsonObject message = new JsonObject();
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        join(socket.sendText(message.toString(), true), CALL, method);
        JsonObject answer = join(reply, CALL, method);
        if (answer.hasKey("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result").getAsObject();
    }

    private static <T> T join(CompletableFuture<T> future, Duration timeout, String what) throws InterruptedException {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + ": no answer from Chromium within " + timeout, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "");
        } finally {
            stop(process);
        }
    }

    /** Ends Chromium and the helper processes it started (renderer, GPU, zygote). */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroy);
    }

    /** Collects the frames of each message and hands replies to the calls waiting for them; events are ignored. */
    private final class Replies implements WebSocket.Listener {

        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonObject message = JSON.parse(text.toString());
                text.setLength(0);
                if (message.hasKey("id")) {
                    CompletableFuture<JsonObject> reply =
                            pending.remove(message.get("id").getAsNumber().value().intValue());
                    if (reply != null) {
                        reply.complete(message);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(reply -> reply.completeExceptionally(error));
        }
    }
}
