package dev.liveops.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's state: one organization with its user, projects, nodes, compiles, deployments and logs.
 * Plain data with lookups; not thread-safe on its own, every access goes through {@link OrganizationStore}.
 */
final class Organization {
    private final String organizationId;
    private final SandboxUser user;
    private final IdGenerator ids = new IdGenerator();
    private final LiveLogBook logs = new LiveLogBook();
    private final Map<Integer, Project> projects = new LinkedHashMap<>();
    private final Map<String, ComputeNode> nodes = new LinkedHashMap<>();
    private final Map<String, Compile> compiles = new HashMap<>();
    private final Map<Integer, List<Deployment>> deploymentsByProject = new HashMap<>();
    /** The projects whose latest deployment is on each node: a fleet of 100,000 is not searched once per deploy. */
    private final Map<String, Set<Integer>> latestOnNode = new HashMap<>();

    Organization(String organizationId, SandboxUser user) {
        this.organizationId = organizationId;
        this.user = user;
    }

    String organizationId() {
        return organizationId;
    }

    SandboxUser user() {
        return user;
    }

    IdGenerator ids() {
        return ids;
    }

    LiveLogBook logs() {
        return logs;
    }

    void addProject(Project project) {
        projects.put(project.projectId(), project);
    }

    void addNode(ComputeNode node) {
        nodes.putIfAbsent(node.id(), node);
    }

    Collection<Project> projects() {
        return List.copyOf(projects.values());
    }

    Project project(int projectId) {
        Project project = projects.get(projectId);
        if (project == null) {
            throw new ApiException("Project " + projectId + " not found in organization " + organizationId + ".");
        }
        return project;
    }

    List<ComputeNode> nodes() {
        return List.copyOf(nodes.values());
    }

    Optional<ComputeNode> node(String nodeId) {
        return Optional.ofNullable(nodes.get(nodeId));
    }

    void addCompile(Compile compile) {
        compiles.put(compile.compileId(), compile);
    }

    Optional<Compile> compile(String compileId) {
        return Optional.ofNullable(compiles.get(compileId));
    }

    void addDeployment(Deployment deployment) {
        latestDeployment(deployment.projectId()).ifPresent(previous ->
                latestOnNode.get(previous.nodeId()).remove(previous.projectId()));
        deploymentsByProject.computeIfAbsent(deployment.projectId(), id -> new ArrayList<>()).add(deployment);
        latestOnNode.computeIfAbsent(deployment.nodeId(), id -> new LinkedHashSet<>()).add(deployment.projectId());
    }

    /** Swaps in the new value of the project's latest deployment (only the latest one can still change). */
    void replaceLatest(Deployment deployment) {
        List<Deployment> history = deploymentsByProject.get(deployment.projectId());
        Deployment latest = history.get(history.size() - 1);
        if (!latest.deployId().equals(deployment.deployId())) {
            throw new IllegalStateException("Only the latest deployment of a project can change: "
                    + deployment.deployId());
        }
        history.set(history.size() - 1, deployment);
    }

    Optional<Deployment> latestDeployment(int projectId) {
        List<Deployment> history = deploymentsByProject.getOrDefault(projectId, List.of());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    List<Deployment> deployments(int projectId) {
        return List.copyOf(deploymentsByProject.getOrDefault(projectId, List.of()));
    }

    Optional<Deployment> activeDeploymentOn(String nodeId) {
        return latestOnNode.getOrDefault(nodeId, Set.of()).stream()
                .map(this::latestDeployment)
                .flatMap(Optional::stream)
                .filter(deployment -> deployment.isActive() && deployment.nodeId().equals(nodeId))
                .findFirst();
    }
}
