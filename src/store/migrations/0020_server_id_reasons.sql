-- Two more reasons a Server ID was recorded: typed when a new evaluation was started, and typed
-- with a licence entered by hand (both were "manual", which reads as an edit). SQLite cannot
-- change a CHECK constraint, so the table is rebuilt with its rows.
ALTER TABLE server_id_history RENAME TO server_id_history_before_reasons;
CREATE TABLE server_id_history (
    id          INTEGER PRIMARY KEY,
    licence_id  INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    old_value   TEXT,
    new_value   TEXT,
    changed_by  TEXT    NOT NULL,
    changed_at  INTEGER NOT NULL,
    reason      TEXT    NOT NULL
        CHECK (reason IN ('manual', 'diagnosis', 'import', 'gate', 'evaluation', 'by-hand'))
) STRICT;
INSERT INTO server_id_history (id, licence_id, old_value, new_value, changed_by, changed_at, reason)
    SELECT id, licence_id, old_value, new_value, changed_by, changed_at, reason
    FROM server_id_history_before_reasons;
DROP TABLE server_id_history_before_reasons;
CREATE INDEX server_id_history_licence ON server_id_history (licence_id, changed_at);
