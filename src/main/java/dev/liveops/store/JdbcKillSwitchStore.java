package dev.liveops.store;

import dev.liveops.command.ActionState;
import dev.liveops.command.KillSwitchStore;
import dev.liveops.command.KillSwitchTarget;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Kill switch deployments in SQL: each step is an {@code UPDATE ... WHERE state = :from}, so only one wins. */
public final class JdbcKillSwitchStore implements KillSwitchStore {
    private final Database database;

    public JdbcKillSwitchStore(Database database) {
        this.database = database;
    }

    @Override
    public void add(String code, List<KillSwitchTarget> targets) {
        database.jdbi().useTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO kill_switch_target (code, position, project_id, project_name, deploy_id, state, result)
                    VALUES (:code, :position, :project, :name, :deployId, :state, :result)""");
            for (int i = 0; i < targets.size(); i++) {
                KillSwitchTarget target = targets.get(i);
                batch.bind("code", code).bind("position", i).bind("project", target.projectId())
                        .bind("name", target.projectName()).bind("deployId", target.deployId())
                        .bind("state", target.state().name()).bind("result", target.result()).add();
            }
            if (!targets.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public List<KillSwitchTarget> targets(String code) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT * FROM kill_switch_target WHERE code = :code ORDER BY position")
                .bind("code", code)
                .map((rs, ctx) -> new KillSwitchTarget(rs.getLong("project_id"), rs.getString("project_name"),
                        rs.getString("deploy_id"), ActionState.valueOf(rs.getString("state")),
                        rs.getString("result")))
                .list());
    }

    @Override
    public boolean transition(String code, long projectId, ActionState from, ActionState to, String result) {
        return database.jdbi().withHandle(handle -> handle.createUpdate("UPDATE kill_switch_target "
                        + "SET state = :to, result = :result WHERE code = :code AND project_id = :project "
                        + "AND state = :from")
                .bind("to", to.name()).bind("result", result == null ? "" : result).bind("code", code)
                .bind("project", projectId).bind("from", from.name()).execute()) == 1;
    }

    @Override
    public void discard(String code) {
        database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM kill_switch_target WHERE code = :code")
                .bind("code", code).execute());
    }
}
