//! Signing in and out: checking an address and a password, the audit of every attempt, and
//! a password hash made again at the configured cost once the password is known.

use rusqlite::Connection;

use crate::auth::PasswordHasher;
use crate::domain::{Account, AccountState, Actor, EMAIL_MAX_BYTES, Email, Password};
use crate::error::AppResult;
use crate::store::{self, audit};

/// What a sign-in came to.
#[derive(Debug)]
pub enum SignIn {
    Accepted(Account),
    Refused,
    /// The right password of a disabled account: said as such, since whoever typed it knows
    /// the password already (a wrong one is refused as for any account).
    Disabled,
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
    // A disabled account's own hash is checked too, so that only its right password learns
    // that it is disabled; an invited account has none yet.
    let hash = credentials
        .as_ref()
        .filter(|(account, _)| account.state != AccountState::Invited)
        .and_then(|(_, hash)| hash.clone());
    // Without a hash to check, a hash as dear as the dearest account's is checked instead:
    // the answer takes as long whether or not the address has an account.
    let dummy_cost = store::accounts::highest_password_cost(conn)?.unwrap_or(0);
    let matched = hasher.verify_or_dummy(password, hash.as_deref(), dummy_cost)?;
    let account = match (matched, credentials) {
        (true, Some((account, _))) if account.state == AccountState::Active => account,
        (matched, credentials) => {
            let disabled = matched
                && credentials
                    .as_ref()
                    .is_some_and(|(a, _)| a.state == AccountState::Disabled);
            let detail = if disabled {
                format!(
                    "right password of the disabled account {}",
                    typed_address_for_audit(raw_email)
                )
            } else {
                format!("failed sign-in for {}", typed_address_for_audit(raw_email))
            };
            audit::record(
                conn,
                &audit::Entry {
                    subject_account_id: credentials.map(|(a, _)| a.id),
                    detail: &detail,
                    ..audit::Entry::new(&Actor::Anonymous { client_addr }, "sign-in-failed")
                },
                now,
            )?;
            return Ok(if disabled {
                SignIn::Disabled
            } else {
                SignIn::Refused
            });
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
