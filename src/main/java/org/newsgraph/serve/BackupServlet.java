package org.newsgraph.serve;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsgraph.store.GraphStore;

/**
 * {@code GET /$/backup}: the whole store as gzip-compressed N-Quads, streamed from one read transaction
 * ({@link GraphStore#backup}), so the copy is consistent while queries and ingests go on. It needs the server's
 * credentials, and exists only on a server that has some: {@code newsgraph backup} cannot open a store that a running
 * server holds, so this is how such a store is backed up. Thread-safe.
 */
final class BackupServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(BackupServlet.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final transient GraphStore store;
    private final transient BasicAuth auth;

    BackupServlet(GraphStore store, BasicAuth auth) {
        this.store = store;
        this.auth = auth;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!auth.admit(request, response)) {
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"newsgraph-"
                + LocalDateTime.now().format(STAMP) + ".nq.gz\"");
        // Once the first bytes are out, a failure can only cut the stream short: gzip's trailer is then missing, and
        // the client's gunzip (or 'newsgraph restore') says so.
        long quads = store.backup(response.getOutputStream());
        LOG.info("backup of {} quads sent to {}", quads, request.getRemoteAddr());
    }
}
