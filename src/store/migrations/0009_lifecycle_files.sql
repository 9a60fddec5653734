-- An administrator's replacement of a lifecycle table: the cut-off dates or the release table,
-- kept as the CSV text that was imported (so that it exports as it came). Without a row the
-- table shipped in the binary is used. A change bumps the page generation (0006): a kept page
-- that shows a cut-off date must not outlive a new date.
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
