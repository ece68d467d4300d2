package dev.liveops.store;

import dev.liveops.access.Caller;
import dev.liveops.access.Platform;
import dev.liveops.command.ActionState;
import dev.liveops.command.CommandName;
import dev.liveops.command.PendingAction;
import dev.liveops.command.CommandPlan;
import dev.liveops.command.PendingAction.ActionPlan;
import dev.liveops.command.PendingActionStore;
import dev.liveops.leader.FencedWriteException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Pending actions in SQL. Every state change is an {@code UPDATE ... WHERE state = :from}: of two confirms racing,
 * from two threads, platforms or processes, exactly one sees a row change.
 */
public final class JdbcPendingActionStore implements PendingActionStore {
    /** Writes and reads an algorithm command's plan; Jackson's mapper is thread-safe once built. */
    private static final StoreJson COMMANDS = new StoreJson();
    private static final String ACTIVE = "('AWAITING_CONFIRMATION', 'AWAITING_APPROVAL', 'READY', 'EXECUTING')";

    /** No owner (a row from before owners were kept), or one whose lease ran out by the database's clock. */
    private static final String OWNER_GONE = "(owner_process IS NULL OR NOT EXISTS (SELECT 1 FROM process "
            + "WHERE process.id = pending_action.owner_process AND process.alive_until > :now))";

    private final Database database;
    private final Fence fence;

    /** For one process that never elects a leader: nothing is fenced. */
    public JdbcPendingActionStore(Database database) {
        this(database, Fence.unfenced());
    }

    /** Sending (READY to EXECUTING) is fenced: a leader deposed since it took the confirmation sends nothing. */
    public JdbcPendingActionStore(Database database, Fence fence) {
        this.database = database;
        this.fence = fence;
    }

    @Override
    public Optional<PendingAction> createUnlessBusy(PendingAction action, Instant now) {
        try {
            return tryCreate(action, now);
        } catch (UnableToExecuteStatementException failed) {
            if (!String.valueOf(failed.getMessage()).contains("pending_action_one_per_project")
                    && !String.valueOf(failed.getMessage()).contains("UNIQUE")) {
                throw failed;
            }
            // Another request for the same project was inserted between our check and our insert.
            Optional<PendingAction> winner = activeFor(action.projectId());
            if (winner.isEmpty()) {
                throw failed;
            }
            return winner;
        }
    }

