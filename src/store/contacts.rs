//! Reading a licence's technical and billing contacts (the `licence_contacts` table), and which
//! of them is primary.
//!
//! Until contacts get a primary column of their own, the primary of a role is its earliest
//! contact: the smallest `added_at`, then the row added first. [`PRIMARY`] states that rule in
//! SQL for the queries that need it (the orders a primary may see).

use std::collections::HashMap;

use rusqlite::{Connection, params};

use crate::domain::{AccountId, LicenceId};

/// An SQL condition true when the `licence_contacts` row aliased `c` is the primary of its
/// role: no contact of that role on that licence was added before it.
pub const PRIMARY: &str = "NOT EXISTS (SELECT 1 FROM licence_contacts p \
     WHERE p.licence_id = c.licence_id AND p.role = c.role \
     AND (p.added_at < c.added_at OR (p.added_at = c.added_at AND p.rowid < c.rowid)))";

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContactRole {
    Technical,
    Billing,
}

impl ContactRole {
    pub fn as_str(self) -> &'static str {
        match self {
            ContactRole::Technical => "technical",
            ContactRole::Billing => "billing",
        }
    }

    fn parse(value: &str) -> ContactRole {
        if value == "billing" {
            ContactRole::Billing
        } else {
            ContactRole::Technical
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Contact {
    pub account_id: AccountId,
    pub email: String,
    pub display_name: String,
    pub role: ContactRole,
    pub primary: bool,
    pub added_at: i64,
}

const SELECT: &str = "SELECT c.licence_id, c.account_id, a.email, a.display_name, c.role, \
     c.added_at FROM licence_contacts c JOIN accounts a ON a.id = c.account_id";
const ORDER: &str = "ORDER BY c.licence_id, c.role DESC, c.added_at, c.rowid";

fn collect(
    rows: impl Iterator<Item = rusqlite::Result<(LicenceId, Contact)>>,
) -> rusqlite::Result<HashMap<LicenceId, Vec<Contact>>> {
    let mut out: HashMap<LicenceId, Vec<Contact>> = HashMap::new();
    for row in rows {
        let (licence, mut contact) = row?;
        let list = out.entry(licence).or_default();
        // Rows come in (licence, role, added_at) order: the first of a role is its primary.
        contact.primary = !list.iter().any(|c| c.role == contact.role);
        list.push(contact);
    }
    Ok(out)
}

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<(LicenceId, Contact)> {
    let role: String = row.get(4)?;
    Ok((
        LicenceId(row.get(0)?),
        Contact {
            account_id: AccountId(row.get(1)?),
            email: row.get(2)?,
            display_name: row.get(3)?,
            role: ContactRole::parse(&role),
            primary: false,
            added_at: row.get(5)?,
        },
    ))
}

/// A licence's contacts: technical first, then billing, each role's primary first.
pub fn of_licence(conn: &Connection, licence: LicenceId) -> rusqlite::Result<Vec<Contact>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} WHERE c.licence_id = ?1 {ORDER}"))?;
    let rows = stmt.query_map([licence.0], from_row)?;
    Ok(collect(rows)?.remove(&licence).unwrap_or_default())
}

/// The contacts of several licences at once (one query for a page of the list).
pub fn of_licences(
    conn: &Connection,
    licences: &[LicenceId],
) -> rusqlite::Result<HashMap<LicenceId, Vec<Contact>>> {
    if licences.is_empty() {
        return Ok(HashMap::new());
    }
    let ids = serde_json::to_string(&licences.iter().map(|l| l.0).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into());
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE c.licence_id IN (SELECT value FROM json_each(?1)) {ORDER}"
    ))?;
    let rows = stmt.query_map([ids], from_row)?;
    collect(rows)
}

/// Gives `to` the same contacts as `from` (a developer licence is seen by whoever sees its
/// production licence). Contacts `to` already has are kept as they are.
pub fn copy(
    conn: &Connection,
    from: LicenceId,
    to: LicenceId,
    now: i64,
) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT OR IGNORE INTO licence_contacts (licence_id, account_id, role, added_at) \
         SELECT ?2, account_id, role, ?3 FROM licence_contacts WHERE licence_id = ?1 \
         ORDER BY role DESC, added_at, rowid",
        params![from.0, to.0, now],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountState, Deployment, Email};
    use crate::store::accounts::{self, NewAccount};
    use crate::store::licences::{self, NewLicence, add_contact};

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
            &NewLicence {
                product: "Jira".into(),
                name: "Jira".into(),
                licence_type: "Commercial".into(),
                deployment: Deployment::Server,
                user_tier: None,
                sen: None,
                licence_key: None,
                key_genuine: None,
                server_id: None,
                organisation: String::new(),
                licensed_to: String::new(),
                purchase_date: None,
                support_expiry: None,
                licence_expiry: None,
                support_level: String::new(),
                auto_renew: false,
                archived: false,
                is_evaluation: false,
                production_licence_id: None,
            },
            0,
        )
        .unwrap()
    }

    #[test]
    fn the_earliest_contact_of_each_role_is_primary() {
        let conn = crate::store::open_in_memory().unwrap();
        let (ann, bob, cy) = (
            account(&conn, "ann@x.com"),
            account(&conn, "bob@x.com"),
            account(&conn, "cy@x.com"),
        );
        let l = licence(&conn);
        add_contact(&conn, l, bob, "technical", 20).unwrap();
        add_contact(&conn, l, ann, "technical", 10).unwrap();
        add_contact(&conn, l, cy, "billing", 30).unwrap();
        let contacts = of_licence(&conn, l).unwrap();
        let summary: Vec<(&str, ContactRole, bool)> = contacts
            .iter()
            .map(|c| (c.email.as_str(), c.role, c.primary))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("ann@x.com", ContactRole::Technical, true),
                ("bob@x.com", ContactRole::Technical, false),
                ("cy@x.com", ContactRole::Billing, true),
            ]
        );
        let primaries: i64 = conn
            .query_row(
                &format!("SELECT count(*) FROM licence_contacts c WHERE {PRIMARY}"),
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(primaries, 2);
        let other = licence(&conn);
        assert_eq!(copy(&conn, l, other, 40).unwrap(), 3);
        let batch = of_licences(&conn, &[l, other]).unwrap();
        assert_eq!(batch[&other].len(), 3);
        assert!(batch[&other][0].primary);
    }
}
