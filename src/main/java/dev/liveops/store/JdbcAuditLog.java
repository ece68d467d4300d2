package dev.liveops.store;

import dev.liveops.access.AuditEntry;
import dev.liveops.access.AuditLog;
import dev.liveops.access.AuditStep;
import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The audit trail in SQL; the table's triggers refuse updates and deletes. */
public final class JdbcAuditLog implements AuditLog {
    private final Database database;

    public JdbcAuditLog(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry entry) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (at, platform, user_id, user_name, channel_id, command_text, command,
                            project_id, project_name, step, outcome, action_code, deploy_id)
                        VALUES (:at, :platform, :userId, :userName, :channel, :text, :command, :projectId,
                            :projectName, :step, :outcome, :code, :deployId)""")
                .bind("at", StoredTime.format(entry.at()))
                .bind("platform", entry.caller().platform().name())
                .bind("userId", entry.caller().userId())
                .bind("userName", entry.caller().displayName())
                .bind("channel", entry.caller().channelId())
                .bind("text", entry.commandText())
                .bind("command", entry.command())
                .bind("projectId", entry.projectId())
                .bind("projectName", entry.projectName())
                .bind("step", entry.step().name())
                .bind("outcome", entry.outcome())
                .bind("code", entry.actionCode())
                .bind("deployId", entry.deployId())
                .execute());
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
