package dev.liveops.command;

import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.leader.Leadership;
import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.project.ProjectDirectory.Lookup;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Takes each parsed command to its handler, past the access check and the project lookup, and into the audit. A
 * {@link LiveCommandVisitor}: a new command does not compile until it is routed here.
 */
final class CommandRouter {
    /** How far back an audit read looks when it must filter by scope. */
    private static final int MAX_AUDIT_SCAN = 2_000;
    /** An ambiguous project name lists this many matches and counts the rest. */
    private static final int MAX_CANDIDATES_SHOWN = 10;

    private final AccessPolicy access;
    private final AuditTrail audit;
    private final AuditLog auditLog;
    private final ProjectDirectory projects;
    private final LiveQueries queries;
    private final ActionDesk actions;
    private final SubscriptionCommands subscriptions;
    private final Optional<Leadership> leadership;
    private final KillSwitch killSwitch;
    private final ReportCommands reports;
    private final AlgorithmCommandRoutes algorithm;
    private final EquityChartView charts;

    CommandRouter(AccessPolicy access, AuditTrail audit, AuditLog auditLog, ProjectDirectory projects,
                  LiveQueries queries, ActionDesk actions, SubscriptionCommands subscriptions,
                  Optional<Leadership> leadership, KillSwitch killSwitch, ReportCommands reports,
                  AlgorithmCommandRoutes algorithm, EquityChartView charts) {
        this.killSwitch = killSwitch;
        this.algorithm = algorithm;
        this.leadership = leadership;
        this.reports = reports;
        this.charts = charts;
        this.access = access;
        this.audit = audit;
        this.auditLog = auditLog;
        this.projects = projects;
        this.queries = queries;
        this.actions = actions;
        this.subscriptions = subscriptions;
    }

    Reply route(Caller caller, String line, LiveCommand command) throws InterruptedException {
        return command.accept(new Dispatch(caller, line));
    }

    /** One command of one caller. */
    private final class Dispatch implements LiveCommandVisitor<Reply> {
        private final Caller caller;
        private final String line;

        Dispatch(Caller caller, String line) {
            this.caller = caller;
            this.line = line;
        }

        @Override
        public Reply list(LiveCommand.ListDeployments command) {
            return general(command, () -> queries.list(command.status(), command.page(),
                    access.projectsVisible(caller, Permission.LIST)));
        }

        @Override
        public Reply read(LiveCommand.Read command) {
            return aboutProject(command, queries::read);
        }

        @Override
        public Reply portfolio(LiveCommand.ShowPortfolio command) {
            return aboutProject(command, queries::portfolio);
        }

        @Override
        public Reply orders(LiveCommand.ShowOrders command) {
            return aboutProject(command, project -> queries.orders(project, command.count()));
        }

        @Override
        public Reply logs(LiveCommand.ShowLogs command) {
            return aboutProject(command, project -> queries.logs(project, command.count()));
        }

        @Override
        public Reply deploy(LiveCommand.Deploy command) throws InterruptedException {
            return destructive(command);
        }

        @Override
        public Reply stop(LiveCommand.Stop command) throws InterruptedException {
            return destructive(command);
        }

        @Override
        public Reply liquidate(LiveCommand.Liquidate command) throws InterruptedException {
            return destructive(command);
        }

        @Override
        public Reply subscribe(LiveCommand.Subscribe command) {
            return general(command, () -> subscriptions.subscribe(caller, command));
        }

        @Override
        public Reply unsubscribe(LiveCommand.Unsubscribe command) {
            return general(command, () -> subscriptions.unsubscribe(caller));
        }

        @Override
        public Reply subscriptions(LiveCommand.ShowSubscriptions command) {
            return general(command, () -> subscriptions.show(caller));
        }

        @Override
        public Reply snooze(LiveCommand.Snooze command) {
            return aboutProject(command, project -> subscriptions.snooze(caller, project, command));
        }

        @Override
        public Reply audit(LiveCommand.ShowAudit command) {
            return general(command, () -> showAudit(caller, command));
        }

        @Override
        public Reply whoami(LiveCommand.WhoAmI command) {
            return general(command, () -> InfoViews.whoami(caller, access.rolesOf(caller),
                    access.permissionsOf(caller), leadership));
        }

        @Override
        public Reply help(LiveCommand.Help command) {
            return general(command, () -> InfoViews.help(command.topic()));
        }

        @Override
        public Reply confirm(LiveCommand.Confirm command) {
            return actions.answer(caller, line, command);
        }

        @Override
        public Reply cancel(LiveCommand.Cancel command) {
            return actions.answer(caller, line, command);
        }

        @Override
        public Reply approve(LiveCommand.Approve command) {
            return actions.answer(caller, line, command);
        }

        @Override
        public Reply stopAll(LiveCommand.StopAll command) {
            return killSwitch(command);
        }

        @Override
        public Reply liquidateAll(LiveCommand.LiquidateAll command) {
            return killSwitch(command);
        }

