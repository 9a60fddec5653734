-- Organisations: the customer companies licences belong to, their managers, and consultants'
-- time-boxed access. A licence's organisation is set from its key's Organisation by name
-- (see store::organisations::name_key); the key's text stays in licences.organisation.

CREATE TABLE organisations (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    -- domain::organisation::name_key of the name: two spellings of one company meet here.
    name_key   TEXT    NOT NULL UNIQUE,
    -- Whether the managers get the monthly report.
    reports    INTEGER NOT NULL DEFAULT 1 CHECK (reports IN (0, 1)),
    created_at INTEGER NOT NULL
) STRICT;

ALTER TABLE licences ADD COLUMN organisation_id INTEGER REFERENCES organisations (id);
CREATE INDEX licences_organisation ON licences (organisation_id, archived);
-- The licences whose key names one organisation text, where an import looks for an app's host.
CREATE INDEX licences_organisation_text ON licences (organisation, archived);

-- Who reaches an organisation's licences besides their contacts: its managers (no end) and
-- consultants until ends_at (Unix seconds). A grant is ended early by moving ends_at to the
-- moment it was revoked (revoked_at); the row stays, for the page and the "access ended" mail.
CREATE TABLE organisation_access (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role            TEXT    NOT NULL CHECK (role IN ('manager', 'consultant')),
    with_keys       INTEGER NOT NULL DEFAULT 0 CHECK (with_keys IN (0, 1)),
    granted_by      TEXT    NOT NULL,
    starts_at       INTEGER NOT NULL,
    ends_at         INTEGER,
    -- When a consultant's access was ended early (ends_at moved to that moment).
    revoked_at      INTEGER,
    -- When the managers were told that a consultant's access ended.
    end_told_at     INTEGER,
    CHECK ((role = 'manager') = (ends_at IS NULL))
) STRICT;
CREATE UNIQUE INDEX organisation_managers ON organisation_access (organisation_id, account_id)
    WHERE role = 'manager';
CREATE INDEX organisation_access_account ON organisation_access (account_id, organisation_id);
CREATE INDEX organisation_access_ending ON organisation_access (ends_at) WHERE end_told_at IS NULL;

-- A rendered list shows organisations' names and, for managers and consultants, the licences
-- their access reaches: a change to either retires the cached pages (see page_generation).
-- A consultant's access that runs out at ends_at changes no row: it ends at the start of a day
-- in the server's zone, and the cache keys pages by that day.
CREATE TRIGGER page_generation_organisation_insert AFTER INSERT ON organisations BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_organisation_update AFTER UPDATE ON organisations BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_organisation_delete AFTER DELETE ON organisations BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_access_insert AFTER INSERT ON organisation_access BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_access_update AFTER UPDATE ON organisation_access BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_access_delete AFTER DELETE ON organisation_access BEGIN
    UPDATE page_generation SET n = n + 1;
END;
