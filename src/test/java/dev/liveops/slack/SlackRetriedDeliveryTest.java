package dev.liveops.slack;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.slack.SlackBotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.testing.Replica;
import dev.liveops.testing.StoreKind;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Slack retries a delivery it thinks went unacknowledged, with the same trigger id: the retry is acknowledged and
 * runs nothing, on SQLite and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SlackRetriedDeliveryTest {
    @Parameter
    StoreKind kind;

    private SlackBotHarness slack;

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackBotHarness(kind);
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    @Test
    void aRetriedSlashCommandIsAcknowledgedAndRunsOnce() throws Exception {
        String body = slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "first");

        HttpResponse<String> first = slack.post(body);
        HttpResponse<String> retry = slack.post(body);
        JsonNode answer = FakeSlackApi.body(slack.fake.take("/respond/first", WAIT));

        assertThat(first.body()).contains("Working on it");
        // Acknowledged before the store is asked, so a retry is acknowledged alike; it still runs nothing.
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(answer.at("/blocks/0/text/text").asText()).contains("Stop Live/Momentum?");
        verify(slack.gateway, times(1)).handle(any(), eq("stop momentum"));
        assertThat(slack.fake.nothingAt("/respond/first", Duration.ofMillis(300))).as("a second answer").isTrue();
    }

    @Test
    void aRetryOfACommandAlreadyTakenIsAcknowledgedWithoutSayingItIsWorkingOnIt() throws Exception {
        String body = slack.command(SlackTestWorkspace.TOM, "tom", "list Running", "taken");
        assertThat(slack.post(body).body()).contains("Working on it");
        slack.fake.take("/respond/taken", WAIT);

        HttpResponse<String> retry = slack.postRetry(body, 1);

        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).doesNotContain("Working on it");
        verify(slack.gateway, times(1)).handle(any(), eq("list Running"));
    }

    @Test
    void aRetryOfADeliveryNeverTakenRunsIt() throws Exception {
        String body = slack.command(SlackTestWorkspace.TOM, "tom", "list Running", "lost");

        HttpResponse<String> retry = slack.postRetry(body, 1);

        assertThat(retry.body()).contains("Working on it");
        assertThat(FakeSlackApi.body(slack.fake.take("/respond/lost", WAIT)).toString()).contains("Running deployments");
    }

    @Test
    void theAcknowledgementDoesNotWaitForTheStore() throws Exception {
        CountDownLatch storeHeld = new CountDownLatch(1);
        doAnswer(call -> {
            storeHeld.await();
            return call.callRealMethod();
        }).when(slack.gateway).isFirstDelivery(any(), any());
        try {
            CompletableFuture<HttpResponse<String>> ack = slack.postAsync(
                    slack.command(SlackTestWorkspace.TOM, "tom", "list Running", "held"));

            assertThat(ack.get(WAIT.toSeconds(), TimeUnit.SECONDS).body()).contains("Working on it");
            assertThat(slack.fake.count("/respond/held")).as("run before its delivery was recorded").isZero();
        } finally {
            storeHeld.countDown();
        }
        assertThat(FakeSlackApi.body(slack.fake.take("/respond/held", WAIT)).toString()).contains("Live/Momentum");
    }

    @Test
    void oneDeliveryPostedToTwoProcessesOnOneStoreRunsOnce() throws Exception {
        try (Replica other = slack.core.replica("second");
             SlackBot second = slack.replica(spy(other.gateway()))) {
            String body = slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "both");

            CompletableFuture<HttpResponse<String>> here = slack.postAsync(body);
            CompletableFuture<HttpResponse<String>> there = slack.postAsync(second, body);
            slack.fake.take("/respond/both", WAIT);

            assertThat(here.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(there.get(WAIT.toSeconds(), TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(slack.fake.nothingAt("/respond/both", Duration.ofMillis(500))).as("a second answer").isTrue();
        }
    }

    @Test
    void aRetriedConfirmPressIsAcknowledgedAndStopsOnce() throws Exception {
        slack.post(slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "preview"));
        String confirm = BlockKitRendererTest.buttons(FakeSlackApi.body(slack.fake.take("/respond/preview", WAIT)))
                .stream().map(b -> b.path("value").asText()).filter(v -> v.startsWith("confirm ")).findFirst()
                .orElseThrow();
        String press = slack.press(SlackTestWorkspace.TOM, "tom", confirm, "press");

        HttpResponse<String> first = slack.post(press);
        HttpResponse<String> retry = slack.post(press);
        JsonNode outcome = FakeSlackApi.body(slack.fake.take("/respond/press", WAIT));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(outcome.at("/blocks/0/text/text").asText()).isEqualTo(":large_green_circle: Stop sent: Live/Momentum");
        verify(slack.gateway, times(1)).handle(any(), eq(confirm));
        verify(slack.core.live(), times(1)).stop(MOMENTUM);
    }
}
