package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
 * Reads the articles of a folder: every regular, non-hidden file, in file-name order. Text is decoded as strict UTF-8
 * (a byte-order mark is dropped); a file that is not UTF-8 but reads as Windows-1252 (a superset of Latin-1) is
 * decoded as such, with a note; an HTML page has its tags stripped, with a note. A file that cannot be an article
 * (unreadable, binary, too large, empty) is reported to the skip listener with its name and the reason, and reading
 * goes on. Stateless and thread-safe.
 */
public final class ArticleReader {

    /** The default largest article, in bytes. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

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
            long size = Files.size(file);
            if (size > maxBytes) {
                skipped.accept(new Skipped(name, String.format("is %.1f MB, over the %.1f MB limit of an article",
                        size / 1048576.0, maxBytes / 1048576.0)));
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            skipped.accept(new Skipped(name, "cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")"));
            return null;
        }
        if (looksBinary(bytes)) {
            skipped.accept(new Skipped(name, "is a binary file, not text"));
            return null;
        }
        List<String> notes = new ArrayList<>();
        String text = decode(bytes, notes);
        if (text == null) {
            skipped.accept(new Skipped(name, "is neither UTF-8 nor Windows-1252 text"));
            return null;
        }
        if (HtmlText.looksLikeHtml(text)) {
            text = HtmlText.strip(text);
            notes.add("is an HTML page: tags stripped");
        }
        if (text.isBlank()) {
            skipped.accept(new Skipped(name, text.isEmpty() ? "is empty" : "holds only white space"));
            return null;
        }
        return new Article(name, file, text, sha256(bytes), notes);
    }

    private static String decode(byte[] bytes, List<String> notes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
            notes.add("starts with a UTF-8 byte-order mark: dropped");
        }
        try {
            return strict(StandardCharsets.UTF_8, bytes, start);
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = strict(WINDOWS_1252, bytes, start);
                notes.add("is not UTF-8: decoded as Windows-1252 (Latin-1)");
                return text;
            } catch (CharacterCodingException neither) {
                return null;
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes, int start) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                .toString();
    }

    /** NUL bytes, or many control characters, in the first 8 KiB: an image, archive or other binary file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
