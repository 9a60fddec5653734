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
