//! The use cases of role mailboxes: adding an address that receives an organisation's (or the
//! portal's) reminders and notices, and removing it. Each runs in one transaction with its
//! audit entry. An organisation's mailboxes are changed by administrators and its managers,
//! the portal's by administrators, both by the command line; anyone else is told `NotFound`
//! (the pages tell a consultant's 403 apart before they call).

use rusqlite::Connection;
use serde_json::json;

use super::write;
use crate::domain::mailbox::RoleMailbox;
use crate::domain::organisation::Organisation;
use crate::domain::{Actor, Email, Language, Viewer};
use crate::error::{AppError, AppResult};
use crate::store::{self, audit, mailboxes};

/// Why an address cannot be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddRefused {
    /// The organisation (or the portal) has it already.
    AlreadyThere,
}

/// Who changes role mailboxes: the actor the audit log names, and the signed-in person it is
/// (`None`: the command line, which may change every one).
#[derive(Debug, Clone, Copy)]
pub struct By<'a> {
    pub actor: &'a Actor,
    pub viewer: Option<Viewer>,
}

/// `NotFound` unless `by` may change the mailboxes of `organisation` (`None`: the portal's).
fn check_may_change(
    conn: &Connection,
    by: By<'_>,
    organisation: Option<&Organisation>,
    now: i64,
) -> AppResult<()> {
    let Some(viewer) = by.viewer else {
        return Ok(());
    };
    let allowed = match organisation {
        None => viewer.is_admin,
        Some(organisation) => {
            super::organisation_access::standing(conn, viewer, organisation.id, now)?
                .is_some_and(|(_, standing)| standing.may_change())
        }
    };
    if allowed {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Whose mailbox it is, as the audit log's detail says it.
fn owner_label(organisation: Option<&Organisation>) -> String {
    match organisation {
        Some(organisation) => format!("{} (organisation {})", organisation.name, organisation.id),
        None => "the portal".to_owned(),
    }
}

/// Adds `address` as a role mailbox of `organisation` (`None`: of the portal), its mails
/// written in `language`. The new mailbox's id.
pub fn add(
    conn: &mut Connection,
    by: By<'_>,
    organisation: Option<&Organisation>,
    address: &Email,
    language: Language,
    now: i64,
) -> AppResult<Result<i64, AddRefused>> {
    let tx = write(conn)?;
    check_may_change(&tx, by, organisation, now)?;
    let actor = by.actor;
    let new = mailboxes::NewMailbox {
        organisation_id: organisation.map(|o| o.id),
        address,
        language,
        created_by: actor.stored_label(),
    };
    let Some(id) = mailboxes::add(&tx, &new, now)? else {
        return Ok(Err(AddRefused::AlreadyThere));
    };
    let after = json!({
        "id": id,
        "organisation": organisation.map(|o| o.id.0),
        "address": address.as_str(),
        "language": language.code(),
    });
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!(
                "{address} added as a role mailbox of {}",
                owner_label(organisation)
            ),
            after: Some(&after),
            ..audit::Entry::new(actor, "mailbox-added")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// Removes a role mailbox of `organisation` (`None`: of the portal). Whether it was there (a
/// mailbox of another organisation is not).
pub fn remove(
    conn: &mut Connection,
    by: By<'_>,
    organisation: Option<&Organisation>,
    id: i64,
    now: i64,
) -> AppResult<Option<RoleMailbox>> {
    let tx = write(conn)?;
    check_may_change(&tx, by, organisation, now)?;
    let actor = by.actor;
    let Some(mailbox) = mailboxes::by_id(&tx, organisation.map(|o| o.id), id)? else {
        return Ok(None);
    };
    mailboxes::remove(&tx, mailbox.id)?;
    let before = json!({
        "id": mailbox.id,
        "organisation": organisation.map(|o| o.id.0),
        "address": mailbox.address.as_str(),
        "language": mailbox.language.code(),
    });
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!(
                "{} removed as a role mailbox of {}",
                mailbox.address,
                owner_label(organisation)
            ),
            before: Some(&before),
            ..audit::Entry::new(actor, "mailbox-removed")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Some(mailbox))
}

/// The role mailboxes of `organisation` (`None`: the portal's), by address.
pub fn list(conn: &Connection, organisation: Option<&Organisation>) -> AppResult<Vec<RoleMailbox>> {
    Ok(store::mailboxes::of(conn, organisation.map(|o| o.id))?)
}
