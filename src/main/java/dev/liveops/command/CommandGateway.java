package dev.liveops.command;

import dev.liveops.reply.Reply;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.time.Pause;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.quantconnect.QuantConnectAuthException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.leader.FencedWriteException;
import dev.liveops.leader.Leadership;
import java.time.Clock;
import java.util.Optional;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way into LiveOps for every chat adapter: a caller and a line of text in, a {@link Reply} out. Parsing,
 * the access check, project lookup, confirmation and audit all happen here, so no adapter can skip any of them.
 * Never throws: every failure becomes a reply with one clear sentence.
 */
public final class CommandGateway {
    private static final Logger log = LoggerFactory.getLogger(CommandGateway.class);

    private final CommandParser parser = new CommandParser();
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ProjectDirectory projects;
    private final ActionDesk actions;
    private final CommandRouter router;

    /**
     * @param projects the project directory, shared with whoever else names projects (the watcher)
     * @param observer told of every action sent to QuantConnect
     */
    public CommandGateway(QuantConnectClient quantConnect, ProjectDirectory projects, AccessPolicy access,
                          CoreStores stores, ActionRules rules, ActionObserver observer, Clock clock, Pause pause) {
        this(quantConnect, projects, access, stores, rules, observer, clock, pause, Optional.empty());
    }

    /** @param leadership who leads the processes on the store, for whoami; empty for a process that never elects */
    public CommandGateway(QuantConnectClient quantConnect, ProjectDirectory projects, AccessPolicy access,
                          CoreStores stores, ActionRules rules, ActionObserver observer, Clock clock, Pause pause,
                          Optional<Leadership> leadership) {
        this.access = access;
        this.audit = new AuditTrail(stores.auditLog(), clock);
        this.projects = projects;
        ActionPreviews previews = new ActionPreviews(quantConnect,
                new CompileWaiter(quantConnect.compiles(), clock, pause), rules);
        this.actions = new ActionDesk(previews, new ActionSender(quantConnect, rules), stores.pendingActions(), audit,
                access, rules, observer, clock);
        this.router = new CommandRouter(access, audit, stores.auditLog(), projects,
                new LiveQueries(quantConnect.live(), projects, clock), actions,
                new SubscriptionCommands(stores.subscriptions(), stores.snoozes(), clock), leadership);
    }

    public Reply handle(Caller platformCaller, String text) {
        // Audit and replies name a mapped person by the config's name, whatever the platform calls them.
        Caller caller = access.named(platformCaller);
        try (LogContext context = LogContext.request(caller)) {
            return dispatch(caller, text == null ? "" : text, context);
        }
    }

    private Reply dispatch(Caller caller, String line, LogContext context) {
        try {
            ParseResult parsed = parser.parse(line);
            if (parsed instanceof Parsed command) {
                LogContext.add(LogContext.Key.COMMAND, command.command().name().word());
                return command.command().name().addressed(router.route(caller, line, command.command()));
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
        } catch (FencedWriteException fenced) {
            // Another process took the lead while this one held the command: nothing was sent from here.
            audit.record(caller, line, "", AuditStep.FAILED, fenced.getMessage());
            return Reply.error("LiveOps handed over to another of its processes while this command was under way; "
                    + "this one sent nothing. Read the project to see where it stands before asking again.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Reply.error("LiveOps is shutting down; the command was not finished.");
        } catch (RuntimeException bug) {
            String reference = context.requestId();
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
}
