package org.newsgraph.rdf;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import org.newsgraph.ingest.Article;
import org.newsgraph.link.Entity;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.EntityType;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.relate.Relation;
import org.newsgraph.relate.RelationType;

/**
 * The RDF stage: maps one linked article and its relations to the triples of its named graph (the article, its
 * mentions with offsets and sentence, the types and names of the entities as this article gives them, and its facts
 * with their evidence), and the registry to the corpus-level entity graph. Stateless and thread-safe.
 */
public final class GraphMapper {


    public Model articleGraph(LinkedArticle linked, List<Relation> relations) {
        Model m = newModel();
        Article a = linked.analyzed().article();
        Resource article = m.createResource(Iris.article(a.id()))
                .addProperty(RDF.type, NG.Article)
                .addProperty(NG.fileName, a.id())
                .addLiteral(NG.charLength, integer(m, a.text().length()))
                .addProperty(NG.contentHash, "sha256:" + a.sha256());
        m.createResource(Iris.articleGraph(a.id()))
                .addProperty(RDF.type, NG.provEntity)
                .addProperty(NG.provWasDerivedFrom, article)
                .addProperty(NG.provWasGeneratedBy, m.createResource(Iris.PIPELINE_RUN)
                        .addProperty(RDF.type, NG.PipelineRun)
                        .addProperty(RDF.type, NG.provActivity)
                        .addProperty(RDFS.label, "Newsgraph 0.1.0 pipeline"));
        for (Mention mention : linked.analyzed().mentions()) {
            Entity e = linked.entityOf(mention);
            Resource entity = m.createResource(Iris.entity(e.id()))
                    .addProperty(RDF.type, ResourceFactory.createResource(Iris.typeClass(e.type())));
            Sentence s = linked.analyzed().sentence(mention);
            m.createResource(Iris.mention(a.id(), mention.begin(), mention.end()))
                    .addProperty(RDF.type, NG.Mention)
                    .addProperty(NG.inArticle, article)
                    .addLiteral(NG.nifBeginIndex, integer(m, mention.begin()))
                    .addLiteral(NG.nifEndIndex, integer(m, mention.end()))
                    .addProperty(NG.nifAnchorOf, mention.text())
                    .addLiteral(NG.sentenceIndex, integer(m, s.index()))
                    .addProperty(NG.sentenceText, s.text())
                    .addProperty(NG.finder, mention.finder().name().toLowerCase())
                    .addLiteral(NG.confidence, decimal(m, mention.confidence()))
                    .addProperty(NG.refersTo, entity);
        }
        for (Relation r : relations) {
            addFact(m, linked, article, r);
        }
        return m;
    }

    /**
     * A fact has one IRI across all articles (from its relation and parties), so the articles that report it each add
     * their {@code ng:reportedIn} and a report of their own: the evidence sentence, its mentions, the cue and the
     * confidence. A claimant of a contested place is a claim of its own, part of the dispute.
     */
    private static void addFact(Model m, LinkedArticle linked, Resource article, Relation r) {
        String articleId = linked.analyzed().article().id();
        Resource subject = m.createResource(Iris.entity(r.subject()));
        Resource object = r.object() == null ? null : m.createResource(Iris.entity(r.object()));
        if (r.type() == RelationType.CONTESTED && object != null) {
            Resource dispute = m.createResource(Iris.fact(r.type().label(), r.subject(), null));
            Resource claim = m.createResource(Iris.claim(articleId, r.subject(), r.object()))
                    .addProperty(RDF.type, NG.Claim)
                    .addProperty(NG.claimant, object)
                    .addProperty(NG.about, subject)
                    .addProperty(NG.stance, r.cue())
                    .addProperty(NG.partOf, dispute)
                    .addProperty(NG.inArticle, article)
                    .addProperty(NG.evidence, r.evidence())
                    .addLiteral(NG.confidence, decimal(m, r.confidence()));
            evidenceMentions(linked, r, claim);
            subject.addProperty(NG.contestedBy, object);
            return;
        }
        // A person may hold several roles of one organisation: the role words are part of the fact's identity.
        String objectKey = r.type() == RelationType.HOLDS_ROLE ? r.object() + " " + r.cue() : r.object();
        Resource fact = m.createResource(Iris.fact(r.type().label(), r.subject(), objectKey))
                .addProperty(RDF.type, factClass(r.type()))
                .addProperty(NG.relationName, r.type().label())
                .addProperty(NG.subject, subject)
                .addProperty(NG.reportedIn, article);
        if (object != null) {
            fact.addProperty(NG.object, object);
        }
        if (r.type() == RelationType.HOLDS_ROLE) {
            fact.addProperty(NG.role, r.cue());
        }
        Resource report = m.createResource(Iris.report(articleId, r.type().label(), r.subject(), objectKey))
                .addProperty(RDF.type, NG.Report)
                .addProperty(NG.inArticle, article)
                .addProperty(NG.evidence, r.evidence())
                .addLiteral(NG.sentenceIndex, integer(m, r.sentence()))
                .addProperty(NG.cue, r.cue())
                .addLiteral(NG.confidence, decimal(m, r.confidence()));
        fact.addProperty(NG.hasReport, report);
        evidenceMentions(linked, r, report);
        switch (r.type()) {
            case MET -> {
                subject.addProperty(NG.met, object);
                object.addProperty(NG.met, subject);
            }
            case REPLACED -> subject.addProperty(NG.replaced, object);
            case CONTESTED -> subject.addLiteral(NG.isContested, m.createTypedLiteral(true));
            case HOLDS_ROLE -> { }
        }
    }

