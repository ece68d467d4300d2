package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.util.Map;

/** A started sandbox on an ephemeral port, driven by a manual clock, and a signed client for it. */
abstract class SandboxTestSupport {
    static final String START = "2026-11-20T12:00:00Z";

    ManualClock clock;
    QuantConnectSandbox sandbox;
    SignedQcClient client;

    @BeforeEach
    void startSandbox() {
        clock = ManualClock.at(START);
        sandbox = QuantConnectSandbox.builder().clock(clock).port(0).build().start();
        client = SignedQcClient.of(sandbox, clock);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }

    JsonNode liveRead(int projectId) {
        return client.ok("live/read", Map.of("projectId", projectId));
    }

    JsonNode portfolio(int projectId) {
        return client.ok("live/portfolio/read", Map.of("projectId", projectId)).path("portfolio");
    }

    /** Compiles the project and waits (on the manual clock) until the build is done. */
    String compiledId(int projectId) {
        String compileId = client.ok("compile/create", Map.of("projectId", projectId)).path("compileId").asText();
        advance(Compile.BUILD_TIME);
        return compileId;
    }

    Map<String, Object> createRequest(int projectId, String compileId, String nodeId) {
        return Map.of("projectId", projectId, "compileId", compileId, "nodeId", nodeId, "versionId", "-1",
                "brokerage", Map.of("id", "QuantConnectBrokerage"));
    }
}
