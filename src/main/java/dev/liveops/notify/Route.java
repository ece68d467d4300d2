package dev.liveops.notify;

import dev.liveops.access.Platform;
import dev.liveops.access.ProjectGlob;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.quantconnect.model.OrderStatus;
import dev.liveops.subscription.OrderAlerts;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where one subscription sends changes, and which: statuses (empty for all), a project glob, the projects its
 * subscriber may see, who to mention at each severity, and which order events it hears.
 */
public record Route(ChannelKey channel, Set<LiveStatus> statuses, ProjectGlob project, Predicate<String> visible,
                    Map<Severity, List<Mention>> mentions, OrderAlerts orders) {

    public Route {
        Objects.requireNonNull(channel, "channel");
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(visible, "visible");
        mentions = Map.copyOf(mentions);
        orders = orders == null ? OrderAlerts.NONE : orders;
    }

    /** Status changes only. */
    public Route(ChannelKey channel, Set<LiveStatus> statuses, ProjectGlob project, Predicate<String> visible,
                 Map<Severity, List<Mention>> mentions) {
        this(channel, statuses, project, visible, mentions, OrderAlerts.NONE);
    }

    /** A channel on a platform: where a message goes. */
    public record ChannelKey(Platform platform, String channelId) {
        public ChannelKey {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(channelId, "channelId");
        }
    }

    /** A change matches when its project is in scope and its status is wanted: see {@link Filter#matches}. */
    public boolean matches(StatusChange change) {
        return filter().matches(change);
    }

    /** What decides which changes this route hears; routes with equal filters hear the very same changes. */
    public Filter filter() {
        return new Filter(statuses, project, visible);
    }

    /**
     * Statuses, project glob and the subscriber's visibility. Visibility is equal only when it is the same predicate
     * object, so two subscribers are never taken to see alike unless their routes share it.
     */
    public record Filter(Set<LiveStatus> statuses, ProjectGlob project, Predicate<String> visible) {
        /** A recovery also reaches those who wanted the error it recovers from: whoever heard the alarm hears it end. */
        public boolean matches(StatusChange change) {
            if (!statusWanted(change)) {
                return false;
            }
            return project.matches(change.projectName()) && visible.test(change.projectName());
        }

        private boolean statusWanted(StatusChange change) {
            if (statuses.isEmpty() || statuses.contains(change.subject())) {
                return true;
            }
            return change.kind() == StatusChange.Kind.RECOVERED && change.from().map(statuses::contains).orElse(false);
        }
    }

    /** Whether this route hears some order events of the project: only then are its orders read at all. */
    public boolean wantsOrdersOf(String projectName) {
        return orders != OrderAlerts.NONE && project.matches(projectName) && visible.test(projectName);
    }

    /** Whether an order of the project that reached {@code status} is news here. */
    public boolean wantsOrder(String projectName, OrderStatus status) {
        return orders.includes(status) && wantsOrdersOf(projectName);
    }

    public List<Mention> mentionsFor(Severity severity) {
        return mentions.getOrDefault(severity, List.of());
    }
}
