package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the articles of a folder: every regular, non-hidden file, in file-name order, decoded as strict UTF-8.
 * A file that cannot be an article (unreadable, not UTF-8, empty) is reported to the skip listener with its name and
 * the reason, and reading goes on. Stateless and thread-safe.
 */
public final class ArticleReader {

    /** Lists the candidate article files of a folder, sorted by name; fails if the folder is missing. */
    public List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> result = new ArrayList<>();
            files.filter(p -> !p.getFileName().toString().startsWith("."))
                 .filter(p -> !Files.isDirectory(p))
                 .sorted()
                 .forEach(result::add);
            return result;
        }
    }

    /** Reads one file; returns null and tells {@code skipped} why when the file is not an article. */
    public Article read(Path file, Consumer<Skipped> skipped) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            skipped.accept(new Skipped(name, "cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            skipped.accept(new Skipped(name, "is not valid UTF-8 text"));
            return null;
        }
        if (text.isBlank()) {
            skipped.accept(new Skipped(name, text.isEmpty() ? "is empty" : "holds only white space"));
            return null;
        }
        return new Article(name, file, text, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
