package dev.liveops.digest;

import dev.liveops.access.Platform;
import java.util.Objects;

/** The channel a digest is posted to. */
public record DigestChannel(Platform platform, String channelId) {
    public DigestChannel {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(channelId, "channelId");
    }
}
