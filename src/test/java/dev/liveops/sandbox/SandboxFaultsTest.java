package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.NODE_EQUITIES_A;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultsTest extends SandboxTestSupport {
    private static final String ERROR = "Object reference not set to an instance of an object.";

    @Test
    void runtimeErrorShowsInListReadAndLogs() {
        advance(Duration.ofSeconds(30));

        sandbox.faults().runtimeError(MOMENTUM, ERROR);

        JsonNode summary = client.ok("live/list", Map.of("status", "RuntimeError")).path("live");
        assertThat(summary.size()).isEqualTo(1);
        assertThat(summary.path(0).path("projectId").asInt()).isEqualTo(MOMENTUM);
        assertThat(summary.path(0).path("error").asText()).isEqualTo(ERROR);
        assertThat(summary.path(0).path("stopped").asText()).isEqualTo("2026-11-20 12:00:30");

        JsonNode live = liveRead(MOMENTUM);
        assertThat(live.path("status").asText()).isEqualTo("RuntimeError");
        assertThat(live.path("message").asText()).isEqualTo(ERROR);

        JsonNode logs = client.ok("live/logs/read", Map.of("format", "json", "projectId", MOMENTUM,
                "algorithmId", live.path("deployId").asText(), "startLine", 0, "endLine", 250)).path("logs");
        assertThat(logs.get(logs.size() - 2).asText()).endsWith("Runtime Error: " + ERROR);
        assertThat(logs.get(logs.size() - 1).asText()).contains("at on_data in main.py: line 87");

        assertThat(client.ok("projects/nodes/read", Map.of("projectId", MOMENTUM)).path("nodes").path("live")
                .findValuesAsText("id")).contains(NODE_EQUITIES_A);
        assertThat(client.ok("live/list", Map.of("status", "Running")).path("live").size()).isEqualTo(1);
    }

    @Test
    void runtimeErrorNeedsAnActiveDeployment() {
        assertThatThrownBy(() -> sandbox.faults().runtimeError(PAIRS_TRADING, ERROR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no active live deployment");
    }

    @Test
    void httpErrorsForTheNextCallsThenNormalService() {
        sandbox.faults().failNextCalls(2, 503);

        SignedQcClient.Reply first = client.post("live/read", Map.of("projectId", MOMENTUM));
        SignedQcClient.Reply second = client.post("authenticate", Map.of());
        SignedQcClient.Reply third = client.post("live/read", Map.of("projectId", MOMENTUM));

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.success()).isFalse();
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.success()).isTrue();
    }

    @Test
    void httpErrorsCanTargetOneEndpoint() {
        sandbox.faults().failNextCalls(1, 500, "/live/read");

        assertThat(client.post("authenticate", Map.of()).status()).isEqualTo(200);
        assertThat(client.post("live/read", Map.of("projectId", MOMENTUM)).status()).isEqualTo(500);
        assertThat(client.post("live/read", Map.of("projectId", MOMENTUM)).status()).isEqualTo(200);
    }

    @Test
    void httpErrorsCanHaveAnEmptyBody() {
        sandbox.faults().failNextCallsWithEmptyBody(1, 500);

        SignedQcClient.Reply reply = client.post("live/list", Map.of());

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.rawBody()).isEmpty();
    }

    @Test
    void slowResponsesAreDelayedInRealTime() {
        sandbox.faults().delayResponses(Duration.ofMillis(200));

        long started = System.nanoTime();
        SignedQcClient.Reply reply = client.post("live/list", Map.of());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void clearRemovesDelayAndPendingErrors() {
        sandbox.faults().delayResponses(Duration.ofSeconds(30));
        sandbox.faults().failNextCalls(5, 502);

        sandbox.faults().clear();

        assertThat(client.post("authenticate", Map.of()).status()).isEqualTo(200);
        assertThat(sandbox.faults().responseDelay()).isZero();
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> sandbox.faults().failNextCalls(0, 503)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.faults().failNextCalls(1, 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sandbox.faults().delayResponses(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
