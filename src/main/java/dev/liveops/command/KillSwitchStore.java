package dev.liveops.command;

import java.util.List;

/**
 * Where each kill switch keeps its deployments and their progress, so that a restart in the middle finishes it
 * without sending anything twice. Every change of a target is a compare-and-set, as for {@link PendingActionStore}.
 */
public interface KillSwitchStore {
    /** Records the previewed deployments of the kill switch {@code code}, in preview order, all READY. */
    void add(String code, List<KillSwitchTarget> targets);

    /** The kill switch's deployments in preview order, as they stand now. */
    List<KillSwitchTarget> targets(String code);

    /** Moves one deployment on; false when it was no longer in {@code from} (another thread or process won). */
    boolean transition(String code, long projectId, ActionState from, ActionState to, String result);

    /** Forgets the deployments of a kill switch that was never created (another one was under way). */
    void discard(String code);
}
