package dev.liveops.notify;

import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the watcher behaves.
 *
 * @param pollInterval       how often QuantConnect's list is read
 * @param announceExisting   on the very first poll, notify every existing deployment instead of taking a silent
 *                           baseline
 * @param outageAlertAfter   how long QuantConnect must fail before channels are told
 * @param remindEvery        how often to remind of a deployment stuck in an error status; empty for never
 * @param closeWatchInterval how often a project LiveOps just acted on is read
 * @param closeWatchFor      how long such a project is watched before LiveOps says it did not settle
 * @param mentions           who to mention at each severity, unless a configured subscription says otherwise
 * @param subscriptions      subscriptions from the config
 */
public record WatcherSettings(Duration pollInterval, boolean announceExisting, Duration outageAlertAfter,
                             Optional<Duration> remindEvery, Duration closeWatchInterval, Duration closeWatchFor,
                             Map<Severity, List<Mention>> mentions, List<ConfiguredSubscription> subscriptions) {

    public static final WatcherSettings DEFAULT = new WatcherSettings(Duration.ofSeconds(30), false,
            Duration.ofMinutes(2), Optional.empty(), Duration.ofSeconds(5), Duration.ofMinutes(5), Map.of(),
            List.of());

    public WatcherSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(outageAlertAfter, "outageAlertAfter");
        Objects.requireNonNull(remindEvery, "remindEvery");
        Objects.requireNonNull(closeWatchInterval, "closeWatchInterval");
        Objects.requireNonNull(closeWatchFor, "closeWatchFor");
        mentions = Map.copyOf(mentions);
        subscriptions = List.copyOf(subscriptions);
    }
}
