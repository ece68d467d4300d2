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
 * projects its subscriber may see.
 */
public record Subscription(Platform platform, String channelId, Set<LiveStatus> statuses, String project,
                           Caller subscriber, Instant createdAt) {
    public Subscription {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channelId, "channelId");
        statuses = Set.copyOf(statuses);
        project = project == null || project.isBlank() ? "*" : project;
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
