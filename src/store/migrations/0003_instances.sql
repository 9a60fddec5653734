-- Installations recorded by `diagnose --record`: where each licence is installed. One row per
-- host and label; recording the same installation again replaces its snapshot.

CREATE TABLE instances (
    id          INTEGER PRIMARY KEY,
    product     TEXT    NOT NULL,
    label       TEXT    NOT NULL,
    host        TEXT    NOT NULL,
    -- The home directory, config file or support zip that was read.
    home        TEXT    NOT NULL,
    server_id   TEXT,
    -- The diagnosis verdict of the run that recorded it, e.g. "match".
    verdict     TEXT    NOT NULL,
    recorded_at INTEGER NOT NULL,
    recorded_by TEXT    NOT NULL,
    UNIQUE (host, label)
) STRICT;
CREATE INDEX instances_server_id ON instances (server_id);

-- The keys an instance runs, and the licence on record each belongs to (when one was found).
CREATE TABLE instance_keys (
    instance_id INTEGER NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    licence_key TEXT    NOT NULL,
    sen         TEXT,
    licence_id  INTEGER REFERENCES licences (id) ON DELETE SET NULL,
    PRIMARY KEY (instance_id, position)
) STRICT;
CREATE INDEX instance_keys_licence ON instance_keys (licence_id, instance_id);
