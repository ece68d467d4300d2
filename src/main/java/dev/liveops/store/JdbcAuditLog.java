package dev.liveops.store;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The audit trail in SQL; the table's triggers refuse updates and deletes. */
public final class JdbcAuditLog implements AuditLog {
    private final Database database;

    public JdbcAuditLog(Database database) {
        this.database = database;
    }

    private static final String INSERT = """
            INSERT INTO audit_log (at, platform, user_id, user_name, channel_id, command_text, command,
                project_id, project_name, step, outcome, action_code, deploy_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * One auto-committed INSERT with the statement prepared once (see {@link Database#executeUpdate}): every command
     * writes one, durably before its answer, and Jdbi's handle and named binding cost about as much as SQLite's own
     * work (issue 14).
     */
    @Override
    public void append(AuditEntry entry) {
        try {
            database.executeUpdate(INSERT, insert -> {
                insert.setString(1, StoredTime.format(entry.at()));
                insert.setString(2, entry.caller().platform().name());
                insert.setString(3, entry.caller().userId());
                insert.setString(4, entry.caller().displayName());
                insert.setString(5, entry.caller().channelId());
                insert.setString(6, entry.commandText());
                insert.setString(7, entry.command());
                if (entry.projectId() == null) {
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(8, entry.projectId());
                }
                insert.setString(9, entry.projectName());
                insert.setString(10, entry.step().name());
                insert.setString(11, entry.outcome());
                insert.setString(12, entry.actionCode());
                insert.setString(13, entry.deployId());
            });
        } catch (SQLException failure) {
            throw new IllegalStateException("The audit store did not take the entry: " + failure.getMessage(),
                    failure);
        }
    }

    private static Long projectId(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("project_id");
        return rs.wasNull() ? null : id;
    }

    @Override
    public List<AuditEntry> recent(Optional<Long> projectId, int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM audit_log "
                        + (projectId.isPresent() ? "WHERE project_id = :projectId " : "")
                        + "ORDER BY id DESC LIMIT :limit")
                .bind("projectId", projectId.orElse(null))
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(
                        StoredTime.parse(rs.getString("at")),
                        new Caller(Platform.valueOf(rs.getString("platform")), rs.getString("user_id"),
                                rs.getString("user_name"), Set.of(), rs.getString("channel_id")),
                        rs.getString("command_text"),
                        rs.getString("command"),
                        projectId(rs),
                        rs.getString("project_name"),
                        AuditStep.valueOf(rs.getString("step")),
                        rs.getString("outcome"),
                        rs.getString("action_code"),
                        rs.getString("deploy_id")))
                .list());
    }
}
