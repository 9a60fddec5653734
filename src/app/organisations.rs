//! The use cases of organisations themselves, for administrators: creating and renaming one,
//! merging one into another, and moving a licence to another organisation. Each runs in one
//! transaction with its audit entry; a refused one changes nothing.

use rusqlite::Connection;
use serde_json::json;

use crate::domain::organisation::{NameError, Organisation, clean_name};
use crate::domain::{Actor, Licence, OrganisationId};
use crate::error::AppResult;
use crate::store::{audit, organisations};

/// Why a name cannot be given to an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameRefused {
    Invalid(NameError),
    /// Another organisation has the name, however spelled: this one.
    Taken(Organisation),
}

/// The name as typed, cleaned; refused when another organisation than `except` has it.
fn check_name(
    conn: &Connection,
    raw: &str,
    except: Option<OrganisationId>,
) -> AppResult<Result<String, NameRefused>> {
    let name = match clean_name(raw) {
        Ok(name) => name,
        Err(error) => return Ok(Err(NameRefused::Invalid(error))),
    };
    if let Some(other) = organisations::named(conn, &name)?.filter(|o| Some(*o) != except)
        && let Some(other) = organisations::by_id(conn, other)?
    {
        return Ok(Err(NameRefused::Taken(other)));
    }
    Ok(Ok(name))
}

/// Creates an organisation under a name no other one has.
pub fn create(
    conn: &mut Connection,
    actor: &Actor,
    raw_name: &str,
    now: i64,
) -> AppResult<Result<OrganisationId, NameRefused>> {
    let tx = super::write(conn)?;
    let name = match check_name(&tx, raw_name, None)? {
        Ok(name) => name,
        Err(refused) => return Ok(Err(refused)),
    };
    let Some(id) = organisations::create(&tx, &name, now)? else {
        // `check_name` found no organisation with the key inside this same transaction.
        return Ok(Err(NameRefused::Invalid(NameError::Blank)));
    };
    let after = json!({ "id": id.0, "name": name });
    audit::record(
        &tx,
        &audit::Entry {
            detail: &name,
            after: Some(&after),
            ..audit::Entry::new(actor, "organisation-created")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// Gives an organisation a new name, unless another organisation has it. Whether anything
/// changed (the same name again changes nothing and records nothing).
pub fn rename(
    conn: &mut Connection,
    actor: &Actor,
    organisation: &Organisation,
    raw_name: &str,
    now: i64,
) -> AppResult<Result<bool, NameRefused>> {
    let tx = super::write(conn)?;
    let name = match check_name(&tx, raw_name, Some(organisation.id))? {
        Ok(name) => name,
        Err(refused) => return Ok(Err(refused)),
    };
    if name == organisation.name {
        return Ok(Ok(false));
    }
    if !organisations::rename(&tx, organisation.id, &name)? {
        return Ok(Err(NameRefused::Invalid(NameError::Blank)));
    }
    let before = json!({ "id": organisation.id.0, "name": organisation.name });
    let after = json!({ "id": organisation.id.0, "name": name });
    audit::record(
        &tx,
        &audit::Entry {
            detail: &name,
            before: Some(&before),
            after: Some(&after),
            ..audit::Entry::new(actor, "organisation-renamed")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(true))
}

/// Merges `from` into `into`: its licences and managers move, its consultants' access ends,
/// and `from` is gone. The number of licences moved, or `None` when either organisation is gone (two
/// administrators merging at once) or they are the same one.
pub fn merge(
    conn: &mut Connection,
    actor: &Actor,
    from: OrganisationId,
    into: OrganisationId,
    now: i64,
) -> AppResult<Option<usize>> {
    if from == into {
        return Ok(None);
    }
    let tx = super::write(conn)?;
    let (Some(gone), Some(kept)) = (
        organisations::by_id(&tx, from)?,
        organisations::by_id(&tx, into)?,
    ) else {
        return Ok(None);
    };
    let moved_things = organisations::belongings(&tx, from, now)?;
    let moved = organisations::merge(&tx, from, into, now)?;
    let before = json!({ "id": gone.id.0, "name": gone.name });
    let after = json!({
        "id": kept.id.0,
        "name": kept.name,
        "licences": moved,
        "managers": moved_things.managers,
        "grants": moved_things.grants,
    });
    let detail = format!("{} → {}", gone.name, kept.name);
    audit::record(
        &tx,
        &audit::Entry {
            detail: &detail,
            before: Some(&before),
            after: Some(&after),
            ..audit::Entry::new(actor, "organisations-merged")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Some(moved))
}

/// Puts a licence in another organisation. Whether it moved (`false`: it was there already);
/// `None` when the organisation does not exist.
pub fn move_licence(
    conn: &mut Connection,
    actor: &Actor,
    licence: &Licence,
    into: OrganisationId,
    now: i64,
) -> AppResult<Option<bool>> {
    let tx = super::write(conn)?;
    let Some(target) = organisations::by_id(&tx, into)? else {
        return Ok(None);
    };
    if licence.belongs_to.as_ref().map(|o| o.id) == Some(into) {
        return Ok(Some(false));
    }
    organisations::set_licence(&tx, licence.id, into)?;
    let before = json!({
        "organisation": licence.belongs_to.as_ref().map(|o| o.name.as_str()),
    });
    let after = json!({ "organisation": target.name });
    audit::record(
        &tx,
        &audit::Entry {
            licence_id: Some(licence.id),
            detail: &target.name,
            before: Some(&before),
            after: Some(&after),
            ..audit::Entry::new(actor, "licence-organisation-moved")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Some(true))
}
