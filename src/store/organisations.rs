//! The `organisations` and `organisation_access` tables: the customer companies, which licences
//! belong to each, and who besides the licences' contacts reaches them.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::organisation::{Access, AccessRole, Organisation, name_from_key, name_key};
use crate::domain::{AccountId, Email, LicenceId, OrganisationId, Viewer};

const COLUMNS: &str = "o.id, o.name, o.reports, o.created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: row.get(0)?,
        name: row.get(1)?,
        reports: row.get(2)?,
        created_at: row.get(3)?,
    })
}

/// The organisation a name belongs to, created under that spelling when no organisation has a
/// name with the same key. `None` for a blank name.
pub fn find_or_create(
    conn: &Connection,
    name: &str,
    now: i64,
) -> rusqlite::Result<Option<OrganisationId>> {
    let Some(name) = name_from_key(name) else {
        return Ok(None);
    };
    let Some(key) = name_key(&name) else {
        return Ok(None);
    };
    if let Some(id) = by_key(conn, &key)? {
        return Ok(Some(id));
    }
    conn.prepare_cached(
        "INSERT INTO organisations (name, name_key, created_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![name, key, now])?;
    Ok(Some(OrganisationId(conn.last_insert_rowid())))
}

/// The organisation whose name has this key.
fn by_key(conn: &Connection, key: &str) -> rusqlite::Result<Option<OrganisationId>> {
    conn.prepare_cached("SELECT id FROM organisations WHERE name_key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()
}

/// The organisation another one already uses this name (by its key), if any.
pub fn named(conn: &Connection, name: &str) -> rusqlite::Result<Option<OrganisationId>> {
    match name_from_key(name).and_then(|name| name_key(&name)) {
        Some(key) => by_key(conn, &key),
        None => Ok(None),
    }
}

pub fn by_id(conn: &Connection, id: OrganisationId) -> rusqlite::Result<Option<Organisation>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organisations o WHERE o.id = ?1"
    ))?
    .query_row([id], from_row)
    .optional()
}

/// Every organisation, by name.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organisations o ORDER BY o.name_key, o.id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// The organisations a viewer reaches as a whole: every one for an administrator; those they
/// manage or hold running access to for anyone else.
pub fn reachable(
    conn: &Connection,
    viewer: Viewer,
    now: i64,
) -> rusqlite::Result<Vec<Organisation>> {
    if viewer.is_admin {
        return all(conn);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organisations o WHERE o.id IN (SELECT organisation_id \
         FROM organisation_access WHERE account_id = ?1 AND (ends_at IS NULL OR ends_at > ?2)) \
         ORDER BY o.name_key, o.id"
    ))?;
    let rows = stmt.query_map(params![viewer.account_id, now], from_row)?;
    rows.collect()
}

/// Whether an account manages an organisation or holds running access to one: what puts
/// organisations and their dashboard in its navigation.
pub fn reaches_any(conn: &Connection, account: AccountId, now: i64) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM organisation_access WHERE account_id = ?1 \
         AND (ends_at IS NULL OR ends_at > ?2))",
    )?
    .query_row(params![account, now], |row| row.get(0))
}

/// The number of licences of each organisation that has any, as the list's Licences tab counts
/// them: neither archived nor evaluations.
pub fn licence_counts(
    conn: &Connection,
) -> rusqlite::Result<std::collections::HashMap<OrganisationId, i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT organisation_id, COUNT(*) FROM licences \
         WHERE organisation_id IS NOT NULL AND archived = 0 AND is_evaluation = 0 \
         GROUP BY organisation_id",
    )?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// The number of licences of one organisation, counted as [`licence_counts`] does.
pub fn licence_count(conn: &Connection, id: OrganisationId) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM licences WHERE organisation_id = ?1 AND archived = 0 \
         AND is_evaluation = 0",
    )?
    .query_row([id], |row| row.get(0))
}

/// What merging an organisation away moves: its licences (archived ones too), its managers,
/// and its consultants' grants still running at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Belongings {
    pub licences: i64,
    pub managers: i64,
    pub grants: i64,
}

