-- The monthly organisation reports already queued: one row per organisation and calendar month
-- (in the server's zone, 'YYYY-MM'), written in the transaction that queues the mails, so that
-- repeated runs and restarts queue each month's report once. The previous row's queued_at is
-- where the next report's "what changed" starts.

CREATE TABLE organisation_reports_sent (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    month           TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    queued_at       INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, month)
) STRICT;
