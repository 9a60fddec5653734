//! The calendar feed: one secret address per account that a calendar program subscribes to,
//! with the support end, licence expiry and evaluation end of every licence the account sees
//! now, and reminders at the thresholds the reminder mails use. Making, replacing and ending the
//! address are audited; reading the feed changes nothing.
//!
//! The address carries a [`Token`]; the database keeps only its SHA-256, so a copy of it opens
//! no feed. Anything that is not a live feed of an active account (a malformed, unknown,
//! replaced or ended secret, a disabled account) is answered the same: nothing.

use chrono::{Duration, NaiveDate};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};
use rusqlite::Connection;

use super::write;
use crate::auth::Token;
use crate::domain::reminders::{EVALUATION_DAYS, SUPPORT_DAYS};
use crate::domain::{Account, AccountState, Actor, Licence, Viewer};
use crate::error::AppResult;
use crate::i18n::Language;
use crate::paths::Route;
use crate::store::{self, audit};

/// The product identifier the feed names itself with.
const PRODID: &str = "-//licensedesk//licensedesk//EN";

/// An account's feed as it reads now: the account, and the licences it sees that are not
/// archived, in id order.
#[derive(Debug, Clone)]
pub struct Feed {
    pub account: Account,
    pub licences: Vec<Licence>,
}

/// Gives the account a new feed address and returns its secret, to be shown once. An address
/// it had stops working.
pub fn create(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    now: i64,
) -> AppResult<Token> {
    let token = Token::generate();
    let tx = write(conn)?;
    let replaced = store::calendar_feeds::replace(&tx, account.id, &token.hash(), now)?;
    let action = if replaced {
        "calendar-feed-regenerated"
    } else {
        "calendar-feed-created"
    };
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            ..audit::Entry::new(actor, action)
        },
        now,
    )?;
    tx.commit()?;
    Ok(token)
}

/// Ends the account's feed; `false` (and nothing recorded) when it had none.
pub fn revoke(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    now: i64,
) -> AppResult<bool> {
    let tx = write(conn)?;
    let removed = store::calendar_feeds::remove(&tx, account.id)?;
    if removed {
        audit::record(
            &tx,
            &audit::Entry {
                subject_account_id: Some(account.id),
                ..audit::Entry::new(actor, "calendar-feed-revoked")
            },
            now,
        )?;
    }
    tx.commit()?;
    Ok(removed)
}

/// The feed a secret opens, as the account would see its licences now; `None` for anything
/// but the live secret of an active account.
pub fn open(conn: &Connection, secret: &str) -> AppResult<Option<Feed>> {
    let Some(token) = Token::from_client(secret) else {
        return Ok(None);
    };
    let Some(account) = store::calendar_feeds::account_of(conn, &token.hash())? else {
        return Ok(None);
    };
    if account.state != AccountState::Active {
        return Ok(None);
    }
    let licences = store::licences::all_visible(conn, Viewer::of(&account))?
        .into_iter()
        .filter(|licence| !licence.archived)
        .collect();
    Ok(Some(Feed { account, licences }))
}

/// The host of the portal's base URL (`licences.example.com`), which makes the events' UIDs
/// unique to this portal.
pub fn host_of(base_url: &str) -> &str {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.starts_with('[') {
        // An IPv6 address keeps its colons; only a port after the bracket is cut.
        host.split_once(']')
            .map_or(host, |(inner, _)| &host[..inner.len() + 1])
    } else {
        host.split(':').next().unwrap_or(host)
    }
}

/// What an event marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marks {
    SupportEnd,
    LicenceExpiry,
    EvaluationEnd,
}

impl Marks {
    fn code(self) -> &'static str {
        match self {
            Marks::SupportEnd => "support",
            Marks::LicenceExpiry => "licence",
            Marks::EvaluationEnd => "evaluation",
        }
    }

    fn thresholds(self) -> &'static [i32] {
        match self {
            Marks::SupportEnd | Marks::LicenceExpiry => &SUPPORT_DAYS,
            Marks::EvaluationEnd => &EVALUATION_DAYS,
        }
    }

    fn summary(self, lang: Language, licence: &str) -> String {
        match self {
            Marks::SupportEnd => crate::tr!(lang, "feed-event-support", licence = licence),
            Marks::LicenceExpiry => crate::tr!(lang, "feed-event-licence", licence = licence),
            Marks::EvaluationEnd => crate::tr!(lang, "feed-event-evaluation", licence = licence),
        }
    }
}

/// The dates a licence's events mark: an evaluation's end (its licence expiry, which the
/// evaluation reminders count towards); otherwise its support end and, when it has one, its
/// licence expiry (a subscription's renewal).
fn marks_of(licence: &Licence) -> Vec<(Marks, jiff::civil::Date)> {
    if licence.is_evaluation {
        let end = licence.licence_expiry.or(licence.support_expiry);
        return end.map(|d| (Marks::EvaluationEnd, d)).into_iter().collect();
    }
    let mut marks = Vec::new();
    if let Some(date) = licence.support_expiry {
        marks.push((Marks::SupportEnd, date));
    }
    if let Some(date) = licence.licence_expiry {
        marks.push((Marks::LicenceExpiry, date));
    }
    marks
}

/// A licence as an event's summary names it: product, name and SEN.
fn licence_label(lang: Language, licence: &Licence) -> String {
    match licence.sen.as_deref().filter(|s| !s.is_empty()) {
        Some(sen) => crate::tr!(
            lang,
            "feed-licence",
            product = licence.product.as_str(),
            name = licence.name.as_str(),
            sen = sen
        ),
        None => crate::tr!(
            lang,
            "feed-licence-no-sen",
            product = licence.product.as_str(),
            name = licence.name.as_str()
        ),
    }
}

