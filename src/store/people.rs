//! Account changes made by their owners and by administrators: profile, password, state, the
//! accounts list, invitation links of one account, and a licence's past orders.

use rusqlite::{Connection, OptionalExtension, params};

use crate::domain::people::AccountSummary;
use crate::domain::{AccountId, AccountState, Language, LicenceId};

use super::links::LinkPurpose;

pub fn set_profile(
    conn: &Connection,
    id: AccountId,
    display_name: &str,
    language: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE accounts SET display_name = ?2, language = ?3 WHERE id = ?1",
        params![id.0, display_name, language],
    )?;
    Ok(())
}

/// The name an account is shown by.
pub fn set_display_name(conn: &Connection, id: AccountId, name: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE accounts SET display_name = ?2 WHERE id = ?1",
        params![id.0, name],
    )?;
    Ok(())
}

/// The language an account's pages and mail are written in, stored as its code.
pub fn set_language(conn: &Connection, id: AccountId, language: Language) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE accounts SET language = ?2 WHERE id = ?1",
        params![id.0, language.code()],
    )?;
    Ok(())
}

pub fn password_hash(conn: &Connection, id: AccountId) -> rusqlite::Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT password_hash FROM accounts WHERE id = ?1",
            [id.0],
            |row| row.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten())
}

/// Sets an account's state. Enabling an account that never set a password makes it invited
/// again rather than active. Disabling it ends its reset and invitation links for good:
/// enabling it later does not bring them back (a new invitation can be sent).
pub fn set_state(
    conn: &Connection,
    id: AccountId,
    state: AccountState,
    now: i64,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE accounts SET state = CASE WHEN ?2 = 'active' AND password_hash IS NULL \
         THEN 'invited' ELSE ?2 END WHERE id = ?1",
        params![id.0, state.as_str()],
    )?;
    if state == AccountState::Disabled {
        revoke_password_links(conn, id, now)?;
    }
    Ok(())
}

/// Makes an account an administrator, or an administrator no longer.
pub fn set_admin(conn: &Connection, id: AccountId, is_admin: bool) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE accounts SET is_admin = ?2 WHERE id = ?1",
        params![id.0, is_admin],
    )?;
    Ok(())
}

pub fn active_admins(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM accounts WHERE is_admin = 1 AND state = 'active'",
        [],
        |row| row.get(0),
    )
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<AccountSummary>> {
    let mut stmt = conn.prepare(
        "SELECT a.id, \
         (SELECT count(DISTINCT c.licence_id) FROM licence_contacts c WHERE c.account_id = a.id), \
         (SELECT count(*) FROM licence_primaries p WHERE p.account_id = a.id) \
         FROM accounts a ORDER BY a.email",
    )?;
    let ids = stmt
        .query_map([], |row| {
            Ok((AccountId(row.get(0)?), row.get(1)?, row.get(2)?))
        })?
        .collect::<rusqlite::Result<Vec<(AccountId, i64, i64)>>>()?;
    let mut out = Vec::with_capacity(ids.len());
    for (id, licences, primary_of) in ids {
        if let Some(account) = super::accounts::by_id(conn, id)? {
            out.push(AccountSummary {
                account,
                licences,
                primary_of,
            });
        }
    }
    Ok(out)
}

/// Ends the unused links of one purpose for one account (a new invitation replaces the old).
pub fn revoke_links(
    conn: &Connection,
    account: AccountId,
    purpose: LinkPurpose,
    now: i64,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE one_time_links SET used_at = ?3 WHERE account_id = ?1 AND purpose = ?2 \
         AND used_at IS NULL",
        params![account.0, purpose.as_str(), now],
    )
}

/// Ends every unused reset and invitation link of an account: after its password is set or
/// changed, one of its links is used, or it is disabled.
pub fn revoke_password_links(
    conn: &Connection,
    account: AccountId,
    now: i64,
) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE one_time_links SET used_at = ?2 WHERE account_id = ?1 \
         AND purpose IN ('reset', 'invitation') AND used_at IS NULL",
        params![account.0, now],
    )
}

