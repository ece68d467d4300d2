package dev.liveops.store;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.digest.ChatDigest;
import dev.liveops.digest.DigestChannel;
import dev.liveops.digest.DigestLedger;
import dev.liveops.digest.DigestSchedule;
import dev.liveops.digest.DigestScheduleStore;
import dev.liveops.notify.OutboundMessage;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.reply.Reply;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Digests in SQL: those set up from chat, and the last period each channel was sent. A period's mark and its outbox
 * message are written in one fenced transaction, so a digest is queued once even across restarts and takeovers.
 */
public final class JdbcDigestStore implements DigestScheduleStore, DigestLedger {
    private final Database database;
    private final Fence fence;
    private final JdbcNotificationStore outbox;

    /** For one process that never elects a leader: nothing is fenced. */
    public JdbcDigestStore(Database database) {
        this(database, Fence.unfenced());
    }

    public JdbcDigestStore(Database database, Fence fence) {
        this.database = database;
        this.fence = fence;
        this.outbox = new JdbcNotificationStore(database, fence);
    }

    @Override
    public void save(ChatDigest digest) {
        database.jdbi().useHandle(handle -> handle.createUpdate("""
                        INSERT INTO digest_schedule (platform, channel_id, cadence, weekday, at_time, zone, set_by_id,
                            set_by_name, set_by_groups, created_at)
                        VALUES (:platform, :channel, :cadence, :weekday, :at, :zone, :userId, :userName, :groups,
                            :created)
                        ON CONFLICT (platform, channel_id) DO UPDATE SET cadence = excluded.cadence,
                            weekday = excluded.weekday, at_time = excluded.at_time, zone = excluded.zone,
                            set_by_id = excluded.set_by_id, set_by_name = excluded.set_by_name,
                            set_by_groups = excluded.set_by_groups, created_at = excluded.created_at""")
                .bind("platform", digest.channel().platform().name())
                .bind("channel", digest.channel().channelId())
                .bind("cadence", digest.schedule().isWeekly() ? "weekly" : "daily")
                .bind("weekday", digest.schedule().weekday().map(DayOfWeek::name).orElse(null))
                .bind("at", digest.schedule().at().toString())
                .bind("zone", digest.schedule().zone().getId())
                .bind("userId", digest.setBy().userId())
                .bind("userName", digest.setBy().displayName())
                .bind("groups", String.join(",", new TreeSet<>(digest.setBy().groupIds())))
                .bind("created", StoredTime.format(digest.createdAt()))
                .execute());
    }

    @Override
    public boolean remove(DigestChannel channel) {
        return database.jdbi().withHandle(handle -> handle
                .createUpdate("DELETE FROM digest_schedule WHERE platform = :platform AND channel_id = :channel")
                .bind("platform", channel.platform().name()).bind("channel", channel.channelId()).execute()) > 0;
    }

    @Override
    public Optional<ChatDigest> find(DigestChannel channel) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM digest_schedule WHERE platform = :platform AND channel_id = :channel")
                .bind("platform", channel.platform().name()).bind("channel", channel.channelId())
                .map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public List<ChatDigest> all() {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM digest_schedule ORDER BY platform, channel_id")
                .map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public Optional<Instant> lastPeriod(DigestChannel channel) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT period_at FROM digest_sent WHERE platform = :platform AND channel_id = :channel")
                .bind("platform", channel.platform().name()).bind("channel", channel.channelId())
                .mapTo(String.class).findOne().map(StoredTime::parse));
    }

    @Override
    public void startAt(DigestChannel channel, Instant period) {
        fence.asLeader(database.jdbi(), "start a digest", handle -> mark(handle, channel, period, period));
    }

    @Override
    public boolean queue(DigestChannel channel, Instant period, Reply digest, Instant now) {
        return fence.asLeader(database.jdbi(), "queue a digest", handle -> {
            if (mark(handle, channel, period, now) == 0) {
                return false;
            }
            outbox.queue(handle, List.of(new OutboundMessage(new ChannelKey(channel.platform(),
                    channel.channelId()), digest)), now);
            return true;
        });
    }

    /** Moves the channel's mark forward to {@code period}; 0 when it was already there or later. */
    private static int mark(org.jdbi.v3.core.Handle handle, DigestChannel channel, Instant period, Instant now) {
        return handle.createUpdate("""
                        INSERT INTO digest_sent (platform, channel_id, period_at, sent_at)
                        VALUES (:platform, :channel, :period, :now)
                        ON CONFLICT (platform, channel_id) DO UPDATE SET period_at = excluded.period_at,
                            sent_at = excluded.sent_at
                        WHERE digest_sent.period_at < excluded.period_at""")
                .bind("platform", channel.platform().name())
                .bind("channel", channel.channelId())
                .bind("period", StoredTime.format(period))
                .bind("now", StoredTime.format(now))
                .execute();
    }

    private static ChatDigest read(ResultSet rs) throws SQLException {
        Platform platform = Platform.valueOf(rs.getString("platform"));
        String channel = rs.getString("channel_id");
        String groups = rs.getString("set_by_groups");
        String weekday = rs.getString("weekday");
        LocalTime at = LocalTime.parse(rs.getString("at_time"));
        ZoneId zone = ZoneId.of(rs.getString("zone"));
        DigestSchedule schedule = weekday == null ? DigestSchedule.daily(at, zone)
                : DigestSchedule.weekly(DayOfWeek.valueOf(weekday), at, zone);
        Caller setBy = new Caller(platform, rs.getString("set_by_id"), rs.getString("set_by_name"),
                groups.isEmpty() ? Set.of() : Set.of(groups.split(",")), channel);
        return new ChatDigest(new DigestChannel(platform, channel), schedule, setBy,
                StoredTime.parse(rs.getString("created_at")));
    }
}
