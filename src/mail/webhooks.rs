//! Webhooks: events are raised inside the transaction of what causes them, as one outbox row
//! per webhook told (so an air-gapped site sees them queued, as it sees mail); a thread of
//! `serve` posts them (`super::webhook_delivery`).

use jiff::civil::Date;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::auth::Token;
use crate::domain::webhooks::{self, LicenceSummary, Message, Webhook, WebhookEvent};
use crate::domain::{ContactRole, Language, Licence};
use crate::i18n::format;
use crate::paths::Route;
use crate::store;
use crate::tr;

/// What happened, with what its texts and details need.
#[derive(Debug, Clone)]
pub enum Event<'a> {
    /// Support ends in `days_left` days, on `expiry`: a reminder's threshold was reached.
    SupportExpiring {
        days_left: i32,
        expiry: Date,
    },
    EvaluationEnding {
        days_left: i32,
        expiry: Date,
    },
    LicenceExpired {
        expiry: Date,
    },
    PrimaryChanged {
        role: ContactRole,
        person: &'a str,
    },
    ImportApplied {
        added: usize,
        updated: usize,
        skipped: usize,
    },
    /// `findings` are the diagnosis' codes.
    DiagnosisFindings {
        server_id: Option<&'a str>,
        findings: &'a [&'a str],
    },
    Test,
}

impl Event<'_> {
    pub fn code(&self) -> WebhookEvent {
        match self {
            Event::SupportExpiring { .. } => WebhookEvent::SupportExpiring,
            Event::EvaluationEnding { .. } => WebhookEvent::EvaluationEnding,
            Event::LicenceExpired { .. } => WebhookEvent::LicenceExpired,
            Event::PrimaryChanged { .. } => WebhookEvent::PrimaryChanged,
            Event::ImportApplied { .. } => WebhookEvent::ImportApplied,
            Event::DiagnosisFindings { .. } => WebhookEvent::DiagnosisFindings,
            Event::Test => WebhookEvent::Test,
        }
    }

    fn details(&self) -> Value {
        match self {
            Event::SupportExpiring { days_left, expiry }
            | Event::EvaluationEnding { days_left, expiry } => {
                json!({ "days_left": days_left, "expiry": expiry.to_string() })
            }
            Event::LicenceExpired { expiry } => json!({ "expiry": expiry.to_string() }),
            Event::PrimaryChanged { role, person } => {
                json!({ "role": role.as_str(), "primary": person })
            }
            Event::ImportApplied {
                added,
                updated,
                skipped,
            } => json!({ "added": added, "updated": updated, "skipped": skipped }),
            Event::DiagnosisFindings {
                server_id,
                findings,
            } => json!({ "server_id": server_id, "findings": findings }),
            Event::Test => json!({}),
        }
    }

    /// The readable line, in `lang`.
    fn text(&self, lang: Language, licence: &str) -> String {
        match self {
            Event::SupportExpiring { days_left, expiry } => tr!(
                lang,
                "hook-text-support-expiring",
                licence = licence,
                days = i64::from(*days_left),
                date = format::date(lang, *expiry)
            ),
            Event::EvaluationEnding { days_left, expiry } => tr!(
                lang,
                "hook-text-evaluation-ending",
                licence = licence,
                days = i64::from(*days_left),
                date = format::date(lang, *expiry)
            ),
            Event::LicenceExpired { expiry } => tr!(
                lang,
                "hook-text-licence-expired",
                licence = licence,
                date = format::date(lang, *expiry)
            ),
            Event::PrimaryChanged {
                role: ContactRole::Technical,
                person,
            } => tr!(
                lang,
                "hook-text-primary-technical",
                licence = licence,
                person = person.to_string()
            ),
            Event::PrimaryChanged {
                role: ContactRole::Billing,
                person,
            } => tr!(
                lang,
                "hook-text-primary-billing",
                licence = licence,
                person = person.to_string()
            ),
            Event::ImportApplied {
                added,
                updated,
                skipped,
            } => tr!(
                lang,
                "hook-text-import-applied",
                added = (*added as u64),
                updated = (*updated as u64),
                skipped = (*skipped as u64)
            ),
            Event::DiagnosisFindings {
                server_id,
                findings,
            } => tr!(
                lang,
                "hook-text-diagnosis-findings",
                server = server_id.unwrap_or("-").to_string(),
                findings = findings.join(", ")
            ),
            Event::Test => tr!(lang, "hook-text-test"),
        }
    }
}

