package dev.liveops.testing;

import dev.liveops.notify.ConfiguredSubscription;
import dev.liveops.notify.WatcherSettings;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link WatcherSettings} for tests: {@link WatcherSettings#DEFAULT} with only what a test cares about changed. */
public final class WatcherSettingsBuilder {
    private Duration pollInterval = WatcherSettings.DEFAULT.pollInterval();
    private boolean announceExisting = WatcherSettings.DEFAULT.announceExisting();
    private Duration outageAlertAfter = WatcherSettings.DEFAULT.outageAlertAfter();
    private Optional<Duration> remindEvery = WatcherSettings.DEFAULT.remindEvery();
    private Duration closeWatchInterval = WatcherSettings.DEFAULT.closeWatchInterval();
    private Duration closeWatchFor = WatcherSettings.DEFAULT.closeWatchFor();
    private Map<Severity, List<Mention>> mentions = WatcherSettings.DEFAULT.mentions();
    private final List<ConfiguredSubscription> subscriptions = new ArrayList<>(WatcherSettings.DEFAULT.subscriptions());

    private WatcherSettingsBuilder() {
    }

    public static WatcherSettingsBuilder watcherSettings() {
        return new WatcherSettingsBuilder();
    }

    public WatcherSettingsBuilder pollInterval(Duration interval) {
        this.pollInterval = interval;
        return this;
    }

    /** Notify every existing deployment on the first poll instead of taking a silent baseline. */
    public WatcherSettingsBuilder announceExisting() {
        this.announceExisting = true;
        return this;
    }

    public WatcherSettingsBuilder outageAlertAfter(Duration after) {
        this.outageAlertAfter = after;
        return this;
    }

    public WatcherSettingsBuilder remindEvery(Duration every) {
        this.remindEvery = Optional.of(every);
        return this;
    }

    public WatcherSettingsBuilder closeWatch(Duration interval, Duration lastingFor) {
        this.closeWatchInterval = interval;
        this.closeWatchFor = lastingFor;
        return this;
    }

    public WatcherSettingsBuilder mentions(Map<Severity, List<Mention>> mentions) {
        this.mentions = mentions;
        return this;
    }

    /** Adds configured subscriptions to those already given. */
    public WatcherSettingsBuilder subscriptions(List<ConfiguredSubscription> more) {
        subscriptions.addAll(more);
        return this;
    }

    public WatcherSettingsBuilder subscription(ConfiguredSubscription subscription) {
        subscriptions.add(subscription);
        return this;
    }

    public WatcherSettings build() {
        return new WatcherSettings(pollInterval, announceExisting, outageAlertAfter, remindEvery, closeWatchInterval,
                closeWatchFor, mentions, subscriptions);
    }
}