pub fn belongings(conn: &Connection, id: OrganisationId, now: i64) -> rusqlite::Result<Belongings> {
    conn.prepare_cached(
        "SELECT (SELECT COUNT(*) FROM licences WHERE organisation_id = ?1), \
         (SELECT COUNT(*) FROM organisation_access WHERE organisation_id = ?1 \
          AND role = 'manager'), \
         (SELECT COUNT(*) FROM organisation_access WHERE organisation_id = ?1 \
          AND role = 'consultant' AND ends_at > ?2)",
    )?
    .query_row(params![id, now], |row| {
        Ok(Belongings {
            licences: row.get(0)?,
            managers: row.get(1)?,
            grants: row.get(2)?,
        })
    })
}

/// The organisations an account manages, by name.
pub fn managed_by(conn: &Connection, account: AccountId) -> rusqlite::Result<Vec<Organisation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organisations o WHERE o.id IN (SELECT organisation_id \
         FROM organisation_access WHERE account_id = ?1 AND role = 'manager') \
         ORDER BY o.name_key, o.id"
    ))?;
    let rows = stmt.query_map([account], from_row)?;
    rows.collect()
}

/// Creates an organisation under a name no other organisation has (by its key); `None` when
/// one does.
pub fn create(conn: &Connection, name: &str, now: i64) -> rusqlite::Result<Option<OrganisationId>> {
    let Some(key) = name_key(name) else {
        return Ok(None);
    };
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO organisations (name, name_key, created_at) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![name, key, now])?;
    Ok((inserted == 1).then(|| OrganisationId(conn.last_insert_rowid())))
}

/// Renames an organisation; `false` when another organisation has the name (by its key).
pub fn rename(conn: &Connection, id: OrganisationId, name: &str) -> rusqlite::Result<bool> {
    let Some(key) = name_key(name) else {
        return Ok(false);
    };
    if by_key(conn, &key)?.is_some_and(|other| other != id) {
        return Ok(false);
    }
    conn.prepare_cached("UPDATE organisations SET name = ?2, name_key = ?3 WHERE id = ?1")?
        .execute(params![id, name, key])?;
    Ok(true)
}

pub fn set_reports(conn: &Connection, id: OrganisationId, on: bool) -> rusqlite::Result<usize> {
    conn.prepare_cached("UPDATE organisations SET reports = ?2 WHERE id = ?1")?
        .execute(params![id, on])
}

/// Moves everything of `from` into `into` and deletes `from`: its licences, its managers (one
/// who manages both stays one manager) and its consultants' grants, which end at `now`: a
/// consultant let into one company does not come to read the other's licences by a merge.
/// Its role mailboxes move too. Returns the licences moved.
pub fn merge(
    conn: &Connection,
    from: OrganisationId,
    into: OrganisationId,
    now: i64,
) -> rusqlite::Result<usize> {
    // The administrator who merges is told on the confirmation page; the managers of the
    // organisation kept are not mailed about access to a company they did not manage.
    conn.prepare_cached(
        "UPDATE organisation_access SET ends_at = ?2, revoked_at = ?2, end_told_at = ?2 \
         WHERE organisation_id = ?1 AND role = 'consultant' AND ends_at > ?2",
    )?
    .execute(params![from, now])?;
    let moved = conn
        .prepare_cached("UPDATE licences SET organisation_id = ?2 WHERE organisation_id = ?1")?
        .execute(params![from, into])?;
    conn.prepare_cached(
        "DELETE FROM organisation_access WHERE organisation_id = ?1 AND role = 'manager' \
         AND account_id IN (SELECT account_id FROM organisation_access \
         WHERE organisation_id = ?2 AND role = 'manager')",
    )?
    .execute(params![from, into])?;
    conn.prepare_cached(
        "UPDATE organisation_access SET organisation_id = ?2 WHERE organisation_id = ?1",
    )?
    .execute(params![from, into])?;
    super::mailboxes::move_all(conn, from, into)?;
    conn.prepare_cached("DELETE FROM organisations WHERE id = ?1")?
        .execute([from])?;
    Ok(moved)
}

