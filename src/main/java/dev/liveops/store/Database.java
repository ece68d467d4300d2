package dev.liveops.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.liveops.secret.Secret;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL store behind LiveOps: SQLite ({@code jdbc:sqlite:data/liveops.db}, the default) or PostgreSQL
 * ({@code jdbc:postgresql://host:port/db}), behind one pool of open connections, and brought to the current schema
 * by Flyway at start-up. Close it to close the pool.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Flyway flyway;

    private Database(HikariDataSource pool, Flyway flyway) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.flyway = flyway;
    }

    /** A store whose URL says all: SQLite, or a PostgreSQL that needs no login. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty(), Optional.empty());
    }

    public static Database open(String jdbcUrl, Optional<String> user, Optional<Secret> password) {
        StoreDialect dialect = StoreDialect.of(jdbcUrl).orElseThrow(() -> new IllegalStateException("LiveOps keeps "
                + "its store in SQLite (jdbc:sqlite:...) or PostgreSQL (jdbc:postgresql://...), not at "
                + StoreDialect.withoutParameters(jdbcUrl) + "."));
        HikariDataSource pool = StorePool.open(dialect, jdbcUrl, user, password);
        try {
            return new Database(pool, Migrations.run(pool, dialect));
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Answers a trivial query; throws when the store cannot be reached. Cheap enough for every readiness probe. */
    public void ping() {
        jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    /** The schema version the store is at, as Flyway names it ("4", "1.1"). */
    public String schemaVersion() {
        return flyway.info().current().getVersion().toString();
    }

    @Override
    public void close() {
        pool.close();
    }
}