fn naive(date: jiff::civil::Date) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

/// `at` (Unix seconds) as the UTC date-time DTSTAMP takes: `20261202T143000Z`.
fn utc_stamp(at: i64) -> String {
    jiff::Timestamp::from_second(at)
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string()
}

/// The feed as iCalendar text in the account's language: one all-day event per date a
/// licence marks, each with a UID that stays the same from one fetch to the next (so a calendar
/// updates the event instead of adding another), and a reminder at each threshold.
pub fn ics(feed: &Feed, base_url: &str, now: i64) -> String {
    let lang = Language::from_code(&feed.account.language).unwrap_or_default();
    let host = host_of(base_url);
    let stamp = utc_stamp(now);
    let mut calendar = Calendar::empty();
    calendar.append_property(("PRODID", PRODID));
    calendar.append_property(("VERSION", "2.0"));
    calendar.append_property(("CALSCALE", "GREGORIAN"));
    calendar.append_property(("METHOD", "PUBLISH"));
    let name = crate::tr!(
        lang,
        "feed-calendar-name",
        portal = crate::tr!(lang, "product-name"),
        host = host,
        account = feed.account.email.as_str()
    );
    calendar.append_property(("X-WR-CALNAME", name.as_str()));
    for licence in &feed.licences {
        let label = licence_label(lang, licence);
        let url = Route::Licence(licence.id).url(base_url);
        let organisation = match licence.belongs_to.as_ref().map(|o| o.name.as_str()) {
            Some(name) => crate::tr!(lang, "feed-description-organisation", organisation = name),
            None if !licence.organisation.trim().is_empty() => crate::tr!(
                lang,
                "feed-description-organisation",
                organisation = licence.organisation.trim()
            ),
            None => crate::tr!(lang, "feed-description-no-organisation"),
        };
        let description = format!(
            "{organisation}\n{}",
            crate::tr!(lang, "feed-description-link", url = url.as_str())
        );
        for (marks, date) in marks_of(licence) {
            let Some(day) = naive(date) else { continue };
            let summary = marks.summary(lang, &label);
            let mut event = Event::new();
            event
                .uid(&format!("licence-{}-{}@{host}", licence.id, marks.code()))
                .add_property("DTSTAMP", &stamp)
                .starts(day)
                .ends(day.succ_opt().unwrap_or(day))
                .summary(&summary)
                .description(&description)
                .url(&url)
                .add_property("TRANSP", "TRANSPARENT");
            for &days in marks.thresholds() {
                let what = crate::tr!(lang, "feed-alarm", days = days, what = summary.as_str());
                let mut alarm = Alarm::display(&what, -Duration::days(i64::from(days)));
                // In days, as calendar programs show it ("90 days before"), not in seconds;
                // and a UID of its own that stays the same (RFC 9074), not a random one.
                alarm
                    .add_property("TRIGGER", format!("-P{days}D"))
                    .uid(&format!(
                        "licence-{}-{}-{days}@{host}",
                        licence.id,
                        marks.code()
                    ));
                event.alarm(alarm);
            }
            calendar.push(event.done());
        }
    }
    without_alarm_stamps(&calendar.done().to_string())
}

/// The text without the DTSTAMP lines inside alarms: icalendar writes one into every
/// component, alarms included, where RFC 5545 allows none and strict validators refuse it. A
/// DTSTAMP line is never folded (it is 24 octets), so dropping whole lines is safe.
fn without_alarm_stamps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_alarm = false;
    for line in text.split_inclusive("\r\n") {
        match line.trim_end() {
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ => {}
        }
        if !(in_alarm && line.starts_with("DTSTAMP:")) {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_of_a_base_url() {
        assert_eq!(
            host_of("https://licences.example.com"),
            "licences.example.com"
        );
        assert_eq!(host_of("http://127.0.0.1:8080/"), "127.0.0.1");
        assert_eq!(host_of("http://[::1]:8080/portal"), "[::1]");
        assert_eq!(host_of("https://user@desk.example:443/x"), "desk.example");
    }

    #[test]
    fn dtstamp_is_utc() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
    }

    #[test]
    fn the_same_licences_give_the_same_text_and_alarms_carry_no_stamp() {
        use crate::domain::{AccountId, Email, LicenceFields};
        let conn = store::open_in_memory().unwrap();
        let id = store::licences::insert(
            &conn,
            &LicenceFields {
                support_expiry: Some(jiff::civil::date(2027, 1, 2)),
                ..LicenceFields::sample("SEN-1")
            },
            0,
        )
        .unwrap();
        let feed = Feed {
            account: Account {
                id: AccountId(1),
                email: Email::parse("a@x.com").unwrap(),
                display_name: String::new(),
                language: "ja".into(),
                is_admin: false,
                state: AccountState::Active,
                created_at: 0,
                last_sign_in_at: None,
            },
            licences: vec![store::licences::by_id(&conn, id).unwrap().unwrap()],
        };
        let text = ics(&feed, "https://desk.example.com", 1_800_000_000);
        assert_eq!(text, ics(&feed, "https://desk.example.com", 1_800_000_000));
        assert_eq!(text.matches("BEGIN:VALARM").count(), 4);
        assert_eq!(text.matches("DTSTAMP:").count(), 1, "{text}");
        assert!(text.contains("DTSTAMP:20270115T080000Z\r\n"));
        assert!(text.contains("UID:licence-1-support-90@desk.example.com\r\n"));
        assert!(
            text.contains("SUMMARY:サポート終了：Confluence："),
            "{text}"
        );
    }
}
