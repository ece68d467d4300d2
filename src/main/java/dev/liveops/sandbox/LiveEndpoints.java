package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** live/create, live/read, live/list, live/update/stop and live/update/liquidate. */
final class LiveEndpoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrganizationStore store;
    private final DeploymentService deployments;
    private final DeploymentQueries queries;

    LiveEndpoints(OrganizationStore store, DeploymentService deployments, DeploymentQueries queries) {
        this.store = store;
        this.deployments = deployments;
        this.queries = queries;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("live/create", this::create)
                .add("live/read", this::read)
                .add("live/list", this::list)
                .add("live/update/stop", this::stop)
                .add("live/update/liquidate", this::liquidate);
    }

    private ObjectNode create(ApiRequest request) {
        LiveCreateRequest create = LiveCreateRequest.from(request);
        LiveSnapshot snapshot = store.transact((organization, now) -> {
            Deployment deployment = deployments.create(organization, now, create);
            return queries.snapshot(organization.project(create.projectId()), deployment, now);
        });
        ObjectNode response = JSON.objectNode();
        response.put("responseCode", "200");
        response.put("source", "api-v2");
        response.put("deployId", snapshot.deployment().deployId());
        response.put("versionId", snapshot.deployment().versionId());
        response.put("projectId", snapshot.deployment().projectId());
        response.set("live", LiveJson.liveAlgorithm(snapshot));
        return response;
    }

    /** A never-deployed project fails with "No live deployment found" (lean-cli handles this form since 2026-01). */
    private ObjectNode read(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        LiveSnapshot snapshot = store.transact((organization, now) -> queries.latest(organization, now, projectId));
        return LiveJson.liveResults(snapshot);
    }

    private ObjectNode list(ApiRequest request) {
        OptionalInt projectId = request.optionalInt("projectId");
        Optional<AlgorithmStatus> status = request.optionalText("status").map(LiveEndpoints::parseStatus);
        List<LiveSnapshot> snapshots =
                store.transact((organization, now) -> queries.list(organization, now, projectId, status));
        ObjectNode response = JSON.objectNode();
        ArrayNode live = response.putArray("live");
        snapshots.forEach(snapshot -> live.add(LiveJson.summary(snapshot)));
        return response;
    }

    private ObjectNode stop(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        store.transact((organization, now) -> {
            deployments.stop(organization, now, projectId);
            return null;
        });
        return JSON.objectNode();
    }

    private ObjectNode liquidate(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        store.transact((organization, now) -> {
            deployments.liquidate(organization, now, projectId);
            return null;
        });
        return JSON.objectNode();
    }

    /** live/list's documented filter takes four statuses only; LEAN's SDK refuses any other. */
    private static AlgorithmStatus parseStatus(String name) {
        return AlgorithmStatus.fromWireName(name).filter(AlgorithmStatus::isListFilter).orElseThrow(() ->
                new ApiException("Unknown live status '" + name + "' for live/list; use Running, Stopped, "
                        + "RuntimeError or Liquidated, or leave status out for every deployment."));
    }
}
