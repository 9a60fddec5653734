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

-- notes: free text kept by the licence's contacts and administrators. Migration 0007 added it
-- with ALTER TABLE, which appends the column just before the closing parenthesis, as here.
-- host_licence_id: the host licence an app (Marketplace) licence runs on (migration 0010, also
-- appended by ALTER TABLE); deleting the host leaves its apps unlinked.
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
    , notes TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'server'
    CHECK (kind IN ('server', 'data-center', 'fisheye-crucible', 'evaluation', 'developer', 'test', 'app')), host_licence_id INTEGER REFERENCES licences (id) ON DELETE SET NULL, organisation_id INTEGER REFERENCES organisations (id)) STRICT;
CREATE INDEX licences_sen ON licences (sen);
CREATE INDEX licences_host ON licences (host_licence_id) WHERE host_licence_id IS NOT NULL;
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
    reason      TEXT    NOT NULL
        CHECK (reason IN ('manual', 'diagnosis', 'import', 'gate', 'evaluation', 'by-hand'))
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

-- Installations recorded by `diagnose --record`: where each licence is installed. One row per
-- host and label; recording the same installation again replaces its snapshot.
-- cluster_node, cluster: a node of a Data Center cluster keeps its node id and what names its
-- cluster (the shared home, the cluster's name). Migration 0011 added them, after recorded_by.

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
    recorded_by TEXT    NOT NULL, cluster_node TEXT, cluster TEXT,
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
-- channel, webhook_id: webhook deliveries wait here too (migration 0018 added them, after sent_at).
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
    sent_at         INTEGER , channel TEXT NOT NULL DEFAULT 'mail' CHECK (channel IN ('mail', 'webhook')), webhook_id INTEGER REFERENCES webhooks (id) ON DELETE SET NULL) STRICT;
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

-- Rendered licence lists are kept (in memory, by the server) under this number, which grows with
-- every change to what those pages show: licences, their contacts and primaries, and the accounts
-- they name. The triggers run in the transaction that makes the change, so a change made by any
-- process (the server, or a command run beside it) retires every page rendered before it.
CREATE TABLE page_generation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
) STRICT;
INSERT INTO page_generation (id, n) VALUES (1, 0);
CREATE TRIGGER page_generation_licence_insert AFTER INSERT ON licences BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_licence_update AFTER UPDATE ON licences BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_licence_delete AFTER DELETE ON licences BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_contact_insert AFTER INSERT ON licence_contacts BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_contact_update AFTER UPDATE ON licence_contacts BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_contact_delete AFTER DELETE ON licence_contacts BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_primary_insert AFTER INSERT ON licence_primaries BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_primary_update AFTER UPDATE ON licence_primaries BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_primary_delete AFTER DELETE ON licence_primaries BEGIN
    UPDATE page_generation SET n = n + 1;
