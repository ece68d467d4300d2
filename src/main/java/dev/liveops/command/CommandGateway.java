package dev.liveops.command;

import dev.liveops.reply.Reply;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.subscription.Subscription;
import dev.liveops.subscription.SubscriptionStore;
import dev.liveops.subscription.Snooze;
import dev.liveops.subscription.SnoozeStore;
import dev.liveops.time.Pause;

import dev.liveops.text.TimeText;
import dev.liveops.access.AccessDecision;
import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.project.ProjectDirectory.Lookup;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.QuantConnectAuthException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.Project;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into LiveOps for every chat adapter: a caller and a line of text in, a {@link Reply} out. Parsing,
 * the access check, project lookup, confirmation and audit all happen here, so no adapter can skip any of them.
 * Never throws: every failure becomes a reply with one clear sentence.
 */
public final class CommandGateway {
    private static final Logger log = LoggerFactory.getLogger(CommandGateway.class);
    /** How far back an audit read looks when it must filter by scope. */
    private static final int MAX_AUDIT_SCAN = 2_000;

    private final CommandParser parser = new CommandParser();
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final AuditLog auditLog;
    private final ProjectDirectory projects;
    private final LiveQueries queries;
    private final ActionDesk actions;
    private final SubscriptionStore subscriptions;
    private final SnoozeStore snoozes;
    private final Clock clock;

    /**
     * @param projects the project directory, shared with whoever else names projects (the watcher)
     * @param observer told of every action sent to QuantConnect
     */
    public CommandGateway(QuantConnectClient quantConnect, ProjectDirectory projects, AccessPolicy access,
                          CoreStores stores, ActionRules rules, ActionObserver observer, Clock clock, Pause pause) {
        this.access = access;
        this.auditLog = stores.auditLog();
        this.audit = new AuditTrail(auditLog, clock);
        this.projects = projects;
        this.queries = new LiveQueries(quantConnect.live(), projects, clock);
        ActionPreviews previews = new ActionPreviews(quantConnect,
                new CompileWaiter(quantConnect.compiles(), clock, pause), rules);
        this.actions = new ActionDesk(quantConnect, previews, stores.pendingActions(), audit, access, rules, observer,
                clock);
        this.subscriptions = stores.subscriptions();
        this.snoozes = stores.snoozes();
        this.clock = clock;
    }

    public Reply handle(Caller caller, String text) {
        String line = text == null ? "" : text;
        try {
            ParseResult parsed = parser.parse(line);
            if (parsed instanceof Parsed command) {
                return command.command().name().addressed(run(caller, line, command.command()));
            }
            return invalid(caller, line, (Rejected) parsed);
        } catch (QuantConnectAuthException auth) {
            log.error("QuantConnect refused the credentials");
            audit.record(caller, line, "", AuditStep.FAILED, auth.getMessage());
            return Reply.error(auth.getMessage());
        } catch (QuantConnectException failure) {
            log.warn("QuantConnect {} failed: {}", failure.endpoint(), failure.getMessage());
            audit.record(caller, line, "", AuditStep.FAILED, failure.getMessage());
            return Reply.error(failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Reply.error("LiveOps is shutting down; the command was not finished.");
        } catch (RuntimeException bug) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Command failed unexpectedly (ref {})", reference, bug);
            return Reply.error("Something went wrong inside LiveOps; the error is logged with reference " + reference
                    + ".");
        }
    }

    /**
     * Projects the caller may see whose name matches what they typed so far, best first: for autocompletion. Never
     * throws; when QuantConnect cannot be reached it offers nothing.
     */
    public List<Project> suggestProjects(Caller caller, String typed, int limit) {
        try {
            return projects.suggest(typed, access.projectsVisible(caller), limit);
        } catch (QuantConnectException unreachable) {
            log.warn("Project suggestions unavailable: {}", unreachable.getMessage());
            return List.of();
        }
    }

    /** Run once at start-up, before serving commands: see {@link ActionDesk#recover()}. */
    public List<RecoveredAction> recoverPendingActions() {
        return actions.recover();
    }

    private Reply invalid(Caller caller, String line, Rejected rejected) {
        audit.record(caller, line, "", AuditStep.INVALID, rejected.reason());
        String usage = rejected.usageOf().map(name -> " Usage: " + name.usage()).orElse("");
        return Reply.error(rejected.reason() + usage);
    }

    private Reply run(Caller caller, String line, LiveCommand command) throws InterruptedException {
        if (command instanceof LiveCommand.Answer answer) {
            return actions.answer(caller, line, answer);
        }
        Permission permission = command.name().permission().orElseThrow();
        AccessDecision decision = access.check(caller, permission);
        if (decision instanceof AccessDecision.Denied denied) {
            return deny(caller, line, command, null, denied);
        }
        if (command instanceof LiveCommand.AboutProject about) {
            return runOnProject(caller, line, about, permission);
        }
        Reply reply = runGeneral(caller, command);
        audit.record(caller, line, command.name().word(), AuditStep.ANSWERED, reply.title());
        return reply;
    }

