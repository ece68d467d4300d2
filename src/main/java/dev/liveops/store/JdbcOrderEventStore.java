package dev.liveops.store;

import dev.liveops.notify.OrderEventStore;
import dev.liveops.notify.OutboundMessage;
import dev.liveops.quantconnect.model.OrderStatus;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The order watcher's state in SQL. Statuses are stored by their enum names. A reading goes in with its messages, in
 * the outbox the status changes use, in one fenced transaction: either both are kept or neither.
 */
public final class JdbcOrderEventStore implements OrderEventStore {
    private final Database database;
    private final Fence fence;
    private final JdbcNotificationStore outbox;

    /** For one process that never elects a leader: nothing is fenced. */
    public JdbcOrderEventStore(Database database) {
        this(database, Fence.unfenced());
    }

    public JdbcOrderEventStore(Database database, Fence fence) {
        this.database = database;
        this.fence = fence;
        this.outbox = new JdbcNotificationStore(database, fence);
    }

    @Override
    public OptionalInt frontier(String deployId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT frontier FROM order_watch WHERE deploy_id = :deploy").bind("deploy", deployId)
                .mapTo(Integer.class).findOne().map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    @Override
    public Set<Seen> seen(String deployId, long fromId, long toId) {
        Set<Seen> seen = new HashSet<>();
        database.jdbi().useHandle(handle -> handle.createQuery("""
                        SELECT order_id, status FROM order_event_seen
                        WHERE deploy_id = :deploy AND order_id BETWEEN :from AND :to""")
                .bind("deploy", deployId).bind("from", fromId).bind("to", toId)
                .map((rs, ctx) -> new Seen(rs.getLong("order_id"), OrderStatus.valueOf(rs.getString("status"))))
                .forEach(seen::add));
        return seen;
    }

    @Override
    public Set<String> watched() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT deploy_id FROM order_watch")
                .mapTo(String.class).set());
    }

    @Override
    public void record(Instant at, List<Reading> readings, List<OutboundMessage> messages, Set<String> forgotten) {
        fence.asLeader(database.jdbi(), "record the orders the watcher read", handle -> {
            for (String deployId : forgotten) {
                handle.execute("DELETE FROM order_event_seen WHERE deploy_id = ?", deployId);
                handle.execute("DELETE FROM order_watch WHERE deploy_id = ?", deployId);
            }
            for (Reading reading : readings) {
                retireOlderDeployments(handle, reading);
                handle.execute("""
                        INSERT INTO order_watch (deploy_id, project_id, frontier, since) VALUES (?, ?, ?, ?)
                        ON CONFLICT (deploy_id) DO UPDATE SET frontier = excluded.frontier""",
                        reading.deployId(), reading.projectId(), reading.frontier(), StoredTime.format(at));
                markSeen(handle, reading);
            }
            outbox.queue(handle, messages, at);
            return null;
        });
    }

    /** A project's new deployment replaces the old one for good: what was seen of the old one is no longer needed. */
    private static void retireOlderDeployments(Handle handle, Reading reading) {
        handle.execute("""
                DELETE FROM order_event_seen WHERE deploy_id IN
                    (SELECT deploy_id FROM order_watch WHERE project_id = ? AND deploy_id <> ?)""",
                reading.projectId(), reading.deployId());
        handle.execute("DELETE FROM order_watch WHERE project_id = ? AND deploy_id <> ?", reading.projectId(),
                reading.deployId());
    }

    private static void markSeen(Handle handle, Reading reading) {
        if (reading.newlySeen().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO order_event_seen (deploy_id, order_id, status) VALUES (:deploy, :order, :status)
                ON CONFLICT (deploy_id, order_id, status) DO NOTHING""");
        for (Seen seen : reading.newlySeen()) {
            batch.bind("deploy", reading.deployId()).bind("order", seen.orderId())
                    .bind("status", seen.status().name()).add();
        }
        batch.execute();
    }
}
