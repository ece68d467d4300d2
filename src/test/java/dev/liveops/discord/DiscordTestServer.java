package dev.liveops.discord;

import dev.liveops.access.Platform;
import dev.liveops.testing.TestCore;

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
}
