-- The secret address of an account's calendar feed: at most one per account. The address carries
-- the token; the table keeps only its SHA-256, as for sessions, so a copy of the database opens
-- no feed. A new address replaces the row (the old one stops working); revoking deletes it.
CREATE TABLE calendar_feeds (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash BLOB    NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at INTEGER NOT NULL
) STRICT;
