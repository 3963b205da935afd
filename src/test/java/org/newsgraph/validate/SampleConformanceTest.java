package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import org.newsgraph.TestSupport;
import org.newsgraph.cli.Newsgraph;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * The graph of the sample articles conforms to the shapes, in the store (the union of its named graphs), and
 * {@code newsgraph validate} says so; once a fault is planted in the store, the command names it and exits 1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleConformanceTest {

    @TempDir
    static Path dir;

    private static Path storeDir;

    @BeforeAll
    static void build() throws Exception {
        storeDir = dir.resolve("store");
        try (GraphStore store = GraphStore.open(storeDir)) {
            GraphBuilder.create().models(TestSupport.models()).gazetteer(TestSupport.gazetteer()).build()
                    .build(Path.of("data/articles"), store);
        }
    }

    @Test
    @Order(1)
    void theSampleGraphConforms() {
        try (GraphStore store = GraphStore.open(storeDir)) {
            ConformanceReport report = GraphValidator.load().validateUnion(store.dataset());
            assertTrue(report.conforms(), () -> report.violations().stream().map(Violation::format)
                    .collect(Collectors.joining("\n", "violations:\n", "")));
        }
    }

    @Test
    @Order(2)
    void validateSaysConformsAndExitsZero() {
        Run run = run("validate", "--store", storeDir.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("conforms", run.out().strip());
    }

    @Test
    @Order(3)
    void validatePrintsEachViolationAndExitsOne() {
        String mention;
        try (GraphStore store = GraphStore.open(storeDir)) {
            // One mention of the first article is made to end far beyond the article's text.
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Node graph = NodeFactory.createURI(Iris.articleGraph("000_4fa671ce4f9fe49d.txt"));
            mention = Txn.calculateWrite(store.dataset(), () -> {
                Quad end = dsg.find(graph, Node.ANY, NG.nifEndIndex.asNode(), Node.ANY).next();
                dsg.delete(end);
                dsg.add(Quad.create(graph, end.getSubject(), end.getPredicate(),
                        NodeFactory.createLiteralDT("100000", XSDDatatype.XSDinteger)));
                return end.getSubject().getURI();
            });
        }
        Run run = run("validate", "--store", storeDir.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("1 violation(s)"), run.err());
        assertEquals("<" + mention + "> nif:endIndex: the mention ends at 100000, after the end of its article "
                + "(3653 characters)", run.out().strip());
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newsgraph.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
