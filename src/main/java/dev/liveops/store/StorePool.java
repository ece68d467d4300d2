package dev.liveops.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.liveops.secret.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one pool of connections to the store, kept open between commands. For SQLite each connection is set to WAL
 * (readers and the writer overlap), {@code synchronous=NORMAL} (a commit is written to the WAL without an fsync; a
 * power cut may lose the last commits, never corrupt the file) and a busy timeout (concurrent writers wait, not fail).
 * Checkpoints are {@link WalCheckpointer}'s: a commit checkpoints only past a backstop far above SQLite's default of
 * 1,000 pages, and a log grown past a burst is cut back when it restarts.
 */
final class StorePool {
    private static final int SQLITE_CONNECTIONS = 4;
    private static final int POSTGRESQL_CONNECTIONS = 8;
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /** About 40 MB of log: reached only when the checkpointer falls behind (a command writes 3 or 4 pages). */
    static final int WAL_BACKSTOP_PAGES = 10_000;
    static final int WAL_KEPT_BYTES = 16 * 1024 * 1024;

    private StorePool() {
    }

    static HikariDataSource open(StoreDialect dialect, String jdbcUrl, Optional<String> user,
                                 Optional<Secret> password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("liveops-store");
        if (dialect == StoreDialect.SQLITE) {
            createSqliteFolder(jdbcUrl);
            config.setDataSource(sqlite(jdbcUrl));
            config.setMaximumPoolSize(SQLITE_CONNECTIONS);
        } else {
            config.setJdbcUrl(jdbcUrl);
            user.ifPresent(config::setUsername);
            password.ifPresent(secret -> config.setPassword(secret.reveal()));
            config.setMaximumPoolSize(POSTGRESQL_CONNECTIONS);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException failure) {
            throw new IllegalStateException("LiveOps could not connect to its store at "
                    + StoreDialect.withoutParameters(jdbcUrl) + ": " + reason(failure, jdbcUrl, password), failure);
        }
    }

    private static SQLiteDataSource sqlite(String jdbcUrl) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setWalAutocheckpoint(WAL_BACKSTOP_PAGES);
        config.setJournalSizeLimit(WAL_KEPT_BYTES);
        // The driver otherwise matches every statement against a regex and, after each INSERT, runs
        // "SELECT last_insert_rowid()" for keys LiveOps never asks for: about a tenth of an INSERT's cost.
        config.setGetGeneratedKeys(false);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(jdbcUrl);
        return source;
    }

    /**
     * The driver's own words (PostgreSQL's name the host, user or database), as a sentence; should they ever quote
     * the URL's parameters or the password, those are cut out.
     */
    private static String reason(RuntimeException failure, String jdbcUrl, Optional<Secret> password) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip();
        message = message.replace(jdbcUrl, StoreDialect.withoutParameters(jdbcUrl));
        if (password.isPresent() && !password.get().isBlank()) {
            message = message.replace(password.get().reveal(), password.get().toString());
        }
        return message.endsWith(".") ? message : message + ".";
    }

    /** SQLite creates the file but not its folder; a fresh checkout has no data/ yet. */
    private static void createSqliteFolder(String jdbcUrl) {
        if (jdbcUrl.contains(":memory:") || jdbcUrl.contains("mode=memory")) {
            // Each pooled connection would have a database of its own, and all would be gone at exit.
            throw new IllegalStateException("The store must be a file, not an in-memory SQLite database: set"
                    + " store.url to e.g. jdbc:sqlite:data/liveops.db.");
        }
        String file = StoreDialect.withoutParameters(jdbcUrl.substring("jdbc:sqlite:".length()))
                .replaceFirst("^file:", "");
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the folder " + parent + " for the store: " + e.getMessage(), e);
        }
    }
}
