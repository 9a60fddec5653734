//! One-time links: the first-run setup link, password resets and invitations (their lifetimes,
//! making one, using one), a forgotten password, and a reset link made on the command line.

use rusqlite::Connection;

use super::write;
use crate::auth::Token;
use crate::domain::{Account, AccountId, AccountState, Actor, Email, Language};
use crate::error::AppResult;
use crate::mail::{self, Sender, compose};
use crate::paths::Route;
use crate::store::{self, audit, links::LinkPurpose};

/// An invitation link is valid this long.
pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;
/// A password-reset link is valid this long.
pub const RESET_SECONDS: i64 = 3600;
/// At most this many reset mails go to one account in an hour, so that the form cannot be used
/// to flood someone's mailbox; further requests get the same answer and send nothing.
const RESETS_PER_HOUR: i64 = 3;

/// A one-time link that no longer works: used, expired, ended, or never made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkInvalid;

/// Whether the first-run setup link works: it does while no account exists.
pub fn setup_link_works(conn: &Connection, token: &Token, now: i64) -> AppResult<bool> {
    Ok(store::accounts::count(conn)? == 0
        && store::links::peek(conn, &token.hash(), LinkPurpose::Setup, now)?.is_some())
}

/// Whether the setup link is still there to use (a refused form shows itself again only then).
pub fn setup_link_pending(conn: &Connection, token: &Token, now: i64) -> AppResult<bool> {
    Ok(store::links::peek(conn, &token.hash(), LinkPurpose::Setup, now)?.is_some())
}

/// The first administrator, as the setup form describes them.
pub struct FirstAdmin<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    pub password_hash: &'a str,
    /// The language the setup was done in, which their pages and mail keep.
    pub language: Language,
}

/// The first administrator, created through the setup link, which this uses up.
pub fn create_first_admin(
    conn: &mut Connection,
    actor: &Actor,
    token: &Token,
    admin: &FirstAdmin<'_>,
    now: i64,
) -> AppResult<Result<AccountId, LinkInvalid>> {
    let tx = conn.transaction()?;
    let taken = store::links::take(&tx, &token.hash(), LinkPurpose::Setup, now)?;
    if taken.is_none() || store::accounts::count(&tx)? > 0 {
        return Ok(Err(LinkInvalid));
    }
    let id = store::accounts::insert(
        &tx,
        &store::accounts::NewAccount {
            email: admin.email,
            display_name: admin.name.trim(),
            password_hash: Some(admin.password_hash),
            is_admin: true,
            state: AccountState::Active,
        },
        now,
    )?;
    store::people::set_language(&tx, id, admin.language)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(id),
            detail: "first administrator created through the setup link",
            ..audit::Entry::new(actor, "account-created")
        },
        now,
    )?;
    signed_in_by_link(
        &tx,
        id,
        actor.client_addr().map(str::to_owned),
        "setup",
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// Records that whoever used a setup, reset or invitation link is signed in by it (the
/// caller starts the session), as a sign-in with a password is recorded.
fn signed_in_by_link(
    conn: &Connection,
    id: AccountId,
    client_addr: Option<String>,
    link: &str,
    now: i64,
) -> AppResult<()> {
    store::accounts::record_sign_in(conn, id, now)?;
    let Some(account) = store::accounts::by_id(conn, id)? else {
        return Ok(());
    };
    let detail = format!("signed in by the {link} link");
    audit::record(
        conn,
        &audit::Entry {
            subject_account_id: Some(id),
            detail: &detail,
            ..audit::Entry::new(&Actor::account(&account, client_addr), "sign-in")
        },
        now,
    )?;
    Ok(())
}

/// A link that sets a password: a reset (1 hour) or an invitation (7 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordLink {
    Reset,
    Invitation,
}

impl PasswordLink {
    fn purpose(self) -> LinkPurpose {
        match self {
            PasswordLink::Reset => LinkPurpose::Reset,
            PasswordLink::Invitation => LinkPurpose::Invitation,
        }
    }

    /// The page a link with this token opens.
    pub fn route(self, token: &str) -> Route {
        match self {
            PasswordLink::Reset => Route::Reset(token.to_owned()),
            PasswordLink::Invitation => Route::Invite(token.to_owned()),
        }
    }
}

/// The account a password link is for, while the link works and the account is not disabled.
pub fn link_account(
    conn: &Connection,
    kind: PasswordLink,
    token: &Token,
    now: i64,
) -> AppResult<Option<Account>> {
    let Some(Some(account_id)) = store::links::peek(conn, &token.hash(), kind.purpose(), now)?
    else {
        return Ok(None);
    };
    Ok(store::accounts::by_id(conn, account_id)?
        .filter(|account| account.state != AccountState::Disabled))
}

/// What a password link's form sets: the password, and for an invitation the name the person
/// gives (already checked with `display_name_fits`).
pub struct NewPassword<'a> {
    pub password_hash: &'a str,
    pub display_name: Option<&'a str>,
}

