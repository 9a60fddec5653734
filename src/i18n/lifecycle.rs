//! Words for the lifecycle tables: product names of the release table, release dates known to
//! the day or the month, the cut-off lines a licence page shows, the eligibility answer, and
//! why a lifecycle file was refused.

use jiff::civil::Date;

use super::Language;
use crate::domain::lifecycle::{
    CutoffEvent, Eligibility, FIELD_MAX_CHARS, FILE_MAX_BYTES, FILE_MAX_ROWS, FileError,
    FileProblem, LifecycleFile, Release, ReleaseDate, ReleaseProduct,
};

/// The product's name, as Atlassian writes it in every language.
pub fn product(lang: Language, product: ReleaseProduct) -> String {
    crate::tr!(lang, "lifecycle-product", code = product.code())
}

/// The table's name as a heading: "Cut-off dates", "Release table".
pub fn file_name(lang: Language, file: LifecycleFile) -> String {
    crate::tr!(lang, "lifecycle-file-name", file = file.code())
}

/// A release date as the language writes it: a day as dates are, a month as `2024-07`,
/// `07.2024`, `2024年7月`.
pub fn release_date(lang: Language, date: ReleaseDate) -> String {
    match date {
        ReleaseDate::Day(day) => super::format::date(lang, day),
        ReleaseDate::Month { .. } => {
            let first = date.earliest();
            jiff::fmt::strtime::format(crate::tr!(lang, "lifecycle-month-format"), first)
                .unwrap_or_else(|_| date.to_string())
        }
    }
}

fn day(lang: Language, date: Date) -> String {
    super::format::date(lang, date)
}

/// A cut-off as a sentence about this licence: what happens on its date, said in the past once
/// the date has passed.
pub fn cutoff(lang: Language, event: CutoffEvent, date: Date, today: Date) -> String {
    let when = if date < today { "past" } else { "future" };
    let date = day(lang, date);
    match event {
        CutoffEvent::ServerSupportEnd => crate::tr!(
            lang,
            "lifecycle-cutoff-server-support-end",
            date = date,
            when = when
        ),
        CutoffEvent::DcNewSubscriptionsEnd => crate::tr!(
            lang,
            "lifecycle-cutoff-dc-new-subscriptions-end",
            date = date,
            when = when
        ),
        CutoffEvent::DcLastPurchase => crate::tr!(
            lang,
            "lifecycle-cutoff-dc-last-purchase",
            date = date,
            when = when
        ),
        CutoffEvent::DcEndOfLife => crate::tr!(
            lang,
            "lifecycle-cutoff-dc-end-of-life",
            date = date,
            when = when
        ),
    }
}

/// The short verdict: eligible, not eligible, cannot tell.
pub fn verdict(lang: Language, answer: &Eligibility) -> String {
    let verdict = match answer.verdict() {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    };
    crate::tr!(lang, "lifecycle-verdict", verdict = verdict)
}

/// The answer in sentences, with the dates that decide it: the first says whether the version
/// accepts the licence, any further ones what else the reader must know.
pub fn answer(lang: Language, answer: &Eligibility) -> Vec<String> {
    let named = |release: &Release| {
        (
            product(lang, release.product),
            release.version.to_string(),
            release_date(lang, release.date),
        )
    };
    match answer {
        Eligibility::Eligible {
            release,
            support_expiry,
            licence_expiry,
        } => {
            let (product, version, released) = named(release);
            let mut lines = vec![crate::tr!(
                lang,
                "lifecycle-eligible",
                product = product,
                version = version,
                released = released,
                support = day(lang, *support_expiry)
            )];
            if let Some(expiry) = licence_expiry {
                lines.push(crate::tr!(
                    lang,
                    "lifecycle-eligible-read-only",
                    expiry = day(lang, *expiry)
                ));
            }
            lines
        }
        Eligibility::NotEligible {
            release,
            support_expiry,
        } => {
            let (product, version, released) = named(release);
            vec![crate::tr!(
                lang,
                "lifecycle-not-eligible",
                product = product,
                version = version,
                released = released,
                support = day(lang, *support_expiry)
            )]
        }
        Eligibility::CannotTell {
            release,
            support_expiry,
        } => {
            let (product, version, released) = named(release);
            vec![crate::tr!(
                lang,
                "lifecycle-cannot-tell",
                product = product,
                version = version,
                released = released,
                support = day(lang, *support_expiry)
            )]
        }
        Eligibility::NoSupportExpiry { release } => {
            let (product, version, released) = named(release);
            vec![crate::tr!(
                lang,
                "lifecycle-no-support-expiry",
                product = product,
                version = version,
                released = released
            )]
        }
        Eligibility::TestLicence { release } => {
            let (product, version, _) = named(release);
            vec![crate::tr!(
                lang,
                "lifecycle-test-licence",
                product = product,
                version = version
            )]
        }
        Eligibility::Evaluation {
            release,
            licence_expiry,
        } => {
            let (product, version, _) = named(release);
            vec![match licence_expiry {
                Some(expiry) => crate::tr!(
                    lang,
                    "lifecycle-evaluation",
                    product = product,
                    version = version,
                    expiry = day(lang, *expiry)
                ),
                None => crate::tr!(
                    lang,
                    "lifecycle-evaluation-no-expiry",
                    product = product,
                    version = version
                ),
            }]
        }
        Eligibility::NotCovered {
            product: asked,
            covered,
        } => {
            let covered: Vec<String> = covered.iter().map(|p| product(lang, *p)).collect();
            vec![crate::tr!(
                lang,
                "lifecycle-not-covered",
                product = product(lang, *asked),
                covered = covered.join(", ")
            )]
        }
        Eligibility::LaterFix {
            release,
            version,
            support_expiry,
        } => {
            let (product, feature, released) = named(release);
            vec![crate::tr!(
                lang,
                "lifecycle-later-fix",
                product = product,
                version = version.to_string(),
                feature = feature,
                released = released,
                support = day(lang, *support_expiry)
            )]
        }
        Eligibility::UnknownVersion {
            product: asked,
            version,
            nearest,
        } => {
            let mut lines = vec![crate::tr!(
                lang,
                "lifecycle-unknown-version",
                product = product(lang, *asked),
                version = version.to_string()
            )];
            if !nearest.is_empty() {
                let known: Vec<String> = nearest
                    .iter()
                    .map(|r| {
                        crate::tr!(
                            lang,
                            "lifecycle-nearest-version",
                            version = r.version.to_string(),
                            released = release_date(lang, r.date)
                        )
                    })
                    .collect();
                lines.push(crate::tr!(
                    lang,
                    "lifecycle-nearest",
                    versions = known.join(", ")
                ));
            }
            lines
        }
    }
}

