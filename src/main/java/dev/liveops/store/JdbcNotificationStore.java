package dev.liveops.store;

import dev.liveops.access.Platform;
import dev.liveops.reply.Reply;
import dev.liveops.notify.CloseWatch;
import dev.liveops.notify.CycleRecord;
import dev.liveops.notify.KnownDeployment;
import dev.liveops.notify.NotificationStore;
import dev.liveops.notify.OutboundMessage;
import dev.liveops.notify.Outage;
import dev.liveops.notify.QueuedMessage;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The watcher's state and outbox in SQL. A cycle is one transaction: state, messages and outage together. */
public final class JdbcNotificationStore implements NotificationStore {
    private static final Logger log = LoggerFactory.getLogger(JdbcNotificationStore.class);
    private static final String BASELINE = "baseline";
    private static final String OUTAGE = "outage";

    private final Database database;
    private final Fence fence;
    private final StoreJson json = new StoreJson();

    /** For one process that never elects a leader: nothing is fenced. */
    public JdbcNotificationStore(Database database) {
        this(database, Fence.unfenced());
    }

    /** A cycle and the outbox's marks are the leader's: written only while this process's term is current. */
    public JdbcNotificationStore(Database database, Fence fence) {
        this.database = database;
        this.fence = fence;
    }

    @Override
    public Map<Long, KnownDeployment> knownDeployments() {
        Map<Long, KnownDeployment> known = new HashMap<>();
        database.jdbi().useHandle(handle -> handle.createQuery("SELECT * FROM watched_deployment")
                .map((rs, ctx) -> known(rs)).forEach(k -> known.put(k.projectId(), k)));
        return known;
    }

