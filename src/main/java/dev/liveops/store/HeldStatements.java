package dev.liveops.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One SQLite connection of its own with its statements prepared once, for the one-row writes on every command's
 * path (the audit row): preparing the INSERT again each time was a fifth of the row's cost. SQLite lets one writer
 * at a time in anyway, so the lock costs no concurrency. After any failure the connection is dropped and the next
 * write opens a new one.
 */
final class HeldStatements implements AutoCloseable {
    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final DataSource source;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Connection connection;
    private boolean closed;

    HeldStatements(DataSource source) {
        this.source = source;
    }

    /** Runs {@code sql}, auto-committed, with the parameters {@code binder} sets. */
    synchronized int executeUpdate(String sql, Binder binder) throws SQLException {
        if (closed) {
            throw new SQLException("The store is closed.");
        }
        try {
            if (connection == null) {
                connection = source.getConnection();
            }
            PreparedStatement statement = prepared.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                prepared.put(sql, statement);
            }
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException | RuntimeException failure) {
            release();
            throw failure;
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
    public synchronized void close() {
        closed = true;
        release();
    }
}