        /** Needs the permission somewhere; the preview then holds only the deployments the caller may act on. */
        private Reply killSwitch(LiveCommand.KillSwitch command) {
            if (access.check(caller, command.name().permission().orElseThrow())
                    instanceof AccessDecision.Denied denied) {
                return deny(caller, line, command, null, denied);
            }
            return killSwitch.request(caller, line, command);
        }

        @Override
        public Reply pnl(LiveCommand.ShowPnl command) {
            if (command.project().isPresent()) {
                return aboutProject(command, command.project().get(),
                        project -> reports.pnl(Optional.of(project), name -> true, command.period()));
            }
            return general(command, () -> reports.pnl(Optional.empty(), access.projectsVisible(caller,
                    Permission.PNL), command.period()));
        }

        @Override
        public Reply digest(LiveCommand.ManageDigest command) {
            return general(command, () -> reports.digest(caller, command));
        }

        @Override
        public Reply chart(LiveCommand.ShowChart command) {
            return aboutProject(command, project -> charts.chart(project, command.period()));
        }

        private Reply general(LiveCommand command, Supplier<Reply> handler) {
            AccessDecision decision = access.check(caller, command.name().permission().orElseThrow());
            if (decision instanceof AccessDecision.Denied denied) {
                return deny(caller, line, command, null, denied);
            }
            Reply reply = handler.get();
            audit.record(caller, line, command.name().word(), AuditStep.ANSWERED, reply.title());
            return reply;
        }

        private Reply aboutProject(LiveCommand.AboutProject command, Function<Project, Reply> handler) {
            return aboutProject(command, command.project(), handler);
        }

        private Reply aboutProject(LiveCommand command, String typed, Function<Project, Reply> handler) {
            Target target = target(command, typed, command.name().permission().orElseThrow());
            if (target instanceof Target.Refused refused) {
                return refused.reply();
            }
            Project project = ((Target.Allowed) target).project();
            Reply reply = handler.apply(project);
            audit.record(caller, line, command.name().word(), project.projectId(), project.name(), AuditStep.ANSWERED,
                    reply.title(), null, null);
            return reply;
        }

        /** Audited step by step by the action desk itself. */
        private Reply destructive(LiveCommand.Destructive command) throws InterruptedException {
            Target target = target(command, command.project(), command.name().permission().orElseThrow());
            if (target instanceof Target.Refused refused) {
                return refused.reply();
            }
            return actions.request(caller, line, command, ((Target.Allowed) target).project());
        }

        @Override
        public Reply insights(LiveCommand.ShowInsights command) {
            return aboutProject(command, project -> algorithm.insights().insights(project, command.count()));
        }

        /** Checked against the config first: the declaration says which permission the command needs. */
        @Override
        public Reply command(LiveCommand.SendCommand command) {
            CommandCheck.Result checked = algorithm.check(caller, line, command.name(), command.command(),
                    command.arguments());
            if (!(checked instanceof CommandCheck.Result.Valid valid)) {
                return ((CommandCheck.Result.Invalid) checked).reply();
            }
            Target target = target(command, command.project(), valid.declared().permission());
            return target instanceof Target.Allowed allowed
                    ? algorithm.desk().command(caller, line, allowed.project(), valid) : ((Target.Refused) target).reply();
        }

        /** Reaches every project: needs broadcast and the command's own permission, both on every project. */
        @Override
        public Reply broadcast(LiveCommand.Broadcast command) {
            if (access.check(caller, Permission.BROADCAST) instanceof AccessDecision.Denied denied) {
                return deny(caller, line, command, null, denied);
            }
            CommandCheck.Result checked = algorithm.check(caller, line, command.name(), command.command(),
                    command.arguments());
            if (!(checked instanceof CommandCheck.Result.Valid valid)) {
                return ((CommandCheck.Result.Invalid) checked).reply();
            }
            Permission needed = valid.declared().permission();
            return access.isUnscoped(caller, Permission.BROADCAST) && access.isUnscoped(caller, needed)
                    ? algorithm.desk().broadcast(caller, line, valid)
                    : deny(caller, line, command, null, new AccessDecision.Denied("A broadcast reaches every project, "
                    + "so it needs /live broadcast and /live " + needed.configName() + " on every project."));
        }

        /** The project, when the caller may run this command and may run it on that project. */
        private Target target(LiveCommand command, String typed, Permission permission) {
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
    }

    /** A project command's project, or the reply that refuses it (already audited). */
    private sealed interface Target {
        record Allowed(Project project) implements Target {
        }

        record Refused(Reply reply) implements Target {
        }
    }

    /** A role scoped to some projects reads only their entries; entries about no project need an unscoped role. */
    private Reply showAudit(Caller caller, LiveCommand.ShowAudit command) {
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
        return notFound(lookup);
    }

    private Reply deny(Caller caller, String line, LiveCommand command, Project project,
                       AccessDecision.Denied denied) {
        audit.record(caller, line, command.name().word(), project == null ? null : project.projectId(),
                project == null ? null : project.name(), AuditStep.DENIED, denied.reason(), null, null);
        return Reply.error(denied.reason());
    }

    private static Reply notFound(Lookup lookup) {
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
