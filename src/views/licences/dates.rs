//! Dates as the portal shows them: `2026-11-21` with a relative hint ("in 23 days", "expired 4
//! days ago"), and support states by colour and by word.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use maud::{Markup, html};

use crate::domain::licence::{SupportState, support_state};
use crate::i18n::{PortalCatalogue, fill};

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

    /// A stored Unix time as `2026-11-21 14:03`.
    pub fn stamp(&self, unix_seconds: i64) -> String {
        jiff::Timestamp::from_second(unix_seconds)
            .map(|t| {
                t.to_zoned(self.tz.clone())
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default()
    }
}

/// "in 23 days", "today", "4 days ago", "in 3 months", "2 years ago".
pub fn relative(t: &PortalCatalogue, date: Date, today: Date) -> String {
    let days = (date - today).get_days();
    let n = days.abs();
    let (one_ahead, many_ahead, one_ago, many_ago, count) = if n < 60 {
        (t.in_one_day, t.in_days, t.one_day_ago, t.days_ago, n)
    } else if n < 730 {
        (
            t.in_one_month,
            t.in_months,
            t.one_month_ago,
            t.months_ago,
            n / 30,
        )
    } else {
        (
            t.in_one_year,
            t.in_years,
            t.one_year_ago,
            t.years_ago,
            n / 365,
        )
    };
    match (days.signum(), count) {
        (0, _) => t.today.to_owned(),
        (1, 1) => one_ahead.to_owned(),
        (1, _) => fill(many_ahead, &[("n", &count)]),
        (_, 1) => one_ago.to_owned(),
        _ => fill(many_ago, &[("n", &count)]),
    }
}

/// The hint beside an expiry date: "in 23 days", "expires today", "expired 4 days ago".
pub fn expiry_hint(t: &PortalCatalogue, date: Date, today: Date) -> String {
    let days = (date - today).get_days();
    if days == 0 {
        t.expires_today.to_owned()
    } else if days < 0 {
        fill(t.expired_when, &[("when", &relative(t, date, today))])
    } else {
        relative(t, date, today)
    }
}

/// A date with its relative hint; an expiry date gets the expiry wording.
pub fn date_with_hint(
    t: &PortalCatalogue,
    date: Option<Date>,
    today: Date,
    expiry: bool,
) -> Markup {
    match date {
        None => html! { span.muted { (t.no_date) } },
        Some(date) => {
            let hint = if expiry {
                expiry_hint(t, date, today)
            } else {
                relative(t, date, today)
            };
            html! {
                time datetime=(date) { (date) }
                " " span.hint-inline { "(" (hint) ")" }
            }
        }
    }
}

/// The badge of a support state: a word and a colour, never the colour alone. Nothing for a
/// licence whose support runs for more than 90 days yet.
pub fn support_badge(t: &PortalCatalogue, expiry: Option<Date>, today: Date) -> Markup {
    match support_state(expiry, today) {
        SupportState::Expiring(_) => html! { span.badge.expiring { (t.badge_expiring) } },
        SupportState::Expired(_) => html! { span.badge.expired { (t.badge_expired) } },
        SupportState::Active | SupportState::Unknown => html! {},
    }
}

/// The CSS class a list row gets for its support state.
pub fn state_class(expiry: Option<Date>, today: Date) -> &'static str {
    match support_state(expiry, today) {
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
        let t = crate::i18n::catalogue("en").portal;
        let today = date(2026, 10, 29);
        assert_eq!(relative(t, date(2026, 11, 21), today), "in 23 days");
        assert_eq!(relative(t, date(2026, 10, 30), today), "tomorrow");
        assert_eq!(relative(t, today, today), "today");
        assert_eq!(relative(t, date(2026, 10, 25), today), "4 days ago");
        assert_eq!(relative(t, date(2027, 4, 29), today), "in 6 months");
        assert_eq!(relative(t, date(2029, 1, 1), today), "in 2 years");
        assert_eq!(
            expiry_hint(t, date(2026, 10, 25), today),
            "expired 4 days ago"
        );
        assert_eq!(expiry_hint(t, today, today), "expires today");
        assert_eq!(expiry_hint(t, date(2026, 11, 21), today), "in 23 days");
    }

    #[test]
    fn timestamps_are_shown_in_the_given_zone() {
        let today = Today::at(0, TimeZone::UTC);
        assert_eq!(today.date, date(1970, 1, 1));
        assert_eq!(today.stamp(3600 * 25), "1970-01-02 01:00");
    }
}
