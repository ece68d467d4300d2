package dev.liveops.slack;

import dev.liveops.access.Platform;
import dev.liveops.testing.TestCore;

/**
 * The Slack workspace the tests play in: tom and sara trade, vera views, gina holds no role of her own but belongs
 * to the user group S0TRADERS, whose members trade.
 */
final class SlackTestWorkspace {
    static final String TOM = "U0TOM";
    static final String SARA = "U0SARA";
    static final String VERA = "U0VERA";
    static final String GINA = "U0GINA";
    static final String TRADERS_GROUP = "S0TRADERS";

    private SlackTestWorkspace() {
    }

    /** The core, granting this workspace's people their roles. */
    static TestCore.Builder core() {
        return TestCore.builder().user(Platform.SLACK, TOM, "trader").user(Platform.SLACK, SARA, "trader")
                .user(Platform.SLACK, VERA, "viewer").group(Platform.SLACK, TRADERS_GROUP, "trader");
    }
}
