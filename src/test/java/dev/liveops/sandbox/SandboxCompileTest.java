package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCompileTest extends SandboxTestSupport {

    @Test
    void compileIsQueuedThenSucceedsWhenTheClockAdvances() {
        JsonNode created = client.ok("compile/create", Map.of("projectId", DemoOrganization.PAIRS_TRADING));
        String compileId = created.path("compileId").asText();

        assertThat(compileId).matches("[0-9a-f]{32}-[0-9a-f]{32}");
        assertThat(created.path("state").asText()).isEqualTo("InQueue");
        assertThat(created.path("projectId").asInt()).isEqualTo(DemoOrganization.PAIRS_TRADING);
        assertThat(compileId).endsWith("-" + created.path("signature").asText());
        assertThat(created.path("parameters").isArray()).isTrue();
        assertThat(created.path("signatureOrder").isArray()).isTrue();

        Map<String, Object> read = Map.of("projectId", DemoOrganization.PAIRS_TRADING, "compileId", compileId);
        advance(Duration.ofMillis(1999));
        JsonNode queued = client.ok("compile/read", read);
        assertThat(queued.path("state").asText()).isEqualTo("InQueue");
        assertThat(queued.path("logs").size()).isZero();

        advance(Duration.ofMillis(1));
        JsonNode built = client.ok("compile/read", read);
        assertThat(built.path("state").asText()).isEqualTo("BuildSuccess");
        assertThat(built.path("compileId").asText()).isEqualTo(compileId);
        assertThat(built.path("logs").path(0).asText()).startsWith("Build Request Successful for Project ID: 23489377");
    }

    @Test
    void brokenProjectEndsInBuildErrorWithCompilerOutput() {
        String compileId = compiledId(DemoOrganization.BROKEN_BUILD);

        JsonNode result = client.ok("compile/read",
                Map.of("projectId", DemoOrganization.BROKEN_BUILD, "compileId", compileId));

        assertThat(result.path("state").asText()).isEqualTo("BuildError");
        assertThat(result.path("logs").toString())
                .contains("Build Error: File: Main.cs Line:48 Column:17 - CS0103")
                .contains("3 error(s)");
    }

    @Test
    void eachCompileGetsItsOwnIdWithTheProjectSignature() {
        JsonNode first = client.ok("compile/create", Map.of("projectId", DemoOrganization.MOMENTUM));
        JsonNode second = client.ok("compile/create", Map.of("projectId", DemoOrganization.MOMENTUM));

        assertThat(first.path("compileId").asText()).isNotEqualTo(second.path("compileId").asText());
        assertThat(first.path("signature").asText()).isEqualTo(second.path("signature").asText());
    }

    @Test
    void unknownOrForeignCompileIdsAreApiErrors() {
        String compileId = client.ok("compile/create", Map.of("projectId", DemoOrganization.MOMENTUM))
                .path("compileId").asText();

        assertThat(client.apiError("compile/read",
                Map.of("projectId", DemoOrganization.MEAN_REVERSION, "compileId", compileId)))
                .isEqualTo("Compile id " + compileId + " belongs to project 23456789, not to project 23461204.");
        assertThat(client.apiError("compile/read",
                Map.of("projectId", DemoOrganization.MOMENTUM, "compileId", "nope")))
                .isEqualTo("Compile id nope not found.");
        assertThat(client.apiError("compile/read", Map.of("projectId", DemoOrganization.MOMENTUM)))
                .isEqualTo("Missing required field 'compileId'.");
    }
}
