//! The `outbox` table: every mail is written here first, in the transaction of the action that
//! causes it, so a mail exists exactly when its action happened. Webhook deliveries wait in it
//! too (`store::webhooks`); the functions here read and deliver mail only.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::{AccountId, LicenceId, MailState, OutboxMail};

const COLUMNS: &str = "id, created_at, kind, from_address, to_address, account_id, licence_id, \
    subject, body, message_id, state, attempts, next_attempt_at, last_attempt_at, last_error, \
    sent_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<OutboxMail> {
    let state: String = row.get(10)?;
    Ok(OutboxMail {
        id: row.get(0)?,
        created_at: row.get(1)?,
        kind: row.get(2)?,
        from_address: row.get(3)?,
        to_address: row.get(4)?,
        account_id: row.get::<_, Option<i64>>(5)?.map(AccountId),
        licence_id: row.get::<_, Option<i64>>(6)?.map(LicenceId),
        subject: row.get(7)?,
        body: row.get(8)?,
        message_id: row.get(9)?,
        state: MailState::parse(&state).unwrap_or(MailState::Failed),
        attempts: row.get(11)?,
        next_attempt_at: row.get(12)?,
        last_attempt_at: row.get(13)?,
        last_error: row.get(14)?,
        sent_at: row.get(15)?,
    })
}

pub struct NewMail<'a> {
    pub kind: &'a str,
    pub from_address: &'a str,
    pub to_address: &'a str,
    pub account_id: Option<AccountId>,
    pub licence_id: Option<LicenceId>,
    pub subject: &'a str,
    pub body: &'a str,
    pub message_id: &'a str,
}

pub fn enqueue(conn: &Connection, mail: &NewMail<'_>, now: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO outbox (created_at, kind, from_address, to_address, account_id, licence_id, \
         subject, body, message_id, next_attempt_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?1)",
    )?
    .execute(params![
        now,
        mail.kind,
        mail.from_address,
        mail.to_address,
        mail.account_id.map(|a| a.0),
        mail.licence_id.map(|l| l.0),
        mail.subject,
        mail.body,
        mail.message_id,
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<OutboxMail>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE id = ?1 AND channel = 'mail'"
    ))?
    .query_row([id], from_row)
    .optional()
}

/// One page of the outbox, newest first, optionally of one state.
pub fn list(
    conn: &Connection,
    state: Option<MailState>,
    limit: i64,
    offset: i64,
) -> rusqlite::Result<(Vec<OutboxMail>, i64)> {
    let state = state.map(MailState::as_str);
    let total: i64 = conn.query_row(
        "SELECT count(*) FROM outbox WHERE channel = 'mail' AND (?1 IS NULL OR state = ?1)",
        [state],
        |row| row.get(0),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE channel = 'mail' AND (?1 IS NULL OR state = ?1) \
         ORDER BY id DESC LIMIT ?2 OFFSET ?3"
    ))?;
    let mails = stmt
        .query_map(params![state, limit, offset], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((mails, total))
}

/// Every mail, oldest first, for `licensedesk outbox export`.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<OutboxMail>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE channel = 'mail' ORDER BY id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// How many mails the outbox holds (of one state, or all).
pub fn count(conn: &Connection, state: Option<MailState>) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM outbox WHERE channel = 'mail' AND (?1 IS NULL OR state = ?1)",
        [state.map(MailState::as_str)],
        |row| row.get(0),
    )
}

/// Hands `visit` each mail (of one state, or all), oldest first, at most `limit` of them, one
/// at a time: the caller keeps what it makes of a mail, not the mails.
pub fn for_each(
    conn: &Connection,
    state: Option<MailState>,
    limit: i64,
    visit: &mut dyn FnMut(OutboxMail),
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM outbox WHERE channel = 'mail' AND (?1 IS NULL OR state = ?1) \
         ORDER BY id LIMIT ?2"
    ))?;
    let mut rows = stmt.query(params![state.map(MailState::as_str), limit])?;
    while let Some(row) = rows.next()? {
        visit(from_row(row)?);
    }
    Ok(())
}

