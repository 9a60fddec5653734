//! The `sessions` table. Tokens arrive here already hashed: the store never sees a cookie value.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::{Account, AccountId};

#[derive(Debug, Clone)]
pub struct SessionRow {
    pub account_id: AccountId,
    pub csrf_token: String,
    pub persistent: bool,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

pub struct NewSession<'a> {
    pub token_hash: &'a [u8],
    pub account_id: AccountId,
    pub csrf_token: &'a str,
    pub persistent: bool,
    pub expires_at: i64,
}

pub fn insert(conn: &Connection, new: &NewSession<'_>, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (token_hash, account_id, csrf_token, persistent, created_at, \
         last_seen_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6)",
        params![
            new.token_hash,
            new.account_id.0,
            new.csrf_token,
            new.persistent,
            now,
            new.expires_at
        ],
    )?;
    Ok(())
}

/// The live session with this token hash, if it has not expired, and its account (in one
/// query: every signed-in request asks this).
pub fn find(
    conn: &Connection,
    token_hash: &[u8],
    now: i64,
) -> rusqlite::Result<Option<(SessionRow, Account)>> {
    // The account's columns first, in the order `accounts::from_row` reads them.
    let at = super::accounts::COLUMN_COUNT;
    conn.prepare_cached(
        "SELECT a.id, a.email, a.display_name, a.language, a.is_admin, a.state, a.created_at, \
         a.last_sign_in_at, s.csrf_token, s.persistent, s.last_seen_at, s.expires_at \
         FROM sessions s JOIN accounts a ON a.id = s.account_id \
         WHERE s.token_hash = ?1 AND s.expires_at > ?2",
    )?
    .query_row(params![token_hash, now], |row| {
        let account = super::accounts::from_row(row)?;
        let session = SessionRow {
            account_id: account.id,
            csrf_token: row.get(at)?,
            persistent: row.get(at + 1)?,
            last_seen_at: row.get(at + 2)?,
            expires_at: row.get(at + 3)?,
        };
        Ok((session, account))
    })
    .optional()
}

/// Moves an idle-limited session's expiry forward after activity.
pub fn touch(
    conn: &Connection,
    token_hash: &[u8],
    now: i64,
    expires_at: i64,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "UPDATE sessions SET last_seen_at = ?2, expires_at = ?3 WHERE token_hash = ?1",
    )?
    .execute(params![token_hash, now, expires_at])
}

pub fn delete(conn: &Connection, token_hash: &[u8]) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])
}

pub fn delete_for_account(conn: &Connection, account_id: AccountId) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM sessions WHERE account_id = ?1", [account_id.0])
}

pub fn delete_expired(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])
}
