-- Which LiveOps process carries each confirmed action on, so that recovery never judges one a live process is
-- still sending. owner_epoch is the leader's fencing epoch when it sent (0 until leadership fills it in).
ALTER TABLE pending_action ADD COLUMN owner_process TEXT;
ALTER TABLE pending_action ADD COLUMN owner_epoch BIGINT NOT NULL DEFAULT 0;

-- Every LiveOps process on this store, renewing alive_until (database clock) while it lives; host and pid are for
-- people reading the table.
CREATE TABLE process (
    id          TEXT   PRIMARY KEY,
    host        TEXT   NOT NULL,
    pid         BIGINT NOT NULL,
    started_at  TEXT   NOT NULL,
    alive_until TEXT   NOT NULL
);

-- Chat deliveries already taken (a Slack trigger id, a Discord interaction id): a retried delivery runs nothing.
CREATE TABLE inbound_delivery (
    platform    TEXT NOT NULL,
    delivery_id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (platform, delivery_id)
);
CREATE INDEX inbound_delivery_age ON inbound_delivery (received_at);
