package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.Model;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.ingest.Skipped;
import org.newsgraph.link.Entity;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.EntityRegistry;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.MentionExtractor;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.relate.Relation;
import org.newsgraph.relate.RelationExtractor;
import org.newsgraph.relate.RelationType;
import org.newsgraph.store.GraphStore;

/**
 * The whole pipeline, one direction: ingest, NLP, link, relate, RDF, store. Each article is written to its own named
 * graph in its own transaction; the corpus-level entity graph is written last. Set up with {@link #create()}.
 */
public final class GraphBuilder {

    private final NlpModels models;
    private final Gazetteer gazetteer;
    private final Consumer<Skipped> onSkip;

    private GraphBuilder(Builder b) {
        this.models = b.models != null ? b.models : NlpModels.load();
        this.gazetteer = b.gazetteer != null ? b.gazetteer : Gazetteer.load();
        this.onSkip = b.onSkip;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds the graph of every article in {@code folder} into {@code store}. */
    public BuildSummary build(Path folder, GraphStore store) throws IOException {
        long start = System.nanoTime();
        ArticleReader reader = new ArticleReader();
        List<Path> files = reader.list(folder);
        MentionExtractor extractor = new MentionExtractor(models, gazetteer);
        EntityRegistry registry = new EntityRegistry();
        EntityLinker linker = new EntityLinker(gazetteer, registry);
        RelationExtractor relator = new RelationExtractor(gazetteer);
        GraphMapper mapper = new GraphMapper();
        List<Skipped> skipped = new ArrayList<>();
        Map<RelationType, Integer> relations = new EnumMap<>(RelationType.class);
        int read = 0;
        for (Path file : files) {
            Article article = reader.read(file, s -> {
                skipped.add(s);
                onSkip.accept(s);
            });
            if (article == null) {
                continue;
            }
            LinkedArticle linked = linker.link(extractor.analyze(article));
            List<Relation> found = relator.extract(linked);
            found.forEach(r -> relations.merge(r.type(), 1, Integer::sum));
            Model graph = mapper.articleGraph(linked, found);
            store.replaceGraph(Iris.articleGraph(article.id()), graph);
            read++;
        }
        store.replaceGraph(Iris.CORPUS_GRAPH, mapper.corpusGraph(registry, factSources(store)));
        Map<EntityType, Integer> entities = new EnumMap<>(EntityType.class);
        for (Entity e : registry.entities()) {
            entities.merge(e.type(), 1, Integer::sum);
        }
        return new BuildSummary(read, skipped, entities, relations, store.size(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Every fact of the store with the best confidence of each article that reports it. */
    static List<GraphMapper.FactSources> factSources(GraphStore store) {
        String sparql = """
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                SELECT ?fact ?article (MAX(?c) AS ?best)
                WHERE { ?fact ng:hasReport ?r . ?r ng:inArticle ?article ; ng:confidence ?c }
                GROUP BY ?fact ?article ORDER BY ?fact ?article""";
        Map<String, List<Double>> byFact = new java.util.LinkedHashMap<>();
        org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(sparql).build()) {
                qe.execSelect().forEachRemaining(row -> byFact
                        .computeIfAbsent(row.getResource("fact").getURI(), k -> new ArrayList<>())
                        .add(row.getLiteral("best").getDouble()));
            }
        });
        List<GraphMapper.FactSources> out = new ArrayList<>();
        byFact.forEach((fact, confidences) -> out.add(GraphMapper.FactSources.of(fact, confidences)));
        return out;
    }

    /** Sets up a builder; models and gazetteer default to those on the classpath. */
    public static final class Builder {
        private NlpModels models;
        private Gazetteer gazetteer;
        private Consumer<Skipped> onSkip = s -> { };

        public Builder models(NlpModels m) {
            this.models = m;
            return this;
        }

        public Builder gazetteer(Gazetteer g) {
            this.gazetteer = g;
            return this;
        }

        /** Told of each file that is skipped, as it happens. */
        public Builder onSkip(Consumer<Skipped> listener) {
            this.onSkip = listener;
            return this;
        }

        public GraphBuilder build() {
            return new GraphBuilder(this);
        }
    }
}
