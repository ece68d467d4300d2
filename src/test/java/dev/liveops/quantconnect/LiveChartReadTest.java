package dev.liveops.quantconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.quantconnect.model.ChartPoint;
import dev.liveops.secret.Secret;
import dev.liveops.testing.ManualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** live/chart/read against a local HTTP server: the request, both point shapes, and the "loading" answers. */
class LiveChartReadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant START = Instant.parse("2026-11-13T14:30:00Z");
    private static final Instant END = Instant.parse("2026-11-20T14:30:00Z");
    private static final String LOADING = "{\"progress\":0.4,\"status\":\"loading\",\"success\":true}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    private final List<Duration> pauses = new ArrayList<>();
    private QuantConnectClient client;

    @BeforeEach
    void setUp() {
        client = QuantConnectClient.builder()
                .baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials("123456", Secret.of("token")))
                .clock(clock)
                .retries(RetrySettings.none())
                .chartPolling(new ChartPolling(Duration.ofSeconds(3), Duration.ofSeconds(10)))
                .pause(pause -> {
                    pauses.add(pause);
                    clock.advance(pause);
                })
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void asksForTheStrategyEquityChartOfThePeriodInUnixSeconds() throws Exception {
        server.enqueue(json("{\"chart\":{\"name\":\"Strategy Equity\",\"series\":{}},\"success\":true}"));

        client.live().equity(23456789, START, END);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/live/chart/read");
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("projectId").asLong()).isEqualTo(23456789);
        assertThat(body.get("name").asText()).isEqualTo("Strategy Equity");
        assertThat(body.get("start").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(body.get("end").asLong()).isEqualTo(END.getEpochSecond());
        assertThat(body.get("count").asInt()).isPositive();
    }

    @Test
    void candlesAreReadAsTheirClose() {
        server.enqueue(json(chart("[[1763650000,100000,100900,99800,100500],[1763650600,100500,101000,100100,"
                + "100750.25]]")));

        List<ChartPoint> points = client.live().equity(1, START, END);

        assertThat(points).containsExactly(
                new ChartPoint(Instant.ofEpochSecond(1763650000), new BigDecimal("100500")),
                new ChartPoint(Instant.ofEpochSecond(1763650600), new BigDecimal("100750.25")));
    }

    @Test
    void xyPointsAreReadAsTheirY() {
        server.enqueue(json(chart("[{\"x\":1763650600,\"y\":100750.25},{\"x\":1763650000,\"y\":100500}]")));

        List<ChartPoint> points = client.live().equity(1, START, END);

        assertThat(points).as("in time order").containsExactly(
                new ChartPoint(Instant.ofEpochSecond(1763650000), new BigDecimal("100500")),
                new ChartPoint(Instant.ofEpochSecond(1763650600), new BigDecimal("100750.25")));
    }

    @Test
    void aGapInTheSeriesIsLeftOutAndAnUnknownShapeIsUnreadable() {
        server.enqueue(json(chart("[[1763650000,1,1,1,null],[1763650600,1,2,1,2]]")));
        assertThat(client.live().equity(1, START, END)).hasSize(1);

        server.enqueue(json(chart("[\"1763650000\"]")));
        assertThatThrownBy(() -> client.live().equity(1, START, END))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessageContaining("neither [time, open, high, low, close] nor {x, y}");
    }

    @Test
    void aChartStillLoadingIsAskedForAgainOnTheClock() {
        server.enqueue(json(LOADING));
        server.enqueue(json("{\"chart\":null,\"success\":true}"));
        server.enqueue(json(chart("[[1763650000,1,1,1,100000]]")));

        List<ChartPoint> points = client.live().equity(1, START, END);

        assertThat(points).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(pauses).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void aChartThatStaysLoadingIsReportedInOneSentenceOnceTheLimitPasses() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(LOADING));
        }

        assertThatThrownBy(() -> client.live().equity(23456789, START, END))
                .isInstanceOf(QuantConnectUnavailableException.class)
                .hasMessage("QuantConnect is still preparing the equity chart of project 23456789 (40% done); try "
                        + "again in a minute.");
        assertThat(server.getRequestCount()).as("asked at 0, 3, 6 and 9 s of a 10 s limit").isEqualTo(4);
    }

    @Test
    void noEquitySeriesYetIsNoPoints() {
        server.enqueue(json("{\"chart\":{\"name\":\"Strategy Equity\",\"series\":{\"Return\":{\"values\":[]}}},"
                + "\"success\":true}"));

        assertThat(client.live().equity(1, START, END)).isEmpty();
    }

    private static String chart(String values) {
        return "{\"chart\":{\"name\":\"Strategy Equity\",\"chartType\":0,\"series\":{\"Equity\":{\"name\":\"Equity\","
                + "\"unit\":\"$\",\"index\":0,\"seriesType\":2,\"values\":" + values + "}}},\"success\":true,"
                + "\"errors\":[]}";
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
