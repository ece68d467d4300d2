package dev.liveops.ops;

import java.util.Locale;

/**
 * What this process does among its replicas, as {@code /readyz} reports it. There are no replicas yet, so every
 * process is {@link #SINGLE}; a leader and standbys come with them, decided where the lease is held.
 */
public enum ProcessRole {
    SINGLE;

    public static ProcessRole current() {
        return SINGLE;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