/// Puts a licence in an organisation.
pub fn set_licence(
    conn: &Connection,
    licence: LicenceId,
    organisation: OrganisationId,
) -> rusqlite::Result<usize> {
    conn.prepare_cached("UPDATE licences SET organisation_id = ?2 WHERE id = ?1")?
        .execute(params![licence, organisation])
}

/// Gives every licence without an organisation the one its key's Organisation names, creating
/// organisations as needed (a database from before organisations, once). Returns how many.
pub fn adopt_unassigned(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    let unassigned: Vec<(LicenceId, String)> = conn
        .prepare(
            "SELECT id, organisation FROM licences WHERE organisation_id IS NULL \
             AND organisation <> '' ORDER BY id",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut adopted = 0;
    for (licence, name) in &unassigned {
        if let Some(organisation) = find_or_create(conn, name, now)? {
            adopted += set_licence(conn, *licence, organisation)?;
        }
    }
    Ok(adopted)
}

fn access_from_row(row: &Row<'_>) -> rusqlite::Result<Access> {
    let role: String = row.get(3)?;
    Ok(Access {
        id: row.get(0)?,
        organisation_id: row.get(1)?,
        account_id: row.get(2)?,
        // The table's CHECK constraint allows only the two roles.
        role: AccessRole::parse(&role).unwrap_or(AccessRole::Consultant),
        with_keys: row.get(4)?,
        granted_by: row.get(5)?,
        starts_at: row.get(6)?,
        ends_at: row.get(7)?,
        revoked_at: row.get(8)?,
    })
}

const ACCESS_COLUMNS: &str = "x.id, x.organisation_id, x.account_id, x.role, x.with_keys, \
     x.granted_by, x.starts_at, x.ends_at, x.revoked_at";

/// One person's access to an organisation, with their address.
#[derive(Debug, Clone)]
pub struct Holder {
    pub access: Access,
    pub email: Email,
    pub display_name: String,
}

fn holder_from_row(row: &Row<'_>) -> rusqlite::Result<Holder> {
    let email: String = row.get(9)?;
    Ok(Holder {
        access: access_from_row(row)?,
        email: Email::parse(&email).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(9, rusqlite::types::Type::Text, Box::new(e))
        })?,
        display_name: row.get(10)?,
    })
}

/// Everyone with access to an organisation: managers first, then consultants' grants, newest
/// first (running and ended).
pub fn holders(conn: &Connection, organisation: OrganisationId) -> rusqlite::Result<Vec<Holder>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ACCESS_COLUMNS}, a.email, a.display_name FROM organisation_access x \
         JOIN accounts a ON a.id = x.account_id WHERE x.organisation_id = ?1 \
         ORDER BY x.role <> 'manager', x.starts_at DESC, x.id DESC"
    ))?;
    let rows = stmt.query_map([organisation], holder_from_row)?;
    rows.collect()
}

/// The managers of an organisation (their addresses, for its mail).
pub fn managers(conn: &Connection, organisation: OrganisationId) -> rusqlite::Result<Vec<Holder>> {
    Ok(holders(conn, organisation)?
        .into_iter()
        .filter(|h| h.access.role == AccessRole::Manager)
        .collect())
}

/// The accounts of an organisation's managers that are not disabled: who its mail goes to.
pub fn managers_to_tell(
    conn: &Connection,
    organisation: OrganisationId,
) -> rusqlite::Result<Vec<crate::domain::Account>> {
    let mut accounts = Vec::new();
    for manager in managers(conn, organisation)? {
        if let Some(account) = super::accounts::by_id(conn, manager.access.account_id)?
            && account.state != crate::domain::AccountState::Disabled
        {
            accounts.push(account);
        }
    }
    Ok(accounts)
}

/// Whether an account manages an organisation.
pub fn manages(
    conn: &Connection,
    account: AccountId,
    organisation: OrganisationId,
) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM organisation_access WHERE organisation_id = ?1 \
         AND account_id = ?2 AND role = 'manager')",
    )?
    .query_row(params![organisation, account], |row| row.get(0))
}

