package dev.liveops.digest;

import dev.liveops.access.Caller;
import java.time.Instant;
import java.util.Objects;

/**
 * A digest set up from chat. The person who set it is kept: the channel's digest shows only the projects they may
 * see, with their access as it is at each digest, so a revoked role stops the flow.
 */
public record ChatDigest(DigestChannel channel, DigestSchedule schedule, Caller setBy, Instant createdAt) {
    public ChatDigest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