END;
-- Signing in writes last_sign_in_at and a password change the hash; neither shows on a list.
CREATE TRIGGER page_generation_account_update
    AFTER UPDATE OF email, display_name, language, is_admin, state ON accounts BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_account_delete AFTER DELETE ON accounts BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TABLE lifecycle_files (
    name TEXT PRIMARY KEY CHECK (name IN ('cutoffs', 'releases')),
    content TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE TRIGGER page_generation_lifecycle_insert AFTER INSERT ON lifecycle_files BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_lifecycle_update AFTER UPDATE ON lifecycle_files BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TRIGGER page_generation_lifecycle_delete AFTER DELETE ON lifecycle_files BEGIN
    UPDATE page_generation SET n = n + 1;
END;
CREATE TABLE cutoff_reminders_sent (
    event       TEXT    NOT NULL,
    cutoff_date TEXT    NOT NULL,
    days_before INTEGER NOT NULL,
    queued_at   INTEGER NOT NULL,
    PRIMARY KEY (event, cutoff_date, days_before)
) STRICT;
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

CREATE INDEX licences_organisation ON licences (organisation_id, archived);
-- The licences whose key names one organisation text, where an import looks for an app's host.
CREATE INDEX licences_organisation_text ON licences (organisation, archived);

-- Who reaches an organisation's licences besides their contacts: its managers (no end) and
-- consultants until ends_at (Unix seconds). A grant is ended early by moving ends_at to the
-- moment it was revoked; the row stays, for the audit and the "access ended" mail.
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
-- The monthly organisation reports already queued: one row per organisation and calendar month
-- (in the server's zone, 'YYYY-MM'), so that repeated runs and restarts queue each month's report
-- once; the previous row's queued_at is where the next report's "what changed" starts.
CREATE TABLE organisation_reports_sent (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    month           TEXT    NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    queued_at       INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, month)
) STRICT;
-- Personal access tokens for the JSON API: only the token's SHA-256 is kept. A token acts for
-- its account, narrowed by its scope and, when set, to one organisation; it ends at expires_at,
-- or at once when revoked.
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
-- The secret address of an account's calendar feed: at most one per account. The address carries
-- the token; the table keeps only its SHA-256, as for sessions, so a copy of the database opens
-- no feed. A new address replaces the row (the old one stops working); revoking deletes it.
CREATE TABLE calendar_feeds (
    account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash BLOB    NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at INTEGER NOT NULL
) STRICT;
-- Webhooks: addresses that are told of events, for one organisation or (organisation_id NULL)
-- for the whole portal. Each keeps the secret its deliveries are signed with, and the language
-- and portal address its texts and links are written with, taken when it was created: events
-- are also raised by commands that know neither.
CREATE TABLE webhooks (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    url             TEXT    NOT NULL CHECK (length(url) <= 2000),
    format          TEXT    NOT NULL CHECK (format IN ('json', 'slack', 'teams')),
    -- The events it wants, as codes separated by commas.
    events          TEXT    NOT NULL,
    secret          TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    portal_url      TEXT    NOT NULL,
    enabled         INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    created_at      INTEGER NOT NULL,
    created_by      INTEGER REFERENCES accounts (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX webhooks_organisation ON webhooks (organisation_id);
-- A webhook's deliveries, for its page and for dropping them when it is deleted.
CREATE INDEX outbox_webhook ON outbox (webhook_id);

-- Licences whose expiry the webhooks were told of, once for a given expiry date: a renewed
-- licence that expires again is told of again.
CREATE TABLE licence_expiry_events (
    licence_id INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    expiry     TEXT    NOT NULL,
    raised_at  INTEGER NOT NULL,
    PRIMARY KEY (licence_id, expiry)
) STRICT;

-- The address the portal is served at, as `serve` last started with it (its --base-url, or
-- http:// and the address it listened on). `reminders run` from cron, which is given no
-- address, builds the links in its mails with it. One row.
CREATE TABLE portal_address (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    base_url  TEXT    NOT NULL CHECK (length(base_url) BETWEEN 1 AND 2000),
    stored_at INTEGER NOT NULL
) STRICT;
-- The licence list sorts by product, organisation or SEN as well as by support expiry: each
-- order is read from an index within a section, as licences_list_order serves the expiry order.
CREATE INDEX licences_by_product ON licences (archived, is_evaluation, product COLLATE NOCASE, id);
CREATE INDEX licences_by_organisation
    ON licences (archived, is_evaluation, organisation COLLATE NOCASE, id);
CREATE INDEX licences_by_sen ON licences (archived, is_evaluation, sen IS NULL, sen, id);
-- The licence list's search (src/store/search.rs). For each licence, its searched fields (SEN,
-- product, organisation, Server ID, name, notes) and its contacts' addresses, each folded for
-- searching and ended by U+FFFF, which folded text never holds (so no search spans two, and
-- every two characters of a field start one of its trigrams),
-- and its section as a mark (U+FFFF, 'a' archived or 'e' an evaluation, U+FFFF; none for the
-- Licences section: one trigram no search holds, so that the index alone counts what a search
-- finds in a section), and a trigram index over the three. The folding is `licence_search_fold`, a function every
-- licensedesk connection registers (`domain::search_text::fold`, which the searches are read
-- with too); a tool that changes a licence without it is refused by the triggers rather than
-- leaving the index behind.
CREATE TABLE licence_search_text (
    licence_id INTEGER PRIMARY KEY,
    fields     TEXT NOT NULL,
    contacts   TEXT NOT NULL,
    section    TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE licence_search USING fts5 (
    fields, contacts, section,
    content = 'licence_search_text', content_rowid = 'licence_id',
    tokenize = 'trigram case_sensitive 1'
);
-- The index's terms (trigrams) with how many licences hold each: two characters are searched
-- as the OR of the terms they start (see store::search).
CREATE VIRTUAL TABLE licence_search_terms USING fts5vocab (licence_search, 'row');
-- A batch of writes (an import of thousands of keys) brings the search index up to date once,
-- at its end, rather than row by row: FTS5 writes its pending terms out as a new segment at
-- every statement that opens a savepoint, which is every statement with a trigger, so a row-
-- by-row index made an import of 100,000 keys write 100,000 segments and merge them. While
-- licence_search_batch.open is 1 (inside the batch's transaction only, see
-- store::search::in_one_batch), the text triggers note which licences changed, with the text
-- the index holds for them, and the batch's end indexes them in two statements.
CREATE TABLE licence_search_batch (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    open INTEGER NOT NULL CHECK (open IN (0, 1))
) STRICT;
INSERT INTO licence_search_batch (id, open) VALUES (1, 0);
-- The licences a batch changed: what the index holds for each (NULL when it holds nothing).
CREATE TABLE licence_search_stale (
    licence_id INTEGER PRIMARY KEY,
    fields     TEXT,
    contacts   TEXT,
    section    TEXT
) STRICT;
CREATE TRIGGER licence_search_text_insert AFTER INSERT ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 0 BEGIN
    INSERT INTO licence_search (rowid, fields, contacts, section)
    VALUES (new.licence_id, new.fields, new.contacts, new.section);
END;
CREATE TRIGGER licence_search_text_delete AFTER DELETE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 0 BEGIN
    INSERT INTO licence_search (licence_search, rowid, fields, contacts, section)
    VALUES ('delete', old.licence_id, old.fields, old.contacts, old.section);
END;
CREATE TRIGGER licence_search_text_update AFTER UPDATE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 0 BEGIN
    INSERT INTO licence_search (licence_search, rowid, fields, contacts, section)
    VALUES ('delete', old.licence_id, old.fields, old.contacts, old.section);
    INSERT INTO licence_search (rowid, fields, contacts, section)
    VALUES (new.licence_id, new.fields, new.contacts, new.section);
END;
-- In a batch, the first change to a licence's text keeps what the index holds for it.
CREATE TRIGGER licence_search_text_insert_in_batch AFTER INSERT ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 1 BEGIN
    INSERT OR IGNORE INTO licence_search_stale (licence_id, fields, contacts, section)
    VALUES (new.licence_id, NULL, NULL, NULL);
END;
CREATE TRIGGER licence_search_text_delete_in_batch AFTER DELETE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 1 BEGIN
    INSERT OR IGNORE INTO licence_search_stale (licence_id, fields, contacts, section)
    VALUES (old.licence_id, old.fields, old.contacts, old.section);
END;
CREATE TRIGGER licence_search_text_update_in_batch AFTER UPDATE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 1 BEGIN
    INSERT OR IGNORE INTO licence_search_stale (licence_id, fields, contacts, section)
    VALUES (old.licence_id, old.fields, old.contacts, old.section);
END;
CREATE TRIGGER licence_search_licence_insert AFTER INSERT ON licences BEGIN
    INSERT INTO licence_search_text (licence_id, fields, contacts, section)
    VALUES (new.id, licence_search_fold(new.sen) || char(65535)
        || licence_search_fold(new.product) || char(65535)
        || licence_search_fold(new.organisation) || char(65535)
        || licence_search_fold(new.server_id) || char(65535)
        || licence_search_fold(new.name) || char(65535)
        || licence_search_fold(new.notes) || char(65535), '',
        CASE WHEN new.archived THEN char(65535) || 'a' || char(65535)
            WHEN new.is_evaluation THEN char(65535) || 'e' || char(65535) ELSE '' END);
END;
CREATE TRIGGER licence_search_licence_section AFTER UPDATE OF archived, is_evaluation ON licences
    WHEN old.archived IS NOT new.archived OR old.is_evaluation IS NOT new.is_evaluation BEGIN
    UPDATE licence_search_text
    SET section = CASE WHEN new.archived THEN char(65535) || 'a' || char(65535)
        WHEN new.is_evaluation THEN char(65535) || 'e' || char(65535) ELSE '' END
    WHERE licence_id = new.id;
END;
CREATE TRIGGER licence_search_licence_update
    AFTER UPDATE OF sen, product, organisation, server_id, name, notes ON licences
    WHEN old.sen IS NOT new.sen OR old.product IS NOT new.product
        OR old.organisation IS NOT new.organisation OR old.server_id IS NOT new.server_id
        OR old.name IS NOT new.name OR old.notes IS NOT new.notes BEGIN
    UPDATE licence_search_text SET fields = licence_search_fold(new.sen) || char(65535)
        || licence_search_fold(new.product) || char(65535)
        || licence_search_fold(new.organisation) || char(65535)
        || licence_search_fold(new.server_id) || char(65535)
        || licence_search_fold(new.name) || char(65535)
        || licence_search_fold(new.notes) || char(65535)
    WHERE licence_id = new.id;
END;
CREATE TRIGGER licence_search_licence_delete AFTER DELETE ON licences BEGIN
    DELETE FROM licence_search_text WHERE licence_id = old.id;
END;
CREATE TRIGGER licence_search_contact_insert AFTER INSERT ON licence_contacts BEGIN
    UPDATE licence_search_text SET contacts = (SELECT coalesce(group_concat(
        licence_search_fold(a.email) || char(65535), ''), '') FROM accounts a WHERE a.id IN
        (SELECT c.account_id FROM licence_contacts c WHERE c.licence_id = new.licence_id))
    WHERE licence_id = new.licence_id;
END;
CREATE TRIGGER licence_search_contact_delete AFTER DELETE ON licence_contacts BEGIN
    UPDATE licence_search_text SET contacts = (SELECT coalesce(group_concat(
        licence_search_fold(a.email) || char(65535), ''), '') FROM accounts a WHERE a.id IN
        (SELECT c.account_id FROM licence_contacts c WHERE c.licence_id = old.licence_id))
    WHERE licence_id = old.licence_id;
END;
CREATE TRIGGER licence_search_account_email AFTER UPDATE OF email ON accounts
    WHEN old.email IS NOT new.email BEGIN
    UPDATE licence_search_text SET contacts = (SELECT coalesce(group_concat(
        licence_search_fold(a.email) || char(65535), ''), '') FROM accounts a WHERE a.id IN
        (SELECT c.account_id FROM licence_contacts c
         WHERE c.licence_id = licence_search_text.licence_id))
    WHERE licence_id IN (SELECT licence_id FROM licence_contacts WHERE account_id = new.id);
END;
-- Licences looked up by id only to be counted in a section or sorted by support expiry: a text
-- search that finds many (counted from what the index finds) and a contact's own licences. This
-- index answers both without reading the licence's row, whose key spills onto overflow pages
-- that every column after it is read through (27,000 rows read that way cost a search 30 ms).
CREATE INDEX licences_section_by_id ON licences (id, archived, is_evaluation, support_expiry);
