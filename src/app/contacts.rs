//! The contacts of a licence: adding one (inviting an address without an account), removing
//! one, and making one primary, under the rules of `domain::contacts`. Every change is audited
//! with the contacts before and after, and the people it concerns are told by mail; the role
//! mailboxes of the licence's organisation get a copy for their records.

use rusqlite::Connection;

use super::links::new_invitation_link;
use super::write;
use crate::domain::actor::Acting;
use crate::domain::contacts::{
    AddRefusal, PromoteRefusal, RemoveRefusal, check_add, check_promote, check_remove,
};
use crate::domain::{
    Account, AccountId, AccountState, Actor, ContactRole, Email, Language, Licence,
    LicenceContacts, Viewer,
};
use crate::error::{AppError, AppResult};
use crate::mail::mailboxes::ContactChange;
use crate::mail::{self, Sender, compose};
use crate::store::{self, audit};

/// A change of a licence's contacts, as the audit log keeps it.
pub(crate) struct ContactsChange<'a> {
    pub action: &'static str,
    pub licence: &'a Licence,
    /// The account the change concerns.
    pub subject: AccountId,
    pub detail: &'a str,
    /// The contacts before the change; the entry reads them after it.
    pub before: &'a serde_json::Value,
}

/// Records a change of a licence's contacts with the contacts before and after it.
pub(crate) fn audit_contacts(
    conn: &Connection,
    actor: &Actor,
    change: &ContactsChange<'_>,
    now: i64,
) -> rusqlite::Result<()> {
    let after = store::contacts::of_licence(conn, change.licence.id)?.snapshot();
    audit::record(
        conn,
        &audit::Entry {
            licence_id: Some(change.licence.id),
            subject_account_id: Some(change.subject),
            detail: change.detail,
            before: Some(change.before),
            after: Some(&after),
            ..audit::Entry::new(actor, change.action)
        },
        now,
    )
}

/// Who changes a licence's contacts: the signed-in account, and the actor the audit log names.
#[derive(Debug, Clone, Copy)]
pub struct ByAccount<'a> {
    pub account: &'a Account,
    pub actor: &'a Actor,
}

impl ByAccount<'_> {
    fn viewer(&self) -> Viewer {
        Viewer::of(self.account)
    }
}

/// Administrators, the licence's contacts and its organisation's managers change its contacts;
/// a consultant does not.
fn may_manage(conn: &Connection, by: ByAccount<'_>, licence: &Licence) -> AppResult<bool> {
    Ok(store::licences::access_to(conn, by.viewer(), licence)?.may_manage())
}

/// What adding a contact did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// Added; an invited account's invitation sent earlier still stands.
    Added,
    /// Added, and sent an invitation with a new set-password link.
    Invited,
}

/// Adds a technical or billing contact by e-mail address. An address without an account
/// becomes an invited account and gets an invitation with a set-password link. A user who may
/// not manage the licence's contacts gets `NotFound`, as for a licence they cannot see.
/// The address a contact is added by, and the language its invitation is written in should the
/// address have no account yet (the new account keeps that language).
pub struct Addressee<'a> {
    pub email: &'a Email,
    pub language: Language,
}

