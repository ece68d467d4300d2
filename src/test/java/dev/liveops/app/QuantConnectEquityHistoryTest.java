package dev.liveops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.equity.EquityHistory;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectCredentials;
import dev.liveops.quantconnect.RetrySettings;
import dev.liveops.secret.Secret;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** P&L's history before LiveOps watched comes from QuantConnect's chart; a refusal is no history, not an error. */
class QuantConnectEquityHistoryTest {
    private static final Instant FROM = Instant.parse("2026-11-13T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-20T00:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void theChartsClosesAreTheHistory() {
        server.enqueue(json("""
                {"success": true, "chart": {"name": "Strategy Equity", "series": {"Equity": {"name": "Equity",
                 "values": [[1763337600, 100000, 100500, 99800, 100200], [1763424000, 100200, 101000, 100100, 100900]]}}}}
                """));

        assertThat(history().equity(7, FROM, TO)).extracting(point -> point.equity().toPlainString())
                .containsExactly("100200", "100900");
    }

    @Test
    void aRefusalIsNoHistory() {
        server.enqueue(json("{\"success\": false, \"errors\": [\"Project not found\"]}"));

        assertThat(history().equity(7, FROM, TO)).isEmpty();
    }

    @Test
    void theDigestsHistoryAsksOnceAndCountsAChartStillLoadingAsNone() {
        server.enqueue(json("{\"progress\": 0.4, \"status\": \"loading\", \"success\": true}"));

        assertThat(QuantConnectEquityHistory.withoutWaiting(client().live()).equity(7, FROM, TO)).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private EquityHistory history() {
        return QuantConnectEquityHistory.waiting(client().live());
    }

    private QuantConnectClient client() {
        return QuantConnectClient.builder().baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials("42", Secret.of("token-for-tests")))
                .retries(RetrySettings.none()).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
