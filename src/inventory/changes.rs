//! Changing a licence with its audit entry: every change reads the licence before, writes it,
//! reads it after, and records what changed (only the fields that did) with before/after
//! JSON. Callers run these inside one transaction with the rest of the change.

use rusqlite::Connection;
use serde_json::{Map, Value};

use crate::domain::{Actor, Licence, LicenceId};
use crate::store::{self, audit};

/// The fields that differ between two JSON objects: (before, after), each holding only those.
pub fn difference(before: &Value, after: &Value) -> (Value, Value) {
    let empty = Map::new();
    let old = before.as_object().unwrap_or(&empty);
    let new = after.as_object().unwrap_or(&empty);
    let mut was = Map::new();
    let mut is = Map::new();
    for (name, value) in new {
        let previous = old.get(name).unwrap_or(&Value::Null);
        // updated_at changes with every write; it is the entry's own time, not news.
        if previous != value && name != "updated_at" {
            was.insert(name.clone(), previous.clone());
            is.insert(name.clone(), value.clone());
        }
    }
    (Value::Object(was), Value::Object(is))
}

fn json(licence: &Licence) -> Value {
    serde_json::to_value(licence).unwrap_or(Value::Null)
}

/// Records a change between two states of a licence; nothing when nothing changed.
pub fn record(
    conn: &Connection,
    who: &Actor,
    action: &str,
    before: &Licence,
    after: &Licence,
    detail: &str,
    now: i64,
) -> rusqlite::Result<()> {
    let (was, is) = difference(&json(before), &json(after));
    if is.as_object().is_some_and(Map::is_empty) {
        return Ok(());
    }
    audit::record(
        conn,
        &audit::Entry {
            licence_id: Some(after.id),
            detail,
            before: Some(&was),
            after: Some(&is),
            ..audit::Entry::new(who, action)
        },
        now,
    )
}

/// Records a licence that was just created: no before, the whole record after.
pub fn record_created(
    conn: &Connection,
    who: &Actor,
    action: &str,
    licence: &Licence,
    detail: &str,
    now: i64,
) -> rusqlite::Result<()> {
    let after = json(licence);
    audit::record(
        conn,
        &audit::Entry {
            licence_id: Some(licence.id),
            detail,
            before: None,
            after: Some(&after),
            ..audit::Entry::new(who, action)
        },
        now,
    )
}

/// Reads a licence that must exist (the caller found it in the same transaction).
pub fn load(conn: &Connection, id: LicenceId) -> rusqlite::Result<Licence> {
    store::licences::by_id(conn, id)?.ok_or(rusqlite::Error::QueryReturnedNoRows)
}

/// Changes a licence's fields with `change`, saves it and records the difference. Returns the
/// licence as saved.
pub fn update(
    conn: &Connection,
    who: &Actor,
    id: LicenceId,
    action: &str,
    detail: &str,
    now: i64,
    change: impl FnOnce(&mut Licence) -> rusqlite::Result<()>,
) -> rusqlite::Result<Licence> {
    let before = load(conn, id)?;
    let mut after = before.clone();
    change(&mut after)?;
    // The Server ID changes only through set_server_id, which keeps its history.
    after.server_id.clone_from(&before.server_id);
    store::licence_edits::save(conn, &after, now)?;
    let saved = load(conn, id)?;
    record(conn, who, action, &before, &saved, detail, now)?;
    Ok(saved)
}

/// Sets the Server ID (kept in its history) and records the change in the audit log.
pub fn set_server_id(
    conn: &Connection,
    who: &Actor,
    id: LicenceId,
    server_id: Option<&str>,
    reason: store::licences::ServerIdReason,
    now: i64,
) -> rusqlite::Result<bool> {
    let before = load(conn, id)?;
    let changed =
        store::licences::set_server_id(conn, id, server_id, who.stored_label(), reason, now)?;
    if changed {
        let after = load(conn, id)?;
        record(
            conn,
            who,
            "server-id-changed",
            &before,
            &after,
            reason.as_str(),
            now,
        )?;
    }
    Ok(changed)
}

/// Replaces a licence's key, keeping the old one in the key history.
pub fn replace_key(
    conn: &Connection,
    who: &Actor,
    licence: &mut Licence,
    new_key: &str,
    genuine: bool,
    reason: &str,
    now: i64,
) -> rusqlite::Result<()> {
    if let Some(old) = licence.licence_key.as_deref()
        && old != new_key
    {
        store::licences::record_key_change(
            conn,
            licence.id,
            &store::licences::KeyChange {
                licence_key: old.to_owned(),
                replaced_at: now,
                replaced_by: who.stored_label().to_owned(),
                reason: reason.to_owned(),
            },
        )?;
    }
    licence.licence_key = Some(new_key.to_owned());
    licence.key_genuine = Some(genuine);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_changed_fields_are_kept_and_updated_at_is_not_news() {
        let (before, after) = difference(
            &json!({"a": 1, "b": "x", "updated_at": 5}),
            &json!({"a": 1, "b": "y", "updated_at": 6}),
        );
        assert_eq!(before, json!({"b": "x"}));
        assert_eq!(after, json!({"b": "y"}));
    }
}
