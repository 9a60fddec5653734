//! Personal access tokens, made and revoked by their account (on the account page and with
//! `licensedesk token`): one transaction each, with its audit entry. The secret is returned
//! once, to be shown once; only its hash is stored.

use serde_json::json;

use crate::auth::api_tokens::new_secret;
use crate::domain::api_token::{ApiToken, TokenRequestError, TokenScope, check_days, check_name};
use crate::domain::{Account, Actor, OrganisationId, Viewer};
use crate::error::AppResult;
use crate::store::{api_tokens, audit, organisations};

/// What the maker asks for, as typed.
pub struct TokenRequest<'a> {
    pub name: &'a str,
    pub scope: TokenScope,
    /// The organisation to narrow the token to: one the account reaches now.
    pub organisation: Option<OrganisationId>,
    /// Days to live, as typed (blank: the default).
    pub days: &'a str,
}

/// Why a token is not made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenRefused {
    Request(TokenRequestError),
    /// The organisation is not one the account reaches (or does not exist: the same answer).
    Organisation,
}

/// A token just made: its secret, to be shown once, and the token as listed.
pub struct MadeToken {
    pub secret: String,
    pub token: ApiToken,
}

/// Makes a token for `account`; `actor` is who asked (the account itself, or the command line).
pub fn create(
    conn: &mut rusqlite::Connection,
    actor: &Actor,
    account: &Account,
    request: &TokenRequest<'_>,
    now: i64,
) -> AppResult<Result<MadeToken, TokenRefused>> {
    let name = match check_name(request.name) {
        Ok(name) => name,
        Err(e) => return Ok(Err(TokenRefused::Request(e))),
    };
    let days = match check_days(request.days) {
        Ok(days) => days,
        Err(e) => return Ok(Err(TokenRefused::Request(e))),
    };
    let tx = super::write(conn)?;
    if let Some(id) = request.organisation {
        let reached = organisations::reachable(&tx, Viewer::of(account), now)?;
        if !reached.iter().any(|o| o.id == id) {
            return Ok(Err(TokenRefused::Organisation));
        }
    }
    let (secret, hash) = new_secret();
    let id = api_tokens::insert(
        &tx,
        &api_tokens::NewToken {
            account_id: account.id,
            name: &name,
            token_hash: &hash,
            scope: request.scope,
            organisation_id: request.organisation,
            expires_at: now + days * 86_400,
        },
        now,
    )?;
    let after = json!({
        "id": id,
        "name": name,
        "scope": request.scope.as_str(),
        "organisation": request.organisation.map(|o| o.0),
        "days": days,
    });
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: &name,
            after: Some(&after),
            ..audit::Entry::new(actor, "api-token-created")
        },
        now,
    )?;
    let token = api_tokens::of_account(&tx, account.id, id)?
        .ok_or_else(|| crate::error::AppError::Internal("a token just made is gone".into()))?;
    tx.commit()?;
    Ok(Ok(MadeToken { secret, token }))
}

/// Revokes one of the account's tokens; `false` when it has no such token running.
pub fn revoke(
    conn: &mut rusqlite::Connection,
    actor: &Actor,
    account: &Account,
    id: i64,
    now: i64,
) -> AppResult<bool> {
    let tx = super::write(conn)?;
    let Some(token) = api_tokens::of_account(&tx, account.id, id)? else {
        return Ok(false);
    };
    if !api_tokens::revoke(&tx, account.id, id, now)? {
        return Ok(false);
    }
    let before = json!({ "id": id, "name": token.name, "scope": token.scope.as_str() });
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            detail: &token.name,
            before: Some(&before),
            ..audit::Entry::new(actor, "api-token-revoked")
        },
        now,
    )?;
    tx.commit()?;
    Ok(true)
}
