package dev.liveops.notify;

import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.OrderAlerts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A subscription written in the config: trusted, so it sees every project its glob names. Its mentions replace the
 * default ones for the severities it lists; {@code orders} says which order events it hears too.
 */
public record ConfiguredSubscription(ChannelKey channel, Set<LiveStatus> statuses, String project,
                                     Map<Severity, List<Mention>> mentions, OrderAlerts orders) {
    public ConfiguredSubscription {
        Objects.requireNonNull(channel, "channel");
        statuses = Set.copyOf(statuses);
        project = project == null || project.isBlank() ? "*" : project;
        mentions = Map.copyOf(mentions);
        orders = orders == null ? OrderAlerts.NONE : orders;
    }

    /** Status changes only. */
    public ConfiguredSubscription(ChannelKey channel, Set<LiveStatus> statuses, String project,
                                  Map<Severity, List<Mention>> mentions) {
        this(channel, statuses, project, mentions, OrderAlerts.NONE);
    }
}
