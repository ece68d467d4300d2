package dev.liveops.store;

import dev.liveops.equity.EquitySnapshot;
import dev.liveops.equity.EquitySnapshotStore;
import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Equity snapshots in SQL; written only by the leader (fenced), read by anyone. */
public final class JdbcEquitySnapshotStore implements EquitySnapshotStore {
    private final Database database;
    private final Fence fence;

    /** For one process that never elects a leader: nothing is fenced. */
    public JdbcEquitySnapshotStore(Database database) {
        this(database, Fence.unfenced());
    }

    public JdbcEquitySnapshotStore(Database database, Fence fence) {
        this.database = database;
        this.fence = fence;
    }

    /**
     * One JDBC batch on one prepared statement: when a whole organisation changes status at once these are 100,000
     * rows, where Jdbi's named binding per row, and formatting the same instant per row, cost more than the database.
     */
    @Override
    public void add(List<EquitySnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        fence.asLeader(database.jdbi(), "keep equity snapshots", handle -> {
            RepeatedTime times = new RepeatedTime();
            try (PreparedStatement batch = handle.getConnection().prepareStatement("""
                    INSERT INTO equity_snapshot (project_id, deploy_id, taken_at, status, equity)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (project_id, taken_at) DO NOTHING""")) {
                for (EquitySnapshot snapshot : snapshots) {
                    batch.setLong(1, snapshot.projectId());
                    batch.setString(2, snapshot.deployId());
                    batch.setString(3, times.format(snapshot.at()));
                    batch.setString(4, snapshot.status().wireName());
                    batch.setString(5, snapshot.equity() == null ? null : snapshot.equity().toPlainString());
                    batch.addBatch();
                }
                return batch.executeBatch();
            } catch (SQLException failure) {
                throw new UnableToExecuteStatementException("Could not keep the equity snapshots", failure, null);
            }
        });
    }

    @Override
    public Map<Long, EquitySnapshot> latest() {
        Map<Long, EquitySnapshot> latest = new HashMap<>();
        database.jdbi().useHandle(handle -> handle.createQuery("""
                        SELECT s.* FROM equity_snapshot s
                        JOIN (SELECT project_id, MAX(taken_at) AS taken_at FROM equity_snapshot GROUP BY project_id) m
                          ON m.project_id = s.project_id AND m.taken_at = s.taken_at""")
                .map((rs, ctx) -> snapshot(rs)).forEach(s -> latest.put(s.projectId(), s)));
        return latest;
    }

    @Override
    public List<EquitySnapshot> between(Instant from, Instant to) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT * FROM equity_snapshot WHERE taken_at >= :from AND taken_at <= :to
                        ORDER BY project_id, taken_at""")
                .bind("from", StoredTime.format(from))
                .bind("to", StoredTime.format(to))
                .map((rs, ctx) -> snapshot(rs)).list());
    }

    @Override
    public Optional<EquitySnapshot> lastBefore(long projectId, Instant at) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT * FROM equity_snapshot WHERE project_id = :project AND taken_at < :at
                        ORDER BY taken_at DESC LIMIT 1""")
                .bind("project", projectId)
                .bind("at", StoredTime.format(at))
                .map((rs, ctx) -> snapshot(rs)).findOne());
    }

    @Override
    public int deleteBefore(Instant cutoff, int limit) {
        // A bounded batch by key: both SQLite and PostgreSQL take a sub-select, neither a DELETE ... LIMIT.
        return fence.asLeader(database.jdbi(), "delete old equity snapshots", handle -> handle.createUpdate("""
                        DELETE FROM equity_snapshot WHERE (project_id, taken_at) IN (
                            SELECT project_id, taken_at FROM equity_snapshot WHERE taken_at < :cutoff
                            ORDER BY taken_at LIMIT :limit)""")
                .bind("cutoff", StoredTime.format(cutoff))
                .bind("limit", limit)
                .execute());
    }

    private static EquitySnapshot snapshot(ResultSet rs) throws SQLException {
        String equity = rs.getString("equity");
        return new EquitySnapshot(rs.getLong("project_id"), rs.getString("deploy_id"),
                StoredTime.parse(rs.getString("taken_at")), LiveStatus.fromWire(rs.getString("status")),
                equity == null ? null : new BigDecimal(equity));
    }
}
