package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's audit rows go through one held connection and statement: a failure there costs one write, not the next. */
class HeldStatementsTest {
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");

    @TempDir
    Path folder;

    @Test
    void aFailedWriteDropsTheHeldConnectionAndTheNextWriteIsCommittedForEveryone() throws Exception {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"))) {
            JdbcAuditLog audit = new JdbcAuditLog(database);
            audit.append(entry("read momentum"));

            assertThatThrownBy(() -> database.executeUpdate("INSERT INTO no_such_table VALUES (?)",
                    statement -> statement.setString(1, "x"))).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> database.executeUpdate("INSERT INTO audit_log (at) VALUES (?)", statement -> {
                throw new SQLException("a binding that fails");
            })).hasMessage("a binding that fails");
            audit.append(entry("list"));

            // Read on another connection, and from another process's store object: both rows are committed.
            try (Database other = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"))) {
                assertThat(new JdbcAuditLog(other).recent(Optional.empty(), 10)).extracting(AuditEntry::commandText)
                        .containsExactly("list", "read momentum");
            }
        }
    }

    @Test
    void aWriteThatFindsTheHeldConnectionTakenIsNotQueuedBehindIt() throws Exception {
        try (Database database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"))) {
            JdbcAuditLog audit = new JdbcAuditLog(database);
            // Stands for a write holding the connection while it waits out another writer's lock (the busy timeout).
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return database.executeUpdate("INSERT INTO audit_log (at, platform, user_id, user_name, "
                            + "channel_id, command_text, command, step, outcome) VALUES (?, 'SLACK', 'U2', 'bob', 'C1', "
                            + "'list', 'list', 'ANSWERED', 'ok')", statement -> {
                                holding.countDown();
                                await(release);
                                statement.setString(1, "2026-11-20T14:29:00.000Z");
                            });
                } catch (SQLException failure) {
                    throw new IllegalStateException(failure);
                }
            });
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> next = CompletableFuture.runAsync(() -> audit.append(entry("read momentum")));
            try {
                next.get(30, TimeUnit.SECONDS);
            } finally {
                release.countDown();
            }

            assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(audit.recent(Optional.empty(), 10)).extracting(AuditEntry::commandText)
                    .containsExactlyInAnyOrder("list", "read momentum");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aClosedStoreRefusesTheWriteInOneSentence() {
        Database database = Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"));
        database.close();

        assertThatThrownBy(() -> new JdbcAuditLog(database).append(entry("read momentum")))
                .hasMessage("The audit store did not take the entry: The store is closed.");
    }

    private static AuditEntry entry(String line) {
        return new AuditEntry(Instant.parse("2026-11-20T14:30:00Z"), ALICE, line, line.split(" ")[0], null, null,
                AuditStep.ANSWERED, "ok", null, null);
    }
}
