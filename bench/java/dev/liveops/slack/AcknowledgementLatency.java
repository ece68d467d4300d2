package dev.liveops.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.config.DiscordConfig;
import dev.liveops.config.SlackSettings;
import dev.liveops.discord.DiscordBot;
import dev.liveops.discord.DiscordTestServer;
import dev.liveops.discord.FakeDiscord;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions;
import dev.liveops.discord.Interactions.Who;
import dev.liveops.secret.Secret;
import dev.liveops.testing.GatedQuantConnect;
import dev.liveops.testing.TestCore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * Benchmark 2 of issue 14: how fast Slack's acknowledgement and Discord's deferral come while QuantConnect takes 5 s,
 * for 1 and 50 commands at once, and when the answers follow. The real Slack bot in HTTP mode (signed POSTs over
 * loopback, the JDK's HttpClient) and the real Discord bot (JDA on the fake Discord gateway), as {@code run} starts
 * them with the default limits, over the test core; QuantConnect is the sandbox behind a proxy that holds every
 * request for {@code bench.qcDelayMs} (5000) first. Every command is {@code /live list Running} from its own viewer.
 * Slack's ack is timed from the POST to its response; Discord's deferral from the INTERACTION_CREATE frame to the
 * callback reaching the fake Discord; an answer from the same start to the response_url POST or the edit of the
 * deferral. Not JMH: a round of 50 concurrent commands is the unit, and there are few of them.
 */
public final class AcknowledgementLatency {
    private static final String SIGNING_SECRET = "bench-signing-value";
    private static final String WEBHOOK = "webhooks/" + FakeDiscord.APPLICATION_ID + "/";
    private static final int USERS = 50;
    private static final Duration WAIT = Duration.ofMinutes(3);

    private final Duration quantConnectDelay = Duration.ofMillis(Long.getLong("bench.qcDelayMs", 5000));
    private final int singleRounds = Integer.getInteger("bench.rounds1", 10);
    private final int burstRounds = Integer.getInteger("bench.rounds50", 3);
    private final AtomicInteger sequence = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private GatedQuantConnect quantConnect;
    private FakeSlackApi slackApi;
    private URI events;
    private FakeDiscord discordApi;
    private Interactions interactions;

    public static void main(String[] args) throws Exception {
        new AcknowledgementLatency().run();
    }

    private void run() throws Exception {
        TestCore.Builder builder = TestCore.builder().group(Platform.DISCORD, DiscordTestServer.VIEWER_ROLE, "viewer");
        for (int u = 0; u < USERS; u++) {
            builder.user(Platform.SLACK, slackUser(u), "viewer");
        }
        try (GatedQuantConnect gate = new GatedQuantConnect();
             TestCore core = builder.quantConnectAt(gate.baseUrl()).build();
             MockWebServer slackServer = new MockWebServer();
             FakeDiscord discord = new FakeDiscord().guild(DiscordTestServer.GUILD,
                     List.of(DiscordTestServer.VIEWER_ROLE), List.of(DiscordTestServer.CHANNEL)).start()) {
            quantConnect = gate.forwardTo(core.sandbox().baseUrl());
            slackServer.start();
            slackApi = FakeSlackApi.on(slackServer);
            discordApi = discord;
            interactions = new Interactions(discord);
            SlackSettings settings = new SlackSettings(Secret.of("bench-bot-value"), SlackSettings.Mode.HTTP,
                    Optional.empty(), Optional.of(Secret.of(SIGNING_SECRET)),
                    new SlackSettings.Http(0, "/slack/events"));
            try (SlackBot slack = SlackBot.start(settings.withApiUrl(slackApi.apiUrl()), core.gateway(), Set.of());
                 DiscordBot bot = DiscordBot.start(discord.pointing(new DiscordConfig(Secret.of("bench-token"),
                         List.of(DiscordTestServer.GUILD), false, false)), core.gateway())) {
                discord.takeRest("PUT", "applications/\\d+/guilds/" + DiscordTestServer.GUILD + "/commands");
                events = URI.create("http://127.0.0.1:" + slack.httpAddress().orElseThrow().getPort()
                        + "/slack/events");
                core.gateway().handle(new Caller(Platform.SLACK, slackUser(0), "warm", Set.of(), "C0OPS"), "list");
                for (int warm = 0; warm < 30; warm++) { // JIT and connections, QuantConnect answering at once
                    slackRound(1);
                    discordRound(1);
                }
                quantConnect.delay(quantConnectDelay);
                System.out.printf("QuantConnect answers after %d ms; each command is /live list Running.%n",
                        quantConnectDelay.toMillis());
                System.out.println("| platform | at once | commands | ack p50 | ack p99 | answer p50 | answer p99 |");
                System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
                report("Slack ack", 1, singleRounds, this::slackRound);
                report("Slack ack", USERS, burstRounds, this::slackRound);
                report("Discord defer", 1, singleRounds, this::discordRound);
                report("Discord defer", USERS, burstRounds, this::discordRound);
                quantConnect.delay(Duration.ZERO);
            }
        }
    }

    /** Latencies of one round, in nanoseconds: acknowledgements and answers. */
    private record Round(List<Long> acks, List<Long> answers) {
    }

    @FunctionalInterface
    private interface Bench {
        Round round(int concurrent) throws Exception;
    }

    private void report(String platform, int concurrent, int rounds, Bench bench) throws Exception {
        List<Long> acks = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Round round = bench.round(concurrent);
            acks.addAll(round.acks());
            answers.addAll(round.answers());
        }
        System.out.printf("| %s | %d | %d | %s | %s | %s | %s |%n", platform, concurrent, acks.size(),
                millis(acks, 0.50), millis(acks, 0.99), millis(answers, 0.50), millis(answers, 0.99));
    }

    private Round slackRound(int concurrent) throws Exception {
        List<CompletableFuture<Long>> acks = new ArrayList<>();
        Map<String, Long> started = new LinkedHashMap<>();
        for (int i = 0; i < concurrent; i++) {
            String answerAt = "r" + sequence.incrementAndGet();
            String body = command(slackUser(i), answerAt);
            long now = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(events).timeout(WAIT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", String.valueOf(now))
                    .header("X-Slack-Signature", SlackSigning.signature(SIGNING_SECRET, now, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long sent = System.nanoTime();
            started.put(answerAt, sent);
            acks.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                long took = System.nanoTime() - sent;
                if (response.statusCode() != 200 || !response.body().contains("Working on it")) {
                    throw new IllegalStateException("Slack ack was HTTP " + response.statusCode() + ": "
                            + response.body());
                }
                return took;
            }));
        }
        List<Long> ackTimes = new ArrayList<>();
        for (CompletableFuture<Long> ack : acks) {
            ackTimes.add(ack.get(WAIT.toSeconds(), TimeUnit.SECONDS));
        }
        List<Long> answers = new ArrayList<>();
        for (Map.Entry<String, Long> command : started.entrySet()) {
            slackApi.take("/respond/" + command.getKey(), WAIT);
            answers.add(System.nanoTime() - command.getValue());
        }
        return new Round(ackTimes, answers);
    }

    private Round discordRound(int concurrent) throws Exception {
        Map<String, Long> started = new HashMap<>();
        for (int i = 0; i < concurrent; i++) {
            ObjectNode list = interactions.slash(Who.member(String.valueOf(200_000_000_000_000_100L + i),
                    "member" + i, DiscordTestServer.VIEWER_ROLE), "list", "status", "Running");
            started.put(interactions.lastToken(), System.nanoTime());
            discordApi.dispatch("INTERACTION_CREATE", list);
        }
        List<Long> defers = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        while (defers.size() < concurrent || answers.size() < concurrent) {
            Recorded call = discordApi.takeRest(rest -> rest.is("POST", "interactions/\\d+/[^/]+/callback")
                    || rest.is("PATCH", WEBHOOK + "[^/]+/messages/@original"));
            long now = System.nanoTime();
            if (call.method().equals("POST")) {
                defers.add(now - started.get(call.path().split("/")[2]));
            } else {
                answers.add(now - started.get(call.path().substring(WEBHOOK.length()).split("/")[0]));
            }
        }
        return new Round(defers, answers);
    }

    private String command(String userId, String answerAt) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", "T0TEST");
        form.put("channel_id", "C0OPS");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", "/live");
        form.put("text", "list Running");
        form.put("api_app_id", "A0LIVEOPS");
        form.put("response_url", slackApi.responseUrl(answerAt));
        form.put("trigger_id", "1337." + sequence.incrementAndGet() + ".bench");
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String slackUser(int u) {
        return "U0BENCH" + u;
    }

    private static String millis(List<Long> nanos, double percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long value = sorted[Math.max(0, (int) Math.ceil(percentile * sorted.length) - 1)];
        return value >= 1_000_000_000L ? String.format("%.2f s", value / 1e9)
                : String.format("%.1f ms", value / 1e6);
    }
}
