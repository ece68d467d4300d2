package dev.liveops.store;

import dev.liveops.subscription.Snooze;
import dev.liveops.subscription.SnoozeStore;
import java.time.Instant;
import java.util.List;

/** Snoozed projects in SQL; an ended snooze stays until the next one replaces it, so its end can be noticed. */
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

    /** Kept with {@code until} set to now, so the watcher sees the snooze end like any other. */
    @Override
    public boolean end(long projectId, Instant now) {
        return database.jdbi().withHandle(handle -> handle
                .createUpdate("UPDATE snooze SET until = :now WHERE project_id = :id AND until > :now")
                .bind("id", projectId).bind("now", StoredTime.format(now)).execute()) > 0;
    }

    @Override
    public List<Snooze> endedBetween(Instant after, Instant upTo) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM snooze WHERE until > :after AND until <= :upTo ORDER BY until")
                .bind("after", StoredTime.format(after))
                .bind("upTo", StoredTime.format(upTo))
                .map((rs, ctx) -> snooze(rs)).list());
    }

    @Override
    public List<Snooze> active(Instant now) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM snooze WHERE until > :now ORDER BY until")
                .bind("now", StoredTime.format(now))
                .map((rs, ctx) -> snooze(rs))
                .list());
    }

    private static Snooze snooze(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Snooze(rs.getLong("project_id"), rs.getString("project_name"),
                StoredTime.parse(rs.getString("until")), rs.getString("snoozed_by"));
    }
}
