package dev.liveops.reply;

import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply.Severity;
import java.util.Collection;
import java.util.Comparator;

/**
 * The one place that decides how a deployment status reads: good, neutral, worth a look or bad. Every reply about a
 * status takes its severity from here, so {@code read}, {@code list} and a notification never disagree, and the
 * renderers need only the severity.
 */
public final class StatusTone {
    private StatusTone() {
    }

    public static Severity of(LiveStatus status) {
        // An exhaustive switch: a status added to LiveStatus does not compile until it has a tone.
        return switch (status) {
            case RUNNING -> Severity.SUCCESS;
            case DEPLOY_ERROR, RUNTIME_ERROR, INVALID -> Severity.ERROR;
            // Waiting on someone, or a status LiveOps cannot read: either way a person should look.
            case PENDING_INPUT, UNDEFINED, UNKNOWN -> Severity.WARNING;
            // On the way up, or ended as asked: nothing to do.
            case IN_QUEUE, LOGGING_IN, INITIALIZING, HISTORY, STOPPED, LIQUIDATED, DELETED, COMPLETED, IDLE ->
                    Severity.INFO;
        };
    }

    /**
     * The tone of an action's outcome: good when QuantConnect shows what was asked for (a stop that stopped), the
     * status's own tone otherwise (a deploy that ended in a RuntimeError).
     */
    public static Severity ofOutcome(LiveStatus status, boolean asAsked) {
        return asAsked ? Severity.SUCCESS : of(status);
    }

    /** The tone of several statuses shown together: the most urgent of theirs; neutral when there are none. */
    public static Severity mostUrgent(Collection<LiveStatus> statuses) {
        return statuses.stream().map(StatusTone::of).max(Comparator.naturalOrder()).orElse(Severity.INFO);
    }
}
