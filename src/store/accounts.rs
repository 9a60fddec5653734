//! The `accounts` table.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::{Account, AccountId, AccountState, Email};

pub(super) const COLUMNS: &str =
    "id, email, display_name, language, is_admin, state, created_at, last_sign_in_at";
/// How many columns `COLUMNS` names: a query may read more after them.
pub(super) const COLUMN_COUNT: usize = 8;

pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Account> {
    let email: String = row.get(1)?;
    let state: String = row.get(5)?;
    Ok(Account {
        id: AccountId(row.get(0)?),
        // The table's CHECK constraint keeps stored addresses normalised; parse again so the
        // type's guarantee holds even for a database edited by hand.
        email: Email::parse(&email).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
        })?,
        display_name: row.get(2)?,
        language: row.get(3)?,
        is_admin: row.get(4)?,
        state: AccountState::parse(&state).unwrap_or(AccountState::Disabled),
        created_at: row.get(6)?,
        last_sign_in_at: row.get(7)?,
    })
}

pub struct NewAccount<'a> {
    pub email: &'a Email,
    pub display_name: &'a str,
    pub password_hash: Option<&'a str>,
    pub is_admin: bool,
    pub state: AccountState,
}

pub fn insert(conn: &Connection, new: &NewAccount<'_>, now: i64) -> rusqlite::Result<AccountId> {
    conn.execute(
        "INSERT INTO accounts (email, display_name, password_hash, is_admin, state, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            new.email.as_str(),
            new.display_name,
            new.password_hash,
            new.is_admin,
            new.state.as_str(),
            now
        ],
    )?;
    Ok(AccountId(conn.last_insert_rowid()))
}

pub fn count(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM accounts", [], |row| row.get(0))
}

pub fn by_id(conn: &Connection, id: AccountId) -> rusqlite::Result<Option<Account>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM accounts WHERE id = ?1"))?
        .query_row([id.0], from_row)
        .optional()
}

pub fn by_email(conn: &Connection, email: &Email) -> rusqlite::Result<Option<Account>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM accounts WHERE email = ?1"))?
        .query_row([email.as_str()], from_row)
        .optional()
}

/// The account and its password hash, for signing in.
pub fn credentials(
    conn: &Connection,
    email: &Email,
) -> rusqlite::Result<Option<(Account, Option<String>)>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS}, password_hash FROM accounts WHERE email = ?1"
    ))?
    .query_row([email.as_str()], |row| Ok((from_row(row)?, row.get(8)?)))
    .optional()
}

/// Sets a new password, and ends every reset and invitation link of the account: a link
/// issued before the change must not undo it. Returns the accounts changed (0 or 1).
pub fn set_password(
    conn: &Connection,
    id: AccountId,
    password_hash: &str,
    now: i64,
) -> rusqlite::Result<usize> {
    let changed = conn.execute(
        "UPDATE accounts SET password_hash = ?2, \
         state = CASE state WHEN 'invited' THEN 'active' ELSE state END WHERE id = ?1",
        params![id.0, password_hash],
    )?;
    super::people::revoke_password_links(conn, id, now)?;
    Ok(changed)
}

/// Replaces a hash with one of the same password at another cost, unless the password
/// changed in between. Links stay: the password is the same.
pub fn rehash_password(
    conn: &Connection,
    id: AccountId,
    old_hash: &str,
    new_hash: &str,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE accounts SET password_hash = ?3 WHERE id = ?1 AND password_hash = ?2",
        params![id.0, old_hash, new_hash],
    )
}

/// The highest bcrypt cost among the stored password hashes (`$2b$12$...`), if any.
pub fn highest_password_cost(conn: &Connection) -> rusqlite::Result<Option<u32>> {
    let cost: Option<i64> = conn
        .prepare_cached(
            "SELECT max(CAST(substr(password_hash, 5, 2) AS INTEGER)) FROM accounts \
             WHERE password_hash LIKE '$2_$__$%'",
        )?
        .query_row([], |row| row.get(0))?;
    Ok(cost.and_then(|c| u32::try_from(c).ok()))
}

pub fn record_sign_in(conn: &Connection, id: AccountId, now: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE accounts SET last_sign_in_at = ?2 WHERE id = ?1",
        params![id.0, now],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_count_counts_the_columns_and_sessions_reads_them_in_order() {
        assert_eq!(COLUMNS.split(", ").count(), COLUMN_COUNT);
        // `sessions::find` names the same columns, prefixed, before its own.
        let conn = crate::store::open_in_memory().unwrap();
        let id = insert(
            &conn,
            &NewAccount {
                email: &Email::parse("order@example.com").unwrap(),
                display_name: "Order",
                password_hash: None,
                is_admin: true,
                state: AccountState::Active,
            },
            5,
        )
        .unwrap();
        crate::store::sessions::insert(
            &conn,
            &crate::store::sessions::NewSession {
                token_hash: &[1; 32],
                account_id: id,
                csrf_token: "csrf",
                persistent: false,
                expires_at: 100,
            },
            5,
        )
        .unwrap();
        let (session, account) = crate::store::sessions::find(&conn, &[1; 32], 10)
            .unwrap()
            .unwrap();
        assert_eq!(Some(account), by_id(&conn, id).unwrap());
        assert_eq!(session.csrf_token, "csrf");
        assert_eq!(session.expires_at, 100);
        assert!(
            crate::store::sessions::find(&conn, &[1; 32], 100)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn insert_and_find_by_email_case_insensitively() {
        let conn = crate::store::open_in_memory().unwrap();
        let email = Email::parse("Ann@Example.com").unwrap();
        let id = insert(
            &conn,
            &NewAccount {
                email: &email,
                display_name: "Ann",
                password_hash: Some("hash"),
                is_admin: true,
                state: AccountState::Active,
            },
            10,
        )
        .unwrap();
        let found = by_email(&conn, &Email::parse("ANN@example.COM").unwrap())
            .unwrap()
            .unwrap();
        assert_eq!(found.id, id);
        assert!(found.is_admin);
        assert_eq!(count(&conn).unwrap(), 1);
        let (_, hash) = credentials(&conn, &email).unwrap().unwrap();
        assert_eq!(hash.as_deref(), Some("hash"));
    }
}
