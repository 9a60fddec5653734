//! The rules of the licence portal's dates and tiers: renewal terms counted from the previous
//! expiry, the evaluation period (30 days, extendable to 90 in all), and user tiers as they
//! appear in licence names.

use jiff::civil::Date;
use jiff::{Span, ToSpan};

/// A renewal's term when the user does not choose another.
pub const DEFAULT_RENEWAL_MONTHS: i32 = 12;
/// The longest a renewal may run, in months (Atlassian sells at most three years at once).
pub const MAX_RENEWAL_MONTHS: i32 = 36;
/// The terms a renewal of one licence may have, in months.
pub const RENEWAL_TERMS_MONTHS: [i32; 6] = [1, 3, 6, 12, 24, MAX_RENEWAL_MONTHS];

/// A new evaluation licence runs this many days.
pub const EVALUATION_DAYS: i32 = 30;
/// An evaluation can be extended to at most this many days in all.
pub const EVALUATION_MAX_DAYS: i32 = 90;

/// The support expiry after renewing for `months`: counted from the previous expiry, not from
/// today, so renewing early loses nothing and renewing late does not skip the gap. A day that
/// the target month lacks becomes its last day (2027-01-31 + 1 month = 2027-02-28).
pub fn renewed_expiry(previous: Date, months: i32) -> Option<Date> {
    previous
        .checked_add(Span::new().try_months(months).ok()?)
        .ok()
}

/// The day an evaluation started `today` ends.
pub fn evaluation_expiry(start: Date) -> Option<Date> {
    start.checked_add(EVALUATION_DAYS.days()).ok()
}

/// The latest an evaluation that started on `start` may be extended to.
pub fn evaluation_latest_expiry(start: Date) -> Option<Date> {
    start.checked_add(EVALUATION_MAX_DAYS.days()).ok()
}

/// Where an evaluation stands: "day 12 of 30, 18 days left".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvaluationProgress {
    /// Today is day `day` of the evaluation (the start is day 1).
    pub day: i32,
    /// The evaluation's length in days, from its start to its current expiry.
    pub length: i32,
    /// Days until it expires; negative once it has.
    pub left: i32,
    /// Days it may still be extended by.
    pub extendable: i32,
}

pub fn evaluation_progress(start: Date, expiry: Date, today: Date) -> EvaluationProgress {
    let length = (expiry - start).get_days();
    EvaluationProgress {
        day: (today - start).get_days() + 1,
        length,
        left: (expiry - today).get_days(),
        extendable: (EVALUATION_MAX_DAYS - length).max(0),
    }
}

/// Why an evaluation cannot be extended to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionError {
    /// The new date is today or earlier.
    NotInFuture,
    /// The new date is not after the current expiry.
    NotLater,
    /// The new date is more than 90 days after the start; carries the latest allowed.
    BeyondLimit(Date),
}

/// Checks an evaluation's new expiry date against the rules.
pub fn check_extension(
    start: Date,
    current: Date,
    new_expiry: Date,
    today: Date,
) -> Result<(), ExtensionError> {
    let latest = evaluation_latest_expiry(start).unwrap_or(current);
    if new_expiry <= today {
        Err(ExtensionError::NotInFuture)
    } else if new_expiry <= current {
        Err(ExtensionError::NotLater)
    } else if new_expiry > latest {
        Err(ExtensionError::BeyondLimit(latest))
    } else {
        Ok(())
    }
}

/// A user tier as a licence name writes it: "1 User", "500 Users", "Unlimited Users".
pub fn tier_label(tier: Option<i64>) -> String {
    match tier {
        Some(1) => "1 User".into(),
        Some(n) => format!("{n} Users"),
        None => "Unlimited Users".into(),
    }
}

/// The products a new evaluation can be for (names as licence keys give them).
pub const EVALUATION_PRODUCTS: [&str; 9] = [
    "Jira Software",
    "Jira Service Management",
    "Jira Core",
    "Confluence",
    "Bitbucket",
    "Bamboo",
    "Crowd",
    "Fisheye",
    "Crucible",
];

/// Reads a tier typed by a user: a whole number of users, or "unlimited" (`Ok(None)`).
pub fn parse_tier(input: &str) -> Result<Option<i64>, TierError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(TierError::Empty);
    }
    if text.eq_ignore_ascii_case("unlimited") || text == "-1" {
        return Ok(None);
    }
    match text.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(TierError::Malformed),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierError {
    Empty,
    Malformed,
}

