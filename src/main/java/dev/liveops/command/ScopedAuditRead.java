package dev.liveops.command;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.project.ProjectDirectory.Lookup;
import dev.liveops.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * /live audit as the caller may see it: a role scoped to some projects reads only their entries; entries about no
 * project need an unscoped role.
 */
final class ScopedAuditRead {
    /** How far back an audit read looks when it must filter by scope. */
    private static final int MAX_AUDIT_SCAN = 2_000;

    private final AccessPolicy access;
    private final AuditLog auditLog;
    private final ProjectDirectory projects;

    ScopedAuditRead(AccessPolicy access, AuditLog auditLog, ProjectDirectory projects) {
        this.access = access;
        this.auditLog = auditLog;
        this.projects = projects;
    }

    Reply show(Caller caller, LiveCommand.ShowAudit command) {
        Predicate<String> visible = access.projectsVisible(caller, Permission.AUDIT);
        if (command.project().isEmpty()) {
            boolean unscoped = access.isUnscoped(caller, Permission.AUDIT);
            List<AuditEntry> entries = auditLog.recent(Optional.empty(), MAX_AUDIT_SCAN).stream()
                    .filter(e -> e.projectName() == null ? unscoped : visible.test(e.projectName()))
                    .limit(command.count()).toList();
            return InfoViews.audit(entries, Optional.empty());
        }
        Lookup lookup = projects.find(command.project().get(), visible);
        if (lookup instanceof Lookup.Found found) {
            return InfoViews.audit(auditLog.recent(Optional.of(found.project().projectId()), command.count()),
                    Optional.of(found.project().name()));
        }
        return ProjectTargets.notFound(lookup);
    }
}
