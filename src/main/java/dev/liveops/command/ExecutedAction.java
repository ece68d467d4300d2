package dev.liveops.command;

import dev.liveops.access.Caller;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stop, liquidate or deploy that LiveOps sent to QuantConnect; {@code deployId} is the new deployment of a deploy,
 * or the one that was stopped or liquidated; null for a deploy whose answer was lost on the way.
 *
 * @param at       when it was sent: a change QuantConnect shows from before then is not its doing
 * @param accepted QuantConnect answered that it accepted it; false when the answer was lost
 */
public record ExecutedAction(String code, CommandName kind, long projectId, String projectName, String deployId,
                             Caller requester, Optional<Caller> approver, Instant at, boolean accepted) {
    public ExecutedAction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(at, "at");
    }
}
