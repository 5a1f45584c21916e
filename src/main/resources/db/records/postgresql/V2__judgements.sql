-- Reviewers' judgements on a record: appended, never updated or deleted one by one (the history is the
-- case file); the latest per (record, target) is the current one. target is a review item's criterion id,
-- or 'conclusion' for the reviewer's conclusion on the plan. Retention removes them with their record.
CREATE TABLE judgement (
    seq         BIGSERIAL PRIMARY KEY,
    record_id   VARCHAR(32)  NOT NULL REFERENCES evaluation_record (id) ON DELETE CASCADE,
    target      VARCHAR(200) NOT NULL,
    verdict     VARCHAR(40)  NOT NULL,
    note        TEXT,
    reviewer    VARCHAR(200) NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX judgement_by_record ON judgement (record_id, seq);
