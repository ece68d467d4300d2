-- The deployments a kill switch (stop all, liquidate all) was previewed with: one row each under the action's code,
-- with how far each got. A row moves READY -> EXECUTING before its stop or liquidate is sent, so one found
-- EXECUTING after a restart may have been sent: it is judged by what QuantConnect shows and never sent again.
CREATE TABLE kill_switch_target (
    code         TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    project_id   BIGINT  NOT NULL,
    project_name TEXT    NOT NULL,
    deploy_id    TEXT,
    state        TEXT    NOT NULL,
    result       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (code, project_id)
);
