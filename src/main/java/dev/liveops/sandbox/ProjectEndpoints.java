package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** authenticate, projects/read and projects/nodes/read. */
final class ProjectEndpoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrganizationStore store;
    private final DeploymentQueries queries;

    ProjectEndpoints(OrganizationStore store, DeploymentQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("authenticate", request -> JSON.objectNode())
                .add("projects/read", this::readProjects)
                .add("projects/nodes/read", this::readNodes);
    }

    private ObjectNode readProjects(ApiRequest request) {
        OptionalInt projectId = request.optionalInt("projectId");
        int start = request.optionalInt("start").orElse(0);
        OptionalInt end = request.optionalInt("end");
        Optional<String> organizationId = request.optionalText("organizationId");
        return store.transact((organization, now) -> {
            organizationId.filter(id -> !id.equals(organization.organizationId())).ifPresent(id -> {
                throw new ApiException("You are not a member of organization " + id + ".");
            });
            List<Project> projects = projectId.isPresent()
                    ? List.of(organization.project(projectId.getAsInt()))
                    : List.copyOf(organization.projects());
            int from = Math.max(0, Math.min(start, projects.size()));
            int to = Math.max(from, Math.min(end.orElse(projects.size()), projects.size()));
            ObjectNode response = JSON.objectNode();
            ArrayNode array = response.putArray("projects");
            for (Project project : projects.subList(from, to)) {
                Optional<LiveSnapshot> live = organization.latestDeployment(project.projectId())
                        .map(deployment -> queries.snapshot(project, deployment, now));
                array.add(ProjectJson.project(organization, project, live));
            }
            response.set("versions", ProjectJson.versions());
            return response;
        });
    }

    private ObjectNode readNodes(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        return store.transact((organization, now) -> {
            organization.project(projectId);
            ObjectNode response = JSON.objectNode();
            ObjectNode nodes = response.putObject("nodes");
            ArrayNode backtest = nodes.putArray("backtest");
            ArrayNode research = nodes.putArray("research");
            ArrayNode live = nodes.putArray("live");
            for (ComputeNode node : organization.nodes()) {
                ArrayNode pool = switch (node.kind()) {
                    case BACKTEST -> backtest;
                    case RESEARCH -> research;
                    case LIVE -> live;
                };
                pool.add(ProjectJson.node(organization, node, organization.activeDeploymentOn(node.id())));
            }
            response.put("autoSelectNode", true);
            return response;
        });
    }
}
