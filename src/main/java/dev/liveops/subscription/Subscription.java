package dev.liveops.subscription;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A channel's wish, made from chat, to hear about status changes. An empty status set means every change;
 * {@code project} is a glob of project names. The subscriber is kept so that a channel only ever hears about the
 * projects its subscriber may see. {@code orders} says which order events it hears too.
 */
public record Subscription(Platform platform, String channelId, Set<LiveStatus> statuses, String project,
                           Caller subscriber, Instant createdAt, OrderAlerts orders) {
    public Subscription {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channelId, "channelId");
        statuses = Set.copyOf(statuses);
        project = project == null || project.isBlank() ? "*" : project;
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(createdAt, "createdAt");
        orders = orders == null ? OrderAlerts.NONE : orders;
    }

    /** Status changes only. */
    public Subscription(Platform platform, String channelId, Set<LiveStatus> statuses, String project,
                        Caller subscriber, Instant createdAt) {
        this(platform, channelId, statuses, project, subscriber, createdAt, OrderAlerts.NONE);
    }
}
