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
 */
public record NotificationsConfig(int pollSeconds, boolean announceExistingOnFirstStart, int outageAlertSeconds,
                                  int remindErrorMinutes, Map<String, List<String>> mentions,
                                  List<Subscription> subscriptions) {
    /** Also the schema's defaults. */
    public static final NotificationsConfig DEFAULT = new NotificationsConfig(30, false, 120, 0, Map.of(), List.of());

    public NotificationsConfig {
        mentions = Copies.mapOfLists(mentions);
        subscriptions = Copies.list(subscriptions);
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
