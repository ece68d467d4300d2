package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.Optional;

/** Project, LEAN version and node objects in the wire shape of projects/read and projects/nodes/read. */
final class ProjectJson {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Instant LEAN_VERSION_CREATED = Instant.parse("2026-10-29T14:05:11Z");

    private ProjectJson() {
    }

    static ObjectNode project(Organization organization, Project project, Optional<LiveSnapshot> live) {
        SandboxUser user = organization.user();
        ObjectNode json = JSON.objectNode();
        json.put("projectId", project.projectId());
        json.put("organizationId", organization.organizationId());
        json.put("name", project.name());
        json.put("modified", WireFormat.dateTime(project.modified()));
        json.put("created", WireFormat.dateTime(project.created()));
        json.put("ownerId", user.ownerId());
        json.put("language", project.language());
        ObjectNode owner = json.putArray("collaborators").addObject();
        owner.put("uid", user.ownerId());
        owner.put("liveControl", true);
        owner.put("permission", "write");
        owner.put("publicId", user.profileUrl().substring(user.profileUrl().lastIndexOf('/') + 1));
        owner.put("name", user.displayName());
        owner.put("owner", true);
        json.put("leanVersionId", LeanVersion.ID);
        json.put("leanPinnedToMaster", true);
        json.put("owner", true);
        json.put("description", project.description());
        json.put("channelId", IdGenerator.hex32("channel/" + project.projectId()));
        json.putArray("parameters");
        json.putArray("libraries");
        json.put("encrypted", false);
        json.put("leanEnvironment", 1);
        live.ifPresentOrElse(snapshot -> {
            Deployment deployment = snapshot.deployment();
            json.put("codeRunning", deployment.isActive());
            json.put("lastLiveDeployment", WireFormat.dateTime(deployment.launched()));
            if (Brokerage.PAPER_ID.equals(deployment.brokerage().id())) {
                json.put("paperEquity", WireFormat.round2(snapshot.valuation().equity()));
            } else {
                json.putNull("paperEquity");
            }
            ObjectNode form = json.putObject("liveForm");
            form.put("node", deployment.nodeId());
            form.put("autoRestart", "false");
            form.put("notifyOrderEvents", "false");
            form.put("notifyInsights", "false");
        }, () -> {
            json.put("codeRunning", false);
            json.putNull("lastLiveDeployment");
            json.putNull("paperEquity");
        });
        return json;
    }

    static ArrayNode versions() {
        ArrayNode versions = JSON.arrayNode();
        ObjectNode version = versions.addObject();
        version.put("id", LeanVersion.ID);
        version.put("created", WireFormat.dateTime(LEAN_VERSION_CREATED));
        version.put("description", "LEAN " + LeanVersion.NAME);
        version.put("leanHash", IdGenerator.hex32("lean/" + LeanVersion.ID).substring(0, 12));
        version.put("leanCloudHash", IdGenerator.hex32("lean-cloud/" + LeanVersion.ID).substring(0, 12));
        version.put("name", "master");
        version.put("ref", "refs/heads/master");
        version.put("public", true);
        return versions;
    }

    /** A node; {@code user} is the deployment occupying it, if any, which is what makes it busy. */
    static ObjectNode node(Organization organization, ComputeNode node, Optional<Deployment> user) {
        ObjectNode json = JSON.objectNode();
        json.put("id", node.id());
        json.put("name", node.name());
        json.put("sku", node.sku());
        json.put("description", node.description());
        json.put("busy", user.isPresent());
        if (user.isPresent()) {
            Project project = organization.project(user.get().projectId());
            json.put("usedBy", organization.user().displayName());
            json.put("userProfile", organization.user().profileUrl());
            json.put("projectName", project.name());
            json.put("projectId", project.projectId());
        } else {
            json.put("usedBy", "");
            json.put("userProfile", "");
            json.put("projectName", "");
            json.putNull("projectId");
        }
        json.put("speed", node.speed());
        json.put("cpu", node.cpu());
        json.put("ram", node.ram());
        json.put("assets", node.assets());
        json.put("host", node.host());
        json.put("active", false);
        json.put("hasGpu", 0);
        ObjectNode price = json.putObject("price");
        price.put("monthly", node.monthlyPrice());
        price.put("yearly", node.yearlyPrice());
        return json;
    }
}