    private Optional<PendingAction> activeFor(long projectId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM pending_action "
                        + "WHERE project_id = :project AND state IN " + ACTIVE)
                .bind("project", projectId).map((rs, ctx) -> read(rs)).findOne());
    }

    private Optional<PendingAction> tryCreate(PendingAction action, Instant now) {
        return database.jdbi().inTransaction(handle -> {
            handle.createUpdate("UPDATE pending_action SET state = 'EXPIRED' WHERE project_id = :project "
                            + "AND state IN ('AWAITING_CONFIRMATION', 'AWAITING_APPROVAL') AND expires_at < :now")
                    .bind("project", action.projectId()).bind("now", StoredTime.format(now)).execute();
            Optional<PendingAction> blocking = handle.createQuery("SELECT * FROM pending_action "
                            + "WHERE project_id = :project AND state IN " + ACTIVE)
                    .bind("project", action.projectId()).map((rs, ctx) -> read(rs)).findOne();
            if (blocking.isPresent()) {
                return blocking;
            }
            insert(handle, action);
            return Optional.<PendingAction>empty();
        });
    }

    private static void insert(Handle handle, PendingAction action) {
        handle.createUpdate("""
                        INSERT INTO pending_action (code, kind, project_id, project_name, requester_platform,
                            requester_id, requester_name, requester_channel, command_text, compile_id, node_id,
                            node_name, brokerage_profile, deploy_id, needs_approval, state, requested_at, expires_at,
                            result, algorithm_command)
                        VALUES (:code, :kind, :project, :projectName, :platform, :userId, :userName, :channel,
                            :text, :compileId, :nodeId, :nodeName, :profile, :deployId, :needsApproval, :state,
                            :requestedAt, :expiresAt, :result, :algorithmCommand)""")
                .bind("code", action.code())
                .bind("kind", action.kind().name())
                .bind("project", action.projectId())
                .bind("projectName", action.projectName())
                .bind("platform", action.requester().platform().name())
                .bind("userId", action.requester().userId())
                .bind("userName", action.requester().displayName())
                .bind("channel", action.requester().channelId())
                .bind("text", action.commandText())
                .bind("compileId", action.plan().compileId())
                .bind("nodeId", action.plan().nodeId())
                .bind("nodeName", action.plan().nodeName())
                .bind("profile", action.plan().brokerageProfile())
                .bind("deployId", action.plan().deployId())
                .bind("needsApproval", action.needsApproval() ? 1 : 0)
                .bind("state", action.state().name())
                .bind("requestedAt", StoredTime.format(action.requestedAt()))
                .bind("expiresAt", StoredTime.format(action.expiresAt()))
                .bind("result", action.result())
                .bind("algorithmCommand", action.plan().command() == null ? null
                        : COMMANDS.write(action.plan().command()))
                .execute();
    }

    @Override
    public Optional<PendingAction> find(String code) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM pending_action WHERE code = :code")
                .bind("code", code).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public boolean transition(String code, ActionState from, ActionState to, String result) {
        return write(code, from, to, handle -> change(handle, code, from, to, result));
    }

    /** Sending (READY to EXECUTING) is fenced whichever way it is recorded; every other step is not. */
    private boolean write(String code, ActionState from, ActionState to,
                          HandleCallback<Boolean, RuntimeException> step) {
        if (from != ActionState.READY || to != ActionState.EXECUTING) {
            return database.jdbi().withHandle(step);
        }
        try {
            return fence.asSelf(database.jdbi(), "send action " + code, step);
        } catch (FencedWriteException refused) {
            // Ended here, so the project is not held by an action nobody will send.
            database.jdbi().withHandle(handle -> change(handle, code, ActionState.READY, ActionState.FAILED,
                    "Not sent: LiveOps handed over to another of its processes while this was confirmed."));
            throw refused;
        }
    }

    private static boolean change(Handle handle, String code, ActionState from, ActionState to, String result) {
        return handle.createUpdate("UPDATE pending_action SET state = :to, "
                        + "result = :result WHERE code = :code AND state = :from")
                .bind("to", to.name()).bind("result", result == null ? "" : result)
                .bind("code", code).bind("from", from.name()).execute() == 1;
    }

    @Override
    public boolean claim(String code, ActionState from, ActionState to, String owner) {
        return write(code, from, to, handle -> handle.createUpdate("UPDATE pending_action SET state = :to, "
                        + "owner_process = :owner WHERE code = :code AND state = :from")
                .bind("to", to.name()).bind("owner", owner).bind("code", code).bind("from", from.name())
                .execute() == 1);
    }

    @Override
    public boolean approve(String code, Caller approver, String owner) {
        return database.jdbi().withHandle(handle -> handle.createUpdate("""
                        UPDATE pending_action SET state = 'READY', approver_platform = :platform,
                            approver_id = :userId, approver_name = :userName, approver_channel = :channel,
                            owner_process = :owner
                        WHERE code = :code AND state = 'AWAITING_APPROVAL'""")
                .bind("platform", approver.platform().name()).bind("userId", approver.userId())
                .bind("userName", approver.displayName()).bind("channel", approver.channelId())
                .bind("owner", owner).bind("code", code).execute()) == 1;
    }

    @Override
    public boolean awaitApproval(String code, Instant expiresAt) {
        return database.jdbi().withHandle(handle -> handle.createUpdate("UPDATE pending_action SET "
                        + "state = 'AWAITING_APPROVAL', expires_at = :expires "
                        + "WHERE code = :code AND state = 'AWAITING_CONFIRMATION'")
                .bind("expires", StoredTime.format(expiresAt)).bind("code", code).execute()) == 1;
    }

    @Override
    public List<PendingAction> inState(ActionState state) {
        return database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT * FROM pending_action WHERE state = :state ORDER BY requested_at")
                .bind("state", state.name()).map((rs, ctx) -> read(rs)).list());
    }

    @Override
    public List<PendingAction> takeOverOrphans(ActionState state, String newOwner) {
        return database.jdbi().withHandle(handle -> {
            String now = StoredTime.format(DatabaseClock.now(handle));
            List<Orphan> orphans = handle.createQuery("SELECT * FROM pending_action WHERE state = :state AND "
                            + OWNER_GONE + " ORDER BY requested_at")
                    .bind("state", state.name()).bind("now", now)
                    .map((rs, ctx) -> new Orphan(read(rs), rs.getString("owner_process"))).list();
            return orphans.stream().filter(orphan -> takeOver(handle, orphan, state, newOwner, now))
                    .map(Orphan::action).toList();
        });
    }

    /** Only if its owner is still the gone one seen: of two processes taking an action over, one wins. */
    private static boolean takeOver(Handle handle, Orphan orphan, ActionState state, String newOwner, String now) {
        Update update = handle.createUpdate("UPDATE pending_action SET owner_process = :newOwner "
                        + "WHERE code = :code AND state = :state AND "
                        + (orphan.owner() == null ? "owner_process IS NULL" : "owner_process = :seen")
                        + " AND " + OWNER_GONE)
                .bind("newOwner", newOwner).bind("code", orphan.action().code()).bind("state", state.name())
                .bind("now", now);
        if (orphan.owner() != null) {
            update.bind("seen", orphan.owner());
        }
        return update.execute() == 1;
    }

    private record Orphan(PendingAction action, String owner) {
    }

    private static PendingAction read(ResultSet rs) throws SQLException {
        Caller requester = new Caller(Platform.valueOf(rs.getString("requester_platform")),
                rs.getString("requester_id"), rs.getString("requester_name"), Set.of(),
                rs.getString("requester_channel"));
        Optional<Caller> approver = rs.getString("approver_id") == null ? Optional.empty()
                : Optional.of(new Caller(Platform.valueOf(rs.getString("approver_platform")),
                        rs.getString("approver_id"), rs.getString("approver_name"), Set.of(),
                        rs.getString("approver_channel")));
        return new PendingAction(
                rs.getString("code"),
                CommandName.valueOf(rs.getString("kind")),
                rs.getLong("project_id"),
                rs.getString("project_name"),
                requester,
                rs.getString("command_text"),
                new ActionPlan(rs.getString("compile_id"), rs.getString("node_id"), rs.getString("node_name"),
                        rs.getString("brokerage_profile"), rs.getString("deploy_id"),
                        rs.getString("algorithm_command") == null ? null
                                : COMMANDS.read(rs.getString("algorithm_command"), CommandPlan.class)),
                rs.getInt("needs_approval") == 1,
                approver,
                ActionState.valueOf(rs.getString("state")),
                StoredTime.parse(rs.getString("requested_at")),
                StoredTime.parse(rs.getString("expires_at")),
                rs.getString("result"));
    }
}
