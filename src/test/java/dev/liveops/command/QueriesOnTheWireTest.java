package dev.liveops.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.access.Caller;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.reply.Reply;
import dev.liveops.testing.TestCallers;
import dev.liveops.testing.TestCore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read-only commands through the gateway against QuantConnect's raw JSON on a local server: what goes out on
 * the wire and what the user reads back, for answers the sandbox does not give (an {@code error} field, HTTP 500).
 */
class QueriesOnTheWireTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROJECTS = "{\"projects\":[{\"projectId\":77,\"name\":\"Crypto Basis\"},"
            + "{\"projectId\":78,\"name\":\"Live/Momentum\"},{\"projectId\":79,\"name\":\"Live/Warmup\"}],"
            + "\"success\":true}";

    private static final Caller ADMIN = TestCallers.ALICE;

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private TestCore core;
    private QuantConnectClient client;
    private CommandGateway gateway;

    @BeforeEach
    void setUp() {
        answer("projects/read", PROJECTS);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath().substring("/api/v2/".length());
                return answers.getOrDefault(path, new MockResponse.Builder().code(404).build());
            }
        });
        core = TestCore.builder().consoleAdmin()
                .quantConnectAt(server.url("/api/v2").toString()).build();
        client = core.client();
        gateway = core.gateway();
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"error", "message"})
    void readShowsTheLastErrorWhicheverFieldHoldsIt(String field) {
        answer("live/read", "{\"deployId\":\"L-77\",\"status\":\"RuntimeError\",\"" + field + "\":"
                + "\"Division by zero in OnData\",\"launched\":\"2026-11-20 10:00:00\",\"stopped\":"
                + "\"2026-11-20 14:00:00\",\"brokerage\":\"PaperBrokerage\",\"runtimeStatistics\":{},\"success\":true}");

        Reply reply = gateway.handle(ADMIN, "read momentum");

        assertThat(reply.title()).isEqualTo("Live/Momentum: RuntimeError");
        assertThat(reply.fields()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("Last error");
            assertThat(f.value()).isEqualTo("Division by zero in OnData");
        });
    }

    @Test
    void aProjectNameWithASpaceNeedsNoQuotes() throws Exception {
        answer("live/read", "{\"deployId\":\"L-77\",\"status\":\"Running\",\"success\":true}");

        Reply reply = gateway.handle(ADMIN, "read Crypto Basis");

        assertThat(reply.title()).isEqualTo("Crypto Basis: Running");
        assertThat(bodiesSentTo("live/read")).containsExactly("{\"projectId\":77}");
    }

    @Test
    void listInitializingAsksForEveryDeploymentAndShowsOnlyTheInitializingOnes() throws Exception {
        answer("live/list", "{\"live\":["
                + "{\"projectId\":77,\"deployId\":\"L-77\",\"status\":\"Running\"},"
                + "{\"projectId\":78,\"deployId\":\"L-78\",\"status\":\"Initializing\"},"
                + "{\"projectId\":79,\"deployId\":\"L-79\",\"status\":\"Stopped\"}],\"success\":true}");

        Reply reply = gateway.handle(ADMIN, "list initializing");

        assertThat(bodiesSentTo("live/list")).containsExactly("{}");
        assertThat(reply.title()).isEqualTo("Initializing deployments (1)");
        assertThat(reply.table()).hasValueSatisfying(table -> assertThat(table.rows())
                .extracting(row -> row.get(0)).containsExactly("Live/Momentum (78)"));
    }

    @Test
    void listRunningLetsQuantConnectFilter() throws Exception {
        answer("live/list", "{\"live\":[{\"projectId\":77,\"deployId\":\"L-77\",\"status\":\"Running\"}],"
                + "\"success\":true}");

        gateway.handle(ADMIN, "list Running");

        assertThat(bodiesSentTo("live/list")).containsExactly("{\"status\":\"Running\"}");
    }

    @Test
    void listIdleIsRefusedWithOneSentenceNamingTheTwelveStatuses() {
        Reply reply = gateway.handle(ADMIN, "list Idle");

        assertThat(reply.text()).isEqualTo("'Idle' is not a deployment status; the statuses are DeployError, "
                + "InQueue, Running, Stopped, Liquidated, Deleted, Completed, RuntimeError, Invalid, LoggingIn, "
                + "Initializing, History. Usage: /live list [status] [--page N]");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void helpOffersTheSameTwelveStatuses() {
        String twelve = "DeployError, InQueue, Running, Stopped, Liquidated, Deleted, Completed, RuntimeError, "
                + "Invalid, LoggingIn, Initializing, History";

        assertThat(gateway.handle(ADMIN, "help list").fields()).extracting(Reply.Field::value).containsExactly(twelve);
        assertThat(gateway.handle(ADMIN, "help subscribe").fields()).extracting(Reply.Field::value)
                .containsExactly(twelve);
        assertThat(gateway.handle(ADMIN, "help").footer()).isEqualTo("Statuses for list and subscribe: " + twelve + ".");
    }

    @Test
    void anHttpErrorIsReportedAsAFailureNotAsNoAnswer() {
        answers.put("live/list", new MockResponse.Builder().code(500).body("").build());

        Reply reply = gateway.handle(ADMIN, "list");

        assertThat(reply.text()).isEqualTo("QuantConnect's live/list failed: it answered HTTP 500.");
    }

    @Test
    void noOrdersIsOneStatement() {
        answer("live/orders/read", "{\"orders\":[],\"length\":0,\"success\":true}");

        Reply reply = gateway.handle(ADMIN, "orders momentum");

        assertThat(reply.title()).isEqualTo("Live/Momentum: orders");
        assertThat(reply.text()).isEqualTo("No orders yet.");
    }

    @Test
    void aBusyNodeQuantConnectSaysLittleAboutIsStillOneClearSentence() {
        answer("live/read", "{\"success\":false,\"errors\":[\"No live deployment found for project 78.\"]}");
        answer("projects/nodes/read", "{\"nodes\":{\"backtest\":[],\"research\":[],\"live\":[{\"id\":\"LN-9\","
                + "\"name\":\"L-MICRO busy\",\"busy\":true,\"usedBy\":\"\",\"projectName\":\"\"}]},"
                + "\"autoSelectNode\":false,\"success\":true}");

        Reply reply = gateway.handle(ADMIN, "deploy momentum --node LN-9");

        assertThat(reply.text()).isEqualTo("Node 'L-MICRO busy' (LN-9) is in use; free live nodes: none.");
    }

    private void answer(String path, String json) {
        answers.put(path, new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(json).build());
    }

    /** The JSON bodies of every request to the path so far, normalised. */
    private List<String> bodiesSentTo(String path) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int i = server.getRequestCount(); i > 0; i--) {
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            if (request.getUrl().encodedPath().equals("/api/v2/" + path)) {
                bodies.add(JSON.readTree(request.getBody().utf8()).toString());
            }
        }
        return bodies;
    }
}
