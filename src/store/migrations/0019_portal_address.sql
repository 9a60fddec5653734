-- The address the portal is served at, as `serve` last started with it (its --base-url, or
-- http:// and the address it listened on). `reminders run` from cron, which is given no
-- address, builds the links in its mails with it. One row.
CREATE TABLE portal_address (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    base_url  TEXT    NOT NULL CHECK (length(base_url) BETWEEN 1 AND 2000),
    stored_at INTEGER NOT NULL
) STRICT;
