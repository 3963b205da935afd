package org.newsgraph.serve;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * HTTP Basic authentication against the server's {@link Credentials}: a request either carries them and is admitted,
 * or is answered 401 with a challenge, whether it carried no credentials or wrong ones. Thread-safe.
 */
final class BasicAuth {

    static final String REALM = "newsgraph";

    private final Credentials credentials;

    BasicAuth(Credentials credentials) {
        this.credentials = credentials;
    }

    /** True when the request carries the credentials; otherwise it has been answered 401 and must go no further. */
    boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String authorization = request.getHeader("Authorization");
        if (credentials.accept(authorization)) {
            return true;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        TextReply.send(response, HttpServletResponse.SC_UNAUTHORIZED, authorization == null
                ? "authentication required: HTTP Basic with the server's user and password"
                : "wrong user or password");
        return false;
    }
}
