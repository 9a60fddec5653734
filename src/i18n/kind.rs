//! Kinds of licence in words (messages `kind-*`): the short label the list, the details page, the
//! Diagnose page and the command line show, and what each date of a licence of that kind means
//! (SPEC §9). The kind itself is a code (`domain::LicenceKind`, `atlassian::key::KeyKind`).

use std::time::Duration;

use jiff::civil::Date;

use crate::atlassian::key::{KeyDate, KeyKind};
use crate::domain::LicenceKind;
use crate::tr;

use super::Language;
use super::format::date;

/// A kind's short label: "Server", "Data Center", "Test licence".
pub fn kind_name(lang: Language, kind: LicenceKind) -> String {
    match kind {
        LicenceKind::Server => tr!(lang, "kind-server"),
        LicenceKind::DataCenter => tr!(lang, "kind-data-center"),
        LicenceKind::FisheyeCrucible => tr!(lang, "kind-fisheye-crucible"),
        LicenceKind::Evaluation => tr!(lang, "kind-evaluation"),
        LicenceKind::Developer => tr!(lang, "kind-developer"),
        LicenceKind::Test => tr!(lang, "kind-test"),
        LicenceKind::App => tr!(lang, "kind-app"),
    }
}

/// The label of the kind a decoded key is.
pub fn key_kind_name(lang: Language, kind: KeyKind) -> String {
    kind_name(lang, crate::inventory::from_key::licence_kind(kind))
}

/// What one date of a licence means, as a sentence to show beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateMeaning {
    /// Support of a perpetual licence ends: it keeps working, later versions refuse it.
    SupportEnds(Date),
    /// Fisheye and Crucible: Server support continues, later versions refuse the licence.
    FisheyeCrucibleSupportEnds(Date),
    /// A Data Center subscription ends: the product becomes read-only.
    SubscriptionEnds(Date),
    /// An evaluation ends.
    EvaluationEnds(Date),
    /// A developer licence's support follows its production licence's.
    DeveloperFollows(Option<Date>),
    /// A test licence whose expiry counts from when it is applied, with the period when it can
    /// be read and the text as the key writes it.
    TestRelative {
        period: Option<Duration>,
        raw: String,
    },
    /// A test licence with calendar dates (marked for app developers or testing).
    TestDated,
    /// An app licence's support ends: later versions of the app refuse it.
    AppSupportEnds(Date),
}

/// What the dates of a licence of `kind` mean, in the order to show them. `relative` is an
/// expiry counted from when the licence is applied, as its key writes it (calendar dates are
/// the stored ones); `production_support` is the support expiry of a developer licence's
/// production licence, when it is known.
pub fn date_meanings(
    kind: LicenceKind,
    support_expiry: Option<Date>,
    licence_expiry: Option<Date>,
    relative: Option<&KeyDate>,
    production_support: Option<Date>,
) -> Vec<DateMeaning> {
    let mut out = Vec::new();
    match kind {
        LicenceKind::Server => out.extend(support_expiry.map(DateMeaning::SupportEnds)),
        LicenceKind::FisheyeCrucible => {
            out.extend(support_expiry.map(DateMeaning::FisheyeCrucibleSupportEnds));
        }
        LicenceKind::DataCenter => {
            // A subscription's support and licence end together: one sentence, unless the
            // licence expiry on record says otherwise (or is not on record, as for a licence
            // entered by hand, when the support expiry is the subscription's end).
            let ends = licence_expiry.or(support_expiry);
            if support_expiry.is_some() && support_expiry != ends {
                out.extend(support_expiry.map(DateMeaning::SupportEnds));
            }
            out.extend(ends.map(DateMeaning::SubscriptionEnds));
        }
        LicenceKind::Evaluation => {
            out.extend(
                licence_expiry
                    .or(support_expiry)
                    .map(DateMeaning::EvaluationEnds),
            );
        }
        LicenceKind::Developer => {
            out.push(DateMeaning::DeveloperFollows(
                production_support.or(support_expiry),
            ));
        }
        LicenceKind::Test => match relative {
            Some(KeyDate::Relative { raw, after }) => out.push(DateMeaning::TestRelative {
                period: *after,
                raw: raw.clone(),
            }),
            _ => {
                out.push(DateMeaning::TestDated);
                out.extend(support_expiry.map(DateMeaning::SupportEnds));
            }
        },
        LicenceKind::App => out.extend(support_expiry.map(DateMeaning::AppSupportEnds)),
    }
    out
}

