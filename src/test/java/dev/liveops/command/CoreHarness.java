package dev.liveops.command;

import dev.liveops.reply.Reply;

import static org.mockito.Mockito.spy;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.Caller;
import dev.liveops.access.IdentityMap;
import dev.liveops.access.Platform;
import dev.liveops.access.RoleCatalog;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.store.Database;
import dev.liveops.store.JdbcAuditLog;
import dev.liveops.store.JdbcPendingActionStore;
import dev.liveops.testing.Gateways;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.SpiedClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole core against the sandbox on a test clock: a real client over real HTTP, a real SQLite store in a
 * temporary folder, and a spy on the live API so tests can count the calls that trade.
 */
final class CoreHarness implements AutoCloseable {
    static final Caller ADMIN = new Caller(Platform.CONSOLE, "alice", "alice", Set.of(), "console");
    static final Caller TRADER = new Caller(Platform.DISCORD, "200", "tom", Set.of(), "chan-1");
    static final Caller SECOND_TRADER = new Caller(Platform.SLACK, "U400", "sara", Set.of(), "C-OPS");
    static final Caller VIEWER = new Caller(Platform.SLACK, "U300", "vera", Set.of(), "C-OPS");
    static final Caller STRANGER = new Caller(Platform.DISCORD, "999", "eve", Set.of(), "chan-1");

    final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    final QuantConnectSandbox sandbox;
    final QuantConnectClient client;
    final LiveApi live;
    final Database database;
    final JdbcPendingActionStore actions;
    final JdbcAuditLog audit;

    CoreHarness(Path folder) {
        this(folder, 0);
    }

    /** With {@code fleet} more projects, Fleet/Strategy-0001 on. */
    CoreHarness(Path folder, int fleet) {
        sandbox = QuantConnectSandbox.builder().clock(clock).port(0).fleet(fleet).build().start();
        SpiedClient spied = SpiedClient.of(sandbox, clock);
        client = spied.client();
        live = spied.live();
        database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"));
        actions = new JdbcPendingActionStore(database);
        audit = new JdbcAuditLog(database);
    }

    static AccessPolicy access() {
        return new AccessPolicy(RoleCatalog.defaults(), new IdentityMap(
                Map.of(Platform.CONSOLE, Map.of("alice", List.of("admin")),
                        Platform.DISCORD, Map.of("200", List.of("trader")),
                        Platform.SLACK, Map.of("U400", List.of("trader"), "U300", List.of("viewer"))),
                Map.of()));
    }

    /** A fresh gateway over the same store and sandbox: what a process restart looks like. */
    CommandGateway gateway(ActionRules rules) {
        return Gateways.over(client, access(), database, rules, clock);
    }

    CommandGateway gateway() {
        return gateway(ActionRules.paperTrading());
    }

    /** The confirmation code a preview reply carries on its Confirm button. */
    static String code(Reply reply) {
        return reply.buttons().stream().filter(b -> b.command().startsWith("confirm ")).findFirst()
                .map(b -> b.command().substring("confirm ".length()))
                .orElseThrow(() -> new AssertionError("no Confirm button in " + reply));
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
