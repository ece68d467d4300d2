package dev.liveops.secret;

import java.util.Objects;

/**
 * A credential (API token, bot token, brokerage password). It cannot leak by accident: {@link #toString()} is
 * redacted, so logging a record or an exception that holds one prints {@code ****}. Only {@link #reveal()} gives the
 * value, and the few callers that need it (request signing, a platform login) are easy to audit with a search.
 */
public final class Secret {
    private static final String REDACTED = "****";
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}
