package dev.liveops.slack;

import static dev.liveops.slack.SlackBotHarness.WAIT;
import static dev.liveops.slack.SlackLimitsAssert.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /live over real HTTP on loopback, signed as Slack signs, against the real core and a fake Slack. */
class SlackHttpModeTest {
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
    void aSignedListIsAckedWithinThreeSecondsAndAnsweredAtTheResponseUrl() throws Exception {
        String body = slack.command(SlackTestWorkspace.VERA, "vera", "list Running", "list");

        long started = System.nanoTime();
        HttpResponse<String> ack = slack.post(body);
        Duration ackTime = Duration.ofNanos(System.nanoTime() - started);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Working on it");
        assertThat(ackTime).isLessThan(Duration.ofSeconds(3));
        System.out.println("Slack slash command ack took " + ackTime.toMillis() + " ms");
        JsonNode answer = FakeSlackApi.body(slack.fake.take("/respond/list", WAIT));
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.at("/blocks/0/text/text").asText()).isEqualTo(":large_green_circle: Running deployments (2)");
        assertThat(BlockKitRendererTest.codeBlocks(answer)).singleElement().satisfies(table -> assertThat(table)
                .contains("Live/Momentum (23456789)").contains("Live/MeanReversion (23461204)"));
        assertWithinLimits(answer);
    }

    /**
     * Bolt asks Slack's auth.test again on the first request and then every 10 minutes, inside that request's ack: on a
     * quiet bot, a round trip to Slack in most acks. The bot checked its token at start; that answer is kept.
     */
    @Test
    void anAckDoesNotWaitForAnAuthTestOfItsOwn() throws Exception {
        int atStart = slack.fake.count("/api/auth.test");
        String body = slack.command(SlackTestWorkspace.VERA, "vera", "list Running", "no-auth-test");

        HttpResponse<String> ack = slack.post(body);

        assertThat(ack.statusCode()).isEqualTo(200);
        slack.fake.take("/respond/no-auth-test", WAIT);
        assertThat(slack.fake.count("/api/auth.test")).as("auth.test calls since the bot started").isEqualTo(atStart);
    }

    @Test
    void aBadSignatureIsRefusedBeforeAnyHandler() throws Exception {
        String body = slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "forged");
        long now = SlackSigning.now();

        HttpResponse<String> refused = slack.post(body, now, SlackSigning.signature("not-the-secret", now, body));

        assertThat(refused.statusCode()).isEqualTo(401);
        verify(slack.gateway, never()).handle(any(), anyString());
        assertThat(slack.fake.count("/respond/forged")).isZero();
    }

    @Test
    void aStaleTimestampIsRefusedBeforeAnyHandler() throws Exception {
        String body = slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "replayed");
        long sixMinutesAgo = SlackSigning.now() - 6 * 60;

        HttpResponse<String> refused = slack.post(body, sixMinutesAgo,
                SlackSigning.signature(SlackBotHarness.SIGNING_SECRET, sixMinutesAgo, body));

        assertThat(refused.statusCode()).isEqualTo(401);
        verify(slack.gateway, never()).handle(any(), anyString());
        assertThat(slack.fake.count("/respond/replayed")).isZero();
    }

    @Test
    void aTimestampMoreThanFiveMinutesAheadIsRefusedBeforeAnyHandler() throws Exception {
        String body = slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "future");
        long sixMinutesAhead = SlackSigning.now() + 6 * 60;

        HttpResponse<String> refused = slack.post(body, sixMinutesAhead,
                SlackSigning.signature(SlackBotHarness.SIGNING_SECRET, sixMinutesAhead, body));

        assertThat(refused.statusCode()).isEqualTo(401);
        verify(slack.gateway, never()).handle(any(), anyString());
        assertThat(slack.fake.count("/respond/future")).isZero();
    }

    @Test
    void aTimestampAFewSecondsAheadIsAccepted() throws Exception {
        String body = slack.command(SlackTestWorkspace.VERA, "vera", "whoami", "skewed");
        long aMinuteAhead = SlackSigning.now() + 60;

        HttpResponse<String> ack = slack.post(body, aMinuteAhead,
                SlackSigning.signature(SlackBotHarness.SIGNING_SECRET, aMinuteAhead, body));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(FakeSlackApi.body(slack.fake.take("/respond/skewed", WAIT)).toString()).contains("vera");
    }

    @Test
    void aUserGroupMemberGetsTheGroupsRoleAndMembershipIsCached() throws Exception {
        slack.post(slack.command(SlackTestWorkspace.GINA, "gina", "whoami", "who-1"));
        JsonNode first = FakeSlackApi.body(slack.fake.take("/respond/who-1", WAIT));
        slack.post(slack.command(SlackTestWorkspace.GINA, "gina", "whoami", "who-2"));
        FakeSlackApi.body(slack.fake.take("/respond/who-2", WAIT));

        assertThat(first.toString()).contains("trader").contains("slack:U0GINA");
        assertThat(slack.fake.count("usergroups.users.list")).isEqualTo(1);
    }

    @Test
    void aChannelReplyIsPostedForEveryoneWithItsButtons() throws Exception {
        slack.post(slack.command(SlackTestWorkspace.TOM, "tom", "stop momentum", "stop"));

        JsonNode preview = FakeSlackApi.body(slack.fake.take("/respond/stop", WAIT));

        assertThat(preview.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(BlockKitRendererTest.buttons(preview)).extracting(b -> b.path("value").asText())
                .anySatisfy(value -> assertThat(value).startsWith("confirm "))
                .anySatisfy(value -> assertThat(value).startsWith("cancel "));
        assertWithinLimits(preview);
    }

    @Test
    void whenTheResponseUrlFailsTheAnswerIsPostedThroughTheWebApi() throws Exception {
        slack.fake.script("/respond/gone", new mockwebserver3.MockResponse.Builder().code(404).body("expired_url")
                .build());

        slack.post(slack.command(SlackTestWorkspace.VERA, "vera", "list Running", "gone"));

        JsonNode posted = FakeSlackApi.message(slack.fake.take("chat.postEphemeral", WAIT));
        assertThat(posted.path("channel").asText()).isEqualTo(SlackBotHarness.CHANNEL);
        assertThat(posted.path("text").asText()).startsWith(":large_green_circle: Running deployments (2)");
    }
}
