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
 * @param apiUrl              the REST API base, ending in "/": Discord's own or a Discord-compatible one (a proxy)
 * @param gatewayUrl          the gateway WebSocket that goes with it
 */
public record DiscordConfig(Secret token, List<String> guildIds, boolean ephemeralReads, boolean allowDirectMessages,
                            String apiUrl, String gatewayUrl) {
    /** Discord's REST base as JDA knows it; also the schema's default, and a test keeps the two equal. */
    public static final String DISCORD_API = "https://discord.com/api/v10/";
    /** Discord's gateway as JDA knows it; also the schema's default. */
    public static final String DISCORD_GATEWAY = "wss://gateway.discord.gg/";

    public DiscordConfig {
        Objects.requireNonNull(token, "token");
        guildIds = Copies.list(guildIds);
        apiUrl = WebAddress.require(apiUrl == null ? DISCORD_API : apiUrl, "discord.apiUrl", "http", "https");
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        gatewayUrl = WebAddress.require(gatewayUrl == null ? DISCORD_GATEWAY : gatewayUrl, "discord.gatewayUrl",
                "ws", "wss");
    }

    /** Discord's own REST API and gateway. */
    public DiscordConfig(Secret token, List<String> guildIds, boolean ephemeralReads, boolean allowDirectMessages) {
        this(token, guildIds, ephemeralReads, allowDirectMessages, DISCORD_API, DISCORD_GATEWAY);
    }

    /** The same bot, reached through another REST base and gateway. */
    public DiscordConfig at(String restBase, String gateway) {
        return new DiscordConfig(token, guildIds, ephemeralReads, allowDirectMessages, restBase, gateway);
    }
}
