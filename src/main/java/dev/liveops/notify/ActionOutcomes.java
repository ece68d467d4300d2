package dev.liveops.notify;

import dev.liveops.command.CommandName;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import dev.liveops.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which watched action a status QuantConnect shows is the outcome of, and the message that tells its requester. A
 * stop whose answer was lost and a later stop that went through both wait on one deployment; the Stopped they then
 * see is the later one's doing, so only that one is credited with it, and the lost one is told it never took effect.
 */
final class ActionOutcomes {
    /** QuantConnect's times have whole seconds: an action sent within the second of a change may have made it. */
    private static final Duration QUANTCONNECT_TIME_GRAIN = Duration.ofSeconds(1);

    private final NotificationComposer composer;

    ActionOutcomes(NotificationComposer composer) {
        this.composer = composer;
    }

    /**
     * What QuantConnect shows of a project: a deployment, its status, the status it had before when known, when
     * QuantConnect says it changed (when it says), when LiveOps saw it, and its error text.
     */
    /** A channel already told of a project's change by an action's outcome. */
    record Told(ChannelKey channel, long projectId) {
    }

    record Seen(long projectId, String deployId, LiveStatus status, Optional<LiveStatus> before,
                Optional<Instant> reportedAt, Instant seenAt, String error) {
        /** By QuantConnect's clock when it says, else when LiveOps saw it. */
        Instant changedAt() {
            return reportedAt.orElse(seenAt);
        }
    }

    /**
     * Messages for the watches this status settles. Each settled watch's code goes into {@code ended}, and each
     * requester's channel into {@code told}, so that it does not hear the same change twice.
     */
    List<OutboundMessage> settle(Collection<CloseWatch> watches, Seen seen, Set<String> ended, Set<Told> told) {
        List<CloseWatch> settled = watches.stream()
                .filter(w -> w.action().projectId() == seen.projectId() && !ended.contains(w.action().code())
                        && w.isSettledBy(seen.deployId(), seen.status()))
                .sorted(Comparator.comparing((CloseWatch w) -> w.action().at()))
                .toList();
        if (settled.isEmpty()) {
            return List.of();
        }
        CloseWatch owner = owner(settled, seen);
        List<OutboundMessage> messages = new ArrayList<>();
        for (CloseWatch watch : settled) {
            // QuantConnect accepted it: the project is where it asked, whoever got there first.
            Reply reply;
            if (watch == owner || watch.action().accepted()) {
                reply = composer.actionOutcome(watch, seen.status(), seen.deployId(), seen.error());
            } else if (changedAfterSending(seen, owner)) {
                reply = composer.actionNeverTookEffect(watch, owner, seen.before());
            } else {
                reply = composer.actionNotAttributable(watch, owner, seen.status());
            }
            messages.addAll(toRequester(watch, reply));
            ended.add(watch.action().code());
            watch.channels().forEach(channel -> told.add(new Told(channel, seen.projectId())));
        }
        return messages;
    }

    /**
     * Whether QuantConnect's own clock puts the change no earlier than the owner was sent: only then is it known that
     * the project had not changed yet when the owner went out, so that the lost action had not taken effect.
     */
    private static boolean changedAfterSending(Seen seen, CloseWatch owner) {
        return seen.reportedAt().filter(at -> !at.isBefore(owner.action().at())).isPresent();
    }

    /**
     * The deploy whose own new deployment this is; otherwise the last action sent before the change; the first one
     * when QuantConnect's clock puts the change before all of them.
     */
    private static CloseWatch owner(List<CloseWatch> settled, Seen seen) {
        for (CloseWatch watch : settled) {
            String created = watch.action().deployId();
            if (watch.action().kind() == CommandName.DEPLOY && created != null && created.equals(seen.deployId())) {
                return watch;
            }
        }
        Instant latestCause = seen.changedAt().plus(QUANTCONNECT_TIME_GRAIN);
        CloseWatch owner = settled.get(0);
        for (CloseWatch watch : settled) {
            if (!watch.action().at().isAfter(latestCause)) {
                owner = watch;
            }
        }
        return owner;
    }

    /** The same message to the requester's channel and, when they answered elsewhere, the approver's. */
    static List<OutboundMessage> toRequester(CloseWatch watch, Reply reply) {
        List<OutboundMessage> messages = new ArrayList<>();
        for (ChannelKey channel : watch.channels()) {
            messages.add(new OutboundMessage(channel, reply));
        }
        return messages;
    }
}
