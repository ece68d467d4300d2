package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.NODE_EQUITIES_A;
import static dev.liveops.sandbox.DemoOrganization.NODE_EQUITIES_B;
import static org.assertj.core.api.Assertions.assertThat;

class SandboxSeedTest extends SandboxTestSupport {

    @Test
    void twoDeploymentsAreRunning() {
        JsonNode running = client.ok("live/list", Map.of("status", "Running")).path("live");

        assertThat(running.findValuesAsText("projectId")).containsExactly(
                String.valueOf(MOMENTUM), String.valueOf(MEAN_REVERSION));
        for (JsonNode live : running) {
            assertThat(live.path("status").asText()).isEqualTo("Running");
            assertThat(live.path("stopped").isNull()).isTrue();
            assertThat(live.path("equity").isNumber()).isTrue();
            assertThat(live.path("equity").asDouble()).isPositive();
            assertThat(live.path("deployId").asText()).matches("L-[0-9a-f]{32}");
            assertThat(live.path("leagues").isArray()).isTrue();
        }
        assertThat(running.path(0).path("brokerage").asText()).isEqualTo("InteractiveBrokersBrokerage");
        assertThat(running.path(0).path("launched").asText()).isEqualTo("2026-11-17 08:00:00");
        assertThat(running.path(1).path("brokerage").asText()).isEqualTo("PaperBrokerage");
        assertThat(running.path(1).path("environment").asText()).isEqualTo("Paper");
    }

    @Test
    void listShowsTheLatestDeploymentOfEveryDeployedProject() {
        JsonNode all = client.ok("live/list", Map.of()).path("live");

        assertThat(all.findValuesAsText("status")).containsExactly("Running", "Running", "Stopped");
        JsonNode crypto = all.path(2);
        assertThat(crypto.path("projectId").asInt()).isEqualTo(CRYPTO_BASIS);
        assertThat(crypto.path("stopped").asText()).isEqualTo("2026-11-18 12:00:00");
        assertThat(client.ok("live/list", Map.of("status", "Stopped")).path("live").size()).isEqualTo(1);
        assertThat(client.apiError("live/list", Map.of("status", "Sleeping")))
                .startsWith("Unknown live status 'Sleeping'");
    }

    @Test
    void listFiltersOnlyByTheFourStatusesItsRequestDocuments() {
        for (String status : List.of("Running", "Stopped", "RuntimeError", "Liquidated")) {
            assertThat(client.post("live/list", Map.of("status", status)).success())
                    .as(status).isTrue();
        }
        assertThat(client.apiError("live/list", Map.of("status", "Initializing"))).isEqualTo("Unknown live status "
                + "'Initializing' for live/list; use Running, Stopped, RuntimeError or Liquidated, or leave status out "
                + "for every deployment.");
    }

    @Test
    void projectsAreReadInTheSandboxOrganizationOnly() {
        assertThat(client.ok("projects/read", Map.of("organizationId", sandbox.organizationId())).path("projects")
                .size()).isEqualTo(5);
        assertThat(client.apiError("projects/read", Map.of("organizationId", "0123456789abcdef")))
                .isEqualTo("You are not a member of organization 0123456789abcdef.");
    }

    @Test
    void runningDeploymentsOccupyTheirNodes() {
        JsonNode response = client.ok("projects/nodes/read", Map.of("projectId", MOMENTUM));
        JsonNode live = response.path("nodes").path("live");
        List<String> busy = new ArrayList<>();
        live.forEach(node -> {
            if (node.path("busy").asBoolean()) {
                busy.add(node.path("id").asText());
                assertThat(node.path("usedBy").asText()).isEqualTo("Sandbox Trader");
            }
        });

        assertThat(live.size()).isEqualTo(4);
        assertThat(busy).containsExactly(NODE_EQUITIES_A, NODE_EQUITIES_B);
        assertThat(live.path(0).path("projectName").asText()).isEqualTo("Live/Momentum");
        assertThat(live.path(0).path("projectId").asInt()).isEqualTo(MOMENTUM);
        assertThat(live.path(0).path("id").asText()).matches("LN-[0-9a-f]{32}");
        assertThat(live.path(0).path("price").path("monthly").isInt()).isTrue();
        assertThat(response.path("nodes").path("backtest").size()).isEqualTo(1);
        assertThat(response.path("nodes").path("research").size()).isEqualTo(1);
        assertThat(response.path("autoSelectNode").isBoolean()).isTrue();
    }

    @Test
    void runningDeploymentsHaveLogsOrdersAndPortfolios() {
        JsonNode live = liveRead(MEAN_REVERSION);
        JsonNode logs = client.ok("live/logs/read", Map.of("format", "json", "projectId", MEAN_REVERSION,
                "algorithmId", live.path("deployId").asText(), "startLine", 0, "endLine", 250));

        assertThat(live.path("projectName").asText()).isEqualTo("Live/MeanReversion");
        assertThat(live.path("datacenter").asText()).isEqualTo("NY7");
        assertThat(live.path("charts").isObject()).isTrue();
        assertThat(live.path("files").isArray()).isTrue();
        assertThat(logs.path("logs").toString()).contains("Launching analysis", "Take profit");
        assertThat(portfolio(MEAN_REVERSION).path("holdings").size()).isEqualTo(3);
    }

    @Test
    void sameClockGivesTheSameAnswers() {
        try (QuantConnectSandbox twin = QuantConnectSandbox.builder().clock(ManualClock.at(START)).build().start()) {
            SignedQcClient twinClient = SignedQcClient.of(twin, clock);
            for (String endpoint : List.of("live/list", "projects/read")) {
                assertThat(twinClient.ok(endpoint, Map.of())).isEqualTo(client.ok(endpoint, Map.of()));
            }
            Map<String, Object> orders = Map.of("projectId", MOMENTUM, "start", 0, "end", 100);
            assertThat(twinClient.ok("live/orders/read", orders)).isEqualTo(client.ok("live/orders/read", orders));
            Map<String, Object> portfolio = Map.of("projectId", MOMENTUM);
            assertThat(twinClient.ok("live/portfolio/read", portfolio))
                    .isEqualTo(client.ok("live/portfolio/read", portfolio));
            assertThat(twinClient.ok("compile/create", portfolio)).isEqualTo(client.ok("compile/create", portfolio));
        }
    }

    @Test
    void connectionSummaryNamesWhatAClientNeeds() {
        assertThat(sandbox.userId()).isEqualTo(QuantConnectSandbox.DEFAULT_USER_ID).isEqualTo("100000");
        assertThat(sandbox.apiToken()).isEqualTo(QuantConnectSandbox.DEFAULT_API_TOKEN);
        assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/api/v2");
        assertThat(sandbox.connectionSummary())
                .contains(sandbox.baseUrl(), "100000", "sandbox-token-not-a-secret", "Live/Momentum");
    }
}
