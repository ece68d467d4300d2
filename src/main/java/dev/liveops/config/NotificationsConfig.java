package dev.liveops.config;

import java.util.List;
import java.util.Map;

/**
 * Status-change notifications, as the file says them.
 *
 * @param pollSeconds                  how often live/list is read
 * @param announceExistingOnFirstStart notify existing deployments on the very first start instead of a silent baseline
 * @param outageAlertSeconds           how long QuantConnect must fail before channels are told
 * @param remindErrorMinutes           reminder interval for deployments stuck in an error status; 0 for never
 * @param mentions                     severity ({@code error}, {@code warning}, {@code success}, {@code info}) to
 *                                     mentions ({@code here}, {@code channel}, {@code group:ID}, {@code user:ID})
 * @param subscriptions                channels that hear changes whatever is subscribed from chat
 * @param equitySnapshotMinutes        at most one equity snapshot per deployment this often
 * @param equityRetentionDays          equity snapshots older than this are deleted
 * @param digests                      channels that get a digest whatever is set up from chat
 */
public record NotificationsConfig(int pollSeconds, boolean announceExistingOnFirstStart, int outageAlertSeconds,
                                  int remindErrorMinutes, Map<String, List<String>> mentions,
                                  List<Subscription> subscriptions, int equitySnapshotMinutes,
                                  int equityRetentionDays, List<Digest> digests) {
    /** Also the schema's defaults. */
    public static final NotificationsConfig DEFAULT = new NotificationsConfig(30, false, 120, 0, Map.of(), List.of());
    public static final int DEFAULT_SNAPSHOT_MINUTES = 15;
    public static final int DEFAULT_RETENTION_DAYS = 400;

    /** Snapshots at the defaults and no configured digest. */
    public NotificationsConfig(int pollSeconds, boolean announceExistingOnFirstStart, int outageAlertSeconds,
                               int remindErrorMinutes, Map<String, List<String>> mentions,
                               List<Subscription> subscriptions) {
        this(pollSeconds, announceExistingOnFirstStart, outageAlertSeconds, remindErrorMinutes, mentions,
                subscriptions, DEFAULT_SNAPSHOT_MINUTES, DEFAULT_RETENTION_DAYS, List.of());
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public NotificationsConfig {
        mentions = Copies.mapOfLists(mentions);
        subscriptions = Copies.list(subscriptions);
        digests = Copies.list(digests);
    }

    /**
     * A channel that gets a digest.
     *
     * @param platform {@code discord} or {@code slack}
     * @param schedule {@code daily} or {@code weekly}
     * @param day      the day of a weekly digest, {@code monday} to {@code sunday}
     * @param time     local time of day, {@code HH:MM}
     * @param zone     time zone region id, e.g. {@code Europe/London}
     * @param project  glob of the project names it shows
     */
    public record Digest(String platform, String channel, String schedule, String day, String time, String zone,
                         String project) {
        public Digest {
            zone = zone == null ? "UTC" : zone;
            project = project == null ? "*" : project;
        }
    }

    /**
     * A channel that hears status changes.
     *
     * @param platform {@code discord} or {@code slack}
     * @param statuses QuantConnect status names; empty for every change
     * @param project  glob of project names
     * @param orders   order events it hears too: {@code none}, {@code filled} or {@code all}
     */
    public record Subscription(String platform, String channel, List<String> statuses, String project,
                               Map<String, List<String>> mentions, String orders) {
        public Subscription {
            statuses = Copies.list(statuses);
            project = project == null ? "*" : project;
            mentions = Copies.mapOfLists(mentions);
            orders = orders == null ? "none" : orders;
        }

        /** Status changes only. */
        public Subscription(String platform, String channel, List<String> statuses, String project,
                            Map<String, List<String>> mentions) {
            this(platform, channel, statuses, project, mentions, "none");
        }
    }
}
