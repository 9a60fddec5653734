//! Accounts: signing in and out, the first administrator, invitation and reset links, setting
//! and changing a password, the profile, an administrator's disable, enable and new invitation,
//! and `licensedesk user`. Each function owns its transaction and its audit entry, and puts the
//! mail it causes in the outbox in that transaction.

use rusqlite::{Connection, TransactionBehavior};

use crate::auth::{PasswordHasher, Token};
use crate::domain::{
    Account, AccountId, AccountState, Actor, EMAIL_MAX_BYTES, Email, OutboxMail, Password,
};
use crate::error::{AppError, AppResult};
use crate::mail::{self, Sender, compose};
use crate::paths;
use crate::store::{self, audit, links::LinkPurpose};

/// An invitation link is valid this long.
pub const INVITATION_SECONDS: i64 = 7 * 24 * 3600;
/// A password-reset link is valid this long.
pub const RESET_SECONDS: i64 = 3600;
/// At most this many reset mails go to one account in an hour, so that the form cannot be used
/// to flood someone's mailbox; further requests get the same answer and send nothing.
const RESETS_PER_HOUR: i64 = 3;

/// A write transaction that holds the database from its first statement, so that what a use
/// case checks cannot change before it writes.
pub(crate) fn write(conn: &mut Connection) -> rusqlite::Result<rusqlite::Transaction<'_>> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
}

/// What a sign-in came to.
#[derive(Debug)]
pub enum SignIn {
    Accepted(Account),
    Refused,
}

/// What a failed sign-in writes into the audit log of the address typed: at most an address's
/// length, without control characters (the field itself may be a megabyte of anything).
fn typed_address_for_audit(raw: &str) -> String {
    let mut kept = String::new();
    for c in raw.trim().chars().filter(|c| !c.is_control()) {
        if kept.len() + c.len_utf8() > EMAIL_MAX_BYTES {
            break;
        }
        kept.push(c);
    }
    kept
}

/// Checks an address and a password, and records the outcome in the audit log; an accepted
/// sign-in is also recorded on the account. `client_addr` is where the attempt came from;
/// throttling attempts is the caller's, who knows the client.
pub fn sign_in(
    conn: &Connection,
    hasher: &PasswordHasher,
    raw_email: &str,
    password: &str,
    client_addr: Option<String>,
    now: i64,
) -> AppResult<SignIn> {
    let email = Email::parse(raw_email).ok();
    let credentials = match &email {
        Some(email) => store::accounts::credentials(conn, email)?,
        None => None,
    };
    let hash = credentials
        .as_ref()
        .filter(|(account, _)| account.state == AccountState::Active)
        .and_then(|(_, hash)| hash.clone());
    // Without a hash to check, a hash as dear as the dearest account's is checked instead:
    // the answer takes as long whether or not the address has an account.
    let dummy_cost = store::accounts::highest_password_cost(conn)?.unwrap_or(0);
    let matched = hasher.verify_or_dummy(password, hash.as_deref(), dummy_cost)?;
    let account = match (matched, credentials) {
        (true, Some((account, _))) => account,
        (_, credentials) => {
            let detail = format!("failed sign-in for {}", typed_address_for_audit(raw_email));
            audit::record(
                conn,
                &audit::Entry {
                    subject_account_id: credentials.map(|(a, _)| a.id),
                    detail: &detail,
                    ..audit::Entry::new(&Actor::Anonymous { client_addr }, "sign-in-failed")
                },
                now,
            )?;
            return Ok(SignIn::Refused);
        }
    };
    // A hash at another cost than the configured one is made again now that the password is
    // known, so that every account costs the same time to check. A busy hasher only puts
    // this off to the next sign-in.
    let mut detail = String::new();
    if let Some(old) = hash.as_deref().filter(|h| hasher.needs_rehash(h))
        && let Ok(checked) = Password::new(password)
        && let Ok(new) = hasher.hash(&checked)
        && store::accounts::rehash_password(conn, account.id, old, &new)? == 1
    {
        detail = format!(
            "password hash made again at cost {} (was {})",
            hasher.cost(),
            crate::auth::passwords::hash_cost(old)
                .map_or_else(|| "unknown".to_owned(), |c| c.to_string())
        );
    }
    store::accounts::record_sign_in(conn, account.id, now)?;
    audit::record(
        conn,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: &detail,
            ..audit::Entry::new(&Actor::account(&account, client_addr), "sign-in")
        },
        now,
    )?;
    Ok(SignIn::Accepted(account))
}

/// Ends a session (the one whose token hashes to `token_hash`) and records it.
pub fn sign_out(conn: &Connection, actor: &Actor, token_hash: &[u8], now: i64) -> AppResult<()> {
    store::sessions::delete(conn, token_hash)?;
    audit::record(
        conn,
        &audit::Entry {
            subject_account_id: actor.account_id(),
            ..audit::Entry::new(actor, "sign-out")
        },
        now,
    )?;
    Ok(())
}

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

/// The first administrator, created through the setup link, which this uses up.
pub fn create_first_admin(
    conn: &mut Connection,
    actor: &Actor,
    token: &Token,
    email: &Email,
    name: &str,
    password_hash: &str,
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
            email,
            display_name: name.trim(),
            password_hash: Some(password_hash),
            is_admin: true,
            state: AccountState::Active,
        },
        now,
    )?;
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(id),
            detail: "first administrator created through the setup link",
            ..audit::Entry::new(actor, "account-created")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
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

    /// The first segment of the link's path.
    pub fn kind(self) -> &'static str {
        match self {
            PasswordLink::Reset => "reset",
            PasswordLink::Invitation => "invite",
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

/// Sets the password of `account` through a link, which this uses up. Setting it ends the
/// account's other reset and invitation links, and every session it has: whoever knew the old
/// password is signed out.
pub fn set_password_by_link(
    conn: &mut Connection,
    kind: PasswordLink,
    token: &Token,
    account: &Account,
    password_hash: &str,
    client_addr: Option<String>,
    now: i64,
) -> AppResult<Result<(), LinkInvalid>> {
    let tx = conn.transaction()?;
    if store::links::take(&tx, &token.hash(), kind.purpose(), now)?.is_none() {
        return Ok(Err(LinkInvalid));
    }
    store::accounts::set_password(&tx, account.id, password_hash, now)?;
    store::sessions::delete_for_account(&tx, account.id)?;
    let action = match kind {
        PasswordLink::Reset => "password-reset",
        PasswordLink::Invitation => "invitation-accepted",
    };
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            ..audit::Entry::new(&Actor::account(account, client_addr), action)
        },
        now,
    )?;
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
fn new_link(
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
    Ok(paths::one_time_link(base_url, kind.kind(), token.as_str()))
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

/// An account made on the command line (`licensedesk user add`).
pub struct NewUser<'a> {
    pub email: &'a Email,
    pub name: &'a str,
    /// Without a password hash the account is invited: it gets a link to choose one.
    pub password_hash: Option<&'a str>,
    pub is_admin: bool,
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
    if store::accounts::by_email(&tx, new.email)?.is_some() {
        return Ok(Err(AddressTaken));
    }
    let id = store::accounts::insert(
        &tx,
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
