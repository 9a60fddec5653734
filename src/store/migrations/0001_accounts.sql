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
