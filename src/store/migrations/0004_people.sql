-- Contacts and mail: the primary contact of each role enforced by the database, the terms each
-- primary served (who sees which orders), the mail outbox, the reminders already queued, and
-- consolidation requests between accounts.

-- The primary contact of each role of a licence. The rule "a role that has contacts has exactly
-- one primary" is kept here, not only in code:
--   * at most one: the primary key (licence_id, role);
--   * the primary is a contact of that role: the composite foreign key;
--   * at least one: the first contact of a role becomes its primary (trigger), the primary
--     contact cannot be removed while the role has other contacts (trigger), a primary row
--     cannot be deleted while its contact is there (trigger), and contacts and primaries never
--     change licence or role (triggers).
-- The foreign key cascades rather than restricts: removing the last contact of a role in one
-- statement takes its primary row with it (the triggers refuse every other removal), and a
-- deleted licence takes its contacts and primaries with it. With RESTRICT the primary row would
-- have to be deleted first, and a role would be left with a contact and no primary in between.
CREATE TABLE licence_primaries (
    licence_id INTEGER NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('technical', 'billing')),
    account_id INTEGER NOT NULL,
    -- When this account became the primary (unix seconds).
    since      INTEGER NOT NULL,
    PRIMARY KEY (licence_id, role),
    FOREIGN KEY (licence_id, role, account_id)
        REFERENCES licence_contacts (licence_id, role, account_id) ON DELETE CASCADE
) STRICT;
CREATE INDEX licence_primaries_account ON licence_primaries (account_id);

-- Each period an account was the primary of a role: a primary sees a licence's orders placed
-- while they were primary, and past orders stay with whoever was primary then.
CREATE TABLE primary_terms (
    id         INTEGER PRIMARY KEY,
    licence_id INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('technical', 'billing')),
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    started_at INTEGER NOT NULL,
    -- NULL while the term lasts.
    ended_at   INTEGER
) STRICT;
CREATE INDEX primary_terms_licence ON primary_terms (licence_id, role, started_at);
CREATE INDEX primary_terms_account ON primary_terms (account_id, licence_id);

CREATE TRIGGER primary_terms_open AFTER INSERT ON licence_primaries
BEGIN
    INSERT INTO primary_terms (licence_id, role, account_id, started_at)
    VALUES (NEW.licence_id, NEW.role, NEW.account_id, NEW.since);
END;

CREATE TRIGGER primary_terms_hand_over AFTER UPDATE OF account_id ON licence_primaries
WHEN NEW.account_id IS NOT OLD.account_id
BEGIN
    UPDATE primary_terms SET ended_at = NEW.since
     WHERE licence_id = OLD.licence_id AND role = OLD.role AND ended_at IS NULL;
    INSERT INTO primary_terms (licence_id, role, account_id, started_at)
    VALUES (NEW.licence_id, NEW.role, NEW.account_id, NEW.since);
END;

CREATE TRIGGER primary_terms_close AFTER DELETE ON licence_primaries
BEGIN
    UPDATE primary_terms SET ended_at = unixepoch()
     WHERE licence_id = OLD.licence_id AND role = OLD.role AND ended_at IS NULL;
END;

-- Licences that already have contacts get the earliest contact of each role as its primary.
INSERT INTO licence_primaries (licence_id, role, account_id, since)
SELECT licence_id, role, account_id, added_at FROM (
    SELECT licence_id, role, account_id, added_at,
           row_number() OVER (PARTITION BY licence_id, role ORDER BY added_at, account_id) AS n
      FROM licence_contacts
) WHERE n = 1;

CREATE TRIGGER licence_contacts_first_is_primary AFTER INSERT ON licence_contacts
WHEN NOT EXISTS (SELECT 1 FROM licence_primaries p
                  WHERE p.licence_id = NEW.licence_id AND p.role = NEW.role)
BEGIN
    INSERT INTO licence_primaries (licence_id, role, account_id, since)
    VALUES (NEW.licence_id, NEW.role, NEW.account_id, NEW.added_at);
END;

CREATE TRIGGER licence_contacts_never_change BEFORE UPDATE OF licence_id, role, account_id
ON licence_contacts
BEGIN
    SELECT RAISE(ABORT, 'a licence contact is removed and added again, never changed');
