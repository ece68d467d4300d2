package dev.liveops.command;

import dev.liveops.reply.Reply;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.time.Pause;
import dev.liveops.chart.EquityChart;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ParseResult.Parsed;
import dev.liveops.command.ParseResult.Rejected;
import dev.liveops.quantconnect.QuantConnectAuthException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.Project;
import dev.liveops.leader.FencedWriteException;
import dev.liveops.leader.Leadership;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Optional;
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
    private final CommandObserver commands;
    private final InboundLedger inbound;

    /**
     * @param projects the project directory, shared with whoever else names projects (the watcher)
     * @param observer told of every action sent to QuantConnect
     * @param commands told how every command line and every sent action ended
     * @param self     this process, which owns the actions it confirms until they end
     */
    public CommandGateway(QuantConnectClient quantConnect, ProjectDirectory projects, AccessPolicy access,
                          CoreStores stores, ActionRules rules, ActionObserver observer, CommandObserver commands,
                          ProcessIdentity self, Clock clock, Pause pause) {
        this(quantConnect, projects, access, stores, rules, observer, commands, self, clock, pause, Optional.empty());
    }

    /** @param leadership who leads the processes on the store, for whoami; empty for a process that never elects */
    public CommandGateway(QuantConnectClient quantConnect, ProjectDirectory projects, AccessPolicy access,
                          CoreStores stores, ActionRules rules, ActionObserver observer, CommandObserver commands,
                          ProcessIdentity self, Clock clock, Pause pause, Optional<Leadership> leadership) {
        this(quantConnect, projects, access, stores, rules, observer, commands, self, clock, pause, leadership,
                Optional.empty());
    }

    /** @param reports what pnl and digest read and write; empty where none are kept (they then say so) */
    public CommandGateway(QuantConnectClient quantConnect, ProjectDirectory projects, AccessPolicy access,
                          CoreStores stores, ActionRules rules, ActionObserver observer, CommandObserver commands,
                          ProcessIdentity self, Clock clock, Pause pause, Optional<Leadership> leadership,
                          Optional<Reports> reports) {
        this.commands = commands;
        this.access = access;
        this.audit = new AuditTrail(stores.auditLog(), clock);
        this.projects = projects;
        ActionPreviews previews = new ActionPreviews(quantConnect,
                new CompileWaiter(quantConnect.compiles(), clock, pause), rules);
        ActionSender sender = new ActionSender(quantConnect, rules);
        InterruptedSend interrupted = new InterruptedSend(quantConnect.live());
        KillSwitch killSwitch = new KillSwitch(new KillSwitchPreview(quantConnect.live(), projects,
                rules.killSwitchConcurrency()),
                new KillSwitchRun(sender, interrupted, stores.killSwitches(), audit, rules, observer, clock),
                stores.pendingActions(), stores.killSwitches(), audit, access, rules, clock);
        this.actions = new ActionDesk(previews, sender, interrupted, self, stores.pendingActions(), audit, access,
                rules, observer, commands, clock, killSwitch);
        this.inbound = stores.inbound();
        this.router = new CommandRouter(access, audit, stores.auditLog(), projects,
                new LiveQueries(quantConnect.live(), projects, clock), actions,
                new SubscriptionCommands(stores.subscriptions(), stores.snoozes(), clock), leadership, killSwitch,
                new ReportCommands(reports, projects, clock),
                new AlgorithmCommandRoutes(rules.commands(), new AlgorithmCommandDesk(quantConnect, projects, actions,
                        audit), new InsightsView(quantConnect.algorithms()), audit),
                new EquityChartView(quantConnect.live(), new EquityChart(), clock));
    }

    public Reply handle(Caller platformCaller, String text) {
        // Audit and replies name a mapped person by the config's name, whatever the platform calls them.
        Caller caller = access.named(platformCaller);
        try (LogContext context = LogContext.request(caller)) {
            return dispatch(caller, text == null ? "" : text, context);
        }
    }

    private Reply dispatch(Caller caller, String line, LogContext context) {
        long started = System.nanoTime();
        Optional<CommandName> name = Optional.empty();
        CommandObserver.Outcome outcome = CommandObserver.Outcome.ANSWERED;
        try {
            ParseResult parsed = parser.parse(line);
            if (parsed instanceof Parsed command) {
                name = Optional.of(command.command().name());
                LogContext.add(LogContext.Key.COMMAND, command.command().name().word());
                return command.command().name().addressed(router.route(caller, line, command.command()));
            }
            outcome = CommandObserver.Outcome.INVALID;
            return invalid(caller, line, (Rejected) parsed);
        } catch (QuantConnectAuthException auth) {
            outcome = CommandObserver.Outcome.QUANTCONNECT_FAILED;
            log.error("QuantConnect refused the credentials");
            audit.record(caller, line, "", AuditStep.FAILED, auth.getMessage());
            return Reply.error(auth.getMessage());
        } catch (QuantConnectException failure) {
            outcome = CommandObserver.Outcome.QUANTCONNECT_FAILED;
            log.warn("QuantConnect {} failed: {}", failure.endpoint(), failure.getMessage());
            audit.record(caller, line, "", AuditStep.FAILED, failure.getMessage());
            return Reply.error(failure.getMessage());
        } catch (FencedWriteException fenced) {
            // Another process took the lead while this one held the command: nothing was sent from here.
            audit.record(caller, line, "", AuditStep.FAILED, fenced.getMessage());
            return Reply.error("LiveOps handed over to another of its processes while this command was under way; "
                    + "this one sent nothing. Read the project to see where it stands before asking again.");
        } catch (InterruptedException interrupted) {
            outcome = CommandObserver.Outcome.INTERRUPTED;
            Thread.currentThread().interrupt();
            return Reply.error("LiveOps is shutting down; the command was not finished.");
        } catch (RuntimeException bug) {
            outcome = CommandObserver.Outcome.INTERNAL_ERROR;
            String reference = context.requestId();
            log.error("Command failed unexpectedly (ref {})", reference, bug);
            return Reply.error("Something went wrong inside LiveOps; the error is logged with reference " + reference
                    + ".");
        } finally {
            commands.handled(name, outcome, Duration.ofNanos(System.nanoTime() - started));
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

    /**
     * Takes over the actions of processes that are gone: at start-up, before serving commands, and then periodically.
     * See {@link ActionDesk#recover()}.
     */
    public List<RecoveredAction> recoverPendingActions() {
        return actions.recover();
    }

    /**
     * Whether a chat delivery is new: adapters ask before running one, and acknowledge a repeat (a platform's retry,
     * or a delivery another process took) without running it. See {@link InboundLedger}.
     */
    public boolean isFirstDelivery(Platform platform, String deliveryId) {
        try {
            return inbound.firstTime(platform, deliveryId);
        } catch (RuntimeException unrecorded) {
            // Dropping a command nobody sees answered is worse than a repeat: actions are compare-and-set anyway.
            log.warn("Could not record {} delivery {}; running it", platform, deliveryId, unrecorded);
            return true;
        }
    }

    /**
     * A command the adapter acknowledged but did not run (its platform at the configured limit, or LiveOps stopping):
     * audited like every other line, and answered with {@code reason}, one sentence.
     */
    public Reply notRun(Caller platformCaller, String text, String reason) {
        Caller caller = access.named(platformCaller);
        String line = text == null ? "" : text;
        String command = parser.parse(line) instanceof Parsed parsed ? parsed.command().name().word() : "";
        audit.record(caller, line, command, AuditStep.NOT_RUN, reason);
        return Reply.error(reason);
    }

    private Reply invalid(Caller caller, String line, Rejected rejected) {
        audit.record(caller, line, "", AuditStep.INVALID, rejected.reason());
        String usage = rejected.usageOf().map(name -> " Usage: " + name.usage()).orElse("");
        return Reply.error(rejected.reason() + usage);
    }
}
