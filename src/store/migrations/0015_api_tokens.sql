-- Personal access tokens for the JSON API. The token itself is shown once, when it is made;
-- only its SHA-256 is kept, so a copy of the database opens nothing. A token acts for its
-- account with the account's rights, narrowed by its scope (read or write) and, when set, to
-- one organisation's licences. It ends at expires_at, or at once when revoked.
CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY,
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    token_hash      BLOB    NOT NULL UNIQUE,
    scope           TEXT    NOT NULL CHECK (scope IN ('read', 'write')),
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    last_used_at    INTEGER,
    revoked_at      INTEGER
) STRICT;

CREATE INDEX api_tokens_account ON api_tokens (account_id);
