package dev.liveops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MEAN_REVERSION;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.NODE_EQUITIES_A;
import static dev.liveops.sandbox.DemoOrganization.NODE_SPARE;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SandboxDeploymentTest extends SandboxTestSupport {

    @Test
    void deploymentGoesInQueueThenInitializingThenRunning() {
        String compileId = compiledId(PAIRS_TRADING);

        JsonNode created = client.ok("live/create", createRequest(PAIRS_TRADING, compileId, NODE_SPARE));

        assertThat(created.path("source").asText()).isEqualTo("api-v2");
        assertThat(created.path("deployId").asText()).matches("L-[0-9a-f]{32}");
        assertThat(created.path("projectId").asInt()).isEqualTo(PAIRS_TRADING);
        assertThat(created.path("versionId").asInt()).isEqualTo(LeanVersion.ID);
        assertThat(created.path("responseCode").isTextual()).isTrue();
        assertThat(created.path("live").path("deployId").asText()).isEqualTo(created.path("deployId").asText());
        assertThat(created.path("live").path("status").asText()).isEqualTo("InQueue");
        assertThat(created.path("live").path("brokerage").asText()).isEqualTo("PaperBrokerage");
        assertThat(created.path("live").path("launched").asText()).isEqualTo("2026-11-20 12:00:02");
        assertThat(created.path("live").path("stopped").isNull()).isTrue();

        assertThat(liveRead(PAIRS_TRADING).path("status").asText()).isEqualTo("InQueue");
        advance(DeploymentLifecycle.INITIALIZING_AFTER);
        assertThat(liveRead(PAIRS_TRADING).path("status").asText()).isEqualTo("Initializing");
        advance(DeploymentLifecycle.RUNNING_AFTER.minus(DeploymentLifecycle.INITIALIZING_AFTER));
        JsonNode running = liveRead(PAIRS_TRADING);
        assertThat(running.path("status").asText()).isEqualTo("Running");
        assertThat(running.path("deployId").asText()).isEqualTo(created.path("deployId").asText());
        assertThat(running.path("projectName").asText()).isEqualTo("Research/PairsTrading");
        assertThat(running.path("securityTypes").asText()).isEqualTo("Equity");
    }

    @Test
    void createKeepsTheDataProvidersInTheOrderSent() {
        Map<String, Object> request = new HashMap<>(createRequest(PAIRS_TRADING, compiledId(PAIRS_TRADING),
                NODE_SPARE));
        Map<String, Object> providers = new LinkedHashMap<>();
        providers.put("BinanceBrokerage", Map.of("id", "BinanceBrokerage", "binance-exchange-name", "Binance"));
        providers.put("QuantConnectBrokerage", Map.of("id", "QuantConnectBrokerage"));
        request.put("dataProviders", providers);

        client.ok("live/create", request);

        assertThat(sandbox.dataProviders(PAIRS_TRADING)).containsExactly("BinanceBrokerage", "QuantConnectBrokerage");
    }

    @Test
    void createWithoutDataProvidersUsesQuantConnectsFeed() {
        client.ok("live/create", createRequest(PAIRS_TRADING, compiledId(PAIRS_TRADING), NODE_SPARE));

        assertThat(sandbox.dataProviders(PAIRS_TRADING)).containsExactly("QuantConnectBrokerage");
    }

    @Test
    void aDataProviderMustRepeatItsIdInsideItsSettings() {
        Map<String, Object> request = new HashMap<>(createRequest(PAIRS_TRADING, compiledId(PAIRS_TRADING),
                NODE_SPARE));
        request.put("dataProviders", Map.of("BinanceBrokerage", Map.of("id", "QuantConnectBrokerage")));

        assertThat(client.apiError("live/create", request))
                .isEqualTo("Data provider 'BinanceBrokerage' has the id 'QuantConnectBrokerage'; the two must match.");
        request.put("dataProviders", List.of("BinanceBrokerage"));
        assertThat(client.apiError("live/create", request)).startsWith("Field 'dataProviders' must be an object");
    }

    @Test
    void runningDeploymentTradesItsEntryAndOccupiesItsNode() {
        String compileId = compiledId(PAIRS_TRADING);
        client.ok("live/create", createRequest(PAIRS_TRADING, compileId, NODE_SPARE));
        assertThat(portfolio(PAIRS_TRADING).path("holdings").size()).isZero();
        assertThat(spareNode().path("busy").asBoolean()).isTrue();
        assertThat(spareNode().path("projectName").asText()).isEqualTo("Research/PairsTrading");

        advance(DeploymentLifecycle.RUNNING_AFTER);

        JsonNode holdings = portfolio(PAIRS_TRADING).path("holdings");
        assertThat(holdings.path("PEP R735QTJ8XC9X").path("q").asDouble()).isEqualTo(100);
        assertThat(holdings.path("KO R735QTJ8XC9X").path("q").asDouble()).isEqualTo(-150);
        JsonNode orders = client.ok("live/orders/read", Map.of("projectId", PAIRS_TRADING, "start", 0, "end", 100));
        assertThat(orders.path("length").asInt()).isEqualTo(2);
        assertThat(orders.path("orders").path(1).path("direction").asInt()).isEqualTo(1);
    }

    @Test
    void busyNodeIsRefusedWithWhoUsesIt() {
        String compileId = compiledId(CRYPTO_BASIS);

        String error = client.apiError("live/create", createRequest(CRYPTO_BASIS, compileId, NODE_EQUITIES_A));

        assertThat(error).isEqualTo("Node " + NODE_EQUITIES_A + " is busy, used by Sandbox Trader for Live/Momentum ("
                + liveRead(MOMENTUM).path("deployId").asText() + ").");
    }

    @Test
    void aRedeployOnAnotherNodeFreesTheFirstAndTakesTheSecond() {
        client.ok("live/update/stop", Map.of("projectId", MOMENTUM));
        client.ok("live/create", createRequest(MOMENTUM, compiledId(MOMENTUM), NODE_SPARE));

        client.ok("live/create", createRequest(PAIRS_TRADING, compiledId(PAIRS_TRADING), NODE_EQUITIES_A));
        assertThat(client.apiError("live/create", createRequest(CRYPTO_BASIS, compiledId(CRYPTO_BASIS), NODE_SPARE)))
                .startsWith("Node " + NODE_SPARE + " is busy, used by Sandbox Trader for Live/Momentum (");
    }

    @Test
    void projectWithAnActiveDeploymentIsRefused() {
        String compileId = compiledId(MOMENTUM);

        String error = client.apiError("live/create", createRequest(MOMENTUM, compileId, NODE_SPARE));

        assertThat(error).startsWith("Project 23456789 (Live/Momentum) already has an active live deployment L-")
                .contains("(Running)");
    }

    @Test
    void compileMustExistBelongToTheProjectAndHaveBuilt() {
        String queued = client.ok("compile/create", Map.of("projectId", PAIRS_TRADING)).path("compileId").asText();
        assertThat(client.apiError("live/create", createRequest(PAIRS_TRADING, queued, NODE_SPARE)))
                .contains("is InQueue; a live deployment needs a compile in state BuildSuccess");

        String broken = compiledId(DemoOrganization.BROKEN_BUILD);
        assertThat(client.apiError("live/create", createRequest(DemoOrganization.BROKEN_BUILD, broken, NODE_SPARE)))
                .contains("is BuildError");
        assertThat(client.apiError("live/create", createRequest(PAIRS_TRADING, broken, NODE_SPARE)))
                .contains("belongs to project " + DemoOrganization.BROKEN_BUILD);
        assertThat(client.apiError("live/create", createRequest(PAIRS_TRADING, "0123-4567", NODE_SPARE)))
                .isEqualTo("Compile id 0123-4567 not found.");
    }

    @Test
    void requiredFieldsAreValidated() {
        String compileId = compiledId(PAIRS_TRADING);
        Map<String, Object> request = new HashMap<>(createRequest(PAIRS_TRADING, compileId, NODE_SPARE));

        for (String field : List.of("projectId", "compileId", "nodeId", "versionId", "brokerage")) {
            Map<String, Object> missing = new HashMap<>(request);
            missing.remove(field);
            assertThat(client.apiError("live/create", missing)).isEqualTo("Missing required field '" + field + "'.");
        }
        request.put("brokerage", Map.of("cash", List.of()));
        assertThat(client.apiError("live/create", request)).isEqualTo("Missing required field 'brokerage.id'.");
        request.put("brokerage", "QuantConnectBrokerage");
        assertThat(client.apiError("live/create", request)).contains("'brokerage' must be an object");
        request.put("brokerage", Map.of("id", "QuantConnectBrokerage"));
        request.put("nodeId", "LN-unknown");
        assertThat(client.apiError("live/create", request)).startsWith("Node LN-unknown not found");
        request.put("nodeId", NODE_SPARE);
        request.put("versionId", "latest");
        assertThat(client.apiError("live/create", request)).startsWith("Field 'versionId' must be");
    }

    @Test
    void startingCashAndHoldingsFromTheBrokerageAreUsed() {
        String compileId = compiledId(PAIRS_TRADING);
        Map<String, Object> request = new HashMap<>(createRequest(PAIRS_TRADING, compileId, NODE_SPARE));
        request.put("brokerage", Map.of("id", "QuantConnectBrokerage",
                "cash", List.of(Map.of("currency", "USD", "amount", 50_000)),
                "holdings", List.of(Map.of("symbolId", "BTCUSD 2XR", "symbol", "BTCUSD", "quantity", 1,
                        "averagePrice", 90_000))));

        client.ok("live/create", request);
        advance(Duration.ofMinutes(1));

        JsonNode portfolio = portfolio(PAIRS_TRADING);
        assertThat(portfolio.path("cash").path("USD").path("amount").asDouble()).isEqualTo(50_000);
        assertThat(portfolio.path("holdings").fieldNames()).toIterable().containsExactly("BTCUSD 2XR");
    }

    @Test
    void stopSetsStoppedAndFreesTheNode() {
        advance(Duration.ofMinutes(5));

        client.ok("live/update/stop", Map.of("projectId", MOMENTUM));

        JsonNode live = liveRead(MOMENTUM);
        assertThat(live.path("status").asText()).isEqualTo("Stopped");
        assertThat(live.path("stopped").asText()).isEqualTo("2026-11-20 12:05:00");
        assertThat(portfolio(MOMENTUM).path("holdings").size()).isEqualTo(3);
        assertThat(client.ok("live/list", Map.of("projectId", MOMENTUM)).path("live").path(0).path("status").asText())
                .isEqualTo("Stopped");
        assertThat(node(NODE_EQUITIES_A).path("busy").asBoolean()).isFalse();
        assertThat(client.apiError("live/update/stop", Map.of("projectId", MOMENTUM)))
                .isEqualTo("Project 23456789 (Live/Momentum) has no active live deployment to stop.");

        String compileId = compiledId(CRYPTO_BASIS);
        client.ok("live/create", createRequest(CRYPTO_BASIS, compileId, NODE_EQUITIES_A));
        assertThat(node(NODE_EQUITIES_A).path("projectName").asText()).isEqualTo("Live/CryptoBasis");
    }

    @Test
    void liquidateClosesHoldingsWithMarketOrdersThenReportsLiquidated() {
        JsonNode before = portfolio(MEAN_REVERSION);
        int ordersBefore = orders(MEAN_REVERSION).size();
        double cashBefore = before.path("cash").path("USD").path("amount").asDouble();
        double holdingsValue = 0;
        for (JsonNode holding : before.path("holdings")) {
            holdingsValue += holding.path("v").asDouble();
        }

        client.ok("live/update/liquidate", Map.of("projectId", MEAN_REVERSION));

        JsonNode after = portfolio(MEAN_REVERSION);
        assertThat(after.path("holdings").size()).isZero();
        List<JsonNode> orders = orders(MEAN_REVERSION);
        List<JsonNode> closing = orders.subList(ordersBefore, orders.size());
        assertThat(closing).hasSize(before.path("holdings").size());
        double fees = 0;
        for (JsonNode order : closing) {
            JsonNode holding = before.path("holdings").path(order.path("symbol").path("id").asText());
            assertThat(order.path("quantity").asDouble()).isEqualTo(-holding.path("q").asDouble());
            assertThat(order.path("type").asInt()).isZero();
            assertThat(order.path("status").asInt()).isEqualTo(3);
            assertThat(order.path("tag").asText()).isEqualTo("Liquidated");
            fees += order.path("events").path(1).path("orderFeeAmount").asDouble();
        }
        assertThat(after.path("cash").path("USD").path("amount").asDouble())
                .isCloseTo(cashBefore + holdingsValue - fees, within(0.05));

        JsonNode live = liveRead(MEAN_REVERSION);
        assertThat(live.path("status").asText()).isEqualTo("Liquidated");
        assertThat(live.path("stopped").asText()).isEqualTo("2026-11-20 12:00:00");
        assertThat(logs(MEAN_REVERSION, live.path("deployId").asText(), 0, 250).toString())
                .contains("Liquidation complete: 3 position(s) closed");
    }

    @Test
    void liquidateCancelsRestingOrders() {
        client.ok("live/update/liquidate", Map.of("projectId", MOMENTUM));

        List<JsonNode> limits = orders(MOMENTUM).stream().filter(order -> order.path("type").asInt() == 1).toList();
        assertThat(limits).hasSize(1);
        assertThat(limits.get(0).path("status").asInt()).isEqualTo(5);
        assertThat(limits.get(0).path("canceledTime").asText()).isEqualTo("2026-11-20T12:00:00Z");
    }

    @Test
    void logsGrowWithTheLifecycle() {
        String compileId = compiledId(PAIRS_TRADING);
        String deployId = client.ok("live/create", createRequest(PAIRS_TRADING, compileId, NODE_SPARE))
                .path("deployId").asText();

        JsonNode queued = logs(PAIRS_TRADING, deployId, 0, 250);
        assertThat(queued.path("logs").size()).isEqualTo(2);
        assertThat(queued.path("logs").path(0).asText())
                .isEqualTo("2026-11-20 12:00:02 Launching analysis for " + deployId
                        + " with LEAN Engine v2.5.0.0.17202");
        assertThat(queued.path("length").asInt()).isEqualTo(2);
        assertThat(queued.path("deploymentOffset").asInt()).isZero();

        advance(DeploymentLifecycle.INITIALIZING_AFTER);
        assertThat(logs(PAIRS_TRADING, deployId, 0, 250).path("logs").size()).isEqualTo(3);
        advance(DeploymentLifecycle.RUNNING_AFTER);
        JsonNode running = logs(PAIRS_TRADING, deployId, 0, 250);
        assertThat(running.path("logs").size()).isEqualTo(6); // + running row + two entry fills
        assertThat(running.path("logs").path(4).asText()).contains("Order Event: Id: 1 Symbol: PEP Status: Filled");

        client.ok("live/update/stop", Map.of("projectId", PAIRS_TRADING));
        JsonNode stopped = logs(PAIRS_TRADING, deployId, 0, 250);
        assertThat(stopped.path("logs").size()).isEqualTo(8);
        assertThat(logs(PAIRS_TRADING, deployId, 7, 8).path("logs").path(0).asText()).contains("Algorithm stopped");
    }

    @Test
    void logsOfLaterDeploymentsCountEarlierRowsInTheOffset() {
        JsonNode firstRun = client.ok("live/list", Map.of("projectId", CRYPTO_BASIS)).path("live").path(0);
        int earlierRows = logs(CRYPTO_BASIS, firstRun.path("deployId").asText(), 0, 250).path("logs").size();
        String compileId = compiledId(CRYPTO_BASIS);
        String deployId = client.ok("live/create", createRequest(CRYPTO_BASIS, compileId, NODE_SPARE))
                .path("deployId").asText();

        JsonNode page = logs(CRYPTO_BASIS, deployId, 0, 250);

        assertThat(page.path("deploymentOffset").asInt()).isEqualTo(earlierRows);
        assertThat(page.path("length").asInt()).isEqualTo(earlierRows + page.path("logs").size());
    }

    @Test
    void logAndOrderPageLimitsAreEnforced() {
        String deployId = liveRead(MOMENTUM).path("deployId").asText();
        Map<String, Object> tooManyLogs = Map.of("format", "json", "projectId", MOMENTUM, "algorithmId", deployId,
                "startLine", 0, "endLine", 251);

        assertThat(client.apiError("live/logs/read", tooManyLogs))
                .isEqualTo("'endLine' - 'startLine' must be at most 250, got 251.");
        assertThat(client.apiError("live/orders/read", Map.of("projectId", MOMENTUM, "start", 0, "end", 1001)))
                .isEqualTo("'end' - 'start' must be at most 1000, got 1001.");
        assertThat(client.apiError("live/orders/read", Map.of("projectId", MOMENTUM, "start", 5, "end", 2)))
                .contains("must not be less than");
        assertThat(client.apiError("live/logs/read", Map.of("format", "json", "projectId", MOMENTUM,
                "algorithmId", "L-nope", "startLine", 0, "endLine", 10)))
                .startsWith("Live deployment L-nope not found");
        assertThat(logs(MOMENTUM, deployId, 2, 4).path("logs").size()).isEqualTo(2);
    }

    @Test
    void neverDeployedProjectHasNoLiveDeployment() {
        assertThat(client.apiError("live/read", Map.of("projectId", PAIRS_TRADING)))
                .isEqualTo("No live deployment found for project 23489377 (Research/PairsTrading).");
        assertThat(client.apiError("live/portfolio/read", Map.of("projectId", PAIRS_TRADING)))
                .startsWith("No live deployment found");
        assertThat(client.apiError("live/update/liquidate", Map.of("projectId", PAIRS_TRADING)))
                .contains("has no active live deployment to liquidate");
        assertThat(client.ok("live/list", Map.of("projectId", PAIRS_TRADING)).path("live").size()).isZero();
    }

    private JsonNode spareNode() {
        return node(NODE_SPARE);
    }

    private JsonNode node(String nodeId) {
        JsonNode nodes = client.ok("projects/nodes/read", Map.of("projectId", PAIRS_TRADING)).path("nodes");
        for (JsonNode node : nodes.path("live")) {
            if (node.path("id").asText().equals(nodeId)) {
                return node;
            }
        }
        throw new AssertionError("No live node " + nodeId + " in " + nodes);
    }

    private List<JsonNode> orders(int projectId) {
        List<JsonNode> orders = new ArrayList<>();
        client.ok("live/orders/read", Map.of("projectId", projectId, "start", 0, "end", 1000)).path("orders")
                .forEach(orders::add);
        return orders;
    }

    private JsonNode logs(int projectId, String deployId, int startLine, int endLine) {
        return client.ok("live/logs/read", Map.of("format", "json", "projectId", projectId, "algorithmId", deployId,
                "startLine", startLine, "endLine", endLine));
    }
}
