//! The `webhooks` table, webhook deliveries (outbox rows of the `webhook` channel), and the
//! licences whose expiry the webhooks were told of.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::webhooks::{Delivery, Webhook, WebhookEvent, WebhookFormat};
use crate::domain::{AccountId, Language, LicenceId, MailState, OrganisationId};

const COLUMNS: &str = "id, organisation_id, url, format, events, secret, language, portal_url, \
    enabled, created_at, created_by";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Webhook> {
    let format: String = row.get(3)?;
    let events: String = row.get(4)?;
    let language: String = row.get(6)?;
    Ok(Webhook {
        id: row.get(0)?,
        organisation_id: row.get::<_, Option<i64>>(1)?.map(OrganisationId),
        url: row.get(2)?,
        format: WebhookFormat::parse(&format).unwrap_or(WebhookFormat::Json),
        events: WebhookEvent::split(&events),
        secret: row.get(5)?,
        language: Language::from_code(&language).unwrap_or_default(),
        portal_url: row.get(7)?,
        enabled: row.get(8)?,
        created_at: row.get(9)?,
        created_by: row.get::<_, Option<i64>>(10)?.map(AccountId),
    })
}

/// A webhook to create.
pub struct NewWebhook<'a> {
    pub organisation_id: Option<OrganisationId>,
    pub url: &'a str,
    pub format: WebhookFormat,
    pub events: &'a [WebhookEvent],
    pub secret: &'a str,
    pub language: Language,
    pub portal_url: &'a str,
    pub created_by: Option<AccountId>,
}

pub fn insert(conn: &Connection, hook: &NewWebhook<'_>, now: i64) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO webhooks (organisation_id, url, format, events, secret, language, \
         portal_url, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            hook.organisation_id.map(|o| o.0),
            hook.url,
            hook.format.as_str(),
            WebhookEvent::join(hook.events),
            hook.secret,
            hook.language.code(),
            hook.portal_url,
            now,
            hook.created_by.map(|a| a.0),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<Webhook>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM webhooks WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()
}

/// Every webhook, the portal's first, then by organisation and age.
pub fn all(conn: &Connection) -> rusqlite::Result<Vec<Webhook>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM webhooks ORDER BY organisation_id IS NOT NULL, organisation_id, id"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// The webhooks told of an event: the portal's, and the organisation's when there is one.
pub fn concerned(
    conn: &Connection,
    organisation: Option<OrganisationId>,
) -> rusqlite::Result<Vec<Webhook>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM webhooks WHERE enabled = 1 \
         AND (organisation_id IS NULL OR organisation_id = ?1) ORDER BY id"
    ))?;
    let rows = stmt.query_map([organisation.map(|o| o.0)], from_row)?;
    rows.collect()
}

/// Pauses (false) or resumes (true) a webhook. False when it was already so, or is gone.
pub fn set_enabled(conn: &Connection, id: i64, enabled: bool) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "UPDATE webhooks SET enabled = ?2 WHERE id = ?1 AND enabled <> ?2",
        params![id, enabled],
    )? == 1)
}

/// Deletes a webhook with the deliveries it has not made; the ones it made stay in the outbox,
/// without their webhook. False when there was none.
pub fn delete(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    conn.execute(
        "DELETE FROM outbox WHERE channel = 'webhook' AND webhook_id = ?1 AND state <> 'sent'",
        [id],
    )?;
    Ok(conn.execute("DELETE FROM webhooks WHERE id = ?1", [id])? == 1)
}

/// One delivery to queue.
pub struct NewDelivery<'a> {
    pub webhook_id: i64,
    pub url: &'a str,
    pub event: WebhookEvent,
    pub licence_id: Option<LicenceId>,
    pub body: &'a str,
    /// Unique in the outbox, as a mail's Message-ID is.
    pub delivery_key: &'a str,
}

/// Queues a delivery in the outbox, due now. Call it in the transaction of what it reports.
pub fn enqueue(conn: &Connection, delivery: &NewDelivery<'_>, now: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "INSERT INTO outbox (created_at, kind, from_address, to_address, licence_id, subject, \
         body, message_id, next_attempt_at, channel, webhook_id) \
         VALUES (?1, 'webhook', 'licensedesk', ?2, ?3, ?4, ?5, ?6, ?1, 'webhook', ?7)",
    )?
    .execute(params![
        now,
        delivery.url,
        delivery.licence_id.map(|l| l.0),
        delivery.event.as_str(),
        delivery.body,
        delivery.delivery_key,
        delivery.webhook_id,
    ])?;
    Ok(conn.last_insert_rowid())
}

const DELIVERY_COLUMNS: &str = "id, created_at, webhook_id, to_address, subject, body, state, \
    attempts, next_attempt_at, last_attempt_at, last_error, sent_at";

fn delivery_from_row(row: &Row<'_>) -> rusqlite::Result<Delivery> {
    let state: String = row.get(6)?;
    Ok(Delivery {
        id: row.get(0)?,
        created_at: row.get(1)?,
        webhook_id: row.get(2)?,
        url: row.get(3)?,
        event: row.get(4)?,
        body: row.get(5)?,
        state: MailState::parse(&state).unwrap_or(MailState::Failed),
        attempts: row.get(7)?,
        next_attempt_at: row.get(8)?,
        last_attempt_at: row.get(9)?,
        last_error: row.get(10)?,
        sent_at: row.get(11)?,
    })
}

