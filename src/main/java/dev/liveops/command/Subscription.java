package dev.liveops.command;

import dev.liveops.access.Platform;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Instant;
import java.util.Set;

/** A channel's wish to hear about status changes; an empty status set means every change. */
public record Subscription(Platform platform, String channelId, Set<LiveStatus> statuses, String createdBy,
                           Instant createdAt) {
    public Subscription {
        statuses = Set.copyOf(statuses);
    }

    public boolean wants(LiveStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }
}