    private Reply runOnProject(Caller caller, String line, LiveCommand.AboutProject command, Permission permission)
            throws InterruptedException {
        Lookup lookup = projects.find(command.project(), access.projectsVisible(caller));
        if (!(lookup instanceof Lookup.Found found)) {
            Reply reply = notFound(lookup);
            audit.record(caller, line, command.name().word(), AuditStep.FAILED, reply.text());
            return reply;
        }
        Project project = found.project();
        AccessDecision decision = access.check(caller, permission, project.name());
        if (decision instanceof AccessDecision.Denied denied) {
            return deny(caller, line, command, project, denied);
        }
        if (command instanceof LiveCommand.Destructive destructive) {
            return actions.request(caller, line, destructive, project);
        }
        Reply reply;
        if (command instanceof LiveCommand.Snooze snooze) {
            reply = snooze(caller, project, snooze);
        } else if (command instanceof LiveCommand.Read) {
            reply = queries.read(project);
        } else if (command instanceof LiveCommand.ShowPortfolio) {
            reply = queries.portfolio(project);
        } else if (command instanceof LiveCommand.ShowOrders orders) {
            reply = queries.orders(project, orders.count());
        } else {
            reply = queries.logs(project, ((LiveCommand.ShowLogs) command).count());
        }
        audit.record(caller, line, command.name().word(), project.projectId(), project.name(), AuditStep.ANSWERED,
                reply.title(), null, null);
        return reply;
    }

    private Reply snooze(Caller caller, Project project, LiveCommand.Snooze command) {
        if (command.duration().isEmpty()) {
            boolean removed = snoozes.end(project.projectId(), clock.instant());
            return Reply.builder(Severity.INFO, removed ? "Alerts back on: " + project.name()
                            : project.name() + " was not snoozed")
                    .text(removed ? "Status changes of " + project.name() + " are notified again."
                            : "Its status changes are already notified.")
                    .audience(Reply.Audience.CHANNEL).build();
        }
        Snooze snooze = new Snooze(project.projectId(), project.name(), clock.instant().plus(command.duration().get()),
                caller.describe());
        snoozes.save(snooze);
        return Reply.builder(Severity.WARNING, "Snoozed: " + project.name())
                .text("No status alerts for " + project.name() + " until " + TimeText.utc(snooze.until())
                        + ". /live snooze " + project.name() + " off ends it early.")
                .audience(Reply.Audience.CHANNEL).build();
    }

    private Reply runGeneral(Caller caller, LiveCommand command) {
        if (command instanceof LiveCommand.ListDeployments list) {
            return queries.list(list.status(), list.page(), access.projectsVisible(caller, Permission.LIST));
        }
        if (command instanceof LiveCommand.Subscribe subscribe) {
            subscriptions.save(new Subscription(caller.platform(), caller.channelId(), subscribe.statuses(),
                    subscribe.project(), caller, clock.instant()));
            return Reply.builder(Severity.SUCCESS, "Subscribed").text("This channel will be told of status changes: "
                    + InfoViews.statuses(subscribe.statuses()) + InfoViews.projects(subscribe.project())
                    + ", of the projects " + caller.displayName() + " may see.").audience(Reply.Audience.CHANNEL)
                    .build();
        }
        if (command instanceof LiveCommand.Unsubscribe) {
            boolean removed = subscriptions.remove(caller.platform(), caller.channelId());
            return Reply.builder(Severity.INFO, removed ? "Unsubscribed" : "Not subscribed")
                    .text(removed ? "This channel will no longer be told of status changes."
                            : "This channel had no subscription.").build();
        }
        if (command instanceof LiveCommand.ShowSubscriptions) {
            return InfoViews.subscriptions(subscriptions.find(caller.platform(), caller.channelId()));
        }
        if (command instanceof LiveCommand.ShowAudit auditCommand) {
            return showAudit(caller, auditCommand);
        }
        if (command instanceof LiveCommand.WhoAmI) {
            return InfoViews.whoami(caller, access.rolesOf(caller), access.permissionsOf(caller));
        }
        return InfoViews.help(((LiveCommand.Help) command).topic());
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
            return Reply.error("'" + CommandParser.printable(ambiguous.typed()) + "' matches "
                    + ambiguous.candidates().size() + " projects: " + String.join(", ", ambiguous.candidates().stream()
                    .limit(10).map(p -> p.name() + " (" + p.projectId() + ")").toList()) + ". Name one exactly.");
        }
        Lookup.NotFound missing = (Lookup.NotFound) lookup;
        return Reply.error("There is no project '" + CommandParser.printable(missing.typed()) + "'."
                + (missing.suggestions().isEmpty() ? "" : " Did you mean " + String.join(" or ",
                missing.suggestions()) + "?"));
    }
}
