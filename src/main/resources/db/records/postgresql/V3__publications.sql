-- The publication log: each rule set put into service (by start-up, a watcher in auto mode, or an admin),
-- appended, never updated. Replicas sharing the database follow each other's publications through it:
-- seq orders them. previous_hash is null for a folder's first rule set.
CREATE TABLE rule_set_publication (
    seq           BIGSERIAL PRIMARY KEY,
    folder        VARCHAR(400) NOT NULL,
    rule_set_id   VARCHAR(200),
    previous_hash VARCHAR(100),
    content_hash  VARCHAR(100) NOT NULL,
    published_by  TEXT NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL
);
