package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * The places a ranking keeps up to date, one update at a time, are the places a ranking of the whole corpus graph
 * gives: through rises, new members, falls and members that go, with two places per group so that members keep
 * entering and leaving the ranking.
 */
class RankingTest {

    private static final Node CORPUS = NodeFactory.createURI(Iris.CORPUS_GRAPH);
    private static final List<String> TYPES = List.of(NG.SCHEMA + "Person", NG.SCHEMA + "Place");
    private static final List<String> RELATIONS = List.of("met", "replaced");

    @Test
    void entityPlacesFollowTheirCountsAsARecomputationWould() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Ranking ranking = Ranking.entities(2);
        Random random = new Random(7);
        List<Node> entities = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            Txn.executeWrite(dsg, () -> {
                Ranking.Ranked before = ranking.ranked(dsg);
                Set<Node> touched = new HashSet<>();
                for (int change = 0; change < 1 + random.nextInt(3); change++) {
                    if (entities.isEmpty() || random.nextInt(4) == 0) {
                        Node e = NodeFactory.createURI(Iris.entity("e" + entities.size()));
                        entities.add(e);
                        dsg.add(CORPUS, e, RDF.type.asNode(), NodeFactory.createURI(TYPES.get(random.nextInt(2))));
                        setCount(dsg, e, NG.articleCount.asNode(), 1 + random.nextInt(3));
                        touched.add(e);
                    } else {
                        Node e = entities.get(random.nextInt(entities.size()));
                        // Mostly rises, as when articles are added; now and then a fall or a member that goes.
                        int move = random.nextInt(10);
                        int count = count(dsg, e, NG.articleCount.asNode());
                        if (move == 0) {
                            setCount(dsg, e, NG.articleCount.asNode(), 0);
                        } else if (move == 1 && count > 1) {
                            setCount(dsg, e, NG.articleCount.asNode(), count - 1);
                        } else if (count > 0) {
                            setCount(dsg, e, NG.articleCount.asNode(), count + 1 + random.nextInt(2));
                        }
                        touched.add(e);
                    }
                }
                ranking.update(dsg, before, touched);
            });
            assertPlacesAsRecomputed(dsg, ranking, "entities, step " + step);
        }
    }

    @Test
    void factPlacesFollowSourcesThenConfidence() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Ranking ranking = Ranking.facts(2);
        Random random = new Random(11);
        List<Node> facts = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            Txn.executeWrite(dsg, () -> {
                Ranking.Ranked before = ranking.ranked(dsg);
                Node fact;
                if (facts.isEmpty() || random.nextInt(3) == 0) {
                    fact = NodeFactory.createURI(Iris.fact(RELATIONS.get(random.nextInt(2)), "s" + facts.size(), "o"));
                    facts.add(fact);
                } else {
                    fact = facts.get(random.nextInt(facts.size()));
                }
                // Few distinct counts and confidences, so that ties are common and the IRI order decides them.
                setCount(dsg, fact, NG.sourceCount.asNode(), random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3));
                dsg.deleteAny(CORPUS, fact, NG.confidence.asNode(), Node.ANY);
                dsg.add(CORPUS, fact, NG.confidence.asNode(),
                        NodeFactory.createLiteralDT("0." + (5 + random.nextInt(3)), XSDDatatype.XSDdecimal));
                ranking.update(dsg, before, List.of(fact));
            });
            assertPlacesAsRecomputed(dsg, ranking, "facts, step " + step);
        }
    }

    @Test
    void aStoreWithoutPlacesIsRankedWhole() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Ranking ranking = Ranking.entities(2);
        Node top = NodeFactory.createURI(Iris.entity("top"));
        Node second = NodeFactory.createURI(Iris.entity("second"));
        Node touched = NodeFactory.createURI(Iris.entity("touched"));
        Txn.executeWrite(dsg, () -> {
            for (Node e : List.of(top, second, touched)) {
                dsg.add(CORPUS, e, RDF.type.asNode(), NodeFactory.createURI(TYPES.get(0)));
            }
            setCount(dsg, top, NG.articleCount.asNode(), 9);
            setCount(dsg, second, NG.articleCount.asNode(), 5);
            setCount(dsg, touched, NG.articleCount.asNode(), 1);
            // As a store written before rankings: counts, no places; one entity touched by a new article.
            ranking.update(dsg, ranking.ranked(dsg), List.of(touched));
        });
        assertEquals(Map.of(top, 1, second, 2), places(dsg, ranking));
    }

    private static void assertPlacesAsRecomputed(DatasetGraph dsg, Ranking ranking, String when) {
        Set<Triple> stored = new HashSet<>();
        Set<Triple> recomputed = new HashSet<>();
        Txn.executeRead(dsg, () -> {
            dsg.find(CORPUS, Node.ANY, ranking.rankPredicate(), Node.ANY)
                    .forEachRemaining(q -> stored.add(q.asTriple()));
            recomputed.addAll(ranking.recompute(dsg));
        });
        assertEquals(recomputed, stored, when);
    }

    private static Map<Node, Integer> places(DatasetGraph dsg, Ranking ranking) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Integer> out = new HashMap<>();
            dsg.find(CORPUS, Node.ANY, ranking.rankPredicate(), Node.ANY).forEachRemaining(q ->
                    out.put(q.getSubject(), ((Number) q.getObject().getLiteralValue()).intValue()));
            return out;
        });
    }

    /** Sets a count in the corpus graph; 0 removes it, as the corpus update does for a member no article has. */
    private static void setCount(DatasetGraph dsg, Node s, Node p, int n) {
        GraphStore.setStored(dsg, CORPUS, s, p, n == 0 ? List.of()
                : List.of(Triple.create(s, p, NodeFactory.createLiteralDT(Integer.toString(n),
                        XSDDatatype.XSDinteger))));
    }

    private static int count(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(CORPUS, s, p, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).intValue() : 0;
    }
}
