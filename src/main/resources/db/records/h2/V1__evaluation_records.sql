-- Evaluation records (H2, the embedded default). Rows are written once and never updated: a record is
-- what the service answered. Later additions (e.g. reviewers' judgements) go into their own append-only
-- tables keyed by record_id REFERENCES evaluation_record (id) ON DELETE CASCADE, so retention removes them too.
CREATE TABLE evaluation_record (
    id                    VARCHAR(32)                 NOT NULL PRIMARY KEY,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    caller                VARCHAR(200),
    plan_id               VARCHAR(64)                 NOT NULL,
    plan                  VARBINARY                   NOT NULL,
    plan_sha256           CHAR(64)                    NOT NULL,
    rule_set_id           VARCHAR(200)                NOT NULL,
    rule_set_revision     DATE                        NOT NULL,
    rule_set_content_hash VARCHAR(100)                NOT NULL,
    application_version   VARCHAR(100)                NOT NULL,
    outcome               VARCHAR(20)                 NOT NULL,
    sections              VARCHAR                     NOT NULL,
    signing_key_id        VARCHAR(100)                NOT NULL
);
CREATE INDEX evaluation_record_by_plan ON evaluation_record (plan_id, created_at);
CREATE INDEX evaluation_record_by_time ON evaluation_record (created_at, id);

-- The report in each language it was written in, and the receipt's signature over it.
CREATE TABLE evaluation_report (
    record_id VARCHAR(32) NOT NULL REFERENCES evaluation_record (id) ON DELETE CASCADE,
    language  VARCHAR(8)  NOT NULL,
    report    VARCHAR     NOT NULL,
    signature VARCHAR(200) NOT NULL,
    PRIMARY KEY (record_id, language)
);
