//! The `licence_contacts` and `licence_primaries` tables: who is a contact of a licence, in
//! which role, and who is the primary of each role. The schema (migration 0005) enforces that a
//! role with contacts has exactly one primary; the tests below try to break it with raw SQL.

use rusqlite::{Connection, Row, params};

use crate::domain::people::OrphanedPrimary;
use crate::domain::{
    AccountId, AccountState, Contact, ContactRole, Email, LicenceContacts, LicenceId,
};

fn contact_from_row(row: &Row<'_>) -> rusqlite::Result<Contact> {
    let email: String = row.get(1)?;
    let state: String = row.get(3)?;
    let role: String = row.get(4)?;
    Ok(Contact {
        account_id: AccountId(row.get(0)?),
        email: Email::parse(&email).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
        })?,
        display_name: row.get(2)?,
        state: AccountState::parse(&state).unwrap_or(AccountState::Disabled),
        // The table's CHECK constraint allows only the two roles.
        role: ContactRole::parse(&role).unwrap_or(ContactRole::Technical),
        is_primary: row.get(5)?,
        added_at: row.get(6)?,
    })
}

/// Every contact of a licence: technical before billing, the primary first, then by when they
/// were added.
pub fn of_licence(conn: &Connection, licence: LicenceId) -> rusqlite::Result<LicenceContacts> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.email, a.display_name, a.state, c.role, p.account_id IS NOT NULL, \
         c.added_at FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
         LEFT JOIN licence_primaries p ON p.licence_id = c.licence_id AND p.role = c.role \
         AND p.account_id = c.account_id WHERE c.licence_id = ?1 \
         ORDER BY c.role = 'billing', p.account_id IS NULL, c.added_at, a.email",
    )?;
    let contacts = stmt
        .query_map([licence.0], contact_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(LicenceContacts { contacts })
}

/// Adds a contact; the first contact of a role becomes its primary (done by the schema).
/// Returns whether the account was not already a contact of that role.
pub fn add(
    conn: &Connection,
    licence: LicenceId,
    account: AccountId,
    role: ContactRole,
    now: i64,
) -> rusqlite::Result<bool> {
    let added = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO licence_contacts (licence_id, account_id, role, added_at) \
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![licence.0, account.0, role.as_str(), now])?;
    Ok(added == 1)
}

/// Removes a contact. The schema refuses to remove the primary of a role that has other
/// contacts; callers check that first to explain it.
pub fn remove(
    conn: &Connection,
    licence: LicenceId,
    account: AccountId,
    role: ContactRole,
) -> rusqlite::Result<bool> {
    let removed = conn
        .prepare_cached(
            "DELETE FROM licence_contacts WHERE licence_id = ?1 AND account_id = ?2 AND role = ?3",
        )?
        .execute(params![licence.0, account.0, role.as_str()])?;
    Ok(removed == 1)
}

/// Makes a contact of the role its primary; the previous primary stays a (secondary) contact.
/// Returns whether the primary changed.
pub fn set_primary(
    conn: &Connection,
    licence: LicenceId,
    role: ContactRole,
    account: AccountId,
    now: i64,
) -> rusqlite::Result<bool> {
    let changed = conn
        .prepare_cached(
            "UPDATE licence_primaries SET account_id = ?3, since = ?4 \
             WHERE licence_id = ?1 AND role = ?2 AND account_id <> ?3",
        )?
        .execute(params![licence.0, role.as_str(), account.0, now])?;
    Ok(changed == 1)
}

/// A licence an account is a contact of, with its roles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    pub licence_id: LicenceId,
    pub role: ContactRole,
    pub is_primary: bool,
}

