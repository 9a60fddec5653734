//! Changes to `licences` rows after they are created (editing fields, archiving, renewing,
//! replacing a key), and the links between developer and production licences.
//!
//! The Server ID is written as the licence holds it: it changes only through
//! `licences::set_server_id`, which keeps its history, and `inventory::changes` keeps it as read.

use rusqlite::Connection;

use super::licences::{COLUMNS, from_row};
use crate::domain::licence_history::DeletionCounts;
use crate::domain::{Licence, LicenceId};

/// Writes every field of `licence` and its gate state, and stamps `updated_at`. Callers read the
/// licence, change the struct, and save it in one transaction.
pub fn save(conn: &Connection, licence: &Licence, now: i64) -> rusqlite::Result<()> {
    super::licences::overwrite(conn, licence.id, &licence.fields, now)?;
    super::licences::set_gate(
        conn,
        licence.id,
        licence.reason_for_purchase.as_deref(),
        licence.key_retrieved_at,
    )?;
    Ok(())
}

/// The developer licences linked to a production licence, in the order they were added.
pub fn developer_licences(
    conn: &Connection,
    production: LicenceId,
) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.production_licence_id = ?1 ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([production], from_row)?;
    rows.collect()
}

/// Developer licences not linked to any production licence, that are not archived: the ones a
/// production licence may take. At most `limit`, newest first; the caller keeps those the viewer
/// may change.
pub fn unlinked_developer_licences(
    conn: &Connection,
    limit: i64,
) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.production_licence_id IS NULL \
         AND l.archived = 0 AND l.is_evaluation = 0 AND l.licence_type = 'Developer' \
         ORDER BY l.id DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit], from_row)?;
    rows.collect()
}

/// One entry of a licence's key history, by its id.
pub fn key_history_entry(
    conn: &Connection,
    licence: LicenceId,
    entry: i64,
) -> rusqlite::Result<Option<super::licences::KeyChange>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(
        "SELECT licence_key, replaced_at, replaced_by, reason FROM key_history \
         WHERE licence_id = ?1 AND id = ?2",
    )?
    .query_row(rusqlite::params![licence, entry], |row| {
        Ok(super::licences::KeyChange {
            licence_key: row.get(0)?,
            replaced_at: row.get(1)?,
            replaced_by: row.get(2)?,
            reason: row.get(3)?,
        })
    })
    .optional()
}

/// The ids of a licence's key history entries, in the order `licences::key_history` gives them.
pub fn key_history_ids(conn: &Connection, licence: LicenceId) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM key_history WHERE licence_id = ?1 ORDER BY replaced_at, id",
    )?;
    let rows = stmt.query_map([licence], |row| row.get(0))?;
    rows.collect()
}

pub fn deletion_counts(conn: &Connection, licence: LicenceId) -> rusqlite::Result<DeletionCounts> {
    conn.query_row(
        "SELECT (SELECT count(*) FROM licence_contacts WHERE licence_id = ?1), \
         (SELECT count(*) FROM orders WHERE licence_id = ?1), \
         (SELECT count(*) FROM key_history WHERE licence_id = ?1), \
         (SELECT count(*) FROM server_id_history WHERE licence_id = ?1), \
         (SELECT count(*) FROM licences WHERE production_licence_id = ?1), \
         (SELECT count(DISTINCT instance_id) FROM instance_keys WHERE licence_id = ?1)",
        [licence],
        |row| {
            Ok(DeletionCounts {
                contacts: row.get(0)?,
                orders: row.get(1)?,
                keys: row.get(2)?,
                server_ids: row.get(3)?,
                developers: row.get(4)?,
                instances: row.get(5)?,
            })
        },
    )
}

/// Deletes a licence; its contacts, primaries, histories, orders and reminders go with it
/// (the schema cascades), developer licences and installations lose their link to it.
pub fn delete(conn: &Connection, licence: LicenceId) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM licences WHERE id = ?1", [licence])
}
