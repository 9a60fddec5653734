-- The administrators' reminders of the Data Center cut-off dates already queued, so that each
-- is queued once for a given date, across restarts and repeated runs. A cut-off table replaced
-- with another date for an event gets its reminders again, for the new date.
CREATE TABLE cutoff_reminders_sent (
    event       TEXT    NOT NULL,
    cutoff_date TEXT    NOT NULL,
    days_before INTEGER NOT NULL,
    queued_at   INTEGER NOT NULL,
    PRIMARY KEY (event, cutoff_date, days_before)
) STRICT;
