package dev.liveops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * One SQLite connection of its own with its statements prepared once, for the one-row writes on every command's
 * path (the audit row): preparing the INSERT again each time was a fifth of the row's cost. A write that finds the
 * connection taken does not queue for it: the one holding it may be waiting out another writer's lock for up to the
 * busy timeout, and the writes behind it would then wait their turn one timeout after another. It goes to a pooled
 * connection and waits for SQLite beside it. After any failure the connection is dropped and the next write opens a
 * new one.
 */
final class HeldStatements implements AutoCloseable {
    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final DataSource source;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection connection;
    private volatile boolean closed;

    HeldStatements(DataSource source) {
        this.source = source;
    }

    /**
     * Runs {@code sql}, auto-committed, with the parameters {@code binder} sets, and says how many rows it changed;
     * empty, having run nothing, when another write holds the connection.
     */
    OptionalInt executeUpdate(String sql, Binder binder) throws SQLException {
        if (closed) {
            throw new SQLException("The store is closed.");
        }
        if (!lock.tryLock()) {
            return OptionalInt.empty();
        }
        try {
            if (closed) {
                throw new SQLException("The store is closed.");
            }
            if (connection == null) {
                connection = source.getConnection();
            }
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            binder.bind(statement);
            return OptionalInt.of(statement.executeUpdate());
        } catch (SQLException | RuntimeException failure) {
            release();
            throw failure;
        } finally {
            lock.unlock();
        }
    }

    private void release() {
        prepared.clear(); // closing the connection closes its statements
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Dropping a connection that failed: there is nothing left to release.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            release();
        } finally {
            lock.unlock();
        }
    }
}
