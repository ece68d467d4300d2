package dev.liveops.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a run of failed polls into one alert and one recovery, never an alert per poll, and spaces the polls out
 * while QuantConnect is failing so the watcher does not add to its trouble.
 */
public final class OutageMonitor {
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private final Duration alertAfter;
    private final Duration pollInterval;

    public OutageMonitor(Duration alertAfter, Duration pollInterval) {
        this.alertAfter = alertAfter;
        this.pollInterval = pollInterval;
    }

    /** What a failed poll makes of the current outage (none yet, or one going on). */
    public Outage failed(Optional<Outage> current, Instant now, String reason) {
        Outage before = current.orElse(new Outage(now, 0, reason, false));
        return new Outage(before.since(), before.failures() + 1, reason, before.alerted());
    }

    /** True when the outage has lasted long enough to tell the channels, and they were not told yet. */
    public boolean isAlertDue(Outage outage, Instant now) {
        return !outage.alerted() && outage.lasted(alertAfter, now);
    }

    /** When to poll next: the usual interval, doubled per failure in a row up to five minutes. */
    public Duration nextPollDelay(Optional<Outage> outage) {
        int failures = outage.map(Outage::failures).orElse(0);
        if (failures == 0) {
            return pollInterval;
        }
        Duration delay = pollInterval.multipliedBy(1L << Math.min(failures, 10));
        Duration cap = pollInterval.compareTo(MAX_BACKOFF) > 0 ? pollInterval : MAX_BACKOFF;
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
