-- Licences looked up by id only to be counted in a section or sorted by support expiry: a text
-- search that finds many (counted from what the index finds) and a contact's own licences. This
-- index answers both without reading the licence's row, whose key spills onto overflow pages
-- that every column after it is read through (27,000 rows read that way cost a search 30 ms).
CREATE INDEX licences_section_by_id ON licences (id, archived, is_evaluation, support_expiry);
