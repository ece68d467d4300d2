package dev.liveops.slack;

import static org.mockito.Mockito.spy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.command.CommandGateway;
import dev.liveops.config.LimitsConfig;
import dev.liveops.config.SlackSettings;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.secret.Secret;
import dev.liveops.testing.StoreKind;
import dev.liveops.testing.TestCore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * The Slack bot as production starts it, in HTTP mode on a free loopback port, over the real core, with Slack's Web
 * API and response_urls faked: tests send what Slack sends (signed) and read what the bot sent back.
 */
final class SlackBotHarness implements AutoCloseable {
    static final String BOT_TOKEN = "slack-bot-value-0007";
    static final String SIGNING_SECRET = "slack-signing-value-0009";
    static final String CHANNEL = "C0OPS";
    static final Duration WAIT = Duration.ofSeconds(10);

    final TestCore core;
    final MockWebServer server = new MockWebServer();
    final FakeSlackApi fake;
    final CommandGateway gateway;
    final SlackBot bot;
    final URI events;
    /** Slack gives every command and press a trigger id of its own; a retry repeats it. */
    private final AtomicInteger triggers = new AtomicInteger(42);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SlackBotHarness() throws IOException {
        this(StoreKind.SQLITE);
    }

    SlackBotHarness(StoreKind store) throws IOException {
        this(SlackTestWorkspace.core().store(store).build(), LimitsConfig.DEFAULT);
    }

    /** Over the given core (closed with the harness), running commands within {@code limits}. */
    SlackBotHarness(TestCore core, LimitsConfig limits) throws IOException {
        this.core = core;
        server.start();
        fake = FakeSlackApi.on(server);
        fake.members(SlackTestWorkspace.TRADERS_GROUP, SlackTestWorkspace.GINA);
        gateway = spy(core.gateway());
        SlackSettings settings = new SlackSettings(Secret.of(BOT_TOKEN), SlackSettings.Mode.HTTP, Optional.empty(),
                Optional.of(Secret.of(SIGNING_SECRET)), new SlackSettings.Http(0, "/slack/events"));
        bot = SlackBot.start(settings.withApiUrl(fake.apiUrl()), gateway, Set.of(SlackTestWorkspace.TRADERS_GROUP),
                NotificationObserver.NONE, limits);
        events = URI.create("http://127.0.0.1:" + bot.httpAddress().orElseThrow().getPort() + "/slack/events");
    }

    /**
     * Another LiveOps process serving Slack over HTTP on its own port with {@code gateway} (e.g. a replica's, on the
     * same store), the same fake Slack behind it; close it before the harness.
     */
    SlackBot replica(CommandGateway gateway) {
        SlackSettings settings = new SlackSettings(Secret.of(BOT_TOKEN), SlackSettings.Mode.HTTP, Optional.empty(),
                Optional.of(Secret.of(SIGNING_SECRET)), new SlackSettings.Http(0, "/slack/events"));
        return SlackBot.start(settings.withApiUrl(fake.apiUrl()), gateway, Set.of(SlackTestWorkspace.TRADERS_GROUP),
                NotificationObserver.NONE, LimitsConfig.DEFAULT);
    }

    /** Posts without waiting to another process ({@link #replica}). */
    CompletableFuture<HttpResponse<String>> postAsync(SlackBot to, String body) {
        long now = SlackSigning.now();
        URI at = URI.create("http://127.0.0.1:" + to.httpAddress().orElseThrow().getPort() + "/slack/events");
        return http.sendAsync(HttpRequest.newBuilder(at).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", SlackSigning.signature(SIGNING_SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A slash command body as Slack posts it; the answer is expected at response_url "/respond/{answerAt}". */
    String command(String userId, String userName, String text, String answerAt) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-unused");
        form.put("team_id", "T0TEST");
        form.put("team_domain", "liveops-test");
        form.put("channel_id", CHANNEL);
        form.put("channel_name", "ops");
        form.put("user_id", userId);
        form.put("user_name", userName);
        form.put("command", "/live");
        form.put("text", text);
        form.put("api_app_id", "A0LIVEOPS");
        form.put("response_url", fake.responseUrl(answerAt));
        form.put("trigger_id", "1337." + triggers.incrementAndGet() + ".abcdef");
        return formBody(form);
    }

    /** A block_actions body: {@code userId} pressed the button whose value is {@code command}. */
    String press(String userId, String userName, String command, String answerAt) {
        ObjectNode payload = FakeSlackApi.JSON.createObjectNode();
        payload.put("type", "block_actions");
        payload.putObject("team").put("id", "T0TEST").put("domain", "liveops-test");
        payload.putObject("user").put("id", userId).put("username", userName).put("name", userName)
                .put("team_id", "T0TEST");
        payload.put("api_app_id", "A0LIVEOPS");
        payload.put("token", "legacy-verification-unused");
        payload.putObject("container").put("type", "message").put("message_ts", "1763650000.000100")
                .put("channel_id", CHANNEL).put("is_ephemeral", false);
        payload.put("trigger_id", "1337." + triggers.incrementAndGet() + ".abcdef");
        payload.putObject("channel").put("id", CHANNEL).put("name", "ops");
        payload.putObject("message").put("type", "message").put("ts", "1763650000.000100").put("text", "preview");
        payload.put("response_url", fake.responseUrl(answerAt));
        ObjectNode action = payload.putArray("actions").addObject();
        action.put("action_id", "live:0").put("block_id", "b0").put("value", command).put("type", "button")
                .put("action_ts", "1763650001.000200");
        action.putObject("text").put("type", "plain_text").put("text", "Confirm");
        return formBody(Map.of("payload", payload.toString()));
    }

    HttpResponse<String> post(String body) throws Exception {
        long now = SlackSigning.now();
        return post(body, now, SlackSigning.signature(SIGNING_SECRET, now, body));
    }

    HttpResponse<String> post(String body, long timestamp, String signature) throws Exception {
        return http.send(signed(body, timestamp, signature), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code body} again as Slack's retry number {@code retryNum} of it. */
    HttpResponse<String> postRetry(String body, int retryNum) throws Exception {
        long now = SlackSigning.now();
        HttpRequest request = HttpRequest.newBuilder(signed(body, now, SlackSigning.signature(SIGNING_SECRET, now, body)),
                (name, value) -> true).header("X-Slack-Retry-Num", String.valueOf(retryNum))
                .header("X-Slack-Retry-Reason", "http_timeout").build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts without waiting: many commands at once. */
    CompletableFuture<HttpResponse<String>> postAsync(String body) {
        long now = SlackSigning.now();
        return http.sendAsync(signed(body, now, SlackSigning.signature(SIGNING_SECRET, now, body)),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest signed(String body, long timestamp, String signature) {
        return HttpRequest.newBuilder(events).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        bot.close();
        server.close();
        core.close();
    }
}
