//! Developer licences (seed 004): non-production licences linked to a production licence,
//! whose support expiry follows the production licence's.
//!
//! A developer licence is seen by whoever sees its production licence: linking copies the
//! production licence's contacts onto it.

use rusqlite::Connection;

use super::changes;
use crate::domain::{Actor, Licence, LicenceId};
use crate::store;

/// Links a newly added developer licence to the production licence with the same SEN and
/// product (`store::licences::production_for_developer`, as the import links them), when
/// there is one: sets the link, takes the production licence's support expiry and contacts,
/// and records the change as made by the import. Returns the production licence's id, or
/// `None` when the licence is not a developer licence, is already linked, has no SEN, or no
/// production licence has its SEN.
///
/// The import calls this after inserting each key; a caller that knows who is importing
/// should call [`link_developer_licence_by`] so the audit log names them.
pub fn link_developer_licence(
    conn: &Connection,
    new_licence_id: LicenceId,
) -> rusqlite::Result<Option<LicenceId>> {
    link_developer_licence_by(conn, new_licence_id, &Actor::CommandLine, store::unix_now())
}

/// [`link_developer_licence`], recording `who` in the audit log.
pub fn link_developer_licence_by(
    conn: &Connection,
    new_licence_id: LicenceId,
    who: &Actor,
    now: i64,
) -> rusqlite::Result<Option<LicenceId>> {
    let Some(licence) = store::licences::by_id(conn, new_licence_id)? else {
        return Ok(None);
    };
    if !licence.licence_type.is_developer() || licence.production_licence_id.is_some() {
        return Ok(None);
    }
    let Some(sen) = licence.sen.as_deref() else {
        return Ok(None);
    };
    let Some(production) = store::licences::production_for_developer(conn, sen, &licence.product)?
        .map(|id| store::licences::by_id(conn, id))
        .transpose()?
        .flatten()
    else {
        return Ok(None);
    };
    if production.id == licence.id {
        return Ok(None);
    }
    link(conn, who, new_licence_id, &production, now)?;
    Ok(Some(production.id))
}

/// Links a developer licence to `production`: the link, the support expiry, the contacts.
pub fn link(
    conn: &Connection,
    who: &Actor,
    developer: LicenceId,
    production: &Licence,
    now: i64,
) -> rusqlite::Result<()> {
    let detail = format!("linked to production licence {}", production.id);
    changes::update(
        conn,
        who,
        developer,
        "developer-licence-linked",
        &detail,
        now,
        |licence| {
            licence.production_licence_id = Some(production.id);
            licence.support_expiry = production.support_expiry;
            Ok(())
        },
    )?;
    store::contacts::copy(conn, production.id, developer, now)?;
    Ok(())
}

/// Ends a developer licence's link to its production licence. Its support expiry and the
/// contacts it was given stay as they are: they are its own from now on.
pub fn unlink(
    conn: &Connection,
    who: &Actor,
    developer: LicenceId,
    production: &Licence,
    now: i64,
) -> rusqlite::Result<()> {
    let detail = format!("unlinked from production licence {}", production.id);
    changes::update(
        conn,
        who,
        developer,
        "developer-licence-unlinked",
        &detail,
        now,
        |licence| {
            licence.production_licence_id = None;
            Ok(())
        },
    )?;
    Ok(())
}

/// Gives every developer licence of `production` its support expiry (after a renewal).
pub fn sync_support_expiry(
    conn: &Connection,
    who: &Actor,
    production: &Licence,
    now: i64,
) -> rusqlite::Result<usize> {
    let developers = store::licence_edits::developer_licences(conn, production.id)?;
    let mut changed = 0;
    for developer in developers {
        if developer.support_expiry == production.support_expiry {
            continue;
        }
        let detail = format!("follows production licence {}", production.id);
        changes::update(
            conn,
            who,
            developer.id,
            "developer-licence-synced",
            &detail,
            now,
            |licence| {
                licence.support_expiry = production.support_expiry;
                Ok(())
            },
        )?;
        changed += 1;
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceFields;
    use crate::store::licences::insert;
    use jiff::civil::date;

    fn new(sen: &str, licence_type: &str) -> LicenceFields {
        LicenceFields {
            product: "JIRA".into(),
            name: format!("JIRA (Server) 10 Users: {licence_type} License"),
            licence_type: licence_type.into(),
            support_expiry: Some(date(2026, 5, 1)),
            ..LicenceFields::sample(sen)
        }
    }

    #[test]
    fn a_developer_licence_with_a_production_sen_is_linked_and_follows_its_expiry() {
        let conn = store::open_in_memory().unwrap();
        let production = insert(
            &conn,
            &LicenceFields {
                support_expiry: Some(date(2027, 3, 1)),
                ..new("SEN-7", "Commercial")
            },
            0,
        )
        .unwrap();
        let developer = insert(&conn, &new("SEN-7", "Developer"), 0).unwrap();
        let stranger = insert(&conn, &new("SEN-8", "Developer"), 0).unwrap();
        let commercial = insert(&conn, &new("SEN-7", "Commercial"), 0).unwrap();

        assert_eq!(
            link_developer_licence(&conn, developer).unwrap(),
            Some(production)
        );
        assert_eq!(link_developer_licence(&conn, stranger).unwrap(), None);
        assert_eq!(link_developer_licence(&conn, commercial).unwrap(), None);
        // Linking twice changes nothing.
        assert_eq!(link_developer_licence(&conn, developer).unwrap(), None);
        let linked = store::licences::by_id(&conn, developer).unwrap().unwrap();
        assert_eq!(linked.production_licence_id, Some(production));
        assert_eq!(linked.support_expiry, Some(date(2027, 3, 1)));
        let audit: i64 = conn
            .query_row(
                "SELECT count(*) FROM audit_log WHERE action = 'developer-licence-linked' \
                 AND before_json LIKE '%2026-05-01%' AND after_json LIKE '%2027-03-01%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audit, 1);

        let mut renewed = store::licences::by_id(&conn, production).unwrap().unwrap();
        renewed.support_expiry = Some(date(2028, 3, 1));
        store::licence_edits::save(&conn, &renewed, 1).unwrap();
        assert_eq!(
            sync_support_expiry(&conn, &Actor::CommandLine, &renewed, 1).unwrap(),
            1
        );
        let synced = store::licences::by_id(&conn, developer).unwrap().unwrap();
        assert_eq!(synced.support_expiry, Some(date(2028, 3, 1)));
    }
}
