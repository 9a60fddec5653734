//! Changes to `licences` rows after they are created (editing fields, archiving, renewing,
//! replacing a key), and the links between developer and production licences.
//!
//! The Server ID is not written here: it changes only through `licences::set_server_id`, which
//! keeps its history.

use rusqlite::{Connection, params};

use super::licences::{COLUMNS, from_row};
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
