//! The calendar feed as iCalendar text (RFC 5545), written by the `icalendar` crate, which
//! escapes text and folds long lines: one all-day event per date a licence marks (see
//! `app::calendar_feed::Feed::events`), in the account's language, each with a UID that stays
//! the same from one fetch to the next (so a calendar updates the event instead of adding
//! another) and a reminder at each threshold of the reminder mails.

use chrono::{Duration, NaiveDate};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

use crate::app::calendar_feed::{Feed, Marks, host_of};
use crate::domain::Licence;
use crate::i18n::Language;
use crate::paths::Route;

/// The product identifier the feed names itself with.
const PRODID: &str = "-//licensedesk//licensedesk//EN";

fn summary(lang: Language, marks: Marks, licence: &str) -> String {
    match marks {
        Marks::SupportEnd => crate::tr!(lang, "feed-event-support", licence = licence),
        Marks::LicenceExpiry => crate::tr!(lang, "feed-event-licence", licence = licence),
        Marks::EvaluationEnd => crate::tr!(lang, "feed-event-evaluation", licence = licence),
    }
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

/// The event's description: the licence's organisation and the link to its page.
fn description(lang: Language, licence: &Licence, url: &str) -> String {
    let named = licence
        .belongs_to
        .as_ref()
        .map(|o| o.name.as_str())
        .or_else(|| Some(licence.organisation.trim()).filter(|o| !o.is_empty()));
    let organisation = match named {
        Some(name) => crate::tr!(lang, "feed-description-organisation", organisation = name),
        None => crate::tr!(lang, "feed-description-no-organisation"),
    };
    format!(
        "{organisation}\n{}",
        crate::tr!(lang, "feed-description-link", url = url)
    )
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

/// The feed, its links under `base_url`. The same data gives the same text (each event's
/// DTSTAMP is when its licence was last changed), so that the text can be its own ETag.
pub fn feed(lang: Language, feed: &Feed, base_url: &str) -> String {
    let host = host_of(base_url);
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
    for planned in feed.events() {
        let (licence, marks) = (planned.licence, planned.marks);
        let Some(day) = naive(planned.date) else {
            continue;
        };
        let url = Route::Licence(licence.id).url(base_url);
        let summary = no_carriage_returns(&summary(lang, marks, &licence_label(lang, licence)));
        let mut event = Event::new();
        event
            .uid(&format!("licence-{}-{}@{host}", licence.id, marks.code()))
            .add_property("DTSTAMP", utc_stamp(licence.updated_at))
            .starts(day)
            .ends(day.succ_opt().unwrap_or(day))
            .summary(&summary)
            .description(&no_carriage_returns(&description(lang, licence, &url)))
            .url(&url)
            .add_property("TRANSP", "TRANSPARENT");
        for &days in marks.thresholds() {
            let what = crate::tr!(lang, "feed-alarm", days = days, what = summary.as_str());
            let mut alarm = Alarm::display(&what, -Duration::days(i64::from(days)));
            // In days, as calendar programs show it ("90 days before"), not in seconds; and a
            // UID of its own that stays the same (RFC 9074), not a random one.
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
    without_alarm_stamps(&calendar.done().to_string())
}

/// The text without the alarms' DTSTAMP lines: icalendar writes one into every component,
/// alarms included, where RFC 5545 allows none and strict validators refuse it. An event's
/// own properties come before its alarms, so the first DTSTAMP of an event is its own and any
/// other before its end is an alarm's. A DTSTAMP line is never folded (it is 24 octets), so
/// leaving out whole lines is safe.
fn without_alarm_stamps(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut stamped = false;
    for line in text.split_inclusive("\r\n") {
        if line.starts_with("DTSTAMP:") {
            if stamped {
                continue;
            }
            stamped = true;
        } else if line.trim_end() == "END:VEVENT" {
            stamped = false;
        }
        out.push_str(line);
    }
    out
}

/// Text without carriage returns: the iCalendar writer escapes line feeds but not a bare CR,
/// which a name from a key may hold and which would end the line in some readers.
fn no_carriage_returns(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_carriage_return_from_a_key_never_reaches_the_calendar() {
        assert_eq!(no_carriage_returns("a\r\nb\rc"), "a\nb c");
    }
    use crate::domain::{Account, AccountId, AccountState, Email, LicenceFields, LicenceId};

    #[test]
    fn dtstamp_is_utc() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
    }

    #[test]
    fn the_same_licences_give_the_same_text_and_alarms_carry_no_stamp() {
        let licence = Licence {
            id: LicenceId(1),
            fields: LicenceFields {
                support_expiry: Some(jiff::civil::date(2027, 1, 2)),
                ..LicenceFields::sample("SEN-1")
            },
            reason_for_purchase: None,
            belongs_to: None,
            key_retrieved_at: None,
            created_at: 0,
            updated_at: 1_800_000_000,
        };
        let account = Account {
            id: AccountId(1),
            email: Email::parse("a@x.com").unwrap(),
            display_name: String::new(),
            language: "ja".into(),
            is_admin: false,
            state: AccountState::Active,
            created_at: 0,
            last_sign_in_at: None,
        };
        let data = Feed {
            account,
            licences: vec![
                licence.clone(),
                Licence {
                    id: LicenceId(2),
                    ..licence
                },
            ],
        };
        let text = feed(Language::Ja, &data, "https://desk.example.com");
        assert_eq!(text, feed(Language::Ja, &data, "https://desk.example.com"));
        assert_eq!(text.matches("BEGIN:VALARM").count(), 8);
        assert_eq!(text.matches("DTSTAMP:").count(), 2, "{text}");
        assert_eq!(text.matches("DTSTAMP:20270115T080000Z\r\n").count(), 2);
        assert!(text.contains("UID:licence-1-support-90@desk.example.com\r\n"));
        assert!(text.contains("UID:licence-2-support@desk.example.com\r\n"));
        assert!(
            text.contains("SUMMARY:サポート終了：Confluence："),
            "{text}"
        );
    }
}
