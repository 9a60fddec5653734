//! Dates as the portal shows them: `2026-11-21` with a relative hint ("in 23 days", "expired 4
//! days ago"), and support states by colour and by word.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use maud::{Markup, html};

use crate::domain::licence::SupportState;
use crate::i18n::{Language, format};

/// What the views know of "now": today's date and the zone timestamps are shown in. Handlers
/// read the clock once and pass this in.
#[derive(Debug, Clone)]
pub struct Today {
    pub date: Date,
    pub tz: TimeZone,
}

impl Today {
    pub fn at(unix_seconds: i64, tz: TimeZone) -> Today {
        let date = jiff::Timestamp::from_second(unix_seconds)
            .unwrap_or(jiff::Timestamp::UNIX_EPOCH)
            .to_zoned(tz.clone())
            .date();
        Today { date, tz }
    }

    /// A stored Unix time as the language writes it, with the zone it is told in:
    /// `2026-11-21 14:03 UTC`, `21.11.2026 14:03 CET`.
    pub fn stamp(&self, lang: Language, unix_seconds: i64) -> String {
        jiff::Timestamp::from_second(unix_seconds)
            .map(|t| {
                let zoned = t.to_zoned(self.tz.clone());
                let at = format::stamp(lang, zoned.datetime());
                match jiff::fmt::strtime::format("%Z", &zoned) {
                    Ok(zone) if !zone.is_empty() => format!("{at} {zone}"),
                    _ => at,
                }
            })
            .unwrap_or_default()
    }
}

/// How far a date is from today, in the unit a person would use for that distance.
enum Distance {
    Today,
    Days(i32),
    Months(i32),
    Years(i32),
}

/// Beyond this many days from today a relative hint is arithmetic, not help ("in 173 years" for a
/// date typed as 2199): the date is shown alone.
const FARTHEST_HINT_DAYS: i32 = 20 * 366;

/// Whether a date is too far from today for a relative hint.
pub fn too_far_for_hint(date: Date, today: Date) -> bool {
    (date - today).get_days().abs() > FARTHEST_HINT_DAYS
}

/// The distance and whether the date lies ahead: days under two months, months under two years,
/// years beyond.
fn distance(date: Date, today: Date) -> (Distance, bool) {
    let days = (date - today).get_days();
    let n = days.abs();
    let distance = if n == 0 {
        Distance::Today
    } else if n < 60 {
        Distance::Days(n)
    } else if n < 730 {
        Distance::Months(n / 30)
    } else {
        Distance::Years(n / 365)
    };
    (distance, days > 0)
}

/// "in 23 days", "today", "4 days ago", "in 3 months", "2 years ago".
pub fn relative(lang: Language, date: Date, today: Date) -> String {
    match distance(date, today) {
        (Distance::Today, _) => crate::tr!(lang, "portal-today"),
        (Distance::Days(n), true) => crate::tr!(lang, "portal-in-days", n = n),
        (Distance::Days(n), false) => crate::tr!(lang, "portal-days-ago", n = n),
        (Distance::Months(n), true) => crate::tr!(lang, "portal-in-months", n = n),
        (Distance::Months(n), false) => crate::tr!(lang, "portal-months-ago", n = n),
        (Distance::Years(n), true) => crate::tr!(lang, "portal-in-years", n = n),
        (Distance::Years(n), false) => crate::tr!(lang, "portal-years-ago", n = n),
    }
}

/// The hint beside an expiry date: "in 23 days", "expires today", "expired 4 days ago". An
/// expired date is one whole sentence per unit, so a language can put the words where it needs.
pub fn expiry_hint(lang: Language, date: Date, today: Date) -> String {
    match distance(date, today) {
        (Distance::Today, _) => crate::tr!(lang, "portal-expires-today"),
        (_, true) => relative(lang, date, today),
        (Distance::Days(n), false) => crate::tr!(lang, "portal-expired-days-ago", n = n),
        (Distance::Months(n), false) => crate::tr!(lang, "portal-expired-months-ago", n = n),
        (Distance::Years(n), false) => crate::tr!(lang, "portal-expired-years-ago", n = n),
    }
}

