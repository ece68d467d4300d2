package dev.liveops.command;

import dev.liveops.quantconnect.OutcomeUnknownException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.AlgorithmCommand;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import java.util.Optional;

/**
 * Sends an algorithm command or broadcast, once: a command only to the deployment that was previewed, and only while
 * it can receive it. QuantConnect refusing it surfaces as a {@link QuantConnectException} for {@link ActionSender}.
 */
final class AlgorithmCommandSender {
    private final QuantConnectClient quantConnect;

    AlgorithmCommandSender(QuantConnectClient quantConnect) {
        this.quantConnect = quantConnect;
    }

    ActionOutcome send(PendingAction action) {
        CommandPlan plan = action.plan().command();
        AlgorithmCommand command = new AlgorithmCommand(plan.fields());
        if (plan.isBroadcast()) {
            try {
                quantConnect.algorithms().broadcast(plan.organizationId(), Optional.empty(), command);
            } catch (OutcomeUnknownException unknown) {
                return new ActionOutcome.Unknown(unknown.getMessage(), "Whether the running deployments received "
                        + "it is unknown; their logs may show it.");
            }
            return new ActionOutcome.Accepted(null, CommandDelivery.broadcastAccepted(plan.reaches()));
        }
        LiveAlgorithm now;
        try {
            now = quantConnect.live().read(action.projectId());
        } catch (QuantConnectException unreadable) {
            return new ActionOutcome.NotSent("The status of " + action.projectName() + " could not be checked before "
                    + "sending (" + unreadable.getMessage() + "); nothing was sent.");
        }
        String previewed = action.plan().deployId();
        if (previewed != null && !previewed.equals(now.deployId())) {
            return new ActionOutcome.NotSent(action.projectName() + " was redeployed since the preview (" + previewed
                    + ", now " + now.deployId() + "); nothing was sent. Request the command again.");
        }
        if (!CommandDelivery.canReceive(now)) {
            return new ActionOutcome.NotSent(CommandDelivery.notRunning(action.projectName(), now, plan.name()));
        }
        try {
            quantConnect.algorithms().command(action.projectId(), command);
        } catch (OutcomeUnknownException unknown) {
            return new ActionOutcome.Unknown(unknown.getMessage(), "Whether the algorithm received it is unknown; "
                    + "its logs may show it.");
        }
        return new ActionOutcome.Accepted(null, CommandDelivery.accepted(action.projectName(), now.deployId(),
                now.status()));
    }
}
