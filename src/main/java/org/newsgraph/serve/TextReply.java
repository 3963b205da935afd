package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** The one-line plain-text answers of the server's own endpoints: a status and the reason, as a user reads it. */
final class TextReply {

    private TextReply() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = (message.strip() + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
