package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;
import org.newsgraph.ingest.Skipped;
import org.newsgraph.store.GraphStore;

/**
 * A corpus of bad files beside good ones: each bad file is reported once with its name and reason, the good ones are
 * stored, text in a legacy encoding or as HTML is decoded, never stored as mojibake or markup.
 */
class BadInputTest {

    private static final String GOOD = "Prime Minister Aurelio Santangelo met Chancellor Greta Lindholm in Vienna.\n";

    @Test
    void everyBadFileIsReportedAndTheRestIsIngested(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("good.txt"), GOOD);
        Files.writeString(data.resolve("empty.txt"), "");
        Files.writeString(data.resolve("blank.txt"), " \n\t \n");
        Files.write(data.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(data.resolve("archive.txt")))) {
            zip.putNextEntry(new ZipEntry("x.txt"));
            zip.write(GOOD.getBytes(StandardCharsets.UTF_8));
        }
        Files.write(data.resolve("latin1.txt"),
                "Mayor Zoë Müller of Köln greeted Señor Ibáñez.\n".getBytes(Charset.forName("windows-1252")));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(data.resolve("bom.txt"), concat(bom, GOOD.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(data.resolve("page.txt"), "<!DOCTYPE html><html><head><script>var x=1;</script></head>"
                + "<body><div><p>Governor Amara Nwosu visited Kano &amp; Kaduna.</p></div></body></html>");
        Files.writeString(data.resolve("huge.txt"), "word ".repeat(1_300_000));
        Files.writeString(data.resolve("run-on.txt"), "Aurelio Santangelo spoke ".repeat(8_000));
        Files.writeString(data.resolve("Nachricht über Zürich.txt"), GOOD.replace("Vienna", "Zürich"));
        Files.writeString(data.resolve("french.txt"), "Le président de la République a rencontré mardi le Premier "
                + "ministre pour discuter de la réforme des retraites. Les syndicats ont appelé à une nouvelle journée "
                + "de grève dans tout le pays la semaine prochaine, selon le journal.\n");
        Path loop = data.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop);

        List<Skipped> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (GraphStore store = GraphStore.open(dir.resolve("store"))) {
            BuildSummary summary = GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer())
                    .listener(new BuildListener() {
                        @Override
                        public void skipped(Skipped s) {
                            skipped.add(s);
                        }

                        @Override
                        public void noted(String article, String note) {
                            notes.add(article + ": " + note);
                        }
                    }).build().build(data, store);

            assertEquals(Map.of(
                    "empty.txt", "is empty",
                    "blank.txt", "holds only white space",
                    "image.txt", "is a binary file, not text",
                    "archive.txt", "is a binary file, not text",
                    "huge.txt", "is 6.2 MB, over the 5.0 MB limit of an article"),
                    reasons(skipped, "empty.txt", "blank.txt", "image.txt", "archive.txt", "huge.txt"));
            assertTrue(reason(skipped, "loop.txt").startsWith("cannot be read"), reason(skipped, "loop.txt"));
            assertTrue(reason(skipped, "french.txt").startsWith("is not English (detected: fra)"), skipped.toString());
            assertEquals(7, skipped.size(), skipped.toString());
            assertEquals(6, summary.articlesRead(), "good, latin1, bom, page, run-on and the non-ASCII name");
            assertTrue(notes.contains("latin1.txt: is not UTF-8: decoded as Windows-1252 (Latin-1)"), notes.toString());
            assertTrue(notes.contains("bom.txt: starts with a UTF-8 byte-order mark: dropped"), notes.toString());
            assertTrue(notes.contains("page.txt: is an HTML page: tags stripped"), notes.toString());

            List<Map<String, String>> labels = TestSupport.select(store.dataset(),
                    TestSupport.resource("e2e/entities.rq"));
            assertTrue(labels.contains(Map.of("type", "Person", "name", "Zoë Müller")), labels.toString());
            assertTrue(labels.contains(Map.of("type", "Person", "name", "Amara Nwosu")), labels.toString());
            assertTrue(labels.stream().noneMatch(r -> r.get("name").contains("Ã") || r.get("name").contains("<")),
                    "no mojibake, no markup: " + labels);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String reason(List<Skipped> skipped, String name) {
        return skipped.stream().filter(s -> s.name().equals(name)).map(Skipped::reason).findFirst().orElse("(not skipped)");
    }

    private static Map<String, String> reasons(List<Skipped> skipped, String... names) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String n : names) {
            out.put(n, reason(skipped, n));
        }
        return out;
    }
}
