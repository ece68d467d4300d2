package dev.liveops.notify;

import dev.liveops.reply.Reply.Severity;
import dev.liveops.reply.StatusTone;
import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened to a project's live deployment between two looks at it.
 *
 * @param from  the status before; empty for a new deployment
 * @param to    the status now; empty when the deployment vanished from QuantConnect's list
 * @param error QuantConnect's error text for RuntimeError and DeployError, else empty
 */
public record StatusChange(long projectId, String projectName, String deployId, Kind kind, Optional<LiveStatus> from,
                           Optional<LiveStatus> to, Instant at, String error, BigDecimal equity) {

    public enum Kind {
        /** A deployment of a project the watcher did not know. */
        NEW,
        /** The same deployment, another status. */
        CHANGED,
        /** Back to Running from an error status, e.g. by QuantConnect's automatic restart. */
        RECOVERED,
        /** A new deploy id for a project the watcher knew. */
        REDEPLOYED,
        /** No longer in QuantConnect's list. */
        VANISHED,
        /** Still in an error status, reminded at the configured interval. */
        REMINDER
    }

    public StatusChange {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        error = error == null ? "" : error;
    }

    /** The status a subscription filters on: where the deployment is now, or where it was when it vanished. */
    public LiveStatus subject() {
        return to.or(() -> from).orElse(LiveStatus.UNKNOWN);
    }

    /** The status's own tone; a deployment that vanished has no status and needs a look. */
    public Severity severity() {
        return kind == Kind.VANISHED ? Severity.WARNING : StatusTone.of(to.orElseThrow());
    }
}