/// Whether `new` is more users than `old` (unlimited is more than any number).
pub fn is_higher_tier(old: Option<i64>, new: Option<i64>) -> bool {
    match (old, new) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(a), Some(b)) => b > a,
    }
}

/// The licence name with its tier replaced: "JIRA (Server) 500 Users: Commercial License" →
/// "JIRA (Server) 1000 Users: Commercial License". A name without a tier gets none added.
pub fn rename_for_tier(name: &str, tier: Option<i64>) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    for (index, word) in words.iter().enumerate() {
        let unit = word.trim_end_matches([':', ')']);
        if (unit == "Users" || unit == "User") && index > 0 {
            let count = words[index - 1];
            let is_count = count == "Unlimited"
                || count == "(Unlimited"
                || count.trim_start_matches('(').parse::<u64>().is_ok();
            if is_count {
                let open = if count.starts_with('(') { "(" } else { "" };
                let rest = &word[unit.len()..];
                let mut out: Vec<String> =
                    words[..index - 1].iter().map(|w| w.to_string()).collect();
                out.push(format!("{open}{}{rest}", tier_label(tier)));
                out.extend(words[index + 1..].iter().map(|w| w.to_string()));
                return out.join(" ");
            }
        }
    }
    name.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn renewal_counts_from_the_previous_expiry() {
        assert_eq!(
            renewed_expiry(date(2026, 11, 21), 12),
            Some(date(2027, 11, 21))
        );
        assert_eq!(
            renewed_expiry(date(2027, 1, 31), 1),
            Some(date(2027, 2, 28))
        );
        assert_eq!(
            renewed_expiry(date(2024, 2, 29), 12),
            Some(date(2025, 2, 28))
        );
    }

    #[test]
    fn evaluations_run_30_days_and_extend_to_90_at_most() {
        let start = date(2026, 1, 1);
        assert_eq!(evaluation_expiry(start), Some(date(2026, 1, 31)));
        let progress = evaluation_progress(start, date(2026, 1, 31), date(2026, 1, 12));
        assert_eq!(
            progress,
            EvaluationProgress {
                day: 12,
                length: 30,
                left: 19,
                extendable: 60
            }
        );
        let today = date(2026, 1, 12);
        let current = date(2026, 1, 31);
        assert_eq!(
            check_extension(start, current, date(2026, 4, 1), today),
            Ok(())
        );
        assert_eq!(
            check_extension(start, current, date(2026, 4, 2), today),
            Err(ExtensionError::BeyondLimit(date(2026, 4, 1)))
        );
        assert_eq!(
            check_extension(start, current, date(2026, 1, 20), today),
            Err(ExtensionError::NotLater)
        );
        assert_eq!(
            check_extension(start, current, date(2026, 1, 10), today),
            Err(ExtensionError::NotInFuture)
        );
    }

    #[test]
    fn developer_licences_are_named_as_decoded_keys_name_them() {
        assert!(crate::domain::LicenceType::parse("developer").is_developer());
    }

    #[test]
    fn tiers_are_read_compared_and_renamed() {
        assert_eq!(parse_tier(" 500 "), Ok(Some(500)));
        assert_eq!(parse_tier("Unlimited"), Ok(None));
        assert_eq!(parse_tier(""), Err(TierError::Empty));
        assert_eq!(parse_tier("0"), Err(TierError::Malformed));
        assert_eq!(parse_tier("ten"), Err(TierError::Malformed));
        assert!(is_higher_tier(Some(500), Some(1000)));
        assert!(is_higher_tier(Some(500), None));
        assert!(!is_higher_tier(None, Some(10)));
        assert!(!is_higher_tier(Some(500), Some(500)));
        assert_eq!(
            rename_for_tier("JIRA (Server) 500 Users: Commercial License", Some(1000)),
            "JIRA (Server) 1000 Users: Commercial License"
        );
        assert_eq!(
            rename_for_tier("JIRA (Server) (Unlimited Users): Evaluation", Some(25)),
            "JIRA (Server) (25 Users): Evaluation"
        );
        assert_eq!(
            rename_for_tier("Confluence (Data Center) 1 User: Commercial License", None),
            "Confluence (Data Center) Unlimited Users: Commercial License"
        );
        assert_eq!(rename_for_tier("Bamboo", Some(5)), "Bamboo");
    }
}