/// Every licence role an account holds, by licence.
pub fn of_account(conn: &Connection, account: AccountId) -> rusqlite::Result<Vec<Membership>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.licence_id, c.role, p.account_id IS NOT NULL FROM licence_contacts c \
         LEFT JOIN licence_primaries p ON p.licence_id = c.licence_id AND p.role = c.role \
         AND p.account_id = c.account_id WHERE c.account_id = ?1 ORDER BY c.licence_id, c.role",
    )?;
    let rows = stmt.query_map([account.0], |row| {
        let role: String = row.get(1)?;
        Ok(Membership {
            licence_id: LicenceId(row.get(0)?),
            role: ContactRole::parse(&role).unwrap_or(ContactRole::Technical),
            is_primary: row.get(2)?,
        })
    })?;
    rows.collect()
}

pub fn disabled_primaries(conn: &Connection) -> rusqlite::Result<Vec<OrphanedPrimary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.id, l.sen, l.name, p.role, a.email FROM licence_primaries p \
         JOIN accounts a ON a.id = p.account_id JOIN licences l ON l.id = p.licence_id \
         WHERE a.state = 'disabled' ORDER BY l.sen, l.id, p.role",
    )?;
    let rows = stmt.query_map([], |row| {
        let role: String = row.get(3)?;
        Ok(OrphanedPrimary {
            licence_id: LicenceId(row.get(0)?),
            sen: row.get(1)?,
            name: row.get(2)?,
            role: ContactRole::parse(&role).unwrap_or(ContactRole::Technical),
            primary_email: row.get(4)?,
        })
    })?;
    rows.collect()
}

/// The contacts of several licences at once (one query for a page of the list), each licence's
/// in the order of [`of_licence`].
pub fn of_licences(
    conn: &Connection,
    licences: &[LicenceId],
) -> rusqlite::Result<std::collections::HashMap<LicenceId, LicenceContacts>> {
    let mut out: std::collections::HashMap<LicenceId, LicenceContacts> = Default::default();
    if licences.is_empty() {
        return Ok(out);
    }
    let ids = serde_json::Value::from(licences.iter().map(|l| l.0).collect::<Vec<_>>());
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.email, a.display_name, a.state, c.role, p.account_id IS NOT NULL, \
         c.added_at, c.licence_id FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
         LEFT JOIN licence_primaries p ON p.licence_id = c.licence_id AND p.role = c.role \
         AND p.account_id = c.account_id \
         WHERE c.licence_id IN (SELECT value FROM json_each(?1)) \
         ORDER BY c.licence_id, c.role = 'billing', p.account_id IS NULL, c.added_at, a.email",
    )?;
    let rows = stmt.query_map([ids.to_string()], |row| {
        Ok((LicenceId(row.get(7)?), contact_from_row(row)?))
    })?;
    for row in rows {
        let (licence, contact) = row?;
        out.entry(licence).or_default().contacts.push(contact);
    }
    Ok(out)
}

/// Gives `to` the contacts of `from` (a developer licence is seen by whoever sees its
/// production licence), each role's primary first so that it becomes `to`'s primary too.
/// Contacts `to` already has stay as they are.
pub fn copy(
    conn: &Connection,
    from: LicenceId,
    to: LicenceId,
    now: i64,
) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT OR IGNORE INTO licence_contacts (licence_id, account_id, role, added_at) \
         SELECT ?2, c.account_id, c.role, ?3 FROM licence_contacts c \
         LEFT JOIN licence_primaries p ON p.licence_id = c.licence_id AND p.role = c.role \
         AND p.account_id = c.account_id WHERE c.licence_id = ?1 \
         ORDER BY c.role, p.account_id IS NULL, c.added_at",
        params![from.0, to.0, now],
    )
}

/// A contact as the JSON export keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportContact {
    pub email: String,
    pub role: String,
    pub added_at: i64,
    /// Set for the primary of its role: since when.
    pub primary_since: Option<i64>,
}

/// A licence's contacts for the export: technical before billing, each role's primary first
/// (so that an import, adding them in this order, makes the same primary), then as added.
pub fn for_export(conn: &Connection, licence: LicenceId) -> rusqlite::Result<Vec<ExportContact>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.email, c.role, c.added_at, p.since FROM licence_contacts c \
         JOIN accounts a ON a.id = c.account_id \
         LEFT JOIN licence_primaries p ON p.licence_id = c.licence_id AND p.role = c.role \
         AND p.account_id = c.account_id WHERE c.licence_id = ?1 \
         ORDER BY c.role DESC, p.account_id IS NULL, c.added_at, a.email",
    )?;
    let rows = stmt.query_map([licence.0], |row| {
        Ok(ExportContact {
            email: row.get(0)?,
            role: row.get(1)?,
            added_at: row.get(2)?,
            primary_since: row.get(3)?,
        })
    })?;
    rows.collect()
}

