package dev.liveops.app;

import dev.liveops.access.AccessPolicy;
import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.command.Reports;
import dev.liveops.config.NotificationsConfig;
import dev.liveops.digest.ConfiguredDigest;
import dev.liveops.digest.DigestBook;
import dev.liveops.digest.DigestChannel;
import dev.liveops.digest.DigestComposer;
import dev.liveops.digest.DigestPicture;
import dev.liveops.digest.DigestSchedule;
import dev.liveops.digest.DigestSender;
import dev.liveops.equity.EquityRecorder;
import dev.liveops.equity.PnlReader;
import dev.liveops.equity.PollListener;
import dev.liveops.equity.SnapshotSettings;
import dev.liveops.project.ProjectDirectory;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.store.Database;
import dev.liveops.store.Fence;
import dev.liveops.store.JdbcDigestStore;
import dev.liveops.store.JdbcEquitySnapshotStore;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Equity snapshots, /live pnl and digests, built from the config: the stores, the readers, and the poll listener each
 * leader term's watcher hands its polls to.
 */
final class EquityWiring {
    private final JdbcEquitySnapshotStore snapshots;
    private final JdbcDigestStore digests;
    private final SnapshotSettings settings;
    private final DigestBook book;
    private final PnlReader pnl;
    private final PnlReader digestPnl;
    private final DigestPicture picture;
    private final ProjectDirectory projects;

    /**
     * @param live    QuantConnect's equity charts: P&L's history from before LiveOps watched
     * @param picture the digest's chart of total equity
     */
    EquityWiring(Database database, Fence fence, NotificationsConfig config, AccessPolicy access,
                 ProjectDirectory projects, LiveApi live, DigestPicture picture) {
        this.snapshots = new JdbcEquitySnapshotStore(database, fence);
        this.digests = new JdbcDigestStore(database, fence);
        this.settings = settings(config);
        this.book = new DigestBook(digests, config.digests().stream().map(EquityWiring::digest).toList(), access);
        this.pnl = new PnlReader(snapshots, QuantConnectEquityHistory.waiting(live), settings.interval());
        this.digestPnl = new PnlReader(snapshots, QuantConnectEquityHistory.withoutWaiting(live), settings.interval());
        this.picture = picture;
        this.projects = projects;
    }

    static SnapshotSettings settings(NotificationsConfig config) {
        return new SnapshotSettings(Duration.ofMinutes(config.equitySnapshotMinutes()),
                Duration.ofDays(config.equityRetentionDays()));
    }

    Reports reports() {
        return new Reports(pnl, digests, book);
    }

    /** A fresh listener per watcher: what it remembers of the last snapshots is reread at each term's start. */
    PollListener newPollListener() {
        return PollListener.all(List.of(new EquityRecorder(snapshots, settings),
                new DigestSender(book, digests, new DigestComposer(digestPnl, snapshots, picture), projects)));
    }

    private static ConfiguredDigest digest(NotificationsConfig.Digest digest) {
        LocalTime time = LocalTime.parse(digest.time());
        ZoneId zone = ZoneId.of(digest.zone());
        DigestSchedule schedule = digest.schedule().equals("weekly")
                ? DigestSchedule.weekly(DayOfWeek.valueOf(digest.day().toUpperCase(Locale.ROOT)), time, zone)
                : DigestSchedule.daily(time, zone);
        return new ConfiguredDigest(new DigestChannel(Platform.valueOf(digest.platform().toUpperCase(Locale.ROOT)),
                digest.channel()), schedule, new ProjectGlob(digest.project()));
    }
}
