//! Accounts: the profile, a password change, an administrator's disable, enable and new
//! invitation, sending a failed mail again, and `licensedesk user add`. Each function owns its
//! transaction and its audit entry, and puts the mail it causes in the outbox in that
//! transaction.

use rusqlite::Connection;

use super::links::{PasswordLink, new_link, send_invitation};
use super::write;
use crate::domain::{Account, AccountId, AccountState, Actor, Email, Language, OutboxMail};
use crate::error::{AppError, AppResult};
use crate::mail::Sender;
use crate::store::{self, audit};

/// Saves the name and language of the acting account, audited with both before and after.
pub fn save_profile(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    name: &str,
    language: &str,
    now: i64,
) -> AppResult<()> {
    let before = serde_json::json!({ "name": account.display_name, "language": account.language });
    let after = serde_json::json!({ "name": name, "language": language });
    let tx = write(conn)?;
    store::people::set_profile(&tx, account.id, name, language)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            before: Some(&before),
            after: Some(&after),
            ..audit::Entry::new(actor, "profile-changed")
        },
        now,
    )?;
    tx.commit()?;
    Ok(())
}

/// Changes the acting account's password (the current one was checked by the caller). Every
/// other session of the account ends, and so does every reset link.
pub fn change_password(
    conn: &mut Connection,
    actor: &Actor,
    account: AccountId,
    this_session: &[u8],
    password_hash: &str,
    now: i64,
) -> AppResult<()> {
    let tx = write(conn)?;
    if store::accounts::set_password(&tx, account, password_hash, now)? != 1 {
        return Err(AppError::NotFound);
    }
    store::people::end_other_sessions(&tx, account, this_session)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account),
            detail: "password changed; other sessions and every reset link ended",
            ..audit::Entry::new(actor, "password-changed")
        },
        now,
    )?;
    tx.commit()?;
    Ok(())
}

/// Disables or enables an account. A disabled account can no longer sign in, and every session
/// it has ends now. The audit entry keeps the state before and after.
pub fn set_state(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    state: AccountState,
    now: i64,
) -> AppResult<()> {
    let tx = write(conn)?;
    store::people::set_state(&tx, account.id, state, now)?;
    let action = if state == AccountState::Disabled {
        store::sessions::delete_for_account(&tx, account.id)?;
        "account-disabled"
    } else {
        "account-enabled"
    };
    let before = serde_json::json!({ "state": account.state });
    let after_state = store::accounts::by_id(&tx, account.id)?
        .map(|a| a.state)
        .unwrap_or(state);
    let after = serde_json::json!({ "state": after_state });
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: account.email.as_str(),
            before: Some(&before),
            after: Some(&after),
            ..audit::Entry::new(actor, action)
        },
        now,
    )?;
    tx.commit()?;
    Ok(())
}

/// Why an administrator cannot send an account a new invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotInvited(pub AccountState);

/// A new invitation for an account that never chose a password; earlier links stop working.
pub fn resend_invitation(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    account: &Account,
    now: i64,
) -> AppResult<Result<(), NotInvited>> {
    if account.state != AccountState::Invited {
        return Ok(Err(NotInvited(account.state)));
    }
    let tx = write(conn)?;
    send_invitation(&tx, sender, account, now)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: account.email.as_str(),
            ..audit::Entry::new(actor, "invitation-resent")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}

/// Queues a mail that failed again, for another round of delivery. False when it had not
/// failed (nothing changes then).
pub fn requeue_mail(
    conn: &mut Connection,
    actor: &Actor,
    mail: &OutboxMail,
    now: i64,
) -> AppResult<bool> {
    let tx = write(conn)?;
    if !store::outbox::requeue(&tx, mail.id, now)? {
        return Ok(false);
    }
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: mail.account_id,
            licence_id: mail.licence_id,
            detail: &format!("mail {} to {} queued again", mail.id, mail.to_address),
            ..audit::Entry::new(actor, "mail-requeued")
        },
        now,
    )?;
    tx.commit()?;
    Ok(true)
}

/// An account made on the command line (`licensedesk user add`) or by an administrator's
/// invitation on the web.
pub struct NewUser<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    /// Without a password hash the account is invited: it gets a link to choose one.
    pub password_hash: Option<&'a str>,
    pub is_admin: bool,
    /// The language of the account's pages and mail.
    pub language: Language,
}

