package org.newsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.newsgraph.TestSupport;

/**
 * The shapes on a small hand-made graph (no models needed): it conforms as written, and each planted fault is
 * reported as exactly one violation, on the node it was planted on, by the constraint that forbids it.
 */
class PlantedViolationsTest {

    private static final String PREFIXES = """
            PREFIX ng:     <https://w3id.org/newsgraph/ontology#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX schema: <https://schema.org/>
            """;
    private static final String ID = "https://w3id.org/newsgraph/id/";

    /** A fault: the SPARQL Update that plants it, the focus node and the constraint component it must be reported as. */
    record Plant(String name, String update, String focus, String constraint) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Plant> PLANTS = List.of(
            new Plant("mention begins after it ends", """
                    DELETE DATA { <%1$smention/a.txt/12-19> nif:beginIndex 12 } ;
                    INSERT DATA { <%1$smention/a.txt/12-19> nif:beginIndex 25 }""".formatted(ID),
                    "<" + ID + "mention/a.txt/12-19>", "sh:LessThanConstraintComponent"),
            new Plant("mention ends after its article", """
                    DELETE DATA { <%1$smention/a.txt/23-27> nif:endIndex 27 } ;
                    INSERT DATA { <%1$smention/a.txt/23-27> nif:endIndex 150 }""".formatted(ID),
                    "<" + ID + "mention/a.txt/23-27>", "sh:SPARQLConstraintComponent"),
            // The meeting loses its second participant; the shortcut triples go with it, as the mapper would write.
            new Plant("meeting with one participant", """
                    DELETE DATA { <%1$sfact/met/1> ng:object <%1$sperson/bob-roy> .
                                  <%1$sperson/ann-lee> ng:met <%1$sperson/bob-roy> .
                                  <%1$sperson/bob-roy> ng:met <%1$sperson/ann-lee> }""".formatted(ID),
                    "<" + ID + "fact/met/1>", "sh:MinCountConstraintComponent"),
            new Plant("report with confidence 1.5", """
                    DELETE DATA { <%1$sreport/a.txt/met/1> ng:confidence 0.8 } ;
                    INSERT DATA { <%1$sreport/a.txt/met/1> ng:confidence 1.5 }""".formatted(ID),
                    "<" + ID + "report/a.txt/met/1>", "sh:MaxInclusiveConstraintComponent"),
            new Plant("entity with two types", """
                    INSERT DATA { <%1$sperson/bob-roy> a schema:Organization }""".formatted(ID),
                    "<" + ID + "person/bob-roy>", "sh:QualifiedMaxCountConstraintComponent"),
            new Plant("source count that disagrees with the sources", """
                    DELETE DATA { <%1$sfact/contested/1> ng:sourceCount 1 } ;
                    INSERT DATA { <%1$sfact/contested/1> ng:sourceCount 2 }""".formatted(ID),
                    "<" + ID + "fact/contested/1>", "sh:SPARQLConstraintComponent"));

    private static GraphValidator validator;

    @BeforeAll
    static void load() {
        validator = GraphValidator.load();
    }

    private static Graph small() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(TestSupport.resource("validate/small.ttl")).parse(g);
        return g;
    }

    private static Graph planted(Plant... plants) {
        Graph g = small();
        for (Plant p : plants) {
            UpdateAction.parseExecute(PREFIXES + p.update(), g);
        }
        return g;
    }

    @Test
    void theSmallGraphConforms() {
        ConformanceReport report = validator.validate(small());
        assertTrue(report.conforms(), () -> "unexpected violations:\n" + lines(report));
    }

    static Stream<Arguments> plants() {
        return PLANTS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plants")
    void eachPlantedFaultIsReportedAlone(Plant plant) {
        ConformanceReport report = validator.validate(planted(plant));
        assertEquals(1, report.violations().size(), () -> plant + ":\n" + lines(report));
        Violation v = report.violations().get(0);
        assertEquals(plant.focus(), v.focusNode(), plant.name());
        assertEquals(plant.constraint(), v.constraint(), plant.name());
        assertTrue(v.format().startsWith(plant.focus()), v.format());
    }

    @Test
    void allPlantedFaultsTogetherAreReportedExactly() {
        ConformanceReport report = validator.validate(planted(PLANTS.toArray(Plant[]::new)));
        assertEquals(PLANTS.size(), report.violations().size(), () -> lines(report));
        Set<String> expected = PLANTS.stream().map(p -> p.focus() + " " + p.constraint()).collect(Collectors.toSet());
        Set<String> reported = report.violations().stream().map(v -> v.focusNode() + " " + v.constraint())
                .collect(Collectors.toSet());
        assertEquals(expected, reported);
    }

    @Test
    void violationsNameThePathAndSayWhatIsWrong() {
        ConformanceReport report = validator.validate(planted(PLANTS.get(1)));
        Violation v = report.violations().get(0);
        assertEquals("nif:endIndex", v.path());
        assertEquals("the mention ends at 150, after the end of its article (100 characters)", v.message());
    }

    private static String lines(ConformanceReport report) {
        return report.violations().stream().map(v -> v.format() + "  [" + v.constraint() + "]")
                .collect(Collectors.joining("\n"));
    }
}
