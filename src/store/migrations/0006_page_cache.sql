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
