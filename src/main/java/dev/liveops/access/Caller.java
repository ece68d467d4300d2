package dev.liveops.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who sent a command, as the adapter saw them: the platform's user id (never the display name, which anyone can
 * change), the ids of their Discord roles or Slack user groups, and the channel they typed in. On the console the
 * user id is the operating-system user and the display name the config user they act as (see {@link #console}).
 */
public record Caller(Platform platform, String userId, String displayName, Set<String> groupIds, String channelId) {
    public Caller {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        displayName = displayName == null || displayName.isBlank() ? userId : displayName;
        groupIds = Set.copyOf(groupIds);
        channelId = channelId == null ? "" : channelId;
    }

    /**
     * A console user: the operating-system user at the terminal, as the config user whose {@code consoleUser} it is.
     * The id is the OS user, so whatever name is shown, one OS user is one person and never approves its own request.
     */
    public static Caller console(String osUser, String configName) {
        return new Caller(Platform.CONSOLE, osUser, configName, Set.of(), "console");
    }

    /** The same caller under the name the config gives the person: audit and replies then read alike everywhere. */
    public Caller named(String name) {
        return new Caller(platform, userId, name, groupIds, channelId);
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