/// A licence as one line of text: its SEN and name.
fn licence_label(licence: &Licence) -> String {
    match &licence.sen {
        Some(sen) => format!("{sen} {}", licence.name),
        None => licence.name.clone(),
    }
}

/// Queues the event for every enabled webhook that wants it: the portal's, and those of the
/// licence's organisation. Call it inside the transaction of what caused the event. Returns
/// how many deliveries were queued.
pub fn raise(
    conn: &Connection,
    event: &Event<'_>,
    licence: Option<&Licence>,
    now: i64,
) -> rusqlite::Result<usize> {
    let organisation = licence.and_then(|l| l.belongs_to.as_ref()).map(|o| o.id);
    let mut queued = 0;
    for hook in store::webhooks::concerned(conn, organisation)? {
        if hook.wants(event.code()) {
            queue(conn, &hook, event, licence, now)?;
            queued += 1;
        }
    }
    Ok(queued)
}

/// Queues one event for one webhook, whatever events it wants: the administrators' test.
pub fn queue(
    conn: &Connection,
    hook: &Webhook,
    event: &Event<'_>,
    licence: Option<&Licence>,
    now: i64,
) -> rusqlite::Result<i64> {
    let portal = hook.portal_url.trim_end_matches('/');
    let summary = licence.map(|l| LicenceSummary {
        id: l.id,
        sen: l.sen.clone(),
        product: l.product.clone(),
        name: l.name.clone(),
        organisation: l.belongs_to.as_ref().map(|o| o.name.clone()),
        support_expiry: l.support_expiry,
        licence_expiry: l.licence_expiry,
        url: Route::Licence(l.id).url(portal),
    });
    let link = summary
        .as_ref()
        .map_or_else(|| Route::Home.url(portal), |s| s.url.clone());
    let occurred_at = jiff::Timestamp::from_second(now)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .to_string();
    let details = event.details();
    let text = event.text(
        hook.language,
        &licence.map(licence_label).unwrap_or_default(),
    );
    let body = webhooks::payload(
        hook.format,
        &Message {
            event: event.code(),
            occurred_at: &occurred_at,
            portal,
            licence: summary.as_ref(),
            details: &details,
            text: &text,
            link: &link,
        },
    );
    let key = format!("<{}@webhook>", Token::generate().as_str());
    store::webhooks::enqueue(
        conn,
        &store::webhooks::NewDelivery {
            webhook_id: hook.id,
            url: &hook.url,
            event: event.code(),
            licence_id: licence.map(|l| l.id),
            body: &body,
            delivery_key: &key,
        },
        now,
    )
}

/// Tells the webhooks of an applied import, in its transaction (the web's confirmation and
/// `licensedesk import` both call it); an import that changed nothing is no event.
pub fn raise_import_applied(
    conn: &Connection,
    applied: &crate::inventory::import::Applied,
    now: i64,
) -> rusqlite::Result<usize> {
    if applied.added + applied.updated == 0 {
        return Ok(0);
    }
    raise(
        conn,
        &Event::ImportApplied {
            added: applied.added,
            updated: applied.updated,
            skipped: applied.skipped,
        },
        None,
        now,
    )
}

/// How far back a licence's expiry is still news: a licence that expired before webhooks
/// existed (or while the portal was stopped for longer) is not announced weeks late.
const EXPIRED_NEWS_DAYS: i64 = 7;

