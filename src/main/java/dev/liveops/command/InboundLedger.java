package dev.liveops.command;

import dev.liveops.access.Platform;

/**
 * The chat deliveries LiveOps has taken, by the platform's own id (a Slack trigger id, a Discord interaction id).
 * Platforms retry deliveries they think were lost, and several processes may receive one; only the first runs.
 */
public interface InboundLedger {
    /**
     * Records the delivery; true the first time it is seen (run it), false for a repeat (acknowledge it and run
     * nothing). Atomic across processes on one store.
     */
    boolean firstTime(Platform platform, String deliveryId);
}
