package org.newsgraph.relate;

/** The relation types of the ontology, with the plain names of the evaluation contract. */
public enum RelationType {
    /** Two people took part in the same reported meeting or talks (unordered). */
    MET("met"),
    /** The subject took over a post or role the object left (subject = successor). */
    REPLACED("replaced"),
    /** The text reports conflicting claims about who controls the subject place; the object is a claimant or null. */
    CONTESTED("contested"),
    /**
     * The subject (a person) holds a role (the title words, kept in the report's cue), of the object organisation or
     * country where the text names one ("palace aide", "U.K. Foreign Secretary").
     */
    HOLDS_ROLE("holdsRole");

    private final String label;

    RelationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
