-- Who subscribed (their access bounds what the channel hears) and which projects they asked for.
ALTER TABLE subscription ADD COLUMN project TEXT NOT NULL DEFAULT '*';
ALTER TABLE subscription ADD COLUMN subscriber_id TEXT NOT NULL DEFAULT '';
ALTER TABLE subscription ADD COLUMN subscriber_name TEXT NOT NULL DEFAULT '';
ALTER TABLE subscription ADD COLUMN subscriber_groups TEXT NOT NULL DEFAULT '';

-- Projects whose alerts are silenced for a while.
CREATE TABLE snooze (
    project_id   BIGINT PRIMARY KEY,
    project_name TEXT NOT NULL,
    until        TEXT NOT NULL,
    snoozed_by   TEXT NOT NULL
);

-- The last status the watcher saw of each project's latest deployment.
CREATE TABLE watched_deployment (
    project_id    BIGINT PRIMARY KEY,
    deploy_id     TEXT NOT NULL,
    status        TEXT NOT NULL,
    error         TEXT,
    equity        TEXT,
    since         TEXT NOT NULL,
    last_alert_at TEXT
);

-- Single values of the watcher: whether the baseline was taken, the outage in progress.
CREATE TABLE watcher_state (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Notifications, written in the same transaction as the state change they report; marked when delivered.
CREATE TABLE outbox (
    id              ${id_column},
    platform        TEXT    NOT NULL,
    channel_id      TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    queued_at       TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    sent_at         TEXT,
    abandoned_at    TEXT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;

-- Projects LiveOps just acted on, watched closely until the outcome shows.
CREATE TABLE close_watch (
    code    TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    until   TEXT NOT NULL
);
