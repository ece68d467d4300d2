package dev.liveops.slack;

import dev.liveops.access.Platform;
import dev.liveops.command.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack retries a command or button press it thinks went unacknowledged (over HTTP and Socket Mode alike), with
 * the same trigger id; the core's ledger says whether it is new. A repeat is acknowledged and not run again.
 */
final class SlackDelivery {
    private static final Logger log = LoggerFactory.getLogger(SlackDelivery.class);

    private SlackDelivery() {
    }

    /** True to run it; a delivery without a trigger id cannot be told from another and runs. */
    static boolean isFirst(CommandGateway gateway, String triggerId) {
        if (triggerId == null || triggerId.isBlank() || gateway.isFirstDelivery(Platform.SLACK, triggerId)) {
            return true;
        }
        log.info("Slack delivered trigger {} again; it ran the first time and is not run again", triggerId);
        return false;
    }
}
