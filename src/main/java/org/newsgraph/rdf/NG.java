package org.newsgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Newsgraph ontology ({@code ontology/newsgraph.ttl}) and of the standard vocabularies the graph
 * uses. A test checks that every {@code ng:} term here is declared in the ontology.
 */
public final class NG {

    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private NG() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Article = resource("Article");
    public static final Resource Mention = resource("Mention");
    public static final Resource Fact = resource("Fact");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Replacement = resource("Replacement");
    public static final Resource TerritorialDispute = resource("TerritorialDispute");
    public static final Resource RoleHolding = resource("RoleHolding");
    public static final Resource Report = resource("Report");
    public static final Resource Claim = resource("Claim");
    public static final Resource PipelineRun = resource("PipelineRun");

    // Articles
    public static final Property fileName = property("fileName");
    public static final Property charLength = property("charLength");
    public static final Property contentHash = property("contentHash");

    // Mentions
    public static final Property inArticle = property("inArticle");
    public static final Property refersTo = property("refersTo");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property sentenceText = property("sentenceText");
    public static final Property finder = property("finder");
    public static final Property confidence = property("confidence");

    // Entities
    public static final Property articleCount = property("articleCount");
    public static final Property articleRank = property("articleRank");

    // Facts
    public static final Property subject = property("subject");
    public static final Property object = property("object");
    public static final Property relationName = property("relationName");
    public static final Property evidence = property("evidence");
    public static final Property cue = property("cue");
    public static final Property reportedIn = property("reportedIn");
    public static final Property hasReport = property("hasReport");
    public static final Property role = property("role");
    public static final Property evidenceMention = property("evidenceMention");
    public static final Property sourceCount = property("sourceCount");
    public static final Property sourceRank = property("sourceRank");
    public static final Property claimant = property("claimant");
    public static final Property about = property("about");
    public static final Property stance = property("stance");
    public static final Property partOf = property("partOf");
    public static final Property met = property("met");
    public static final Property replaced = property("replaced");
    public static final Property contestedBy = property("contestedBy");
    public static final Property isContested = property("isContested");

    // Standard vocabularies
    public static final Resource schemaPerson = ResourceFactory.createResource(SCHEMA + "Person");
    public static final Resource schemaPlace = ResourceFactory.createResource(SCHEMA + "Place");
    public static final Resource schemaOrganization = ResourceFactory.createResource(SCHEMA + "Organization");
    public static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    public static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
    public static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");
    public static final Property skosPrefLabel = ResourceFactory.createProperty(SKOS + "prefLabel");
    public static final Property skosAltLabel = ResourceFactory.createProperty(SKOS + "altLabel");
    public static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property provWasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Resource provActivity = ResourceFactory.createResource(PROV + "Activity");
    public static final Resource provEntity = ResourceFactory.createResource(PROV + "Entity");
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
}
