-- Who leads the processes sharing this store. The epoch rises on every takeover: a write made under an older
-- epoch is refused (fencing). Times are epoch milliseconds; lease_until matters on SQLite, where the lease is the
-- election (on PostgreSQL an advisory lock is, and the lease only says when the leader last renewed).
CREATE TABLE leadership (
    name        VARCHAR(64) PRIMARY KEY,
    holder      TEXT,
    epoch       BIGINT NOT NULL,
    elected_at  BIGINT NOT NULL,
    lease_until BIGINT NOT NULL
);

INSERT INTO leadership (name, holder, epoch, elected_at, lease_until) VALUES ('liveops', NULL, 0, 0, 0);
