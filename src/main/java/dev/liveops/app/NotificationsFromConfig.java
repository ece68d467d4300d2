package dev.liveops.app;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.config.NotificationsConfig;
import dev.liveops.notify.ConfiguredSubscription;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.notify.WatcherSettings;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.OrderAlerts;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns the config's notifications section into the watcher's settings; the schema has checked every value. */
final class NotificationsFromConfig {
    private NotificationsFromConfig() {
    }

    /** @param closeWatchInterval how often a project LiveOps just acted on is read until its outcome shows */
    static WatcherSettings settings(NotificationsConfig config, Duration closeWatchInterval) {
        WatcherSettings defaults = WatcherSettings.DEFAULT;
        return new WatcherSettings(Duration.ofSeconds(config.pollSeconds()), config.announceExistingOnFirstStart(),
                Duration.ofSeconds(config.outageAlertSeconds()),
                config.remindErrorMinutes() == 0 ? Optional.empty()
                        : Optional.of(Duration.ofMinutes(config.remindErrorMinutes())),
                closeWatchInterval, defaults.closeWatchFor(), mentions(config.mentions()),
                config.subscriptions().stream().map(NotificationsFromConfig::subscription).toList());
    }

    private static ConfiguredSubscription subscription(NotificationsConfig.Subscription subscription) {
        return new ConfiguredSubscription(
                new ChannelKey(Platform.valueOf(subscription.platform().toUpperCase(Locale.ROOT)),
                        subscription.channel()),
                subscription.statuses().stream().map(LiveStatus::fromWire).collect(Collectors.toSet()),
                subscription.project(), mentions(subscription.mentions()),
                OrderAlerts.fromWord(subscription.orders()).orElse(OrderAlerts.NONE));
    }

    private static Map<Severity, List<Mention>> mentions(Map<String, List<String>> bySeverity) {
        Map<Severity, List<Mention>> mentions = new EnumMap<>(Severity.class);
        bySeverity.forEach((severity, list) -> mentions.put(Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
                list.stream().map(NotificationsFromConfig::mention).toList()));
        return mentions;
    }

    /** here, channel, group:ID, user:ID */
    static Mention mention(String text) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        return new Mention(Mention.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                colon < 0 ? "" : text.substring(colon + 1));
    }
}
