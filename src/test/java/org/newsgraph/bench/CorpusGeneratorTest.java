package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.TestSupport;

/** The benchmark corpus generator: deterministic, articles of the promised length, folders handled with care. */
class CorpusGeneratorTest {

    private static CorpusGenerator generator(int articles, long seed) {
        return CorpusGenerator.create().articles(articles).seed(seed).gazetteer(TestSupport.gazetteer()).build();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void theSameSeedWritesTheSameFilesByteForByte(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        generator(25, 42).write(a);
        generator(25, 42).write(b);
        List<Path> inA = files(a);
        assertEquals(25, inA.size());
        assertEquals("bench-000001.txt", inA.get(0).getFileName().toString());
        assertEquals("bench-000025.txt", inA.get(24).getFileName().toString());
        for (Path f : inA) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
        }
        assertEquals(inA.size(), files(b).size());
    }

    @Test
    void aDifferentSeedWritesADifferentCorpus() {
        CorpusGenerator one = generator(10, 1);
        CorpusGenerator two = generator(10, 2);
        for (int i = 1; i <= 10; i++) {
            assertNotEquals(one.article(i).text(), two.article(i).text(), "article " + i);
        }
    }

    @Test
    void anArticleDependsOnlyOnTheSeedAndItsNumber() {
        assertEquals(generator(3, 9).article(3).text(), generator(500, 9).article(3).text());
    }

    @Test
    void articlesRunFrom400To1500WordsSpreadOverTheRange() {
        CorpusGenerator g = generator(300, 5);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 1; i <= 300; i++) {
            String text = g.article(i).text();
            int words = text.strip().split("\\s+").length;
            assertTrue(words >= StoryWriter.MIN_WORDS && words <= StoryWriter.MAX_WORDS, i + ": " + words + " words");
            min = Math.min(min, words);
            max = Math.max(max, words);
        }
        assertTrue(min < 650 && max > 1250, "lengths from " + min + " to " + max);
    }

    @Test
    void articlesNamePeoplePlacesAndOrganisationsAndReportRelations() {
        GeneratedArticle a = generator(1, 3).article(1);
        assertTrue(a.people().size() >= 2 && !a.places().isEmpty() && !a.organizations().isEmpty(), a.toString());
        for (String name : a.people()) {
            assertTrue(a.text().contains(name), name);
        }
        String corpus = String.join("\n", Stream.iterate(1, i -> i + 1).limit(30)
                .map(i -> generator(30, 3).article(i).text()).toList());
        for (String cue : List.of(" met ", " replaced ", " denied ")) {
            assertTrue(corpus.contains(cue), "no sentence with '" + cue + "'");
        }
    }

    @Test
    void aFolderWithFilesIsRefusedUnlessReplacing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> generator(2, 1).write(dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());

        generator(4, 1).write(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus").resolve("notes.txt"), "mine");
        CorpusGenerator.create().articles(2).seed(1).gazetteer(TestSupport.gazetteer()).replaceExisting(true).build()
                .write(dir.resolve("corpus"));
        List<String> names = files(dir.resolve("corpus")).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("bench-000001.txt", "bench-000002.txt", "notes.txt"), names);
    }

    @Test
    void everyPatternParsesAndAnUnknownSlotFails() {
        assertFalse(SentencePatterns.all().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{E} met {A}."));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{CITY.last} fell."));
        assertThrows(IllegalArgumentException.class, () -> Template.parse("{A met"));
    }
}
