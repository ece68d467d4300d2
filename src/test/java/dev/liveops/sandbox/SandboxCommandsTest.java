package dev.liveops.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** live/commands/create, live/commands/broadcast and live/insights/read, spoken as raw JSON. */
class SandboxCommandsTest extends SandboxTestSupport {

    @Test
    void liquidateCommandFlattensTheHoldingsAndTheAlgorithmKeepsRunning() {
        assertThat(portfolio(DemoOrganization.MOMENTUM).path("holdings").size()).isPositive();

        client.ok("live/commands/create", Map.of("projectId", DemoOrganization.MOMENTUM,
                "command", Map.of("$type", "LiquidateCommand")));

        assertThat(portfolio(DemoOrganization.MOMENTUM).path("holdings").size()).isZero();
        assertThat(liveRead(DemoOrganization.MOMENTUM).path("status").asText()).isEqualTo("Running");
        assertThat(sandbox.commands()).singleElement().satisfies(command -> {
            assertThat(command.delivered()).isTrue();
            assertThat(command.status()).isEqualTo("Running");
        });
    }

    @Test
    void liquidateCommandForOneSymbolClosesOnlyThatHolding() {
        client.ok("live/commands/create", Map.of("projectId", DemoOrganization.MOMENTUM,
                "command", Map.of("$type", "LiquidateCommand", "symbol", "SPY")));

        List<String> held = new ArrayList<>();
        portfolio(DemoOrganization.MOMENTUM).path("holdings").fieldNames().forEachRemaining(held::add);
        assertThat(held).isNotEmpty().noneMatch(symbol -> symbol.startsWith("SPY "));
    }

    @Test
    void aPlainPayloadShowsInTheDeploymentsLogs() {
        client.ok("live/commands/create", Map.of("projectId", DemoOrganization.MOMENTUM,
                "command", Map.of("mode", "defensive")));

        assertThat(lastLogLine(DemoOrganization.MOMENTUM)).endsWith("on_command received: {\"mode\":\"defensive\"}");
    }

    @Test
    void aCommandForADeploymentThatIsNotRunningIsAcceptedButNeverDelivered() {
        JsonNode before = portfolio(DemoOrganization.CRYPTO_BASIS);

        client.ok("live/commands/create", Map.of("projectId", DemoOrganization.CRYPTO_BASIS,
                "command", Map.of("$type", "LiquidateCommand")));

        assertThat(portfolio(DemoOrganization.CRYPTO_BASIS)).isEqualTo(before);
        assertThat(sandbox.commands()).singleElement().satisfies(command -> {
            assertThat(command.delivered()).isFalse();
            assertThat(command.status()).isEqualTo("Stopped");
        });
    }

    @Test
    void aBroadcastReachesEveryRunningDeploymentButTheExcludedOne() {
        client.ok("live/commands/broadcast", Map.of("organizationId", sandbox.organizationId(),
                "excludeProjectId", DemoOrganization.MEAN_REVERSION, "command", Map.of("mode", "defensive")));

        assertThat(sandbox.commands()).extracting(SandboxCommand::projectId)
                .containsExactly(DemoOrganization.MOMENTUM);
        assertThat(client.apiError("live/commands/broadcast", Map.of("organizationId", "someone-else",
                "command", Map.of("mode", "x")))).isEqualTo("Organization someone-else not found.");
    }

    @Test
    void insightsComeInQuantConnectsFormatWithTheirTotal() {
        JsonNode first = client.ok("live/insights/read", Map.of("projectId", DemoOrganization.MOMENTUM,
                "start", 0, "end", 99));
        int length = first.path("length").asInt();
        JsonNode last = client.ok("live/insights/read", Map.of("projectId", DemoOrganization.MOMENTUM,
                "start", length - 1, "end", length)).path("insights").get(0);

        assertThat(length).isGreaterThan(99);
        assertThat(first.path("insights").size()).isEqualTo(99);
        assertThat(last.path("generatedTime").asLong()).isLessThanOrEqualTo(Instant.parse(START).getEpochSecond());
        assertThat(last.path("type").asText()).isEqualTo("price");
        assertThat(last.path("direction").asText()).isIn("up", "down", "flat");
        assertThat(last.path("sourceModel").asText()).isEqualTo("MomentumAlphaModel");
        assertThat(last.path("id").asText()).matches("[0-9a-f]{32}");

        advance(Duration.ofHours(1));
        assertThat(client.ok("live/insights/read", Map.of("projectId", DemoOrganization.MOMENTUM, "end", 1))
                .path("length").asInt()).isEqualTo(length + 2);
        assertThat(client.apiError("live/insights/read", Map.of("projectId", DemoOrganization.MOMENTUM,
                "start", 0, "end", 100))).contains("end - start < 100");
    }

    private String lastLogLine(int projectId) {
        String deployId = liveRead(projectId).path("deployId").asText();
        JsonNode probe = client.ok("live/logs/read", Map.of("format", "json", "projectId", projectId,
                "algorithmId", deployId, "startLine", 0, "endLine", 1));
        int total = probe.path("length").asInt() - probe.path("deploymentOffset").asInt();
        JsonNode logs = client.ok("live/logs/read", Map.of("format", "json", "projectId", projectId,
                "algorithmId", deployId, "startLine", total - 1, "endLine", total)).path("logs");
        return logs.get(logs.size() - 1).asText();
    }
}
