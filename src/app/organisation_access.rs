//! Who reaches an organisation's licences besides their contacts: its managers, whom an
//! administrator or another manager adds and removes, and consultants, to whom an
//! administrator or a manager grants read access until a day (at most
//! `domain::organisation::MAX_GRANT_DAYS` ahead), with or without the keys. Every change is
//! audited and told by mail (the keys consultants are shown are audited in
//! `super::key_views`).

use jiff::civil::Date;
use jiff::tz::TimeZone;
use rusqlite::Connection;

use super::contacts::Addressee;
use super::links::new_invitation_link;
use super::write;
use crate::domain::organisation::{
    AccessRole, GrantEndError, Organisation, check_grant_until, grant_ends_at, grant_last_day,
};
use crate::domain::{Account, AccountId, AccountState, Actor, OrganisationId, Viewer};
use crate::error::{AppError, AppResult};
use crate::mail::organisation_access::{self as access_mail, GrantNotice};
use crate::mail::{self, Sender, compose};
use crate::store::organisations::Holder;
use crate::store::{self, audit};

/// How a viewer stands to an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    Admin,
    Manager,
    /// A consultant with a running grant: reads the licences, changes nothing.
    Consultant {
        with_keys: bool,
        ends_at: i64,
        granted_by: String,
    },
}

impl Standing {
    /// Administrators and managers add and remove managers and grant and revoke access.
    pub fn may_change(&self) -> bool {
        matches!(self, Standing::Admin | Standing::Manager)
    }
}

/// How the viewer stands to the organisation at `now`; `None` when they do not reach it (or
/// it does not exist), which pages answer with a 404.
pub fn standing(
    conn: &Connection,
    viewer: Viewer,
    organisation: OrganisationId,
    now: i64,
) -> AppResult<Option<(Organisation, Standing)>> {
    let Some(found) = store::organisations::by_id(conn, organisation)? else {
        return Ok(None);
    };
    if viewer.is_admin {
        return Ok(Some((found, Standing::Admin)));
    }
    let access = store::organisations::access_of(conn, viewer.account_id, organisation, now)?;
    Ok(access.map(|access| {
        let standing = match access.role {
            AccessRole::Manager => Standing::Manager,
            AccessRole::Consultant => Standing::Consultant {
                with_keys: access.with_keys,
                // The table's CHECK constraint gives every grant an end.
                ends_at: access.ends_at.unwrap_or_default(),
                granted_by: access.granted_by,
            },
        };
        (found, standing)
    }))
}

/// The people page of an organisation.
#[derive(Debug, Clone)]
pub struct People {
    pub organisation: Organisation,
    pub standing: Standing,
    pub managers: Vec<Holder>,
    /// Consultants' grants, running and ended, newest first.
    pub grants: Vec<Holder>,
}

/// What the people page shows this viewer; `NotFound` for an organisation they do not reach.
pub fn people(
    conn: &Connection,
    viewer: Viewer,
    organisation: OrganisationId,
    now: i64,
) -> AppResult<People> {
    let (organisation, standing) =
        standing(conn, viewer, organisation, now)?.ok_or(AppError::NotFound)?;
    let (managers, grants) = store::organisations::holders(conn, organisation.id)?
        .into_iter()
        .partition(|h| h.access.role == AccessRole::Manager);
    Ok(People {
        organisation,
        standing,
        managers,
        grants,
    })
}

/// Who changes an organisation's people: the signed-in account, and the actor the audit log
/// names.
#[derive(Debug, Clone, Copy)]
pub struct By<'a> {
    pub account: &'a Account,
    pub actor: &'a Actor,
}

/// The organisation, when `by` may change its people (an administrator or one of its
/// managers); `NotFound` otherwise, as for an organisation they cannot see. The handlers tell
/// a consultant's 403 apart before they call.
fn changed_by(
    conn: &Connection,
    by: By<'_>,
    organisation: OrganisationId,
    now: i64,
) -> AppResult<(Organisation, Standing)> {
    match standing(conn, Viewer::of(by.account), organisation, now)? {
        Some((found, standing)) if standing.may_change() => Ok((found, standing)),
        _ => Err(AppError::NotFound),
    }
}

/// An account found by its address, or invited: whether an invitation with a new
/// set-password link is to be sent.
struct Reached {
    account: Account,
    /// The account never chose a password and holds no invitation that still works.
    needs_invitation: bool,
}

