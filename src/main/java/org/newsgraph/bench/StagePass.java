package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorModel;
import org.apache.jena.rdf.model.Model;

import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.ArticleReader;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.EntityRegistry;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.LanguageGuard;
import org.newsgraph.nlp.MentionExtractor;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.pipeline.BatchWriter;
import org.newsgraph.pipeline.CommitBatch;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.relate.Relation;
import org.newsgraph.relate.RelationExtractor;
import org.newsgraph.store.GraphStore;

/**
 * One pass of a corpus through the pipeline's stages, an article at a time on one thread, with each stage's time
 * measured on its own: reading (strict decoding), the language check, sentences and tokens ({@code TextAnnotator}),
 * name finding ({@code MentionExtractor} less its tokenisation, which it repeats), linking, relations, RDF mapping and
 * the commit of the article graphs to a fresh TDB2 store (through the build's {@code BatchWriter}, in the transactions
 * {@code build --commit-batch} makes), each transaction with its update of the corpus graph, as in a build. An
 * article the build would skip is skipped here too. The quads of the store stage are those of the store it fills.
 */
final class StagePass {

    /** The stages measured, in pipeline order. */
    enum Stage {
        READING("reading (ingest)"), LANGUAGE("language check"), SENTENCES_TOKENS("sentences + tokens"),
        NAMES("name finding"), LINKING("linking"), RELATIONS("relations"),
        RDF_MAPPING("RDF mapping"), STORE_COMMIT("store commit");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    /** What one pass measured: nanoseconds per stage and what went through. */
    record Result(Map<Stage, Long> nanos, int articles, long sentences, long tokens, long mentions, long relations,
                  long quads) {
        Result {
            nanos = Map.copyOf(nanos);
        }
    }

    private StagePass() {}

    static Result run(List<Path> files, NlpModels models, LanguageDetectorModel languageModel, Gazetteer gazetteer,
                      Path storeDir, CommitBatch commitBatch, ProgressMeter meter) {
        ArticleReader reader = new ArticleReader();
        LanguageGuard guard = LanguageGuard.newGuard(languageModel);
        MentionExtractor extractor = new MentionExtractor(models, gazetteer);
        EntityRegistry registry = new EntityRegistry();
        EntityLinker linker = new EntityLinker(gazetteer, registry);
        RelationExtractor relator = new RelationExtractor(gazetteer);
        GraphMapper mapper = new GraphMapper();
        long read = 0;
        long language = 0;
        long tokenize = 0;
        long analyze = 0;
        long link = 0;
        long relate = 0;
        long map = 0;
        long store = 0;
        int articles = 0;
        long sentences = 0;
        long tokens = 0;
        long mentions = 0;
        long relations = 0;
        long quads = 0;
        try (GraphStore graphStore = GraphStore.open(storeDir);
             BatchWriter out = new BatchWriter(graphStore, commitBatch, registry, gazetteer, 0)) {
            for (Path file : files) {
                long r0 = System.nanoTime();
                Article article = reader.read(file, s -> { });
                long r1 = System.nanoTime();
                boolean english = article != null && guard.otherLanguage(article.text()).isEmpty();
                long t0 = System.nanoTime();
                read += r1 - r0;
                language += t0 - r1;
                meter.advance(1);
                if (!english) {
                    continue;
                }
                List<Sentence> split = extractor.annotator().sentences(article.text());
                long t1 = System.nanoTime();
                AnalyzedArticle analyzed = extractor.analyze(article);
                long t2 = System.nanoTime();
                LinkedArticle linked = linker.link(analyzed);
                long t3 = System.nanoTime();
                List<Relation> found = relator.extract(linked);
                long t4 = System.nanoTime();
                Model graph = mapper.articleGraph(linked, found);
                long t5 = System.nanoTime();
                // As the build writes: into an open transaction, committed when commitBatch says it is full.
                out.write(Iris.articleGraph(article.id()), graph);
                long t6 = System.nanoTime();
                tokenize += t1 - t0;
                analyze += t2 - t1;
                link += t3 - t2;
                relate += t4 - t3;
                map += t5 - t4;
                store += t6 - t5;
                articles++;
                sentences += split.size();
                for (Sentence s : split) {
                    tokens += s.tokens().size();
                }
                mentions += analyzed.mentions().size();
                relations += found.size();
            }
            long t0 = System.nanoTime();
            out.flush();
            store += System.nanoTime() - t0;
            quads = graphStore.size();
        }
        Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
        nanos.put(Stage.READING, read);
        nanos.put(Stage.LANGUAGE, language);
        nanos.put(Stage.SENTENCES_TOKENS, tokenize);
        // The extractor tokenises again before it finds names: its own tokenisation is taken off.
        nanos.put(Stage.NAMES, Math.max(0, analyze - tokenize));
        nanos.put(Stage.LINKING, link);
        nanos.put(Stage.RELATIONS, relate);
        nanos.put(Stage.RDF_MAPPING, map);
        nanos.put(Stage.STORE_COMMIT, store);
        return new Result(nanos, articles, sentences, tokens, mentions, relations, quads);
    }
}
