package dev.liveops.quantconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.secret.Secret;
import dev.liveops.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code live/list} is read off the parser for speed; what it reads must be what binding {@link LiveDeployment}
 * with the client's mapper reads, row by row, whatever shape QuantConnect gives a value.
 */
class LiveListReadingTest {
    private static final ObjectMapper MAPPER = QuantConnectJson.mapper();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private QuantConnectClient client;

    @BeforeEach
    void setUp() {
        client = QuantConnectClient.builder()
                .baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials("123456", Secret.of("token")))
                .clock(ManualClock.at("2026-11-20T12:00:00Z"))
                .timeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)))
                .retries(new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void everyShapeOfARowReadsAsTheMapperBindsIt() throws Exception {
        List<String> rows = List.of(
                "{\"projectId\":1,\"deployId\":\"L-1\",\"status\":\"Running\",\"launched\":\"2024-07-10 19:12:20\","
                        + "\"stopped\":null,\"brokerage\":\"Interactive Brokers\",\"subscription\":\"Equities\","
                        + "\"equity\":100000.25,\"environment\":\"live\",\"description\":\"\",\"error\":\"\","
                        + "\"leagues\":[{\"a\":[1,{\"b\":null}]}]}",
                "{\"error\":\"Broker disconnected\",\"status\":\"RuntimeError\",\"deployId\":\"L-2\",\"projectId\":2,"
                        + "\"stopped\":\"2024-07-11T19:12:20\",\"launched\":\"  2024-07-10 19:12:20  \"}",
                "{\"projectId\":\"3\",\"deployId\":3,\"status\":7,\"launched\":1720639940,\"equity\":\"12.50\"}",
                "{\"projectId\":null,\"deployId\":null,\"status\":null,\"launched\":\"\",\"equity\":null,"
                        + "\"brokerage\":null}",
                "{\"projectId\":5,\"deployId\":\"L-5\",\"status\":\"runtime_error\",\"launched\":\"2024-02-29 23:59:59\","
                        + "\"stopped\":\"2021-11-26T15:18:27.693Z\",\"equity\":123456789012345678901234567890.123}",
                "{\"projectId\":6,\"deployId\":\"L-6\",\"status\":\"Hibernating\",\"launched\":\"garbage\","
                        + "\"equity\":7,\"brokerage\":\"Caf\\u00e9 \\\"Broker\\\"\\n\",\"error\":\"" + "x".repeat(200)
                        + "\"}",
                "{\"projectId\":7,\"deployId\":\"L-7\",\"status\":\"Stopped\",\"status\":\"Running\",\"extra\":{}}",
                "{}");

        String answer = "{\"success\":true,\"live\":[" + String.join(",", rows) + "],\"errors\":[]}";
        server.enqueue(json(answer));

        List<LiveDeployment> read = client.live().list(Optional.empty());

        List<LiveDeployment> bound = new ArrayList<>();
        for (String row : rows) {
            bound.add(MAPPER.readValue(row, LiveDeployment.class));
        }
        assertThat(read).containsExactlyElementsOf(bound);
        assertThat(read.get(2).status()).isEqualTo(LiveStatus.RUNTIME_ERROR);
        assertThat(read.get(1).launched()).isEqualTo(Instant.parse("2024-07-10T19:12:20Z"));
    }

    @Test
    void manyDistinctRepeatedTextsAreEachReadAsThemselves() {
        StringBuilder answer = new StringBuilder("{\"live\":[");
        for (int i = 0; i < 2_000; i++) {
            answer.append(i == 0 ? "" : ",").append("{\"projectId\":").append(i).append(",\"deployId\":\"L-")
                    .append(i).append("\",\"brokerage\":\"Broker ").append(i % 700).append("\"}");
        }
        server.enqueue(json(answer.append("],\"success\":true}").toString()));

        List<LiveDeployment> read = client.live().list(Optional.empty());

        assertThat(read).hasSize(2_000);
        for (int i = 0; i < 2_000; i++) {
            assertThat(read.get(i).brokerage()).isEqualTo("Broker " + (i % 700));
        }
    }

    @Test
    void aNullOrMissingListIsNoDeploymentAndARowThatIsNoObjectIsAnUnreadableAnswer() {
        server.enqueue(json("{\"live\":null,\"success\":true}"));
        server.enqueue(json("{\"success\":true}"));
        server.enqueue(json("{\"live\":[1],\"success\":true}"));
        server.enqueue(json("{\"live\":{\"projectId\":1},\"success\":true}"));

        assertThat(client.live().list(Optional.empty())).isEmpty();
        assertThat(client.live().list(Optional.empty())).isEmpty();
        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessage("QuantConnect's answer to live/list does not have the documented shape.");
        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessage("QuantConnect's answer to live/list does not have the documented shape.");
    }

    @Test
    void aRefusalIsQuantConnectsRefusalWhateverItsListLooksLikeAndAnOverflowingIdIsAnUnreadableAnswer() {
        server.enqueue(json("{\"live\":[1,{\"projectId\":\"x\"}],\"success\":false,"
                + "\"errors\":[\"Organization is over its quota\"]}"));
        server.enqueue(json("{\"success\":true,\"live\":[{\"projectId\":99999999999999999999999}]}"));

        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectApiException.class)
                .hasMessage("Organization is over its quota");
        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessage("QuantConnect's answer to live/list does not have the documented shape.");
    }

    @Test
    void aDateOutOfRangeIsAnUnreadableAnswerAndARefusalWithOneIsStillTheRefusal() {
        // Epoch nanoseconds where seconds belong: beyond what an Instant holds.
        String row = "{\"projectId\":1,\"deployId\":\"L-1\",\"status\":\"Running\",\"launched\":1720638740000000000}";
        server.enqueue(json("{\"live\":[" + row + "],\"success\":false,\"errors\":[\"Organization is over its quota\"]}"));
        server.enqueue(json("{\"success\":true,\"live\":[" + row + "]}"));

        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectApiException.class)
                .hasMessage("Organization is over its quota");
        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessage("QuantConnect's answer to live/list does not have the documented shape.");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
