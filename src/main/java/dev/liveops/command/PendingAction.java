package dev.liveops.command;

import dev.liveops.access.Caller;
import dev.liveops.access.Permission;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stop, liquidate or deploy between preview and result. {@code plan} holds what the preview showed and the
 * execution will use (node, compile id, brokerage profile name): what was confirmed is exactly what runs.
 */
public record PendingAction(
        String code,
        CommandName kind,
        long projectId,
        String projectName,
        Caller requester,
        String commandText,
        ActionPlan plan,
        boolean needsApproval,
        Optional<Caller> approver,
        ActionState state,
        Instant requestedAt,
        Instant expiresAt,
        String result) {
    public PendingAction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(state, "state");
        result = result == null ? "" : result;
    }

    /**
     * The project every kill switch (stop all, liquidate all) holds: the database's one-active-action-per-project
     * rule then lets one kill switch run at a time. Its deployments are kept by {@link KillSwitchStore}.
     */
    public static final long KILL_SWITCH_PROJECT = 0L;

    public boolean isKillSwitch() {
        return projectId == KILL_SWITCH_PROJECT;
    }

    /**
     * The permission it acts with: an algorithm command's or a broadcast's own (a broadcast also takes
     * {@code broadcast}, see {@code AccessPolicy.mayBroadcast}), else the kind's.
     */
    public Permission permission() {
        return plan.command() != null ? plan.command().permission() : kind.permission().orElseThrow();
    }

    public boolean isExpired(Instant now) {
        return state.isActive() && state != ActionState.READY && state != ActionState.EXECUTING
                && now.isAfter(expiresAt);
    }

    /**
     * For deploy, the compile, node and brokerage profile to use; for stop and liquidate, the deployment that was
     * previewed, so that a redeploy in between is not stopped or liquidated by an old confirmation. For an
     * algorithm command or broadcast, {@code command} is exactly what will be sent (null for the others).
     */
    public record ActionPlan(String compileId, String nodeId, String nodeName, String brokerageProfile,
                             String deployId, CommandPlan command) {
        public ActionPlan(String compileId, String nodeId, String nodeName, String brokerageProfile,
                          String deployId) {
            this(compileId, nodeId, nodeName, brokerageProfile, deployId, null);
        }

        public static ActionPlan of(String deployId) {
            return new ActionPlan(null, null, null, null, deployId);
        }
    }
}
