package dev.liveops.command;

import java.util.Objects;

/**
 * One deployment of a kill switch (stop all, liquidate all): the one the preview showed, and how far it got.
 * {@code state} is READY until it is about to be sent, EXECUTING from just before the send (never sent again after a
 * restart), then DONE, FAILED or OUTCOME_UNKNOWN with {@code result} saying why, in whole sentences.
 */
public record KillSwitchTarget(long projectId, String projectName, String deployId, ActionState state,
                               String result) {
    public KillSwitchTarget {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(state, "state");
        result = result == null ? "" : result;
    }

    /** Previewed, not yet sent. */
    public static KillSwitchTarget ready(long projectId, String projectName, String deployId) {
        return new KillSwitchTarget(projectId, projectName, deployId, ActionState.READY, "");
    }

    KillSwitchTarget ended(ActionState to, String why) {
        return new KillSwitchTarget(projectId, projectName, deployId, to, why);
    }
}
