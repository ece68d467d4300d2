package dev.liveops.notify;

import static dev.liveops.sandbox.DemoOrganization.MOMENTUM;
import static dev.liveops.testing.WatcherSettingsBuilder.watcherSettings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.liveops.access.Platform;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.slack.BlockKitRenderer;
import dev.liveops.slack.SlackChannelPoster;
import dev.liveops.testing.TestCore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The watcher's alert on the wire: the real Slack poster, chat.postMessage to a fake Slack Web API. */
class NotificationsOverSlackTest {
    @StartStop
    final MockWebServer slackApi = new MockWebServer();

    @Test
    void aRuntimeErrorReachesTheSlackChannelOnceAsBlockKitWithAPlainFallback() throws Exception {
        // auth.test (the SDK asks for the team id first) and chat.postMessage both succeed.
        slackApi.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("{\"ok\":true,\"team_id\":\"T111\",\"user_id\":\"U222\",\"channel\":\"C-ALL\","
                                + "\"ts\":\"1763650000.000100\"}").build();
            }
        });
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slackApi.url("/api/").toString());
        SlackChannelPoster poster = new SlackChannelPoster(Slack.getInstance(config).methods("slack-bot-value-0007"),
                new BlockKitRenderer(), pause -> { });
        WatcherSettings settings = watcherSettings().pollInterval(Duration.ofSeconds(30)).subscription(
                new ConfiguredSubscription(new ChannelKey(Platform.SLACK, "C-ALL"), Set.of(), "*", Map.of())).build();
        try (TestCore h = TestCore.builder().watcher(settings).poster(poster).build()) {
            h.notifications().step();

            h.sandbox().faults().runtimeError(MOMENTUM, "Broker disconnected: order routing halted");
            h.stepAfter(Duration.ofSeconds(30));
            h.stepAfter(Duration.ofSeconds(30));

            RecordedRequest post = nextPost();
            JsonNode message = body(post);
            assertThat(message.path("channel").asText()).isEqualTo("C-ALL");
            assertThat(message.path("text").asText()).contains("Live/Momentum is RuntimeError");
            assertThat(message.path("blocks").toString()).contains("Broker disconnected: order routing halted");
            assertThat(slackApi.takeRequest(200, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    private RecordedRequest nextPost() throws InterruptedException {
        for (RecordedRequest request = slackApi.takeRequest(5, TimeUnit.SECONDS); request != null;
             request = slackApi.takeRequest(5, TimeUnit.SECONDS)) {
            if (request.getUrl().encodedPath().equals("/api/chat.postMessage")) {
                return request;
            }
        }
        throw new AssertionError("no chat.postMessage");
    }

    /** chat.postMessage arrives as a form or as JSON depending on the SDK call; both carry the same fields. */
    private static JsonNode body(RecordedRequest request) throws Exception {
        String raw = request.getBody().utf8();
        ObjectMapper json = new ObjectMapper();
        if (raw.startsWith("{")) {
            return json.readTree(raw);
        }
        var fields = json.createObjectNode();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            String value = URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            String key = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            fields.set(key, key.equals("blocks") ? json.readTree(value) : json.getNodeFactory().textNode(value));
        }
        return fields;
    }
}
