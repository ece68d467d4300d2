package dev.liveops.store;

import dev.liveops.command.Snooze;
import dev.liveops.command.SnoozeStore;
import java.time.Instant;
import java.util.List;

/** Snoozed projects in SQL; an expired snooze is simply ignored, and replaced by the next one. */
public final class JdbcSnoozeStore implements SnoozeStore {
    private final Database database;

    public JdbcSnoozeStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Snooze snooze) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO snooze (project_id, project_name, until, snoozed_by)
                        VALUES (:id, :name, :until, :by)
                        ON CONFLICT (project_id) DO UPDATE SET project_name = excluded.project_name,
                            until = excluded.until, snoozed_by = excluded.snoozed_by""")
                .bind("id", snooze.projectId())
                .bind("name", snooze.projectName())
                .bind("until", StoredTime.format(snooze.until()))
                .bind("by", snooze.by())
                .execute());
    }

    @Override
    public boolean remove(long projectId) {
        return database.jdbi().withHandle(handle -> handle.createUpdate("DELETE FROM snooze WHERE project_id = :id")
                .bind("id", projectId).execute()) > 0;
    }

    @Override
    public List<Snooze> active(Instant now) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM snooze WHERE until > :now ORDER BY until")
                .bind("now", StoredTime.format(now))
                .map((rs, ctx) -> new Snooze(rs.getLong("project_id"), rs.getString("project_name"),
                        StoredTime.parse(rs.getString("until")), rs.getString("snoozed_by")))
                .list());
    }
}
