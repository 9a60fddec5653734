-- Free-text notes on a licence, kept by its contacts and administrators, exported and imported
-- with it. The licence list's search reads them too: the page generation triggers of 0006 fire
-- on every update of a licence, so a kept list page never shows notes that changed.
ALTER TABLE licences ADD COLUMN notes TEXT NOT NULL DEFAULT '';
