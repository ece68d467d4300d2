package dev.liveops.notify;

import dev.liveops.access.Platform;
import java.time.Duration;

/**
 * Told of each poll of QuantConnect and of what became of each notification, so that the wiring can count them.
 * Called on the watcher's thread; must return quickly and never throw.
 */
public interface NotificationObserver {
    NotificationObserver NONE = new NotificationObserver() { };

    /** A poll of {@code live/list} ended; {@code answered} is false when QuantConnect failed to answer it. */
    default void polled(boolean answered, Duration took) {
    }

    default void delivery(Platform platform, Delivery delivery) {
    }

    /** A chat platform answered a post with 429 and asked LiveOps to wait {@code asked} (waited or left for later). */
    default void rateLimited(Platform platform, Duration asked) {
    }

    /** What became of one notification: a bounded set, fit for a metric label. */
    enum Delivery {
        /** The platform took it. */
        SENT,
        /** A passing failure; it stays queued and is tried again soon. */
        FAILED,
        /** The platform refused it (channel gone, no permission); tried again much later. */
        REFUSED,
        /** Undelivered for too long and given up. */
        ABANDONED,
        /** Not queued because the channel already heard the same news (an action's outcome). */
        DEDUPLICATED
    }
}
