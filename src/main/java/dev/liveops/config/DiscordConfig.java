package dev.liveops.config;

import dev.liveops.secret.Secret;
import java.util.List;
import java.util.Objects;

/**
 * The Discord bot.
 *
 * @param token               the bot token
 * @param guildIds            servers to register slash commands in; empty to register them globally
 * @param ephemeralReads      answer read-only commands with messages only the caller sees
 * @param allowDirectMessages accept commands in direct messages
 */
public record DiscordConfig(Secret token, List<String> guildIds, boolean ephemeralReads, boolean allowDirectMessages) {
    public DiscordConfig {
        Objects.requireNonNull(token, "token");
        guildIds = Copies.list(guildIds);
    }
}