pub fn add(
    conn: &mut Connection,
    sender: Sender<'_>,
    by: ByAccount<'_>,
    licence: &Licence,
    role: ContactRole,
    addressee: &Addressee<'_>,
    now: i64,
) -> AppResult<Result<Added, AddRefusal>> {
    let email = addressee.email;
    let tx = write(conn)?;
    let contacts = store::contacts::of_licence(&tx, licence.id)?;
    if !may_manage(&tx, by, licence)? {
        return Err(AppError::NotFound);
    }
    let existing = store::accounts::by_email(&tx, email)?;
    if let Err(refusal) = check_add(&contacts, role, existing.as_ref().map(|a| (a.id, a.state))) {
        return Ok(Err(refusal));
    }
    let before = contacts.snapshot();
    // An account that never chose a password cannot sign in to see the licence: it gets an
    // invitation, unless it has one that still works, which stays the one link to use (a new
    // one would end it, and the person would hold mails whose links no longer work).
    let (account, invited) = match existing {
        Some(account) => {
            let invited = account.state == AccountState::Invited;
            (account, invited)
        }
        None => {
            let id = store::accounts::insert(
                &tx,
                &store::accounts::NewAccount {
                    email,
                    display_name: "",
                    password_hash: None,
                    is_admin: false,
                    state: AccountState::Invited,
                },
                now,
            )?;
            store::people::set_language(&tx, id, addressee.language)?;
            let account = store::accounts::by_id(&tx, id)?.ok_or(AppError::NotFound)?;
            (account, true)
        }
    };
    store::contacts::add(&tx, licence.id, account.id, role, now)?;
    let outstanding = if invited {
        store::people::outstanding_invitation(&tx, account.id, now)?
    } else {
        None
    };
    let mut detail = format!("{email} added as a {} contact", role.as_str());
    // Whether the added person is mailed: every branch but adding oneself.
    let mut mailed = mail::mailboxes::Mailed::new();
    if outstanding.is_some() || invited || account.id != by.account.id {
        mailed.insert(account.email.to_string());
    }
    if let Some(expires_at) = outstanding {
        let mail = compose::contact_added_invited(&account, by.account, role, licence, expires_at);
        mail::queue(&tx, sender, &mail, now)?;
        detail.push_str("; their invitation sent earlier still stands, no new link");
    } else if invited {
        let link = new_invitation_link(&tx, sender.base_url, account.id, now)?;
        let invited_by = compose::InvitedBy::Contact {
            actor: by.account,
            role,
            licence,
        };
        mail::queue(
            &tx,
            sender,
            &compose::invitation(&account, &invited_by, &link),
            now,
        )?;
        audit::record(
            &tx,
            &audit::Entry {
                subject_account_id: Some(account.id),
                licence_id: Some(licence.id),
                detail: &format!("invited {email} as a {} contact", role.as_str()),
                ..audit::Entry::new(by.actor, "account-invited")
            },
            now,
        )?;
    } else if account.id != by.account.id {
        let mail = compose::contact_added(sender, &account, by.account, role, licence);
        mail::queue(&tx, sender, &mail, now)?;
    }
    let change = ContactChange::Added {
        contact: &account,
        role,
    };
    mail::mailboxes::queue_contact_copy(&tx, sender, by.account, licence, change, &mailed, now)?;
    audit_contacts(
        &tx,
        by.actor,
        &ContactsChange {
            action: "contact-added",
            licence,
            subject: account.id,
            detail: &detail,
            before: &before,
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(if invited && outstanding.is_none() {
        Added::Invited
    } else {
        Added::Added
    }))
}

/// A change the rules refuse, with the contacts as they were, for the page that explains it.
#[derive(Debug)]
pub struct Refused<R> {
    pub refusal: R,
    pub contacts: LicenceContacts,
}

/// Whether the remover still sees the licence after removing a contact (they may have removed
/// themselves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    StillSees,
    NoLongerSees,
}