/// The account of an address: an existing one, or a new invited account in the addressee's
/// language. `None` for a disabled account.
fn reach(conn: &Connection, addressee: &Addressee<'_>, now: i64) -> AppResult<Option<Reached>> {
    let account = match store::accounts::by_email(conn, addressee.email)? {
        Some(account) if account.state == AccountState::Disabled => return Ok(None),
        Some(account) => account,
        None => {
            let id = store::accounts::insert(
                conn,
                &store::accounts::NewAccount {
                    email: addressee.email,
                    display_name: "",
                    password_hash: None,
                    is_admin: false,
                    state: AccountState::Invited,
                },
                now,
            )?;
            store::people::set_language(conn, id, addressee.language)?;
            store::accounts::by_id(conn, id)?.ok_or(AppError::NotFound)?
        }
    };
    // An invitation that still works stays the one link to use: a new one would end it.
    let needs_invitation = account.state == AccountState::Invited
        && store::people::outstanding_invitation(conn, account.id, now)?.is_none();
    Ok(Some(Reached {
        account,
        needs_invitation,
    }))
}

/// Sends an invitation with a new set-password link, and audits it.
fn invite(
    conn: &Connection,
    sender: Sender<'_>,
    by: By<'_>,
    organisation: &Organisation,
    account: &Account,
    role: AccessRole,
    now: i64,
) -> AppResult<()> {
    let link = new_invitation_link(conn, sender.base_url, account.id, now)?;
    let invited_by = compose::InvitedBy::Organisation {
        actor: by.account,
        organisation: &organisation.name,
        role,
    };
    mail::queue(
        conn,
        sender,
        &compose::invitation(account, &invited_by, &link),
        now,
    )?;
    audit::record(
        conn,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: &format!(
                "invited {} as a {} of {} (organisation {})",
                account.email,
                role.as_str(),
                organisation.name,
                organisation.id
            ),
            ..audit::Entry::new(by.actor, "account-invited")
        },
        now,
    )?;
    Ok(())
}

/// Why an address cannot be made a manager, or be granted access.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddRefusal {
    /// The address's account is disabled.
    AccountDisabled,
    /// The account already manages the organisation.
    AlreadyManager,
    /// The account is an administrator's, who sees every organisation already.
    Administrator,
    /// The account already holds running access to the organisation (revoke it first to
    /// change it).
    AlreadyGranted,
}

/// What adding a manager did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    Added,
    /// Added, and sent an invitation with a set-password link.
    Invited,
}

/// Makes the address a manager of the organisation: an existing account, or a new invited
/// one (with an invitation in the language chosen beside the address). The new manager is told
/// by mail, unless they added themselves.
pub fn add_manager(
    conn: &mut Connection,
    sender: Sender<'_>,
    by: By<'_>,
    organisation: OrganisationId,
    addressee: &Addressee<'_>,
    now: i64,
) -> AppResult<Result<Added, AddRefusal>> {
    let tx = write(conn)?;
    let (organisation, _) = changed_by(&tx, by, organisation, now)?;
    let Some(reached) = reach(&tx, addressee, now)? else {
        return Ok(Err(AddRefusal::AccountDisabled));
    };
    let account = &reached.account;
    if account.is_admin {
        return Ok(Err(AddRefusal::Administrator));
    }
    if !store::organisations::add_manager(
        &tx,
        organisation.id,
        account.id,
        by.actor.stored_label(),
        now,
    )? {
        return Ok(Err(AddRefusal::AlreadyManager));
    }
    if reached.needs_invitation {
        invite(
            &tx,
            sender,
            by,
            &organisation,
            account,
            AccessRole::Manager,
            now,
        )?;
    } else if account.id != by.account.id {
        let mail = access_mail::manager_added(
            sender,
            account,
            by.account,
            organisation.id,
            &organisation.name,
        );
        mail::queue(&tx, sender, &mail, now)?;
    }
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: &format!(
                "{} made a manager of {} (organisation {})",
                account.email, organisation.name, organisation.id
            ),
            ..audit::Entry::new(by.actor, "organisation-manager-added")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(if reached.needs_invitation {
        Added::Invited
    } else {
        Added::Added
    }))
}

