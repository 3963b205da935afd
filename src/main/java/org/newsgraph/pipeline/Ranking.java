package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * One ranking the corpus graph keeps: the first {@code top} members of each group (the entities of a type, the facts
 * of a relation) by their count of articles, each with its place (1 = first), so that a query for the most mentioned
 * people reads a hundred statements instead of ordering every person of the store. Members are ordered by count, then
 * by confidence (facts), both highest first, then by IRI, so that every place is decided and a recomputation gives
 * the same places.
 * <p>
 * {@link #update} keeps the places in step with the counts one update of the corpus graph changed, at a cost that
 * grows with the change, not with the store: an unranked member whose count did not change cannot enter the ranking,
 * because every ranked member was ahead of it and still stands at least where it stood. That holds while no ranked
 * member falls back or goes, and while a group with fewer than {@code top} ranked members ranks all its members;
 * otherwise (an article removed or edited, a store written before rankings existed) the update ranks every counted
 * member of the corpus graph afresh. Runs on the writing thread, inside its write transaction.
 */
final class Ranking {

    /** How many members of each group a ranking places. */
    static final int TOP = 100;

    private static final Node CORPUS = NodeFactory.createURI(Iris.CORPUS_GRAPH);

    /** Where a member stands: its group, its count, and its confidence (0 for a ranking without one). */
    record Standing(Node member, String group, long count, double confidence) {}

    /** The ranked members as an update found them: where each stands, and the place stored for it. */
    record Ranked(Map<Node, Standing> standings, Map<Node, Long> places) {}

    /** Count and confidence highest first, then IRI. */
    static final Comparator<Standing> ORDER = Comparator.comparingLong(Standing::count).reversed()
            .thenComparing(Comparator.comparingDouble(Standing::confidence).reversed())
            .thenComparing(s -> s.member().getURI());

    private final Node rank;
    private final Node count;
    private final Node confidence;
    private final BiFunction<DatasetGraph, Node, Optional<String>> group;
    private final int top;

    private Ranking(Node rank, Node count, Node confidence, BiFunction<DatasetGraph, Node, Optional<String>> group,
                    int top) {
        if (top < 1) {
            throw new IllegalArgumentException("a ranking places at least one member: " + top);
        }
        this.rank = rank;
        this.count = count;
        this.confidence = confidence;
        this.group = group;
        this.top = top;
    }

    /** Entities of each type by number of articles ({@code ng:articleRank}). */
    static Ranking entities(int top) {
        return new Ranking(NG.articleRank.asNode(), NG.articleCount.asNode(), null, Ranking::entityType, top);
    }

    /** Facts of each relation by number of sources, then combined confidence ({@code ng:sourceRank}). */
    static Ranking facts(int top) {
        return new Ranking(NG.sourceRank.asNode(), NG.sourceCount.asNode(), NG.confidence.asNode(),
                (dsg, fact) -> Iris.factRelation(fact.getURI()), top);
    }

    /** The predicate that holds each ranked member's place. */
    Node rankPredicate() {
        return rank;
    }

    /** The ranked members, where they stand now and their places: read before an update changes counts. */
    Ranked ranked(DatasetGraph dsg) {
        Map<Node, Standing> standings = new HashMap<>();
        Map<Node, Long> places = new HashMap<>();
        // By predicate over all graphs (an index that leads with it); rankings are only in the corpus graph.
        dsg.find(Node.ANY, Node.ANY, rank, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(CORPUS)) {
                places.put(q.getSubject(), ((Number) q.getObject().getLiteralValue()).longValue());
                standing(dsg, q.getSubject()).ifPresent(s -> standings.put(s.member(), s));
            }
        });
        return new Ranked(standings, places);
    }

    /**
     * Brings the places up to date after an update of the corpus graph: {@code ranked} is what {@link #ranked} read
     * before it, {@code touched} every member whose count it may have changed. Only places that change are written.
     */
    void update(DatasetGraph dsg, Ranked ranked, Collection<Node> touched) {
        Map<Node, Standing> before = ranked.standings();
        boolean afresh = ranked.places().isEmpty() && hasCountedBesides(dsg, touched)
                || before.size() < ranked.places().size();
        Set<Node> changed = Set.copyOf(touched);
        Map<Node, Standing> candidates = new HashMap<>();
        for (Map.Entry<Node, Standing> was : before.entrySet()) {
            // Only a touched member's count can have changed: the others stand where they stood.
            Optional<Standing> now = changed.contains(was.getKey()) ? standing(dsg, was.getKey())
                    : Optional.of(was.getValue());
            if (now.isEmpty() || ORDER.compare(now.get(), was.getValue()) > 0) {
                afresh = true;
                break;
            }
            candidates.put(was.getKey(), now.get());
        }
        if (afresh) {
            candidates.clear();
            everyCounted(dsg).forEach(s -> candidates.put(s.member(), s));
        } else {
            // The ranked ones among them were read above.
            for (Node member : touched) {
                if (!candidates.containsKey(member)) {
                    standing(dsg, member).ifPresent(s -> candidates.put(member, s));
                }
            }
        }
        Map<Node, Long> places = places(candidates.values());
        Set<Node> members = new LinkedHashSet<>(ranked.places().keySet());
        members.addAll(places.keySet());
        for (Node member : members) {
            Long place = places.get(member);
            if (!Objects.equals(place, ranked.places().get(member))) {
                GraphStore.setStored(dsg, CORPUS, member, rank,
                        place == null ? List.of() : List.of(Triple.create(member, rank, integer(place))));
            }
        }
    }

    /** The place statements a ranking of every counted member of the corpus graph gives. */
    List<Triple> recompute(DatasetGraph dsg) {
        List<Triple> out = new ArrayList<>();
        places(everyCounted(dsg)).forEach((member, place) -> out.add(Triple.create(member, rank, integer(place))));
        return out;
    }

    private Map<Node, Long> places(Collection<Standing> standings) {
        Map<String, List<Standing>> groups = new HashMap<>();
        standings.forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s));
        Map<Node, Long> places = new HashMap<>();
        for (List<Standing> members : groups.values()) {
            members.sort(ORDER);
            for (int i = 0; i < Math.min(top, members.size()); i++) {
                places.put(members.get(i).member(), (long) i + 1);
            }
        }
        return places;
    }

    /** Whether the corpus graph counts some member that is not in {@code touched}. */
    private boolean hasCountedBesides(DatasetGraph dsg, Collection<Node> touched) {
        Set<Node> seen = Set.copyOf(touched);
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, count, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(CORPUS) && !seen.contains(q.getSubject())) {
                return true;
            }
        }
        return false;
    }

    private List<Standing> everyCounted(DatasetGraph dsg) {
        List<Standing> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, count, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(CORPUS)) {
                standing(dsg, q.getSubject()).ifPresent(out::add);
            }
        });
        return out;
    }

    private Optional<Standing> standing(DatasetGraph dsg, Node member) {
        Optional<Number> n = number(dsg, member, count);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        double c = confidence == null ? 0 : number(dsg, member, confidence).map(Number::doubleValue).orElse(0.0);
        return group.apply(dsg, member).map(g -> new Standing(member, g, n.get().longValue(), c));
    }

    private static Optional<Number> number(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(CORPUS, s, p, Node.ANY);
        return it.hasNext() ? Optional.of((Number) it.next().getObject().getLiteralValue()) : Optional.empty();
    }

    private static Optional<String> entityType(DatasetGraph dsg, Node entity) {
        Iterator<Quad> it = dsg.find(CORPUS, entity, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node type = it.next().getObject();
            if (type.isURI() && type.getURI().startsWith(NG.SCHEMA)) {
                return Optional.of(type.getURI());
            }
        }
        return Optional.empty();
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
