//! What the end of Data Center reads and writes: the Data Center licences still in use, the
//! administrators its reminders go to, and the `cutoff_reminders_sent` table.

use jiff::civil::Date;
use rusqlite::{Connection, params};

use super::licences::{COLUMNS, from_row};
use crate::domain::{AccountId, Licence};

/// Every Data Center licence that is not archived, in id order; test licences and evaluations
/// are left out, as they run for hours or weeks and have no subscription to decide about.
pub fn licences_in_use(conn: &Connection) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.archived = 0 \
         AND l.deployment = 'data-center' AND l.kind NOT IN ('test', 'evaluation') \
         ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// The administrators who receive mail: every one whose account is not disabled, in id order.
pub fn admins_to_remind(conn: &Connection) -> rusqlite::Result<Vec<AccountId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM accounts WHERE is_admin = 1 AND state <> 'disabled' ORDER BY id",
    )?;
    let rows = stmt.query_map([], |row| Ok(AccountId(row.get(0)?)))?;
    rows.collect()
}

/// Records that the administrators' reminder of a cut-off was queued. Returns false when it had
/// been already: the caller queues mail only on true, in the same transaction, so each reminder
/// goes out once for a date.
pub fn record_cutoff_reminder(
    conn: &Connection,
    event: &str,
    cutoff_date: Date,
    days_before: i32,
    now: i64,
) -> rusqlite::Result<bool> {
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO cutoff_reminders_sent (event, cutoff_date, days_before, \
             queued_at) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![event, cutoff_date.to_string(), days_before, now])?;
    Ok(inserted == 1)
}
