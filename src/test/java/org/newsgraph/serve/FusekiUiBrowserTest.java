package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.newsgraph.store.GraphStore;

/**
 * The Fuseki UI in a real browser, as a user meets it: the start page lists dataset {@code /newsgraph}; the query page,
 * opened with a query in its URL, runs it when the run button is clicked and shows the results table. Needs the
 * {@code chromium} binary and skips without it; leaves a screenshot of the results in {@value #SCREENSHOT}.
 */
class FusekiUiBrowserTest {

    static final String SCREENSHOT = "/tmp/newsgraph-ui.png";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUERY = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?entity ?label WHERE { ?entity rdfs:label ?label } ORDER BY ?label""";

    /** The texts of the cells of the results table that Yasr draws under the editor. */
    private static final String RESULT_CELLS =
            "[...document.querySelectorAll('.yasr table tbody td')].map(td => td.innerText.trim())";

    @Test
    void theUiListsTheDatasetAndShowsTheResultsOfAQuery(@TempDir Path dir) throws Exception {
        Optional<Path> chromium = HeadlessChromium.binary();
        assumeTrue(chromium.isPresent(),
                "no chromium on the PATH: install the Debian package 'chromium' to run the Fuseki UI browser test");

        try (GraphStore store = SmallStore.create(dir.resolve("store"));
                NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).build().start();
                HeadlessChromium browser = HeadlessChromium.open(chromium.get(), dir.resolve("profile"),
                        server.uiUrl() + "#/")) {

            assertTrue(browser.waitFor("[...document.querySelectorAll('td')]"
                    + ".some(td => td.innerText.trim() === '/newsgraph')", WAIT),
                    "the start page lists no dataset /newsgraph: " + browser.evaluate("document.body.innerText"));

            // The query goes in the page URL's query string, where the YASQE editor of the UI picks it up.
            browser.navigate(server.uiUrl() + "?query=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)
                    + "#/dataset/" + NewsgraphServer.DATASET + "/query");
            assertTrue(browser.waitFor("document.querySelector('.yasqe_queryButton') !== null"
                    + " && document.querySelector('.CodeMirror-code').innerText.includes('rdfs:label')", WAIT),
                    "the query page shows no editor with the query: " + browser.evaluate("document.body.innerText"));
            assertEquals("/newsgraph/sparql", browser.evaluate(
                    "[...document.querySelectorAll('input')].map(i => i.value).find(v => v.startsWith('/newsgraph'))"),
                    "the SPARQL endpoint the UI queries");

            browser.evaluate("document.querySelector('.yasqe_queryButton').click()");
            String labelsShown = Arrays.stream(SmallStore.LABELS)
                    .map(label -> RESULT_CELLS + ".includes('" + label + "')")
                    .reduce((a, b) -> a + " && " + b).orElseThrow();
            boolean shown = browser.waitFor(labelsShown, WAIT);
            // The table is drawn under the editor, below the fold: scroll down at once (the UI's CSS scrolls smoothly,
            // which would leave the screenshot half-way).
            browser.evaluate("window.scrollTo({top: document.documentElement.scrollHeight, behavior: 'instant'})");
            Files.write(Path.of(SCREENSHOT), browser.screenshot());
            assertTrue(shown, "no results table with the labels; the page says: "
                    + browser.evaluate("document.body.innerText") + "\n(screenshot: " + SCREENSHOT + ")");

            List<String> header = List.of(browser.evaluate(
                    "[...document.querySelectorAll('.yasr table thead th')].map(th => th.innerText.trim())"
                            + ".filter(t => t !== '').join('|')").split("\\|"));
            assertTrue(header.containsAll(List.of("entity", "label")), "table header " + header);
            Set<String> cells = new HashSet<>(List.of(browser.evaluate(RESULT_CELLS + ".join('|')").split("\\|")));
            assertTrue(cells.containsAll(Set.of(SmallStore.LABELS)), "table cells " + cells);
        }
    }
}
