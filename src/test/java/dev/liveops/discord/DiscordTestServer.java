package dev.liveops.discord;

import dev.liveops.access.Platform;
import dev.liveops.command.CommandGateway;
import dev.liveops.config.DiscordConfig;
import dev.liveops.secret.Secret;
import dev.liveops.testing.TestCore;
import java.util.List;

/** The Discord server the tests play in: its ids, and a core that grants LiveOps roles by Discord role. */
public final class DiscordTestServer {
    public static final String GUILD = "800000000000000001";
    public static final String CHANNEL = "600000000000000001";
    public static final String TRADER_ROLE = "700000000000000001";
    public static final String VIEWER_ROLE = "700000000000000002";
    public static final String ADMIN_ROLE = "700000000000000003";
    /** Traders by role. */
    public static final String TOM = "200000000000000001";
    public static final String SARA = "200000000000000002";
    /** A member with no LiveOps role. */
    public static final String EVE = "200000000000000009";

    private DiscordTestServer() {
    }

    /** The core, with the trader, viewer and admin Discord roles mapped to the LiveOps roles of those names. */
    public static TestCore.Builder core() {
        return TestCore.builder().group(Platform.DISCORD, TRADER_ROLE, "trader")
                .group(Platform.DISCORD, VIEWER_ROLE, "viewer").group(Platform.DISCORD, ADMIN_ROLE, "admin");
    }

    /**
     * The bot started on {@code fake} as `run` starts it (guild commands, private read answers), its command
     * registration already taken, so a test's first REST call is its own. When the registration does not come, the
     * bot is closed again.
     */
    public static DiscordBot startedBot(FakeDiscord fake, CommandGateway gateway) throws InterruptedException {
        DiscordBot bot = DiscordBot.start(fake.pointing(new DiscordConfig(Secret.of("discord-test-token"),
                List.of(GUILD), true, false)), gateway);
        try {
            fake.takeRest("PUT", "applications/\\d+/guilds/" + GUILD + "/commands");
            return bot;
        } catch (InterruptedException | RuntimeException | Error failure) {
            try (bot) { // a failure to close is added to the one thrown
                throw failure;
            }
        }
    }
}