/// A period an account was a primary, as the JSON export keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTerm {
    pub role: String,
    pub account: Option<String>,
    pub started_at: i64,
    pub ended_at: Option<i64>,
}

/// Every primary term of a licence, in the order they were recorded.
pub fn terms_for_export(
    conn: &Connection,
    licence: LicenceId,
) -> rusqlite::Result<Vec<ExportTerm>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.role, a.email, t.started_at, t.ended_at FROM primary_terms t \
         LEFT JOIN accounts a ON a.id = t.account_id WHERE t.licence_id = ?1 ORDER BY t.id",
    )?;
    let rows = stmt.query_map([licence.0], |row| {
        Ok(ExportTerm {
            role: row.get(0)?,
            account: row.get(1)?,
            started_at: row.get(2)?,
            ended_at: row.get(3)?,
        })
    })?;
    rows.collect()
}

/// Restores an exported contact exactly: added at its time, and (for a primary) primary
/// since its time. The caller adds each role's primary first, so the schema makes it primary.
pub fn restore(
    conn: &Connection,
    licence: LicenceId,
    account: AccountId,
    role: ContactRole,
    added_at: i64,
    primary_since: Option<i64>,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO licence_contacts (licence_id, account_id, role, added_at) \
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![licence.0, account.0, role.as_str(), added_at])?;
    if let Some(since) = primary_since {
        conn.prepare_cached(
            "UPDATE licence_primaries SET since = ?4 WHERE licence_id = ?1 AND role = ?2 \
             AND account_id = ?3",
        )?
        .execute(params![licence.0, role.as_str(), account.0, since])?;
    }
    Ok(())
}

