package dev.liveops.discord;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the bot finds Discord: the real one in production, a local fake in tests.
 *
 * @param restBaseUrl the REST API base, ending in a slash (e.g. {@code http://127.0.0.1:4000/api/v10/}); empty for
 *                    Discord's own
 * @param gatewayUrl  the gateway WebSocket, spoken as plain JSON; empty for the one Discord names
 */
public record DiscordConnection(Optional<String> restBaseUrl, Optional<String> gatewayUrl) {
    public DiscordConnection {
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
    }

    /** The real Discord. */
    public static DiscordConnection discord() {
        return new DiscordConnection(Optional.empty(), Optional.empty());
    }

    /** A Discord stand-in, such as a test fake on loopback. */
    public static DiscordConnection local(String restBaseUrl, String gatewayUrl) {
        return new DiscordConnection(Optional.of(restBaseUrl), Optional.of(gatewayUrl));
    }
}
