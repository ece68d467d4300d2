package dev.liveops.sandbox;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.testing.ManualClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sandbox built with tradeEvery: running deployments place orders that fill in two parts as the clock moves. */
class SandboxOrdersOverTimeTest {
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final String SPY = "SPY R735QTJ8XC9X";
    private static final int SEEDED_MOMENTUM_ORDERS = 6;

    private final ManualClock clock = ManualClock.at(SandboxTestSupport.START);
    private QuantConnectSandbox sandbox;
    private SignedQcClient client;

    private void start(QuantConnectSandbox.Builder builder) {
        sandbox = builder.clock(clock).port(0).build().start();
        client = SignedQcClient.of(sandbox, clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anOrderIsPlacedAtItsSlotHalfFilledAQuarterIntervalLaterAndFilledAtHalfAnInterval() {
        start(QuantConnectSandbox.builder().tradeEvery(EVERY));
        double spyBefore = holding(MOMENTUM, SPY);
        assertThat(orders(MOMENTUM).size()).isEqualTo(SEEDED_MOMENTUM_ORDERS);

        clock.advance(EVERY);
        JsonNode placed = orders(MOMENTUM).get(SEEDED_MOMENTUM_ORDERS);
        assertThat(placed.path("id").asInt()).isEqualTo(SEEDED_MOMENTUM_ORDERS + 1);
        assertThat(placed.path("status").asInt()).isEqualTo(1);
        assertThat(placed.path("symbol").path("value").asText()).isEqualTo("SPY");
        assertThat(placed.path("quantity").asDouble()).isEqualTo(12);
        assertThat(holding(MOMENTUM, SPY)).isEqualTo(spyBefore);

        clock.advance(EVERY.dividedBy(4));
        JsonNode partial = orders(MOMENTUM).get(SEEDED_MOMENTUM_ORDERS);
        assertThat(partial.path("status").asInt()).isEqualTo(2);
        assertThat(partial.path("events").path(1).path("status").asText()).isEqualTo("partiallyFilled");
        assertThat(partial.path("events").path(1).path("fillQuantity").asDouble()).isEqualTo(6);
        assertThat(holding(MOMENTUM, SPY)).isEqualTo(spyBefore + 6);

        clock.advance(EVERY.dividedBy(4));
        JsonNode filled = orders(MOMENTUM).get(SEEDED_MOMENTUM_ORDERS);
        assertThat(filled.path("status").asInt()).isEqualTo(3);
        JsonNode first = filled.path("events").path(1);
        JsonNode rest = filled.path("events").path(2);
        assertThat(rest.path("status").asText()).isEqualTo("filled");
        assertThat(rest.path("fillQuantity").asDouble()).isEqualTo(6);
        assertThat(filled.path("price").asDouble()).isCloseTo((first.path("fillPrice").asDouble()
                + rest.path("fillPrice").asDouble()) / 2, within(0.01));
        assertThat(holding(MOMENTUM, SPY)).isEqualTo(spyBefore + 12);
    }

    @Test
    void ordersDueWhileNobodyAskedAreAllThereInOrderAndTheNextOneSellsWhatTheLastBought() {
        start(QuantConnectSandbox.builder().tradeEvery(EVERY));

        clock.advance(EVERY.multipliedBy(2).plus(EVERY.dividedBy(2)));

        JsonNode orders = orders(MOMENTUM);
        assertThat(orders.size()).isEqualTo(SEEDED_MOMENTUM_ORDERS + 2);
        assertThat(orders.get(SEEDED_MOMENTUM_ORDERS).path("status").asInt()).isEqualTo(3);
        JsonNode sale = orders.get(SEEDED_MOMENTUM_ORDERS + 1);
        assertThat(sale.path("quantity").asDouble()).isEqualTo(-12);
        assertThat(sale.path("direction").asInt()).isEqualTo(1);
        assertThat(sale.path("status").asInt()).isEqualTo(3);
    }

    @Test
    void stoppedDeploymentsDoNotTradeAndNeitherDoesASandboxWithoutASchedule() {
        start(QuantConnectSandbox.builder().tradeEvery(EVERY));
        int crypto = orders(CRYPTO_BASIS).size();
        client.ok("live/update/stop", Map.of("projectId", MOMENTUM));

        clock.advance(Duration.ofHours(2));

        assertThat(orders(MOMENTUM).size()).isEqualTo(SEEDED_MOMENTUM_ORDERS);
        assertThat(orders(CRYPTO_BASIS).size()).isEqualTo(crypto);
        sandbox.close();

        start(QuantConnectSandbox.builder());
        clock.advance(Duration.ofHours(2));
        assertThat(orders(MOMENTUM).size()).isEqualTo(SEEDED_MOMENTUM_ORDERS);
    }

    private JsonNode orders(int projectId) {
        return client.ok("live/orders/read", Map.of("projectId", projectId, "start", 0, "end", 100)).path("orders");
    }

    private double holding(int projectId, String symbolId) {
        return client.ok("live/portfolio/read", Map.of("projectId", projectId)).path("portfolio").path("holdings")
                .path(symbolId).path("q").asDouble();
    }
}
