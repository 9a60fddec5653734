-- The licensedesk database schema: what a database looks like after every migration in
-- src/store/migrations/ has run. A test checks that the two agree; change both together.

-- Accounts, sessions, one-time links and the audit log.

CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    -- Stored trimmed and lower-cased; the application compares the normalised form.
    email           TEXT    NOT NULL UNIQUE CHECK (email = lower(trim(email)) AND email <> ''),
    display_name    TEXT    NOT NULL DEFAULT '',
    language        TEXT    NOT NULL DEFAULT 'en',
    -- NULL while the account is invited and has never set a password.
    password_hash   TEXT,
    is_admin        INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    state           TEXT    NOT NULL CHECK (state IN ('active', 'invited', 'disabled')),
    created_at      INTEGER NOT NULL,
    last_sign_in_at INTEGER
) STRICT;

CREATE TABLE sessions (
    -- SHA-256 of the 32 random bytes in the cookie; the token itself is never stored.
    token_hash   BLOB    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token   TEXT    NOT NULL,
    persistent   INTEGER NOT NULL CHECK (persistent IN (0, 1)),
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_account ON sessions (account_id);

-- Setup, password-reset and invitation links: single use, stored hashed, with an expiry.
CREATE TABLE one_time_links (
    token_hash BLOB    PRIMARY KEY,
    purpose    TEXT    NOT NULL CHECK (purpose IN ('setup', 'reset', 'invitation')),
    account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) STRICT;

CREATE TABLE audit_log (
    id                 INTEGER PRIMARY KEY,
    at                 INTEGER NOT NULL,
    actor_account_id   INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    -- Who acted, as shown to people: an e-mail address, or "command line".
    actor_label        TEXT    NOT NULL,
    client_addr        TEXT,
    action             TEXT    NOT NULL,
    licence_id         INTEGER,
    subject_account_id INTEGER,
    detail             TEXT    NOT NULL DEFAULT '',
    before_json        TEXT,
    after_json         TEXT
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_licence ON audit_log (licence_id) WHERE licence_id IS NOT NULL;

-- Licences with their keys, the Server ID and key histories, and orders.

CREATE TABLE licences (
    id                    INTEGER PRIMARY KEY,
    product               TEXT    NOT NULL,
    name                  TEXT    NOT NULL,
    licence_type          TEXT    NOT NULL,
    deployment            TEXT    NOT NULL CHECK (deployment IN ('server', 'data-center')),
    -- NULL means unlimited users.
    user_tier             INTEGER CHECK (user_tier IS NULL OR user_tier >= 0),
    sen                   TEXT,
    licence_key           TEXT,
    -- 1: the key's signature verifies; 0: imported although it does not; NULL: no key.
    key_genuine           INTEGER CHECK (key_genuine IN (0, 1)),
    server_id             TEXT,
    organisation          TEXT    NOT NULL DEFAULT '',
    licensed_to           TEXT    NOT NULL DEFAULT '',
    -- Dates are ISO yyyy-mm-dd text so that they sort and compare as text.
    purchase_date         TEXT,
    support_expiry        TEXT,
    licence_expiry        TEXT,
    support_level         TEXT    NOT NULL DEFAULT '',
    auto_renew            INTEGER NOT NULL DEFAULT 0 CHECK (auto_renew IN (0, 1)),
    archived              INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    is_evaluation         INTEGER NOT NULL DEFAULT 0 CHECK (is_evaluation IN (0, 1)),
    reason_for_purchase   TEXT,
    key_retrieved_at      INTEGER,
    production_licence_id INTEGER REFERENCES licences (id) ON DELETE SET NULL,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
) STRICT;
CREATE INDEX licences_sen ON licences (sen);
CREATE INDEX licences_server_id ON licences (server_id);
CREATE INDEX licences_support_expiry ON licences (archived, is_evaluation, support_expiry, id);
-- Importing the same key twice changes nothing: a key is held by at most one licence.
CREATE UNIQUE INDEX licences_key ON licences (licence_key) WHERE licence_key IS NOT NULL;

CREATE TABLE licence_contacts (
    licence_id INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('technical', 'billing')),
    added_at   INTEGER NOT NULL,
    PRIMARY KEY (licence_id, role, account_id)
) STRICT;
CREATE INDEX licence_contacts_account ON licence_contacts (account_id, licence_id);

CREATE TABLE server_id_history (
    id          INTEGER PRIMARY KEY,
    licence_id  INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    old_value   TEXT,
    new_value   TEXT,
    changed_by  TEXT    NOT NULL,
    changed_at  INTEGER NOT NULL,
    reason      TEXT    NOT NULL CHECK (reason IN ('manual', 'diagnosis', 'import', 'gate'))
) STRICT;
CREATE INDEX server_id_history_licence ON server_id_history (licence_id, changed_at);

CREATE TABLE key_history (
    id          INTEGER PRIMARY KEY,
    licence_id  INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    licence_key TEXT    NOT NULL,
    replaced_at INTEGER NOT NULL,
    replaced_by TEXT    NOT NULL,
    reason      TEXT    NOT NULL
) STRICT;
CREATE INDEX key_history_licence ON key_history (licence_id, replaced_at);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    number      TEXT    NOT NULL UNIQUE,
    placed_at   INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('new', 'renewal', 'upgrade')),
    licence_id  INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    description TEXT    NOT NULL DEFAULT '',
    po_number   TEXT,
    amount      TEXT,
    currency    TEXT,
    placed_by   INTEGER REFERENCES accounts (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX orders_licence ON orders (licence_id, placed_at);

-- Licence portal: the list reads its order (soonest support expiry first, licences without a
-- date last, then by id) straight from an index, so no page of a 10,000-licence inventory
-- sorts the whole section; and developer licences are found from their production licence.
CREATE INDEX licences_list_order ON licences (archived, is_evaluation, support_expiry IS NULL, support_expiry, id);
CREATE INDEX licences_production ON licences (production_licence_id) WHERE production_licence_id IS NOT NULL;

-- How many licences each section holds, kept by triggers in the transaction that changes a
-- licence, so that "1-50 of 9,300" does not count 9,300 index entries on every page.
CREATE TABLE licence_section_counts (
    archived      INTEGER NOT NULL,
    is_evaluation INTEGER NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (archived, is_evaluation)
) STRICT, WITHOUT ROWID;
INSERT INTO licence_section_counts (archived, is_evaluation, n)
    VALUES (0, 0, 0), (0, 1, 0), (1, 0, 0), (1, 1, 0);
UPDATE licence_section_counts SET n = (SELECT count(*) FROM licences l
    WHERE l.archived = licence_section_counts.archived
    AND l.is_evaluation = licence_section_counts.is_evaluation);
CREATE TRIGGER licence_section_counts_insert AFTER INSERT ON licences BEGIN
    UPDATE licence_section_counts SET n = n + 1
        WHERE archived = NEW.archived AND is_evaluation = NEW.is_evaluation;
END;
CREATE TRIGGER licence_section_counts_delete AFTER DELETE ON licences BEGIN
    UPDATE licence_section_counts SET n = n - 1
        WHERE archived = OLD.archived AND is_evaluation = OLD.is_evaluation;
END;
CREATE TRIGGER licence_section_counts_update AFTER UPDATE OF archived, is_evaluation ON licences
    WHEN OLD.archived IS NOT NEW.archived OR OLD.is_evaluation IS NOT NEW.is_evaluation BEGIN
    UPDATE licence_section_counts SET n = n - 1
        WHERE archived = OLD.archived AND is_evaluation = OLD.is_evaluation;
    UPDATE licence_section_counts SET n = n + 1
        WHERE archived = NEW.archived AND is_evaluation = NEW.is_evaluation;
END;
