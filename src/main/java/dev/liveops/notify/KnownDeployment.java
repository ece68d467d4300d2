package dev.liveops.notify;

import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The last status the watcher saw of a project's latest deployment, as kept in the store between polls.
 *
 * @param since       when the watcher first saw this status
 * @param lastAlertAt when an error status was last notified (for reminders); null when not alerting
 */
public record KnownDeployment(long projectId, String deployId, LiveStatus status, String error, BigDecimal equity,
                              Instant since, Instant lastAlertAt) {
    public KnownDeployment {
        Objects.requireNonNull(deployId, "deployId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
    }
}
