package dev.liveops.store;

import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * The database's own clock, for leases shared by processes on different hosts: their clocks may disagree, the
 * database's is one. Read as {@link StoredTime} text, so that it compares with stored instants.
 */
final class DatabaseClock {
    private static final String SQLITE_NOW = "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
    private static final String POSTGRESQL_NOW = "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
            + "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

    private DatabaseClock() {
    }

    static Instant now(Handle handle) {
        return StoredTime.parse(handle.createQuery(isPostgres(handle) ? POSTGRESQL_NOW : SQLITE_NOW)
                .mapTo(String.class).one());
    }

    private static boolean isPostgres(Handle handle) {
        try {
            return handle.getConnection().getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        } catch (SQLException unreadable) {
            throw new IllegalStateException("The store's database could not be identified.", unreadable);
        }
    }
}