/// The latest expiry of an account's unused invitation links still valid at `now`: the
/// invitation it already has, if any.
pub fn outstanding_invitation(
    conn: &Connection,
    account: AccountId,
    now: i64,
) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT max(expires_at) FROM one_time_links WHERE account_id = ?1 \
         AND purpose = 'invitation' AND used_at IS NULL AND expires_at > ?2",
        params![account.0, now],
        |row| row.get(0),
    )
}

/// Ends every session of an account but one (the one that changed the password).
pub fn end_other_sessions(
    conn: &Connection,
    account: AccountId,
    keep_token_hash: &[u8],
) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM sessions WHERE account_id = ?1 AND token_hash <> ?2",
        params![account.0, keep_token_hash],
    )
}

/// A licence's orders so far, oldest first: their numbers.
pub fn order_numbers(conn: &Connection, licence: LicenceId) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn
        .prepare_cached("SELECT number FROM orders WHERE licence_id = ?1 ORDER BY placed_at, id")?;
    let rows = stmt.query_map([licence.0], |row| row.get(0))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Email;
    use crate::store::accounts::{self, NewAccount};

    #[test]
    fn a_new_password_or_disabling_ends_every_reset_and_invitation_link() {
        use crate::store::links::{self, LinkPurpose};
        let conn = crate::store::open_in_memory().unwrap();
        let id = accounts::insert(
            &conn,
            &NewAccount {
                email: &Email::parse("links@x.com").unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Invited,
            },
            0,
        )
        .unwrap();
        links::insert(&conn, b"old", LinkPurpose::Invitation, Some(id), 0, 50).unwrap();
        links::insert(&conn, b"new", LinkPurpose::Invitation, Some(id), 10, 200).unwrap();
        links::insert(&conn, b"reset", LinkPurpose::Reset, Some(id), 10, 100).unwrap();
        // The expired one does not count; the latest valid expiry is the invitation's.
        assert_eq!(outstanding_invitation(&conn, id, 60).unwrap(), Some(200));
        accounts::set_password(&conn, id, "hash", 70).unwrap();
        assert_eq!(outstanding_invitation(&conn, id, 70).unwrap(), None);
        assert_eq!(
            links::peek(&conn, b"reset", LinkPurpose::Reset, 70).unwrap(),
            None
        );

        links::insert(&conn, b"later", LinkPurpose::Reset, Some(id), 80, 300).unwrap();
        set_state(&conn, id, AccountState::Active, 81).unwrap();
        assert!(
            links::peek(&conn, b"later", LinkPurpose::Reset, 82)
                .unwrap()
                .is_some()
        );
        set_state(&conn, id, AccountState::Disabled, 83).unwrap();
        set_state(&conn, id, AccountState::Active, 84).unwrap();
        assert_eq!(
            links::peek(&conn, b"later", LinkPurpose::Reset, 85).unwrap(),
            None
        );
    }

    #[test]
    fn enabling_an_account_without_a_password_makes_it_invited() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = accounts::insert(
            &conn,
            &NewAccount {
                email: &Email::parse("new@x.com").unwrap(),
                display_name: "",
                password_hash: None,
                is_admin: false,
                state: AccountState::Invited,
            },
            0,
        )
        .unwrap();
        set_state(&conn, id, AccountState::Disabled, 1).unwrap();
        assert_eq!(
            accounts::by_id(&conn, id).unwrap().unwrap().state,
            AccountState::Disabled
        );
        set_state(&conn, id, AccountState::Active, 2).unwrap();
        assert_eq!(
            accounts::by_id(&conn, id).unwrap().unwrap().state,
            AccountState::Invited
        );
        accounts::set_password(&conn, id, "hash", 3).unwrap();
        set_state(&conn, id, AccountState::Disabled, 4).unwrap();
        set_state(&conn, id, AccountState::Active, 5).unwrap();
        assert_eq!(
            accounts::by_id(&conn, id).unwrap().unwrap().state,
            AccountState::Active
        );
    }
}
