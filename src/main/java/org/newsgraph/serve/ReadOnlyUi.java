package org.newsgraph.serve;

import java.net.URL;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki web UI on a read-only server: the UI files of {@code jena-fuseki-ui} at {@code /} and the read-only
 * admin endpoints the UI calls ({@code /$/server}, {@code /$/datasets}, {@code /$/stats}, {@code /$/ping}).
 *
 * <p>It stands in for Fuseki's {@code FMod_Admin} + {@code FMod_UI} pair: {@code FMod_UI} only works after
 * {@code FMod_Admin}, and that one creates a run area on disk ({@code FUSEKI_BASE}, by default {@code ./run/}) and
 * serves the operations that add and delete datasets, back up and compact. None of those belong on this server, so
 * the UI pages that use them (new dataset, upload, edit, backup) get an error from the server.
 */
final class ReadOnlyUi implements FusekiModule {

    /** The folder of the UI files inside the {@code jena-fuseki-ui} jar. */
    private static final String UI_RESOURCE = "webapp";

    @Override
    public String name() {
        return "Newsgraph read-only UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.staticFileBase(uiFiles())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new DatasetListing())
                .enableStats(true)
                .enablePing(true);
    }

    /** The URL of the UI files on the classpath; a missing jar is a packaging error, found before the server starts. */
    private static String uiFiles() {
        URL ui = ReadOnlyUi.class.getClassLoader().getResource(UI_RESOURCE);
        if (ui == null) {
            throw new IllegalStateException("the Fuseki UI files ('" + UI_RESOURCE
                    + "/' of jena-fuseki-ui) are not on the classpath");
        }
        String url = ui.toExternalForm();
        return url.endsWith("/") ? url : url + "/";
    }
}
