//! The `audit_log` table: who did what, when, from where, with before/after where it applies.

use rusqlite::{Connection, params};

use crate::domain::{AccountId, Actor, LicenceId};

#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// Who acted, and from where: the entry keeps the actor's stored label and address.
    pub actor: &'a Actor,
    pub action: &'a str,
    pub licence_id: Option<LicenceId>,
    pub subject_account_id: Option<AccountId>,
    pub detail: &'a str,
    pub before: Option<&'a serde_json::Value>,
    pub after: Option<&'a serde_json::Value>,
}

impl<'a> Entry<'a> {
    pub fn new(actor: &'a Actor, action: &'a str) -> Entry<'a> {
        Entry {
            actor,
            action,
            licence_id: None,
            subject_account_id: None,
            detail: "",
            before: None,
            after: None,
        }
    }
}

pub fn record(conn: &Connection, entry: &Entry<'_>, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit_log (at, actor_account_id, actor_label, client_addr, action, \
         licence_id, subject_account_id, detail, before_json, after_json) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        now,
        entry.actor.account_id().map(|a| a.0),
        entry.actor.stored_label(),
        entry.actor.client_addr(),
        entry.action,
        entry.licence_id.map(|l| l.0),
        entry.subject_account_id.map(|a| a.0),
        entry.detail,
        entry.before.map(|v| v.to_string()),
        entry.after.map(|v| v.to_string()),
    ])?;
    Ok(())
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct LoggedEntry {
    pub at: i64,
    pub actor: String,
    pub client_addr: Option<String>,
    pub action: String,
    pub licence_id: Option<i64>,
    pub subject_account_id: Option<i64>,
    pub detail: String,
}

/// The most recent entries, newest first.
pub fn recent(conn: &Connection, limit: i64) -> rusqlite::Result<Vec<LoggedEntry>> {
    let mut stmt = conn.prepare(
        "SELECT at, actor_label, client_addr, action, licence_id, subject_account_id, detail \
         FROM audit_log ORDER BY id DESC LIMIT ?1",
    )?;
    let rows = stmt.query_map([limit], |row| {
        Ok(LoggedEntry {
            at: row.get(0)?,
            actor: row.get(1)?,
            client_addr: row.get(2)?,
            action: row.get(3)?,
            licence_id: row.get(4)?,
            subject_account_id: row.get(5)?,
            detail: row.get(6)?,
        })
    })?;
    rows.collect()
}
