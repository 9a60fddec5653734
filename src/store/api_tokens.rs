//! The `api_tokens` table. Secrets arrive here already hashed.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::api_token::{ApiToken, TokenScope};
use crate::domain::organisation::OrganisationRef;
use crate::domain::{Account, AccountId, OrganisationId};

/// A token's last use is written at most this often, so reading is not a write per request.
const TOUCH_EVERY_SECONDS: i64 = 60;

const COLUMNS: &str = "t.id, t.account_id, t.name, t.scope, t.organisation_id, o.name, \
    t.created_at, t.expires_at, t.last_used_at, t.revoked_at";
const COLUMN_COUNT: usize = 10;

fn from_row(row: &Row<'_>, at: usize) -> rusqlite::Result<ApiToken> {
    let scope: String = row.get(at + 3)?;
    let organisation = match row.get::<_, Option<OrganisationId>>(at + 4)? {
        Some(id) => Some(OrganisationRef {
            id,
            name: row.get(at + 5)?,
        }),
        None => None,
    };
    Ok(ApiToken {
        id: row.get(at)?,
        account_id: AccountId(row.get(at + 1)?),
        name: row.get(at + 2)?,
        // The table's CHECK admits only the two scopes; a stranger reads as the narrower.
        scope: TokenScope::parse(&scope).unwrap_or(TokenScope::Read),
        organisation,
        created_at: row.get(at + 6)?,
        expires_at: row.get(at + 7)?,
        last_used_at: row.get(at + 8)?,
        revoked_at: row.get(at + 9)?,
    })
}

pub struct NewToken<'a> {
    pub account_id: AccountId,
    pub name: &'a str,
    pub token_hash: &'a [u8; 32],
    pub scope: TokenScope,
    pub organisation_id: Option<OrganisationId>,
    pub expires_at: i64,
}

pub fn insert(conn: &Connection, new: &NewToken<'_>, now: i64) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO api_tokens (account_id, name, token_hash, scope, organisation_id, \
         created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            new.account_id.0,
            new.name,
            &new.token_hash[..],
            new.scope.as_str(),
            new.organisation_id,
            now,
            new.expires_at
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// The token with this hash and its account, whatever its state (the caller tells an expired
/// or revoked token apart, to say so).
pub fn find(
    conn: &Connection,
    token_hash: &[u8; 32],
) -> rusqlite::Result<Option<(ApiToken, Account)>> {
    let at = super::accounts::COLUMN_COUNT;
    conn.prepare_cached(&format!(
        "SELECT a.id, a.email, a.display_name, a.language, a.is_admin, a.state, a.created_at, \
         a.last_sign_in_at, {COLUMNS} \
         FROM api_tokens t JOIN accounts a ON a.id = t.account_id \
         LEFT JOIN organisations o ON o.id = t.organisation_id \
         WHERE t.token_hash = ?1"
    ))?
    .query_row(params![&token_hash[..]], |row| {
        let account = super::accounts::from_row(row)?;
        Ok((from_row(row, at)?, account))
    })
    .optional()
}

/// One token of an account, by its number.
pub fn of_account(
    conn: &Connection,
    account: AccountId,
    id: i64,
) -> rusqlite::Result<Option<ApiToken>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM api_tokens t LEFT JOIN organisations o ON o.id = t.organisation_id \
         WHERE t.account_id = ?1 AND t.id = ?2"
    ))?
    .query_row(params![account.0, id], |row| from_row(row, 0))
    .optional()
}

/// An account's tokens, newest first.
pub fn list(conn: &Connection, account: AccountId) -> rusqlite::Result<Vec<ApiToken>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM api_tokens t LEFT JOIN organisations o ON o.id = t.organisation_id \
         WHERE t.account_id = ?1 ORDER BY t.id DESC"
    ))?
    .query_map(params![account.0], |row| from_row(row, 0))?
    .collect()
}

/// Every token, newest first, with its account's address (for the command line).
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<(ApiToken, String)>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, a.email FROM api_tokens t \
         JOIN accounts a ON a.id = t.account_id \
         LEFT JOIN organisations o ON o.id = t.organisation_id ORDER BY t.id DESC"
    ))?
    .query_map([], |row| Ok((from_row(row, 0)?, row.get(COLUMN_COUNT)?)))?
    .collect()
}

/// Ends a token now; `false` when it was not the account's or had already ended by revoking.
pub fn revoke(conn: &Connection, account: AccountId, id: i64, now: i64) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE api_tokens SET revoked_at = ?3 \
         WHERE account_id = ?1 AND id = ?2 AND revoked_at IS NULL",
        params![account.0, id, now],
    )?;
    Ok(changed > 0)
}

/// Notes that the token was used, at most once a minute.
pub fn touch(conn: &Connection, id: i64, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE api_tokens SET last_used_at = ?2 \
         WHERE id = ?1 AND (last_used_at IS NULL OR last_used_at <= ?2 - ?3)",
    )?
    .execute(params![id, now, TOUCH_EVERY_SECONDS])?;
    Ok(())
}
