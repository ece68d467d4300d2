package dev.liveops.command;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stamps and appends audit entries; also logs each one, so the trail is in the logs if the store is lost. */
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
        log.info("{} {} {} [{}] project={} code={} -> {}", caller.describe(), step, command, commandText,
                projectName, actionCode, outcome);
        auditLog.append(entry);
    }

    void record(Caller caller, String commandText, String command, AuditStep step, String outcome) {
        record(caller, commandText, command, null, null, step, outcome, null, null);
    }

    void record(PendingAction action, Caller actor, String commandText, AuditStep step, String outcome,
                String deployId) {
        record(actor, commandText, action.kind().word(), action.projectId(), action.projectName(), step, outcome,
                action.code(), deployId);
    }
}
