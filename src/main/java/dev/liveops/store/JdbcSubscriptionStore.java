package dev.liveops.store;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.subscription.OrderAlerts;
import dev.liveops.subscription.Subscription;
import dev.liveops.subscription.SubscriptionStore;
import dev.liveops.quantconnect.model.LiveStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Chat-made subscriptions in SQL; statuses are stored by their QuantConnect names and the subscriber's groups by id,
 * comma-separated; the order events heard by their word (none, filled, all).
 */
public final class JdbcSubscriptionStore implements SubscriptionStore {
    private final Database database;

    public JdbcSubscriptionStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Subscription subscription) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO subscription (platform, channel_id, statuses, project, created_by, created_at,
                            subscriber_id, subscriber_name, subscriber_groups, order_alerts)
                        VALUES (:platform, :channel, :statuses, :project, :by, :at, :userId, :userName, :groups,
                            :orders)
                        ON CONFLICT (platform, channel_id) DO UPDATE SET statuses = excluded.statuses,
                            project = excluded.project, created_by = excluded.created_by,
                            created_at = excluded.created_at, subscriber_id = excluded.subscriber_id,
                            subscriber_name = excluded.subscriber_name,
                            subscriber_groups = excluded.subscriber_groups,
                            order_alerts = excluded.order_alerts""")
                .bind("platform", subscription.platform().name())
                .bind("channel", subscription.channelId())
                .bind("statuses", subscription.statuses().stream().map(LiveStatus::wireName).sorted()
                        .collect(Collectors.joining(",")))
                .bind("project", subscription.project())
                .bind("by", subscription.subscriber().describe())
                .bind("userId", subscription.subscriber().userId())
                .bind("userName", subscription.subscriber().displayName())
                .bind("groups", String.join(",", new TreeSet<>(subscription.subscriber().groupIds())))
                .bind("at", StoredTime.format(subscription.createdAt()))
                .bind("orders", subscription.orders().word())
                .execute());
    }

    @Override
    public boolean remove(Platform platform, String channelId) {
        return database.jdbi().withHandle(handle -> handle
                .createUpdate("DELETE FROM subscription WHERE platform = :platform AND channel_id = :channel")
                .bind("platform", platform.name()).bind("channel", channelId).execute()) > 0;
    }

    @Override
    public Optional<Subscription> find(Platform platform, String channelId) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM subscription WHERE platform = :platform AND channel_id = :channel")
                .bind("platform", platform.name()).bind("channel", channelId)
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<Subscription> all() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM subscription")
                .map((rs, ctx) -> read(rs)).list());
    }

    private static Subscription read(ResultSet rs) throws SQLException {
        String statuses = rs.getString("statuses");
        String groups = rs.getString("subscriber_groups");
        Platform platform = Platform.valueOf(rs.getString("platform"));
        String channel = rs.getString("channel_id");
        Caller subscriber = new Caller(platform, rs.getString("subscriber_id"), rs.getString("subscriber_name"),
                groups.isEmpty() ? Set.of() : Set.of(groups.split(",")), channel);
        return new Subscription(platform, channel, statuses.isEmpty() ? Set.of() : Arrays.stream(statuses.split(","))
                .map(LiveStatus::fromWire).collect(Collectors.toSet()), rs.getString("project"), subscriber,
                StoredTime.parse(rs.getString("created_at")),
                OrderAlerts.fromWord(rs.getString("order_alerts")).orElse(OrderAlerts.NONE));
    }
}
