package dev.liveops.notify;

import dev.liveops.command.Reply.Mention;
import dev.liveops.notify.Route.ChannelKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fans one cycle's changes out to channels: each change at most once per channel however many of its subscriptions
 * match, snoozed projects left out, and a channel's changes kept together so they can go as one message.
 */
public final class ChangeRouter {

    public List<ChannelBatch> route(List<StatusChange> changes, List<Route> routes, Set<Long> snoozedProjects) {
        Map<ChannelKey, List<StatusChange>> byChannel = new LinkedHashMap<>();
        Map<ChannelKey, Set<Mention>> mentions = new LinkedHashMap<>();
        for (StatusChange change : changes) {
            if (snoozedProjects.contains(change.projectId())) {
                continue;
            }
            Set<ChannelKey> reached = new LinkedHashSet<>();
            for (Route route : routes) {
                if (!route.matches(change)) {
                    continue;
                }
                if (reached.add(route.channel())) {
                    byChannel.computeIfAbsent(route.channel(), key -> new ArrayList<>()).add(change);
                }
                mentions.computeIfAbsent(route.channel(), key -> new LinkedHashSet<>())
                        .addAll(route.mentionsFor(change.severity()));
            }
        }
        List<ChannelBatch> batches = new ArrayList<>(byChannel.size());
        byChannel.forEach((channel, list) -> batches.add(new ChannelBatch(channel, list, mentions.get(channel))));
        return batches;
    }
}
