package dev.liveops.discord;

import static dev.liveops.discord.DiscordTestServer.CHANNEL;
import static dev.liveops.discord.DiscordTestServer.GUILD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.config.ConfigLoader;
import dev.liveops.config.DiscordConfig;
import dev.liveops.discord.FakeDiscord.Recorded;
import dev.liveops.secret.Secret;
import dev.liveops.testing.TestCore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Start-up against the fake Discord: registration per server or global, idempotent; a refused token. */
class DiscordStartTest {
    private static final String TOKEN = "discord-test-token";
    private static final String SECOND_GUILD = "800000000000000002";
    private static final String GUILD_COMMANDS = "applications/" + FakeDiscord.APPLICATION_ID + "/guilds/(\\d+)/commands";

    private TestCore core;
    private FakeDiscord fake;

    @BeforeEach
    void setUp() {
        core = DiscordTestServer.core().build();
        fake = new FakeDiscord().guild(GUILD, List.of(), List.of(CHANNEL))
                .guild(SECOND_GUILD, List.of(), List.of("600000000000000020")).start();
    }

    @AfterEach
    void tearDown() {
        fake.close();
        core.close();
    }

    @Test
    void registersOnceInEachConfiguredServerAndTheSameAgainOnRestart() throws Exception {
        try (DiscordBot bot = start(List.of(GUILD, SECOND_GUILD))) {
            assertThat(bot.poster()).isNotNull();
        }
        List<Recorded> first = registrations();
        try (DiscordBot bot = start(List.of(GUILD, SECOND_GUILD))) {
            assertThat(bot.poster()).isNotNull();
        }
        List<Recorded> second = registrations();

        assertThat(first).extracting(call -> call.path().replaceAll(GUILD_COMMANDS, "$1"))
                .containsExactlyInAnyOrder(GUILD, SECOND_GUILD);
        assertThat(first).allMatch(call -> call.method().equals("PUT"), "a bulk overwrite");
        assertThat(second).extracting(Recorded::body).containsExactlyElementsOf(first.stream().map(Recorded::body)
                .toList());
        assertThat(first.get(0).body()).hasSize(1);
        assertThat(first.get(0).body().get(0).get("name").asText()).isEqualTo("live");
    }

    @Test
    void registersGloballyWhenNoServerIsConfigured() throws Exception {
        try (DiscordBot bot = start(List.of())) {
            Recorded global = fake.takeRest(call -> call.path().contains("/commands"));

            assertThat(global.method()).isEqualTo("PUT");
            assertThat(global.path()).isEqualTo("applications/" + FakeDiscord.APPLICATION_ID + "/commands");
        }
    }

    @Test
    void aServerTheBotIsNotInIsLoggedWhileTheOthersWork() throws Exception {
        try (DiscordBot bot = start(List.of("800000000000000077", GUILD))) {
            assertThat(registrations()).extracting(Recorded::path).containsExactly(
                    "applications/" + FakeDiscord.APPLICATION_ID + "/guilds/" + GUILD + "/commands");
        }

        assertThatThrownBy(() -> start(List.of("800000000000000077")))
                .isInstanceOf(DiscordStartException.class)
                .hasMessage("The bot is not in the Discord server 800000000000000077 named in discord.guildIds; "
                        + "invite it with the bot and applications.commands scopes, or fix the id.");
    }

    @Test
    void aRefusedTokenFailsStartUpWithOneSentenceWithoutTheToken() {
        fake.fail("users/@me", 401, 0, "401: Unauthorized");

        assertThatThrownBy(() -> start(List.of(GUILD)))
                .isInstanceOf(DiscordStartException.class)
                .hasMessage("Discord refused the bot token (discord.token); copy the token from the Bot page of your "
                        + "application in the Discord developer portal.")
                .hasNoCause()
                .message().doesNotContain(TOKEN);
    }

    @Test
    void startsAgainstTheRestBaseAndGatewayTheConfigNames() throws Exception {
        String json = """
                {"quantconnect": {"userId": "1", "apiToken": "${QC_API_TOKEN}"},
                 "discord": {"token": "${DISCORD_TOKEN}", "guildIds": ["%s"], "apiUrl": "%s", "gatewayUrl": "%s"}}
                """.formatted(GUILD, fake.apiUrl(), fake.gatewayUrl());
        DiscordConfig config = new ConfigLoader(Map.of("QC_API_TOKEN", "qc", "DISCORD_TOKEN", TOKEN))
                .parse(json, "bot-config.json").discord().orElseThrow();

        try (DiscordBot bot = DiscordBot.start(config, core.gateway())) {
            assertThat(fake.takeRest(call -> call.path().equals("users/@me")).method()).isEqualTo("GET");
            assertThat(registrations()).singleElement().extracting(Recorded::path).isEqualTo(
                    "applications/" + FakeDiscord.APPLICATION_ID + "/guilds/" + GUILD + "/commands");
        }
    }

    @Test
    void isConnectedOnceStartedAndNotAfterClosing() {
        DiscordBot bot = start(List.of(GUILD));
        boolean whileRunning = bot.connected();
        String status = bot.connectionStatus();
        bot.close();

        assertThat(whileRunning).isTrue();
        assertThat(status).isEqualTo("CONNECTED");
        assertThat(bot.connected()).isFalse();
        assertThat(bot.connectionStatus()).isEqualTo("SHUTDOWN");
    }

    @Test
    void anEmptyTokenFailsBeforeConnecting() {
        DiscordConfig config = new DiscordConfig(Secret.of(" "), List.of(GUILD), false, false);

        assertThatThrownBy(() -> DiscordBot.start(fake.pointing(config), core.gateway()))
                .isInstanceOf(DiscordStartException.class)
                .hasMessageStartingWith("The Discord bot token (discord.token) is empty;");
        assertThat(fake.drainRest()).isEmpty();
    }

    private DiscordBot start(List<String> guildIds) {
        return DiscordBot.start(fake.pointing(new DiscordConfig(Secret.of(TOKEN), guildIds, false, false)),
                core.gateway());
    }

    private List<Recorded> registrations() {
        return fake.drainRest().stream().filter(call -> call.path().matches(GUILD_COMMANDS)).toList();
    }
}
