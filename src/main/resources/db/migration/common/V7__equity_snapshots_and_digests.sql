-- Each deployment's equity as the watcher saw it in live/list: one row per interval, and one whenever the status or
-- the deployment changes, so that P&L, drawdown and errors between digests can be read back. Pruned by age.
CREATE TABLE equity_snapshot (
    project_id BIGINT NOT NULL,
    deploy_id  TEXT   NOT NULL,
    taken_at   TEXT   NOT NULL,
    status     TEXT   NOT NULL,
    equity     TEXT,
    PRIMARY KEY (project_id, taken_at)
);
CREATE INDEX equity_snapshot_taken ON equity_snapshot (taken_at);

-- Digests set up from chat, one per channel; the person who set one bounds what it shows.
CREATE TABLE digest_schedule (
    platform          TEXT NOT NULL,
    channel_id        TEXT NOT NULL,
    cadence           TEXT NOT NULL,
    weekday           TEXT,
    at_time           TEXT NOT NULL,
    zone              TEXT NOT NULL,
    set_by_id         TEXT NOT NULL,
    set_by_name       TEXT NOT NULL,
    set_by_groups     TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id)
);

-- The last digest period queued for each channel (the scheduled time it stands for), written in the same transaction
-- as its outbox message: a period is sent once, whatever restarts or takeovers happen.
CREATE TABLE digest_sent (
    platform   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    period_at  TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id)
);
