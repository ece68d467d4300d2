package dev.liveops.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL store behind LiveOps: opened from a JDBC URL ({@code jdbc:sqlite:data/liveops.db} by default) and brought
 * to the current schema at start-up. Migrations are numbered SQL files applied once each, in order.
 */
public final class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final List<String> MIGRATIONS = List.of("V1__audit_actions_subscriptions.sql",
            "V2__pending_action_deploy_id.sql", "V3__watcher_outbox_snoozes.sql");

    private final Jdbi jdbi;

    private Database(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public static Database open(String jdbcUrl) {
        Jdbi jdbi;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            createSqliteFolder(jdbcUrl);
            // WAL lets readers and the writer overlap; the busy timeout makes concurrent writers wait, not fail.
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(10_000);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl(jdbcUrl);
            jdbi = Jdbi.create(source);
        } else {
            jdbi = Jdbi.create(jdbcUrl);
        }
        Database database = new Database(jdbi);
        database.migrate();
        return database;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Answers a trivial query; throws when the store cannot be reached. Cheap enough for every readiness probe. */
    public void ping() {
        jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                .mapTo(Integer.class).one());
    }

    private void migrate() {
        jdbi.useTransaction(handle -> {
            handle.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
            int current = handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")
                    .mapTo(Integer.class).one();
            if (current > MIGRATIONS.size()) {
                throw new IllegalStateException("The store is at schema version " + current + ", newer than this "
                        + "LiveOps knows (" + MIGRATIONS.size() + "); run a newer LiveOps or point store.url elsewhere.");
            }
            for (int version = current + 1; version <= MIGRATIONS.size(); version++) {
                apply(handle, version, MIGRATIONS.get(version - 1));
            }
        });
    }

    private static void apply(Handle handle, int version, String resource) {
        log.info("Migrating the store to schema version {} ({})", version, resource);
        // One statement per ";" at the end of a line, so trigger bodies ("...; END;" on one line) stay whole.
        for (String statement : read(resource).split(";[ \\t]*\\R")) {
            if (!statement.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                handle.execute(statement);
            }
        }
        handle.execute("INSERT INTO schema_version (version) VALUES (?)", version);
    }

    private static String read(String resource) {
        try (InputStream in = Database.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + resource + " is missing from the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Migration " + resource + " cannot be read.", e);
        }
    }

    /** SQLite creates the file but not its folder; a fresh checkout has no data/ yet. */
    private static void createSqliteFolder(String jdbcUrl) {
        String prefix = "jdbc:sqlite:";
        if (!jdbcUrl.startsWith(prefix) || jdbcUrl.contains(":memory:")) {
            return;
        }
        String file = jdbcUrl.substring(prefix.length()).replaceFirst("\\?.*$", "").replaceFirst("^file:", "");
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
