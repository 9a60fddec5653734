//! The `one_time_links` table: setup, password-reset and invitation links. Single use: taking a
//! link marks it used in the same statement that checks it, so two requests cannot both use it.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::AccountId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkPurpose {
    Setup,
    Reset,
    Invitation,
}

impl LinkPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkPurpose::Setup => "setup",
            LinkPurpose::Reset => "reset",
            LinkPurpose::Invitation => "invitation",
        }
    }
}

pub fn insert(
    conn: &Connection,
    token_hash: &[u8],
    purpose: LinkPurpose,
    account_id: Option<AccountId>,
    now: i64,
    expires_at: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO one_time_links (token_hash, purpose, account_id, created_at, expires_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            token_hash,
            purpose.as_str(),
            account_id.map(|a| a.0),
            now,
            expires_at
        ],
    )?;
    Ok(())
}

/// Whether the link exists, is unused and unexpired; returns the account it belongs to.
pub fn peek(
    conn: &Connection,
    token_hash: &[u8],
    purpose: LinkPurpose,
    now: i64,
) -> rusqlite::Result<Option<Option<AccountId>>> {
    conn.query_row(
        "SELECT account_id FROM one_time_links WHERE token_hash = ?1 AND purpose = ?2 \
         AND used_at IS NULL AND expires_at > ?3",
        params![token_hash, purpose.as_str(), now],
        |row| Ok(row.get::<_, Option<i64>>(0)?.map(AccountId)),
    )
    .optional()
}

/// Marks the link used if it is still valid. `None` means it was used, expired or never existed.
pub fn take(
    conn: &Connection,
    token_hash: &[u8],
    purpose: LinkPurpose,
    now: i64,
) -> rusqlite::Result<Option<Option<AccountId>>> {
    conn.query_row(
        "UPDATE one_time_links SET used_at = ?3 WHERE token_hash = ?1 AND purpose = ?2 \
         AND used_at IS NULL AND expires_at > ?3 RETURNING account_id",
        params![token_hash, purpose.as_str(), now],
        |row| Ok(row.get::<_, Option<i64>>(0)?.map(AccountId)),
    )
    .optional()
}

/// Ends every unused link of a purpose (a new setup link replaces the previous one).
pub fn revoke_all(conn: &Connection, purpose: LinkPurpose, now: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE one_time_links SET used_at = ?2 WHERE purpose = ?1 AND used_at IS NULL",
        params![purpose.as_str(), now],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_can_be_taken_once_and_not_after_expiry() {
        let conn = crate::store::open_in_memory().unwrap();
        insert(&conn, b"h1", LinkPurpose::Setup, None, 0, 100).unwrap();
        assert_eq!(take(&conn, b"h1", LinkPurpose::Reset, 1).unwrap(), None);
        assert_eq!(
            take(&conn, b"h1", LinkPurpose::Setup, 1).unwrap(),
            Some(None)
        );
        assert_eq!(take(&conn, b"h1", LinkPurpose::Setup, 2).unwrap(), None);
        insert(&conn, b"h2", LinkPurpose::Setup, None, 0, 100).unwrap();
        assert_eq!(take(&conn, b"h2", LinkPurpose::Setup, 100).unwrap(), None);
    }
}
