-- Append-only audit trail: every command and every step of a destructive action.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT    NOT NULL,
    platform      TEXT    NOT NULL,
    user_id       TEXT    NOT NULL,
    user_name     TEXT    NOT NULL,
    channel_id    TEXT    NOT NULL,
    command_text  TEXT    NOT NULL,
    command       TEXT    NOT NULL,
    project_id    INTEGER,
    project_name  TEXT,
    step          TEXT    NOT NULL,
    outcome       TEXT    NOT NULL,
    action_code   TEXT,
    deploy_id     TEXT
);
CREATE INDEX audit_log_project ON audit_log (project_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Destructive actions between preview and result.
CREATE TABLE pending_action (
    code               TEXT    PRIMARY KEY,
    kind               TEXT    NOT NULL,
    project_id         INTEGER NOT NULL,
    project_name       TEXT    NOT NULL,
    requester_platform TEXT    NOT NULL,
    requester_id       TEXT    NOT NULL,
    requester_name     TEXT    NOT NULL,
    requester_channel  TEXT    NOT NULL,
    command_text       TEXT    NOT NULL,
    compile_id         TEXT,
    node_id            TEXT,
    node_name          TEXT,
    brokerage_profile  TEXT,
    needs_approval     INTEGER NOT NULL,
    approver_platform  TEXT,
    approver_id        TEXT,
    approver_name      TEXT,
    approver_channel   TEXT,
    state              TEXT    NOT NULL,
    requested_at       TEXT    NOT NULL,
    expires_at         TEXT    NOT NULL,
    result             TEXT    NOT NULL DEFAULT ''
);
-- One destructive action per project at a time, enforced by the database rather than by a lock in memory.
CREATE UNIQUE INDEX pending_action_one_per_project ON pending_action (project_id)
    WHERE state IN ('AWAITING_CONFIRMATION', 'AWAITING_APPROVAL', 'READY', 'EXECUTING');

-- Which channels want status-change notifications.
CREATE TABLE subscription (
    platform    TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    statuses    TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id)
);