/// Sets the password of `account` through a link, which this uses up. Setting it ends the
/// account's other reset and invitation links, and every session it has: whoever knew the old
/// password is signed out, and the person who used the link is signed in (the caller starts
/// their session).
pub fn set_password_by_link(
    conn: &mut Connection,
    kind: PasswordLink,
    token: &Token,
    account: &Account,
    new: &NewPassword<'_>,
    client_addr: Option<String>,
    now: i64,
) -> AppResult<Result<(), LinkInvalid>> {
    let tx = conn.transaction()?;
    if store::links::take(&tx, &token.hash(), kind.purpose(), now)?.is_none() {
        return Ok(Err(LinkInvalid));
    }
    store::accounts::set_password(&tx, account.id, new.password_hash, now)?;
    if let Some(name) = new.display_name {
        store::people::set_display_name(&tx, account.id, name.trim())?;
    }
    store::sessions::delete_for_account(&tx, account.id)?;
    let action = match kind {
        PasswordLink::Reset => "password-reset",
        PasswordLink::Invitation => "invitation-accepted",
    };
    let after = new
        .display_name
        .map(|name| serde_json::json!({ "name": name.trim() }));
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            after: after.as_ref(),
            ..audit::Entry::new(&Actor::account(account, client_addr.clone()), action)
        },
        now,
    )?;
    let link = match kind {
        PasswordLink::Reset => "reset",
        PasswordLink::Invitation => "invitation",
    };
    signed_in_by_link(&tx, account.id, client_addr, link, now)?;
    tx.commit()?;
    Ok(Ok(()))
}

/// A forgotten password: a reset link goes to the outbox when the address has an account that
/// is not disabled and has not had too many this hour. The caller answers the same whatever
/// happened, so that the form does not tell which addresses have accounts.
pub fn request_reset(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    email: &Email,
    now: i64,
) -> AppResult<()> {
    let tx = write(conn)?;
    if let Some(account) = store::accounts::by_email(&tx, email)?
        && account.state != AccountState::Disabled
        && store::outbox::count_recent(&tx, account.id, "reset", now - 3600)? < RESETS_PER_HOUR
    {
        let link = new_link(&tx, sender.base_url, PasswordLink::Reset, account.id, now)?;
        mail::queue(&tx, sender, &compose::reset(&account, &link), now)?;
        audit::record(
            &tx,
            &audit::Entry {
                subject_account_id: Some(account.id),
                detail: "password-reset link sent to the outbox",
                ..audit::Entry::new(actor, "reset-requested")
            },
            now,
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// Makes a one-time password link for an account; returns the link to give its owner.
pub(crate) fn new_link(
    conn: &Connection,
    base_url: &str,
    kind: PasswordLink,
    account: AccountId,
    now: i64,
) -> rusqlite::Result<String> {
    let lifetime = match kind {
        PasswordLink::Reset => RESET_SECONDS,
        PasswordLink::Invitation => INVITATION_SECONDS,
    };
    let token = Token::generate();
    store::links::insert(
        conn,
        &token.hash(),
        kind.purpose(),
        Some(account),
        now,
        now + lifetime,
    )?;
    Ok(kind.route(token.as_str()).url(base_url))
}

/// Makes an invitation link for an account, ending the earlier ones. Returns the link to mail.
pub fn new_invitation_link(
    conn: &Connection,
    base_url: &str,
    account: AccountId,
    now: i64,
) -> rusqlite::Result<String> {
    store::people::revoke_links(conn, account, LinkPurpose::Invitation, now)?;
    new_link(conn, base_url, PasswordLink::Invitation, account, now)
}

/// Sends an administrator's invitation to an account that never chose a password: a new link,
/// which ends the earlier ones. Used by an administrator's "invite again" and by an import that
/// created accounts. Audited by the caller, who knows why it was sent.
pub fn send_invitation(
    conn: &Connection,
    sender: Sender<'_>,
    account: &Account,
    now: i64,
) -> rusqlite::Result<()> {
    let link = new_invitation_link(conn, sender.base_url, account.id, now)?;
    let mail = compose::invitation(account, &compose::InvitedBy::Administrator, &link);
    mail::queue(conn, sender, &mail, now)?;
    Ok(())
}

/// A password-reset link an administrator sends from the web: made as `licensedesk user
/// reset-link` makes it (one hour, once), and mailed to the account through the outbox like a
/// forgotten password's. A disabled account gets none; neither does an invited one, which has
/// no password to reset (its invitation is sent again instead).
pub fn send_reset_link(
    conn: &mut Connection,
    sender: Sender<'_>,
    actor: &Actor,
    account: &Account,
    now: i64,
) -> AppResult<Result<(), AccountState>> {
    let tx = write(conn)?;
    let Some(account) = store::accounts::by_id(&tx, account.id)? else {
        return Err(crate::error::AppError::NotFound);
    };
    if account.state != AccountState::Active {
        return Ok(Err(account.state));
    }
    let link = new_link(&tx, sender.base_url, PasswordLink::Reset, account.id, now)?;
    mail::queue(&tx, sender, &compose::reset(&account, &link), now)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: account.email.as_str(),
            ..audit::Entry::new(actor, "reset-link-sent")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(()))
}

/// Why no reset link can be made for an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetLinkRefusal {
    NoAccount,
    Disabled,
}

/// A password-reset link made on the command line, for sites where no mail can leave.
pub fn reset_link(
    conn: &mut Connection,
    base_url: &str,
    email: &Email,
    now: i64,
) -> AppResult<Result<String, ResetLinkRefusal>> {
    let tx = write(conn)?;
    let Some(account) = store::accounts::by_email(&tx, email)? else {
        return Ok(Err(ResetLinkRefusal::NoAccount));
    };
    if account.state == AccountState::Disabled {
        return Ok(Err(ResetLinkRefusal::Disabled));
    }
    let link = new_link(&tx, base_url, PasswordLink::Reset, account.id, now)?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: "password-reset link made on the command line",
            ..audit::Entry::new(&Actor::CommandLine, "reset-link-created")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(link))
}
