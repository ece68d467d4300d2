package dev.liveops.command;

import dev.liveops.quantconnect.OutcomeUnknownException;
import dev.liveops.quantconnect.QuantConnectClient;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.BrokerageSettings;
import dev.liveops.quantconnect.model.CreateLiveRequest;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a confirmed stop, liquidate or deploy to QuantConnect, once, after checking that it still applies, and
 * reads back where the project stands. Every way this can end is an {@link ActionOutcome}; it never throws.
 */
final class ActionSender {
    private static final Logger log = LoggerFactory.getLogger(ActionSender.class);

    private final QuantConnectClient quantConnect;
    private final ActionRules rules;
    private final AlgorithmCommandSender commands;

    ActionSender(QuantConnectClient quantConnect, ActionRules rules) {
        this.quantConnect = quantConnect;
        this.rules = rules;
        this.commands = new AlgorithmCommandSender(quantConnect);
    }

    ActionOutcome send(PendingAction action) {
        try {
            return switch (action.kind()) {
                case STOP, LIQUIDATE -> stopOrLiquidate(action);
                case DEPLOY -> deploy(action);
                case COMMAND, BROADCAST -> commands.send(action);
                default -> throw new IllegalStateException(action.kind() + " is not a destructive action");
            };
        } catch (NotSent notSent) {
            return new ActionOutcome.NotSent(notSent.getMessage());
        } catch (QuantConnectException refused) {
            return new ActionOutcome.Refused(refused.getMessage());
        } catch (RuntimeException bug) {
            log.error("Sending {} failed unexpectedly", action.code(), bug);
            return new ActionOutcome.Internal();
        }
    }

    private ActionOutcome stopOrLiquidate(PendingAction action) {
        stillAsPreviewed(action);
        try {
            if (action.kind() == CommandName.STOP) {
                quantConnect.live().stop(action.projectId());
            } else {
                quantConnect.live().liquidate(action.projectId());
            }
        } catch (OutcomeUnknownException unknown) {
            return new ActionOutcome.Unknown(unknown.getMessage(), readBack(action));
        }
        return new ActionOutcome.Accepted(null, readBack(action));
    }

    private ActionOutcome deploy(PendingAction action) {
        BrokerageSettings brokerage = rules.brokerages().get(action.plan().brokerageProfile());
        if (brokerage == null) {
            throw new NotSent("The brokerage profile " + action.plan().brokerageProfile()
                    + " is no longer in the config; nothing was sent.");
        }
        String previous = stillNotLive(action);
        try {
            String created = quantConnect.live().create(new CreateLiveRequest(action.projectId(),
                    action.plan().compileId(), action.plan().nodeId(), brokerage)).deployId();
            return new ActionOutcome.Accepted(created, readBackDeploy(action, previous, true));
        } catch (OutcomeUnknownException unknown) {
            return new ActionOutcome.Unknown(unknown.getMessage(), readBackDeploy(action, previous, true));
        }
    }

    /** What was confirmed is what runs: a deployment that ended or was replaced since the preview is left alone. */
    private void stillAsPreviewed(PendingAction action) {
        LiveAlgorithm now = readBeforeSending(action);
        String previewed = action.plan().deployId();
        if (previewed != null && !previewed.equals(now.deployId())) {
            throw new NotSent(action.projectName() + " was redeployed since the preview (" + previewed + ", now "
                    + now.deployId() + "); nothing was sent. Request the " + action.kind().word() + " again.");
        }
        if (ActionPreviews.isOver(now)) {
            throw new NotSent(action.projectName() + " is already " + now.status().wireName() + "; nothing was sent.");
        }
    }

    /**
     * A project that went live since the preview is not deployed again. Returns the deployment known before
     * sending, null when there is none, so that the read-back can tell a new deployment from the old one.
     */
    private String stillNotLive(PendingAction action) {
        LiveAlgorithm now = readBeforeSending(action);
        if (!ActionPreviews.isOver(now)) {
            throw new NotSent(action.projectName() + " went live since the preview (" + now.status().wireName()
                    + ", deploy " + now.deployId() + "); nothing was sent.");
        }
        return now.wasEverDeployed() ? now.deployId() : null;
    }

    private LiveAlgorithm readBeforeSending(PendingAction action) {
        try {
            return quantConnect.live().read(action.projectId());
        } catch (QuantConnectException unreadable) {
            throw new NotSent("The status of " + action.projectName() + " could not be checked before sending ("
                    + unreadable.getMessage() + "); nothing was sent.");
        }
    }

    /** Where the project stands now, in one sentence; used after sending and after a restart. */
    String readBack(PendingAction action) {
        if (action.kind() == CommandName.DEPLOY) {
            return readBackDeploy(action, null, false);
        }
        try {
            LiveAlgorithm now = quantConnect.live().read(action.projectId());
            return "QuantConnect now reports " + action.projectName() + " as " + now.status().wireName() + ".";
        } catch (QuantConnectException unreadable) {
            return couldNotRead(unreadable);
        }
    }

    /**
     * After a deploy, only a deployment other than {@code previous} is its result: say which, or that none exists.
     * With {@code previous} unknown (after a restart), the latest deployment is named without calling it new.
     */
    private String readBackDeploy(PendingAction action, String previous, boolean previousKnown) {
        LiveAlgorithm now;
        try {
            now = quantConnect.live().read(action.projectId());
        } catch (QuantConnectException unreadable) {
            return couldNotRead(unreadable);
        }
        String project = action.projectName();
        if (!now.wasEverDeployed()) {
            return "QuantConnect shows no deployment of " + project + " yet.";
        }
        if (previousKnown && now.deployId().equals(previous)) {
            return "QuantConnect shows no new deployment of " + project + " yet (the latest, " + previous + ", is "
                    + now.status().wireName() + ").";
        }
        return "QuantConnect now reports " + project + " as " + now.status().wireName() + ", in "
                + (previousKnown ? "the new deployment " : "deployment ")
                + now.deployId() + ".";
    }

    private static String couldNotRead(QuantConnectException unreadable) {
        return "Its status could not be read back (" + unreadable.getMessage() + ").";
    }

    /** An action checked again just before sending and found not to apply any more. */
    private static final class NotSent extends RuntimeException {
        NotSent(String message) {
            super(message, null, false, false);
        }
    }
}
