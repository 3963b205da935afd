package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import org.newsgraph.link.Entity;
import org.newsgraph.link.EntityRegistry;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphStore;

/**
 * What a build needs to know of the store it adds to: the content hash of every stored article (to skip unchanged
 * ones), the entities of earlier builds (so that ids stay stable), and the number of entities by type. It can also
 * compute the corpus-level summaries afresh from what the article graphs hold ({@link #entities}, {@link #facts}):
 * what {@link CorpusUpdate} keeps up to date article by article. Each method runs in one read transaction.
 */
final class StoreState {

    private static final String PREFIXES = """
            PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final GraphStore store;

    StoreState(GraphStore store) {
        this.store = store;
    }

    /** File name to content hash ({@code sha256:...}) of every stored article. */
    Map<String, String> articleHashes() {
        Map<String, String> hashes = new HashMap<>();
        select("SELECT ?doc ?hash { ?a a ng:Article ; ng:fileName ?doc ; ng:contentHash ?hash }",
                row -> hashes.put(row.getLiteral("doc").getString(), row.getLiteral("hash").getString()));
        return hashes;
    }

    /** Registers the entities of the corpus graph of an earlier build. */
    void restoreEntities(EntityRegistry registry) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> alts = new HashMap<>();
        select("SELECT ?e ?type ?label ?alt { GRAPH <" + Iris.CORPUS_GRAPH + "> { ?e a ?type ; skos:prefLabel ?label "
                + "OPTIONAL { ?e skos:altLabel ?alt } } } ORDER BY ?e", row -> {
                    String id = row.getResource("e").getURI().substring(Iris.BASE.length());
                    types.putIfAbsent(id, type(row.getResource("type").getURI()));
                    labels.putIfAbsent(id, row.getLiteral("label").getString());
                    Set<String> a = alts.computeIfAbsent(id, k -> new LinkedHashSet<>());
                    if (row.contains("alt")) {
                        a.add(row.getLiteral("alt").getString());
                    }
                });
        types.forEach((id, type) -> registry.restore(new Entity(id, type, labels.get(id), alts.get(id))));
    }

    /**
     * Every entity that some article mentions now: its type, its canonical label (the registry's, else its longest
     * name), every name it is mentioned by, its number of articles, and the Wikidata id its gazetteer entry carries.
     */
    List<GraphMapper.EntitySummary> entities(EntityRegistry registry, Gazetteer gazetteer) {
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        select("SELECT ?e ?type (COUNT(DISTINCT ?a) AS ?n) { GRAPH ?g { ?m ng:refersTo ?e ; ng:inArticle ?a . "
                + "?e a ?type } } GROUP BY ?e ?type ORDER BY ?e", row -> {
                    String id = row.getResource("e").getURI().substring(Iris.BASE.length());
                    types.putIfAbsent(id, type(row.getResource("type").getURI()));
                    counts.put(id, row.getLiteral("n").getInt());
                });
        select("SELECT DISTINCT ?e ?anchor { GRAPH ?g { ?m ng:refersTo ?e ; nif:anchorOf ?anchor } } ORDER BY ?e ?anchor",
                row -> names.computeIfAbsent(row.getResource("e").getURI().substring(Iris.BASE.length()),
                        k -> new LinkedHashSet<>()).add(row.getLiteral("anchor").getString()));
        List<GraphMapper.EntitySummary> out = new ArrayList<>();
        types.forEach((id, type) -> {
            Set<String> all = names.getOrDefault(id, Set.of());
            String label = registry.contains(id) ? registry.snapshot(id).label() : longest(all);
            String wikidata = gazetteer.lookup(label).filter(g -> g.type() == type)
                    .map(Gazetteer.Entry::wikidata).orElse("");
            out.add(new GraphMapper.EntitySummary(id, type, label, all, counts.get(id), wikidata));
        });
        return out;
    }

    /** The number of entities of each type in the corpus graph. */
    Map<EntityType, Integer> entityCounts() {
        Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class);
        select("SELECT ?type (COUNT(?e) AS ?n) { GRAPH <" + Iris.CORPUS_GRAPH + "> { ?e a ?type ; ng:articleCount ?c } "
                + "} GROUP BY ?type",
                row -> counts.put(type(row.getResource("type").getURI()), row.getLiteral("n").getInt()));
        return counts;
    }

    /** Every fact of the store with the best confidence of each article that reports it. */
    List<GraphMapper.FactSources> facts() {
        Map<String, List<Double>> byFact = new LinkedHashMap<>();
        select("SELECT ?fact ?article (MAX(?c) AS ?best) { GRAPH ?g { ?fact ng:hasReport ?r . "
                + "?r ng:inArticle ?article ; ng:confidence ?c } } GROUP BY ?fact ?article ORDER BY ?fact ?article",
                row -> byFact.computeIfAbsent(row.getResource("fact").getURI(), k -> new ArrayList<>())
                        .add(row.getLiteral("best").getDouble()));
        List<GraphMapper.FactSources> out = new ArrayList<>();
        byFact.forEach((fact, confidences) -> out.add(GraphMapper.FactSources.of(fact, confidences)));
        return out;
    }

    private static String longest(Set<String> names) {
        return names.stream().max((a, b) -> a.length() != b.length() ? a.length() - b.length() : b.compareTo(a))
                .orElse("");
    }

    private static EntityType type(String classIri) {
        return EntityType.parse(classIri.substring(NG.SCHEMA.length()));
    }

    private void select(String query, Consumer<QuerySolution> row) {
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }
}
