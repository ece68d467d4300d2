package dev.liveops.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.store.WalCheckpointer.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's write-ahead log is checkpointed by the store's own thread, never inside a command's commit (a checkpoint
 * copies pages and fsyncs: the audit row's 99th percentile), and stays bounded.
 */
class WalCheckpointTest {
    private static final Caller ALICE = new Caller(Platform.SLACK, "U1", "alice", Set.of(), "C1");
    /** SQLite's own default: a commit that finds this many pages in the log checkpoints it. */
    private static final int SQLITE_DEFAULT_AUTOCHECKPOINT = 1_000;
    private static final Duration NOT_DURING_THE_TEST = Duration.ofDays(1);

    @TempDir
    Path folder;

    @Test
    void commandsCommitsLeaveTheCheckpointToTheCheckpointer() throws Exception {
        try (Database database = open(NOT_DURING_THE_TEST)) {
            int commits = SQLITE_DEFAULT_AUTOCHECKPOINT + 200;
            appendAuditRows(database, commits);

            Checkpoint checkpoint = database.checkpointer().orElseThrow().checkpoint();

            // Every commit is still in the log (each wrote at least a page): none of them stopped to checkpoint.
            assertThat(checkpoint.walFrames()).isGreaterThanOrEqualTo(commits);
            assertThat(checkpoint.checkpointedFrames()).isEqualTo(checkpoint.walFrames());
            assertThat(new JdbcAuditLog(database).recent(Optional.empty(), commits + 1)).hasSize(commits);
        }
    }

    @Test
    void theCheckpointerThreadFoldsTheLogIn() throws Exception {
        try (Database database = open(Duration.ofMillis(5))) {
            WalCheckpointer checkpointer = database.checkpointer().orElseThrow();
            appendAuditRows(database, 500);

            Checkpoint afterTheWrites = afterTheWrites(checkpointer);

            assertThat(afterTheWrites.busy()).isFalse();
            assertThat(afterTheWrites.checkpointedFrames()).isEqualTo(afterTheWrites.walFrames());
        }
    }

    @Test
    void afterACheckpointTheLogIsReusedFromItsStartAndABurstIsCutBack() throws Exception {
        try (Database database = open(NOT_DURING_THE_TEST)) {
            WalCheckpointer checkpointer = database.checkpointer().orElseThrow();
            appendAuditRows(database, 500);
            checkpointer.checkpoint();
            long walBytes = Files.size(wal());

            appendAuditRows(database, 500);
            checkpointer.checkpoint();
            assertThat(Files.size(wal())).isLessThanOrEqualTo(walBytes);

            appendAuditRows(database, 2_000); // a burst: megabytes of log
            checkpointer.checkpoint();
            appendAuditRows(database, 1);
            assertThat(Files.size(wal())).isLessThanOrEqualTo(StorePool.WAL_KEPT_BYTES);
        }
    }

    @Test
    void shouldTheCheckpointerFallBehindACommitPastTheBackstopCheckpoints() throws Exception {
        try (Database database = open(NOT_DURING_THE_TEST)) {
            appendAuditRows(database, StorePool.WAL_BACKSTOP_PAGES + 500); // at least a page each

            Checkpoint checkpoint = database.checkpointer().orElseThrow().checkpoint();

            // One commit's pages past the backstop at most: the log restarted there.
            assertThat(checkpoint.walFrames()).isLessThan(StorePool.WAL_BACKSTOP_PAGES + 10);
        }
    }

    /** A checkpoint that began after the writes: the one after the next. */
    private static Checkpoint afterTheWrites(WalCheckpointer checkpointer) throws Exception {
        checkpointer.nextCheckpoint().get(30, TimeUnit.SECONDS);
        return checkpointer.nextCheckpoint().get(30, TimeUnit.SECONDS);
    }

    private Database open(Duration checkpointEvery) {
        return Database.open("jdbc:sqlite:" + folder.resolve("liveops.db"), Optional.empty(), Optional.empty(),
                checkpointEvery);
    }

    private Path wal() {
        return folder.resolve("liveops.db-wal");
    }

    private static void appendAuditRows(Database database, int count) {
        JdbcAuditLog audit = new JdbcAuditLog(database);
        for (int i = 0; i < count; i++) {
            audit.append(new AuditEntry(Instant.parse("2026-11-20T14:30:00Z"), ALICE, "read momentum", "read",
                    23456789L, "Live/Momentum", AuditStep.ANSWERED, "Live/Momentum: Running", null, null));
        }
    }
}
