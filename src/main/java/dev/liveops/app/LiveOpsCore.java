package dev.liveops.app;

import dev.liveops.access.AccessPolicy;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CommandName;
import dev.liveops.command.CoreStores;
import dev.liveops.time.Pause;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.command.RecoveredAction;
import dev.liveops.config.BotConfig;
import dev.liveops.config.BrokerageProfile;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.NotificationService;
import dev.liveops.notify.NotificationStore;
import dev.liveops.notify.OrderEventStore;
import dev.liveops.notify.OrderWatcher;
import dev.liveops.notify.ProjectNames;
import dev.liveops.equity.PollListener;
import dev.liveops.chart.EquityChart;
import dev.liveops.notify.OutboundMessage;
import dev.liveops.notify.OutboxCourier;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.notify.RouteBook;
import dev.liveops.notify.StatusWatcher;
import dev.liveops.notify.WatcherHealth;
import dev.liveops.notify.WatcherSettings;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.CashAmount;
import dev.liveops.secret.Secret;
import dev.liveops.leader.Leadership;
import dev.liveops.store.Database;
import dev.liveops.command.ProcessIdentity;
import dev.liveops.store.Fence;
import dev.liveops.store.StoreLeadership;
import dev.liveops.store.JdbcAuditLog;
import dev.liveops.store.JdbcInboundLedger;
import dev.liveops.store.JdbcKillSwitchStore;
import dev.liveops.store.JdbcProcessRegistry;
import dev.liveops.store.JdbcNotificationStore;
import dev.liveops.store.JdbcOrderEventStore;
import dev.liveops.store.JdbcPendingActionStore;
import dev.liveops.store.JdbcSnoozeStore;
import dev.liveops.store.JdbcSubscriptionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The platform-neutral core built from a config: QuantConnect client, store, access policy, the command gateway
 * every adapter talks to, and the notification service. The composition root; nothing else constructs these.
 */
public final class LiveOpsCore implements OperatedCore, AutoCloseable {
    /** How often the notification service looks at what is due: close watches are read this often. */
    public static final Duration STEP = Duration.ofSeconds(5);

    private final QuantConnectClient quantConnect;
    private final CommandGateway gateway;
    private final AccessPolicy access;
    private final NotificationStore notificationStore;
    private final StoreLeadership leadership;
    private final LeaderDuties duties;
    private final StatusWatcher standbyWatcher;
    private final AtomicReference<StatusWatcher> leaderWatcher;
    private final Database database;
    private final ProcessLiveness liveness;
    private final Clock clock;

    private LiveOpsCore(QuantConnectClient quantConnect, CommandGateway gateway, AccessPolicy access,
                        NotificationStore notificationStore, StoreLeadership leadership,
                        Function<Runnable, LeaderDuties> duties, StatusWatcher standbyWatcher,
                        AtomicReference<StatusWatcher> leaderWatcher, Database database, ProcessLiveness liveness,
                        Clock clock) {
        this.standbyWatcher = standbyWatcher;
        this.leaderWatcher = leaderWatcher;
        this.quantConnect = quantConnect;
        this.liveness = liveness;
        this.database = database;
        this.gateway = gateway;
        this.access = access;
        this.notificationStore = notificationStore;
        this.leadership = leadership;
        this.clock = clock;
        this.duties = duties.apply(this::recoverUnfinishedActions);
        leadership.addListener(this.duties);
    }

    public static LiveOpsCore start(BotConfig config, Clock clock, Pause pause) {
        return start(config, clock, pause, STEP);
    }

    /**
     * @param step how often notifications look at what is due and read the projects LiveOps just acted on; the demo
     *             looks every second, so an action's outcome shows while its user is still there
     */
    public static LiveOpsCore start(BotConfig config, Clock clock, Pause pause, Duration step) {
        return start(config, clock, pause, step, CoreObservers.NONE);
    }

    /** @param observers told what the core does, for metrics */
    public static LiveOpsCore start(BotConfig config, Clock clock, Pause pause, Duration step,
                                    CoreObservers observers) {
        return start(config, StoreOpening.begin(config.store()), clock, pause, step, observers);
    }