END;

-- While the licence exists: when it is deleted, its contacts go with it.
CREATE TRIGGER licence_contacts_keep_the_primary BEFORE DELETE ON licence_contacts
WHEN EXISTS (SELECT 1 FROM licence_primaries p
              WHERE p.licence_id = OLD.licence_id AND p.role = OLD.role
                AND p.account_id = OLD.account_id)
 AND EXISTS (SELECT 1 FROM licence_contacts c
              WHERE c.licence_id = OLD.licence_id AND c.role = OLD.role
                AND c.account_id <> OLD.account_id)
 AND EXISTS (SELECT 1 FROM licences l WHERE l.id = OLD.licence_id)
BEGIN
    SELECT RAISE(ABORT, 'the primary contact cannot be removed: make another contact primary first');
END;

-- A primary row goes only with its contact (through the foreign key's cascade).
CREATE TRIGGER licence_primaries_not_deleted_alone BEFORE DELETE ON licence_primaries
WHEN EXISTS (SELECT 1 FROM licence_contacts c
              WHERE c.licence_id = OLD.licence_id AND c.role = OLD.role
                AND c.account_id = OLD.account_id)
BEGIN
    SELECT RAISE(ABORT, 'a role with contacts keeps its primary: make another contact primary instead');
END;

CREATE TRIGGER licence_primaries_stay_in_their_role BEFORE UPDATE OF licence_id, role
ON licence_primaries
WHEN NEW.licence_id IS NOT OLD.licence_id OR NEW.role IS NOT OLD.role
BEGIN
    SELECT RAISE(ABORT, 'a primary moves to another contact of the same role, never to another role');
END;

-- Every mail is written here first. Without SMTP it waits here (an administrator exports it as
-- .eml files); with SMTP a delivery thread sends it, retrying and keeping the last error.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    created_at      INTEGER NOT NULL,
    -- What the mail is about: invitation, reset, contact-added, primary-changed, reminder, ...
    kind            TEXT    NOT NULL,
    from_address    TEXT    NOT NULL,
    to_address      TEXT    NOT NULL,
    account_id      INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    licence_id      INTEGER REFERENCES licences (id) ON DELETE SET NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    message_id      TEXT    NOT NULL UNIQUE,
    state           TEXT    NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_attempt_at INTEGER,
    last_error      TEXT,
    sent_at         INTEGER
) STRICT;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_account ON outbox (account_id, kind, created_at);

-- Reminders already queued, so that each is queued once for a given expiry date, across
-- restarts and repeated runs. A renewed licence has a new expiry date and gets reminders again.
CREATE TABLE reminders_sent (
    licence_id  INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('support', 'evaluation')),
    days_before INTEGER NOT NULL,
    expiry      TEXT    NOT NULL,
    queued_at   INTEGER NOT NULL,
    PRIMARY KEY (licence_id, kind, days_before, expiry)
) STRICT;

-- Moving licences from one account to another. A user's request is made while signed in to the
-- account that gives the licences up, and applied only when the receiving account accepts it
-- while signed in; an administrator's consolidation is applied at once and recorded here too.
CREATE TABLE consolidations (
    id                INTEGER PRIMARY KEY,
    source_account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    requested_by      INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    -- 1: the source account stops being a contact of the moved licences; 0: it stays secondary.
    remove_source     INTEGER NOT NULL CHECK (remove_source IN (0, 1)),
    state             TEXT    NOT NULL
                      CHECK (state IN ('pending', 'applied', 'declined', 'cancelled')),
    created_at        INTEGER NOT NULL,
    expires_at        INTEGER NOT NULL,
    decided_at        INTEGER,
    CHECK (source_account_id <> target_account_id)
) STRICT;
CREATE INDEX consolidations_source ON consolidations (source_account_id, state);
CREATE INDEX consolidations_target ON consolidations (target_account_id, state);

CREATE TABLE consolidation_licences (
    consolidation_id INTEGER NOT NULL REFERENCES consolidations (id) ON DELETE CASCADE,
    licence_id       INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    PRIMARY KEY (consolidation_id, licence_id)
) STRICT;
