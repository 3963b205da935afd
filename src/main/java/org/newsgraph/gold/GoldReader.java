package org.newsgraph.gold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** Reads gold files ({@code <article>.gold.json}). Stateless. */
public final class GoldReader {

    public static final String SUFFIX = ".gold.json";

    /** Every gold file of a folder, in file-name order. */
    public List<GoldDocument> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder");
        }
        List<GoldDocument> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                docs.add(read(p));
            }
        }
        return docs;
    }

    public GoldDocument read(Path file) throws IOException {
        JsonObject root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parse(in);
        } catch (JsonException e) {
            throw new IOException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        try {
            List<GoldDocument.Entity> entities = new ArrayList<>();
            for (JsonValue v : root.get("entities").getAsArray()) {
                JsonObject e = v.getAsObject();
                entities.add(new GoldDocument.Entity(e.getString("id"), strings(e.get("types").getAsArray()),
                        e.getString("name"), strings(e.get("mentions").getAsArray()), flag(e, "optional")));
            }
            List<GoldDocument.Relation> relations = new ArrayList<>();
            for (JsonValue v : root.get("relations").getAsArray()) {
                JsonObject r = v.getAsObject();
                relations.add(new GoldDocument.Relation(r.getString("type"), strings(r.get("args").getAsArray()),
                        flag(r, "optional")));
            }
            return new GoldDocument(root.getString("document"), entities, relations);
        } catch (RuntimeException e) {
            throw new IOException(file + ": not a gold file (" + e.getMessage() + ")", e);
        }
    }

    private static boolean flag(JsonObject o, String key) {
        return o.hasKey(key) && o.get(key).getAsBoolean().value();
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v.getAsString().value()));
        return out;
    }
}
