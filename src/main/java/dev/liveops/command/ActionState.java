package dev.liveops.command;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a destructive action. Moves only forward, and every move is a compare-and-set in the store, which is
 * what makes a double press, two platforms at once or a restart unable to execute it twice.
 */
public enum ActionState {
    AWAITING_CONFIRMATION,
    AWAITING_APPROVAL,
    /** Confirmed (and approved where needed), not yet sent: on restart it is still executed, once. */
    READY,
    /** Sent or being sent: on restart its outcome is unknown and it is never re-sent. */
    EXECUTING,
    DONE,
    FAILED,
    OUTCOME_UNKNOWN,
    CANCELLED,
    EXPIRED;

    /** The states that hold the project's one slot for a destructive action. */
    public static final Set<ActionState> ACTIVE = EnumSet.of(AWAITING_CONFIRMATION, AWAITING_APPROVAL, READY,
            EXECUTING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