/// Makes an account a manager of an organisation; `false` when it already is one.
pub fn add_manager(
    conn: &Connection,
    organisation: OrganisationId,
    account: AccountId,
    granted_by: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let added = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO organisation_access \
             (organisation_id, account_id, role, with_keys, granted_by, starts_at) \
             VALUES (?1, ?2, 'manager', 1, ?3, ?4)",
        )?
        .execute(params![organisation, account, granted_by, now])?;
    Ok(added == 1)
}

/// Ends a manager's role; `false` when the account was not one.
pub fn remove_manager(
    conn: &Connection,
    organisation: OrganisationId,
    account: AccountId,
) -> rusqlite::Result<bool> {
    let removed = conn
        .prepare_cached(
            "DELETE FROM organisation_access WHERE organisation_id = ?1 AND account_id = ?2 \
             AND role = 'manager'",
        )?
        .execute(params![organisation, account])?;
    Ok(removed == 1)
}

/// Grants a consultant read access to an organisation from `now` until `ends_at`.
pub fn grant(
    conn: &Connection,
    organisation: OrganisationId,
    account: AccountId,
    with_keys: bool,
    granted_by: &str,
    now: i64,
    ends_at: i64,
) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO organisation_access \
         (organisation_id, account_id, role, with_keys, granted_by, starts_at, ends_at) \
         VALUES (?1, ?2, 'consultant', ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        organisation,
        account,
        with_keys,
        granted_by,
        now,
        ends_at
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Ends a running grant now; `false` when it was not running (or is not a grant of this
/// organisation).
pub fn revoke(
    conn: &Connection,
    organisation: OrganisationId,
    grant: i64,
    now: i64,
) -> rusqlite::Result<bool> {
    let ended = conn
        .prepare_cached(
            "UPDATE organisation_access SET ends_at = ?3, revoked_at = ?3 \
             WHERE id = ?2 AND organisation_id = ?1 \
             AND role = 'consultant' AND ends_at > ?3",
        )?
        .execute(params![organisation, grant, now])?;
    Ok(ended == 1)
}

/// Grants that have ended and whose managers were not told yet.
pub fn ended_untold(conn: &Connection, now: i64) -> rusqlite::Result<Vec<Holder>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ACCESS_COLUMNS}, a.email, a.display_name FROM organisation_access x \
         JOIN accounts a ON a.id = x.account_id WHERE x.end_told_at IS NULL \
         AND x.ends_at <= ?1 ORDER BY x.ends_at, x.id"
    ))?;
    let rows = stmt.query_map([now], holder_from_row)?;
    rows.collect()
}

pub fn mark_end_told(conn: &Connection, grant: i64, now: i64) -> rusqlite::Result<usize> {
    conn.prepare_cached("UPDATE organisation_access SET end_told_at = ?2 WHERE id = ?1")?
        .execute(params![grant, now])
}

