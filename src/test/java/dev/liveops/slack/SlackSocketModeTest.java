package dev.liveops.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.command.CommandGateway;
import dev.liveops.config.LimitsConfig;
import dev.liveops.config.SlackSettings;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.secret.Secret;
import dev.liveops.testing.GatedQuantConnect;
import dev.liveops.testing.TestCore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against a fake Slack: apps.connections.open hands out a ws:// URL on the fake, which greets the bot
 * and sends a /live envelope; the bot must ack the envelope by its id and answer through response_url.
 */
class SlackSocketModeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Not a real token's shape: the SDK does not check the prefix. */
    private static final String APP_TOKEN = "slack-app-value-0008";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private TestCore core;
    private SlackBot bot;
    private volatile WebSocket slackSide;

    @AfterEach
    void tearDown() {
        if (bot != null) {
            bot.close();
        }
        if (slackSide != null) {
            // The fake's end of the socket, or MockWebServer waits for it when it stops.
            slackSide.close(1001, "test over");
        }
        if (core != null) {
            core.close();
        }
    }

    @Test
    void aSlashCommandEnvelopeIsAckedWithItsEnvelopeIdAndAnswered() throws Exception {
        FakeSlackApi fake = FakeSlackApi.on(server);
        BlockingQueue<String> fromBot = slackSending(fake, 1);
        core = SlackTestWorkspace.core().build();
        SlackSettings settings = socketSettings();

        bot = SlackBot.start(settings.withApiUrl(fake.apiUrl()), core.gateway(), Set.of());

        String ackText = fromBot.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(ackText).as("the bot's ack").isNotNull();
        JsonNode ack = FakeSlackApi.JSON.readTree(ackText);
        assertThat(ack.path("envelope_id").asText()).isEqualTo("env-42");
        assertThat(ack.at("/payload/text").asText()).isEqualTo(LiveSlashCommand.WORKING);
        JsonNode answer = FakeSlackApi.body(fake.take("/respond/socket", WAIT));
        assertThat(answer.at("/blocks/0/text/text").asText()).isEqualTo(":large_green_circle: Running deployments (2)");
        assertThat(fake.take("apps.connections.open", WAIT).getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + APP_TOKEN);
        assertThat(bot.httpAddress()).isEmpty();
    }

    @Test
    void aRetriedEnvelopeIsAckedAgainButRunsOnce() throws Exception {
        FakeSlackApi fake = FakeSlackApi.on(server);
        // Slack resends an envelope it saw no ack for, with the same envelope and trigger ids.
        BlockingQueue<String> fromBot = slackSending(fake, 2);
        core = SlackTestWorkspace.core().build();
        SlackSettings settings = socketSettings();
        CommandGateway gateway = spy(core.gateway());

        bot = SlackBot.start(settings.withApiUrl(fake.apiUrl()), gateway, Set.of());

        JsonNode first = FakeSlackApi.JSON.readTree(fromBot.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        JsonNode retry = FakeSlackApi.JSON.readTree(fromBot.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
        fake.take("/respond/socket", WAIT);

        assertThat(List.of(first.path("envelope_id").asText(), retry.path("envelope_id").asText()))
                .containsExactly("env-42", "env-42");
        // Both are acknowledged before the store is asked; only the one recorded first runs.
        assertThat(List.of(first.at("/payload/text").asText(), retry.at("/payload/text").asText()))
                .containsExactly(LiveSlashCommand.WORKING, LiveSlashCommand.WORKING);
        verify(gateway, times(1)).handle(any(), eq("list Running"));
    }

    @Test
    void aCommandPastTheLimitIsAuditedAndItsAckSaysSoInOneSentence() throws Exception {
        FakeSlackApi fake = FakeSlackApi.on(server);
        BlockingQueue<String> fromBot = slackSending(fake, 1);
        try (GatedQuantConnect quantConnect = new GatedQuantConnect()) {
            core = SlackTestWorkspace.core().quantConnectAt(quantConnect.baseUrl()).build();
            quantConnect.forwardTo(core.sandbox().baseUrl()).hold();
            bot = SlackBot.start(socketSettings().withApiUrl(fake.apiUrl()), core.gateway(), Set.of(),
                    NotificationObserver.NONE, new LimitsConfig(1, 0));
            JsonNode running = FakeSlackApi.JSON.readTree(fromBot.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertThat(running.at("/payload/text").asText()).isEqualTo(LiveSlashCommand.WORKING);
            quantConnect.awaitArrivals(1);

            slackSide.send(envelope("env-43", "whoami", fake.responseUrl("refused"), "1337.45.abcdef"));

            JsonNode refused = FakeSlackApi.JSON.readTree(fromBot.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            assertThat(refused.path("envelope_id").asText()).isEqualTo("env-43");
            String sentence = "LiveOps is already running 1 commands with 0 more waiting, its configured limit "
                    + "(limits in the config), so this one was not run; try again in a minute.";
            assertThat(refused.at("/payload/text").asText()).isEqualTo(":warning: " + sentence);
            AuditEntry entry = core.stores().auditLog().recent(Optional.empty(), 10).get(0);
            assertThat(entry.step()).isEqualTo(AuditStep.NOT_RUN);
            assertThat(entry.commandText()).isEqualTo("whoami");
            assertThat(entry.outcome()).isEqualTo(sentence);
            quantConnect.open();
            fake.take("/respond/socket", WAIT);
            bot.close();
            bot = null;
        }
    }

    private static String envelope(String id, String text, String responseUrl) {
        return envelope(id, text, responseUrl, "1337.44.abcdef");
    }

    private static String envelope(String id, String text, String responseUrl, String triggerId) {
        ObjectNode envelope = FakeSlackApi.JSON.createObjectNode();
        envelope.put("envelope_id", id);
        envelope.put("type", "slash_commands");
        envelope.put("accepts_response_payload", true);
        envelope.putObject("payload").put("token", "legacy-verification-unused").put("team_id", "T0TEST")
                .put("team_domain", "liveops-test").put("channel_id", SlackBotHarness.CHANNEL)
                .put("channel_name", "ops").put("user_id", SlackTestWorkspace.VERA).put("user_name", "vera")
                .put("command", "/live").put("text", text).put("api_app_id", "A0LIVEOPS")
                .put("is_enterprise_install", "false").put("response_url", responseUrl)
                .put("trigger_id", triggerId);
        return envelope.toString();
    }

    /** Slack's side of the socket: hello, then the same envelope {@code times} times; what the bot sends back. */
    private BlockingQueue<String> slackSending(FakeSlackApi fake, int times) {
        BlockingQueue<String> fromBot = new LinkedBlockingQueue<>();
        fake.acceptSocketMode(new WebSocketListener() {
            @Override
            public void onOpen(WebSocket socket, Response response) {
                slackSide = socket;
                socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                        + "\"connection_info\":{\"app_id\":\"A0LIVEOPS\"}}");
                for (int i = 0; i < times; i++) {
                    socket.send(envelope("env-42", "list Running", fake.responseUrl("socket")));
                }
            }

            @Override
            public void onMessage(WebSocket socket, String text) {
                fromBot.add(text);
            }

            @Override
            public void onClosing(WebSocket socket, int code, String reason) {
                socket.close(code, null);
            }
        });
        return fromBot;
    }

    private static SlackSettings socketSettings() {
        return new SlackSettings(Secret.of(SlackBotHarness.BOT_TOKEN), SlackSettings.Mode.SOCKET,
                Optional.of(Secret.of(APP_TOKEN)), Optional.empty(), null);
    }
}
