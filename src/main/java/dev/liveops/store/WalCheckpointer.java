package dev.liveops.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folds SQLite's write-ahead log into the database file on a thread and a connection of its own, every
 * {@code every}. SQLite would otherwise checkpoint inside whichever commit crosses its threshold: a command's audit
 * row then waits for the copy and its fsync (milliseconds, the command path's 99th percentile). The pool's connections
 * checkpoint only past a far higher backstop (see {@link StorePool}), so the log stays bounded should this thread
 * fall behind. A checkpoint also syncs the log: a power cut loses at most the last {@code every} of commits.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WalCheckpointer.class);

    /** What one checkpoint found: the frames in the log, how many are now in the database file, and whether a
     * reader or writer kept it from finishing. */
    record Checkpoint(boolean busy, int walFrames, int checkpointedFrames) {
    }

    private final DataSource source;
    private final ScheduledExecutorService thread;
    private Connection connection;
    private CompletableFuture<Checkpoint> next = new CompletableFuture<>();
    private boolean failing;

    private WalCheckpointer(DataSource source) {
        this.source = source;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread checkpoints = new Thread(runnable, "liveops-store:checkpoint");
            checkpoints.setDaemon(true);
            return checkpoints;
        });
    }

    /** Starts checkpointing the database {@code source} opens, every {@code every}. */
    static WalCheckpointer start(DataSource source, Duration every) {
        WalCheckpointer checkpointer = new WalCheckpointer(source);
        checkpointer.thread.scheduleWithFixedDelay(checkpointer::inBackground, every.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return checkpointer;
    }

    /** One passive checkpoint now, on the caller's thread: it never waits for readers or writers. */
    synchronized Checkpoint checkpoint() throws SQLException {
        try {
            if (connection == null) {
                connection = source.getConnection();
            }
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                result.next();
                return new Checkpoint(result.getInt(1) != 0, result.getInt(2), result.getInt(3));
            }
        } catch (SQLException failure) {
            closeConnection();
            throw failure;
        }
    }

    /** Completes when the next checkpoint of the background thread has run. */
    synchronized CompletableFuture<Checkpoint> nextCheckpoint() {
        return next;
    }

    private void inBackground() {
        CompletableFuture<Checkpoint> done;
        synchronized (this) {
            done = next;
            next = new CompletableFuture<>();
        }
        try {
            Checkpoint checkpoint = checkpoint();
            failing = false;
            done.complete(checkpoint);
        } catch (SQLException | RuntimeException failure) {
            if (!failing) { // once per failing spell, not once a second
                log.warn("The store's write-ahead log could not be checkpointed ({}); trying again",
                        failure.getMessage());
            }
            failing = true;
            done.completeExceptionally(failure);
        }
    }

    private synchronized void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing a connection that failed: there is nothing left to release.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}
