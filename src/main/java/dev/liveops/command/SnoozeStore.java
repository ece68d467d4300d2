package dev.liveops.command;

import java.time.Instant;
import java.util.List;

/** Snoozed projects, shared by every LiveOps process on the store. */
public interface SnoozeStore {
    /** Creates or replaces the project's snooze. */
    void save(Snooze snooze);

    /** True when the project was snoozed. */
    boolean remove(long projectId);

    /** The snoozes still running at {@code now}. */
    List<Snooze> active(Instant now);
}
