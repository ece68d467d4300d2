package dev.liveops.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.config.DiscordConfig;
import dev.liveops.config.SlackSettings;
import dev.liveops.discord.DiscordBot;
import dev.liveops.discord.DiscordDeferFloor;
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
 *
 * <p>Each round is paired with one on a floor, in turn first and second: for Slack a server that only checks the
 * signature and sends the same ack ({@link SlackAckFloor}), for Discord a bare JDA that only defers on a fake Discord
 * of its own ({@link dev.liveops.discord.DiscordDeferFloor}). The client, the fakes and the floors share this JVM and
 * the machine's cores with LiveOps, so the floor is what 1 or 50 at once cost here before LiveOps does anything.
 * LiveOps' stage events ({@link SlackAckStage}, {@link dev.liveops.discord.DiscordDeferStage}) are recorded with JFR
 * and printed as a timeline per case.
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
    private SlackAckFloor slackFloor;
    private DiscordDeferFloor discordFloor;
    private Interactions floorInteractions;

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
                     List.of(DiscordTestServer.VIEWER_ROLE), List.of(DiscordTestServer.CHANNEL)).start();
             SlackAckFloor bareSlack = new SlackAckFloor(SIGNING_SECRET);
             DiscordDeferFloor bareDiscord = new DiscordDeferFloor()) {
            slackFloor = bareSlack;
            discordFloor = bareDiscord;
            floorInteractions = new Interactions(bareDiscord.fake());
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
                    slackFloorRound(1);
                    discordRound(1);
                    discordFloorRound(1);
                }
                quantConnect.delay(quantConnectDelay);
                System.out.printf("QuantConnect answers after %d ms; each command is /live list Running.%n",
                        quantConnectDelay.toMillis());
                System.out.println("| platform | at once | commands | ack p50: LiveOps / floor / difference "
                        + "| ack p99: LiveOps / floor / difference | answer p50 | answer p99 |");
                System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
                List<Runnable> timelines = new ArrayList<>();
                report("Slack ack", 1, singleRounds, this::slackRound, this::slackFloorRound).ifPresent(timelines::add);
                report("Slack ack", USERS, burstRounds, this::slackRound, this::slackFloorRound)
                        .ifPresent(timelines::add);
                report("Discord defer", 1, singleRounds, this::discordRound, this::discordFloorRound)
                        .ifPresent(timelines::add);
                report("Discord defer", USERS, burstRounds, this::discordRound, this::discordFloorRound)
                        .ifPresent(timelines::add);
                timelines.forEach(Runnable::run);
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

    /**
     * Runs the rounds, LiveOps' and the floor's in turn, prints the row; returns what prints the timeline. No rounds
     * (e.g. {@code -Dbench.rounds50=0} to time only 1 at once): no row.
     */
    private Optional<Runnable> report(String platform, int concurrent, int rounds, Bench bench, Bench floor)
            throws Exception {
        if (rounds < 1) {
            return Optional.empty();
        }
        List<Long> acks = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        List<Long> floorAcks = new ArrayList<>();
        AckTimeline timeline = new AckTimeline();
        for (int r = 0; r < rounds; r++) {
            if (r % 2 == 1) {
                floorAcks.addAll(floor.round(concurrent).acks());
            }
            Round round = bench.round(concurrent);
            acks.addAll(round.acks());
            answers.addAll(round.answers());
            if (r % 2 == 0) {
                floorAcks.addAll(floor.round(concurrent).acks());
            }
        }
        timeline.stop();
        System.out.printf("| %s | %d | %d | %s | %s | %s | %s |%n", platform, concurrent, acks.size(),
                beside(acks, floorAcks, 0.50), beside(acks, floorAcks, 0.99), millis(answers, 0.50),
                millis(answers, 0.99));
        return Optional.of(() -> {
            try (timeline) {
                timeline.print(platform, concurrent);
            } catch (java.io.IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
        });
    }

    private static String beside(List<Long> liveOps, List<Long> floor, double percentile) {
        long ours = percentile(liveOps, percentile);
        long bare = percentile(floor, percentile);
        return format(ours) + " / " + format(bare) + " / " + (ours >= bare ? "+" : "-") + format(Math.abs(ours - bare));
    }

    private Round slackRound(int concurrent) throws Exception {
        return slackRound(events, concurrent, true);
    }

    private Round slackFloorRound(int concurrent) throws Exception {
        return slackRound(slackFloor.events(), concurrent, false);
    }

    private Round slackRound(URI to, int concurrent, boolean answered) throws Exception {
        List<CompletableFuture<Long>> acks = new ArrayList<>();
        Map<String, Long> started = new LinkedHashMap<>();
        for (int i = 0; i < concurrent; i++) {
            String answerAt = "r" + sequence.incrementAndGet();
            String trigger = "1337." + sequence.incrementAndGet() + ".bench";
            String body = command(slackUser(i), answerAt, trigger);
            long now = System.currentTimeMillis() / 1000;
            HttpRequest request = HttpRequest.newBuilder(to).timeout(WAIT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", String.valueOf(now))
                    .header("X-Slack-Signature", SlackSigning.signature(SIGNING_SECRET, now, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            BenchStage.mark(answered ? BenchStage.SENT : BenchStage.FLOOR_SENT, trigger);
            long sent = System.nanoTime();
            started.put(answerAt, sent);
            acks.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                long took = System.nanoTime() - sent;
                BenchStage.mark(answered ? BenchStage.ACKED : BenchStage.FLOOR_ACKED, trigger);
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
        for (Map.Entry<String, Long> command : answered ? started.entrySet() : Set.<Map.Entry<String, Long>>of()) {
            slackApi.take("/respond/" + command.getKey(), WAIT);
            answers.add(System.nanoTime() - command.getValue());
        }
        return new Round(ackTimes, answers);
    }

    private Round discordFloorRound(int concurrent) throws Exception {
        FakeDiscord fake = discordFloor.fake();
        List<Long> defers = new ArrayList<>();
        Map<String, Long> started = new HashMap<>();
        for (int i = 0; i < concurrent; i++) {
            ObjectNode list = floorInteractions.slash(Who.member(String.valueOf(200_000_000_000_000_100L + i),
                    "member" + i, DiscordTestServer.VIEWER_ROLE), "list", "status", "Running");
            started.put(floorInteractions.lastToken(), System.nanoTime());
            fake.dispatch("INTERACTION_CREATE", list);
        }
        while (defers.size() < concurrent) {
            Recorded call = fake.takeRest("POST", "interactions/\\d+/[^/]+/callback");
            defers.add(System.nanoTime() - started.get(call.path().split("/")[2]));
        }
        return new Round(defers, List.of());
    }

    private Round discordRound(int concurrent) throws Exception {
        Map<String, Long> started = new HashMap<>();
        for (int i = 0; i < concurrent; i++) {
            ObjectNode list = interactions.slash(Who.member(String.valueOf(200_000_000_000_000_100L + i),
                    "member" + i, DiscordTestServer.VIEWER_ROLE), "list", "status", "Running");
            BenchStage.mark(BenchStage.SENT, list.get("id").asText());
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
                BenchStage.mark("CALLBACK_RECEIVED", call.path().split("/")[1]);
                defers.add(now - started.get(call.path().split("/")[2]));
            } else {
                answers.add(now - started.get(call.path().substring(WEBHOOK.length()).split("/")[0]));
            }
        }
        return new Round(defers, answers);
    }

    private String command(String userId, String answerAt, String trigger) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("team_id", "T0TEST");
        form.put("channel_id", "C0OPS");
        form.put("user_id", userId);
        form.put("user_name", userId.toLowerCase());
        form.put("command", "/live");
        form.put("text", "list Running");
        form.put("api_app_id", "A0LIVEOPS");
        form.put("response_url", slackApi.responseUrl(answerAt));
        form.put("trigger_id", trigger);
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String slackUser(int u) {
        return "U0BENCH" + u;
    }

    static long percentile(List<Long> nanos, double percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(percentile * sorted.length) - 1)];
    }

    static String millis(List<Long> nanos, double percentile) {
        return format(percentile(nanos, percentile));
    }

    private static String format(long nanos) {
        return nanos >= 1_000_000_000L ? String.format("%.2f s", nanos / 1e9) : String.format("%.1f ms", nanos / 1e6);
    }
}
