package dev.liveops.sandbox;

import static dev.liveops.sandbox.DemoOrganization.CRYPTO_BASIS;
import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.sandbox.DemoOrganization.PAIRS_TRADING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxChartTest extends SandboxTestSupport {
    private static final Instant NOW = Instant.parse(START);

    @Test
    void theFirstAskIsAnsweredLoadingAndTheNextWithTheChart() {
        JsonNode first = client.ok("live/chart/read", equity(MOMENTUM, 0, NOW.getEpochSecond()));
        JsonNode second = client.ok("live/chart/read", equity(MOMENTUM, 0, NOW.getEpochSecond()));

        assertThat(first.path("status").asText()).isEqualTo("loading");
        assertThat(first.has("chart")).isFalse();
        assertThat(second.path("chart").path("name").asText()).isEqualTo("Strategy Equity");
        assertThat(second.path("chart").path("series").path("Equity").path("values").size()).isGreaterThan(100);
    }

    @Test
    void theHistoryRunsFromTheLaunchToNowAndEndsAtTheListedEquity() {
        JsonNode values = chart(MOMENTUM, 0, NOW.getEpochSecond());

        JsonNode first = values.get(0);
        JsonNode last = values.get(values.size() - 1);
        assertThat(Instant.ofEpochSecond(first.get(0).asLong())).as("launched 76 hours ago")
                .isEqualTo(NOW.minus(Duration.ofHours(76)));
        assertThat(first.get(4).asDouble()).as("before any trade, the starting cash").isEqualTo(250_000.0);
        assertThat(Instant.ofEpochSecond(last.get(0).asLong())).isEqualTo(NOW);
        assertThat(last.get(4).asDouble()).isCloseTo(listedEquity(MOMENTUM), within(0.01));
        for (JsonNode candle : values) {
            assertThat(candle.size()).isEqualTo(5);
            assertThat(candle.get(2).asDouble()).isGreaterThanOrEqualTo(Math.max(candle.get(1).asDouble(),
                    candle.get(4).asDouble()));
            assertThat(candle.get(3).asDouble()).isLessThanOrEqualTo(Math.min(candle.get(1).asDouble(),
                    candle.get(4).asDouble()));
        }
    }

    @Test
    void aPeriodAndACountBoundTheCandles() {
        long dayAgo = NOW.minus(Duration.ofDays(1)).getEpochSecond();

        JsonNode values = chart(MOMENTUM, dayAgo, NOW.getEpochSecond(), 50);

        assertThat(values.size()).isLessThanOrEqualTo(50).isGreaterThan(40);
        assertThat(values.get(0).get(0).asLong()).isEqualTo(dayAgo);
        assertThat(values.get(values.size() - 1).get(0).asLong()).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void aStoppedDeploymentsChartEndsWhenItStopped() {
        JsonNode values = chart(CRYPTO_BASIS, 0, NOW.getEpochSecond());

        assertThat(Instant.ofEpochSecond(values.get(values.size() - 1).get(0).asLong()))
                .isEqualTo(NOW.minus(Duration.ofDays(2)));
    }

    @Test
    void otherChartsAndNeverDeployedProjectsAreRefused() {
        assertThat(client.apiError("live/chart/read", Map.of("projectId", MOMENTUM, "name", "Benchmark")))
                .contains("Chart 'Benchmark' not found");
        assertThat(client.apiError("live/chart/read", Map.of("projectId", PAIRS_TRADING, "name", "Strategy Equity")))
                .contains("No live deployment found");
    }

    private JsonNode chart(int projectId, long start, long end) {
        return chart(projectId, start, end, 1000);
    }

    private JsonNode chart(int projectId, long start, long end, int count) {
        Map<String, Object> request = Map.of("projectId", projectId, "name", "Strategy Equity", "start", start,
                "end", end, "count", count);
        client.ok("live/chart/read", request);
        return client.ok("live/chart/read", request).path("chart").path("series").path("Equity").path("values");
    }

    private static Map<String, Object> equity(int projectId, long start, long end) {
        return Map.of("projectId", projectId, "name", "Strategy Equity", "start", start, "end", end);
    }

    private double listedEquity(int projectId) {
        for (JsonNode deployment : client.ok("live/list", Map.of()).path("live")) {
            if (deployment.path("projectId").asInt() == projectId) {
                return deployment.path("equity").asDouble();
            }
        }
        throw new AssertionError("project " + projectId + " is not listed");
    }
}
