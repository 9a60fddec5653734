//! The words of the monitoring check: its summary (the plugin's status line before the
//! perfdata), one line per licence concerned, and why a check could not be made. The status
//! words (OK, WARNING, CRITICAL, UNKNOWN) and the perfdata labels belong to the plugin protocol
//! and are never translated.

use crate::domain::check::{Concern, Ending, Ends, Refusal, Report, ThresholdError};
use crate::tr;

use super::{Language, format};

/// How many licences the summary names before "and N more".
const NAMED_IN_SUMMARY: usize = 3;

/// The summary of a report: how many licences need attention and, for the first few, what
/// ends soonest; or how many were checked when none does.
pub fn summary(lang: Language, report: &Report) -> String {
    if report.concerns.is_empty() {
        return tr!(
            lang,
            "check-cli-nothing-ends",
            count = report.checked,
            days = report.thresholds.warning_days()
        );
    }
    let mut items: Vec<String> = report
        .concerns
        .iter()
        .take(NAMED_IN_SUMMARY)
        .filter_map(|concern| {
            let ending = concern.first()?;
            Some(tr!(
                lang,
                "check-cli-summary-item",
                licence = licence(lang, concern),
                ending = ending_words(lang, ending)
            ))
        })
        .collect();
    let more = report.concerns.len().saturating_sub(NAMED_IN_SUMMARY);
    if more > 0 {
        items.push(tr!(lang, "check-cli-and-more", count = more));
    }
    tr!(
        lang,
        "check-cli-attention",
        count = report.concerns.len(),
        list = items.join("; ")
    )
}

/// One licence concerned: who it is, its organisation, and each thing that ends, with dates.
pub fn line(lang: Language, concern: &Concern) -> String {
    let endings: Vec<String> = concern
        .endings
        .iter()
        .map(|ending| {
            tr!(
                lang,
                "check-cli-ending-on",
                ending = ending_words(lang, ending),
                date = format::date(lang, ending.date)
            )
        })
        .collect();
    let endings = endings.join("; ");
    match concern.organisation.as_deref() {
        Some(organisation) => tr!(
            lang,
            "check-cli-line",
            licence = licence(lang, concern),
            organisation = organisation,
            endings = endings
        ),
        None => tr!(
            lang,
            "check-cli-line-no-organisation",
            licence = licence(lang, concern),
            endings = endings
        ),
    }
}

/// A licence named by its product and SEN (or its number, without one).
fn licence(lang: Language, concern: &Concern) -> String {
    match concern.sen.as_deref() {
        Some(sen) => tr!(
            lang,
            "check-cli-licence-with-sen",
            product = concern.product.as_str(),
            sen = sen
        ),
        None => tr!(
            lang,
            "check-cli-licence-without-sen",
            product = concern.product.as_str(),
            id = concern.id.0
        ),
    }
}

/// What ends, and when: "support ends in 12 days", "licence expired 3 days ago".
pub fn ending_words(lang: Language, ending: &Ending) -> String {
    let ahead = ending.days;
    let ago = -ending.days;
    match (ending.ends, ending.has_ended()) {
        (Ends::Licence, false) => tr!(lang, "check-cli-licence-ends", days = ahead),
        (Ends::Licence, true) => tr!(lang, "check-cli-licence-ended", days = ago),
        (Ends::Support, false) => tr!(lang, "check-cli-support-ends", days = ahead),
        (Ends::Support, true) => tr!(lang, "check-cli-support-ended", days = ago),
        (Ends::Evaluation, false) => tr!(lang, "check-cli-evaluation-ends", days = ahead),
        (Ends::Evaluation, true) => tr!(lang, "check-cli-evaluation-ended", days = ago),
    }
}

/// Why the organisation or SEN asked about cannot be checked.
pub fn refusal(lang: Language, refusal: &Refusal) -> String {
    match refusal {
        Refusal::UnknownOrganisation(given) => tr!(
            lang,
            "check-cli-unknown-organisation",
            organisation = given.as_str()
        ),
        Refusal::MalformedSen(given) => tr!(lang, "check-cli-malformed-sen", sen = given.as_str()),
        Refusal::UnknownSen(sen) => tr!(lang, "check-cli-unknown-sen", sen = sen.as_str()),
    }
}

/// Why the thresholds cannot be used together.
pub fn threshold_error(lang: Language, error: ThresholdError) -> String {
    match error {
        ThresholdError::CriticalAfterWarning {
            warning_days,
            critical_days,
        } => tr!(
            lang,
            "check-cli-critical-after-warning",
            critical = critical_days,
            days = warning_days
        ),
        ThresholdError::TooLarge { days } => tr!(
            lang,
            "check-cli-too-many-days",
            days = days,
            max = crate::domain::check::MAX_DAYS
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceId;
    use crate::domain::check::{Checked, Thresholds, check};
    use jiff::civil::date;

    fn supported(id: i64, support: jiff::civil::Date) -> Checked {
        Checked {
            id: LicenceId(id),
            sen: Some(format!("SEN-{id}")),
            product: "Jira Software".into(),
            name: "Jira Software (Server) 500 Users: Commercial License".into(),
            organisation: Some("Example Ltd".into()),
            support_expiry: Some(support),
            licence_expiry: None,
            is_evaluation: false,
            archived: false,
        }
    }

    #[test]
    fn the_summary_names_what_ends_soonest_and_counts_the_rest() {
        let today = date(2026, 12, 2);
        let licences: Vec<Checked> = (1..=5)
            .map(|id| supported(id, date(2026, 12, 10 + id as i8)))
            .collect();
        let report = check(&licences, today, Thresholds::default());
        let text = summary(Language::En, &report);
        assert_eq!(
            text,
            "5 licences need attention: Jira Software (SEN-1) support ends in 9 days; \
             Jira Software (SEN-2) support ends in 10 days; Jira Software (SEN-3) support \
             ends in 11 days; and 2 more"
        );
        let one = check(&[supported(1, today)], today, Thresholds::default());
        assert_eq!(
            summary(Language::En, &one),
            "1 licence needs attention: Jira Software (SEN-1) support ends today"
        );
        assert_eq!(
            line(Language::En, &one.concerns[0]),
            "Jira Software (SEN-1), Example Ltd: support ends today (2026-12-02)"
        );
        let ended = check(
            &[supported(1, date(2026, 11, 22))],
            today,
            Thresholds::default(),
        );
        assert!(
            summary(Language::En, &ended).ends_with("support ended 10 days ago"),
            "{}",
            summary(Language::En, &ended)
        );
        let calm = check(&[], today, Thresholds::default());
        assert_eq!(
            summary(Language::En, &calm),
            "0 licences checked, nothing ends within 30 days"
        );
    }

    #[test]
    fn every_language_words_the_check() {
        let today = date(2026, 12, 2);
        let report = check(
            &[supported(1, date(2026, 12, 5))],
            today,
            Thresholds::default(),
        );
        for lang in Language::ALL {
            let text = summary(lang, &report);
            assert!(text.contains("SEN-1"), "{lang}: {text}");
            assert!(text.contains('3'), "{lang}: {text}");
        }
    }
}
