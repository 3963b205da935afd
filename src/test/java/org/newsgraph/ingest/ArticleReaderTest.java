package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @Test
    void keepsTheTextExactlyAndNamesTheArticleByFile(@TempDir Path dir) throws IOException {
        String text = "Mayor Ana Souza opened the bridge in Porto Alegre.\n\nIt cost “millions”.\n";
        Path file = Files.writeString(dir.resolve("a 1 é.txt"), text, StandardCharsets.UTF_8);
        Article a = reader.read(file, s -> { throw new AssertionError(s.toString()); });
        assertNotNull(a);
        assertEquals("a 1 é.txt", a.id());
        assertEquals(text, a.text());
        assertEquals(64, a.sha256().length());
    }

    @Test
    void skipsEmptyBlankAndUndecodableFilesWithAReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.txt"), "  \n\t\n");
        // 0x81 and 0x8D are undefined in Windows-1252 and invalid alone in UTF-8
        Files.write(dir.resolve("undecodable.txt"), new byte[] {'A', (byte) 0x81, 'B', (byte) 0x8D, '\n'});
        List<Skipped> skipped = new ArrayList<>();
        for (Path p : reader.list(dir)) {
            assertNull(reader.read(p, skipped::add));
        }
        assertEquals(List.of(new Skipped("blank.txt", "holds only white space"), new Skipped("empty.txt", "is empty"),
                new Skipped("undecodable.txt", "is neither UTF-8 nor Windows-1252 text")), skipped);
    }

    @Test
    void decodesLatin1AsWindows1252WithANote(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 in S\u00e3o Paulo".getBytes(StandardCharsets.ISO_8859_1));
        Article a = reader.read(file, s -> { throw new AssertionError(s.toString()); });
        assertEquals("Caf\u00e9 in S\u00e3o Paulo", a.text());
        assertEquals(List.of("is not UTF-8: decoded as Windows-1252 (Latin-1)"), a.notes());
    }

    @Test
    void listsFilesByNameAndIgnoresHiddenFilesAndFolders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve(".hidden"), "H");
        Files.createDirectory(dir.resolve("sub"));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.txt")), reader.list(dir));
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path dir) {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> reader.list(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"));
    }
}
