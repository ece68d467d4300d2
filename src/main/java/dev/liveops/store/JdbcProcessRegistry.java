package dev.liveops.store;

import dev.liveops.command.ProcessIdentity;
import dev.liveops.command.ProcessRegistry;
import java.time.Duration;
import java.time.Instant;

/** The {@code process} table: one row per LiveOps start, its lease renewed on the database's clock. */
public final class JdbcProcessRegistry implements ProcessRegistry {
    /** Rows of processes gone this long are only clutter: their actions were taken over long ago. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(7);

    private final Database database;

    public JdbcProcessRegistry(Database database) {
        this.database = database;
    }

    @Override
    public void heartbeat(ProcessIdentity process, Duration lease) {
        database.jdbi().useTransaction(handle -> {
            Instant now = DatabaseClock.now(handle);
            handle.createUpdate("""
                            INSERT INTO process (id, host, pid, started_at, alive_until)
                            VALUES (:id, :host, :pid, :now, :until)
                            ON CONFLICT (id) DO UPDATE SET alive_until = excluded.alive_until""")
                    .bind("id", process.id()).bind("host", process.host()).bind("pid", process.pid())
                    .bind("now", StoredTime.format(now)).bind("until", StoredTime.format(now.plus(lease)))
                    .execute();
            handle.createUpdate("DELETE FROM process WHERE alive_until < :forgotten")
                    .bind("forgotten", StoredTime.format(now.minus(FORGOTTEN_AFTER))).execute();
        });
    }

    @Override
    public void retire(ProcessIdentity process) {
        database.jdbi().useTransaction(handle -> handle
                .createUpdate("UPDATE process SET alive_until = :now WHERE id = :id")
                .bind("now", StoredTime.format(DatabaseClock.now(handle))).bind("id", process.id()).execute());
    }
}
