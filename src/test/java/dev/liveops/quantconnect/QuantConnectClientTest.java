package dev.liveops.quantconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.CompileState;
import dev.liveops.quantconnect.model.CreateLiveRequest;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.OrderDirection;
import dev.liveops.quantconnect.model.OrderStatus;
import dev.liveops.quantconnect.model.OrderType;
import dev.liveops.secret.Secret;
import dev.liveops.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client against a local HTTP server: exact requests out, every kind of answer back. */
class QuantConnectClientTest {
    private static final String USER_ID = "123456";
    private static final String TOKEN = "a1b2c3d4e5f6-very-secret-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ManualClock clock = ManualClock.at("2026-11-20T12:00:00Z");
    private QuantConnectClient client;

    @BeforeEach
    void setUp() {
        client = clientWith(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private QuantConnectClient clientWith(Timeouts timeouts) {
        return QuantConnectClient.builder()
                .baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials(USER_ID, Secret.of(TOKEN)))
                .clock(clock)
                .timeouts(timeouts)
                .retries(new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(5)))
                .build();
    }

    /** One row per endpoint: the call, the path and body it must send, and a realistic answer. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                row("authenticate", QuantConnectClient::authenticate, "authenticate", "{}", "{\"success\":true}"),
                row("projects/read all", c -> assertThat(c.projects().list()).hasSize(1),
                        "projects/read", "{}",
                        "{\"projects\":[{\"projectId\":23456789,\"organizationId\":\"org1\",\"name\":\"Live/Momentum\","
                                + "\"modified\":\"2026-11-01 10:00:00\",\"created\":\"2026-01-01 09:00:00\","
                                + "\"language\":\"Py\",\"leanVersionId\":16500,\"collaborators\":[]}],"
                                + "\"versions\":[],\"success\":true}"),
                row("projects/read one", c -> assertThat(c.projects().read(23456789).name()).isEqualTo("Live/Momentum"),
                        "projects/read", "{\"projectId\":23456789}",
                        "{\"projects\":[{\"projectId\":23456789,\"name\":\"Live/Momentum\"}],\"success\":true}"),
                row("projects/nodes/read", c -> assertThat(c.projects().nodes(23456789).firstFreeLiveNode())
                                .hasValueSatisfying(node -> assertThat(node.id()).isEqualTo("LN-free")),
                        "projects/nodes/read", "{\"projectId\":23456789}",
                        "{\"nodes\":{\"backtest\":[],\"research\":[],\"live\":["
                                + "{\"id\":\"LN-busy\",\"name\":\"L-1\",\"busy\":true,\"usedBy\":\"Ana\",\"hasGpu\":0},"
                                + "{\"id\":\"LN-gpu\",\"name\":\"L-2\",\"busy\":false,\"hasGpu\":1},"
                                + "{\"id\":\"LN-free\",\"name\":\"L-3\",\"busy\":false,\"hasGpu\":0}]},"
                                + "\"autoSelectNode\":true,\"success\":true}"),
                row("compile/create", c -> assertThat(c.compiles().create(23456789).state()).isEqualTo(CompileState.IN_QUEUE),
                        "compile/create", "{\"projectId\":23456789}",
                        "{\"compileId\":\"abc-def\",\"state\":\"InQueue\",\"projectId\":23456789,\"signature\":\"def\","
                                + "\"parameters\":[],\"signatureOrder\":[],\"success\":true}"),
                row("compile/read", c -> assertThat(c.compiles().read(23456789, "abc-def").logs())
                                .containsExactly("error CS1002: ; expected"),
                        "compile/read", "{\"projectId\":23456789,\"compileId\":\"abc-def\"}",
                        "{\"compileId\":\"abc-def\",\"state\":\"BuildError\",\"logs\":[\"error CS1002: ; expected\"],"
                                + "\"success\":true}"),
                row("live/create", c -> assertThat(c.live().create(new CreateLiveRequest(23456789, "abc-def",
                                "LN-free", new BrokerageSettings("InteractiveBrokersBrokerage",
                                Map.of("ib-password", Secret.of("hunter2")), List.of()))).deployId())
                                .isEqualTo("L-1234"),
                        "live/create",
                        "{\"versionId\":\"-1\",\"projectId\":23456789,\"compileId\":\"abc-def\",\"nodeId\":\"LN-free\","
                                + "\"brokerage\":{\"id\":\"InteractiveBrokersBrokerage\",\"ib-password\":\"hunter2\"},"
                                + "\"dataProviders\":{\"QuantConnectBrokerage\":{\"id\":\"QuantConnectBrokerage\"}},"
                                + "\"automaticRedeploy\":false}",
                        "{\"responseCode\":200,\"source\":\"api-v2\",\"deployId\":\"L-1234\",\"versionId\":16500,"
                                + "\"projectId\":23456789,\"success\":true}"),
                row("live/read", c -> assertThat(c.live().read(23456789).status()).isEqualTo(LiveStatus.RUNNING),
                        "live/read", "{\"projectId\":23456789}",
                        "{\"deployId\":\"L-1234\",\"status\":\"Running\",\"launched\":\"2026-11-20 09:30:00\","
                                + "\"stopped\":null,\"brokerage\":\"PaperBrokerage\","
                                + "\"runtimeStatistics\":{\"Equity\":\"$100,000.00\"},\"success\":true}"),
                row("live/list", c -> assertThat(c.live().list(Optional.of(LiveStatus.RUNNING))).hasSize(1),
                        "live/list", "{\"status\":\"Running\"}",
                        "{\"live\":[{\"projectId\":23456789,\"deployId\":\"L-1234\",\"status\":\"Running\","
                                + "\"launched\":\"2026-11-20T09:30:00Z\",\"equity\":100123.45}],\"success\":true}"),
                row("live/update/stop", c -> c.live().stop(23456789),
                        "live/update/stop", "{\"projectId\":23456789}", "{\"success\":true}"),
                row("live/update/liquidate", c -> c.live().liquidate(23456789),
                        "live/update/liquidate", "{\"projectId\":23456789}", "{\"success\":true}"),
                row("live/logs/read", c -> assertThat(c.live().logs(23456789, "L-1234", 0, 250).deploymentLength())
                                .isEqualTo(2),
                        "live/logs/read",
                        "{\"format\":\"json\",\"projectId\":23456789,\"algorithmId\":\"L-1234\",\"startLine\":0,"
                                + "\"endLine\":250}",
                        "{\"logs\":[\"a\",\"b\"],\"length\":12,\"deploymentOffset\":10,\"success\":true}"),
                row("live/portfolio/read", c -> assertThat(c.live().portfolio(23456789).holdingsValue())
                                .isEqualByComparingTo("45100.00"),
                        "live/portfolio/read", "{\"projectId\":23456789}",
                        "{\"portfolio\":{\"holdings\":{\"SPY R735QTJ8XC9X\":{\"a\":450.1,\"q\":100,\"p\":451,"
                                + "\"v\":45100.00,\"u\":90,\"up\":0.2}},\"cash\":{\"USD\":{\"symbol\":\"USD\","
                                + "\"amount\":54900,\"conversionRate\":1,\"currencySymbol\":\"$\","
                                + "\"valueInAccountCurrency\":54900}}},\"success\":true}"),
                row("live/orders/read", c -> assertThat(c.live().orders(23456789, 0, 100).orders())
                                .singleElement().satisfies(order -> {
                                    assertThat(order.symbol()).isEqualTo("SPY");
                                    assertThat(order.type()).isEqualTo(OrderType.MARKET);
                                    assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
                                    assertThat(order.direction()).isEqualTo(OrderDirection.SELL);
                                }),
                        "live/orders/read", "{\"projectId\":23456789,\"start\":0,\"end\":100}",
                        "{\"orders\":[{\"id\":7,\"symbol\":{\"value\":\"SPY\",\"id\":\"SPY R735QTJ8XC9X\","
                                + "\"permtick\":\"SPY\"},\"type\":0,\"status\":3,\"quantity\":-10,\"price\":451.2,"
                                + "\"direction\":1,\"time\":\"2026-11-20T10:00:00Z\",\"tag\":\"\",\"events\":[]}],"
                                + "\"length\":1,\"success\":true}"));
    }

    private static Arguments row(String name, Consumer<QuantConnectClient> call, String path, String body,
                                 String answer) {
        return Arguments.of(name, call, path, body, answer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void sendsTheDocumentedRequestAndReadsTheAnswer(String name, Consumer<QuantConnectClient> call, String path,
                                                    String body, String answer) throws Exception {
        server.enqueue(json(200, answer));

        call.accept(client);

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v2/" + path);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        assertThat(request.getHeaders().get("Timestamp")).isEqualTo(timestamp);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(expectedAuthorization(timestamp));
        assertThat(JSON.readTree(request.getBody().utf8())).isEqualTo(JSON.readTree(body));
    }

    @Test
    void signsEveryRequestWithAFreshTimestamp() throws Exception {
        server.enqueue(json(200, "{\"success\":true}"));
        server.enqueue(json(200, "{\"success\":true}"));

        client.authenticate();
        clock.advance(Duration.ofSeconds(7300));
        client.authenticate();

        String first = server.takeRequest().getHeaders().get("Timestamp");
        RecordedRequest second = server.takeRequest();
        assertThat(Long.parseLong(second.getHeaders().get("Timestamp")) - Long.parseLong(first)).isEqualTo(7300);
        assertThat(second.getHeaders().get("Authorization"))
                .isEqualTo(expectedAuthorization(second.getHeaders().get("Timestamp")));
    }

    @Test
    void anErrorEnvelopeBecomesAnApiErrorWithQuantConnectsOwnWords() {
        server.enqueue(json(200, "{\"success\":false,\"errors\":[\"Project not found.\"]}"));

        assertThatThrownBy(() -> client.live().read(1))
                .isInstanceOfSatisfying(QuantConnectApiException.class, error -> {
                    assertThat(error.getMessage()).isEqualTo("Project not found.");
                    assertThat(error.errors()).containsExactly("Project not found.");
                    assertThat(error.endpoint()).isEqualTo(Endpoint.LIVE_READ);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void http401IsAnAuthenticationErrorThatSaysWhatToCheck() {
        server.enqueue(new MockResponse.Builder().code(401).build());

        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectAuthException.class)
                .hasMessageContaining("quantconnect.userId")
                .hasMessageContaining("quantconnect.apiToken")
                .hasMessageContaining("clock");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void hashMismatchInAnEnvelopeIsAnAuthenticationErrorAndDoesNotEchoTheHash() {
        server.enqueue(json(200, "{\"errors\":[\"Hash doesn't match. UID: 123456 Hash: 9f8e7d Timestamp: "
                + "'1790000000'\"],\"success\":false}"));

        assertThatThrownBy(() -> client.authenticate())
                .isInstanceOf(QuantConnectAuthException.class)
                .message().doesNotContain("9f8e7d");
    }

    @Test
    void userIdNotValidIsAnAuthenticationError() {
        server.enqueue(json(200, "{\"errors\":[\"UserID not valid\"],\"success\":false}"));

        assertThatThrownBy(() -> client.projects().list()).isInstanceOf(QuantConnectAuthException.class);
    }

    @Test
    void http500IsNotAnAuthenticationError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).body("").build());
        }

        assertThatThrownBy(() -> client.projects().list())
                .isInstanceOf(QuantConnectUnavailableException.class)
                .hasMessage("QuantConnect's projects/read failed: it answered HTTP 500.");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void createSendsTheProfilesDataProvidersInItsOrderAsTheApisMap() throws Exception {
        server.enqueue(json(200, "{\"deployId\":\"L-9\",\"projectId\":1,\"success\":true}"));
        server.enqueue(json(200, "{\"deployId\":\"L-10\",\"projectId\":1,\"success\":true}"));
        BrokerageSettings binance = new BrokerageSettings("BinanceBrokerage", Map.of(), List.of(),
                List.of("BinanceBrokerage"));
        BrokerageSettings binanceWithKeys = new BrokerageSettings("BinanceBrokerage",
                Map.of("binance-api-key", Secret.of("k-1")), List.of(), List.of("BinanceBrokerage",
                "QuantConnectBrokerage"));

        client.live().create(new CreateLiveRequest(1, "c-1", "LN-1", binance));
        client.live().create(new CreateLiveRequest(1, "c-1", "LN-1", binanceWithKeys));

        assertThat(JSON.readTree(server.takeRequest().getBody().utf8()).get("dataProviders"))
                .isEqualTo(JSON.readTree("{\"BinanceBrokerage\":{\"id\":\"BinanceBrokerage\"}}"));
        // A brokerage feeding its own data logs in with its own settings; the order is the providers' precedence.
        JsonNode providers = JSON.readTree(server.takeRequest().getBody().utf8()).get("dataProviders");
        assertThat(providers).isEqualTo(JSON.readTree("{\"BinanceBrokerage\":{\"id\":\"BinanceBrokerage\","
                + "\"binance-api-key\":\"k-1\"},\"QuantConnectBrokerage\":{\"id\":\"QuantConnectBrokerage\"}}"));
        assertThat(providers.fieldNames()).toIterable().containsExactly("BinanceBrokerage", "QuantConnectBrokerage");
    }

    @Test
    void listAsksQuantConnectToFilterOnlyByTheFourStatusesItFiltersBy() throws Exception {
        String answer = "{\"live\":["
                + "{\"projectId\":1,\"deployId\":\"L-1\",\"status\":\"Running\"},"
                + "{\"projectId\":2,\"deployId\":\"L-2\",\"status\":\"Initializing\"},"
                + "{\"projectId\":3,\"deployId\":\"L-3\",\"status\":\"Stopped\"}],\"success\":true}";
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(200, answer));
        }

        assertThat(client.live().list(Optional.of(LiveStatus.INITIALIZING))).extracting(d -> d.deployId())
                .containsExactly("L-2");
        assertThat(JSON.readTree(server.takeRequest().getBody().utf8())).isEqualTo(JSON.readTree("{}"));
        for (LiveStatus filtered : List.of(LiveStatus.RUNNING, LiveStatus.STOPPED, LiveStatus.RUNTIME_ERROR,
                LiveStatus.LIQUIDATED)) {
            client.live().list(Optional.of(filtered));
            assertThat(JSON.readTree(server.takeRequest().getBody().utf8()))
                    .isEqualTo(JSON.readTree("{\"status\":\"" + filtered.wireName() + "\"}"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "message"})
    void theLastErrorIsReadFromWhicheverFieldHoldsIt(String field) {
        server.enqueue(json(200, "{\"deployId\":\"L-1\",\"status\":\"RuntimeError\",\"" + field
                + "\":\"Division by zero in OnData\",\"success\":true}"));

        assertThat(client.live().read(1).message()).isEqualTo("Division by zero in OnData");
    }

    @Test
    void projectsAreReadInTheConfiguredOrganization() throws Exception {
        server.enqueue(json(200, "{\"projects\":[],\"success\":true}"));
        server.enqueue(json(200, "{\"projects\":[{\"projectId\":7,\"name\":\"Live/A\"}],\"success\":true}"));
        try (QuantConnectClient inOrganization = QuantConnectClient.builder()
                .baseUrl(server.url("/api/v2").toString())
                .credentials(new QuantConnectCredentials(USER_ID, Secret.of(TOKEN)))
                .organizationId(Optional.of("5cad178b20a1d52567b534553413b691"))
                .build()) {
            inOrganization.projects().list();
            inOrganization.projects().read(7);
        }

        assertThat(JSON.readTree(server.takeRequest().getBody().utf8()))
                .isEqualTo(JSON.readTree("{\"organizationId\":\"5cad178b20a1d52567b534553413b691\"}"));
        assertThat(JSON.readTree(server.takeRequest().getBody().utf8()))
                .isEqualTo(JSON.readTree("{\"projectId\":7,\"organizationId\":\"5cad178b20a1d52567b534553413b691\"}"));
    }

    @Test
    void malformedJsonIsAProtocolErrorNotACrash() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>Bad gateway</html>").build());

        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessage("QuantConnect answered live/list (HTTP 200) with something that is not JSON.");
    }

    @Test
    void anAnswerCutOffInsideItsListIsNotJsonThoughItsSuccessFlagCameFirst() {
        server.enqueue(json(200, "{\"success\":true,\"live\":[{\"projectId\":1,\"deployId\":\"L-1\","
                + "\"status\":\"Running\"},{\"projectId\":2,\"deployId\":"));

        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectProtocolException.class)
                .hasMessage("QuantConnect answered live/list (HTTP 200) with something that is not JSON.");
    }

    @Test
    void errorsAfterALongListAreStillQuantConnectsRefusal() {
        server.enqueue(json(200, "{\"live\":[{\"projectId\":1,\"deployId\":\"L-1\",\"leagues\":[{\"a\":[1,2]}]}],"
                + "\"success\":false,\"errors\":[\"Organization is over its quota\"]}"));

        assertThatThrownBy(() -> client.live().list(Optional.empty()))
                .isInstanceOf(QuantConnectApiException.class)
                .hasMessageContaining("Organization is over its quota");
    }

    @Test
    void aReadIsRetriedAfter5xxAndSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(502).build());
        server.enqueue(json(200, "{\"live\":[],\"success\":true}"));

        assertThat(client.live().list(Optional.empty())).isEmpty();

        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/v2/live/list");
        }
    }

    @Test
    void aReadThatTimesOutIsRetriedThenReportedAsUnavailable() {
        try (QuantConnectClient impatient = clientWith(
                new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(1)))) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(json(200, "{\"live\":[],\"success\":true}").newBuilder()
                        .headersDelay(1, TimeUnit.SECONDS).build());
            }

            assertThatThrownBy(() -> impatient.live().list(Optional.empty()))
                    .isInstanceOf(QuantConnectUnavailableException.class)
                    .hasMessage("QuantConnect did not answer live/list: it did not answer in time.");
            assertThat(server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void stopIsNeverRetriedAfterA5xx() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json(200, "{\"success\":true}"));

        assertThatThrownBy(() -> client.live().stop(23456789))
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessage("The live/update/stop request may have reached QuantConnect, but it answered HTTP 503, "
                        + "so whether it took effect is unknown; it was not sent again.");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void liquidateIsNeverRetriedAfterATimeout() {
        try (QuantConnectClient impatient = clientWith(
                new Timeouts(Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(1)))) {
            server.enqueue(json(200, "{\"success\":true}").newBuilder().headersDelay(1, TimeUnit.SECONDS).build());
            server.enqueue(json(200, "{\"success\":true}"));

            assertThatThrownBy(() -> impatient.live().liquidate(23456789))
                    .isInstanceOf(OutcomeUnknownException.class)
                    .hasMessageContaining("did not answer in time");
            assertThat(server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void createIsNeverRetriedWhenTheConnectionDropsAfterTheRequest() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(json(200, "{\"deployId\":\"L-2\",\"projectId\":1,\"success\":true}"));

        assertThatThrownBy(() -> client.live().create(
                new CreateLiveRequest(1, "c-1", "LN-1", BrokerageSettings.paper())))
                .isInstanceOf(OutcomeUnknownException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aMutationThatCouldNotConnectIsReportedAsUnavailableNotUnknown() {
        try (QuantConnectClient nowhere = QuantConnectClient.builder()
                .baseUrl("http://127.0.0.1:1/api/v2")
                .credentials(new QuantConnectCredentials(USER_ID, Secret.of(TOKEN)))
                .retries(RetrySettings.none())
                .build()) {
            assertThatThrownBy(() -> nowhere.live().stop(1))
                    .isInstanceOf(QuantConnectUnavailableException.class)
                    .hasMessageStartingWith("QuantConnect did not answer live/update/stop: it could not be reached");
        }
    }

    @Test
    void ordersStillLoadingAreAskedForAgain() {
        server.enqueue(json(200, "{\"progress\":0.4,\"status\":\"loading\",\"success\":true}"));
        server.enqueue(json(200, "{\"orders\":[],\"length\":0,\"success\":true}"));

        assertThat(client.live().orders(1, 0, 10).orders()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aReadThatMayBeLoadingIsNotRetriedOnARefusal() {
        server.enqueue(json(200, "{\"success\":false,\"errors\":[\"Project not found.\"]}"));
        server.enqueue(json(200, "{\"portfolio\":{},\"success\":true}"));

        assertThatThrownBy(() -> client.live().portfolio(1)).isInstanceOf(QuantConnectApiException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void unknownStatusesAndBothDateFormatsParse() {
        server.enqueue(json(200, "{\"live\":["
                + "{\"projectId\":1,\"deployId\":\"L-1\",\"status\":\"Hibernating\",\"launched\":\"2024-07-10 19:12:20\"},"
                + "{\"projectId\":2,\"deployId\":\"L-2\",\"status\":\"PendingInput\",\"launched\":\"2021-11-26T15:18:27.693Z\"},"
                + "{\"projectId\":3,\"deployId\":\"L-3\",\"status\":\"Idle\",\"launched\":\"garbage\"}],\"success\":true}"));

        var deployments = client.live().list(Optional.empty());

        assertThat(deployments).extracting(d -> d.status())
                .containsExactly(LiveStatus.UNKNOWN, LiveStatus.PENDING_INPUT, LiveStatus.IDLE);
        assertThat(deployments).extracting(d -> d.launched())
                .containsExactly(Instant.parse("2024-07-10T19:12:20Z"), Instant.parse("2021-11-26T15:18:27.693Z"), null);
    }

    @Test
    void secretsNeverAppearInToStringOrErrors() {
        server.enqueue(json(200, "{\"success\":false,\"errors\":[\"Brokerage login failed.\"]}"));
        BrokerageSettings ib = new BrokerageSettings("InteractiveBrokersBrokerage",
                Map.of("ib-user-name", Secret.of("trader1"), "ib-password", Secret.of("hunter2")), List.of());
        QuantConnectCredentials credentials = new QuantConnectCredentials(USER_ID, Secret.of(TOKEN));

        Throwable error = org.assertj.core.api.Assertions.catchThrowable(
                () -> client.live().create(new CreateLiveRequest(1, "c", "LN-1", ib)));

        assertThat(credentials.toString()).doesNotContain(TOKEN);
        assertThat(ib.toString()).doesNotContain("hunter2").doesNotContain("trader1");
        assertThat(new RequestSigner(credentials, clock).sign().toString()).doesNotContain(hash("1"));
        assertThat(error).hasMessage("Brokerage login failed.");
        assertThat(stackText(error)).doesNotContain(TOKEN).doesNotContain("hunter2");
    }

    private static String stackText(Throwable error) {
        var out = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** Recomputed here from the documented recipe, independently of {@link RequestSigner}. */
    private static String expectedAuthorization(String timestamp) {
        String credentials = USER_ID + ":" + hash(timestamp);
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static String hash(String timestamp) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((TOKEN + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
