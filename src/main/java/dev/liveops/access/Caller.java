package dev.liveops.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who sent a command, as the adapter saw them: the platform's user id (never the display name, which anyone can
 * change), the ids of their Discord roles or Slack user groups, and the channel they typed in.
 */
public record Caller(Platform platform, String userId, String displayName, Set<String> groupIds, String channelId) {
    public Caller {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        groupIds = Set.copyOf(groupIds);
        channelId = channelId == null ? "" : channelId;
    }

    /** "alice (discord:123)": names a person unambiguously in audit and approval messages. */
    public String describe() {
        return displayName + " (" + platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + userId + ")";
    }

    /** The same person: platform and user id, whatever the channel or display name. */
    public boolean isSamePerson(Caller other) {
        return platform == other.platform && userId.equals(other.userId);
    }
}
