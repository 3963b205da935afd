package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.newsgraph.nlp.EntityType;

/**
 * Mints the IRIs of the graph, all derived from content (article file names, offsets, entity ids), never from
 * counters or time: the same data gives the same IRIs on every machine.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/newsgraph/id/";
    /**
     * The named graph of what holds across articles: entities' canonical names, other names and article counts, and
     * facts' numbers of independent sources and combined confidence.
     */
    public static final String CORPUS_GRAPH = BASE + "graph/corpus";

    private Iris() {}

    /** The pipeline that made the graph, named by its version: the same code makes the same graph. */
    public static final String PIPELINE_RUN = BASE + "run/newsgraph-0.1.0";

    public static String article(String articleId) {
        return BASE + "article/" + encode(articleId);
    }

    public static String articleGraph(String articleId) {
        return BASE + "graph/article/" + encode(articleId);
    }

    public static String entity(String entityId) {
        return BASE + entityId;
    }

    public static String mention(String articleId, int begin, int end) {
        return BASE + "mention/" + encode(articleId) + "/" + begin + "-" + end;
    }

    /** A fact, the same in every article that reports it. */
    public static String fact(String relation, String subject, String object) {
        return BASE + "fact/" + relation + "/" + hash(subject + " " + object);
    }

    /**
     * The relation of a fact IRI made by {@link #fact} ("met", "replaced", ...), or empty for any other IRI: a fact's
     * IRI names its relation, so the corpus graph can group facts without looking them up.
     */
    public static java.util.Optional<String> factRelation(String iri) {
        String prefix = BASE + "fact/";
        int end = iri.indexOf('/', prefix.length());
        return iri.startsWith(prefix) && end > prefix.length()
                ? java.util.Optional.of(iri.substring(prefix.length(), end)) : java.util.Optional.empty();
    }

    /** One article's report of a fact. */
    public static String report(String articleId, String relation, String subject, String object) {
        return BASE + "report/" + encode(articleId) + "/" + relation + "/" + hash(subject + " " + object);
    }

    /** One article's claim of a claimant about a contested place. */
    public static String claim(String articleId, String place, String claimant) {
        return BASE + "claim/" + encode(articleId) + "/" + hash(place + " " + claimant);
    }

    public static String typeClass(EntityType type) {
        return NG.SCHEMA + type.schemaName();
    }

    /** Percent-encodes everything but unreserved ASCII, so any file name makes a valid IRI path segment. */
    public static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
