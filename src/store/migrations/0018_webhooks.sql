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

-- The outbox carries webhook deliveries beside mail: channel 'webhook', the webhook's URL as
-- recipient, the payload as body, the event as subject. The mail delivery and the .eml export
-- take only mail.
ALTER TABLE outbox ADD COLUMN channel TEXT NOT NULL DEFAULT 'mail' CHECK (channel IN ('mail', 'webhook'));
ALTER TABLE outbox ADD COLUMN webhook_id INTEGER REFERENCES webhooks (id) ON DELETE SET NULL;
CREATE INDEX outbox_webhook ON outbox (webhook_id);

-- Licences whose expiry the webhooks were told of, once for a given expiry date: a renewed
-- licence that expires again is told of again.
CREATE TABLE licence_expiry_events (
    licence_id INTEGER NOT NULL REFERENCES licences (id) ON DELETE CASCADE,
    expiry     TEXT    NOT NULL,
    raised_at  INTEGER NOT NULL,
    PRIMARY KEY (licence_id, expiry)
) STRICT;
