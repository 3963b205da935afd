package org.newsgraph.serve;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.servlets.ActionLib;

/**
 * The gate of the writes that Fuseki itself serves on a writable server: SPARQL Update at {@code /newsgraph/update}
 * (any method) and Graph Store writes at {@code /newsgraph/data} (any method but GET, HEAD and OPTIONS). Such a request
 * must carry the server's credentials (else 401), and then runs under the {@link StoreWriter}'s lock, so that it never
 * interleaves with an ingest pass (503 when the store stays busy for {@value #WAIT_SECONDS} s). Everything else passes
 * untouched: queries stay open.
 *
 * <p>The request path is read exactly as Fuseki's dispatcher reads it ({@link ActionLib#actionURI}), so that no
 * spelling of a path reaches a write endpoint without passing here. Thread-safe.
 */
final class WriteGuard implements Filter {

    static final long WAIT_SECONDS = 60;

    private final String update;
    private final String data;
    private final BasicAuth auth;
    private final Lock writes;

    WriteGuard(String dataset, BasicAuth auth, Lock writes) {
        this.update = "/" + dataset + "/" + NewsgraphServer.UPDATE;
        this.data = "/" + dataset + "/" + NewsgraphServer.GRAPH_STORE;
        this.auth = auth;
        this.writes = writes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!writes(request)) {
            chain.doFilter(req, resp);
            return;
        }
        if (!auth.admit(request, response)) {
            return;
        }
        boolean locked;
        try {
            locked = writes.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            locked = false;
        }
        if (!locked) {
            response.setHeader("Retry-After", Long.toString(WAIT_SECONDS));
            TextReply.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "the store is busy with an ingest; try again later");
            return;
        }
        try {
            chain.doFilter(req, resp);
        } finally {
            writes.unlock();
        }
    }

    private boolean writes(HttpServletRequest request) {
        String path = ActionLib.actionURI(request);
        if (path.equals(update) || path.startsWith(update + "/")) {
            return true;
        }
        if (path.equals(data) || path.startsWith(data + "/")) {
            String method = request.getMethod();
            return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        }
        return false;
    }
}
