package dev.liveops.notify;

import dev.liveops.command.CommandName;
import dev.liveops.command.ExecutedAction;
import dev.liveops.notify.Route.ChannelKey;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A project LiveOps just stopped, liquidated or deployed, watched every few seconds until QuantConnect shows the
 * outcome, which then goes to the channel the command came from.
 */
public record CloseWatch(ExecutedAction action, Instant until, String replacedDeployId) {
    public CloseWatch {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(until, "until");
    }

    /**
     * Whether this status of this deployment is where the action ends. A deploy ends on its own deployment, or, when
     * QuantConnect's answer was lost, on whichever deployment replaced the one known before; a stop or liquidate on
     * the deployment it was sent for ending. Which of several such actions made the change is decided by
     * {@link ActionOutcomes}.
     */
    public boolean isSettledBy(String deployId, LiveStatus status) {
        if (action.kind() == CommandName.DEPLOY) {
            boolean ours = action.deployId() != null ? action.deployId().equals(deployId)
                    : !Objects.equals(replacedDeployId, deployId);
            return ours && status.phase() != LiveStatus.Phase.STARTING;
        }
        boolean ours = action.deployId() == null || action.deployId().equals(deployId);
        return ours && status.phase() == LiveStatus.Phase.TERMINAL;
    }

    /** Whether the status is what the action asked for: Stopped for a stop, Liquidated for a liquidate, Running. */
    public boolean asAsked(LiveStatus status) {
        return switch (action.kind()) {
            case STOP -> status == LiveStatus.STOPPED;
            case LIQUIDATE -> status == LiveStatus.LIQUIDATED;
            case DEPLOY -> status == LiveStatus.RUNNING;
            default -> false;
        };
    }

    /** The requester's channel, and the approver's when they answered elsewhere. */
    public Set<ChannelKey> channels() {
        Set<ChannelKey> channels = new LinkedHashSet<>();
        channels.add(new ChannelKey(action.requester().platform(), action.requester().channelId()));
        action.approver().ifPresent(a -> channels.add(new ChannelKey(a.platform(), a.channelId())));
        return channels;
    }

    /** "requested by alice (discord:1), approved by bob (slack:U2)" */
    public String attribution() {
        return "requested by " + action.requester().describe()
                + action.approver().map(a -> ", approved by " + a.describe()).orElse("");
    }
}