/// Why a manager cannot be removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoveRefusal {
    /// The account does not manage the organisation.
    NotAManager,
    /// Only an administrator removes the last manager: the organisation would be left
    /// without one.
    LastManager,
    /// A manager removes other managers; only an administrator removes a manager who is
    /// the one acting.
    Yourself,
}

/// Whether `by` may remove `account` as a manager, given the organisation's managers.
pub fn check_remove(
    standing: &Standing,
    managers: &[Holder],
    by: AccountId,
    account: AccountId,
) -> Result<(), RemoveRefusal> {
    if !managers.iter().any(|m| m.access.account_id == account) {
        Err(RemoveRefusal::NotAManager)
    } else if *standing == Standing::Admin {
        Ok(())
    } else if account == by {
        Err(RemoveRefusal::Yourself)
    } else if managers.len() < 2 {
        Err(RemoveRefusal::LastManager)
    } else {
        Ok(())
    }
}

/// Ends an account's manager role.
pub fn remove_manager(
    conn: &mut Connection,
    by: By<'_>,
    organisation: OrganisationId,
    account: AccountId,
    now: i64,
) -> AppResult<Result<(), RemoveRefusal>> {
    let tx = write(conn)?;
    let (organisation, standing) = changed_by(&tx, by, organisation, now)?;
    let managers = store::organisations::managers(&tx, organisation.id)?;
    if let Err(refusal) = check_remove(&standing, &managers, by.account.id, account) {
        return Ok(Err(refusal));
    }
    store::organisations::remove_manager(&tx, organisation.id, account)?;
    let email = managers
        .iter()
        .find(|m| m.access.account_id == account)
        .map(|m| m.email.to_string())
        .unwrap_or_default();
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account),
            detail: &format!(
                "{email} no longer a manager of {} (organisation {})",
                organisation.name, organisation.id
            ),
            ..audit::Entry::new(by.actor, "organisation-manager-removed")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}

/// A consultant's access as asked for.
pub struct GrantRequest<'a> {
    pub addressee: Addressee<'a>,
    /// The last day of the access.
    pub until: Date,
    pub with_keys: bool,
}

/// Why access cannot be granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GrantRefusal {
    Until(GrantEndError),
    Account(AddRefusal),
}

/// Grants the address read access to the organisation's licences until the end of
/// `request.until` in `zone`: an existing account, or a new invited one. Every manager of the
/// organisation is told who got access, until when, with or without keys and from whom; the
/// consultant gets the link to the licences.
#[allow(clippy::too_many_arguments)]
pub fn grant(
    conn: &mut Connection,
    sender: Sender<'_>,
    by: By<'_>,
    organisation: OrganisationId,
    request: &GrantRequest<'_>,
    today: Date,
    zone: &TimeZone,
    now: i64,
) -> AppResult<Result<i64, GrantRefusal>> {
    if let Err(error) = check_grant_until(today, request.until) {
        return Ok(Err(GrantRefusal::Until(error)));
    }
    // A day the checks let through has a next day; the calendar's last day has none.
    let Some(ends_at) = grant_ends_at(request.until, zone) else {
        return Ok(Err(GrantRefusal::Until(GrantEndError::TooLong)));
    };
    let tx = write(conn)?;
    let (organisation, _) = changed_by(&tx, by, organisation, now)?;
    let Some(reached) = reach(&tx, &request.addressee, now)? else {
        return Ok(Err(GrantRefusal::Account(AddRefusal::AccountDisabled)));
    };
    let consultant = &reached.account;
    let managers = store::organisations::managers(&tx, organisation.id)?;
    if managers
        .iter()
        .any(|m| m.access.account_id == consultant.id)
    {
        return Ok(Err(GrantRefusal::Account(AddRefusal::AlreadyManager)));
    }
    if consultant.is_admin {
        return Ok(Err(GrantRefusal::Account(AddRefusal::Administrator)));
    }
    if store::organisations::access_of(&tx, consultant.id, organisation.id, now)?.is_some() {
        return Ok(Err(GrantRefusal::Account(AddRefusal::AlreadyGranted)));
    }
    let id = store::organisations::grant(
        &tx,
        organisation.id,
        consultant.id,
        request.with_keys,
        by.actor.stored_label(),
        now,
        ends_at,
    )?;
    if reached.needs_invitation {
        invite(
            &tx,
            sender,
            by,
            &organisation,
            consultant,
            AccessRole::Consultant,
            now,
        )?;
    }
    let notice = GrantNotice {
        organisation_id: organisation.id,
        organisation: &organisation.name,
        consultant,
        granted_by: by.account,
        until: request.until,
        with_keys: request.with_keys,
    };
    mail::queue(
        &tx,
        sender,
        &access_mail::grant_started_to_consultant(sender, &notice),
        now,
    )?;
    for account in store::organisations::managers_to_tell(&tx, organisation.id)? {
        let mail = access_mail::grant_started_to_manager(sender, &account, &notice);
        mail::queue(&tx, sender, &mail, now)?;
    }
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(consultant.id),
            detail: &format!(
                "{} may read the licences of {} (organisation {}) until {}, {} keys (grant {id})",
                consultant.email,
                organisation.name,
                organisation.id,
                request.until,
                if request.with_keys { "with" } else { "without" }
            ),
            ..audit::Entry::new(by.actor, "organisation-access-granted")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// A consultant's grant of an organisation, running or not; `None` when the organisation has
/// no grant with this id.
pub fn grant_of(
    conn: &Connection,
    organisation: OrganisationId,
    grant: i64,
) -> AppResult<Option<Holder>> {
    Ok(store::organisations::holders(conn, organisation)?
        .into_iter()
        .find(|h| h.access.id == grant && h.access.role == AccessRole::Consultant))
}

/// Why a grant cannot be revoked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevokeRefusal {
    /// It has ended already.
    NotRunning,
}

