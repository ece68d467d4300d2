package dev.liveops.discord;

import static org.mockito.Mockito.spy;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.IdentityMap;
import dev.liveops.access.Platform;
import dev.liveops.access.RoleCatalog;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.sandbox.QuantConnectSandbox;
import dev.liveops.store.Database;
import dev.liveops.testing.Gateways;
import dev.liveops.testing.ManualClock;
import dev.liveops.testing.SpiedClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real core for Discord tests: the QuantConnect sandbox over HTTP on a manual clock, SQLite in a temporary
 * folder, access by Discord role id, and a spy on the live API to count the calls that trade.
 */
public final class SandboxCore implements AutoCloseable {
    public static final String GUILD = "800000000000000001";
    public static final String CHANNEL = "600000000000000001";
    public static final String TRADER_ROLE = "700000000000000001";
    public static final String VIEWER_ROLE = "700000000000000002";
    public static final String ADMIN_ROLE = "700000000000000003";
    /** Traders by role. */
    public static final String TOM = "200000000000000001";
    public static final String SARA = "200000000000000002";
    /** A member with no LiveOps role. */
    public static final String EVE = "200000000000000009";

    public final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    public final QuantConnectSandbox sandbox = QuantConnectSandbox.builder().clock(clock).port(0).build().start();
    public final QuantConnectClient client;
    public final LiveApi live;
    public final CommandGateway gateway;

    public SandboxCore(Path folder) {
        SpiedClient spied = SpiedClient.of(sandbox, clock);
        client = spied.client();
        live = spied.live();
        Database database = Database.open("jdbc:sqlite:" + folder.resolve("discord.db"));
        AccessPolicy access = new AccessPolicy(RoleCatalog.defaults(), new IdentityMap(Map.of(),
                Map.of(Platform.DISCORD, Map.of(TRADER_ROLE, List.of("trader"), VIEWER_ROLE, List.of("viewer"),
                        ADMIN_ROLE, List.of("admin")))));
        gateway = Gateways.over(client, access, database, ActionRules.paperTrading(), clock);
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
