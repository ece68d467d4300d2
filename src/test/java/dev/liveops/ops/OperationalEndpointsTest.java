package dev.liveops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.Operations;
import dev.liveops.config.OpsConfig;
import dev.liveops.testing.Replies;
import dev.liveops.testing.TestCore;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /healthz, /readyz and /metrics over real HTTP, wired as the command line wires them ({@link Operations}), while a
 * core runs against the sandbox on the test clock.
 */
class OperationalEndpointsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Caller OPERATOR = Caller.console("op", "op");

    private Operations operations;
    private TestCore core;
    private OpsHttp http;

    @BeforeEach
    void start() {
        operations = Operations.of(new OpsConfig(Optional.of(0), "127.0.0.1"), Optional.empty());
        core = TestCore.builder().user(Platform.CONSOLE, "op", "admin").observers(operations.observers()).build();
        operations.open(core);
        http = new OpsHttp(operations.address().orElseThrow());
    }

    @AfterEach
    void stop() {
        operations.close();
        core.close();
    }

    @Test
    void healthzIsAliveWhileTheWatcherLoopSteps() throws Exception {
        core.stepAfter(Duration.ZERO);

        HttpResponse<String> health = http.get("/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Server")).as("no version for scanners").isEmpty();
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asText()).isEqualTo("alive");
        assertThat(body.path("checks").asText()).contains("watcher loop began a step");
    }

    @Test
    void healthzFailsWhenTheWatcherLoopHasNotSteppedForMinutes() {
        core.stepAfter(Duration.ZERO);
        core.clock().advance(Duration.ofMinutes(6));

        assertThat(http.get("/healthz").statusCode()).isEqualTo(503);
        core.stepAfter(Duration.ZERO);
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void readyzIsNotReadyWhileQuantConnectFailsPastTheOutageThresholdAndReadyAfter() throws Exception {
        core.stepAfter(Duration.ZERO);
        HttpResponse<String> before = http.get("/readyz");
        core.sandbox().faults().failNextCalls(1_000, 500);
        core.stepAfter(Duration.ofSeconds(30));
        HttpResponse<String> failingBriefly = http.get("/readyz");
        core.stepAfter(Duration.ofMinutes(2));
        HttpResponse<String> down = http.get("/readyz");
        core.sandbox().faults().clear();
        core.stepAfter(Duration.ofMinutes(5));
        HttpResponse<String> recovered = http.get("/readyz");

        assertThat(before.statusCode()).isEqualTo(200);
        JsonNode ready = JSON.readTree(before.body());
        assertThat(ready.path("status").asText()).isEqualTo("ready");
        assertThat(ready.path("role").asText()).isEqualTo("single");
        assertThat(ready.path("checks").path("store").path("ok").asBoolean()).isTrue();
        assertThat(ready.path("checks").path("quantconnect").path("lastSuccessfulPollAgeSeconds").asLong())
                .isZero();
        assertThat(failingBriefly.statusCode()).as("an outage shorter than the threshold").isEqualTo(200);
        assertThat(down.statusCode()).isEqualTo(503);
        JsonNode quantConnect = JSON.readTree(down.body()).path("checks").path("quantconnect");
        assertThat(quantConnect.path("ok").asBoolean()).isFalse();
        assertThat(quantConnect.path("outage").path("failedPolls").asInt()).isEqualTo(2);
        assertThat(quantConnect.path("outage").path("pastThreshold").asBoolean()).isTrue();
        assertThat(quantConnect.path("lastSuccessfulPollAgeSeconds").asLong()).isEqualTo(150);
        assertThat(JSON.readTree(down.body()).path("checks").path("store").path("ok").asBoolean()).isTrue();
        assertThat(recovered.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(recovered.body()).path("checks").path("quantconnect").path("outage").isNull())
                .isTrue();
    }

    @Test
    void metricsChangeAfterACommandAndAfterAWatcherCycle() {
        String first = http.get("/metrics").body();
        core.gateway().handle(OPERATOR, "list");
        String afterCommand = http.get("/metrics").body();
        core.stepAfter(Duration.ZERO);
        String afterCycle = http.get("/metrics").body();

        assertThat(first).doesNotContain("liveops_commands_seconds_count")
                .contains("liveops_notifications_total{outcome=\"sent\",platform=\"discord\"} 0.0")
                .contains("jvm_memory_used_bytes").contains("process_uptime_seconds");
        assertThat(afterCommand)
                .contains("liveops_commands_seconds_count{command=\"list\",outcome=\"answered\"} 1")
                .contains("liveops_quantconnect_requests_seconds_count{endpoint=\"live/list\",outcome=\"ok\"} 1")
                .contains("liveops_quantconnect_requests_seconds_bucket{endpoint=\"live/list\",outcome=\"ok\",le=")
                .doesNotContain("liveops_watcher_cycle_seconds_count");
        assertThat(afterCycle).contains("liveops_watcher_cycle_seconds_count{outcome=\"answered\"} 1")
                .contains("liveops_quantconnect_requests_seconds_count{endpoint=\"live/list\",outcome=\"ok\"} 2")
                .contains("liveops_quantconnect_reachable 1.0")
                .contains("liveops_outbox_depth 0.0");
        assertThat(sample(afterCycle, "liveops_watcher_last_poll_timestamp_seconds"))
                .isEqualTo(core.clock().instant().getEpochSecond());
    }

    private static double sample(String scrape, String name) {
        return scrape.lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1))).orElseThrow();
    }

    @Test
    void aSentActionIsCountedByKindAndOutcome() {
        String code = Replies.confirmCode(core.gateway().handle(OPERATOR, "stop momentum"));
        core.gateway().handle(OPERATOR, "confirm " + code);

        assertThat(http.get("/metrics").body())
                .contains("liveops_actions_total{kind=\"stop\",outcome=\"done\"} 1.0")
                .contains("liveops_commands_seconds_count{command=\"confirm\",outcome=\"answered\"} 1")
                .contains("liveops_quantconnect_requests_seconds_count{endpoint=\"live/update/stop\",outcome=\"ok\"}"
                        + " 1");
    }

    @Test
    void aChatRateLimitIsCountedByPlatform() {
        operations.observers().notifications().rateLimited(Platform.SLACK, Duration.ofSeconds(3));

        assertThat(http.get("/metrics").body())
                .contains("liveops_chat_rate_limit_waits_seconds_count{platform=\"slack\"} 1")
                .contains("liveops_chat_rate_limit_waits_seconds_sum{platform=\"slack\"} 3.0");
    }

    @Test
    void anUnparsedLineIsCountedWithoutItsText() {
        core.gateway().handle(OPERATOR, "frobnicate s3cret-ish words");

        assertThat(http.get("/metrics").body())
                .contains("liveops_commands_seconds_count{command=\"none\",outcome=\"invalid\"} 1")
                .doesNotContain("frobnicate").doesNotContain("s3cret");
    }

    @Test
    void theQuantConnectTokenNeverAppearsInTheEndpoints() {
        String token = core.sandbox().apiToken();
        core.stepAfter(Duration.ZERO);
        core.gateway().handle(OPERATOR, "read momentum");
        core.sandbox().faults().failNextCalls(1_000, 500);
        core.stepAfter(Duration.ofMinutes(3));
        core.gateway().handle(OPERATOR, "list");

        for (String path : new String[] {"/healthz", "/readyz", "/metrics"}) {
            assertThat(http.get(path).body()).as(path).isNotEmpty().doesNotContain(token);
        }
    }

    @Test
    void otherPathsAndMethodsAreRefused() {
        assertThat(http.get("/").statusCode()).isEqualTo(404);
        assertThat(http.get("/metrics/../admin").statusCode()).isIn(400, 404);
        assertThat(http.send("POST", "/metrics").statusCode()).isEqualTo(405);
        assertThat(http.send("DELETE", "/readyz").statusCode()).isEqualTo(405);
    }
}
