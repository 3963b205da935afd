package org.newsgraph.validate;

/**
 * One SHACL violation: the node that breaks a shape, the property path it breaks it on (empty for a constraint on
 * the node itself) and what is wrong. Nodes and paths are written as in Turtle, with the shapes file's prefixes.
 *
 * @param focusNode  the node that does not conform, e.g. {@code <https://w3id.org/newsgraph/id/mention/a.txt/5-3>}
 * @param path       the property path, e.g. {@code nif:beginIndex}, or "" when the whole node is at fault
 * @param message    what is wrong, from the shape's {@code sh:message} or from jena-shacl
 * @param constraint the SHACL constraint component, e.g. {@code sh:LessThanConstraintComponent}
 * @param shape      the shape that was checked, e.g. {@code ngsh:MentionShape} (a blank node for a property shape)
 */
public record Violation(String focusNode, String path, String message, String constraint, String shape)
        implements Comparable<Violation> {

    /** One line: focus node, path and message. */
    public String format() {
        return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }

    @Override
    public int compareTo(Violation o) {
        int c = focusNode.compareTo(o.focusNode);
        if (c == 0) {
            c = path.compareTo(o.path);
        }
        if (c == 0) {
            c = message.compareTo(o.message);
        }
        return c == 0 ? constraint.compareTo(o.constraint) : c;
    }

    @Override
    public String toString() {
        return format();
    }
}
