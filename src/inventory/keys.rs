//! Keys over time: putting an earlier key of a licence back (the current one goes into the key
//! history), and deleting a wrongly imported licence with a record of it in the audit log.

use rusqlite::Connection;
use serde_json::json;

use super::changes;
use super::from_key::new_licence_from_key;
use crate::atlassian::key::{self, DecodedKey};
use crate::domain::{Actor, Licence};
use crate::store::licences::KeyChange;
use crate::store::{self, audit};

/// Why an earlier key cannot be put back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreRefusal {
    /// No such entry in this licence's key history.
    Missing,
    /// It is the licence's key already.
    Current,
    /// It no longer decodes.
    Unreadable,
    /// It does not verify and would replace a genuine key (administrators only).
    NotGenuine,
    /// Another licence holds it now.
    Taken,
}

/// The key history entry and its decoded key, or why it cannot be restored.
pub fn check_restore(
    conn: &Connection,
    licence: &Licence,
    entry: i64,
    may_replace_genuine: bool,
) -> rusqlite::Result<Result<(KeyChange, DecodedKey), RestoreRefusal>> {
    let Some(change) = store::licence_edits::key_history_entry(conn, licence.id, entry)? else {
        return Ok(Err(RestoreRefusal::Missing));
    };
    if licence.licence_key.as_deref() == Some(change.licence_key.as_str()) {
        return Ok(Err(RestoreRefusal::Current));
    }
    let Ok(decoded) = key::decode(&change.licence_key) else {
        return Ok(Err(RestoreRefusal::Unreadable));
    };
    if licence.key_genuine == Some(true) && !decoded.is_genuine() && !may_replace_genuine {
        return Ok(Err(RestoreRefusal::NotGenuine));
    }
    if let Some(holder) = store::licences::by_key(conn, &decoded.canonical)?
        && holder.id != licence.id
    {
        return Ok(Err(RestoreRefusal::Taken));
    }
    Ok(Ok((change, decoded)))
}

/// Puts an earlier key back on the licence: what the key says replaces the key's fields (a
/// support expiry on record is never moved earlier), the current key goes into the history,
/// and the audit log records the change.
pub fn restore_key(
    conn: &Connection,
    who: &Actor,
    licence: &Licence,
    entry: i64,
    may_replace_genuine: bool,
    now: i64,
) -> rusqlite::Result<Result<(), RestoreRefusal>> {
    let (_, decoded) = match check_restore(conn, licence, entry, may_replace_genuine)? {
        Ok(found) => found,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let from_key = new_licence_from_key(&decoded);
    let detail = format!("key history entry {entry}");
    changes::update(conn, who, licence.id, "key-restored", &detail, now, |l| {
        changes::replace_key(
            conn,
            who,
            l,
            &decoded.canonical,
            decoded.is_genuine(),
            "restored",
            now,
        )?;
        l.name = from_key.name.clone();
        l.licence_type = from_key.licence_type.clone();
        l.kind = from_key.kind;
        l.user_tier = from_key.user_tier;
        l.sen = from_key.sen.clone().or(l.sen.take());
        l.purchase_date = from_key.purchase_date.or(l.purchase_date);
        l.licence_expiry = from_key.licence_expiry.or(l.licence_expiry);
        l.support_expiry = l.support_expiry.max(from_key.support_expiry);
        Ok(())
    })?;
    Ok(Ok(()))
}

/// Deletes a licence. The audit log keeps the licence as it was, its contacts and what went
/// with it (the audit log has no link that the deletion could cascade through).
pub fn delete_licence(
    conn: &Connection,
    who: &Actor,
    licence: &Licence,
    now: i64,
) -> rusqlite::Result<()> {
    let counts = store::licence_edits::deletion_counts(conn, licence.id)?;
    let contacts: Vec<serde_json::Value> = store::licences::contact_emails(conn, licence.id)?
        .into_iter()
        .map(|(email, role)| json!({ "email": email, "role": role }))
        .collect();
    let before = json!({
        "licence": serde_json::to_value(licence).unwrap_or(serde_json::Value::Null),
        "contacts": contacts,
        "deleted_with_it": counts,
    });
    let detail = format!(
        "{} {}",
        licence.sen.as_deref().unwrap_or("(no SEN)"),
        licence.name
    );
    audit::record(
        conn,
        &audit::Entry {
            licence_id: Some(licence.id),
            detail: &detail,
            before: Some(&before),
            ..audit::Entry::new(who, "licence-deleted")
        },
        now,
    )?;
    store::licence_edits::delete(conn, licence.id)?;
    Ok(())
}
