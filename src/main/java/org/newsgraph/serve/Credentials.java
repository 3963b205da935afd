package org.newsgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one user and password that HTTP Basic authentication accepts on a server: for its writes (ingest, SPARQL Update,
 * Graph Store writes) and for {@code /$/backup}. They come from a file or from the environment variable
 * {@value #ENVIRONMENT}, both as one {@code user:password} line, never from the command line, where every user of the
 * machine can read them. Only a digest of the pair is kept, compared in constant time. Immutable and thread-safe;
 * {@link #toString()} names the user only.
 */
public final class Credentials {

    /** The environment variable that may hold {@code user:password}. */
    public static final String ENVIRONMENT = "NEWSGRAPH_CREDENTIALS";

    private final String user;
    private final byte[] digest;

    private Credentials(String user, String password) {
        this.user = user;
        this.digest = sha256(user + ":" + password);
    }

    /**
     * Parses {@code user:password} (the user is what comes before the first colon); {@code source} names where the
     * line came from in the message of a failure, which never repeats the line.
     */
    public static Credentials parse(String line, String source) {
        Objects.requireNonNull(line);
        String pair = line.strip();
        int colon = pair.indexOf(':');
        if (colon <= 0 || colon == pair.length() - 1) {
            throw new IllegalArgumentException(source + ": not a user:password line (a user, a colon, a password)");
        }
        return new Credentials(pair.substring(0, colon), pair.substring(colon + 1));
    }

    /** Reads the one {@code user:password} line of a file; blank lines and {@code #} comment lines are ignored. */
    public static Credentials read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.strip().startsWith("#"))
                .toList();
        if (lines.size() != 1) {
            throw new IllegalArgumentException(file + ": holds " + lines.size()
                    + " user:password lines; a credentials file holds exactly one");
        }
        return parse(lines.get(0), file.toString());
    }

    /**
     * The credentials of a server: those of {@code file} when one is given, else those of the environment variable
     * {@value #ENVIRONMENT}, else none.
     */
    public static Optional<Credentials> resolve(Path file, Map<String, String> environment) throws IOException {
        if (file != null) {
            return Optional.of(read(file));
        }
        String value = environment.get(ENVIRONMENT);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(parse(value, "the environment variable " + ENVIRONMENT));
    }

    public String user() {
        return user;
    }

    /** Whether an {@code Authorization} header value carries these credentials (HTTP Basic). */
    public boolean accept(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(pair));
    }

    @Override
    public String toString() {
        return "credentials of user " + user;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
