//! The `key_history` table: every key a licence held before its current one, with who replaced
//! it, when and why (renewal, upgrade). Keys are never deleted, only replaced.

use rusqlite::{Connection, params};

use crate::domain::LicenceId;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReplacedKey {
    pub id: i64,
    pub licence_key: String,
    pub replaced_at: i64,
    pub replaced_by: String,
    pub reason: String,
}

pub fn record(
    conn: &Connection,
    licence: LicenceId,
    old_key: &str,
    replaced_by: &str,
    reason: &str,
    now: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO key_history (licence_id, licence_key, replaced_at, replaced_by, reason) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![licence.0, old_key, now, replaced_by, reason])?;
    Ok(())
}

/// A licence's replaced keys, oldest first: each was replaced by the next one, and the last
/// by the licence's current key.
pub fn of_licence(conn: &Connection, licence: LicenceId) -> rusqlite::Result<Vec<ReplacedKey>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, licence_key, replaced_at, replaced_by, reason FROM key_history \
         WHERE licence_id = ?1 ORDER BY replaced_at, id",
    )?;
    let rows = stmt.query_map([licence.0], |row| {
        Ok(ReplacedKey {
            id: row.get(0)?,
            licence_key: row.get(1)?,
            replaced_at: row.get(2)?,
            replaced_by: row.get(3)?,
            reason: row.get(4)?,
        })
    })?;
    rows.collect()
}