/// Ends a running grant now. The managers are told at once, and the grant is marked told, so
/// the periodic run does not tell them again.
pub fn revoke(
    conn: &mut Connection,
    sender: Sender<'_>,
    by: By<'_>,
    organisation: OrganisationId,
    grant: i64,
    now: i64,
) -> AppResult<Result<(), RevokeRefusal>> {
    let tx = write(conn)?;
    let (organisation, _) = changed_by(&tx, by, organisation, now)?;
    // No grant of this organisation: not found, as on the confirmation page.
    let Some(holder) = grant_of(&tx, organisation.id, grant)? else {
        return Err(AppError::NotFound);
    };
    if !store::organisations::revoke(&tx, organisation.id, grant, now)? {
        return Ok(Err(RevokeRefusal::NotRunning));
    }
    if let Some(consultant) = store::accounts::by_id(&tx, holder.access.account_id)? {
        access_mail::tell_managers_ended(&tx, sender, &organisation, &consultant, now)?;
    }
    store::organisations::mark_end_told(&tx, grant, now)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(holder.access.account_id),
            detail: &format!(
                "access of {} to {} (organisation {}) revoked (grant {grant})",
                holder.email, organisation.name, organisation.id
            ),
            ..audit::Entry::new(by.actor, "organisation-access-revoked")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}

/// The last day of a grant, for pages: the day it runs to, or the day it was cut short on.
pub fn last_day(ends_at: i64, zone: &TimeZone) -> Option<Date> {
    grant_last_day(ends_at, zone)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Email;
    use crate::domain::organisation::Access;

    fn manager(account: i64) -> Holder {
        Holder {
            access: Access {
                id: account,
                organisation_id: OrganisationId(1),
                account_id: AccountId(account),
                role: AccessRole::Manager,
                with_keys: true,
                granted_by: "admin@example.com".into(),
                starts_at: 0,
                ends_at: None,
                revoked_at: None,
            },
            email: Email::parse(&format!("m{account}@example.com")).unwrap(),
            display_name: String::new(),
        }
    }

    #[test]
    fn managers_remove_other_managers_but_not_the_last_or_themselves() {
        let two = [manager(1), manager(2)];
        let one = [manager(1)];
        let (me, other) = (AccountId(1), AccountId(2));
        assert_eq!(check_remove(&Standing::Manager, &two, me, other), Ok(()));
        assert_eq!(
            check_remove(&Standing::Manager, &two, me, me),
            Err(RemoveRefusal::Yourself)
        );
        assert_eq!(
            check_remove(&Standing::Manager, &one, other, me),
            Err(RemoveRefusal::LastManager)
        );
        assert_eq!(check_remove(&Standing::Admin, &one, other, me), Ok(()));
        assert_eq!(
            check_remove(&Standing::Admin, &one, other, AccountId(3)),
            Err(RemoveRefusal::NotAManager)
        );
    }
}
