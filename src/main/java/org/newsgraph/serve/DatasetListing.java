package org.newsgraph.serve;

import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.fuseki.ctl.ActionCtl;
import org.apache.jena.fuseki.ctl.JsonDescription;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;

/**
 * {@code /$/datasets}: the descriptions of the served datasets and their endpoints that the Fuseki UI reads, without
 * the admin operations of Fuseki's own {@code ActionDatasets} that add or remove datasets: any method but GET and HEAD
 * is refused with 405. Stateless and thread-safe.
 */
final class DatasetListing extends ActionCtl {

    @Override
    public void validate(HttpAction action) {
        String method = action.getRequestMethod();
        if (!HttpNames.METHOD_GET.equals(method) && !HttpNames.METHOD_HEAD.equals(method)) {
            ServletOps.errorMethodNotAllowed(method, "read-only server: datasets cannot be added, changed or removed");
        }
    }

    @Override
    public void execute(HttpAction action) {
        JsonBuilder json = new JsonBuilder();
        String item = getItemName(action);
        if (item == null || item.isEmpty() || item.equals("/")) {
            json.startObject().key("datasets");
            JsonDescription.arrayDatasets(json, action.getDataAccessPointRegistry());
            json.finishObject();
        } else {
            String name = getItemDatasetName(action);
            DataAccessPoint dataset = getItemDataAccessPoint(action, name);
            if (dataset == null) {
                ServletOps.errorNotFound("no dataset " + name);
            }
            JsonDescription.describe(json, dataset);
        }
        ServletOps.sendJsonReponse(action, json.build());
    }
}
