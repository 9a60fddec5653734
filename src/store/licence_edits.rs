//! Changes to `licences` rows after they are created (editing fields, archiving, renewing,
//! replacing a key), and the links between developer and production licences.
//!
//! The Server ID is not written here: it changes only through `licences::set_server_id`, which
//! keeps its history.

use rusqlite::{Connection, params};

use super::licences::{COLUMNS, from_row};
use crate::domain::licence_history::DeletionCounts;
use crate::domain::{Licence, LicenceId};

/// Writes every column of `licence` except its id, Server ID and creation time, and stamps
/// `updated_at`. Callers read the licence, change the struct, and save it in one transaction.
pub fn save(conn: &Connection, licence: &Licence, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE licences SET product = ?2, name = ?3, licence_type = ?4, deployment = ?5, \
         user_tier = ?6, sen = ?7, licence_key = ?8, key_genuine = ?9, organisation = ?10, \
         licensed_to = ?11, purchase_date = ?12, support_expiry = ?13, licence_expiry = ?14, \
         support_level = ?15, auto_renew = ?16, archived = ?17, is_evaluation = ?18, \
         reason_for_purchase = ?19, key_retrieved_at = ?20, production_licence_id = ?21, \
         updated_at = ?22 WHERE id = ?1",
    )?
    .execute(params![
        licence.id.0,
        licence.product,
        licence.name,
        licence.licence_type,
        licence.deployment.as_str(),
        licence.user_tier,
        licence.sen,
        licence.licence_key,
        licence.key_genuine,
        licence.organisation,
        licence.licensed_to,
        licence.purchase_date.map(|d| d.to_string()),
        licence.support_expiry.map(|d| d.to_string()),
        licence.licence_expiry.map(|d| d.to_string()),
        licence.support_level,
        licence.auto_renew,
        licence.archived,
        licence.is_evaluation,
        licence.reason_for_purchase,
        licence.key_retrieved_at,
        licence.production_licence_id.map(|l| l.0),
        now,
    ])?;
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
    let rows = stmt.query_map([production.0], from_row)?;
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
    .query_row([licence.0, entry], |row| {
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
    let rows = stmt.query_map([licence.0], |row| row.get(0))?;
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
        [licence.0],
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
    conn.execute("DELETE FROM licences WHERE id = ?1", [licence.0])
}