/// Replaces a licence's primary terms with exported ones (the terms the schema opened while
/// the contacts were restored are not history).
pub fn restore_terms(
    conn: &Connection,
    licence: LicenceId,
    terms: &[(ContactRole, Option<AccountId>, i64, Option<i64>)],
) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM primary_terms WHERE licence_id = ?1",
        [licence.0],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO primary_terms (licence_id, role, account_id, started_at, ended_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (role, account, started, ended) in terms {
        insert.execute(params![
            licence.0,
            role.as_str(),
            account.map(|a| a.0),
            started,
            ended
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::accounts::{self, NewAccount};
    use crate::store::licences;

    fn account(conn: &Connection, email: &str) -> AccountId {
        accounts::insert(
            conn,
            &NewAccount {
                email: &Email::parse(email).unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Active,
            },
            0,
        )
        .unwrap()
    }

    fn licence(conn: &Connection) -> LicenceId {
        licences::insert(
            conn,
            &crate::domain::LicenceFields {
                product: "Jira".into(),
                name: "JIRA (Server) 10 Users: Commercial License".into(),
                deployment: crate::domain::Deployment::Server,
                ..crate::domain::LicenceFields::sample("SEN-12683313")
            },
            0,
        )
        .unwrap()
    }

    fn primaries(conn: &Connection) -> Vec<(i64, String, i64)> {
        let mut stmt = conn
            .prepare("SELECT licence_id, role, account_id FROM licence_primaries ORDER BY 1, 2")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    /// A licence with primary technical contact `a` and secondary `b`.
    fn seeded() -> (Connection, LicenceId, AccountId, AccountId) {
        let conn = crate::store::open_in_memory().unwrap();
        let (a, b) = (account(&conn, "a@x.com"), account(&conn, "b@x.com"));
        let l = licence(&conn);
        add(&conn, l, a, ContactRole::Technical, 1).unwrap();
        add(&conn, l, b, ContactRole::Technical, 2).unwrap();
        (conn, l, a, b)
    }

    fn refused(conn: &Connection, sql: &str) -> String {
        match conn.execute_batch(sql) {
            Ok(()) => panic!("the database accepted: {sql}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn the_first_contact_of_a_role_is_its_primary_also_through_add_contact() {
        let (conn, l, a, b) = seeded();
        assert_eq!(primaries(&conn), vec![(l.0, "technical".into(), a.0)]);
        // The import path (store::licences::add_contact) gets the same guarantee.
        licences::add_contact(&conn, l, b, "billing", 3).unwrap();
        assert_eq!(
            primaries(&conn),
            vec![(l.0, "billing".into(), b.0), (l.0, "technical".into(), a.0)]
        );
        let contacts = of_licence(&conn, l).unwrap();
        assert_eq!(
            contacts.primary(ContactRole::Technical).unwrap().account_id,
            a
        );
        assert!(!contacts.find(ContactRole::Technical, b).unwrap().is_primary);
    }

    #[test]
    fn raw_sql_cannot_leave_a_role_without_a_primary() {
        let (conn, l, a, b) = seeded();
        let before = primaries(&conn);
        // Deleting the primary row, directly or with everything.
        assert!(refused(&conn, "DELETE FROM licence_primaries").contains("keeps its primary"));
        // Removing the primary contact while another contact remains.
        let e = refused(
            &conn,
            &format!("DELETE FROM licence_contacts WHERE account_id = {}", a.0),
        );
        assert!(e.contains("primary contact cannot be removed"), "{e}");
        // Moving the primary's contact row to another role or account.
        refused(&conn, "UPDATE licence_contacts SET role = 'billing'");
        refused(
            &conn,
            &format!(
                "UPDATE licence_contacts SET account_id = {} WHERE account_id = {}",
                b.0 + 10,
                a.0
            ),
        );
        // Moving the primary row to another role or licence.
        refused(&conn, "UPDATE licence_primaries SET role = 'billing'");
        refused(
            &conn,
            &format!("UPDATE licence_primaries SET licence_id = {}", l.0 + 1),
        );
        // Deleting the primary's account.
        refused(&conn, &format!("DELETE FROM accounts WHERE id = {}", a.0));
        assert_eq!(primaries(&conn), before);
        assert_eq!(
            conn.query_row("SELECT count(*) FROM licence_contacts", [], |r| r
                .get::<_, i64>(0))
                .unwrap(),
            2
        );
    }

    #[test]
    fn raw_sql_cannot_make_two_primaries_or_a_primary_who_is_not_a_contact() {
        let (conn, l, a, b) = seeded();
        let stranger = account(&conn, "c@x.com");
        // A second primary for the same role.
        refused(
            &conn,
            &format!(
                "INSERT INTO licence_primaries (licence_id, role, account_id, since) \
                 VALUES ({}, 'technical', {}, 5)",
                l.0, b.0
            ),
        );
        // A primary who is not a contact of the role, by update or insert.
        refused(
            &conn,
            &format!("UPDATE licence_primaries SET account_id = {}", stranger.0),
        );
        refused(
            &conn,
            &format!(
                "INSERT INTO licence_primaries (licence_id, role, account_id, since) \
                 VALUES ({}, 'billing', {}, 5)",
                l.0, a.0
            ),
        );
        assert_eq!(primaries(&conn), vec![(l.0, "technical".into(), a.0)]);
    }

    #[test]
    fn a_primary_hands_over_then_leaves_and_the_last_contact_may_go() {
        let (conn, l, a, b) = seeded();
        assert!(set_primary(&conn, l, ContactRole::Technical, b, 10).unwrap());
        assert!(!set_primary(&conn, l, ContactRole::Technical, b, 11).unwrap());
        assert!(remove(&conn, l, a, ContactRole::Technical).unwrap());
        assert_eq!(primaries(&conn), vec![(l.0, "technical".into(), b.0)]);
        // The last contact of a role may go; the role is then empty, primary included.
        assert!(remove(&conn, l, b, ContactRole::Technical).unwrap());
        assert!(primaries(&conn).is_empty());
        // The terms record who was primary when.
        let terms: Vec<(i64, i64, Option<i64>)> = conn
            .prepare("SELECT account_id, started_at, ended_at FROM primary_terms ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        assert_eq!(terms.len(), 2);
        assert_eq!(terms[0], (a.0, 1, Some(10)));
        assert_eq!((terms[1].0, terms[1].1), (b.0, 10));
        assert!(terms[1].2.is_some());
    }

    #[test]
    fn deleting_a_licence_takes_its_contacts_and_primaries() {
        let (conn, l, _, _) = seeded();
        conn.execute("DELETE FROM licences WHERE id = ?1", [l.0])
            .unwrap();
        assert!(primaries(&conn).is_empty());
        assert_eq!(
            conn.query_row("SELECT count(*) FROM licence_contacts", [], |r| r
                .get::<_, i64>(0))
                .unwrap(),
            0
        );
    }

    #[test]
    fn an_existing_database_gets_a_primary_for_every_role_when_upgraded() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        crate::store::migrate_to(&mut conn, 2).unwrap();
        conn.execute_batch(
            "INSERT INTO accounts (id, email, state, created_at) VALUES \
               (1, 'a@x.com', 'active', 0), (2, 'b@x.com', 'active', 0);
             INSERT INTO licences (id, product, name, licence_type, deployment, created_at, \
               updated_at) VALUES (7, 'Jira', 'Jira', 'Commercial', 'server', 0, 0);
             INSERT INTO licence_contacts VALUES (7, 2, 'technical', 5), (7, 1, 'technical', 9), \
               (7, 1, 'billing', 3);",
        )
        .unwrap();
        crate::store::migrate(&mut conn).unwrap();
        assert_eq!(
            primaries(&conn),
            vec![(7, "billing".into(), 1), (7, "technical".into(), 2)]
        );
    }

    #[test]
    fn disabled_primaries_are_listed_for_the_admin() {
        let (conn, l, a, _) = seeded();
        assert!(disabled_primaries(&conn).unwrap().is_empty());
        conn.execute(
            "UPDATE accounts SET state = 'disabled' WHERE id = ?1",
            [a.0],
        )
        .unwrap();
        let orphaned = disabled_primaries(&conn).unwrap();
        assert_eq!(orphaned.len(), 1);
        assert_eq!(orphaned[0].licence_id, l);
        assert_eq!(orphaned[0].primary_email, "a@x.com");
    }

    #[test]
    fn contacts_of_a_page_of_licences_and_copies_keep_the_primaries() {
        let conn = crate::store::open_in_memory().unwrap();
        let (ann, bob, cy) = (
            account(&conn, "ann@x.com"),
            account(&conn, "bob@x.com"),
            account(&conn, "cy@x.com"),
        );
        let (first, second, copy_to) = (licence(&conn), licence(&conn), licence(&conn));
        add(&conn, first, bob, ContactRole::Technical, 10).unwrap();
        add(&conn, first, ann, ContactRole::Technical, 20).unwrap();
        add(&conn, first, cy, ContactRole::Billing, 30).unwrap();
        set_primary(&conn, first, ContactRole::Technical, ann, 40).unwrap();
        add(&conn, second, cy, ContactRole::Technical, 10).unwrap();
        let page = of_licences(&conn, &[first, second]).unwrap();
        assert_eq!(page[&first], of_licence(&conn, first).unwrap());
        assert_eq!(page[&second], of_licence(&conn, second).unwrap());
        assert!(of_licences(&conn, &[]).unwrap().is_empty());

        assert_eq!(copy(&conn, first, copy_to, 50).unwrap(), 3);
        let copied = of_licence(&conn, copy_to).unwrap();
        assert_eq!(
            copied.primary(ContactRole::Technical).map(|c| c.account_id),
            Some(ann)
        );
        assert_eq!(
            copied.primary(ContactRole::Billing).map(|c| c.account_id),
            Some(cy)
        );
    }
}
