package org.newsgraph.validate;

import java.util.List;

/**
 * The outcome of checking a graph against the Newsgraph shapes: whether it conforms and, if not, every violation in
 * a stable order (by focus node, path and message), so two runs over the same graph print the same lines.
 */
public record ConformanceReport(List<Violation> violations) {

    public ConformanceReport {
        violations = violations.stream().sorted().toList();
    }

    public boolean conforms() {
        return violations.isEmpty();
    }
}
