-- Role mailboxes: addresses that receive an organisation's reminders and notices (or, with no
-- organisation, the whole portal's) without being accounts, e.g. licences@customer.example.
-- An address is kept normalised (as `domain::Email` parses it) and stands once per
-- organisation and once for the portal: SQLite's UNIQUE lets NULLs repeat, so the portal's
-- side is an index of its own.
CREATE TABLE role_mailboxes (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    address         TEXT    NOT NULL CHECK (address <> ''),
    language        TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT    NOT NULL
) STRICT;
CREATE UNIQUE INDEX role_mailboxes_of_organisation ON role_mailboxes (organisation_id, address)
    WHERE organisation_id IS NOT NULL;
CREATE UNIQUE INDEX role_mailboxes_of_portal ON role_mailboxes (address)
    WHERE organisation_id IS NULL;
