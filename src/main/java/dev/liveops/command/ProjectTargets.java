package dev.liveops.command;

import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.project.ProjectDirectory.Lookup;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;

/**
 * The project a command names, past the access check: decided here once for every route, with each refusal audited
 * and worded the same way.
 */
final class ProjectTargets {
    /** An ambiguous project name lists this many matches and counts the rest. */
    private static final int MAX_CANDIDATES_SHOWN = 10;

    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ProjectDirectory projects;

    ProjectTargets(AccessPolicy access, AuditTrail audit, ProjectDirectory projects) {
        this.access = access;
        this.audit = audit;
        this.projects = projects;
    }

    /** A project command's project, or the reply that refuses it (already audited). */
    sealed interface Target {
        record Allowed(Project project) implements Target {
        }

        record Refused(Reply reply) implements Target {
        }
    }

    /** The project, when the caller may run this command and may run it on that project. */
    Target target(Caller caller, String line, LiveCommand command, String typed, Permission permission) {
        AccessDecision decision = access.check(caller, permission);
        if (decision instanceof AccessDecision.Denied denied) {
            return new Target.Refused(deny(caller, line, command, null, denied));
        }
        Lookup lookup = projects.find(typed, access.projectsVisible(caller));
        if (!(lookup instanceof Lookup.Found found)) {
            Reply reply = notFound(lookup);
            audit.record(caller, line, command.name().word(), AuditStep.FAILED, reply.text());
            return new Target.Refused(reply);
        }
        Project project = found.project();
        LogContext.add(LogContext.Key.PROJECT, project.name());
        if (access.check(caller, permission, project.name()) instanceof AccessDecision.Denied denied) {
            return new Target.Refused(deny(caller, line, command, project, denied));
        }
        return new Target.Allowed(project);
    }

    /** Audits the refusal ({@code project} null when it is about no project) and says why. */
    Reply deny(Caller caller, String line, LiveCommand command, Project project, AccessDecision.Denied denied) {
        audit.record(caller, line, command.name().word(), project == null ? null : project.projectId(),
                project == null ? null : project.name(), AuditStep.DENIED, denied.reason(), null, null);
        return Reply.error(denied.reason());
    }

    static Reply notFound(Lookup lookup) {
        if (lookup instanceof Lookup.Ambiguous ambiguous) {
            int count = ambiguous.candidates().size();
            int more = count - MAX_CANDIDATES_SHOWN;
            return Reply.error("'" + CommandParser.printable(ambiguous.typed()) + "' matches " + count
                    + " projects: " + String.join(", ", ambiguous.candidates().stream().limit(MAX_CANDIDATES_SHOWN)
                    .map(p -> p.name() + " (" + p.projectId() + ")").toList())
                    + (more > 0 ? " and " + more + " more" : "") + ". Name one exactly.");
        }
        Lookup.NotFound missing = (Lookup.NotFound) lookup;
        String typed = CommandParser.printable(missing.typed());
        return Reply.error("There is no project '" + typed + "'."
                + (missing.suggestions().isEmpty() ? "" : " Did you mean " + String.join(" or ",
                missing.suggestions()) + "?")
                + (typed.contains(" ") ? " LiveOps read '" + typed + "' as one name; quote a name with spaces "
                + "(\"Crypto Basis\") to keep the words after it apart." : ""));
    }
}
