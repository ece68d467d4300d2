package dev.liveops.notify;


import dev.liveops.access.AccessPolicy;
import dev.liveops.access.Caller;
import dev.liveops.access.IdentityMap;
import dev.liveops.access.Platform;
import dev.liveops.access.RoleCatalog;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CoreStores;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.store.Database;
import dev.liveops.store.JdbcNotificationStore;
import dev.liveops.testing.Gateways;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.SpiedClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The watcher against the sandbox on a test clock, over a real SQLite store, with a recording poster per platform.
 * {@link #restart()} builds new watcher objects over the same store: what a process restart looks like.
 */
final class WatcherHarness implements AutoCloseable {
    static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "ops-discord");
    static final Caller ADMIN = new Caller(Platform.DISCORD, "100", "ada", Set.of(), "ops-discord");
    static final Caller APPROVER = new Caller(Platform.SLACK, "U400", "sara", Set.of(), "C-OPS");
    static final Caller CRYPTO_VIEWER = new Caller(Platform.SLACK, "U500", "cleo", Set.of(), "C-CRYPTO");

    final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    final QuantConnectSandbox sandbox;
    final QuantConnectClient client;
    final LiveApi live;
    final Database database;
    final CoreStores stores;
    final RecordingPoster discord = new RecordingPoster(Platform.DISCORD);
    final RecordingPoster slack = new RecordingPoster(Platform.SLACK);
    private final WatcherSettings settings;
    NotificationService service;
    StatusWatcher watcher;

    WatcherHarness(Path folder, WatcherSettings settings, int fleet) {
        this.settings = settings;
        sandbox = QuantConnectSandbox.builder().clock(clock).port(0).fleet(fleet).build().start();
        SpiedClient spied = SpiedClient.of(sandbox, clock);
        client = spied.client();
        live = spied.live();
        database = Database.open("jdbc:sqlite:" + folder.resolve("watcher.db"));
        stores = Gateways.stores(database);
        restart();
    }

    static AccessPolicy access() {
        return new AccessPolicy(RoleCatalog.withOverrides(List.of(new dev.liveops.access.Role("crypto-viewer",
                RoleCatalog.VIEWER, List.of(new dev.liveops.access.ProjectGlob("Live/Crypto*"))))),
                new IdentityMap(Map.of(Platform.DISCORD, Map.of("200", List.of("trader"), "100", List.of("admin")),
                        Platform.SLACK, Map.of("U400", List.of("trader"), "U500", List.of("crypto-viewer"))),
                        Map.of()));
    }

    /** New watcher objects over the same store and sandbox. */
    void restart() {
        ProjectDirectory projects = new ProjectDirectory(client.projects(), clock, Duration.ofMinutes(2));
        JdbcNotificationStore store = new JdbcNotificationStore(database);
        watcher = new StatusWatcher(live, projects, store, stores.snoozes(),
                new RouteBook(stores.subscriptions(), settings.subscriptions(), access(), settings.mentions()),
                settings, clock);
        service = new NotificationService(watcher, new OutboxCourier(store, clock), Duration.ofSeconds(5));
        service.addPoster(discord);
        service.addPoster(slack);
    }

    /** A gateway whose actions this harness's watcher follows. */
    CommandGateway gateway(ActionRules rules) {
        return Gateways.over(client, access(), database, rules, action -> service.sent(action), clock);
    }

    /** Lets {@code time} pass, then runs one step of the notification service. */
    void stepAfter(Duration time) {
        clock.advance(time);
        service.step();
    }

    @Override
    public void close() {
        service.close();
        client.close();
        sandbox.close();
    }
}
