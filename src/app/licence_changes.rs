//! Changing a licence's own records: adding a new licence, editing its organisation, notes,
//! Server ID and auto-renew flag, archiving and restoring it. The licence pages and the JSON
//! API both call these, so a change made either way is checked, stored and audited alike.
//! Each function owns its write transaction; the caller has checked the input and that the
//! account may change the licence.

use std::collections::HashSet;

use rusqlite::Connection;

use super::write;
use crate::domain::actor::Actor;
use crate::domain::{Account, Licence, LicenceFields, LicenceId, OrganisationId, ServerId, Viewer};
use crate::error::AppResult;
use crate::inventory::{changes, developer};
use crate::store;
use crate::store::licences::{Joins, ServerIdReason};

/// A new licence to store on an account's behalf.
pub struct NewLicence<'a> {
    pub fields: LicenceFields,
    /// Why its Server ID is recorded (kept in the Server ID history).
    pub server_id_reason: ServerIdReason,
    /// What the audit entry says about where it came from.
    pub detail: &'a str,
    /// The organisation it must end up in (a token narrowed to one), or any.
    pub within: Option<OrganisationId>,
}

/// What adding a licence did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    Added(LicenceId),
    /// Nothing: the licence would have joined another organisation than the one it had to
    /// (`None`: no organisation at all).
    Outside {
        joined: Option<OrganisationId>,
    },
}

/// Inserts a new licence with its Server ID (kept in its history), its creator as technical
/// contact unless an administrator, the audit entry, and the developer and app links when it
/// is one. It joins the organisation its key names as `Joins::for_viewer` says: a
/// non-administrator puts licences only into organisations they manage.
pub fn add(
    conn: &mut Connection,
    account: &Account,
    who: &Actor,
    new: NewLicence<'_>,
    now: i64,
) -> AppResult<Added> {
    let NewLicence {
        fields: mut new,
        server_id_reason,
        detail,
        within,
    } = new;
    let viewer = Viewer::of(account);
    let server_id = new.server_id.take();
    let developer_type = new.licence_type.is_developer();
    let tx = write(conn)?;
    let joins = Joins::for_viewer(Some(viewer));
    let id = store::licences::insert_joining(&tx, &new, now, joins)?;
    if let Some(within) = within {
        let joined = store::licences::by_id(&tx, id)?
            .and_then(|l| l.belongs_to)
            .map(|o| o.id);
        if joined != Some(within) {
            // Dropped without commit: not even an organisation its name would have created
            // stays behind.
            return Ok(Added::Outside { joined });
        }
    }
    if let Some(server_id) = server_id.as_deref() {
        store::licences::set_server_id(
            &tx,
            id,
            Some(server_id),
            who.stored_label(),
            server_id_reason,
            now,
        )?;
    }
    // Whoever starts an evaluation is the one trying the product, an administrator too: they
    // are its technical contact, and its reminders reach them.
    if !account.is_admin || new.is_evaluation {
        store::licences::add_contact(&tx, id, account.id, "technical", now)?;
    }
    let created: Licence = changes::load(&tx, id)?;
    changes::record_created(&tx, who, "licence-added", &created, detail, now)?;
    // A developer key is linked to the production licence with its SEN, but only to one the
    // person adding it may change (not one a consultant reads): linking shows the production
    // licence's expiry and gives its contacts the new licence.
    if developer_type
        && let Some(sen) = created.sen.as_deref()
        && let Some(production) =
            store::licences::production_for_developer(&tx, sen, &created.product)?
        && let Some((production, access)) = store::licences::with_access(&tx, viewer, production)?
        && access.may_manage()
    {
        developer::link(&tx, who, id, &production, now)?;
    }
    // An app key is linked to its host, and a host key takes the apps waiting for it, when the
    // host is beyond doubt and the person adding the key may see it (see `inventory::apps`).
    crate::inventory::apps::link_after_import(
        &tx,
        who,
        Some(viewer),
        &HashSet::from([id]),
        &HashSet::new(),
        now,
    )?;
    tx.commit()?;
    Ok(Added::Added(id))
}

/// The fields of a licence a contact edits in place; `None` leaves a field as it is. Each one
/// has been checked as its form field is.
#[derive(Debug, Clone, Default)]
pub struct Edit {
    /// The organisation the key names (the text field, not the portal's organisation).
    pub organisation: Option<String>,
    pub notes: Option<String>,
    pub server_id: Option<ServerId>,
    pub auto_renew: Option<bool>,
}

/// Which fields an edit changed (a field given with the value it had changes nothing, and
/// records nothing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Edited {
    pub organisation: bool,
    pub notes: bool,
    pub server_id: bool,
    pub auto_renew: bool,
}

impl Edited {
    pub fn any(self) -> bool {
        self.organisation || self.notes || self.server_id || self.auto_renew
    }
}

/// Applies an edit in one transaction, each changed field audited under its own action
/// (`organisation-changed`, `notes-changed`, `server-id-changed`, `auto-renew-on`/`-off`).
pub fn edit(
    conn: &mut Connection,
    who: &Actor,
    id: LicenceId,
    edit: &Edit,
    now: i64,
) -> AppResult<Edited> {
    let tx = write(conn)?;
    let before = changes::load(&tx, id)?;
    let mut edited = Edited::default();
    if let Some(organisation) = &edit.organisation
        && *organisation != before.organisation
    {
        changes::update(&tx, who, id, "organisation-changed", "", now, |l| {
            l.organisation.clone_from(organisation);
            Ok(())
        })?;
        edited.organisation = true;
    }
    if let Some(notes) = &edit.notes
        && *notes != before.notes
    {
        changes::update(&tx, who, id, "notes-changed", "", now, |l| {
            l.notes.clone_from(notes);
            Ok(())
        })?;
        edited.notes = true;
    }
    if let Some(server_id) = &edit.server_id {
        edited.server_id = changes::set_server_id(
            &tx,
            who,
            id,
            Some(server_id.as_str()),
            ServerIdReason::Manual,
            now,
        )?;
    }
    if let Some(on) = edit.auto_renew {
        let action = if on {
            "auto-renew-on"
        } else {
            "auto-renew-off"
        };
        changes::update(&tx, who, id, action, "", now, |l| {
            l.auto_renew = on;
            Ok(())
        })?;
        edited.auto_renew = before.auto_renew != on;
    }
    tx.commit()?;
    Ok(edited)
}

/// Archives (`true`) or restores a licence, audited as `licence-archived` or
/// `licence-restored`. Returns whether it changed: one already so is left alone.
pub fn set_archived(
    conn: &mut Connection,
    who: &Actor,
    id: LicenceId,
    archived: bool,
    now: i64,
) -> AppResult<bool> {
    let tx = write(conn)?;
    if changes::load(&tx, id)?.archived == archived {
        return Ok(false);
    }
    let action = if archived {
        "licence-archived"
    } else {
        "licence-restored"
    };
    changes::update(&tx, who, id, action, "", now, |l| {
        l.archived = archived;
        Ok(())
    })?;
    tx.commit()?;
    Ok(true)
}
