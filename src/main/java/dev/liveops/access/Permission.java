package dev.liveops.access;

import java.util.Locale;
import java.util.Optional;

/** What a role may do: one permission per command, named as the command is typed. */
public enum Permission {
    LIST, READ, PORTFOLIO, ORDERS, LOGS, DEPLOY, STOP, LIQUIDATE, SUBSCRIBE, UNSUBSCRIBE, SUBSCRIPTIONS, SNOOZE,
    AUDIT, WHOAMI, HELP, PNL, DIGEST, INSIGHTS, BROADCAST;

    /** The name used in the config and in chat, e.g. {@code liquidate}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Permission> fromConfigName(String name) {
        for (Permission permission : values()) {
            if (permission.configName().equalsIgnoreCase(name.trim())) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }
}
