//! The words of the co-term planner: what renewing one licence towards the common date comes
//! to, and why a licence is left out of the plan.

use jiff::civil::Date;

use crate::domain::coterm::{LeftOut, Term};
use crate::domain::terms::MAX_RENEWAL_MONTHS;
use crate::tr;

use super::{Language, format};

/// The note beside a licence of the plan: "Renew 9 months: 2027-03-15 → 2027-12-15", or why no
/// whole number of months reaches `target`.
pub fn note(lang: Language, term: Term, target: Date) -> String {
    let date = |d: Date| format::date(lang, d);
    match term {
        Term::Exact {
            months,
            from,
            until,
        } => tr!(
            lang,
            "org-coterm-note-exact",
            months = months,
            from = date(from),
            until = date(until)
        ),
        Term::Short {
            months,
            from,
            until,
            days_short,
        } => tr!(
            lang,
            "org-coterm-note-short",
            months = months,
            from = date(from),
            until = date(until),
            target = date(target),
            days = days_short
        ),
        Term::OnTarget { .. } => tr!(lang, "org-coterm-note-on-target"),
        Term::AfterTarget { .. } => tr!(lang, "org-coterm-note-after-target"),
        Term::WithinAMonth { days_short, .. } => {
            tr!(lang, "org-coterm-note-within-a-month", days = days_short)
        }
        Term::TooFar { .. } => tr!(lang, "org-coterm-note-too-far", max = MAX_RENEWAL_MONTHS),
    }
}

/// Why a licence is left out of the plan, as a sentence.
pub fn left_out(lang: Language, reason: LeftOut) -> String {
    match reason {
        LeftOut::Evaluation => tr!(lang, "org-coterm-left-out-evaluation"),
        LeftOut::Test => tr!(lang, "org-coterm-left-out-test"),
        LeftOut::Developer => tr!(lang, "org-coterm-left-out-developer"),
        LeftOut::Archived => tr!(lang, "org-coterm-left-out-archived"),
        LeftOut::NoSupportExpiry => tr!(lang, "org-coterm-left-out-no-support-expiry"),
    }
}