/// Takes the oldest mail due for an attempt, moving its next attempt `lease_seconds` ahead so
/// that a second delivery process on the same database does not send it too.
pub fn claim_due(
    conn: &Connection,
    now: i64,
    lease_seconds: i64,
) -> rusqlite::Result<Option<OutboxMail>> {
    let id: Option<i64> = conn
        .query_row(
            "UPDATE outbox SET next_attempt_at = ?2 WHERE id = (SELECT id FROM outbox \
             WHERE state = 'queued' AND channel = 'mail' AND next_attempt_at <= ?1 \
             ORDER BY next_attempt_at, id \
             LIMIT 1) RETURNING id",
            params![now, now + lease_seconds],
            |row| row.get(0),
        )
        .optional()?;
    match id {
        Some(id) => by_id(conn, id),
        None => Ok(None),
    }
}

pub fn mark_sent(conn: &Connection, id: i64, now: i64) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_attempt_at = ?2, \
         sent_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

/// Records a failed attempt and its error: tried again at `retry_at`, or failed for good.
pub fn mark_attempt_failed(
    conn: &Connection,
    id: i64,
    now: i64,
    error: &str,
    retry_at: Option<i64>,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ?2, last_error = ?3, \
         state = CASE WHEN ?4 IS NULL THEN 'failed' ELSE 'queued' END, \
         next_attempt_at = coalesce(?4, next_attempt_at) WHERE id = ?1",
        params![id, now, error, retry_at],
    )?;
    Ok(())
}

/// Puts a failed mail (or webhook delivery) back in the queue, to be tried again now, with its
/// attempts counted afresh. The last error is kept until the next attempt replaces it.
pub fn requeue(conn: &Connection, id: i64, now: i64) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?2 \
         WHERE id = ?1 AND state = 'failed'",
        params![id, now],
    )?;
    Ok(changed == 1)
}

/// How many mails of a kind went to an account since a time (limits reset mails).
pub fn count_recent(
    conn: &Connection,
    account: AccountId,
    kind: &str,
    since: i64,
) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM outbox WHERE account_id = ?1 AND kind = ?2 AND created_at >= ?3",
        params![account.0, kind, since],
        |row| row.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mail<'a>(message_id: &'a str) -> NewMail<'a> {
        NewMail {
            kind: "reset",
            from_address: "licensedesk@localhost",
            to_address: "ann@example.com",
            account_id: None,
            licence_id: None,
            subject: "Reset",
            body: "Body",
            message_id,
        }
    }

    #[test]
    fn a_due_mail_is_claimed_once_then_retried_then_failed_then_requeued() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = enqueue(&conn, &mail("<1@x>"), 100).unwrap();
        assert_eq!(claim_due(&conn, 99, 60).unwrap(), None);
        let claimed = claim_due(&conn, 100, 60).unwrap().unwrap();
        assert_eq!(claimed.id, id);
        // Leased: a second claimer does not get it.
        assert_eq!(claim_due(&conn, 101, 60).unwrap(), None);
        mark_attempt_failed(&conn, id, 101, "451 try later", Some(110)).unwrap();
        let queued = by_id(&conn, id).unwrap().unwrap();
        assert_eq!(
            (queued.state, queued.attempts, queued.next_attempt_at),
            (MailState::Queued, 1, 110)
        );
        assert!(claim_due(&conn, 110, 60).unwrap().is_some());
        mark_attempt_failed(&conn, id, 111, "550 no such user", None).unwrap();
        let failed = by_id(&conn, id).unwrap().unwrap();
        assert_eq!(failed.state, MailState::Failed);
        assert_eq!(failed.last_error.as_deref(), Some("550 no such user"));
        assert_eq!(claim_due(&conn, 1000, 60).unwrap(), None);
        assert!(requeue(&conn, id, 1000).unwrap());
        assert!(!requeue(&conn, id, 1000).unwrap());
        claim_due(&conn, 1000, 60).unwrap().unwrap();
        mark_sent(&conn, id, 1001).unwrap();
        let sent = by_id(&conn, id).unwrap().unwrap();
        assert_eq!((sent.state, sent.sent_at), (MailState::Sent, Some(1001)));
        assert_eq!(list(&conn, Some(MailState::Sent), 10, 0).unwrap().1, 1);
        assert_eq!(list(&conn, Some(MailState::Failed), 10, 0).unwrap().1, 0);
    }
}
