//! The `role_mailboxes` table: the addresses an organisation (or, with no organisation, the
//! portal) names to receive its reminders and notices without being accounts.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::mailbox::RoleMailbox;
use crate::domain::{Email, Language, OrganisationId};

const COLUMNS: &str = "id, organisation_id, address, language, created_at, created_by";

fn from_row(row: &Row<'_>) -> rusqlite::Result<RoleMailbox> {
    let address: String = row.get("address")?;
    let language: String = row.get("language")?;
    Ok(RoleMailbox {
        id: row.get("id")?,
        organisation_id: row.get("organisation_id")?,
        // Stored as `Email::parse` wrote it, so it parses again to the same address.
        address: Email::parse(&address).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, e.into())
        })?,
        language: Language::from_code(&language).unwrap_or_default(),
        created_at: row.get("created_at")?,
        created_by: row.get("created_by")?,
    })
}

/// A mailbox to add.
pub struct NewMailbox<'a> {
    /// `None`: the portal's.
    pub organisation_id: Option<OrganisationId>,
    pub address: &'a Email,
    pub language: Language,
    pub created_by: &'a str,
}

/// Adds a mailbox; `None` when the organisation (or the portal) has the address already.
pub fn add(conn: &Connection, mailbox: &NewMailbox<'_>, now: i64) -> rusqlite::Result<Option<i64>> {
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO role_mailboxes \
             (organisation_id, address, language, created_at, created_by) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            mailbox.organisation_id,
            mailbox.address.as_str(),
            mailbox.language.code(),
            now,
            mailbox.created_by,
        ])?;
    Ok((inserted == 1).then(|| conn.last_insert_rowid()))
}

/// The mailboxes of an organisation (`None`: the portal's own), by address.
pub fn of(
    conn: &Connection,
    organisation: Option<OrganisationId>,
) -> rusqlite::Result<Vec<RoleMailbox>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM role_mailboxes WHERE organisation_id IS ?1 ORDER BY address, id"
    ))?;
    let rows = stmt.query_map([organisation], from_row)?;
    rows.collect()
}

/// One mailbox of an organisation (`None`: of the portal); `None` when it has no such one.
pub fn by_id(
    conn: &Connection,
    organisation: Option<OrganisationId>,
    id: i64,
) -> rusqlite::Result<Option<RoleMailbox>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM role_mailboxes WHERE id = ?1 AND organisation_id IS ?2"
    ))?
    .query_row(params![id, organisation], from_row)
    .optional()
}

/// Removes a mailbox; whether there was one.
pub fn remove(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM role_mailboxes WHERE id = ?1")?
        .execute([id])?
        == 1)
}

/// Moves an organisation's mailboxes to another one, when one is merged into the other; an
/// address the other has already stays there once (the merged organisation's row goes with it).
pub fn move_all(
    conn: &Connection,
    from: OrganisationId,
    into: OrganisationId,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "UPDATE OR IGNORE role_mailboxes SET organisation_id = ?2 WHERE organisation_id = ?1",
    )?
    .execute(params![from, into])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;

    fn email(text: &str) -> Email {
        Email::parse(text).unwrap()
    }

    #[test]
    fn an_address_stands_once_per_organisation_and_once_for_the_portal() {
        let conn = store::open_in_memory().unwrap();
        let org = store::organisations::create(&conn, "Acme", 0)
            .unwrap()
            .unwrap();
        let other = store::organisations::create(&conn, "Other", 0)
            .unwrap()
            .unwrap();
        let address = email("Licences@Customer.Example");
        let new = |organisation_id| NewMailbox {
            organisation_id,
            address: &address,
            language: Language::De,
            created_by: "admin@example.com",
        };
        assert!(add(&conn, &new(Some(org)), 1).unwrap().is_some());
        assert!(add(&conn, &new(Some(org)), 2).unwrap().is_none());
        assert!(add(&conn, &new(Some(other)), 3).unwrap().is_some());
        assert!(add(&conn, &new(None), 4).unwrap().is_some());
        assert!(add(&conn, &new(None), 5).unwrap().is_none());
        let portal = of(&conn, None).unwrap();
        assert_eq!(portal.len(), 1);
        assert_eq!(portal[0].address.as_str(), "licences@customer.example");
        assert_eq!(portal[0].language, Language::De);
        assert_eq!(of(&conn, Some(org)).unwrap().len(), 1);
        // A mailbox is found only under its own organisation.
        let id = of(&conn, Some(org)).unwrap()[0].id;
        assert!(by_id(&conn, Some(other), id).unwrap().is_none());
        assert!(by_id(&conn, None, id).unwrap().is_none());
        assert!(by_id(&conn, Some(org), id).unwrap().is_some());
        assert!(remove(&conn, id).unwrap());
        assert!(!remove(&conn, id).unwrap());
    }

    #[test]
    fn a_merge_moves_the_mailboxes_and_keeps_an_address_both_had_once() {
        let conn = store::open_in_memory().unwrap();
        let from = store::organisations::create(&conn, "From", 0)
            .unwrap()
            .unwrap();
        let into = store::organisations::create(&conn, "Into", 0)
            .unwrap()
            .unwrap();
        for (organisation, address) in [
            (from, "both@x.com"),
            (from, "only-from@x.com"),
            (into, "both@x.com"),
        ] {
            let address = email(address);
            add(
                &conn,
                &NewMailbox {
                    organisation_id: Some(organisation),
                    address: &address,
                    language: Language::En,
                    created_by: "admin",
                },
                0,
            )
            .unwrap()
            .unwrap();
        }
        store::organisations::merge(&conn, from, into, 10).unwrap();
        let kept: Vec<String> = of(&conn, Some(into))
            .unwrap()
            .into_iter()
            .map(|m| m.address.to_string())
            .collect();
        assert_eq!(kept, ["both@x.com", "only-from@x.com"]);
        let left: i64 = conn
            .query_row("SELECT count(*) FROM role_mailboxes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(left, 2);
    }
}
