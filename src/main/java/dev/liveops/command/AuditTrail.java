package dev.liveops.command;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stamps and appends audit entries. Each is logged first, so that a store that cannot be written (locked, disk full)
 * loses nothing and never turns a user's command into an error.
 */
final class AuditTrail {
    private static final Logger log = LoggerFactory.getLogger("dev.liveops.audit");

    private final AuditLog auditLog;
    private final Clock clock;

    AuditTrail(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    void record(Caller caller, String commandText, String command, Long projectId, String projectName,
                AuditStep step, String outcome, String actionCode, String deployId) {
        AuditEntry entry = new AuditEntry(clock.instant(), caller, commandText, command, projectId, projectName, step,
                outcome, actionCode, deployId);
        log.info("{} {} {} [{}] project={} code={} -> {}", caller.describe(), step, command,
                oneLine(commandText), projectName, actionCode, oneLine(outcome));
        try {
            auditLog.append(entry);
        } catch (RuntimeException storeFailure) {
            log.error("The audit store refused the entry above; it is kept in this log only", storeFailure);
        }
    }

    /** Log lines are split on line breaks: a multi-line value must not pass for several entries. */
    private static String oneLine(String text) {
        return text == null ? null : text.replace("\r", "\\r").replace("\n", "\\n");
    }

    void record(Caller caller, String commandText, String command, AuditStep step, String outcome) {
        record(caller, commandText, command, null, null, step, outcome, null, null);
    }

    void record(PendingAction action, Caller actor, String commandText, AuditStep step, String outcome,
                String deployId) {
        // A kill switch is about no one project: its deployments each get their own entries under its code.
        record(actor, commandText, action.kind().word(), action.isKillSwitch() ? null : action.projectId(),
                action.isKillSwitch() ? null : action.projectName(), step, outcome, action.code(), deployId);
    }
}
