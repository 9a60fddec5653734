//! Administering webhooks: creating one (with a secret of ours), pausing and resuming one,
//! deleting one, sending it a test event, and sending a failed delivery again. Each change is audited in its transaction.

use rusqlite::Connection;
use serde_json::json;

use super::write;
use crate::auth::Token;
use crate::domain::webhooks::{
    Delivery, UrlError, Webhook, WebhookEvent, WebhookFormat, check_url, redacted_url,
};
use crate::domain::{Actor, Language, OrganisationId};
use crate::error::AppResult;
use crate::mail::webhooks::{self as hooks, Event};
use crate::store::{self, audit};

/// A webhook as the form asks for it, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct WebhookRequest {
    pub url: String,
    /// `json`, `slack` or `teams`.
    pub format: String,
    /// Empty for the whole portal, else an organisation's number.
    pub organisation: String,
    /// The events' codes.
    pub events: Vec<String>,
}

/// What is wrong with a request; the form shows each beside its field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refusals {
    pub url: Option<UrlError>,
    pub format: bool,
    pub organisation: bool,
    pub events: bool,
}

impl Refusals {
    pub fn any(&self) -> bool {
        self.url.is_some() || self.format || self.organisation || self.events
    }
}

/// Where the webhook's texts and links come from: the portal's default language and address.
#[derive(Debug, Clone, Copy)]
pub struct Portal<'a> {
    pub language: Language,
    pub base_url: &'a str,
}

/// Creates a webhook, or says what is wrong with the request (then nothing is stored).
pub fn create(
    conn: &mut Connection,
    actor: &Actor,
    portal: Portal<'_>,
    request: &WebhookRequest,
    now: i64,
) -> AppResult<Result<i64, Refusals>> {
    let tx = write(conn)?;
    let mut refusals = Refusals::default();
    let url = check_url(&request.url)
        .map_err(|e| refusals.url = Some(e))
        .ok();
    let format = WebhookFormat::parse(&request.format);
    refusals.format = format.is_none();
    let organisation = match request.organisation.trim() {
        "" => Some(None),
        raw => match raw.parse::<i64>() {
            Ok(id) => store::organisations::by_id(&tx, OrganisationId(id))?.map(|o| Some(o.id)),
            Err(_) => None,
        },
    };
    refusals.organisation = organisation.is_none();
    let mut events: Vec<WebhookEvent> = Vec::new();
    for code in &request.events {
        match WebhookEvent::parse(code) {
            Some(event) if WebhookEvent::ALL.contains(&event) => {
                if !events.contains(&event) {
                    events.push(event);
                }
            }
            _ => refusals.events = true,
        }
    }
    events.sort();
    refusals.events |= events.is_empty();
    let (Some(url), Some(format), Some(organisation), false) =
        (url, format, organisation, refusals.any())
    else {
        return Ok(Err(refusals));
    };
    let secret = Token::generate();
    let id = store::webhooks::insert(
        &tx,
        &store::webhooks::NewWebhook {
            organisation_id: organisation,
            url: &url,
            format,
            events: &events,
            secret: secret.as_str(),
            language: portal.language,
            portal_url: portal.base_url,
            created_by: actor.account_id(),
        },
        now,
    )?;
    let shown = redacted_url(&url);
    let after = json!({
        "url": shown,
        "format": format.as_str(),
        "organisation_id": organisation.map(|o| o.0),
        "events": WebhookEvent::join(&events),
    });
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!("webhook {id} to {shown}"),
            after: Some(&after),
            ..audit::Entry::new(actor, "webhook-created")
        },
        now,
    )?;
    tx.commit()?;
    Ok(Ok(id))
}

/// Deletes a webhook with the deliveries it has not made. False when there was none.
pub fn delete(conn: &mut Connection, actor: &Actor, hook: &Webhook, now: i64) -> AppResult<bool> {
    let tx = write(conn)?;
    if !store::webhooks::delete(&tx, hook.id)? {
        return Ok(false);
    }
    let before = json!({
        "url": redacted_url(&hook.url),
        "format": hook.format.as_str(),
        "organisation_id": hook.organisation_id.map(|o| o.0),
        "events": WebhookEvent::join(&hook.events),
    });
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!("webhook {} to {}", hook.id, redacted_url(&hook.url)),
            before: Some(&before),
            ..audit::Entry::new(actor, "webhook-deleted")
        },
        now,
    )?;
    tx.commit()?;
    Ok(true)
}

/// Pauses or resumes a webhook: a paused one is told of no new event (deliveries already
/// queued still go). False when it was already so.
pub fn set_enabled(
    conn: &mut Connection,
    actor: &Actor,
    hook: &Webhook,
    enabled: bool,
    now: i64,
) -> AppResult<bool> {
    let tx = write(conn)?;
    if !store::webhooks::set_enabled(&tx, hook.id, enabled)? {
        return Ok(false);
    }
    let action = if enabled {
        "webhook-enabled"
    } else {
        "webhook-disabled"
    };
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!("webhook {} to {}", hook.id, redacted_url(&hook.url)),
            ..audit::Entry::new(actor, action)
        },
        now,
    )?;
    tx.commit()?;
    Ok(true)
}

/// Queues a test event for a webhook, whatever events it wants.
pub fn send_test(conn: &mut Connection, actor: &Actor, hook: &Webhook, now: i64) -> AppResult<i64> {
    let tx = write(conn)?;
    let id = hooks::queue(&tx, hook, &Event::Test, None, now)?;
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!(
                "test event {id} for webhook {} to {}",
                hook.id,
                redacted_url(&hook.url)
            ),
            ..audit::Entry::new(actor, "webhook-tested")
        },
        now,
    )?;
    tx.commit()?;
    Ok(id)
}

/// Queues a failed delivery again. False when it had not failed, or its webhook is gone.
pub fn retry_delivery(
    conn: &mut Connection,
    actor: &Actor,
    delivery: &Delivery,
    now: i64,
) -> AppResult<bool> {
    let tx = write(conn)?;
    if delivery.webhook_id.is_none() || !store::outbox::requeue(&tx, delivery.id, now)? {
        return Ok(false);
    }
    audit::record(
        &tx,
        &audit::Entry {
            detail: &format!(
                "webhook delivery {} to {} queued again",
                delivery.id,
                redacted_url(&delivery.url)
            ),
            ..audit::Entry::new(actor, "webhook-delivery-requeued")
        },
        now,
    )?;
    tx.commit()?;
    Ok(true)
}
