package dev.liveops.slack;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.slack.SlackBotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.testing.StoreKind;
import java.net.http.HttpResponse;
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
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).doesNotContain("Working on it");
        assertThat(answer.at("/blocks/0/text/text").asText()).contains("Stop Live/Momentum?");
        verify(slack.gateway, times(1)).handle(any(), eq("stop momentum"));
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
