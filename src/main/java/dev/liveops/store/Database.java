package dev.liveops.store;

import com.zaxxer.hikari.HikariDataSource;
import dev.liveops.secret.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The SQL store behind LiveOps: SQLite ({@code jdbc:sqlite:data/liveops.db}, the default) or PostgreSQL
 * ({@code jdbc:postgresql://host:port/db}), behind one pool of open connections, and brought to the current schema
 * by Flyway at start-up. Close it to close the pool.
 */
public final class Database implements AutoCloseable {
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Flyway flyway;
    private final StoreDialect dialect;
    private final String jdbcUrl;
    private final Optional<String> user;
    private final Optional<Secret> password;
    private final Optional<WalCheckpointer> checkpointer;
    private final Optional<HeldStatements> held;

    private Database(HikariDataSource pool, Flyway flyway, StoreDialect dialect, String jdbcUrl,
                     Optional<String> user, Optional<Secret> password, Optional<WalCheckpointer> checkpointer,
                     Optional<HeldStatements> held) {
        this.pool = pool;
        this.checkpointer = checkpointer;
        this.held = held;
        this.jdbi = Jdbi.create(pool);
        this.flyway = flyway;
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** A store whose URL says all: SQLite, or a PostgreSQL that needs no login. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty(), Optional.empty());
    }

    public static Database open(String jdbcUrl, Optional<String> user, Optional<Secret> password) {
        return open(jdbcUrl, user, password, CHECKPOINT_EVERY);
    }

    /** As above, SQLite's write-ahead log checkpointed every {@code checkpointEvery} (a second, in production). */
    static Database open(String jdbcUrl, Optional<String> user, Optional<Secret> password,
                         Duration checkpointEvery) {
        StoreDialect dialect = StoreDialect.of(jdbcUrl).orElseThrow(() -> new IllegalStateException("LiveOps keeps "
                + "its store in SQLite (jdbc:sqlite:...) or PostgreSQL (jdbc:postgresql://...), not at "
                + StoreDialect.withoutParameters(jdbcUrl) + "."));
        HikariDataSource pool = StorePool.open(dialect, jdbcUrl, user, password);
        try {
            Flyway flyway = Migrations.run(pool, dialect);
            if (dialect == StoreDialect.POSTGRESQL) {
                return new Database(pool, flyway, dialect, jdbcUrl, user, password, Optional.empty(),
                        Optional.empty());
            }
            // SQLite in this process: checkpoints on a thread of their own, the audit row on a connection of its own.
            return new Database(pool, flyway, dialect, jdbcUrl, user, password,
                    Optional.of(WalCheckpointer.start(pool.getDataSource(), checkpointEvery)),
                    Optional.of(new HeldStatements(pool.getDataSource())));
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /**
     * One auto-committed statement with the parameters {@code binder} sets, for a write on every command's path. On
     * SQLite a connection of its own with the statement prepared once ({@link HeldStatements}) unless another write
     * holds it; on PostgreSQL a pooled connection, whose driver keeps the statement prepared on the server once it has
     * been used a few times.
     */
    int executeUpdate(String sql, HeldStatements.Binder binder) throws SQLException {
        if (held.isPresent()) {
            OptionalInt changed = held.get().executeUpdate(sql, binder);
            if (changed.isPresent()) {
                return changed.getAsInt();
            }
        }
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        }
    }

    /** Answers a trivial query; throws when the store cannot be reached. Cheap enough for every readiness probe. */
    public void ping() {
        jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    StoreDialect dialect() {
        return dialect;
    }

    /**
     * A PostgreSQL connection outside the pool, named {@code applicationName} in {@code pg_stat_activity}: a session
     * advisory lock lives as long as its connection, so the one holding the lead must never go back to a pool.
     */
    Connection dedicatedConnection(String applicationName) throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret.reveal()));
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /** The schema version the store is at, as Flyway names it ("4", "1.1"). */
    public String schemaVersion() {
        return flyway.info().current().getVersion().toString();
    }

    /** SQLite's checkpointer; empty on PostgreSQL, whose server checkpoints on its own. */
    Optional<WalCheckpointer> checkpointer() {
        return checkpointer;
    }

    @Override
    public void close() {
        held.ifPresent(HeldStatements::close);
        checkpointer.ifPresent(WalCheckpointer::close);
        pool.close(); // closing SQLite's last connection checkpoints what is left
    }
}
