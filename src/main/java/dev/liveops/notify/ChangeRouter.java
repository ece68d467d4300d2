package dev.liveops.notify;

import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.reply.Reply.Mention;
import dev.liveops.reply.Reply.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fans one cycle's changes out to channels: each change at most once per channel however many of its subscriptions
 * match, snoozed projects left out, and a channel's changes kept together so they can go as one message.
 *
 * <p>Each change is matched once per distinct {@link Route.Filter}, not once per route: at 100,000 changes and 20
 * subscriptions that is the difference between a few hundred thousand checks and two million. Channels hearing
 * through one filter share its (immutable) list. Channel order and mentions come out as a change-by-change,
 * route-by-route walk would give them.
 */
public final class ChangeRouter {
    private static final int SEVERITIES = Severity.values().length;

    public List<ChannelBatch> route(List<StatusChange> changes, List<Route> routes, Set<Long> snoozedProjects) {
        Map<Route.Filter, Integer> filterIds = new HashMap<>();
        List<Route.Filter> filters = new ArrayList<>();
        int[] filterOf = new int[routes.size()];
        for (int r = 0; r < routes.size(); r++) {
            filterOf[r] = filterIds.computeIfAbsent(routes.get(r).filter(), filter -> {
                filters.add(filter);
                return filters.size() - 1;
            });
        }
        Matches[] matches = match(changes, filters, snoozedProjects);
        Map<ChannelKey, List<Integer>> routesOf = new LinkedHashMap<>();
        for (int r = 0; r < routes.size(); r++) {
            routesOf.computeIfAbsent(routes.get(r).channel(), key -> new ArrayList<>()).add(r);
        }
        List<Heard> heard = new ArrayList<>();
        routesOf.forEach((channel, channelRoutes) -> {
            Heard first = null;
            for (int r : channelRoutes) {
                int index = matches[filterOf[r]].first();
                if (index >= 0 && (first == null || index < first.changeIndex())) {
                    first = new Heard(channel, channelRoutes, index, r);
                }
            }
            if (first != null) {
                heard.add(first);
            }
        });
        // The channel first reached in the walk of changes, then of routes, comes first, as it always has.
        heard.sort(Comparator.comparingInt(Heard::changeIndex).thenComparingInt(Heard::route));
        List<ChannelBatch> batches = new ArrayList<>(heard.size());
        for (Heard channel : heard) {
            batches.add(new ChannelBatch(channel.channel(), changesOf(channel.routes(), filterOf, matches, changes),
                    mentionsOf(channel.routes(), filterOf, matches, routes)));
        }
        return batches;
    }

    private static Matches[] match(List<StatusChange> changes, List<Route.Filter> filters, Set<Long> snoozed) {
        Matches[] matches = new Matches[filters.size()];
        for (int f = 0; f < matches.length; f++) {
            matches[f] = new Matches();
        }
        for (int i = 0; i < changes.size(); i++) {
            StatusChange change = changes.get(i);
            if (!snoozed.isEmpty() && snoozed.contains(change.projectId())) {
                continue;
            }
            int severity = -1;
            for (int f = 0; f < matches.length; f++) {
                if (filters.get(f).matches(change)) {
                    severity = severity < 0 ? change.severity().ordinal() : severity;
                    matches[f].add(i, change, severity);
                }
            }
        }
        return matches;
    }

    /** The channel's changes in cycle order: its one filter's list, or the union of its filters' by index. */
    private static List<StatusChange> changesOf(List<Integer> channelRoutes, int[] filterOf, Matches[] matches,
                                                List<StatusChange> changes) {
        int[] filters = channelRoutes.stream().mapToInt(r -> filterOf[r]).distinct()
                .filter(f -> matches[f].first() >= 0).toArray();
        if (filters.length == 1) {
            return matches[filters[0]].changes();
        }
        BitSet union = new BitSet(changes.size());
        for (int f : filters) {
            union.or(matches[f].indexes);
        }
        List<StatusChange> list = new ArrayList<>(union.cardinality());
        for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
            list.add(changes.get(i));
        }
        return list;
    }

    /**
     * Who to mention, added in the order the walk of changes and routes first asks for each: a route asks for a
     * severity's mentions first at the first change of that severity its filter matched.
     */
    private static Set<Mention> mentionsOf(List<Integer> channelRoutes, int[] filterOf, Matches[] matches,
                                           List<Route> routes) {
        List<Ask> asks = new ArrayList<>();
        for (int r : channelRoutes) {
            for (Severity severity : Severity.values()) {
                int index = matches[filterOf[r]].firstBySeverity[severity.ordinal()];
                if (index >= 0 && !routes.get(r).mentionsFor(severity).isEmpty()) {
                    asks.add(new Ask(index, r, severity));
                }
            }
        }
        if (asks.isEmpty()) {
            return Set.of();
        }
        asks.sort(Comparator.comparingInt(Ask::changeIndex).thenComparingInt(Ask::route));
        Set<Mention> mentions = new LinkedHashSet<>();
        for (Ask ask : asks) {
            mentions.addAll(routes.get(ask.route()).mentionsFor(ask.severity()));
        }
        return mentions;
    }

    /** A route asking for a severity's mentions, at the first change of that severity its filter matched. */
    private record Ask(int changeIndex, int route, Severity severity) {
    }

    /** A channel that hears something, and where the walk first reached it. */
    private record Heard(ChannelKey channel, List<Integer> routes, int changeIndex, int route) {
    }

    /** The changes one filter matched: in order, by index, and the first index of each severity. */
    private static final class Matches {
        private final List<StatusChange> list = new ArrayList<>();
        private final BitSet indexes = new BitSet();
        private final int[] firstBySeverity = new int[SEVERITIES];
        private List<StatusChange> shared;

        Matches() {
            Arrays.fill(firstBySeverity, -1);
        }

        void add(int index, StatusChange change, int severity) {
            list.add(change);
            indexes.set(index);
            if (firstBySeverity[severity] < 0) {
                firstBySeverity[severity] = index;
            }
        }

        int first() {
            return indexes.nextSetBit(0);
        }

        /** One immutable copy, shared by every channel hearing through this filter alone. */
        List<StatusChange> changes() {
            if (shared == null) {
                shared = List.copyOf(list);
            }
            return shared;
        }
    }
}