/// Why an account cannot be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AddressTaken;

/// Adds an account from the command line. Returns its invitation link when it has no password.
pub fn add_user(
    conn: &mut Connection,
    base_url: &str,
    new: &NewUser<'_>,
    now: i64,
) -> AppResult<Result<Option<String>, AddressTaken>> {
    let tx = write(conn)?;
    let id = match insert_user(&tx, new, now)? {
        Ok(id) => id,
        Err(taken) => return Ok(Err(taken)),
    };
    let link = match new.password_hash {
        Some(_) => None,
        None => Some(new_link(&tx, base_url, PasswordLink::Invitation, id, now)?),
    };
    let detail = format!(
        "account {} created on the command line{}",
        new.email,
        if new.is_admin {
            " as administrator"
        } else {
            ""
        }
    );
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(id),
            detail: &detail,
            ..audit::Entry::new(&Actor::CommandLine, "account-created")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(link))
}

/// An administrator's invitation on the web: the account is made as `licensedesk user add
/// --invite` makes it (invited, no password), and the invitation with its link (7 days) goes
/// to the outbox instead of the terminal.
pub fn invite_user(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    new: &NewUser<'_>,
    now: i64,
) -> AppResult<Result<AccountId, AddressTaken>> {
    let invited = NewUser {
        password_hash: None,
        ..*new
    };
    let tx = write(conn)?;
    let id = match insert_user(&tx, &invited, now)? {
        Ok(id) => id,
        Err(taken) => return Ok(Err(taken)),
    };
    let account = store::accounts::by_id(&tx, id)?.ok_or(AppError::NotFound)?;
    send_invitation(&tx, sender, &account, now)?;
    let detail = format!(
        "{} invited by an administrator{}",
        new.email,
        if new.is_admin {
            " as administrator"
        } else {
            ""
        }
    );
    let after = serde_json::json!({
        "email": new.email.as_str(),
        "name": new.name.trim(),
        "admin": new.is_admin,
        "state": AccountState::Invited,
    });
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(id),
            detail: &detail,
            after: Some(&after),
            ..audit::Entry::new(actor, "account-invited")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// The account of `new`, unless its address has one already.
fn insert_user(
    tx: &Connection,
    new: &NewUser<'_>,
    now: i64,
) -> AppResult<Result<AccountId, AddressTaken>> {
    if store::accounts::by_email(tx, new.email)?.is_some() {
        return Ok(Err(AddressTaken));
    }
    let id = store::accounts::insert(
        tx,
        &store::accounts::NewAccount {
            email: new.email,
            display_name: new.name.trim(),
            password_hash: new.password_hash,
            is_admin: new.is_admin,
            state: if new.password_hash.is_some() {
                AccountState::Active
            } else {
                AccountState::Invited
            },
        },
        now,
    )?;
    store::people::set_language(tx, id, new.language)?;
    Ok(Ok(id))
}

/// Why an account cannot stop being an administrator: it is the last active one, and without
/// it nobody could administer the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastAdmin;

/// Makes an account an administrator, or an administrator no longer (never the last active
/// one). Audited with the flag before and after; nothing changes (and nothing is audited) when
/// the account already is what was asked.
pub fn set_admin(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    is_admin: bool,
    now: i64,
) -> AppResult<Result<(), LastAdmin>> {
    let tx = write(conn)?;
    let current = store::accounts::by_id(&tx, account.id)?.ok_or(AppError::NotFound)?;
    if current.is_admin == is_admin {
        return Ok(Ok(()));
    }
    if !is_admin && current.state == AccountState::Active && store::people::active_admins(&tx)? <= 1
    {
        return Ok(Err(LastAdmin));
    }
    store::people::set_admin(&tx, account.id, is_admin)?;
    let before = serde_json::json!({ "admin": current.is_admin });
    let after = serde_json::json!({ "admin": is_admin });
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: account.email.as_str(),
            before: Some(&before),
            after: Some(&after),
            ..audit::Entry::new(
                actor,
                if is_admin {
                    "admin-granted"
                } else {
                    "admin-revoked"
                },
            )
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}
