package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxRequestHandlingTest extends SandboxTestSupport {

    @Test
    void malformedJsonIsAnApiErrorNotA500() {
        SignedQcClient.Reply reply = client.postRaw("live/read", "{\"projectId\": 23456789,");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.success()).isFalse();
        assertThat(reply.firstError()).startsWith("Malformed JSON in request body");
        assertThat(reply.contentType()).startsWith("application/json");
    }

    @Test
    void nonObjectBodyIsRejected() {
        SignedQcClient.Reply reply = client.postRaw("live/read", "[23456789]");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.firstError()).isEqualTo("The request body must be a JSON object.");
    }

    @Test
    void missingProjectIdIsNamed() {
        assertThat(client.apiError("live/read", Map.of())).isEqualTo("Missing required field 'projectId'.");
        assertThat(client.apiError("live/portfolio/read", Map.of())).contains("'projectId'");
        assertThat(client.apiError("compile/create", Map.of())).contains("'projectId'");
        assertThat(client.apiError("projects/nodes/read", Map.of())).contains("'projectId'");
    }

    @Test
    void wrongTypesAreRejectedWithTheFieldName() {
        assertThat(client.apiError("live/read", Map.of("projectId", "abc")))
                .isEqualTo("Field 'projectId' must be an integer, got \"abc\".");
        assertThat(client.apiError("live/read", Map.of("projectId", 1.5))).contains("must be an integer");
        assertThat(client.apiError("live/read", Map.of("projectId", List.of(1)))).contains("must be an integer");
        assertThat(client.apiError("compile/read", Map.of("projectId", DemoOrganization.MOMENTUM, "compileId", 7)))
                .isEqualTo("Field 'compileId' must be a string, got 7.");
    }

    @Test
    void numericStringsAreAcceptedLikeQueryParameters() {
        JsonNode live = client.ok("live/read", Map.of("projectId", String.valueOf(DemoOrganization.MOMENTUM)));

        assertThat(live.path("projectName").asText()).isEqualTo("Live/Momentum");
    }

    @Test
    void unknownProjectIsAnApiError() {
        assertThat(client.apiError("live/read", Map.of("projectId", 99999999)))
                .startsWith("Project 99999999 not found");
        assertThat(client.apiError("projects/read", Map.of("projectId", 99999999)))
                .startsWith("Project 99999999 not found");
        assertThat(client.apiError("live/update/stop", Map.of("projectId", 99999999)))
                .startsWith("Project 99999999 not found");
    }

    @Test
    void unknownEndpointIs404WithTheEnvelope() {
        SignedQcClient.Reply unknown = client.post("live/explode", Map.of());
        SignedQcClient.Reply outsideApi = client.method("POST", "/");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.success()).isFalse();
        assertThat(unknown.firstError()).isEqualTo("Unknown API endpoint: /api/v2/live/explode");
        assertThat(outsideApi.status()).isEqualTo(404);
        assertThat(outsideApi.success()).isFalse();
    }

    @Test
    void otherMethodsAreRefused() {
        SignedQcClient.Reply reply = client.method("PUT", "/api/v2/live/read");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.success()).isFalse();
    }

    @Test
    void getWithQueryParametersWorksForReads() {
        SignedQcClient.Reply live = client.get("live/read", Map.of("projectId", "23456789"));
        SignedQcClient.Reply projects = client.get("projects/read", Map.of());

        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body().path("status").asText()).isEqualTo("Running");
        assertThat(projects.body().path("projects").size()).isEqualTo(5);
    }

    @Test
    void successResponsesCarryTheEnvelope() {
        SignedQcClient.Reply reply = client.post("live/list", Map.of());

        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.body().path("success").asBoolean()).isTrue();
        assertThat(reply.body().path("errors").isArray()).isTrue();
        assertThat(reply.body().path("errors").size()).isZero();
    }

    @Test
    void projectsReadReturnsPathNamedProjects() {
        JsonNode all = client.ok("projects/read", Map.of());
        List<String> names = new ArrayList<>();
        all.path("projects").forEach(project -> names.add(project.path("name").asText()));

        assertThat(names).containsExactly("Live/Momentum", "Live/MeanReversion", "Live/CryptoBasis",
                "Research/PairsTrading", "Live/BrokenBuild");
        JsonNode momentum = all.path("projects").path(0);
        assertThat(momentum.path("projectId").asInt()).isEqualTo(DemoOrganization.MOMENTUM);
        assertThat(momentum.path("organizationId").asText()).isEqualTo(sandbox.organizationId()).hasSize(32);
        assertThat(momentum.path("language").asText()).isEqualTo("Py");
        assertThat(momentum.path("created").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(momentum.path("ownerId").asInt()).isEqualTo(100000);
        assertThat(momentum.path("codeRunning").asBoolean()).isTrue();
        assertThat(all.path("versions").path(0).path("id").asInt()).isEqualTo(LeanVersion.ID);

        JsonNode one = client.ok("projects/read", Map.of("projectId", DemoOrganization.BROKEN_BUILD));
        assertThat(one.path("projects").size()).isEqualTo(1);
        assertThat(one.path("projects").path(0).path("language").asText()).isEqualTo("C#");

        JsonNode page = client.ok("projects/read", Map.of("start", 1, "end", 3));
        assertThat(page.path("projects").path(0).path("name").asText()).isEqualTo("Live/MeanReversion");
        assertThat(page.path("projects").size()).isEqualTo(2);
    }
}
