package dev.liveops.testing;

import dev.liveops.access.AccessPolicy;
import dev.liveops.command.ActionObserver;
import dev.liveops.command.ActionRules;
import dev.liveops.command.CommandGateway;
import dev.liveops.command.CoreStores;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.store.Database;
import dev.liveops.store.JdbcAuditLog;
import dev.liveops.store.JdbcPendingActionStore;
import dev.liveops.store.JdbcSnoozeStore;
import dev.liveops.store.JdbcSubscriptionStore;
import java.time.Duration;

/** A real command gateway over a real store, as the composition root builds it, for tests on a test clock. */
public final class Gateways {
    private Gateways() {
    }

    public static CommandGateway over(QuantConnectClient client, AccessPolicy access, Database database,
                                      ActionRules rules, ManualClock clock) {
        return over(client, access, database, rules, ActionObserver.NONE, clock);
    }

    public static CommandGateway over(QuantConnectClient client, AccessPolicy access, Database database,
                                      ActionRules rules, ActionObserver observer, ManualClock clock) {
        return new CommandGateway(client, new ProjectDirectory(client.projects(), clock, Duration.ofMinutes(2)),
                access, stores(database), rules, observer, clock, clock::advance);
    }

    public static CoreStores stores(Database database) {
        return new CoreStores(new JdbcAuditLog(database), new JdbcPendingActionStore(database),
                new JdbcSubscriptionStore(database), new JdbcSnoozeStore(database));
    }
}
