package dev.liveops.command;

import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.leader.Leadership;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.command.ProjectTargets.Target;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.reply.Reply;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Takes each parsed command to its handler, past the access check and the project lookup, and into the audit. A
 * {@link LiveCommandVisitor}: a new command does not compile until it is routed here.
 */
final class CommandRouter {
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ProjectTargets targets;
    private final ScopedAuditRead auditRead;
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
        this.targets = new ProjectTargets(access, audit, projects);
        this.auditRead = new ScopedAuditRead(access, auditLog, projects);
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
            return general(command, () -> auditRead.show(caller, command));
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
                return targets.deny(caller, line, command, null, denied);
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
                return targets.deny(caller, line, command, null, denied);
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
                return targets.deny(caller, line, command, null, denied);
            }
            CommandCheck.Result checked = algorithm.check(caller, line, command.name(), command.command(),
                    command.arguments());
            if (!(checked instanceof CommandCheck.Result.Valid valid)) {
                return ((CommandCheck.Result.Invalid) checked).reply();
            }
            Permission needed = valid.declared().permission();
            return access.mayBroadcast(caller, needed) instanceof AccessDecision.Denied denied
                    ? targets.deny(caller, line, command, null, denied)
                    : algorithm.desk().broadcast(caller, line, valid);
        }

        private Target target(LiveCommand command, String typed, Permission permission) {
            return targets.target(caller, line, command, typed, permission);
        }
    }
}