    /** Links a report or claim to the mentions of its parties in its evidence sentence. */
    private static void evidenceMentions(LinkedArticle linked, Relation r, Resource node) {
        String articleId = linked.analyzed().article().id();
        for (Mention mention : linked.analyzed().mentions()) {
            String id = linked.entityOf(mention).id();
            if (mention.sentence() == r.sentence() && (id.equals(r.subject()) || id.equals(r.object()))) {
                node.addProperty(NG.evidenceMention,
                        node.getModel().createResource(Iris.mention(articleId, mention.begin(), mention.end())));
            }
        }
    }

    private static Resource factClass(RelationType type) {
        return switch (type) {
            case MET -> NG.Meeting;
            case REPLACED -> NG.Replacement;
            case CONTESTED -> NG.TerritorialDispute;
            case HOLDS_ROLE -> NG.RoleHolding;
        };
    }

    /**
     * The corpus graph: every entity's canonical label, other names, type and number of articles, and every fact's
     * number of independent sources (articles) and combined confidence.
     */
    public Model corpusGraph(List<EntitySummary> entities, List<FactSources> facts) {
        Model m = newModel();
        for (FactSources f : facts) {
            m.createResource(f.fact())
                    .addLiteral(NG.sourceCount, integer(m, f.articles()))
                    .addLiteral(NG.confidence, decimal(m, f.confidence()));
        }
        for (EntitySummary e : entities) {
            Resource r = m.createResource(Iris.entity(e.id()))
                    .addProperty(RDF.type, ResourceFactory.createResource(Iris.typeClass(e.type())))
                    .addProperty(RDFS.label, e.label())
                    .addProperty(NG.skosPrefLabel, e.label())
                    .addLiteral(NG.articleCount, integer(m, e.articles()));
            e.altLabels().stream().filter(alt -> !alt.equals(e.label())).sorted()
                    .forEach(alt -> r.addProperty(NG.skosAltLabel, alt));
            if (!e.wikidata().isEmpty()) {
                r.addProperty(OWL.sameAs, m.createResource(NG.WIKIDATA + e.wikidata()));
            }
        }
        return m;
    }

    /**
     * What the corpus graph says of an entity: id, type, canonical label, other names, number of articles, and the
     * Wikidata id of its gazetteer entry ("" when it has none: ids are never guessed).
     */
    public record EntitySummary(String id, EntityType type, String label, java.util.Set<String> altLabels, int articles,
                                String wikidata) {}

    /**
     * How many articles report a fact and how sure the corpus is of it: the best confidence of each article's report,
     * combined as independent evidence (1 - the product of the doubts).
     */
    public record FactSources(String fact, int articles, double confidence) {
        public static FactSources of(String fact, List<Double> bestPerArticle) {
            double doubt = 1;
            for (double c : bestPerArticle) {
                doubt *= 1 - c;
            }
            return new FactSources(fact, bestPerArticle.size(), 1 - doubt);
        }
    }

    /** A model with the project's prefixes set, so dumps are readable. */
    public static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ng", NG.NS);
        m.setNsPrefix("schema", NG.SCHEMA);
        m.setNsPrefix("nif", NG.NIF);
        m.setNsPrefix("skos", NG.SKOS);
        m.setNsPrefix("prov", NG.PROV);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.setNsPrefix("owl", OWL.getURI());
        m.setNsPrefix("wd", NG.WIKIDATA);
        m.setNsPrefix("id", Iris.BASE);
        return m;
    }

    private static Literal integer(Model m, long value) {
        return m.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Literal decimal(Model m, double value) {
        return m.createTypedLiteral(new java.math.BigDecimal(value).setScale(3, java.math.RoundingMode.HALF_UP)
                .toPlainString(), XSDDatatype.XSDdecimal);
    }
}
