package dev.liveops.store;

import dev.liveops.access.Platform;
import dev.liveops.command.InboundLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deliveries taken, keyed by platform and delivery id: the insert that does not conflict is the one that runs.
 * Platforms retry within minutes, so ids older than a day are dropped as new ones arrive.
 */
public final class JdbcInboundLedger implements InboundLedger {
    private static final Duration KEPT = Duration.ofDays(1);

    private final Database database;
    private final Clock clock;

    public JdbcInboundLedger(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(Platform platform, String deliveryId) {
        Instant now = clock.instant();
        return database.jdbi().inTransaction(handle -> {
            handle.createUpdate("DELETE FROM inbound_delivery WHERE received_at < :old")
                    .bind("old", StoredTime.format(now.minus(KEPT))).execute();
            return handle.createUpdate("""
                            INSERT INTO inbound_delivery (platform, delivery_id, received_at)
                            VALUES (:platform, :id, :now) ON CONFLICT (platform, delivery_id) DO NOTHING""")
                    .bind("platform", platform.name()).bind("id", deliveryId).bind("now", StoredTime.format(now))
                    .execute() == 1;
        });
    }
}
