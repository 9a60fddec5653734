//! The host licence an app (Marketplace) licence runs on: the `host_licence_id` column of
//! `licences`, kept apart from the licence's own fields because a key never says it.

use rusqlite::{Connection, OptionalExtension, params};

use super::licences::{COLUMNS, from_row};
use crate::domain::{Licence, LicenceId};

/// The host licence `app` is linked to.
pub fn host_of(conn: &Connection, app: LicenceId) -> rusqlite::Result<Option<LicenceId>> {
    conn.prepare_cached("SELECT host_licence_id FROM licences WHERE id = ?1")?
        .query_row([app], |row| row.get(0))
        .optional()
        .map(Option::flatten)
}

/// Links `app` to `host` (or unlinks it). The licence's `updated_at` stays: the link is not a
/// change of what the key says, and an export imported again keeps its timestamps.
pub fn set_host(
    conn: &Connection,
    app: LicenceId,
    host: Option<LicenceId>,
) -> rusqlite::Result<usize> {
    conn.prepare_cached("UPDATE licences SET host_licence_id = ?2 WHERE id = ?1")?
        .execute(params![app, host])
}

/// The app licences linked to `host`, in id order.
pub fn apps_of(conn: &Connection, host: LicenceId) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.host_licence_id = ?1 ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([host], from_row)?;
    rows.collect()
}

/// The current licences whose key names this organisation text, as (id, product), oldest first.
pub fn products_of_organisation(
    conn: &Connection,
    organisation: &str,
) -> rusqlite::Result<Vec<(LicenceId, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, product FROM licences WHERE organisation = ?1 AND archived = 0 ORDER BY id",
    )?;
    let rows = stmt.query_map([organisation], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}

/// The licences of one organisation (exactly as written), not archived, in id order: where
/// an app's host is looked for.
pub fn of_organisation(conn: &Connection, organisation: &str) -> rusqlite::Result<Vec<Licence>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM licences l WHERE l.organisation = ?1 AND l.archived = 0 \
         ORDER BY l.id"
    ))?;
    let rows = stmt.query_map([organisation], from_row)?;
    rows.collect()
}