/// Tells the webhooks of every licence whose licence expiry has come (today, or in the last
/// [`EXPIRED_NEWS_DAYS`] days), once per licence and expiry date. Run with the reminders.
pub fn raise_expired(conn: &mut Connection, today: Date, now: i64) -> rusqlite::Result<usize> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let first_day = today
        .checked_sub(jiff::Span::new().days(EXPIRED_NEWS_DAYS))
        .unwrap_or(today);
    let mut told = 0;
    for (licence_id, expiry) in store::webhooks::expired_between(&tx, first_day, today)? {
        if !store::webhooks::record_expiry(&tx, licence_id, expiry, now)? {
            continue;
        }
        let Some(licence) = store::licences::by_id(&tx, licence_id)? else {
            continue;
        };
        raise(&tx, &Event::LicenceExpired { expiry }, Some(&licence), now)?;
        told += 1;
    }
    tx.commit()?;
    Ok(told)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::webhooks::WebhookFormat;
    use crate::domain::{LicenceFields, OrganisationId};
    use crate::store::webhooks::NewWebhook;

    fn hook(
        conn: &Connection,
        organisation: Option<OrganisationId>,
        events: &[WebhookEvent],
    ) -> i64 {
        store::webhooks::insert(
            conn,
            &NewWebhook {
                organisation_id: organisation,
                url: "https://hooks.example/x",
                format: WebhookFormat::Json,
                events,
                secret: "s",
                language: Language::De,
                portal_url: "https://portal.example/",
                created_by: None,
            },
            1,
        )
        .unwrap()
    }

    #[test]
    fn an_event_goes_to_the_portal_and_the_licence_s_organisation_that_want_it() {
        let conn = store::open_in_memory().unwrap();
        let id = store::licences::insert(
            &conn,
            &LicenceFields {
                organisation: "Acme".into(),
                ..LicenceFields::sample("SEN-1")
            },
            1,
        )
        .unwrap();
        let licence = store::licences::by_id(&conn, id).unwrap().unwrap();
        let acme = licence.belongs_to.as_ref().unwrap().id;
        let other = store::organisations::create(&conn, "Other", 1)
            .unwrap()
            .unwrap();
        let wanted = [WebhookEvent::LicenceExpired];
        let portal = hook(&conn, None, &wanted);
        let own = hook(&conn, Some(acme), &wanted);
        hook(&conn, Some(other), &wanted);
        hook(&conn, None, &[WebhookEvent::ImportApplied]);
        let paused = hook(&conn, None, &wanted);
        store::webhooks::set_enabled(&conn, paused, false).unwrap();
        let expiry = jiff::civil::date(2026, 3, 1);
        let event = Event::LicenceExpired { expiry };
        assert_eq!(
            raise(&conn, &event, Some(&licence), 1_772_323_200).unwrap(),
            2
        );
        let deliveries = store::webhooks::recent_deliveries(&conn, 10).unwrap();
        let mut told: Vec<i64> = deliveries.iter().filter_map(|d| d.webhook_id).collect();
        told.sort();
        assert_eq!(told, vec![portal, own]);
        let body: Value = serde_json::from_str(&deliveries[0].body).unwrap();
        assert_eq!(body["event"], "licence-expired");
        assert_eq!(body["occurred_at"], "2026-03-01T00:00:00Z");
        assert_eq!(body["portal"], "https://portal.example");
        assert_eq!(body["licence"]["organisation"], "Acme");
        assert_eq!(
            body["licence"]["url"],
            format!("https://portal.example/licences/{}", id.0)
        );
        assert_eq!(body["details"]["expiry"], "2026-03-01");
        // Without a licence only the portal's webhooks are told.
        assert_eq!(raise(&conn, &event, None, 1).unwrap(), 1);
    }

    #[test]
    fn one_day_left_is_one_day() {
        let expiry = jiff::civil::date(2027, 1, 2);
        let one = Event::SupportExpiring {
            days_left: 1,
            expiry,
        };
        assert!(one.text(Language::En, "SEN-1").contains("in 1 day,"));
        assert!(one.text(Language::De, "SEN-1").contains("in 1 Tag ab"));
        let many = Event::EvaluationEnding {
            days_left: 7,
            expiry,
        };
        assert!(many.text(Language::En, "SEN-1").contains("in 7 days,"));
    }

    #[test]
    fn texts_are_in_the_webhook_s_language() {
        let conn = store::open_in_memory().unwrap();
        let id = hook(&conn, None, &[WebhookEvent::ImportApplied]);
        let hook = store::webhooks::by_id(&conn, id).unwrap().unwrap();
        let hook = Webhook {
            format: WebhookFormat::Slack,
            ..hook
        };
        let event = Event::ImportApplied {
            added: 2,
            updated: 1,
            skipped: 0,
        };
        let delivery = queue(&conn, &hook, &event, None, 1).unwrap();
        let body = store::webhooks::delivery(&conn, delivery)
            .unwrap()
            .unwrap()
            .body;
        let text: Value = serde_json::from_str(&body).unwrap();
        assert!(
            text["text"]
                .as_str()
                .unwrap()
                .starts_with("Ein Import hat 2 Lizenzen"),
            "{text}"
        );
    }
}
