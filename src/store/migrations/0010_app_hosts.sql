-- An app (Marketplace) licence runs on a host licence: the link is kept on the app licence.
-- Deleting the host leaves its apps unlinked rather than deleting them.
ALTER TABLE licences ADD COLUMN host_licence_id INTEGER REFERENCES licences (id) ON DELETE SET NULL;
CREATE INDEX licences_host ON licences (host_licence_id) WHERE host_licence_id IS NOT NULL;
