//! The `calendar_feeds` table: the hashed secret of each account's calendar feed. Tokens arrive
//! here already hashed, as for sessions.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::{Account, AccountId};

/// The account whose feed has this token hash; `None` when no feed has it.
pub fn account_of(conn: &Connection, token_hash: &[u8]) -> rusqlite::Result<Option<Account>> {
    let account: Option<i64> = conn
        .prepare_cached("SELECT account_id FROM calendar_feeds WHERE token_hash = ?1")?
        .query_row([token_hash], |row| row.get(0))
        .optional()?;
    match account {
        Some(id) => super::accounts::by_id(conn, AccountId(id)),
        None => Ok(None),
    }
}

/// When the account's feed address was made; `None` when it has none.
pub fn created_at(conn: &Connection, account: AccountId) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT created_at FROM calendar_feeds WHERE account_id = ?1")?
        .query_row([account.0], |row| row.get(0))
        .optional()
}

/// Gives the account a feed with this token hash, replacing the one it had (whose address
/// stops working). Returns whether there was one.
pub fn replace(
    conn: &Connection,
    account: AccountId,
    token_hash: &[u8],
    now: i64,
) -> rusqlite::Result<bool> {
    let had = remove(conn, account)?;
    conn.prepare_cached(
        "INSERT INTO calendar_feeds (account_id, token_hash, created_at) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![account.0, token_hash, now])?;
    Ok(had)
}

/// Ends the account's feed. Returns whether it had one.
pub fn remove(conn: &Connection, account: AccountId) -> rusqlite::Result<bool> {
    let removed = conn
        .prepare_cached("DELETE FROM calendar_feeds WHERE account_id = ?1")?
        .execute([account.0])?;
    Ok(removed > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_feed_per_account_and_a_new_one_replaces_the_old() {
        let conn = crate::store::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO accounts (id, email, state, created_at) VALUES (1, 'a@x.com', 'active', 0);",
        )
        .unwrap();
        let (first, second) = ([1u8; 32], [2u8; 32]);
        assert!(!replace(&conn, AccountId(1), &first, 10).unwrap());
        assert_eq!(account_of(&conn, &first).unwrap().unwrap().id, AccountId(1));
        assert!(replace(&conn, AccountId(1), &second, 20).unwrap());
        assert!(account_of(&conn, &first).unwrap().is_none());
        assert_eq!(created_at(&conn, AccountId(1)).unwrap(), Some(20));
        assert!(remove(&conn, AccountId(1)).unwrap());
        assert!(account_of(&conn, &second).unwrap().is_none());
        assert!(!remove(&conn, AccountId(1)).unwrap());
    }
}
