package dev.liveops.app;

import dev.liveops.notify.WatcherHealth;
import java.time.Clock;

/** What the operational listener reads from a running core. Every method may be called from any thread. */
public interface OperatedCore {
    /** What the watcher last did. */
    WatcherHealth watcherHealth();

    /** Queries the store trivially; throws when it cannot be reached. */
    void pingStore();

    /** Notifications waiting in the outbox. */
    int undeliveredNotifications();

    /** This process among the replicas on its store: "leader" or "standby"; "single" where nothing elects. */
    default String role() {
        return "single";
    }

    /** The core's clock: health is judged on the time the watcher keeps. */
    Clock clock();
}