    @Override
    public Optional<KnownDeployment> knownDeployment(long projectId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM watched_deployment WHERE project_id = :id").bind("id", projectId)
                .map((rs, ctx) -> known(rs)).findOne());
    }

    @Override
    public boolean hasBaseline() {
        return state(BASELINE).isPresent();
    }

    @Override
    public Optional<Outage> outage() {
        return state(OUTAGE).map(text -> json.read(text, Outage.class));
    }

    @Override
    public List<CloseWatch> closeWatches() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT payload FROM close_watch ORDER BY code")
                .mapTo(String.class).map(text -> json.read(text, CloseWatch.class)).list());
    }

    @Override
    public void addCloseWatch(CloseWatch watch) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO close_watch (code, payload, until) VALUES (:code, :payload, :until)
                        ON CONFLICT (code) DO UPDATE SET payload = excluded.payload, until = excluded.until""")
                .bind("code", watch.action().code())
                .bind("payload", json.write(watch))
                .bind("until", StoredTime.format(watch.until()))
                .execute());
    }

    @Override
    public void record(CycleRecord cycle) {
        Instant now = cycle.at();
        fence.asLeader(database.jdbi(), "record a watcher cycle", handle -> {
            writeDeployments(handle, cycle.updates());
            for (long projectId : cycle.vanished()) {
                handle.execute("DELETE FROM watched_deployment WHERE project_id = ?", projectId);
            }
            queue(handle, cycle.messages(), now);
            if (cycle.outage().isPresent()) {
                putState(handle, OUTAGE, json.write(cycle.outage().get()));
            } else {
                handle.execute("DELETE FROM watcher_state WHERE name = ?", OUTAGE);
            }
            for (String code : cycle.endedWatches()) {
                handle.execute("DELETE FROM close_watch WHERE code = ?", code);
            }
            if (cycle.completePoll()) {
                handle.execute("INSERT INTO watcher_state (name, value) VALUES (?, ?) "
                        + "ON CONFLICT (name) DO NOTHING", BASELINE,
                        StoredTime.format(now));
            }
            return null;
        });
    }

    @Override
    public void queue(List<OutboundMessage> messages, Instant at) {
        database.jdbi().useTransaction(handle -> queue(handle, messages, at));
    }

    @Override
    public List<QueuedMessage> dueMessages(Instant now, int limit) {
        // Only each channel's oldest undelivered message: a channel waiting out a retry keeps its order, and its
        // queue behind the retry never crowds other channels out of the limit.
        List<QueuedMessage> due = new ArrayList<>();
        database.jdbi().useHandle(handle -> handle.createQuery("""
                        SELECT o.* FROM outbox o
                        JOIN (SELECT MIN(id) AS id FROM outbox WHERE sent_at IS NULL AND abandoned_at IS NULL
                              GROUP BY platform, channel_id) head ON head.id = o.id
                        WHERE o.next_attempt_at <= :now
                        ORDER BY o.id LIMIT :limit""")
                .bind("now", StoredTime.format(now))
                .bind("limit", limit)
                .map((rs, ctx) -> readable(rs, now)).forEach(queued -> queued.ifPresent(due::add)));
        return due;
    }

    @Override
    public int undelivered() {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND abandoned_at IS NULL").mapTo(Integer.class).one());
    }

    @Override
    public void markSent(long id, Instant at) {
        fence.asLeader(database.jdbi(), "mark outbox message " + id + " sent", handle -> handle.execute(
                "UPDATE outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?", StoredTime.format(at), id));
    }

    @Override
    public void markFailed(long id, Instant retryAt, String error) {
        fence.asLeader(database.jdbi(), "mark outbox message " + id + " failed", handle -> handle.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?",
                StoredTime.format(retryAt), error, id));
    }

    @Override
    public void markAbandoned(long id, Instant at, String error) {
        fence.asLeader(database.jdbi(), "give outbox message " + id + " up", handle -> handle.execute(
                "UPDATE outbox SET abandoned_at = ?, last_error = ? WHERE id = ?", StoredTime.format(at), error, id));
    }

    /**
     * One JDBC batch for the changed rows: a whole organisation changing at once is 100,000 rows, where Jdbi's
     * per-statement binding, and formatting the same instant once per row, cost more than SQLite's own work.
     */
    private static void writeDeployments(Handle handle, List<KnownDeployment> updates) {
        if (updates.isEmpty()) {
            return;
        }
        RepeatedTime times = new RepeatedTime();
        try (PreparedStatement batch = handle.getConnection().prepareStatement("""
                INSERT INTO watched_deployment (project_id, deploy_id, status, error, equity, since, last_alert_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id) DO UPDATE SET deploy_id = excluded.deploy_id, status = excluded.status,
                    error = excluded.error, equity = excluded.equity, since = excluded.since,
                    last_alert_at = excluded.last_alert_at""")) {
            for (KnownDeployment known : updates) {
                batch.setLong(1, known.projectId());
                batch.setString(2, known.deployId());
                batch.setString(3, known.status().wireName());
                batch.setString(4, known.error());
                batch.setString(5, known.equity() == null ? null : known.equity().toPlainString());
                batch.setString(6, times.format(known.since()));
                batch.setString(7, known.lastAlertAt() == null ? null : times.format(known.lastAlertAt()));
                batch.addBatch();
            }
            batch.executeBatch();
        } catch (SQLException failure) {
            throw new UnableToExecuteStatementException("Could not record the watched deployments", failure,
                    null);
        }
    }

    /** Queues within a transaction already open: digests and order events write their marks and messages together. */
    void queue(Handle handle, List<OutboundMessage> messages, Instant now) {
        if (messages.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO outbox (platform, channel_id, payload, queued_at, next_attempt_at)
                VALUES (:platform, :channel, :payload, :now, :now)""");
        for (OutboundMessage message : messages) {
            batch.bind("platform", message.channel().platform().name())
                    .bind("channel", message.channel().channelId())
                    .bind("payload", json.write(message.reply()))
                    .bind("now", StoredTime.format(now))
                    .add();
        }
        batch.execute();
    }

    private Optional<String> state(String name) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT value FROM watcher_state WHERE name = :name").bind("name", name)
                .mapTo(String.class).findOne());
    }

    private static void putState(Handle handle, String name, String value) {
        handle.execute("INSERT INTO watcher_state (name, value) VALUES (?, ?) "
                + "ON CONFLICT (name) DO UPDATE SET value = excluded.value", name, value);
    }

    private static KnownDeployment known(ResultSet rs) throws SQLException {
        String equity = rs.getString("equity");
        String alert = rs.getString("last_alert_at");
        return new KnownDeployment(rs.getLong("project_id"), rs.getString("deploy_id"),
                LiveStatus.fromWire(rs.getString("status")), rs.getString("error"),
                equity == null ? null : new BigDecimal(equity), StoredTime.parse(rs.getString("since")),
                alert == null ? null : StoredTime.parse(alert));
    }

    /** A row whose payload cannot be read (written by another LiveOps version) is given up, not retried forever. */
    private Optional<QueuedMessage> readable(ResultSet rs, Instant now) throws SQLException {
        long id = rs.getLong("id");
        Reply reply;
        try {
            reply = json.read(rs.getString("payload"), Reply.class);
        } catch (IllegalStateException unreadable) {
            log.error("Outbox message {} cannot be read back; giving it up", id, unreadable);
            markAbandoned(id, now, "unreadable payload");
            return Optional.empty();
        }
        OutboundMessage message = new OutboundMessage(new ChannelKey(Platform.valueOf(rs.getString("platform")),
                rs.getString("channel_id")), reply);
        return Optional.of(new QueuedMessage(id, message, rs.getInt("attempts"),
                StoredTime.parse(rs.getString("queued_at"))));
    }
}
