package dev.liveops.slack;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.GUILD;
import static dev.liveops.discord.DiscordTestServer.VIEWER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.app.CoreObservers;
import dev.liveops.command.CommandObserver;
import dev.liveops.config.DiscordConfig;
import dev.liveops.config.LimitsConfig;
import dev.liveops.discord.DiscordBot;
import dev.liveops.discord.FakeDiscord;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.discord.Interactions;
import dev.liveops.discord.Interactions.Who;
import dev.liveops.notify.NotificationObserver;
import dev.liveops.quantconnect.CallObserver;
import dev.liveops.quantconnect.Endpoint;
import dev.liveops.sandbox.DemoOrganization;
import dev.liveops.secret.Secret;
import dev.liveops.testing.GatedQuantConnect;
import dev.liveops.testing.TestCore;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Commands from many people at once over both chat platforms as they really arrive: signed HTTP posts to the Slack
 * bot's own server and INTERACTION_CREATE on the fake Discord gateway, one core behind both, QuantConnect (the
 * sandbox) behind a gate that holds every request until the test has seen every command reach it. Every command is
 * acknowledged and answered, each audited once, identical reads cost QuantConnect one request, and a command past
 * the configured limit is audited and answered with one sentence.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChatCommandsUnderLoadTest {
    private static final int USERS_PER_PLATFORM = 25;
    private static final int COMMANDS_PER_USER = 4;
    private static final int PER_PLATFORM = USERS_PER_PLATFORM * COMMANDS_PER_USER;
    private static final String WARM_UP_USER = "U0WARMUP";
    private static final String WEBHOOK = "webhooks/" + FakeDiscord.APPLICATION_ID + "/";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final GatedQuantConnect quantConnect = new GatedQuantConnect();
    private final Joins joins = new Joins();
    private SlackBotHarness slack;
    private FakeDiscord fake;
    private Interactions interactions;
    private DiscordBot discord;

    /** What one person asks: three QuantConnect reads (two of them alike for everyone) and one that needs none. */
    private enum Ask {
        LIST_RUNNING("list Running", true), READ_MOMENTUM("read momentum", true), LIST_ALL("list", true),
        WHOAMI("whoami", false);

        final String line;
        final boolean readsQuantConnect;

        Ask(String line, boolean readsQuantConnect) {
            this.line = line;
            this.readsQuantConnect = readsQuantConnect;
        }
    }

    private void start(LimitsConfig limits) throws Exception {
        TestCore.Builder builder = TestCore.builder().quantConnectAt(quantConnect.baseUrl())
                .observers(new CoreObservers(joins, CommandObserver.NONE, NotificationObserver.NONE))
                .group(Platform.DISCORD, VIEWER_ROLE, "viewer").user(Platform.SLACK, WARM_UP_USER, "viewer");
        for (int u = 0; u < 2 * USERS_PER_PLATFORM; u++) {
            builder.user(Platform.SLACK, slackUser(u), "viewer");
        }
        TestCore core = builder.build();
        quantConnect.forwardTo(core.sandbox().baseUrl());
        slack = new SlackBotHarness(core, limits);
        fake = new FakeDiscord().guild(GUILD, List.of(VIEWER_ROLE), List.of(CHANNEL)).start();
        interactions = new Interactions(fake);
        discord = DiscordBot.start(fake.pointing(new DiscordConfig(Secret.of("discord-test-token"), List.of(GUILD),
                false, false)), core.gateway(), limits);
        fake.takeRest("PUT", "applications/\\d+/guilds/" + GUILD + "/commands");
        // The project list is read once and cached; after this every command costs at most one QuantConnect read.
        core.gateway().handle(new Caller(Platform.SLACK, WARM_UP_USER, "warm", Set.of(), "C0OPS"), "read momentum");
        quantConnect.resetCounts();
    }

    @AfterEach
    void tearDown() {
        quantConnect.open();
        if (discord != null) {
            discord.close();
        }
        if (fake != null) {
            fake.close();
        }
        if (slack != null) {
            slack.close();
        }
        quantConnect.close();
    }

    @Test
    void twoHundredCommandsFromFiftyPeopleOnSlackAndDiscordAreAllAnsweredAuditedOnceAndReadQuantConnectOnce()
            throws Exception {
        start(new LimitsConfig(PER_PLATFORM, PER_PLATFORM));
        quantConnect.hold();
        List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
        Map<String, String> discordTokens = new HashMap<>();
        int reads = 0;
        for (int u = 0; u < USERS_PER_PLATFORM; u++) {
            for (Ask ask : Ask.values()) {
                acks.add(slack.postAsync(slack.command(slackUser(u), "user" + u, ask.line, answerAt(u, ask))));
                fake.dispatch("INTERACTION_CREATE", slash(discordUser(u), ask));
                discordTokens.put(interactions.lastToken(), discordUser(u).userId());
                reads += ask.readsQuantConnect ? 2 : 0;
            }
        }

        // Every read has either reached QuantConnect or joined an identical one in flight: all are running at once.
        int distinct = (int) java.util.Arrays.stream(Ask.values()).filter(ask -> ask.readsQuantConnect).count();
        quantConnect.awaitArrivals(distinct);
        joins.await(reads - distinct);
        quantConnect.open();

        for (CompletableFuture<HttpResponse<String>> ack : acks) {
            HttpResponse<String> response = ack.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Working on it");
        }
        for (int u = 0; u < USERS_PER_PLATFORM; u++) {
            for (Ask ask : Ask.values()) {
                JsonNode answer = FakeSlackApi.body(slack.fake.take("/respond/" + answerAt(u, ask), WAIT));
                assertThat(answer.toString()).doesNotContain("went wrong").doesNotContain("not run");
            }
        }
        Map<String, Recorded> discordAnswers = discordAnswers(discordTokens.keySet());
        assertThat(discordAnswers).hasSize(PER_PLATFORM).allSatisfy((token, answer) ->
                assertThat(answer.body().toString()).doesNotContain("went wrong").doesNotContain("not run"));

        assertThat(quantConnect.requests()).as("one request per distinct read").containsOnly(
                Map.entry("live/list {}", 1), Map.entry("live/list {\"status\":\"Running\"}", 1),
                Map.entry("live/read {\"projectId\":" + DemoOrganization.MOMENTUM + "}", 1));
        List<AuditEntry> audited = slack.core.stores().auditLog().recent(Optional.empty(), 10 * PER_PLATFORM).stream()
                .filter(entry -> !entry.caller().userId().equals(WARM_UP_USER)).toList();
        assertThat(audited).as("one entry per command").hasSize(2 * PER_PLATFORM)
                .allSatisfy(entry -> assertThat(entry.step()).isEqualTo(AuditStep.ANSWERED));
        assertThat(audited.stream().collect(Collectors.groupingBy(entry -> entry.caller().platform() + ":"
                + entry.caller().userId(), Collectors.mapping(AuditEntry::commandText, Collectors.toSet()))))
                .as("each person's four commands").hasSize(2 * USERS_PER_PLATFORM)
                .allSatisfy((person, lines) -> assertThat(lines).containsExactlyInAnyOrder("list Running",
                        "read momentum", "list", "whoami"));
    }

    @Test
    void aBurstOfTwoHundredSlackCommandsWithinTheDefaultLimitsIsAllAcknowledgedAndAnswered() throws Exception {
        start(LimitsConfig.DEFAULT);
        quantConnect.hold();
        List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
        for (int u = 0; u < 2 * USERS_PER_PLATFORM; u++) {
            for (Ask ask : Ask.values()) {
                acks.add(slack.postAsync(slack.command(slackUser(u), "user" + u, ask.line, answerAt(u, ask))));
            }
        }

        // Acknowledged while QuantConnect holds every read: 64 commands running, the rest waiting, none refused.
        for (CompletableFuture<HttpResponse<String>> ack : acks) {
            assertThat(ack.get(WAIT.toSeconds(), TimeUnit.SECONDS).body()).contains("Working on it");
        }
        quantConnect.open();
        for (int u = 0; u < 2 * USERS_PER_PLATFORM; u++) {
            for (Ask ask : Ask.values()) {
                assertThat(FakeSlackApi.body(slack.fake.take("/respond/" + answerAt(u, ask), WAIT)).toString())
                        .doesNotContain("went wrong");
            }
        }
        assertThat(slack.core.stores().auditLog().recent(Optional.empty(), 1000)).filteredOn(entry ->
                !entry.caller().userId().equals(WARM_UP_USER)).hasSize(8 * USERS_PER_PLATFORM)
                .allSatisfy(entry -> assertThat(entry.step()).isEqualTo(AuditStep.ANSWERED));
    }

    @Test
    void aSlackCommandPastTheLimitIsAuditedAndAnsweredInOneSentence() throws Exception {
        start(new LimitsConfig(1, 0));
        quantConnect.hold();
        CompletableFuture<HttpResponse<String>> running = slack.postAsync(slack.command(slackUser(0), "user0",
                "read momentum", "running"));
        quantConnect.awaitArrivals(1);

        HttpResponse<String> refused = slack.post(slack.command(slackUser(1), "user1", "list", "refused"));

        assertThat(refused.statusCode()).isEqualTo(200);
        String sentence = FakeSlackApi.JSON.readTree(refused.body()).path("text").asText();
        assertThat(sentence).isEqualTo(":warning: LiveOps is already running 1 commands with 0 more waiting, its "
                + "configured limit (limits in the config), so this one was not run; try again in a minute.");
        AuditEntry entry = onlyEntryOf(slackUser(1));
        assertThat(entry.step()).isEqualTo(AuditStep.NOT_RUN);
        assertThat(entry.commandText()).isEqualTo("list");
        assertThat(entry.outcome()).isEqualTo(sentence.substring(":warning: ".length()));
        quantConnect.open();
        assertThat(running.get(WAIT.toSeconds(), TimeUnit.SECONDS).body()).contains("Working on it");
        slack.fake.take("/respond/running", WAIT);
        assertThat(slack.fake.count("/respond/refused")).as("answered by the ack alone").isZero();
    }

    @Test
    void aDiscordCommandPastTheLimitIsAuditedAndAnsweredInOneSentence() throws Exception {
        start(new LimitsConfig(1, 0));
        quantConnect.hold();
        fake.dispatch("INTERACTION_CREATE", slash(discordUser(0), Ask.READ_MOMENTUM));
        String running = interactions.lastToken();
        quantConnect.awaitArrivals(1);

        fake.dispatch("INTERACTION_CREATE", slash(discordUser(1), Ask.LIST_ALL));
        String refused = interactions.lastToken();

        fake.takeRest("POST", "interactions/\\d+/" + refused + "/callback");
        Recorded answer = fake.takeRest("PATCH", WEBHOOK + refused + "/messages/@original");
        String sentence = answer.body().at("/embeds/0/description").asText();
        assertThat(sentence).isEqualTo("LiveOps is already running 1 commands with 0 more waiting, its configured "
                + "limit (limits in the config), so this one was not run; try again in a minute.");
        AuditEntry entry = onlyEntryOf(discordUser(1).userId());
        assertThat(entry.step()).isEqualTo(AuditStep.NOT_RUN);
        assertThat(entry.commandText()).isEqualTo("list");
        assertThat(entry.outcome()).isEqualTo(sentence);
        quantConnect.open();
        fake.takeRest("PATCH", WEBHOOK + running + "/messages/@original");
    }

    private AuditEntry onlyEntryOf(String userId) {
        List<AuditEntry> entries = slack.core.stores().auditLog().recent(Optional.empty(), 100).stream()
                .filter(entry -> entry.caller().userId().equals(userId)).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** The answer to each interaction: its deferral edited, or (for another audience) a follow-up. */
    private Map<String, Recorded> discordAnswers(Set<String> tokens) throws InterruptedException {
        Map<String, Recorded> answers = new HashMap<>();
        Set<String> waiting = new HashSet<>(tokens);
        while (!waiting.isEmpty()) {
            Recorded call = fake.takeRest(rest -> rest.path().startsWith(WEBHOOK) && (rest.is("PATCH",
                    ".*/messages/@original") || rest.is("POST", WEBHOOK + "[^/]+")));
            String token = call.path().substring(WEBHOOK.length()).split("/")[0];
            if (waiting.remove(token)) {
                answers.put(token, call);
            }
        }
        return answers;
    }

    private com.fasterxml.jackson.databind.node.ObjectNode slash(Who who, Ask ask) {
        return switch (ask) {
            case LIST_RUNNING -> interactions.slash(who, "list", "status", "Running");
            case READ_MOMENTUM -> interactions.slash(who, "read", "project", "momentum");
            case LIST_ALL -> interactions.slash(who, "list");
            case WHOAMI -> interactions.slash(who, "whoami");
        };
    }

    private static String slackUser(int u) {
        return "U0LOAD" + u;
    }

    private static Who discordUser(int u) {
        return Who.member(String.valueOf(200_000_000_000_000_100L + u), "member" + u, VIEWER_ROLE);
    }

    private static String answerAt(int u, Ask ask) {
        return "u" + u + "-" + ask.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Counts the reads that joined an identical one in flight instead of sending their own. */
    private static final class Joins implements CallObserver {
        private final Semaphore joined = new Semaphore(0);

        @Override
        public void requested(Endpoint endpoint, Outcome outcome, Duration took) {
        }

        @Override
        public void joined(Endpoint endpoint) {
            joined.release();
        }

        void await(int count) throws InterruptedException {
            assertThat(joined.tryAcquire(count, WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as(count + " reads joined one in flight").isTrue();
        }
    }
}
