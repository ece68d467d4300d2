package dev.liveops.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * QuantConnect failing to answer the watcher's polls, from the first failure on.
 *
 * @param failures how many polls in a row failed
 * @param alerted  whether channels were told; they are told once, after the threshold
 */
public record Outage(Instant since, int failures, String reason, boolean alerted) {
    public Outage {
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason;
    }

    /** Whether it has gone on for at least {@code threshold}: past it, channels are told and LiveOps is not ready. */
    public boolean lasted(Duration threshold, Instant now) {
        return !now.isBefore(since.plus(threshold));
    }
}
