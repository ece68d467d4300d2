package dev.liveops.notify;

import dev.liveops.quantconnect.model.LiveDeployment;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.subscription.Snooze;
import dev.liveops.subscription.SnoozeStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The messages a watcher step's status changes produce: the outcome of an action to the channel it came from, and one
 * batch per subscribed channel, which then does not hear the same change twice. A poll and a close-watch read both
 * come here, so the two cannot word or deduplicate a change differently.
 */
final class ChangeMessages {
    private final ChangeRouter router = new ChangeRouter();
    private final NotificationComposer composer;
    private final ActionOutcomes outcomes;
    private final RouteBook routes;
    private final SnoozeStore snoozes;
    private final NotificationObserver observer;

    ChangeMessages(NotificationComposer composer, ActionOutcomes outcomes, RouteBook routes, SnoozeStore snoozes,
                   NotificationObserver observer) {
        this.composer = composer;
        this.outcomes = outcomes;
        this.routes = routes;
        this.snoozes = snoozes;
        this.observer = observer;
    }

    /**
     * Each watch an action's outcome settles goes into {@code ended}. {@code listed} gives what QuantConnect listed,
     * by deploy id: made only when a watched project changed, since a poll's list may hold 100,000 deployments.
     */
    List<OutboundMessage> route(List<StatusChange> changes, Instant now, List<CloseWatch> watches,
                                Set<String> ended, Supplier<Map<String, LiveDeployment>> listed) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<OutboundMessage> messages = new ArrayList<>();
        Set<ActionOutcomes.Told> toldOutcome = new HashSet<>();
        Set<Long> watched = watches.stream().map(watch -> watch.action().projectId()).collect(Collectors.toSet());
        Map<String, LiveDeployment> seen = null;
        for (StatusChange change : changes) {
            // Only a watched project's change can settle an action: the rest of a large cycle skips the look.
            if (change.to().isPresent() && watched.contains(change.projectId())) {
                seen = seen == null ? listed.get() : seen;
                Optional<Instant> reportedAt = Optional.ofNullable(seen.get(change.deployId()))
                        .flatMap(ChangeMessages::reportedAt);
                messages.addAll(outcomes.settle(watches, new ActionOutcomes.Seen(change.projectId(),
                        change.deployId(), change.to().get(), change.from(), reportedAt, change.at(), change.error()),
                        ended, toldOutcome));
            }
        }
        Set<Long> snoozed = snoozes.active(now).stream().map(Snooze::projectId).collect(Collectors.toSet());
        List<NotificationComposer.Grouping> groupings = new ArrayList<>();
        for (ChannelBatch batch : router.route(changes, routes.routes(), snoozed)) {
            List<StatusChange> rest = toldOutcome.isEmpty() ? batch.changes() : batch.changes().stream()
                    .filter(change -> !toldOutcome.contains(new ActionOutcomes.Told(batch.channel(),
                            change.projectId()))).toList();
            for (int told = rest.size(); told < batch.changes().size(); told++) {
                observer.delivery(batch.channel().platform(), NotificationObserver.Delivery.DEDUPLICATED);
            }
            if (!rest.isEmpty()) {
                ChannelBatch kept = new ChannelBatch(batch.channel(), rest, batch.mentions());
                messages.add(new OutboundMessage(batch.channel(),
                        composer.batch(kept, same -> groupingOf(same, groupings))));
            }
        }
        return messages;
    }

    /** Channels that subscribe alike see the same changes: their grouping is made once per step. */
    private NotificationComposer.Grouping groupingOf(List<StatusChange> changes,
                                                     List<NotificationComposer.Grouping> made) {
        // Channels routed through one filter hold its very list: found without reading 100,000 changes.
        for (NotificationComposer.Grouping grouping : made) {
            if (grouping.changes() == changes) {
                return grouping;
            }
        }
        for (NotificationComposer.Grouping grouping : made) {
            if (grouping.isOf(changes)) {
                return grouping;
            }
        }
        NotificationComposer.Grouping grouping = composer.grouping(changes);
        made.add(grouping);
        return grouping;
    }

    /** When QuantConnect says the deployment reached its status: stopped for an end, launched otherwise. */
    static Optional<Instant> reportedAt(LiveDeployment deployment) {
        return Optional.ofNullable(deployment.status().phase() == LiveStatus.Phase.TERMINAL ? deployment.stopped()
                : deployment.launched());
    }
}
