package dev.liveops.slack;

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
 * The real core for Slack tests, as the command package's CoreHarness builds it (not reachable from here): the
 * sandbox over HTTP on a test clock, SQLite in a temporary folder, a spy on the live API to count trading calls, and
 * Slack identities: tom and sara trade, vera views, members of user group S0TRADERS trade.
 */
final class SlackTestCore implements AutoCloseable {
    static final String TOM = "U0TOM";
    static final String SARA = "U0SARA";
    static final String VERA = "U0VERA";
    static final String GINA = "U0GINA";
    static final String TRADERS_GROUP = "S0TRADERS";

    final ManualClock clock = ManualClock.at("2026-11-20T14:30:00Z");
    final QuantConnectSandbox sandbox = QuantConnectSandbox.builder().clock(clock).port(0).build().start();
    final QuantConnectClient client;
    final LiveApi live;
    private final Database database;

    SlackTestCore(Path folder) {
        SpiedClient spied = SpiedClient.of(sandbox, clock);
        client = spied.client();
        live = spied.live();
        database = Database.open("jdbc:sqlite:" + folder.resolve("slack.db"));
    }

    CommandGateway gateway() {
        AccessPolicy access = new AccessPolicy(RoleCatalog.defaults(), new IdentityMap(
                Map.of(Platform.SLACK, Map.of(TOM, List.of("trader"), SARA, List.of("trader"),
                        VERA, List.of("viewer"))),
                Map.of(Platform.SLACK, Map.of(TRADERS_GROUP, List.of("trader")))));
        return Gateways.over(client, access, database, ActionRules.paperTrading(), clock);
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
