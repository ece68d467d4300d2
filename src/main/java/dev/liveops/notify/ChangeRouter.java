package dev.liveops.notify;

import dev.liveops.reply.Reply.Mention;
import dev.liveops.notify.Route.ChannelKey;
import java.util.ArrayList;
import java.util.Collections;
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
        // Each route's channel list, looked up once: a cycle of 100,000 changes asks millions of times.
        List<List<StatusChange>> routeLists = new ArrayList<>(Collections.nCopies(routes.size(), null));
        for (StatusChange change : changes) {
            if (!snoozedProjects.isEmpty() && snoozedProjects.contains(change.projectId())) {
                continue;
            }
            for (int r = 0; r < routes.size(); r++) {
                Route route = routes.get(r);
                if (!route.matches(change)) {
                    continue;
                }
                List<StatusChange> channel = routeLists.get(r);
                if (channel == null) {
                    channel = byChannel.computeIfAbsent(route.channel(), key -> new ArrayList<>());
                    routeLists.set(r, channel);
                }
                // Two subscriptions of one channel both matching: the change is already there, as its last entry.
                if (channel.isEmpty() || channel.get(channel.size() - 1) != change) {
                    channel.add(change);
                }
                List<Mention> wanted = route.mentionsFor(change.severity());
                if (!wanted.isEmpty()) {
                    mentions.computeIfAbsent(route.channel(), key -> new LinkedHashSet<>()).addAll(wanted);
                }
            }
        }
        List<ChannelBatch> batches = new ArrayList<>(byChannel.size());
        byChannel.forEach((channel, list) -> batches.add(new ChannelBatch(channel, list,
                mentions.getOrDefault(channel, Set.of()))));
        return batches;
    }
}
