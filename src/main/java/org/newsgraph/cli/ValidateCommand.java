package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.newsgraph.store.GraphStore;
import org.newsgraph.validate.ConformanceReport;
import org.newsgraph.validate.GraphValidator;
import org.newsgraph.validate.Violation;

/**
 * {@code newsgraph validate}: the store checked against the SHACL shapes of {@code ontology/shapes.ttl}, the same
 * check every build ends with. Prints "conforms", or each violation on a line (focus node, path, message); exit 0
 * when the graph conforms, 1 when it does not.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the graph in the store (the union of its named graphs) against the SHACL shapes of "
                + "ontology/shapes.ttl. Prints 'conforms' or each violation: focus node, path and message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph conforms", "1:violations, or a runtime failure", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        GraphValidator validator = GraphValidator.load();
        ConformanceReport report;
        try (GraphStore graphStore = GraphStore.open(store.existing())) {
            report = validator.validateUnion(graphStore.dataset());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.conforms()) {
            out.println("conforms");
            out.flush();
            return 0;
        }
        print(report, out);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println("newsgraph validate: " + report.violations().size() + " violation(s) of ontology/shapes.ttl");
        err.flush();
        return 1;
    }

    /** Each violation on a line of its own. */
    static void print(ConformanceReport report, PrintWriter out) {
        for (Violation v : report.violations()) {
            out.println(v.format());
        }
    }
}