pub fn delivery(conn: &Connection, id: i64) -> rusqlite::Result<Option<Delivery>> {
    conn.prepare_cached(&format!(
        "SELECT {DELIVERY_COLUMNS} FROM outbox WHERE id = ?1 AND channel = 'webhook'"
    ))?
    .query_row([id], delivery_from_row)
    .optional()
}

/// The latest deliveries, newest first.
pub fn recent_deliveries(conn: &Connection, limit: i64) -> rusqlite::Result<Vec<Delivery>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {DELIVERY_COLUMNS} FROM outbox WHERE channel = 'webhook' ORDER BY id DESC LIMIT ?1"
    ))?;
    let rows = stmt.query_map([limit], delivery_from_row)?;
    rows.collect()
}

/// Takes the oldest delivery due, leasing it for `lease_seconds` as `outbox::claim_due` does
/// for mail.
pub fn claim_due(
    conn: &Connection,
    now: i64,
    lease_seconds: i64,
) -> rusqlite::Result<Option<Delivery>> {
    let id: Option<i64> = conn
        .query_row(
            "UPDATE outbox SET next_attempt_at = ?2 WHERE id = (SELECT id FROM outbox \
             WHERE state = 'queued' AND channel = 'webhook' AND next_attempt_at <= ?1 \
             ORDER BY next_attempt_at, id LIMIT 1) RETURNING id",
            params![now, now + lease_seconds],
            |row| row.get(0),
        )
        .optional()?;
    match id {
        Some(id) => delivery(conn, id),
        None => Ok(None),
    }
}

/// Records that the webhooks were told a licence expired on `expiry`. False when they had been.
pub fn record_expiry(
    conn: &Connection,
    licence: LicenceId,
    expiry: Date,
    now: i64,
) -> rusqlite::Result<bool> {
    Ok(conn
        .prepare_cached(
            "INSERT OR IGNORE INTO licence_expiry_events (licence_id, expiry, raised_at) \
             VALUES (?1, ?2, ?3)",
        )?
        .execute(params![licence.0, expiry.to_string(), now])?
        == 1)
}

/// Licences (evaluations included, archived ones not) whose licence expiry falls between
/// `first_day` and `today`.
pub fn expired_between(
    conn: &Connection,
    first_day: Date,
    today: Date,
) -> rusqlite::Result<Vec<(LicenceId, Date)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, licence_expiry FROM licences WHERE archived = 0 \
         AND licence_expiry BETWEEN ?1 AND ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![first_day.to_string(), today.to_string()], |row| {
        Ok((LicenceId(row.get(0)?), row.get::<_, Date>(1)?))
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_organisation_s_webhooks_follow_its_licences() {
        let conn = crate::store::open_in_memory().unwrap();
        let from = crate::store::organisations::create(&conn, "Alpha Holding", 1)
            .unwrap()
            .unwrap();
        let into = crate::store::organisations::create(&conn, "Alpha", 1)
            .unwrap()
            .unwrap();
        let id = insert(
            &conn,
            &NewWebhook {
                organisation_id: Some(from),
                url: "https://hooks.example/x",
                format: WebhookFormat::Json,
                events: &[WebhookEvent::PrimaryChanged],
                secret: "s",
                language: Language::En,
                portal_url: "https://portal.example",
                created_by: None,
            },
            1,
        )
        .unwrap();
        crate::store::organisations::merge(&conn, from, into, 2).unwrap();
        assert_eq!(
            by_id(&conn, id).unwrap().unwrap().organisation_id,
            Some(into)
        );
    }

    #[test]
    fn a_webhook_is_kept_found_and_deleted_with_its_queued_deliveries() {
        let conn = crate::store::open_in_memory().unwrap();
        let id = insert(
            &conn,
            &NewWebhook {
                organisation_id: None,
                url: "https://hooks.example/x",
                format: WebhookFormat::Slack,
                events: &[WebhookEvent::ImportApplied],
                secret: "s",
                language: Language::De,
                portal_url: "https://portal.example",
                created_by: None,
            },
            10,
        )
        .unwrap();
        let hook = by_id(&conn, id).unwrap().unwrap();
        assert_eq!(hook.format, WebhookFormat::Slack);
        assert_eq!(hook.language, Language::De);
        assert!(hook.wants(WebhookEvent::ImportApplied));
        assert!(!hook.wants(WebhookEvent::LicenceExpired));
        assert_eq!(concerned(&conn, Some(OrganisationId(7))).unwrap().len(), 1);
        let delivery_id = enqueue(
            &conn,
            &NewDelivery {
                webhook_id: id,
                url: &hook.url,
                event: WebhookEvent::ImportApplied,
                licence_id: None,
                body: "{}",
                delivery_key: "<1@webhook>",
            },
            20,
        )
        .unwrap();
        // The mail delivery never takes it, nor the export.
        assert_eq!(
            crate::store::outbox::claim_due(&conn, 100, 60).unwrap(),
            None
        );
        assert!(crate::store::outbox::all(&conn).unwrap().is_empty());
        assert_eq!(claim_due(&conn, 100, 60).unwrap().unwrap().id, delivery_id);
        assert!(delete(&conn, id).unwrap());
        assert_eq!(delivery(&conn, delivery_id).unwrap(), None);
    }
}
