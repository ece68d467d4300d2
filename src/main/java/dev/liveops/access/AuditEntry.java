package dev.liveops.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the append-only audit trail. {@code commandText} is the command as typed; no field ever holds a
 * credential (brokerage settings stay in the config and are referred to by profile name).
 */
public record AuditEntry(
        Instant at,
        Caller caller,
        String commandText,
        String command,
        Long projectId,
        String projectName,
        AuditStep step,
        String outcome,
        String actionCode,
        String deployId) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(step, "step");
        commandText = commandText == null ? "" : commandText;
        command = command == null ? "" : command;
        outcome = outcome == null ? "" : outcome;
    }
}