/// A date's meaning in a sentence.
pub fn date_meaning(lang: Language, meaning: &DateMeaning) -> String {
    match meaning {
        DateMeaning::SupportEnds(day) => {
            tr!(lang, "kind-support-ends", date = date(lang, *day))
        }
        DateMeaning::FisheyeCrucibleSupportEnds(day) => tr!(
            lang,
            "kind-support-ends-fisheye-crucible",
            date = date(lang, *day)
        ),
        DateMeaning::SubscriptionEnds(day) => {
            tr!(
                lang,
                "kind-licence-ends-data-center",
                date = date(lang, *day)
            )
        }
        DateMeaning::EvaluationEnds(day) => {
            tr!(lang, "kind-evaluation-ends", date = date(lang, *day))
        }
        DateMeaning::DeveloperFollows(Some(day)) => {
            tr!(lang, "kind-developer-follows", date = date(lang, *day))
        }
        DateMeaning::DeveloperFollows(None) => tr!(lang, "kind-developer-follows-undated"),
        DateMeaning::TestRelative {
            period: Some(after),
            ..
        } => tr!(
            lang,
            "kind-test-relative",
            period = applied_period(lang, *after)
        ),
        DateMeaning::TestRelative { raw, period: None } => {
            tr!(lang, "kind-test-relative-unread", raw = raw.clone())
        }
        DateMeaning::TestDated => tr!(lang, "kind-test-dated"),
        DateMeaning::AppSupportEnds(day) => {
            tr!(lang, "kind-app-support-ends", date = date(lang, *day))
        }
    }
}

/// A period counted from when a licence is applied, as its keys write them: whole hours up to a
/// week ("72 hours", as `P72H` says), days beyond, minutes and seconds below an hour.
pub fn applied_period(lang: Language, duration: Duration) -> String {
    const HOUR: u64 = 3_600;
    const DAY: u64 = 24 * HOUR;
    let secs = duration.as_secs();
    let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
    if duration.subsec_millis() != 0 || secs == 0 {
        let millis = u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
        tr!(lang, "key-period-milliseconds", n = count(millis))
    } else if secs.is_multiple_of(DAY) && secs > 7 * DAY {
        tr!(lang, "key-period-days", n = count(secs / DAY))
    } else if secs.is_multiple_of(HOUR) {
        tr!(lang, "key-period-hours", n = count(secs / HOUR))
    } else if secs.is_multiple_of(60) {
        tr!(lang, "key-period-minutes", n = count(secs / 60))
    } else {
        tr!(lang, "key-period-seconds", n = count(secs))
    }
}

/// What the list shows in the expiry column of a test licence without a calendar date.
pub fn relative_expiry_short(lang: Language) -> String {
    tr!(lang, "kind-list-relative-expiry")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as day;

    #[test]
    fn each_kind_says_what_its_dates_mean() {
        let lang = Language::En;
        let worded = |kind, support, licence, relative: Option<&KeyDate>, production| {
            date_meanings(kind, support, licence, relative, production)
                .iter()
                .map(|m| date_meaning(lang, m))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            worded(LicenceKind::Server, Some(day(2025, 3, 1)), None, None, None),
            [
                "Support ends 2025-03-01: you keep using it, but versions released after this date will not accept the licence."
            ]
        );
        assert_eq!(
            worded(
                LicenceKind::DataCenter,
                Some(day(2026, 5, 1)),
                Some(day(2026, 5, 1)),
                None,
                None
            ),
            ["Licence ends 2026-05-01: the product becomes read-only."]
        );
        let p72h = KeyDate::parse("P72H");
        assert_eq!(
            worded(LicenceKind::Test, None, None, Some(&p72h), None),
            [
                "Test licence: it expires 72 hours after it is applied to a product; it is not bound to a Server ID."
            ]
        );
        let minute = KeyDate::parse("Duration:60000");
        assert!(worded(LicenceKind::Test, None, None, Some(&minute), None)[0].contains("1 minute"));
        assert!(
            worded(
                LicenceKind::Developer,
                Some(day(2025, 1, 1)),
                None,
                None,
                Some(day(2027, 2, 3))
            )[0]
            .contains("2027-02-03")
        );
        assert!(
            worded(
                LicenceKind::Evaluation,
                None,
                Some(day(2026, 12, 1)),
                None,
                None
            )[0]
            .starts_with("Evaluation ends 2026-12-01")
        );
    }

    #[test]
    fn periods_read_as_the_keys_write_them() {
        let lang = Language::En;
        assert_eq!(
            applied_period(lang, Duration::from_secs(72 * 3600)),
            "72 hours"
        );
        assert_eq!(
            applied_period(lang, Duration::from_secs(3 * 3600)),
            "3 hours"
        );
        assert_eq!(
            applied_period(lang, Duration::from_secs(30 * 86_400)),
            "30 days"
        );
        assert_eq!(applied_period(lang, Duration::from_secs(10)), "10 seconds");
    }
}
