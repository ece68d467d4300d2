package dev.liveops.quantconnect;

import dev.liveops.secret.Secret;
import java.util.Objects;

/** A QuantConnect user id and API token. The token is a {@link Secret}, so this record prints it as {@code ****}. */
public record QuantConnectCredentials(String userId, Secret apiToken) {
    public QuantConnectCredentials {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(apiToken, "apiToken");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("The QuantConnect user id is empty.");
        }
        if (apiToken.isBlank()) {
            throw new IllegalArgumentException("The QuantConnect API token is empty.");
        }
    }
}
