package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * live/commands/create and live/commands/broadcast. Both answer success for any well-formed command: QuantConnect
 * accepts a command for delivery, and only a Running deployment ever receives it (one still starting, or stopped,
 * never does). Every accepted command is kept in the {@link CommandInbox}.
 */
final class CommandEndpoints {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final OrganizationStore store;
    private final DeploymentLifecycle lifecycle;
    private final AlgorithmCommandRunner runner;
    private final CommandInbox inbox;

    CommandEndpoints(OrganizationStore store, DeploymentLifecycle lifecycle, AlgorithmCommandRunner runner,
                     CommandInbox inbox) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.runner = runner;
        this.inbox = inbox;
    }

    void registerOn(ApiRoutes routes) {
        routes.add("live/commands/create", this::create)
                .add("live/commands/broadcast", this::broadcast);
    }

    private ObjectNode create(ApiRequest request) {
        int projectId = request.requireInt("projectId");
        ObjectNode command = request.requireObjectNode("command");
        store.transact((organization, now) -> {
            organization.project(projectId);
            Optional<Deployment> latest = organization.latestDeployment(projectId);
            String status = latest.map(d -> lifecycle.statusAt(d, now).wireName()).orElse("Undefined");
            boolean running = AlgorithmStatus.RUNNING.wireName().equals(status);
            inbox.add(new SandboxCommand(projectId, latest.map(Deployment::deployId).orElse(null), status,
                    command.toString(), running, false, now));
            if (running) {
                runner.run(organization, now, latest.get(), command);
            }
            return null;
        });
        return JSON.objectNode();
    }

    private ObjectNode broadcast(ApiRequest request) {
        String organizationId = request.requireText("organizationId");
        OptionalInt excluded = request.optionalInt("excludeProjectId");
        ObjectNode command = request.requireObjectNode("command");
        store.transact((organization, now) -> {
            if (!organization.organizationId().equals(organizationId)) {
                throw new ApiException("Organization " + organizationId + " not found.");
            }
            for (Project project : organization.projects()) {
                if (excluded.isPresent() && excluded.getAsInt() == project.projectId()) {
                    continue;
                }
                organization.latestDeployment(project.projectId())
                        .filter(d -> lifecycle.statusAt(d, now) == AlgorithmStatus.RUNNING)
                        .ifPresent(running -> deliver(organization, now, running, command));
            }
            return null;
        });
        return JSON.objectNode();
    }

    private void deliver(Organization organization, Instant now, Deployment running, ObjectNode command) {
        inbox.add(new SandboxCommand(running.projectId(), running.deployId(), AlgorithmStatus.RUNNING.wireName(),
                command.toString(), true, true, now));
        runner.run(organization, now, running, command.deepCopy());
    }
}
