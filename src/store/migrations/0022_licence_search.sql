-- The licence list's search (src/store/search.rs). For each licence, its searched fields (SEN,
-- product, organisation, Server ID, name, notes) and its contacts' addresses, each folded for
-- searching and separated by U+FFFF, which folded text never holds (so no search spans two),
-- and a trigram index over both. The folding is `licence_search_fold`, a function every
-- licensedesk connection registers (`domain::search_text::fold`, which the searches are read
-- with too); a tool that changes a licence without it is refused by the triggers rather than
-- leaving the index behind.
CREATE TABLE licence_search_text (
    licence_id INTEGER PRIMARY KEY,
    fields     TEXT NOT NULL,
    contacts   TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE licence_search USING fts5 (
    fields, contacts,
    content = 'licence_search_text', content_rowid = 'licence_id',
    tokenize = 'trigram case_sensitive 1'
);
CREATE TRIGGER licence_search_text_insert AFTER INSERT ON licence_search_text BEGIN
    INSERT INTO licence_search (rowid, fields, contacts)
    VALUES (new.licence_id, new.fields, new.contacts);
END;
CREATE TRIGGER licence_search_text_delete AFTER DELETE ON licence_search_text BEGIN
    INSERT INTO licence_search (licence_search, rowid, fields, contacts)
    VALUES ('delete', old.licence_id, old.fields, old.contacts);
END;
CREATE TRIGGER licence_search_text_update AFTER UPDATE ON licence_search_text BEGIN
    INSERT INTO licence_search (licence_search, rowid, fields, contacts)
    VALUES ('delete', old.licence_id, old.fields, old.contacts);
    INSERT INTO licence_search (rowid, fields, contacts)
    VALUES (new.licence_id, new.fields, new.contacts);
END;
CREATE TRIGGER licence_search_licence_insert AFTER INSERT ON licences BEGIN
    INSERT INTO licence_search_text (licence_id, fields, contacts)
    VALUES (new.id, licence_search_fold(new.sen) || char(65535)
        || licence_search_fold(new.product) || char(65535)
        || licence_search_fold(new.organisation) || char(65535)
        || licence_search_fold(new.server_id) || char(65535)
        || licence_search_fold(new.name) || char(65535) || licence_search_fold(new.notes), '');
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
        || licence_search_fold(new.name) || char(65535) || licence_search_fold(new.notes)
    WHERE licence_id = new.id;
END;
CREATE TRIGGER licence_search_licence_delete AFTER DELETE ON licences BEGIN
    DELETE FROM licence_search_text WHERE licence_id = old.id;
END;
CREATE TRIGGER licence_search_contact_insert AFTER INSERT ON licence_contacts BEGIN
    UPDATE licence_search_text SET contacts = (SELECT coalesce(group_concat(
        licence_search_fold(a.email), char(65535)), '') FROM accounts a WHERE a.id IN
        (SELECT c.account_id FROM licence_contacts c WHERE c.licence_id = new.licence_id))
    WHERE licence_id = new.licence_id;
END;
CREATE TRIGGER licence_search_contact_delete AFTER DELETE ON licence_contacts BEGIN
    UPDATE licence_search_text SET contacts = (SELECT coalesce(group_concat(
        licence_search_fold(a.email), char(65535)), '') FROM accounts a WHERE a.id IN
        (SELECT c.account_id FROM licence_contacts c WHERE c.licence_id = old.licence_id))
    WHERE licence_id = old.licence_id;
END;
CREATE TRIGGER licence_search_account_email AFTER UPDATE OF email ON accounts
    WHEN old.email IS NOT new.email BEGIN
    UPDATE licence_search_text SET contacts = (SELECT coalesce(group_concat(
        licence_search_fold(a.email), char(65535)), '') FROM accounts a WHERE a.id IN
        (SELECT c.account_id FROM licence_contacts c
         WHERE c.licence_id = licence_search_text.licence_id))
    WHERE licence_id IN (SELECT licence_id FROM licence_contacts WHERE account_id = new.id);
END;
INSERT INTO licence_search_text (licence_id, fields, contacts)
SELECT l.id, licence_search_fold(l.sen) || char(65535) || licence_search_fold(l.product)
        || char(65535) || licence_search_fold(l.organisation) || char(65535)
        || licence_search_fold(l.server_id) || char(65535) || licence_search_fold(l.name)
        || char(65535) || licence_search_fold(l.notes),
    (SELECT coalesce(group_concat(licence_search_fold(a.email), char(65535)), '')
     FROM accounts a
     WHERE a.id IN (SELECT c.account_id FROM licence_contacts c WHERE c.licence_id = l.id))
FROM licences l;
