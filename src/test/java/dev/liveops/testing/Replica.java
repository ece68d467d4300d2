package dev.liveops.testing;

import dev.liveops.access.AccessPolicy;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CoreStores;
import dev.liveops.leader.Leadership;
import dev.liveops.leader.Term;
import dev.liveops.notify.ChannelPoster;
import dev.liveops.notify.NotificationService;
import dev.liveops.notify.OutboxCourier;
import dev.liveops.notify.RouteBook;
import dev.liveops.notify.StatusWatcher;
import dev.liveops.notify.WatcherSettings;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.store.Database;
import dev.liveops.store.Fence;
import dev.liveops.command.CommandObserver;
import dev.liveops.command.ProcessIdentity;
import dev.liveops.notify.NotificationObserver;
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
import dev.liveops.store.StoreLeadership;
import dev.liveops.time.Pause;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One LiveOps process among several on one store, as {@link TestCore#replica} builds it: an elector on the test
 * clock, fenced stores, and a watcher with its courier that the test steps (a fresh one each term, as LiveOpsCore
 * does). {@link #tick()} is one round of the election; nothing runs on a thread of its own.
 */
public final class Replica implements AutoCloseable {
    private static final Duration STEP = Duration.ofSeconds(5);

    private final Database database;
    private final StoreLeadership leadership;
    private final Fence fence;
    private final Supplier<NotificationService> services;
    private NotificationService service;
    private StatusWatcher watcher;
    private final CommandGateway gateway;

    Replica(String name, String url, LiveApi live, QuantConnectClient client, ManualClock clock, AccessPolicy access,
            WatcherSettings settings, List<ChannelPoster> posters, ActionRules rules, Pause pause) {
        database = Database.open(url);
        leadership = new StoreLeadership(database, name, StoreLeadership.LEASE, clock);
        fence = Fence.of(leadership);
        JdbcNotificationStore store = new JdbcNotificationStore(database, fence);
        ProjectDirectory projects = new ProjectDirectory(client.projects(), clock, Duration.ofMinutes(2));
        RouteBook routes = new RouteBook(new JdbcSubscriptionStore(database), settings.subscriptions(), access,
                settings.mentions());
        CoreStores stores = new CoreStores(new JdbcAuditLog(database), new JdbcPendingActionStore(database, fence),
                new JdbcSubscriptionStore(database), new JdbcSnoozeStore(database),
                new JdbcInboundLedger(database, clock), new JdbcKillSwitchStore(database));
        // A live process on the store, as a running LiveOps is: its actions are its own until it is gone.
        ProcessIdentity self = ProcessIdentity.create();
        new JdbcProcessRegistry(database).heartbeat(self, Duration.ofHours(1));
        gateway = new CommandGateway(client, projects, access, stores, rules, action -> watcher.watch(action),
                CommandObserver.NONE, self, clock, pause, Optional.of(leadership));
        services = () -> {
            watcher = new StatusWatcher(live, projects, store, new JdbcSnoozeStore(database), routes, settings,
                    NotificationObserver.NONE, clock,
                    new OrderWatcher(live, new JdbcOrderEventStore(database, fence), routes,
                            new ProjectNames(projects)));
            NotificationService fresh = new NotificationService(watcher,
                    new OutboxCourier(store, NotificationObserver.NONE, clock), STEP);
            posters.forEach(fresh::addPoster);
            return fresh;
        };
        service = services.get();
        leadership.addListener(new Leadership.Listener() {
            @Override
            public void elected(Term term) {
                service = services.get();
            }

            @Override
            public void deposed(Term term) {
                // The service stays, for tests that step it as a deposed leader unaware of it would.
            }
        });
    }

    /** Commands to this process, with its fenced stores. */
    public CommandGateway gateway() {
        return gateway;
    }

    public StoreLeadership leadership() {
        return leadership;
    }

    public Fence fence() {
        return fence;
    }

    /** This process's pending actions, sending fenced. */
    public JdbcPendingActionStore actions() {
        return new JdbcPendingActionStore(database, fence);
    }

    /** The name of its leadership session in {@code pg_stat_activity}, to end it. */
    public String sessionName() {
        return "liveops-leadership " + leadership.self();
    }

    /** One round of the election. */
    public Replica tick() {
        leadership.tick();
        return this;
    }

    /** One step of watching and delivering, if this process leads (as far as it knows). */
    public void step() {
        if (leadership.isLeader()) {
            service.step();
        }
    }

    /** One step whether or not it leads: what a leader deposed without knowing it yet would do. */
    public void stepRegardless() {
        service.step();
    }

    /** The watcher's step alone (no delivery), whether or not this process leads. */
    public void watchRegardless() {
        watcher.runDue();
    }

    /** A clean stop: the lead is handed over at once. */
    @Override
    public void close() {
        leadership.close();
        database.close();
    }
}
