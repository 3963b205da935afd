package org.newsgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SPARQL query kept in a {@code .rq} file, whose leading comment lines give its title (the first) and what it
 * answers (the rest).
 */
public record CannedQuery(Path file, String title, String description, String sparql) {

    public static CannedQuery read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> comments = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#")) {
                break;
            }
            comments.add(line.replaceFirst("^#+\\s?", "").strip());
        }
        String title = comments.isEmpty() ? file.getFileName().toString() : comments.get(0);
        String description = comments.size() > 1 ? String.join(" ", comments.subList(1, comments.size())).strip() : "";
        return new CannedQuery(file, title, description, text);
    }

    /** The {@code .rq} files of {@code folder} and its subfolders, by path. */
    public static List<CannedQuery> pack(Path folder) throws IOException {
        List<CannedQuery> out = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(p));
            }
        }
        return out;
    }
}