/// Removes a contact (not a primary: the rules keep the primary until another is chosen). The
/// removed person is told, unless they removed themselves or their account is disabled.
pub fn remove(
    conn: &mut Connection,
    sender: Sender<'_>,
    by: ByAccount<'_>,
    licence: &Licence,
    role: ContactRole,
    account: AccountId,
    now: i64,
) -> AppResult<Result<Removed, Refused<RemoveRefusal>>> {
    let tx = write(conn)?;
    let contacts = store::contacts::of_licence(&tx, licence.id)?;
    if !may_manage(&tx, by, licence)? {
        return Err(AppError::NotFound);
    }
    if let Err(refusal) = check_remove(&contacts, role, account) {
        return Ok(Err(Refused { refusal, contacts }));
    }
    let before = contacts.snapshot();
    store::contacts::remove(&tx, licence.id, account, role)?;
    let removed = store::accounts::by_id(&tx, account)?.ok_or(AppError::NotFound)?;
    let mut mailed = mail::mailboxes::Mailed::new();
    if removed.id != by.account.id && removed.state != AccountState::Disabled {
        let mail = compose::contact_removed(&removed, by.account, role, licence);
        mail::queue(&tx, sender, &mail, now)?;
        mailed.insert(removed.email.to_string());
    }
    let change = ContactChange::Removed {
        contact: &removed,
        role,
    };
    mail::mailboxes::queue_contact_copy(&tx, sender, by.account, licence, change, &mailed, now)?;
    let detail = format!("{} removed as a {} contact", removed.email, role.as_str());
    audit_contacts(
        &tx,
        by.actor,
        &ContactsChange {
            action: "contact-removed",
            licence,
            subject: removed.id,
            detail: &detail,
            before: &before,
        },
        now,
    )?;
    // Through the licence's organisation too: a manager who removes a contact still sees it.
    let still_sees = store::licences::visible(&tx, Viewer::of(by.account), licence.id)?.is_some();
    tx.commit()?;
    Ok(Ok(if still_sees {
        Removed::StillSees
    } else {
        Removed::NoLongerSees
    }))
}

/// Makes a contact the primary of its role; the previous primary stays as a secondary contact.
/// Both are told, unless one of them made the change or the previous one is disabled; so are
/// the webhooks that want to know.
pub fn make_primary(
    conn: &mut Connection,
    sender: Sender<'_>,
    by: ByAccount<'_>,
    licence: &Licence,
    role: ContactRole,
    account: AccountId,
    now: i64,
) -> AppResult<Result<(), Refused<PromoteRefusal>>> {
    let tx = write(conn)?;
    let contacts = store::contacts::of_licence(&tx, licence.id)?;
    let acting = Acting {
        account_id: by.account.id,
        oversees: store::licences::access_to(&tx, by.viewer(), licence)?.oversees(),
    };
    let previous = match check_promote(&contacts, acting, role, account) {
        Ok(previous) => previous.map(|c| c.account_id),
        Err(refusal) => return Ok(Err(Refused { refusal, contacts })),
    };
    let before = contacts.snapshot();
    store::contacts::set_primary(&tx, licence.id, role, account, now)?;
    let new_primary = store::accounts::by_id(&tx, account)?.ok_or(AppError::NotFound)?;
    let previous: Option<Account> = match previous {
        Some(id) => store::accounts::by_id(&tx, id)?,
        None => None,
    };
    let mut mailed = mail::mailboxes::Mailed::new();
    if let Some(previous) = previous
        .as_ref()
        .filter(|a| a.state != AccountState::Disabled)
    {
        let mail =
            compose::primary_to_previous(sender, previous, by.account, &new_primary, role, licence);
        mail::queue(&tx, sender, &mail, now)?;
        mailed.insert(previous.email.to_string());
    }
    if new_primary.id != by.account.id {
        let mail = compose::primary_to_new(sender, &new_primary, by.account, role, licence);
        mail::queue(&tx, sender, &mail, now)?;
        mailed.insert(new_primary.email.to_string());
    }
    let change = ContactChange::PrimaryChanged {
        contact: &new_primary,
        role,
    };
    mail::mailboxes::queue_contact_copy(&tx, sender, by.account, licence, change, &mailed, now)?;
    mail::webhooks::raise(
        &tx,
        &mail::webhooks::Event::PrimaryChanged {
            role,
            person: new_primary.email.as_str(),
        },
        Some(licence),
        now,
    )?;
    let detail = format!(
        "{} made the primary {} contact{}",
        new_primary.email,
        role.as_str(),
        previous
            .as_ref()
            .map(|p| format!(" in place of {}", p.email))
            .unwrap_or_default()
    );
    audit_contacts(
        &tx,
        by.actor,
        &ContactsChange {
            action: "primary-changed",
            licence,
            subject: new_primary.id,
            detail: &detail,
            before: &before,
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}