/// A date a key's facts carry as ISO text (`2026-11-21`), as the language writes dates; text
/// that is not a date is shown as it is.
pub fn iso_date_shown(lang: Language, iso: &str) -> String {
    iso.parse::<Date>()
        .map_or_else(|_| iso.to_owned(), |date| format::date(lang, date))
}

/// A date with its relative hint; an expiry date gets the expiry wording.
pub fn date_with_hint(lang: Language, date: Option<Date>, today: Date, expiry: bool) -> Markup {
    match date {
        None => html! { span.muted { (crate::tr!(lang, "portal-no-date")) } },
        Some(date) if too_far_for_hint(date, today) => html! {
            time.nowrap datetime=(date) { (format::date(lang, date)) }
        },
        Some(date) => {
            let hint = if expiry {
                expiry_hint(lang, date, today)
            } else {
                relative(lang, date, today)
            };
            html! {
                time.nowrap datetime=(date) { (format::date(lang, date)) }
                " " span.hint-inline { (crate::tr!(lang, "portal-date-hint", hint = hint)) }
            }
        }
    }
}

/// The badge of the state a licence shows (see `LicenceFields::shown_state`): a word and a
/// colour, never the colour alone. Nothing while it is not ending soon.
pub fn support_badge(lang: Language, state: SupportState) -> Markup {
    match state {
        SupportState::Expiring(_) => {
            html! { span.badge.expiring { (crate::tr!(lang, "portal-badge-expiring")) } }
        }
        SupportState::Expired(_) => {
            html! { span.badge.expired { (crate::tr!(lang, "portal-badge-expired")) } }
        }
        SupportState::Active | SupportState::Unknown => html! {},
    }
}

/// The CSS class a list row gets for the state it shows.
pub fn state_class(state: SupportState) -> &'static str {
    match state {
        SupportState::Expiring(_) => "row expiring",
        SupportState::Expired(_) => "row expired",
        SupportState::Active | SupportState::Unknown => "row",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn hints_read_like_a_person_wrote_them() {
        let lang = Language::En;
        let today = date(2026, 10, 29);
        assert_eq!(relative(lang, date(2026, 11, 21), today), "in 23 days");
        assert_eq!(relative(lang, date(2026, 10, 30), today), "tomorrow");
        assert_eq!(relative(lang, today, today), "today");
        assert_eq!(relative(lang, date(2026, 10, 25), today), "4 days ago");
        assert_eq!(relative(lang, date(2027, 4, 29), today), "in 6 months");
        assert_eq!(relative(lang, date(2029, 1, 1), today), "in 2 years");
        assert_eq!(
            expiry_hint(lang, date(2026, 10, 25), today),
            "expired 4 days ago"
        );
        assert_eq!(expiry_hint(lang, today, today), "expires today");
        assert_eq!(
            expiry_hint(lang, date(2026, 10, 28), today),
            "expired yesterday"
        );
        assert_eq!(
            expiry_hint(lang, date(2026, 6, 1), today),
            "expired 5 months ago"
        );
        assert_eq!(
            expiry_hint(lang, date(2020, 1, 1), today),
            "expired 6 years ago"
        );
        assert_eq!(expiry_hint(lang, date(2026, 11, 21), today), "in 23 days");
    }

    #[test]
    fn dates_a_century_away_get_no_relative_hint() {
        let today = date(2026, 12, 2);
        for far in [date(1900, 1, 1), date(2199, 12, 31)] {
            let shown = date_with_hint(Language::En, Some(far), today, true).into_string();
            assert!(!shown.contains("years"), "{shown}");
            assert!(shown.contains(&far.to_string()), "{shown}");
        }
        let near = date_with_hint(Language::En, Some(date(2029, 1, 1)), today, true).into_string();
        assert!(near.contains("in 2 years"), "{near}");
    }

    #[test]
    fn timestamps_are_shown_in_the_given_zone() {
        let today = Today::at(0, TimeZone::UTC);
        assert_eq!(today.date, date(1970, 1, 1));
        assert_eq!(today.stamp(Language::En, 3600 * 25), "1970-01-02 01:00 UTC");
    }
}
