//! Reading the `audit_log` for the administrators' audit page: filtered by licence, account,
//! action and date, newest first, one page at a time.

use rusqlite::{Connection, ToSql};

use crate::domain::audit::AuditRow;
use crate::domain::{AccountId, LicenceId};

#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub licence: Option<LicenceId>,
    /// Entries where this account acted or was acted on.
    pub account: Option<AccountId>,
    pub action: Option<String>,
    /// Unix seconds, inclusive.
    pub from: Option<i64>,
    /// Unix seconds, exclusive.
    pub until: Option<i64>,
}

/// The SQL condition of a filter on `audit_log` (unaliased), and the values it binds, in order.
fn condition(filter: &AuditFilter) -> (String, Vec<Box<dyn ToSql>>) {
    let mut conditions: Vec<String> = vec!["1".into()];
    let mut values: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(licence) = filter.licence {
        values.push(Box::new(licence.0));
        conditions.push(format!("licence_id = ?{}", values.len()));
    }
    if let Some(account) = filter.account {
        values.push(Box::new(account.0));
        let n = values.len();
        conditions.push(format!(
            "(actor_account_id = ?{n} OR subject_account_id = ?{n})"
        ));
    }
    if let Some(action) = &filter.action {
        values.push(Box::new(action.clone()));
        conditions.push(format!("action = ?{}", values.len()));
    }
    if let Some(from) = filter.from {
        values.push(Box::new(from));
        conditions.push(format!("at >= ?{}", values.len()));
    }
    if let Some(until) = filter.until {
        values.push(Box::new(until));
        conditions.push(format!("at < ?{}", values.len()));
    }
    (conditions.join(" AND "), values)
}

pub fn search(
    conn: &Connection,
    filter: &AuditFilter,
    limit: i64,
    offset: i64,
) -> rusqlite::Result<(Vec<AuditRow>, i64)> {
    let (condition, values) = condition(filter);
    let params: Vec<&dyn ToSql> = values.iter().map(|v| v.as_ref()).collect();
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM audit_log WHERE {condition}"),
        params.as_slice(),
        |row| row.get(0),
    )?;
    let mut params = params;
    let (limit_at, offset_at) = (params.len() + 1, params.len() + 2);
    params.push(&limit);
    params.push(&offset);
    let mut stmt = conn.prepare(&format!(
        "SELECT id, at, actor_label, client_addr, action, licence_id, subject_account_id, \
         detail, before_json, after_json FROM audit_log WHERE {condition} \
         ORDER BY id DESC LIMIT ?{limit_at} OFFSET ?{offset_at}"
    ))?;
    let rows = stmt
        .query_map(params.as_slice(), |row| {
            Ok(AuditRow {
                id: row.get(0)?,
                at: row.get(1)?,
                actor: row.get(2)?,
                client_addr: row.get(3)?,
                action: row.get(4)?,
                licence_id: row.get::<_, Option<i64>>(5)?.map(LicenceId),
                subject_account_id: row.get::<_, Option<i64>>(6)?.map(AccountId),
                detail: row.get(7)?,
                before: row.get(8)?,
                after: row.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((rows, total))
}

/// An entry of the audit log with the SEN its licence has now (none once the licence is
/// deleted), as the CSV download lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedEntry {
    pub row: AuditRow,
    pub sen: Option<String>,
}

/// The first `limit` entries a filter finds, newest first, as the page orders them.
pub fn export(
    conn: &Connection,
    filter: &AuditFilter,
    limit: i64,
) -> rusqlite::Result<Vec<ExportedEntry>> {
    let (condition, values) = condition(filter);
    let mut params: Vec<&dyn ToSql> = values.iter().map(|v| v.as_ref()).collect();
    let limit_at = params.len() + 1;
    params.push(&limit);
    let mut stmt = conn.prepare(&format!(
        "SELECT id, at, actor_label, client_addr, action, licence_id, subject_account_id, \
         detail, before_json, after_json, \
         (SELECT l.sen FROM licences l WHERE l.id = audit_log.licence_id) AS sen \
         FROM audit_log WHERE {condition} ORDER BY id DESC LIMIT ?{limit_at}"
    ))?;
    let rows = stmt.query_map(params.as_slice(), |row| {
        Ok(ExportedEntry {
            row: AuditRow {
                id: row.get(0)?,
                at: row.get(1)?,
                actor: row.get(2)?,
                client_addr: row.get(3)?,
                action: row.get(4)?,
                licence_id: row.get::<_, Option<i64>>(5)?.map(LicenceId),
                subject_account_id: row.get::<_, Option<i64>>(6)?.map(AccountId),
                detail: row.get(7)?,
                before: row.get(8)?,
                after: row.get(9)?,
            },
            sen: row.get(10)?,
        })
    })?;
    rows.collect()
}

/// The actions that occur in the log, for the filter's choices.
pub fn actions(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT action FROM audit_log ORDER BY action")?;
    let rows = stmt.query_map([], |row| row.get(0))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, Email};
    use crate::store::audit::{self, Entry};

    #[test]
    fn filters_combine() {
        let conn = crate::store::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO accounts (id, email, state, created_at) VALUES \
             (1, 'a@x.com', 'active', 0), (2, 'b@x.com', 'active', 0);",
        )
        .unwrap();
        let ann = Actor::Account {
            id: AccountId(1),
            email: Email::parse("a@x.com").unwrap(),
            client_addr: None,
        };
        for (at, action, licence, subject) in [
            (100, "contact-added", Some(LicenceId(7)), Some(AccountId(2))),
            (
                200,
                "primary-changed",
                Some(LicenceId(7)),
                Some(AccountId(2)),
            ),
            (300, "sign-in", None, Some(AccountId(1))),
        ] {
            audit::record(
                &conn,
                &Entry {
                    licence_id: licence,
                    subject_account_id: subject,
                    ..Entry::new(&ann, action)
                },
                at,
            )
            .unwrap();
        }
        let all = search(&conn, &AuditFilter::default(), 10, 0).unwrap();
        assert_eq!(all.1, 3);
        assert_eq!(all.0[0].action, "sign-in");
        let licence = AuditFilter {
            licence: Some(LicenceId(7)),
            ..Default::default()
        };
        assert_eq!(search(&conn, &licence, 10, 0).unwrap().1, 2);
        let bob = AuditFilter {
            account: Some(AccountId(2)),
            from: Some(150),
            ..Default::default()
        };
        let found = search(&conn, &bob, 10, 0).unwrap();
        assert_eq!(found.1, 1);
        assert_eq!(found.0[0].action, "primary-changed");
        let action = AuditFilter {
            action: Some("sign-in".into()),
            until: Some(300),
            ..Default::default()
        };
        assert_eq!(search(&conn, &action, 10, 0).unwrap().1, 0);
        let exported = export(&conn, &licence, 1).unwrap();
        assert_eq!(exported.len(), 1);
        assert_eq!(exported[0].row.action, "primary-changed");
        assert_eq!(exported[0].sen, None, "no such licence");
        assert_eq!(
            actions(&conn).unwrap(),
            ["contact-added", "primary-changed", "sign-in"]
        );
    }
}
