package dev.liveops.command;

import dev.liveops.access.AuditStep;
import dev.liveops.quantconnect.LiveApi;
import dev.liveops.quantconnect.QuantConnectException;
import dev.liveops.quantconnect.model.LiveAlgorithm;
import dev.liveops.quantconnect.model.LiveStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An action whose process died while sending it, judged by what QuantConnect shows now: done when the effect shows,
 * not done when the project is exactly as it was previewed, unknown otherwise. It is never sent again, and "not
 * done" says what QuantConnect shows, never that nothing was sent: the process may have sent it.
 */
final class InterruptedSend {
    private static final String INTERRUPTED = "The LiveOps process sending this stopped before it finished; it was "
            + "not sent again. ";

    private final LiveApi live;

    InterruptedSend(LiveApi live) {
        this.live = live;
    }

    /** The truth for the requester, and what the store and the audit keep. */
    record Verdict(ActionState state, AuditStep step, String title, String result) {
        static Verdict done(String why) {
            return new Verdict(ActionState.DONE, AuditStep.EXECUTED, "Done", INTERRUPTED + why);
        }

        static Verdict notDone(String why) {
            return new Verdict(ActionState.FAILED, AuditStep.EXECUTION_FAILED, "Not done", INTERRUPTED + why);
        }

        static Verdict unknown(String why) {
            return new Verdict(ActionState.OUTCOME_UNKNOWN, AuditStep.OUTCOME_UNKNOWN, "Outcome unknown",
                    INTERRUPTED + why);
        }
    }

    Verdict judge(PendingAction action) {
        if (action.plan().command() != null) {
            return Verdict.unknown("A command leaves no status to judge it by, so whether QuantConnect received it "
                    + "is unknown; the algorithm's logs may show it.");
        }
        LiveAlgorithm now;
        try {
            now = live.read(action.projectId());
        } catch (QuantConnectException unreadable) {
            return Verdict.unknown("Its status could not be read back (" + unreadable.getMessage()
                    + "), so whether QuantConnect received it is unknown.");
        }
        return action.kind() == CommandName.DEPLOY ? deploy(action, now) : stopOrLiquidate(action, now);
    }

    private static Verdict stopOrLiquidate(PendingAction action, LiveAlgorithm now) {
        String project = action.projectName();
        String word = action.kind().word();
        String previewed = action.plan().deployId();
        String shows = "QuantConnect reports " + project + " as " + now.status().wireName() + " in deployment "
                + now.deployId();
        if (previewed != null && !previewed.equals(now.deployId())) {
            return Verdict.unknown(shows + ", not the previewed " + previewed + ", so whether the " + word
                    + " reached " + previewed + " is unknown.");
        }
        LiveStatus effect = action.kind() == CommandName.STOP ? LiveStatus.STOPPED : LiveStatus.LIQUIDATED;
        if (now.status() == effect || (action.kind() == CommandName.STOP && ActionPreviews.isOver(now))) {
            return Verdict.done(shows + ": the " + word + " has taken effect.");
        }
        if (ActionPreviews.isOver(now)) {
            return Verdict.unknown(shows + ", so whether the " + word + " reached it is unknown.");
        }
        return Verdict.notDone(shows + ", as previewed: the " + word + " has not taken effect. Request it again if it is "
                + "still wanted.");
    }

    /** A deployment launched after the request can only come from it (or from someone acting meanwhile). */
    private static Verdict deploy(PendingAction action, LiveAlgorithm now) {
        String project = action.projectName();
        if (!now.wasEverDeployed()) {
            return Verdict.notDone("QuantConnect shows no deployment of " + project + ": the deploy has not "
                    + "taken effect. Request it again if it is still wanted.");
        }
        String shows = "QuantConnect reports " + project + " as " + now.status().wireName() + " in deployment "
                + now.deployId();
        Instant requested = action.requestedAt().truncatedTo(ChronoUnit.SECONDS);
        if (now.launched() == null) {
            return Verdict.unknown(shows + ", with no launch time, so whether it came from this deploy is unknown.");
        }
        if (!now.launched().isBefore(requested)) {
            return Verdict.done(shows + ", launched after this deploy was requested: the deploy has taken effect.");
        }
        if (ActionPreviews.isOver(now)) {
            return Verdict.notDone(shows + ", launched before this deploy was requested, and no newer one: the "
                    + "deploy has not taken effect. Request it again if it is still wanted.");
        }
        return Verdict.unknown(shows + ", launched before this deploy was requested, so whether the deploy "
                + "reached QuantConnect is unknown.");
    }
}
