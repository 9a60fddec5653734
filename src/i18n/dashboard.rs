//! The words of the partner dashboard and the monthly organisation report: the name of each
//! licence state, why a licence carries a bus-factor warning, and what changed on a licence.
//! The dashboard's details and the report's mail share these sentences.

use jiff::tz::TimeZone;

use crate::domain::dashboard::{Change, InactivePrimary, LicenceLine, Warning};
use crate::domain::listing::LicenceState;
use crate::tr;

use super::{Language, format};

/// The name of a state, as the dashboard's column heads say it.
pub fn state(lang: Language, state: LicenceState) -> String {
    match state {
        LicenceState::Active => tr!(lang, "org-dash-state-active"),
        LicenceState::Expiring => tr!(lang, "org-dash-state-expiring"),
        LicenceState::SupportExpired => tr!(lang, "org-dash-state-support-expired"),
        LicenceState::Evaluation => tr!(lang, "org-dash-state-evaluation"),
        LicenceState::Test => tr!(lang, "org-dash-state-test"),
        LicenceState::SingleContact => tr!(lang, "org-dash-state-single-contact"),
        LicenceState::PrimaryInactive => tr!(lang, "org-dash-state-primary-inactive"),
        LicenceState::NoBilling => tr!(lang, "org-dash-state-no-billing"),
    }
}

/// A Unix time as the day it fell on (UTC), as the language writes dates.
fn day(lang: Language, unix_seconds: i64) -> String {
    match jiff::Timestamp::from_second(unix_seconds) {
        Ok(t) => format::date(lang, t.to_zoned(TimeZone::UTC).date()),
        Err(_) => unix_seconds.to_string(),
    }
}

fn inactive(lang: Language, primary: &InactivePrimary) -> String {
    let role = primary.role.as_str();
    let email = primary.email.as_str();
    if primary.disabled {
        tr!(lang, "org-dash-why-disabled", role = role, email = email)
    } else if let Some(at) = primary.last_sign_in_at {
        tr!(
            lang,
            "org-dash-why-not-since",
            role = role,
            email = email,
            date = day(lang, at)
        )
    } else {
        tr!(
            lang,
            "org-dash-why-never",
            role = role,
            email = email,
            date = day(lang, primary.created_at)
        )
    }
}

/// Why a licence carries its warning: "only contact: a@example.com".
pub fn why(lang: Language, warning: &Warning) -> String {
    match warning {
        Warning::SingleContact { email: Some(email) } => {
            tr!(lang, "org-dash-why-single-contact", email = email.as_str())
        }
        Warning::SingleContact { email: None } => tr!(lang, "org-dash-why-no-contact"),
        Warning::PrimaryInactive { primaries } => {
            let reasons: Vec<String> = primaries.iter().map(|p| inactive(lang, p)).collect();
            reasons.join(&tr!(lang, "people-list-separator"))
        }
        Warning::NoBilling => tr!(lang, "org-dash-why-no-billing"),
    }
}

/// How people recognise a licence in a line: its SEN, or its name when it has none.
pub fn licence_label(licence: &LicenceLine) -> String {
    licence
        .sen
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| licence.name.clone())
}

/// A change of a licence, as one line of the report: "Renewed: SEN-1 (Jira)".
pub fn change(lang: Language, change: Change, licence: &LicenceLine) -> String {
    let label = licence_label(licence);
    let (label, product) = (label.as_str(), licence.product.as_str());
    match change {
        Change::Added => tr!(
            lang,
            "org-report-change-added",
            licence = label,
            product = product
        ),
        Change::Renewed => {
            let date = licence
                .support_expiry
                .map(|d| format::date(lang, d))
                .unwrap_or_default();
            tr!(
                lang,
                "org-report-change-renewed",
                licence = label,
                product = product,
                date = date
            )
        }
        Change::Archived => {
            tr!(
                lang,
                "org-report-change-archived",
                licence = label,
                product = product
            )
        }
        Change::Restored => {
            tr!(
                lang,
                "org-report-change-restored",
                licence = label,
                product = product
            )
        }
        Change::ContactsChanged => {
            tr!(
                lang,
                "org-report-change-contacts",
                licence = label,
                product = product
            )
        }
    }
}
