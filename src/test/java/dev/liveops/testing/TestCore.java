package dev.liveops.testing;

import dev.liveops.access.AccessPolicy;
import dev.liveops.app.CoreObservers;
import dev.liveops.app.OperatedCore;
import dev.liveops.notify.WatcherHealth;
import dev.liveops.access.IdentityMap;
import dev.liveops.access.Permission;
import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.access.Role;
import dev.liveops.access.RoleCatalog;
import dev.liveops.command.ActionRules;
import dev.liveops.command.AlgorithmCommands;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CommandName;
import dev.liveops.command.CoreStores;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.NotificationService;
import dev.liveops.notify.OutboxCourier;
import dev.liveops.notify.RouteBook;
import dev.liveops.notify.StatusWatcher;
import dev.liveops.notify.WatcherSettings;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.Timeouts;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.command.ProcessIdentity;
import dev.liveops.command.ProcessRegistry;
import dev.liveops.store.JdbcAuditLog;
import dev.liveops.store.JdbcInboundLedger;
import dev.liveops.store.JdbcKillSwitchStore;
import dev.liveops.store.JdbcProcessRegistry;
import dev.liveops.store.JdbcNotificationStore;
import dev.liveops.store.JdbcOrderEventStore;
import dev.liveops.notify.OrderWatcher;
import dev.liveops.notify.ProjectNames;
import dev.liveops.store.JdbcPendingActionStore;
import dev.liveops.store.JdbcSnoozeStore;
import dev.liveops.store.JdbcSubscriptionStore;
import dev.liveops.time.Pause;
import dev.liveops.command.Reports;
import dev.liveops.digest.ConfiguredDigest;
import dev.liveops.digest.DigestBook;
import dev.liveops.digest.DigestComposer;
import dev.liveops.digest.DigestPicture;
import dev.liveops.digest.DigestSender;
import dev.liveops.app.QuantConnectEquityHistory;
import dev.liveops.equity.EquityHistory;
import dev.liveops.equity.EquityRecorder;
import dev.liveops.equity.PnlReader;
import dev.liveops.equity.PollListener;
import dev.liveops.equity.SnapshotSettings;
import dev.liveops.store.JdbcDigestStore;
import dev.liveops.store.JdbcEquitySnapshotStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole core as the composition root wires it, for tests: the QuantConnect sandbox over real HTTP on a manual
 * clock, a real client with a spy on its live API (to count the calls that trade and the polls), SQLite in a
 * temporary folder (or a database of its own on the test PostgreSQL: {@link Builder#postgres()}), the command gateway, and the watcher with its notification service (stepped by the test, never
 * on a thread of its own). {@link #restart()} builds new core objects over the same store and sandbox.
 *
 * <pre>{@code
 * try (TestCore core = TestCore.builder().user(Platform.SLACK, "U1", "trader").build()) {
 *     core.gateway().handle(caller, "stop momentum");
 *     verify(core.live()).stop(MOMENTUM);
 * }
 * }</pre>
 */
public final class TestCore implements OperatedCore, AutoCloseable {
    /** Where every test clock starts: a weekday afternoon, markets open. */
    public static final String START = "2026-11-20T14:30:00Z";
    private static final Duration PROJECT_CACHE = Duration.ofMinutes(2);
    private static final Duration STEP = Duration.ofSeconds(5);

    private final ManualClock clock = ManualClock.at(START);
    private final QuantConnectSandbox sandbox;
    private final QuantConnectClient client;
    private final LiveApi live;
    private final TempDatabase database;
    private final CoreStores stores;
    private final AccessPolicy access;
    private final ActionRules rules;
    private final WatcherSettings settings;
    private final List<ChannelPoster> posters;
    private final Pause pause;
    private final CoreObservers observers;
    private final ProcessRegistry processes;
    private final SnapshotSettings snapshotSettings;
    private final JdbcEquitySnapshotStore snapshots;
    private final JdbcDigestStore digests;
    private final DigestBook digestBook;
    private final DigestPicture digestPicture;
    private final PnlReader pnl;
    private ProcessIdentity process;
    private CommandGateway gateway;
    private StatusWatcher watcher;
    private NotificationService notifications;

    private TestCore(Builder options) {
        rules = options.commands == null ? options.rules : options.rules.withCommands(options.commands);
        settings = options.watcher;
        posters = List.copyOf(options.posters);
        observers = options.observers;
        QuantConnectSandbox.Builder sandboxOptions = QuantConnectSandbox.builder().clock(clock).port(0)
                .fleet(options.fleet);
        options.tradeEvery.ifPresent(sandboxOptions::tradeEvery);
        sandbox = sandboxOptions.build().start();
        String token = options.apiToken == null ? sandbox.apiToken() : options.apiToken;
        pause = options.pause == null ? clock::advance : options.pause;
        String quantConnectUrl = options.quantConnectUrl == null ? sandbox.baseUrl() : options.quantConnectUrl;
        SpiedClient spied = options.unspied
                ? SpiedClient.unspied(quantConnectUrl, sandbox.userId(), token, clock, observers.quantConnect(),
                        options.timeouts, pause)
                : SpiedClient.of(quantConnectUrl, sandbox.userId(), token, clock, observers.quantConnect(),
                        options.timeouts, pause);
        client = spied.client();
        live = spied.live();
        database = TempDatabase.of(options.store);
        stores = new CoreStores(new JdbcAuditLog(database.database()),
                new JdbcPendingActionStore(database.database()), new JdbcSubscriptionStore(database.database()),
                new JdbcSnoozeStore(database.database()), new JdbcInboundLedger(database.database(), clock),
                new JdbcKillSwitchStore(database.database()));
        processes = new JdbcProcessRegistry(database.database());
        access = new AccessPolicy(RoleCatalog.withOverrides(options.roles),
                new IdentityMap(options.users, options.groups, options.people));
        snapshotSettings = options.snapshots;
        snapshots = new JdbcEquitySnapshotStore(database.database());
        digests = new JdbcDigestStore(database.database());
        digestBook = new DigestBook(digests, options.digests, access);
        digestPicture = options.digestPicture;
        pnl = new PnlReader(snapshots, options.equityHistoryFromCharts ? QuantConnectEquityHistory.waiting(live)
                : options.equityHistory, snapshotSettings.interval());
        restart();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public ManualClock clock() {
        return clock;
    }

    @Override
    public WatcherHealth watcherHealth() {
        return watcher.health();
    }

    @Override
    public void pingStore() {
        database.database().ping();
    }

    @Override
    public int undeliveredNotifications() {
        return new JdbcNotificationStore(database.database()).undelivered();
    }

    public QuantConnectSandbox sandbox() {
        return sandbox;
    }

    public QuantConnectClient client() {
        return client;
    }

    /** The spy on the client's live API. */
    public LiveApi live() {
        return live;
    }

    public CoreStores stores() {
        return stores;
    }

    public CommandGateway gateway() {
        return gateway;
    }

    /**
     * Another gateway over the same store and sandbox, as a second live process (its own process id, alive): or this
     * one after a restart, when the first one's process has {@link #died died}.
     */
    public CommandGateway newGateway() {
        return gateway(new ProjectDirectory(client.projects(), clock, PROJECT_CACHE), alive());
    }

    /** The process {@link #gateway()} runs as, owner of the actions it confirms. */
    public ProcessIdentity process() {
        return process;
    }

    /** The process's lease runs out now: what a kill -9 looks like to the others once its lease has passed. */
    public void died(ProcessIdentity process) {
        processes.heartbeat(process, Duration.ZERO);
    }

    /** A process registered on the store with a lease longer than any test, as a running LiveOps's would be. */
    private ProcessIdentity alive() {
        ProcessIdentity started = ProcessIdentity.create();
        processes.heartbeat(started, Duration.ofHours(1));
        return started;
    }

    public StatusWatcher watcher() {
        return watcher;
    }

    /** The equity snapshots the watcher keeps as it polls. */
    public JdbcEquitySnapshotStore snapshots() {
        return snapshots;
    }

    /** Digests set up from chat, and the period each channel was last sent. */
    public JdbcDigestStore digests() {
        return digests;
    }

    public NotificationService notifications() {
        return notifications;
    }

    /**
     * New gateway, watcher and notification service (with the configured posters) over the same store and sandbox:
     * what a process restart looks like: the process before it has died. Gateways built before follow their actions
     * through the new service.
     */
    public void restart() {
        if (process != null) {
            died(process);
        }
        process = alive();
        ProjectDirectory projects = new ProjectDirectory(client.projects(), clock, PROJECT_CACHE);
        JdbcNotificationStore store = new JdbcNotificationStore(database.database());
        RouteBook routes = new RouteBook(stores.subscriptions(), settings.subscriptions(), access,
                settings.mentions());
        PollListener afterPoll = PollListener.all(List.of(new EquityRecorder(snapshots, snapshotSettings),
                new DigestSender(digestBook, digests, new DigestComposer(pnl, snapshots, digestPicture),
                        projects),
                new OrderWatcher(live, new JdbcOrderEventStore(database.database()), routes,
                        new ProjectNames(projects))));
        watcher = new StatusWatcher(live, projects, store, stores.snoozes(), routes, settings,
                observers.notifications(), clock, afterPoll);
        notifications = new NotificationService(watcher, new OutboxCourier(store, observers.notifications(), clock),
                STEP);
        posters.forEach(notifications::addPoster);
        gateway = gateway(projects, process);
    }

    /**
     * Another LiveOps process on this core's store, electing a leader with the others: same sandbox, clock, access,
     * watcher settings and posters, its own connections, stores and watcher.
     */
    public Replica replica(String name) {
        return new Replica(name, database.url(), live, client, clock, access, settings, posters, rules, pause);
    }

    /** Lets {@code time} pass, then runs one step of the notification service. */
    public void stepAfter(Duration time) {
        clock.advance(time);
        notifications.step();
    }

    private CommandGateway gateway(ProjectDirectory projects, ProcessIdentity owner) {
        return new CommandGateway(client, projects, access, stores, rules,
                action -> notifications.sent(action), observers.commands(), owner, clock, pause, Optional.empty(),
                Optional.of(new Reports(pnl, digests, digestBook)));
    }

    @Override
    public void close() {
        notifications.close();
        client.close();
        sandbox.close();
        database.close();
    }

    /** What the core is built with; each option has the default most tests want. */
    public static final class Builder {
        private int fleet;
        private String apiToken;
        private String quantConnectUrl;
        private final List<Role> roles = new ArrayList<>();
        private final Map<Platform, Map<String, List<String>>> users = new EnumMap<>(Platform.class);
        private final Map<Platform, Map<String, List<String>>> groups = new EnumMap<>(Platform.class);
        private final Map<Platform, Map<String, String>> people = new EnumMap<>(Platform.class);
        private ActionRules rules = ActionRules.paperTrading();
        private WatcherSettings watcher = WatcherSettings.DEFAULT;
        private final List<ChannelPoster> posters = new ArrayList<>();
        private Pause pause;
        private StoreKind store = StoreKind.SQLITE;
        private CoreObservers observers = CoreObservers.NONE;
        private Timeouts timeouts = Timeouts.defaults();
        private SnapshotSettings snapshots = SnapshotSettings.DEFAULT;
        private final List<ConfiguredDigest> digests = new ArrayList<>();
        private EquityHistory equityHistory = EquityHistory.NONE;
        private DigestPicture digestPicture = DigestPicture.NONE;
        private boolean equityHistoryFromCharts;
        private Optional<Duration> tradeEvery = Optional.empty();
        private AlgorithmCommands commands;
        private boolean unspied;

        private Builder() {
        }

        /**
         * The client as production wires it, without Mockito's spies (for benchmarks: a spy costs more per call than
         * some of what is measured); {@link #live()} is then the real live API, which cannot be verified.
         */
        public Builder unspied() {
            this.unspied = true;
            return this;
        }

        /** How often equity is kept and for how long; every 15 minutes for 400 days by default. */
        public Builder snapshots(SnapshotSettings settings) {
            this.snapshots = settings;
            return this;
        }

        /** A digest as the config would give it; none by default. */
        public Builder digest(ConfiguredDigest digest) {
            digests.add(digest);
            return this;
        }

        /** QuantConnect's equity from before LiveOps watched; none by default. */
        /** A digest's chart of total equity; none by default. */
        public Builder digestPicture(DigestPicture picture) {
            this.digestPicture = picture;
            return this;
        }

        /** QuantConnect's equity from before LiveOps watched read from its charts, as LiveOps runs. */
        public Builder equityHistoryFromCharts() {
            this.equityHistoryFromCharts = true;
            return this;
        }

        public Builder equityHistory(EquityHistory history) {
            this.equityHistory = history;
            return this;
        }

        /** The algorithm commands the config declares, whatever the other rules; none by default. */
        public Builder commands(AlgorithmCommands declared) {
            this.commands = declared;
            return this;
        }

        /** Keeps the store in a fresh database on the test JVM's {@link PostgresServer}; SQLite by default. */
        public Builder postgres() {
            return store(StoreKind.POSTGRESQL);
        }

        /** The database the store is kept in; SQLite by default. */
        public Builder store(StoreKind kind) {
            this.store = kind;
            return this;
        }

        /** Who hears what the core does (QuantConnect requests, commands, polls, notifications); nobody by default. */
        public Builder observers(CoreObservers observers) {
            this.observers = observers;
            return this;
        }

        /** How long the client waits for QuantConnect; the production defaults unless a test wants a fault short. */
        public Builder timeouts(Timeouts timeouts) {
            this.timeouts = timeouts;
            return this;
        }

        /** Adds {@code count} generated running deployments to the sandbox's demo organization; none by default. */
        public Builder fleet(int count) {
            this.fleet = count;
            return this;
        }

        /** The API token the client presents; by default the sandbox's own, so every call is authenticated. */
        public Builder apiToken(String token) {
            this.apiToken = token;
            return this;
        }

        /**
         * Points the client at another QuantConnect-compatible server (a MockWebServer answering raw JSON) instead of
         * the sandbox, for answers the sandbox never gives.
         */
        public Builder quantConnectAt(String baseUrl) {
            this.quantConnectUrl = baseUrl;
            return this;
        }

        /** {@link TestCallers#ALICE} administers from the console. */
        public Builder consoleAdmin() {
            return user(Platform.CONSOLE, "alice", "admin");
        }

        /** Grants the roles to a user id on a platform. Nobody holds a role unless given one. */
        public Builder user(Platform platform, String userId, String... roleNames) {
            users.computeIfAbsent(platform, p -> new LinkedHashMap<>()).put(userId, List.of(roleNames));
            return this;
        }

        /** Grants the roles to the members of a Discord role id or Slack user-group id. */
        public Builder group(Platform platform, String groupId, String... roleNames) {
            groups.computeIfAbsent(platform, p -> new LinkedHashMap<>()).put(groupId, List.of(roleNames));
            return this;
        }

        /** Names the person behind a platform identity, so that one person's accounts count as one. */
        public Builder person(Platform platform, String userId, String person) {
            people.computeIfAbsent(platform, p -> new LinkedHashMap<>()).put(userId, person);
            return this;
        }

        /** A role beside (or replacing) viewer, trader and admin, limited to projects matching the globs. */
        public Builder role(String name, Set<Permission> permissions, String... projectGlobs) {
            roles.add(new Role(name, permissions, Arrays.stream(projectGlobs).map(ProjectGlob::new).toList()));
            return this;
        }

        /** Actions that need a second person's approval; by default none (confirmation only, paper brokerage). */
        public Builder requireApproval(CommandName... actions) {
            ActionRules paper = ActionRules.paperTrading();
            rules = new ActionRules(paper.confirmationTtl(), paper.approvalTtl(), Set.of(actions),
                    paper.brokerages(), paper.defaultBrokerage());
            return this;
        }

        /** Confirmation and approval windows, approvals and brokerage profiles; paper trading by default. */
        public Builder rules(ActionRules rules) {
            this.rules = rules;
            return this;
        }

        /** How the watcher behaves; {@link WatcherSettings#DEFAULT} (no configured subscriptions) by default. */
        public Builder watcher(WatcherSettings settings) {
            this.watcher = settings;
            return this;
        }

        /** A poster the notification service delivers through, again after each restart. */
        public Builder poster(ChannelPoster poster) {
            posters.add(poster);
            return this;
        }

        /**
         * How the gateway waits (for a compile) and the client (for a chart that is loading); by default it moves the
         * test clock on instead of sleeping.
         */
        public Builder pause(Pause pause) {
            this.pause = pause;
            return this;
        }

        /** Running deployments in the sandbox trade every {@code every} (orders that fill over time); not by default. */
        public Builder sandboxTradeEvery(Duration every) {
            this.tradeEvery = Optional.of(every);
            return this;
        }

        public TestCore build() {
            return new TestCore(this);
        }
    }
}
