package dev.liveops.quantconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.quantconnect.model.AlgorithmCommand;
import dev.liveops.quantconnect.model.Insight;
import dev.liveops.quantconnect.model.InsightPage;
import dev.liveops.secret.Secret;
import dev.liveops.testing.ManualClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** live/commands/create, live/commands/broadcast and live/insights/read against raw JSON on a local server. */
class AlgorithmApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private QuantConnectClient client;

    @BeforeEach
    void setUp() {
        client = QuantConnectClient.builder()
                .baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials("123456", Secret.of("token-for-a-test")))
                .clock(ManualClock.at("2026-11-20T12:00:00Z"))
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .retries(new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void aCommandGoesOutAsTheDocumentedBodyWithItsTypeKey() throws Exception {
        server.enqueue(json(200, "{\"success\":true,\"errors\":[]}"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("$type", "LiquidateCommand");
        fields.put("symbol", "SPY");

        client.algorithms().command(23456789, new AlgorithmCommand(fields));

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/live/commands/create");
        assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(JSON.readTree(
                "{\"projectId\":23456789,\"command\":{\"$type\":\"LiquidateCommand\",\"symbol\":\"SPY\"}}"));
    }

    @Test
    void aBroadcastNamesTheOrganization() throws Exception {
        server.enqueue(json(200, "{\"success\":true}"));

        client.algorithms().broadcast("5cad178b20a1d52567b534553413b691", Optional.of(7L),
                new AlgorithmCommand(Map.of("mode", "defensive")));

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/live/commands/broadcast");
        assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(JSON.readTree("{\"organizationId\":"
                + "\"5cad178b20a1d52567b534553413b691\",\"excludeProjectId\":7,\"command\":{\"mode\":\"defensive\"}}"));
    }

    @Test
    void aCommandIsNeverSentTwiceWhenItsAnswerIsLost() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"success\":tr").build());

        assertThatThrownBy(() -> client.algorithms().command(1, new AlgorithmCommand(Map.of("mode", "x"))))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedCommandCarriesQuantConnectsSentence() {
        server.enqueue(json(200, "{\"success\":false,\"errors\":[\"Project 1 has no running algorithm.\"]}"));

        assertThatThrownBy(() -> client.algorithms().command(1, new AlgorithmCommand(Map.of("mode", "x"))))
                .isInstanceOf(QuantConnectApiException.class)
                .hasMessageContaining("Project 1 has no running algorithm.");
    }

    /** LEAN's serialized insights: unix-second times, words or enum numbers for direction and type. */
    @Test
    void insightsAreReadFromTheirSerializedForm() throws Exception {
        server.enqueue(json(200, """
                {"insights":[
                  {"id":"1c0a4e54b0a34e7b9a1f0e4b3c2d1a00","groupId":null,"sourceModel":"EmaCrossAlphaModel",
                   "generatedTime":1763650200.5,"closeTime":1763653800,"symbol":"SPY R735QTJ8XC9X","ticker":"SPY",
                   "type":"price","direction":"up","period":3600,"magnitude":0.0125,"confidence":0.8,
                   "weight":null,"score":null,"tag":"cross"},
                  {"id":"2d","sourceModel":"Macd","generatedTime":"2025-11-20 15:00:00","symbol":"QQQ RIWIV7K5Z9LX",
                   "type":1,"direction":-1,"period":86400}
                ],"length":2,"success":true}"""));

        InsightPage page = client.algorithms().insights(23456789, 0, 99);

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/live/insights/read");
        assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(JSON.readTree(
                "{\"projectId\":23456789,\"start\":0,\"end\":99}"));
        assertThat(page.length()).isEqualTo(2);
        Insight first = page.insights().get(0);
        assertThat(first.generatedTime()).isEqualTo(Instant.parse("2025-11-20T14:50:00.500Z"));
        assertThat(first.closeTime()).isEqualTo(Instant.parse("2025-11-20T15:50:00Z"));
        assertThat(first.ticker()).isEqualTo("SPY");
        assertThat(first.direction()).isEqualTo("up");
        assertThat(first.period()).isEqualTo(3600);
        assertThat(first.magnitude()).isEqualByComparingTo(new BigDecimal("0.0125"));
        assertThat(first.confidence()).isEqualByComparingTo(new BigDecimal("0.8"));
        assertThat(first.weight()).isNull();
        assertThat(first.groupId()).isNull();
        Insight second = page.insights().get(1);
        assertThat(second.generatedTime()).isEqualTo(Instant.parse("2025-11-20T15:00:00Z"));
        assertThat(second.type()).isEqualTo("volatility");
        assertThat(second.direction()).isEqualTo("down");
        assertThat(second.ticker()).isNull();
    }

    @Test
    void anInsightsWindowWiderThanQuantConnectAllowsIsNotSent() {
        assertThatThrownBy(() -> client.algorithms().insights(1, 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
