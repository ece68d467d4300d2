package dev.liveops.subscription;

import java.time.Instant;
import java.util.List;

/** Snoozed projects, shared by every LiveOps process on the store. */
public interface SnoozeStore {
    /** Creates or replaces the project's snooze. */
    void save(Snooze snooze);

    /** Ends the project's snooze at {@code now}; true when it was snoozed. */
    boolean end(long projectId, Instant now);

    /** The snoozes still running at {@code now}. */
    List<Snooze> active(Instant now);

    /** The snoozes that ran out, or were ended, after {@code after} and by {@code upTo}. */
    List<Snooze> endedBetween(Instant after, Instant upTo);
}
