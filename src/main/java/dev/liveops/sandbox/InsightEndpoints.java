package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * live/insights/read {projectId, start, end}: insights {@code [start, end)} of the project's latest deployment,
 * oldest first, {@code end - start < 100} as QuantConnect requires; {@code length} is how many there are in all.
 */
final class InsightEndpoints {
    static final int MAX_WINDOW = 99;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrganizationStore store;
    private final InsightFeed feed;

    InsightEndpoints(OrganizationStore store, InsightFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("live/insights/read", this::read);
    }

    private ObjectNode read(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        int start = request.optionalInt("start").orElse(0);
        int end = request.requireInt("end");
        if (start < 0 || end <= start || end - start > MAX_WINDOW) {
            throw new ApiException("The insights window must satisfy 0 <= start < end and end - start < 100, not ["
                    + start + ", " + end + ").");
        }
        List<ObjectNode> all = store.transact((organization, now) -> organization.latestDeployment(projectId)
                .map(d -> feed.emitted(organization.project(projectId), d, now))
                .orElseGet(() -> {
                    organization.project(projectId);
                    return List.of();
                }));
        ObjectNode response = JSON.objectNode();
        ArrayNode insights = response.putArray("insights");
        all.subList(Math.min(start, all.size()), Math.min(end, all.size())).forEach(insights::add);
        response.put("length", all.size());
        return response;
    }
}
