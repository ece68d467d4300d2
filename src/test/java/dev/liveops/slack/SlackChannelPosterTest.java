package dev.liveops.slack;

import static dev.liveops.slack.FakeSlackApi.error;
import static dev.liveops.slack.SlackLimitsAssert.assertWithinLimits;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.liveops.reply.Reply;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.access.Platform;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.notify.PostResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Notifications through chat.postMessage against a fake Slack Web API: limits, rate limits and refusals. */
class SlackChannelPosterTest {
    private static final String BOT_TOKEN = "slack-bot-value-0007";
    private static final Duration WAIT = Duration.ofSeconds(5);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private FakeSlackApi fake;
    private Slack slack;
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private SlackChannelPoster poster;

    @BeforeEach
    void setUp() {
        fake = FakeSlackApi.on(server);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        slack = Slack.getInstance(config);
        poster = new SlackChannelPoster(slack.methods(BOT_TOKEN), new BlockKitRenderer(), pauses::add);
    }

    @AfterEach
    void tearDown() throws Exception {
        slack.close();
    }

    @Test
    void theLargestRealisticRepliesArePostedWithinEveryLimit() throws Exception {
        String longName = "Live/" + "ExtremelyLongStrategyName".repeat(20);
        Reply.Builder longNames = Reply.builder(Severity.WARNING, "Liquidate " + longName + "?")
                .text("This closes 120 holdings of " + longName).footer("Code 7Q2X. Only " + longName + " can confirm")
                .button("Confirm liquidate of " + longName, "confirm 7Q2X", Reply.Button.Style.DANGER)
                .button("Cancel", "cancel 7Q2X", Reply.Button.Style.SECONDARY);
        IntStream.range(0, 30).forEach(i -> longNames.field("Holding " + i + " " + longName, longName));
        List<Reply> replies = List.of(ReplyExamples.deploymentList(300), Reply.error("E".repeat(5000)),
                longNames.build());

        for (Reply reply : replies) {
            PostResult result = poster.post("C0OPS", reply);

            assertThat(result).isEqualTo(new PostResult.Posted("1763650000.000100"));
            RecordedRequest request = fake.take("chat.postMessage", WAIT);
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + BOT_TOKEN);
            JsonNode message = FakeSlackApi.message(request);
            assertThat(message.path("channel").asText()).isEqualTo("C0OPS");
            assertThat(message.path("blocks").size()).isGreaterThan(0);
            assertWithinLimits(message);
        }
    }

    @Test
    void a429IsRetriedAfterTheDelaySlackAsksFor() throws Exception {
        fake.script("chat.postMessage", new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}").build());

        PostResult result = poster.post("C0OPS", Reply.builder(Severity.INFO, "Live/Momentum: Running").build());

        assertThat(result).isInstanceOf(PostResult.Posted.class);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        fake.take("chat.postMessage", WAIT);
        fake.take("chat.postMessage", WAIT);
    }

    @Test
    void eachRateLimitIsToldToTheObserverWithTheWaitSlackAskedFor() throws Exception {
        List<Duration> limited = new CopyOnWriteArrayList<>();
        SlackChannelPoster observed = new SlackChannelPoster(slack.methods(BOT_TOKEN), new BlockKitRenderer(),
                pauses::add, new NotificationObserver() {
                    @Override
                    public void rateLimited(Platform platform, Duration asked) {
                        assertThat(platform).isEqualTo(Platform.SLACK);
                        limited.add(asked);
                    }
                });
        fake.script("chat.postMessage", new MockResponse.Builder().code(429).setHeader("Retry-After", "1")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}").build());
        fake.script("chat.postMessage", new MockResponse.Builder().code(429).setHeader("Retry-After", "120")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}").build());

        observed.post("C0OPS", Reply.error("x"));

        assertThat(limited).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(120));
    }

    @Test
    void aRetryAfterBeyondPatienceIsLeftToTheWatcher() throws Exception {
        fake.script("chat.postMessage", new MockResponse.Builder().code(429).setHeader("Retry-After", "120")
                .body("{\"ok\":false,\"error\":\"ratelimited\"}").build());

        PostResult result = poster.post("C0OPS", Reply.error("x"));

        assertThat(result).isEqualTo(new PostResult.Failed("Slack asked to wait 120 s"));
        assertThat(pauses).isEmpty();
        assertThat(fake.count("chat.postMessage")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived", "missing_scope"})
    void aChannelTheBotCannotPostToIsRefusedAtOnce(String slackError) throws Exception {
        fake.script("chat.postMessage", error(slackError));

        PostResult result = poster.post("C0GONE", Reply.error("x"));

        assertThat(result).isInstanceOfSatisfying(PostResult.Refused.class, refused -> assertThat(refused.reason())
                .startsWith("Slack refused the post to C0GONE: ").endsWith("(" + slackError + ")."));
        assertThat(pauses).isEmpty();
        assertThat(fake.count("chat.postMessage")).isEqualTo(1);
    }

    @Test
    void otherErrorsFailWithoutRetrying() throws Exception {
        fake.script("chat.postMessage", error("invalid_blocks"));

        assertThat(poster.post("C0OPS", Reply.error("x"))).isEqualTo(new PostResult.Failed("Slack answered invalid_blocks"));
        assertThat(pauses).isEmpty();
    }

    @Test
    void serverErrorsAreRetriedWithGrowingPausesThenGivenUp() throws Exception {
        IntStream.range(0, SlackChannelPoster.MAX_ATTEMPTS).forEach(i -> fake.script("chat.postMessage",
                new MockResponse.Builder().code(503).build()));

        PostResult result = poster.post("C0OPS", Reply.error("x"));

        assertThat(result).isEqualTo(new PostResult.Failed("Slack answered HTTP 503"));
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(fake.count("chat.postMessage")).isEqualTo(SlackChannelPoster.MAX_ATTEMPTS);
    }
}
