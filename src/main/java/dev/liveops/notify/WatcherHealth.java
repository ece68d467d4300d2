package dev.liveops.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the watcher last did, for health checks: read from any thread, a snapshot the watcher replaces after each step.
 *
 * @param lastStepAt       when the watcher's loop last began a step; empty before the first
 * @param lastPollAt       when QuantConnect last answered a poll; empty before the first answer in this process
 * @param outage           QuantConnect failing the polls, from the first failure on
 * @param pollInterval     how often QuantConnect is polled when it answers
 * @param outageAlertAfter how long an outage lasts before channels are told
 */
public record WatcherHealth(Optional<Instant> lastStepAt, Optional<Instant> lastPollAt, Optional<Outage> outage,
                            Duration pollInterval, Duration outageAlertAfter) {
    public WatcherHealth {
        Objects.requireNonNull(lastStepAt, "lastStepAt");
        Objects.requireNonNull(lastPollAt, "lastPollAt");
        Objects.requireNonNull(outage, "outage");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(outageAlertAfter, "outageAlertAfter");
    }

    static WatcherHealth before(WatcherSettings settings) {
        return new WatcherHealth(Optional.empty(), Optional.empty(), Optional.empty(), settings.pollInterval(),
                settings.outageAlertAfter());
    }

    /** QuantConnect has failed the polls for as long as it takes to alert the channels. */
    public boolean quantConnectDown(Instant now) {
        return outage.map(current -> current.lasted(outageAlertAfter, now)).orElse(false);
    }

    WatcherHealth stepped(Instant at) {
        return new WatcherHealth(Optional.of(at), lastPollAt, outage, pollInterval, outageAlertAfter);
    }

    WatcherHealth answered(Instant at) {
        return new WatcherHealth(lastStepAt, Optional.of(at), Optional.empty(), pollInterval, outageAlertAfter);
    }

    WatcherHealth failing(Outage current) {
        return new WatcherHealth(lastStepAt, lastPollAt, Optional.of(current), pollInterval, outageAlertAfter);
    }
}
