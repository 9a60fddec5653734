//! The `reminders_sent` table, and the licences whose support or evaluation ends soon.

use jiff::civil::Date;
use rusqlite::{Connection, params};

use crate::domain::LicenceId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    Support,
    Evaluation,
}

impl ReminderKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::Support => "support",
            ReminderKind::Evaluation => "evaluation",
        }
    }
}

/// Licences whose date of this kind falls between `today` and `last_day` (inclusive): support
/// expiry of licences in the main list (developer licences follow their production licence's
/// support, whose reminder covers them), or the expiry of evaluation licences. Archived
/// licences are left alone.
pub fn ending_between(
    conn: &Connection,
    kind: ReminderKind,
    today: Date,
    last_day: Date,
) -> rusqlite::Result<Vec<(LicenceId, Date)>> {
    let sql = match kind {
        ReminderKind::Support => {
            "SELECT id, support_expiry FROM licences WHERE archived = 0 AND is_evaluation = 0 \
             AND production_licence_id IS NULL AND support_expiry BETWEEN ?1 AND ?2 ORDER BY id"
        }
        ReminderKind::Evaluation => {
            "SELECT id, licence_expiry FROM licences WHERE archived = 0 AND is_evaluation = 1 \
             AND licence_expiry BETWEEN ?1 AND ?2 ORDER BY id"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params![today.to_string(), last_day.to_string()], |row| {
        let text: String = row.get(1)?;
        let date = text.parse::<Date>().map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, e.into())
        })?;
        Ok((LicenceId(row.get(0)?), date))
    })?;
    rows.collect()
}

/// Records that a reminder was queued. Returns false when it had been already: the caller
/// queues mail only on true, in the same transaction, so each reminder goes out once.
pub fn record(
    conn: &Connection,
    licence: LicenceId,
    kind: ReminderKind,
    days_before: i32,
    expiry: Date,
    now: i64,
) -> rusqlite::Result<bool> {
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO reminders_sent (licence_id, kind, days_before, expiry, \
             queued_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            licence.0,
            kind.as_str(),
            days_before,
            expiry.to_string(),
            now
        ])?;
    Ok(inserted == 1)
}
