-- What kind of licence each is (Server, Data Center, Fisheye/Crucible, evaluation, developer,
-- test, app): what its dates mean depends on it. New rows get it from their key, or from the
-- fields entered by hand. Existing rows are given it here from what the row says, by the rules
-- of `LicenceKind::by_hand`, with one addition: a row with a key but neither date could only have
-- come from a key whose expiries count from when it is applied, which is a test licence. App
-- licences (and test licences marked only by their description) cannot be told from the row:
-- the portal's JSON export imported again, or a new key, brings the key's kind.
ALTER TABLE licences ADD COLUMN kind TEXT NOT NULL DEFAULT 'server'
    CHECK (kind IN ('server', 'data-center', 'fisheye-crucible', 'evaluation', 'developer', 'test', 'app'));

UPDATE licences SET kind = CASE
    WHEN licence_key IS NOT NULL AND support_expiry IS NULL AND licence_expiry IS NULL
        THEN 'test'
    WHEN is_evaluation = 1 THEN 'evaluation'
    WHEN lower(licence_type) = 'developer' THEN 'developer'
    WHEN lower(licence_type) = 'testing' THEN 'test'
    WHEN lower(product) LIKE '%fisheye%' OR lower(product) LIKE '%crucible%' THEN 'fisheye-crucible'
    WHEN deployment = 'data-center' THEN 'data-center'
    ELSE 'server'
END;
