package dev.liveops.command;

import dev.liveops.access.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where pending destructive actions live, so that they survive a restart and are executed once. */
public interface PendingActionStore {
    /**
     * Stores a new action, first expiring the project's stale ones. Empty when the project already has an active
     * action: the one that blocks it is returned instead.
     */
    Optional<PendingAction> createUnlessBusy(PendingAction action, Instant now);

    Optional<PendingAction> find(String code);

    /** Moves the action from one state to another; false when it was no longer in {@code from} (someone won). */
    boolean transition(String code, ActionState from, ActionState to, String result);

    /**
     * As {@link #transition}, and records {@code owner} (a {@link ProcessIdentity#id()}) as the process carrying the
     * action on: recovery in another process leaves it alone while that process lives.
     */
    boolean claim(String code, ActionState from, ActionState to, String owner);

    /** Records the approver and moves AWAITING_APPROVAL to READY, owned by {@code owner}, atomically. */
    boolean approve(String code, Caller approver, String owner);

    /** Moves AWAITING_APPROVAL on, giving the approver until {@code expiresAt}. */
    boolean awaitApproval(String code, Instant expiresAt);

    List<PendingAction> inState(ActionState state);

    /**
     * Makes {@code newOwner} the owner of every action in {@code state} whose owner is gone (no owner, or one whose
     * {@link ProcessRegistry} lease ran out), and returns those: each one is taken over by exactly one process, and
     * an action whose owner lives is never among them.
     */
    List<PendingAction> takeOverOrphans(ActionState state, String newOwner);
}
