package dev.liveops.store;

import dev.liveops.access.Platform;
import dev.liveops.command.Subscription;
import dev.liveops.command.SubscriptionStore;
import dev.liveops.quantconnect.model.LiveStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Chat-made subscriptions in SQL; statuses are stored by their QuantConnect names, comma-separated. */
public final class JdbcSubscriptionStore implements SubscriptionStore {
    private final Database database;

    public JdbcSubscriptionStore(Database database) {
        this.database = database;
    }

    @Override
    public void save(Subscription subscription) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO subscription (platform, channel_id, statuses, created_by, created_at)
                        VALUES (:platform, :channel, :statuses, :by, :at)
                        ON CONFLICT (platform, channel_id) DO UPDATE SET statuses = excluded.statuses,
                            created_by = excluded.created_by, created_at = excluded.created_at""")
                .bind("platform", subscription.platform().name())
                .bind("channel", subscription.channelId())
                .bind("statuses", subscription.statuses().stream().map(LiveStatus::wireName).sorted()
                        .collect(Collectors.joining(",")))
                .bind("by", subscription.createdBy())
                .bind("at", StoredTime.format(subscription.createdAt()))
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
        return new Subscription(Platform.valueOf(rs.getString("platform")), rs.getString("channel_id"),
                statuses.isEmpty() ? java.util.Set.of() : Arrays.stream(statuses.split(","))
                        .map(LiveStatus::fromWire).collect(Collectors.toSet()),
                rs.getString("created_by"), StoredTime.parse(rs.getString("created_at")));
    }
}