/// The release an answer is about, for its source.
pub fn release_of(answer: &Eligibility) -> Option<&Release> {
    match answer {
        Eligibility::Eligible { release, .. }
        | Eligibility::NotEligible { release, .. }
        | Eligibility::CannotTell { release, .. }
        | Eligibility::NoSupportExpiry { release }
        | Eligibility::TestLicence { release }
        | Eligibility::Evaluation { release, .. }
        | Eligibility::LaterFix { release, .. } => Some(release),
        Eligibility::UnknownVersion { .. } | Eligibility::NotCovered { .. } => None,
    }
}

/// A version that is not one: how to write it.
pub fn version_invalid(lang: Language, text: &str) -> String {
    crate::tr!(lang, "lifecycle-version-invalid", version = text)
}

/// A product code the release table does not have, with the ones it takes.
pub fn product_unknown(lang: Language, text: &str) -> String {
    let codes: Vec<&str> = ReleaseProduct::ALL.iter().map(|p| p.code()).collect();
    crate::tr!(
        lang,
        "lifecycle-product-unknown",
        product = text,
        codes = codes.join(", ")
    )
}

/// Why a lifecycle file was refused, with its line when one line is at fault.
pub fn file_error(lang: Language, error: &FileError) -> String {
    let reason = problem(lang, &error.problem);
    if error.line == 0 {
        reason
    } else {
        crate::tr!(
            lang,
            "lifecycle-file-error",
            line = (error.line as i64),
            reason = reason
        )
    }
}

fn problem(lang: Language, problem: &FileProblem) -> String {
    match problem {
        FileProblem::TooLarge => crate::tr!(
            lang,
            "lifecycle-problem-too-large",
            max = ((FILE_MAX_BYTES / 1024) as i64)
        ),
        FileProblem::TooManyRows => crate::tr!(
            lang,
            "lifecycle-problem-too-many-rows",
            max = (FILE_MAX_ROWS as i64)
        ),
        FileProblem::NotCsv => crate::tr!(lang, "lifecycle-problem-not-csv"),
        FileProblem::Header(expected) => crate::tr!(
            lang,
            "lifecycle-problem-header",
            expected = expected.as_str()
        ),
        FileProblem::NoRows => crate::tr!(lang, "lifecycle-problem-no-rows"),
        FileProblem::FieldCount { expected, found } => crate::tr!(
            lang,
            "lifecycle-problem-field-count",
            expected = (*expected as i64),
            found = (*found as i64)
        ),
        FileProblem::Empty(column) => {
            crate::tr!(lang, "lifecycle-problem-empty", column = column.to_string())
        }
        FileProblem::TooLong(column) => crate::tr!(
            lang,
            "lifecycle-problem-too-long",
            column = column.to_string(),
            max = (FIELD_MAX_CHARS as i64)
        ),
        FileProblem::UnknownEvent(value) => {
            let codes: Vec<&str> = CutoffEvent::ALL.iter().map(|e| e.code()).collect();
            crate::tr!(
                lang,
                "lifecycle-problem-unknown-event",
                value = value.as_str(),
                codes = codes.join(", ")
            )
        }
        FileProblem::UnknownDeployment(value) => crate::tr!(
            lang,
            "lifecycle-problem-unknown-deployment",
            value = value.as_str()
        ),
        FileProblem::UnknownProduct(value) => {
            let codes: Vec<&str> = ReleaseProduct::ALL.iter().map(|p| p.code()).collect();
            crate::tr!(
                lang,
                "lifecycle-problem-unknown-product",
                value = value.as_str(),
                codes = codes.join(", ")
            )
        }
        FileProblem::BadDate(column) => {
            crate::tr!(
                lang,
                "lifecycle-problem-bad-date",
                column = column.to_string()
            )
        }
        FileProblem::BadVersion(value) => crate::tr!(
            lang,
            "lifecycle-problem-bad-version",
            value = value.as_str()
        ),
        FileProblem::BadUrl => crate::tr!(lang, "lifecycle-problem-bad-url"),
        FileProblem::Duplicate { first_line } => crate::tr!(
            lang,
            "lifecycle-problem-duplicate",
            first = (*first_line as i64)
        ),
    }
}
