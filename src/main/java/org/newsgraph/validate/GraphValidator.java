package org.newsgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.system.Txn;

/**
 * Checks a graph against the SHACL shapes of {@code ontology/shapes.ttl} with jena-shacl. The shapes are parsed once,
 * when the validator is made; a validator is immutable and safe to share between threads.
 * <p>
 * The one source of the shapes is {@code ontology/shapes.ttl}; the build copies it onto the classpath (see the
 * resources of {@code pom.xml}), which is where {@link #load()} reads it, so the jar carries the shapes it checks.
 */
public final class GraphValidator {

    /** Where the build puts {@code ontology/shapes.ttl} on the classpath. */
    public static final String SHAPES_RESOURCE = "/org/newsgraph/ontology/shapes.ttl";

    private final Shapes shapes;
    private final Prologue prefixes;

    private GraphValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = new Prologue(Prefixes.adapt(shapes.getPrefixMap()));
    }

    /** The validator of the shapes on the classpath (a build of {@code ontology/shapes.ttl}). */
    public static GraphValidator load() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + ": not on the classpath (the build copies it from "
                        + "ontology/shapes.ttl)");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new GraphValidator(g);
        } catch (IOException e) {
            throw new UncheckedIOException(SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The validator of the shapes in a Turtle file, e.g. {@code ontology/shapes.ttl} of a checkout. */
    public static GraphValidator fromFile(Path shapesFile) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(shapesFile).lang(Lang.TURTLE).parse(g);
        return new GraphValidator(g);
    }

    /** Checks {@code data} as it is (the caller holds a transaction if the graph needs one). */
    public ConformanceReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation) {
                violations.add(violation(e));
            }
        }
        return new ConformanceReport(violations);
    }

    /**
     * Checks the union of all named graphs of {@code dataset} (the merged graph of a Turtle dump), in one read
     * transaction. The graph is read in place, not copied, so memory does not grow with the store.
     */
    public ConformanceReport validateUnion(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> validate(dataset.asDatasetGraph().getUnionGraph()));
    }

    /** Focus nodes in full (to paste into a query); paths, constraints and shapes with the shapes' prefixes. */
    private Violation violation(ReportEntry e) {
        PrefixMap pm = shapes.getPrefixMap();
        String path = e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), prefixes);
        String message = e.message() == null ? "" : e.message().replaceAll("\\s+", " ").strip();
        return new Violation(NodeFmtLib.strNT(e.focusNode()), path, message, str(e.sourceConstraintComponent(), pm),
                str(e.source(), pm));
    }

    private static String str(Node n, PrefixMap pm) {
        return n == null ? "" : NodeFmtLib.str(n, pm);
    }
}
