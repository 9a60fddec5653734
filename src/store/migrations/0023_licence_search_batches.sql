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
    contacts   TEXT
) STRICT;
DROP TRIGGER licence_search_text_insert;
DROP TRIGGER licence_search_text_delete;
DROP TRIGGER licence_search_text_update;
CREATE TRIGGER licence_search_text_insert AFTER INSERT ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 0 BEGIN
    INSERT INTO licence_search (rowid, fields, contacts)
    VALUES (new.licence_id, new.fields, new.contacts);
END;
CREATE TRIGGER licence_search_text_delete AFTER DELETE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 0 BEGIN
    INSERT INTO licence_search (licence_search, rowid, fields, contacts)
    VALUES ('delete', old.licence_id, old.fields, old.contacts);
END;
CREATE TRIGGER licence_search_text_update AFTER UPDATE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 0 BEGIN
    INSERT INTO licence_search (licence_search, rowid, fields, contacts)
    VALUES ('delete', old.licence_id, old.fields, old.contacts);
    INSERT INTO licence_search (rowid, fields, contacts)
    VALUES (new.licence_id, new.fields, new.contacts);
END;
-- In a batch, the first change to a licence's text keeps what the index holds for it.
CREATE TRIGGER licence_search_text_insert_in_batch AFTER INSERT ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 1 BEGIN
    INSERT OR IGNORE INTO licence_search_stale (licence_id, fields, contacts)
    VALUES (new.licence_id, NULL, NULL);
END;
CREATE TRIGGER licence_search_text_delete_in_batch AFTER DELETE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 1 BEGIN
    INSERT OR IGNORE INTO licence_search_stale (licence_id, fields, contacts)
    VALUES (old.licence_id, old.fields, old.contacts);
END;
CREATE TRIGGER licence_search_text_update_in_batch AFTER UPDATE ON licence_search_text
    WHEN (SELECT open FROM licence_search_batch) = 1 BEGIN
    INSERT OR IGNORE INTO licence_search_stale (licence_id, fields, contacts)
    VALUES (old.licence_id, old.fields, old.contacts);
END;
