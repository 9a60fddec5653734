-- The licence list sorts by product, organisation or SEN as well as by support expiry: each
-- order is read from an index within a section, as licences_list_order serves the expiry order.
CREATE INDEX licences_by_product ON licences (archived, is_evaluation, product COLLATE NOCASE, id);
CREATE INDEX licences_by_organisation
    ON licences (archived, is_evaluation, organisation COLLATE NOCASE, id);
CREATE INDEX licences_by_sen ON licences (archived, is_evaluation, sen IS NULL, sen, id);
