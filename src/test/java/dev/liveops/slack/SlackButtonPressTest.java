package dev.liveops.slack;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.slack.SlackBotHarness.WAIT;
import static dev.liveops.slack.SlackLimitsAssert.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Confirm and Cancel as Slack delivers them: signed block_actions payloads over HTTP, the button value taken from
 * the preview the bot actually sent, the stop counted on the live API spy.
 */
class SlackButtonPressTest {
    private SlackBotHarness slack;

    @BeforeEach
    void setUp() throws Exception {
        slack = new SlackBotHarness();
    }

    @AfterEach
    void tearDown() {
        slack.close();
    }

    @Test
    void confirmByTheRequesterStopsOnceAndReplacesThePromptWithoutButtons() throws Exception {
        String confirm = button(preview("stop momentum"), "confirm ");

        HttpResponse<String> ack = slack.post(slack.press(SlackTestWorkspace.TOM, "tom", confirm, "press-1"));
        JsonNode outcome = FakeSlackApi.body(slack.fake.take("/respond/press-1", WAIT));
        slack.post(slack.press(SlackTestWorkspace.TOM, "tom", confirm, "press-2"));
        JsonNode second = FakeSlackApi.body(slack.fake.take("/respond/press-2", WAIT));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(outcome.path("replace_original").asBoolean()).isTrue();
        assertThat(outcome.at("/blocks/0/text/text").asText())
                .isEqualTo(":large_green_circle: Stop sent: Live/Momentum");
        assertThat(outcome.path("text").asText()).contains("Requested by tom (slack:U0TOM).");
        assertThat(BlockKitRendererTest.buttons(outcome)).isEmpty();
        assertWithinLimits(outcome);
        assertThat(second.path("replace_original").asBoolean()).isFalse();
        assertThat(second.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(second.path("text").asText()).contains("stop Live/Momentum: ");
        verify(slack.core.live(), times(1)).stop(MOMENTUM);
    }

    @Test
    void confirmBySomeoneElseIsRefusedPrivatelyAndStopsNothing() throws Exception {
        String confirm = button(preview("stop momentum"), "confirm ");

        slack.post(slack.press(SlackTestWorkspace.SARA, "sara", confirm, "press-sara"));
        JsonNode refused = FakeSlackApi.body(slack.fake.take("/respond/press-sara", WAIT));

        assertThat(refused.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(refused.path("replace_original").asBoolean()).isFalse();
        assertThat(refused.path("text").asText())
                .isEqualTo(":red_circle: Only tom (slack:U0TOM) can confirm this stop of Live/Momentum.");
        verify(slack.core.live(), never()).stop(anyLong());
    }

    @Test
    void theLiquidatePromptLeadsWithAWarningNotAnError() throws Exception {
        JsonNode prompt = preview("liquidate momentum");

        assertThat(prompt.at("/blocks/0/text/text").asText()).isEqualTo(":warning: Liquidate Live/Momentum?");
        assertThat(prompt.path("text").asText()).startsWith(":warning: ").doesNotContain(":x:");
    }

    @Test
    void cancelReplacesThePromptAndSendsNothing() throws Exception {
        String cancel = button(preview("liquidate momentum"), "cancel ");

        slack.post(slack.press(SlackTestWorkspace.TOM, "tom", cancel, "press-cancel"));
        JsonNode cancelled = FakeSlackApi.body(slack.fake.take("/respond/press-cancel", WAIT));

        assertThat(cancelled.path("replace_original").asBoolean()).isTrue();
        assertThat(cancelled.at("/blocks/0/text/text").asText()).isEqualTo("Cancelled: liquidate Live/Momentum");
        assertThat(BlockKitRendererTest.buttons(cancelled)).isEmpty();
        verify(slack.core.live(), never()).liquidate(anyLong());
    }

    @Test
    void aForgedButtonPressIsRefusedBeforeAnyHandler() throws Exception {
        String body = slack.press(SlackTestWorkspace.TOM, "tom", "confirm AAAAAA", "press-forged");
        long now = SlackSigning.now();

        HttpResponse<String> refused = slack.post(body, now, SlackSigning.signature("not-the-secret", now, body));

        assertThat(refused.statusCode()).isEqualTo(401);
        verify(slack.gateway, never()).handle(any(), anyString());
    }

    /** Tom asks; the preview the bot posted to the channel. */
    private JsonNode preview(String command) throws Exception {
        slack.post(slack.command(SlackTestWorkspace.TOM, "tom", command, "preview"));
        return FakeSlackApi.body(slack.fake.take("/respond/preview", WAIT));
    }

    private static String button(JsonNode message, String prefix) {
        return BlockKitRendererTest.buttons(message).stream().map(b -> b.path("value").asText())
                .filter(value -> value.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' button in " + message));
    }
}
