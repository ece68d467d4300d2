-- Which order events a chat subscription hears beside status changes: none, filled or all.
ALTER TABLE subscription ADD COLUMN order_alerts TEXT NOT NULL DEFAULT 'none';

-- Deployments whose orders the watcher has read: how many orders it knows of (the next read looks back from there).
-- No row means never read: the first read takes the orders already there as history, silently.
CREATE TABLE order_watch (
    deploy_id   TEXT    PRIMARY KEY,
    project_id  BIGINT  NOT NULL,
    frontier    INTEGER NOT NULL,
    since       TEXT    NOT NULL
);
CREATE INDEX order_watch_project ON order_watch (project_id);

-- Each order status seen once per deployment, written with the messages that told it: told at most once.
CREATE TABLE order_event_seen (
    deploy_id  TEXT   NOT NULL,
    order_id   BIGINT NOT NULL,
    status     TEXT   NOT NULL,
    PRIMARY KEY (deploy_id, order_id, status)
);
