package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a running algorithm produces: live/logs/read, live/portfolio/read and live/orders/read. */
final class LiveResultEndpoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int DEFAULT_ORDER_PAGE = 100;

    private final OrganizationStore store;
    private final DeploymentQueries queries;

    LiveResultEndpoints(OrganizationStore store, DeploymentQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("live/logs/read", this::logs)
                .add("live/portfolio/read", this::portfolio)
                .add("live/orders/read", this::orders);
    }

    /** startLine/endLine index the rows of the requested deployment (algorithmId). */
    private ObjectNode logs(ApiRequest request) {
        String format = request.optionalText("format").orElse("json");
        if (!"json".equals(format)) {
            throw new ApiException("Unsupported log format '" + format + "'; the API serves \"json\".");
        }
        int projectId = request.requireInt("projectId");
        String deployId = request.requireText("algorithmId");
        int startLine = request.requireInt("startLine");
        int endLine = request.requireInt("endLine");
        DeploymentQueries.LogPage page = store.transact((organization, now) ->
                queries.logs(organization, now, projectId, deployId, startLine, endLine));
        ObjectNode response = JSON.objectNode();
        ArrayNode logs = response.putArray("logs");
        page.logs().forEach(logs::add);
        response.put("length", page.length());
        response.put("deploymentOffset", page.deploymentOffset());
        return response;
    }

    private ObjectNode portfolio(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        LiveSnapshot snapshot = store.transact((organization, now) -> queries.latest(organization, now, projectId));
        ObjectNode response = JSON.objectNode();
        response.set("portfolio", PortfolioJson.portfolio(snapshot.valuation()));
        return response;
    }

    /** {@code length} is the number of orders returned, as the spec defines it. */
    private ObjectNode orders(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        int start = request.optionalInt("start").orElse(0);
        int end = request.optionalInt("end").orElse(start + DEFAULT_ORDER_PAGE);
        DeploymentQueries.OrderPage page =
                store.transact((organization, now) -> queries.orders(organization, now, projectId, start, end));
        ObjectNode response = JSON.objectNode();
        ArrayNode orders = response.putArray("orders");
        page.orders().forEach(order -> orders.add(PortfolioJson.order(order, page.deployId())));
        response.put("length", page.orders().size());
        return response;
    }
}