    /** @param opening {@code config.store()}, begun earlier so that it opens beside what came before the core */
    public static LiveOpsCore start(BotConfig config, StoreOpening opening, Clock clock, Pause pause, Duration step,
                                    CoreObservers observers) {
        QuantConnectClient quantConnect;
        AccessPolicy access;
        try {
            quantConnect = QuantConnectFromConfig.client(config.quantconnect(), observers.quantConnect());
            access = AccessFromConfig.policy(config.access());
        } catch (RuntimeException failure) {
            opening.abandon();
            throw failure;
        }
        Database database = opening.database(quantConnect::close);
        StoreLeadership leadership = new StoreLeadership(database, StoreLeadership.processName(),
                StoreLeadership.LEASE, clock);
        Fence fence = Fence.of(leadership);
        ProjectDirectory projects = new ProjectDirectory(quantConnect.projects(), clock, Duration.ofMinutes(2));
        CoreStores stores = new CoreStores(new JdbcAuditLog(database), new JdbcPendingActionStore(database, fence),
                new JdbcSubscriptionStore(database), new JdbcSnoozeStore(database),
                new JdbcInboundLedger(database, clock), new JdbcKillSwitchStore(database));
        ProcessIdentity self = ProcessIdentity.create();
        ProcessLiveness liveness = new ProcessLiveness(new JdbcProcessRegistry(database), self);
        liveness.start();
        WatcherSettings settings = NotificationsFromConfig.settings(config.notifications(), step);
        NotificationStore notificationStore = new JdbcNotificationStore(database, fence);
        EquityWiring equity = new EquityWiring(database, fence, config.notifications(), access, projects,
                quantConnect.live(), new EquityChartPicture(new EquityChart()));
        OrderEventStore orderEvents = new JdbcOrderEventStore(database, fence);
        Supplier<StatusWatcher> watchers = () -> {
            RouteBook routes = new RouteBook(stores.subscriptions(), settings.subscriptions(), access,
                    settings.mentions());
            PollListener afterPoll = PollListener.all(List.of(equity.newPollListener(),
                    new OrderWatcher(quantConnect.live(), orderEvents, routes, new ProjectNames(projects))));
            return new StatusWatcher(quantConnect.live(), projects, notificationStore, stores.snoozes(), routes,
                    settings, observers.notifications(), clock, afterPoll);
        };
        // Any process may send an action; following its outcome is written to the store for the leader to do.
        StatusWatcher followsActions = watchers.get();
        CommandGateway gateway = new CommandGateway(quantConnect, projects, access, stores, rules(config),
                followsActions::watch, observers.commands(), self, clock, pause, Optional.of(leadership),
                Optional.of(equity.reports()));
        // Each term starts a new watcher; health is read from the latest one while this process leads.
        AtomicReference<StatusWatcher> leaderWatcher = new AtomicReference<>(followsActions);
        Supplier<NotificationService> services = () -> {
            StatusWatcher watcher = watchers.get();
            leaderWatcher.set(watcher);
            return new NotificationService(watcher, new OutboxCourier(notificationStore, observers.notifications(),
                    clock), step);
        };
        return new LiveOpsCore(quantConnect, gateway, access, notificationStore, leadership,
                recovery -> new LeaderDuties(services, recovery), followsActions, leaderWatcher, database, liveness,
                clock);
    }

    /**
     * Whether notifications are still on their way: an action's outcome not yet seen, or a message not yet posted.
     * Piped console input waits for these before it ends.
     */
    public boolean notificationsUnderway() {
        return !notificationStore.closeWatches().isEmpty() || !notificationStore.dueMessages(clock.instant(), 1)
                .isEmpty();
    }

    /** A standby watches nothing: its health is that of a watcher that has not started, never a stale term's. */
    @Override
    public WatcherHealth watcherHealth() {
        return (leadership.isLeader() ? leaderWatcher.get() : standbyWatcher).health();
    }

    @Override
    public String role() {
        return leadership.isLeader() ? "leader" : "standby";
    }

    @Override
    public void pingStore() {
        database.ping();
    }

    @Override
    public int undeliveredNotifications() {
        return notificationStore.undelivered();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public CommandGateway gateway() {
        return gateway;
    }

    public AccessPolicy access() {
        return access;
    }

    /**
     * Finishes what processes now gone (a previous run, another replica) left half done, now and then periodically;
     * the results are queued for whoever asked, on whichever platform. Actions of live processes are left to them.
     */
    public void recoverUnfinishedActions() {
        takeOverOnce();
        liveness.takeOverPeriodically(this::takeOverOnce);
    }

    private void takeOverOnce() {
        List<RecoveredAction> recovered = gateway.recoverPendingActions();
        notificationStore.queue(recovered.stream().map(r -> new OutboundMessage(new ChannelKey(
                r.requester().platform(), r.requester().channelId()), r.reply())).toList(), clock.instant());
    }

    /**
     * Joins the election among the processes on this store; returns once this process knows whether it leads, and
     * (if it does) has finished what a previous leader left half done. Call before any adapter takes commands.
     */
    public void lead() {
        leadership.start();
        duties.settle();
    }

    /** Who leads and whether it is this process: for status pages and commands, and for leader-only adapters. */
    public Leadership leadership() {
        return leadership;
    }

    /** While this process leads, it watches QuantConnect and delivers notifications through these platforms. */
    public void serve(List<ChannelPoster> posters) {
        lead();
        duties.serve(posters);
    }

    /** A platform that connected later (Discord, which only the leader holds): the leader delivers through it too. */
    public void addPoster(ChannelPoster poster) {
        duties.addPoster(poster);
    }

    /**
     * Stops watching and delivering, then hands the lead over at once: first at shutdown, while the chat platforms
     * can still be posted to.
     */
    public void stopServing() {
        duties.stopServing();
        leadership.close();
    }

    private static ActionRules rules(BotConfig config) {
        Map<String, BrokerageSettings> brokerages = new LinkedHashMap<>();
        config.brokerages().forEach((name, profile) -> brokerages.put(name, brokerage(profile)));
        Set<CommandName> needApproval = config.actions().requireApproval().stream()
                .map(word -> CommandName.fromWord(word).orElseThrow()).collect(Collectors.toSet());
        return new ActionRules(config.actions().confirmationTtl(), config.actions().approvalTtl(), needApproval,
                brokerages, config.defaultBrokerage(), config.actions().killSwitchConcurrency(),
                AlgorithmCommandsFromConfig.of(config.commands()));
    }

    /** Brokerage credentials stay {@link Secret}s all the way to the request body. */
    private static BrokerageSettings brokerage(BrokerageProfile profile) {
        Map<String, Secret> settings = new HashMap<>();
        profile.settings().plain().forEach((key, value) -> settings.put(key, Secret.of(value)));
        settings.putAll(profile.settings().secrets());
        return new BrokerageSettings(profile.id(), settings,
                profile.cash().stream().map(cash -> new CashAmount(cash.currency(), cash.amount())).toList(),
                profile.dataProviders());
    }

    @Override
    public void close() {
        leadership.close(); // hands over at once; its last word to the duties is that this process leads no more
        duties.close();
        liveness.close();
        quantConnect.close();
        database.close();
    }
}