/// How an account reaches an organisation at `now`: as its manager, or by a running grant
/// (the one that sees keys, if several run).
pub fn access_of(
    conn: &Connection,
    account: AccountId,
    organisation: OrganisationId,
    now: i64,
) -> rusqlite::Result<Option<Access>> {
    conn.prepare_cached(&format!(
        "SELECT {ACCESS_COLUMNS} FROM organisation_access x WHERE x.account_id = ?1 \
         AND x.organisation_id = ?2 AND (x.ends_at IS NULL OR x.ends_at > ?3) \
         ORDER BY x.role <> 'manager', x.with_keys DESC LIMIT 1"
    ))?
    .query_row(params![account, organisation, now], access_from_row)
    .optional()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountState, LicenceFields};
    use crate::store::{accounts, licences, open_in_memory};

    fn licence_of(conn: &Connection, sen: &str, organisation: &str) -> LicenceId {
        licences::insert(
            conn,
            &LicenceFields {
                organisation: organisation.into(),
                ..LicenceFields::sample(sen)
            },
            1,
        )
        .unwrap()
    }

    fn account(conn: &Connection, email: &str) -> AccountId {
        accounts::insert(
            conn,
            &accounts::NewAccount {
                email: &Email::parse(email).unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Active,
            },
            1,
        )
        .unwrap()
    }

    fn organisation_of(conn: &Connection, licence: LicenceId) -> Option<OrganisationId> {
        conn.query_row(
            "SELECT organisation_id FROM licences WHERE id = ?1",
            [licence],
            |row| row.get(0),
        )
        .unwrap()
    }

    #[test]
    fn a_new_licence_joins_the_organisation_its_key_names_however_spelled() {
        let conn = open_in_memory().unwrap();
        let first = licence_of(&conn, "SEN-1", "Example Ltd");
        let second = licence_of(&conn, "SEN-2", "EXAMPLE LTD.");
        let other = licence_of(&conn, "SEN-3", "Other GmbH");
        let none = licence_of(&conn, "SEN-4", "");
        assert!(organisation_of(&conn, first).is_some());
        assert_eq!(
            organisation_of(&conn, first),
            organisation_of(&conn, second)
        );
        assert_ne!(organisation_of(&conn, first), organisation_of(&conn, other));
        assert_eq!(organisation_of(&conn, none), None);
        let names: Vec<String> = all(&conn).unwrap().into_iter().map(|o| o.name).collect();
        assert_eq!(names, ["Example Ltd", "Other GmbH"]);
    }

    #[test]
    fn merging_moves_licences_and_managers_keeps_one_manager_and_ends_grants() {
        let conn = open_in_memory().unwrap();
        let a = licence_of(&conn, "SEN-1", "Alpha");
        let b = licence_of(&conn, "SEN-2", "Alpha Holding");
        let (alpha, holding) = (
            organisation_of(&conn, a).unwrap(),
            organisation_of(&conn, b).unwrap(),
        );
        let both = account(&conn, "both@example.com");
        let one = account(&conn, "one@example.com");
        add_manager(&conn, alpha, both, "admin", 1).unwrap();
        add_manager(&conn, holding, both, "admin", 1).unwrap();
        add_manager(&conn, holding, one, "admin", 1).unwrap();
        let consultant = account(&conn, "consultant@example.com");
        grant(&conn, holding, consultant, false, "admin", 1, 1000).unwrap();
        assert_eq!(merge(&conn, holding, alpha, 10).unwrap(), 1);
        // The consultant of the holding reads neither company now.
        assert!(access_of(&conn, consultant, alpha, 11).unwrap().is_none());
        assert!(ended_untold(&conn, 11).unwrap().is_empty());
        assert_eq!(organisation_of(&conn, b), Some(alpha));
        assert!(by_id(&conn, holding).unwrap().is_none());
        let managers: Vec<String> = managers(&conn, alpha)
            .unwrap()
            .into_iter()
            .map(|h| h.email.to_string())
            .collect();
        assert_eq!(managers.len(), 2, "{managers:?}");
    }

    #[test]
    fn a_grant_counts_until_its_end_and_revoking_ends_it() {
        let conn = open_in_memory().unwrap();
        let licence = licence_of(&conn, "SEN-1", "Alpha");
        let alpha = organisation_of(&conn, licence).unwrap();
        let consultant = account(&conn, "c@example.com");
        let id = grant(&conn, alpha, consultant, false, "admin", 100, 200).unwrap();
        assert!(access_of(&conn, consultant, alpha, 199).unwrap().is_some());
        assert!(access_of(&conn, consultant, alpha, 200).unwrap().is_none());
        assert!(revoke(&conn, alpha, id, 150).unwrap());
        assert!(access_of(&conn, consultant, alpha, 151).unwrap().is_none());
        assert!(!revoke(&conn, alpha, id, 160).unwrap(), "already ended");
        assert_eq!(ended_untold(&conn, 151).unwrap().len(), 1);
        mark_end_told(&conn, id, 151).unwrap();
        assert!(ended_untold(&conn, 151).unwrap().is_empty());
    }
}
