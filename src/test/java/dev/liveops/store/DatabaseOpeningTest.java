package dev.liveops.store;

import dev.liveops.testing.MigrationFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.secret.Secret;
import dev.liveops.subscription.Subscription;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening the store: where it may be, how SQLite is set up, and stores made by LiveOps' earlier migration runner. */
class DatabaseOpeningTest {
    private static final List<String> HOME_MADE_MIGRATIONS = List.of("V1__audit_actions_subscriptions.sql",
            "V2__pending_action_deploy_id.sql", "V3__watcher_outbox_snoozes.sql");
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");

    @TempDir
    Path folder;

    @Test
    void createsTheSqliteFileInAFolderThatDoesNotExistYet() {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("nested/dir/liveops.db"))) {
            assertThat(database.schemaVersion()).isEqualTo(MigrationFiles.latestVersion());
            int applied = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history")
                    .mapTo(Integer.class).one());
            assertThat(applied).isEqualTo(MigrationFiles.sqliteCount()); // each applied once
        }
        assertThat(folder.resolve("nested/dir/liveops.db")).isRegularFile();
    }

    @Test
    void sqliteConnectionsStayOpenInWalModeWithNormalSyncAndABusyTimeout() throws Exception {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"))) {
            database.jdbi().useHandle(handle -> {
                assertThat(handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualTo("wal");
                assertThat(handle.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(handle.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isEqualTo(10_000);
                assertThat(handle.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one())
                        .isEqualTo(StorePool.WAL_BACKSTOP_PAGES); // WalCheckpointer's thread checkpoints
                // No query for generated keys after every INSERT: LiveOps never reads them.
                assertThat(handle.getConnection().unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig()
                        .isGetGeneratedKeys()).isFalse();
                handle.execute("CREATE TEMP TABLE this_connection (x INTEGER)");
            });
            // A temporary table lives as long as its connection: the next command finds it, so nothing was reopened.
            int tables = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM sqlite_temp_master WHERE name = 'this_connection'").mapTo(Integer.class).one());
            assertThat(tables).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void aStoreMadeByTheHomeMadeRunnerIsBaselinedAndUpgradedKeepingItsData(int madeAtVersion) throws Exception {
        String url = "jdbc:sqlite:" + folder.resolve("old.db");
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        try (Connection old = DriverManager.getConnection(url); Statement statement = old.createStatement()) {
            makeAsTheHomeMadeRunnerDid(statement, madeAtVersion);
            statement.execute("INSERT INTO audit_log (at, platform, user_id, user_name, channel_id, command_text,"
                    + " command, step, outcome) VALUES ('2026-11-19T09:00:00.000Z', 'SLACK', 'U1', 'alice', 'C1',"
                    + " 'list', 'list', 'ANSWERED', 'ok')");
        }

        try (Database database = Database.open(url)) {
            assertThat(database.schemaVersion()).isEqualTo(MigrationFiles.latestVersion());
            JdbcAuditLog audit = new JdbcAuditLog(database);
            audit.append(new AuditEntry(at, ALICE, "status", "status", null, null, AuditStep.ANSWERED, "ok", null,
                    null));
            assertThat(audit.recent(Optional.empty(), 10)).extracting(AuditEntry::commandText)
                    .containsExactly("status", "list");
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log")))
                    .hasMessageContaining("append-only");
            JdbcSubscriptionStore subscriptions = new JdbcSubscriptionStore(database);
            subscriptions.save(new Subscription(Platform.SLACK, "C1", Set.of(LiveStatus.STOPPED), "*", ALICE, at));
            assertThat(subscriptions.all()).hasSize(1);
            assertThat(new JdbcNotificationStore(database).hasBaseline()).isFalse(); // V3's tables exist
            int legacyTables = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'").mapTo(Integer.class).one());
            assertThat(legacyTables).isZero();
        }
    }

    /** What LiveOps up to Flyway did: each file split at ";" line ends, then its number in schema_version. */
    private static void makeAsTheHomeMadeRunnerDid(Statement statement, int version) throws IOException,
            SQLException {
        statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                + "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
        for (int v = 1; v <= version; v++) {
            try (InputStream in = DatabaseOpeningTest.class.getResourceAsStream("home-made-runner/"
                    + HOME_MADE_MIGRATIONS.get(v - 1))) {
                for (String sql : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";[ \\t]*\\R")) {
                    if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("INSERT INTO schema_version (version) VALUES (" + v + ")");
        }
    }

    @Test
    void aDatabaseOtherThanSqliteOrPostgresIsRefusedWithoutQuotingItsParameters() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db:3306/liveops?password=hunter2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("LiveOps keeps its store in SQLite (jdbc:sqlite:...) or PostgreSQL"
                        + " (jdbc:postgresql://...), not at jdbc:mysql://db:3306/liveops.");
    }

    @Test
    void anInMemorySqliteStoreIsRefusedSinceEachPooledConnectionWouldHaveItsOwn() {
        assertThatThrownBy(() -> Database.open("jdbc:sqlite::memory:"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The store must be a file, not an in-memory SQLite database: set store.url to e.g."
                        + " jdbc:sqlite:data/liveops.db.");
    }

    @Test
    void anUnreachablePostgresIsOneSentenceWithoutThePassword() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/liveops";

        assertThatThrownBy(() -> Database.open(url, Optional.of("liveops"), Optional.of(Secret.of("hunter2"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("LiveOps could not connect to its store at " + url + ": Connection to"
                        + " 127.0.0.1:" + closed + " refused.")
                .hasMessageNotContaining("hunter2");
    }
}
