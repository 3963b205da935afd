package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

import org.newsgraph.link.EntityRegistry;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * Keeps the corpus graph in step with the article graphs, inside the write transaction that changes them, so that a
 * reader never sees an article whose entities and facts the corpus graph does not count yet. Only what the changed
 * articles touch is recomputed: an entity's number of articles moves by the articles that gained or lost it, its names
 * by the names those articles give it; a fact that is certain already and only gains articles moves its number of
 * sources by them, any other fact's sources are counted again from its own reports, whose confidences are read until
 * the fact is certain; then the rankings of entities and facts move the members whose counts changed
 * ({@link Ranking}). The result is what a recomputation of the whole corpus graph from the article graphs gives
 * ({@link StoreState#entities}, {@link StoreState#facts} and {@link Ranking#recompute}), at a cost that grows with the
 * change, not with the store.
 * <p>
 * Pass a new one to each {@link GraphStore#beginBatch}, {@link GraphStore#replaceGraphs} or
 * {@link GraphStore#removeGraphs}: the store tells it of each article graph that goes and comes, then lets it
 * write the corpus graph before the commit (and whenever {@link GraphStore.Batch#applyChanges()} asks). One update per
 * transaction; not thread-safe.
 */
public final class CorpusUpdate implements GraphStore.GraphChanges {

    private static final Node CORPUS = NodeFactory.createURI(Iris.CORPUS_GRAPH);
    private static final Node REFERS_TO = NG.refersTo.asNode();
    private static final Node ANCHOR_OF = NG.nifAnchorOf.asNode();
    private static final Node HAS_REPORT = NG.hasReport.asNode();
    private static final Node IN_ARTICLE = NG.inArticle.asNode();
    private static final Node CONFIDENCE = NG.confidence.asNode();
    private static final Node ARTICLE_COUNT = NG.articleCount.asNode();
    private static final Node PREF_LABEL = NG.skosPrefLabel.asNode();
    private static final Node ALT_LABEL = NG.skosAltLabel.asNode();
    private static final Node SOURCE_COUNT = NG.sourceCount.asNode();
    /**
     * A doubt below which a fact's confidence, rounded to three places as the corpus graph writes it, is 1.000 (it is
     * below 0.0005 with room for the rounding errors of a product of many factors).
     */
    private static final double SURE = 0.0004;

    private final EntityRegistry registry;
    private final Gazetteer gazetteer;
    private final GraphMapper mapper = new GraphMapper();
    private final Map<Node, Integer> articleChange = new HashMap<>();
    private final Map<Node, EntityType> types = new HashMap<>();
    private final Map<Node, Set<String>> namesAdded = new HashMap<>();
    private final Map<Node, Set<String>> namesRemoved = new HashMap<>();
    /** Articles each fact gained or lost, and the facts that lost a report (so whose confidence may fall). */
    private final Map<Node, Integer> factChange = new HashMap<>();
    private final Set<Node> factsLosing = new HashSet<>();
    private final Ranking entityRanking = Ranking.entities(Ranking.TOP);
    private final Ranking factRanking = Ranking.facts(Ranking.TOP);

    /** An update that labels entities as {@code registry} does and finds their Wikidata ids in {@code gazetteer}. */
    public CorpusUpdate(EntityRegistry registry, Gazetteer gazetteer) {
        this.registry = registry;
        this.gazetteer = gazetteer;
    }

    /** Counts out a stored article graph that is about to be removed or replaced. */
    @Override
    public void removing(Graph articleGraph) {
        count(articleGraph, -1, namesRemoved);
    }

    /** Counts in an article graph that is being stored. */
    @Override
    public void adding(Graph articleGraph) {
        count(articleGraph, +1, namesAdded);
    }

    private void count(Graph article, int sign, Map<Node, Set<String>> names) {
        Set<Node> entities = new HashSet<>();
        article.find(Node.ANY, REFERS_TO, Node.ANY).forEachRemaining(t -> {
            Node entity = t.getObject();
            if (entities.add(entity)) {
                types.computeIfAbsent(entity, e -> typeIn(article, e));
            }
            Iterator<Triple> anchor = article.find(t.getSubject(), ANCHOR_OF, Node.ANY);
            if (anchor.hasNext()) {
                names.computeIfAbsent(entity, e -> new HashSet<>())
                        .add(anchor.next().getObject().getLiteralLexicalForm());
            }
        });
        entities.forEach(e -> articleChange.merge(e, sign, Integer::sum));
        Set<Node> facts = new HashSet<>();
        article.find(Node.ANY, HAS_REPORT, Node.ANY).forEachRemaining(t -> facts.add(t.getSubject()));
        facts.forEach(f -> factChange.merge(f, sign, Integer::sum));
        if (sign < 0) {
            factsLosing.addAll(facts);
        }
    }

    private static EntityType typeIn(Graph article, Node entity) {
        Iterator<Triple> it = article.find(entity, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            String iri = it.next().getObject().getURI();
            if (iri.startsWith(NG.SCHEMA)) {
                return EntityType.parse(iri.substring(NG.SCHEMA.length()));
            }
        }
        return null;
    }

    /**
     * Brings the corpus graph's statements about every entity and fact the articles counted since the last call
     * touched up to date, then forgets them: a long transaction may apply its update every so many articles, and what
     * the update holds stays as small as that. Only statements that change are written ({@link GraphStore#setStored}):
     * an entity that one more article mentions changes its number of articles, and nothing else.
     */
    @Override
    public void apply(DatasetGraph dsg) {
        if (articleChange.isEmpty() && factChange.isEmpty()) {
            return;
        }
        Graph corpus = dsg.getGraph(CORPUS);
        Ranking.Ranked rankedEntities = entityRanking.ranked(dsg);
        Ranking.Ranked rankedFacts = factRanking.ranked(dsg);
        List<GraphMapper.EntitySummary> entities = new ArrayList<>();
        Set<Node> counted = new HashSet<>();
        for (Map.Entry<Node, Integer> change : articleChange.entrySet()) {
            Node entity = change.getKey();
            int articles = intValue(corpus, entity, ARTICLE_COUNT) + change.getValue();
            if (articles > 0) {
                entities.add(summary(dsg, corpus, entity, articles));
                counted.add(entity);
            }
        }
        List<GraphMapper.FactSources> sources = new ArrayList<>();
        for (Map.Entry<Node, Integer> change : factChange.entrySet()) {
            Node fact = change.getKey();
            Optional<GraphMapper.FactSources> known = factsLosing.contains(fact) ? Optional.empty()
                    : stillCertain(corpus, fact, change.getValue());
            (known.isPresent() ? known : sources(dsg, fact)).ifPresent(sources::add);
        }
        Graph wanted = mapper.corpusGraph(entities, sources).getGraph();
        // An entity no article mentions any more, or a fact none reports, is wanted with no statements.
        // A counted entity keeps its place until the ranking below moves it.
        for (Node entity : articleChange.keySet()) {
            List<Triple> statements = new ArrayList<>(wanted.find(entity, Node.ANY, Node.ANY).toList());
            if (counted.contains(entity)) {
                corpus.find(entity, entityRanking.rankPredicate(), Node.ANY).forEachRemaining(statements::add);
            }
            GraphStore.setStored(dsg, CORPUS, entity, Node.ANY, statements);
        }
        for (Node fact : factChange.keySet()) {
            for (Node p : List.of(SOURCE_COUNT, CONFIDENCE)) {
                GraphStore.setStored(dsg, CORPUS, fact, p, wanted.find(fact, p, Node.ANY).toList());
            }
        }
        entityRanking.update(dsg, rankedEntities, articleChange.keySet());
        factRanking.update(dsg, rankedFacts, factChange.keySet());
        articleChange.clear();
        types.clear();
        namesAdded.clear();
        namesRemoved.clear();
        factChange.clear();
        factsLosing.clear();
    }

    /**
     * An entity's corpus statements after the change: the names it had, less the removed names no article uses for it
     * any more, plus the added ones; the registry's label; the Wikidata id of that label's gazetteer entry.
     */
    private GraphMapper.EntitySummary summary(DatasetGraph dsg, Graph corpus, Node entity, int articles) {
        String id = entity.getURI().substring(Iris.BASE.length());
        Set<String> names = new LinkedHashSet<>();
        names.addAll(strings(corpus, entity, ALT_LABEL));
        List<String> labels = strings(corpus, entity, PREF_LABEL);
        String oldLabel = labels.isEmpty() ? null : labels.get(0);
        names.addAll(namesAdded.getOrDefault(entity, Set.of()));
        for (String gone : namesRemoved.getOrDefault(entity, Set.of())) {
            if (!namesAdded.getOrDefault(entity, Set.of()).contains(gone) && !isName(dsg, entity, gone)) {
                names.remove(gone);
            }
        }
        String label = registry.contains(id) ? registry.snapshot(id).label() : null;
        // The old label counts as a name only where an article still uses it; it is no alternative to itself.
        if (oldLabel != null && !oldLabel.equals(label) && !names.contains(oldLabel) && isName(dsg, entity, oldLabel)) {
            names.add(oldLabel);
        }
        if (label == null) {
            label = longest(names);
        }
        EntityType type = types.get(entity);
        String wikidata = gazetteer.lookup(label).filter(g -> g.type() == type).map(Gazetteer.Entry::wikidata)
                .orElse("");
        return new GraphMapper.EntitySummary(id, type, label, names, articles, wikidata);
    }

    /** Whether some stored mention of {@code entity} is written {@code name}. */
    private static boolean isName(DatasetGraph dsg, Node entity, String name) {
        Iterator<Quad> mentions = dsg.find(Node.ANY, Node.ANY, ANCHOR_OF, NodeFactory.createLiteralString(name));
        while (mentions.hasNext()) {
            Quad q = mentions.next();
            if (dsg.contains(q.getGraph(), q.getSubject(), REFERS_TO, entity)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many articles report {@code fact} and how sure the corpus is of it, as {@link GraphMapper.FactSources#of}
     * computes it from the best confidence of each article's report, in the order of the articles' IRIs. The fact's
     * reports are listed first, from one contiguous range of an index; each report sits in its article's graph, and
     * an article graph holds one article, so the graphs count the articles. Reading each report's confidence means
     * one look-up in that graph, anywhere in the store, and a fact reported in thousands of articles would cost
     * thousands of them at every update. So the confidences are read only until the corpus is {@link #SURE} of the
     * fact: more articles can only lower its doubt, and its rounded confidence is 1.000 whatever the rest say.
     */
    private static Optional<GraphMapper.FactSources> sources(DatasetGraph dsg, Node fact) {
        Map<Node, List<Node>> reportsByGraph = new LinkedHashMap<>();
        dsg.find(Node.ANY, fact, HAS_REPORT, Node.ANY).forEachRemaining(q ->
                reportsByGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.getObject()));
        if (reportsByGraph.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> best = new TreeMap<>();
        // The doubts of the articles read so far: more articles can only make their product smaller.
        double doubt = 1;
        for (Map.Entry<Node, List<Node>> graph : reportsByGraph.entrySet()) {
            Node g = graph.getKey();
            double graphBest = 0;
            for (Node report : graph.getValue()) {
                graphBest = Math.max(graphBest, confidence(dsg, g, report));
            }
            best.merge(articleOf(dsg, g, graph.getValue().get(0)), graphBest, Math::max);
            doubt *= 1 - graphBest;
            if (doubt < SURE) {
                return Optional.of(new GraphMapper.FactSources(fact.getURI(), reportsByGraph.size(), 1 - doubt));
            }
        }
        return Optional.of(GraphMapper.FactSources.of(fact.getURI(), new ArrayList<>(best.values())));
    }

    /**
     * What the corpus graph says of {@code fact} once {@code gained} more articles report it, none less, if it is
     * certain already (1.000 to three places): more articles can only lower its doubt, so it stays certain, and its
     * articles are those counted plus the new ones. Without this, an update would list every report of a fact that
     * thousands of articles report, to count them again, and a build would cost more per article the larger the
     * store. Empty when the fact is not certain yet, or not in the corpus graph: then its reports are read.
     */
    private static Optional<GraphMapper.FactSources> stillCertain(Graph corpus, Node fact, int gained) {
        int counted = intValue(corpus, fact, SOURCE_COUNT);
        Iterator<Triple> it = corpus.find(fact, CONFIDENCE, Node.ANY);
        if (counted == 0 || !it.hasNext()
                || ((Number) it.next().getObject().getLiteralValue()).doubleValue() < 1) {
            return Optional.empty();
        }
        return Optional.of(new GraphMapper.FactSources(fact.getURI(), counted + gained, 1));
    }

    /** The article of a report in graph {@code g}: every report of an article graph is in its one article. */
    private static String articleOf(DatasetGraph dsg, Node g, Node report) {
        return dsg.find(g, report, IN_ARTICLE, Node.ANY).next().getObject().getURI();
    }

    private static double confidence(DatasetGraph dsg, Node g, Node report) {
        Iterator<Quad> it = dsg.find(g, report, CONFIDENCE, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).doubleValue() : 0;
    }

    private static int intValue(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).intValue() : 0;
    }

    private static List<String> strings(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static String longest(Set<String> names) {
        return names.stream().max((a, b) -> a.length() != b.length() ? a.length() - b.length() : b.compareTo(a))
                .orElse("");
    }
}
