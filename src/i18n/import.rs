//! The words of an import's preview and report: why an entry is skipped or refused, and what
//! a reviewer is warned of, in the reader's language.

use crate::domain::LicenceFields;
use crate::domain::{ContactRole, LicenceType, Sen, SenError};
use crate::inventory::import::{Field, FieldValue, Invalid, Refusal, Skip, Warning};
use crate::tr;

use super::Language;

/// Why an entry changes nothing.
pub fn skip(lang: Language, skip: &Skip) -> String {
    match skip {
        Skip::AddedEarlierInImport { first } => {
            tr!(lang, "import-skip-added-earlier", first = first.as_str())
        }
        Skip::KeyEarlierInImport { first } => {
            tr!(lang, "import-skip-key-earlier", first = first.as_str())
        }
        Skip::AlreadyInInventory {
            licence: Some(licence),
        } => tr!(
            lang,
            "import-skip-already-in-inventory",
            licence = licence.to_string()
        ),
        Skip::AlreadyInInventory { licence: None } => {
            tr!(lang, "import-skip-already-in-inventory-unnamed")
        }
        Skip::ChangedByEarlierEntry { licence, first } => tr!(
            lang,
            "import-skip-changed-by-earlier",
            licence = licence.to_string(),
            first = first.as_str()
        ),
        Skip::Unchanged { licence } => {
            tr!(lang, "import-skip-unchanged", licence = licence.to_string())
        }
    }
}

/// Why an entry, a file or a part of one is not imported.
pub fn refusal(lang: Language, refusal: &Refusal) -> String {
    // Values a file supplies are quoted with Rust's escapes, so that a line break or an escape
    // sequence in them shows as text.
    let quoted = |value: &str| format!("{value:?}");
    match refusal {
        Refusal::CannotRead { detail } => {
            tr!(lang, "import-refusal-cannot-read", detail = detail.as_str())
        }
        Refusal::LinkToFolder => tr!(lang, "import-refusal-link-to-folder"),
        Refusal::BrokenLink { detail } => {
            tr!(lang, "import-refusal-broken-link", detail = detail.as_str())
        }
        Refusal::NotRegularFile => tr!(lang, "import-refusal-not-regular-file"),
        Refusal::ReadAlready => tr!(lang, "import-refusal-read-already"),
        Refusal::CannotList { detail } => {
            tr!(lang, "import-refusal-cannot-list", detail = detail.as_str())
        }
        // Byte counts ungrouped, as a file listing shows them.
        Refusal::TooLarge { length, max } => tr!(
            lang,
            "import-refusal-too-large",
            length = length.to_string(),
            max = max.to_string()
        ),
        Refusal::GrewWhileRead { max } => tr!(
            lang,
            "import-refusal-grew-while-read",
            max = max.to_string()
        ),
        Refusal::Binary => tr!(lang, "import-refusal-binary"),
        Refusal::NoKeyFound => tr!(lang, "import-refusal-no-key-found"),
        Refusal::Undecodable(error) => super::key::key_error(lang, error),
        Refusal::KeyLike(error) => {
            tr!(
                lang,
                "import-refusal-key-like",
                error = super::key::key_error(lang, error)
            )
        }
        Refusal::NotGenuine => tr!(lang, "import-refusal-not-genuine"),
        Refusal::NotAnExport { detail } => {
            tr!(
                lang,
                "import-refusal-not-an-export",
                detail = detail.as_str()
            )
        }
        Refusal::UnsupportedVersion {
            version,
            oldest,
            newest,
        } => tr!(
            lang,
            "import-refusal-unsupported-version",
            version = version.to_string(),
            oldest = oldest.to_string(),
            newest = newest.to_string()
        ),
        Refusal::ReferenceTwice { reference } => tr!(
            lang,
            "import-refusal-reference-twice",
            reference = quoted(reference)
        ),
        Refusal::ChainedProduction { production } => tr!(
            lang,
            "import-refusal-chained-production",
            production = quoted(production)
        ),
        Refusal::DanglingInstallation { reference } => tr!(
            lang,
            "import-refusal-dangling-installation",
            reference = quoted(reference)
        ),
        Refusal::InstallationsAdminOnly => tr!(lang, "import-refusal-installations-admin-only"),
        Refusal::SemicolonSheet => tr!(lang, "import-refusal-semicolon-sheet"),
        Refusal::UnknownSheetColumns => tr!(lang, "import-refusal-unknown-sheet-columns"),
        Refusal::CsvFieldCount { found, expected } => tr!(
            lang,
            "import-refusal-csv-field-count",
            found = found,
            expected = expected
        ),
        Refusal::CsvHeader { detail } => {
            tr!(lang, "import-refusal-csv-header", detail = detail.as_str())
        }
        Refusal::CsvRow { detail } => {
            tr!(lang, "import-refusal-csv-row", detail = detail.as_str())
        }
        Refusal::UnknownCsvReference { raw } => tr!(
            lang,
            "import-refusal-unknown-csv-reference",
            raw = quoted(raw)
        ),
        Refusal::Invalid(invalid) => self::invalid(lang, invalid),
        Refusal::NotAContact => tr!(lang, "import-refusal-not-a-contact"),
        Refusal::KeyOnOtherLicence {
            licence: Some(licence),
        } => tr!(
            lang,
            "import-refusal-key-on-other-licence",
            licence = licence.to_string()
        ),
        Refusal::KeyOnOtherLicence { licence: None } => {
            tr!(lang, "import-refusal-key-on-other-licence-unnamed")
        }
        Refusal::WouldReplaceGenuine { licence } => tr!(
            lang,
            "import-refusal-would-replace-genuine",
            licence = licence.to_string()
        ),
        Refusal::AlreadyTheKey => tr!(lang, "import-refusal-already-the-key"),
        Refusal::WouldReplaceOwnGenuineKey => {
            tr!(lang, "import-refusal-would-replace-own-genuine-key")
        }
    }
}

fn invalid(lang: Language, invalid: &Invalid) -> String {
    let quoted = |value: &str| format!("{value:?}");
    match invalid {
        Invalid::EmptyProduct => tr!(lang, "import-invalid-empty-product"),
        Invalid::Sen {
            value,
            error: SenError::TooLong,
        } => tr!(
            lang,
            "import-invalid-sen-too-long",
            value = quoted(value),
            max = Sen::MAX_CHARS
        ),
        Invalid::Sen {
            value,
            error: SenError::Malformed,
        } => tr!(lang, "import-invalid-sen-malformed", value = quoted(value)),
        Invalid::NotesTooLong { max } => tr!(lang, "import-invalid-notes-too-long", max = max),
        Invalid::NotesControlCharacter => tr!(lang, "import-invalid-notes-control-character"),
        Invalid::ServerId { value, error: _ } => {
            tr!(lang, "import-invalid-server-id", value = quoted(value))
        }
        Invalid::UserTier { value } => {
            tr!(lang, "import-invalid-user-tier", value = quoted(value))
        }
        Invalid::NegativeUserTier { tier } => tr!(
            lang,
            "import-invalid-negative-user-tier",
            tier = tier.to_string()
        ),
        Invalid::Deployment { value } => {
            tr!(lang, "import-invalid-deployment", value = quoted(value))
        }
        Invalid::Date { column, value } => tr!(
            lang,
            "import-invalid-date",
            column = column.to_string(),
            value = quoted(value)
        ),
        Invalid::YesNo { column, value } => tr!(
            lang,
            "import-invalid-yes-no",
            column = column.to_string(),
            value = quoted(value)
        ),
        Invalid::UnknownProduction { production } => tr!(
            lang,
            "import-invalid-unknown-production",
            production = quoted(production)
        ),
        Invalid::OwnProduction => tr!(lang, "import-invalid-own-production"),
        Invalid::ContactEmail { value } => {
            tr!(lang, "import-invalid-contact-email", value = quoted(value))
        }
        Invalid::ContactRole { value } => {
            tr!(lang, "import-invalid-contact-role", value = quoted(value))
        }
        Invalid::TwoPrimaries { role } => {
            let role = match role {
                ContactRole::Technical => "technical",
                ContactRole::Billing => "billing",
            };
            tr!(lang, "import-invalid-two-primaries", role = role)
        }
        Invalid::HistoryReason { value } => {
            tr!(lang, "import-invalid-history-reason", value = quoted(value))
        }
        Invalid::EmptyHistoryKey => tr!(lang, "import-invalid-empty-history-key"),
        Invalid::OrderKind { value } => {
            tr!(lang, "import-invalid-order-kind", value = quoted(value))
        }
        Invalid::OrderNumber { value } => {
            tr!(lang, "import-invalid-order-number", value = quoted(value))
        }
        Invalid::OrderPlacedBy { value } => {
            tr!(
                lang,
                "import-invalid-order-placed-by",
                value = quoted(value)
            )
        }
        Invalid::TermRole { value } => {
            tr!(lang, "import-invalid-term-role", value = quoted(value))
        }
        Invalid::TermAccount { value } => {
            tr!(lang, "import-invalid-term-account", value = quoted(value))
        }
    }
}

/// What a reviewer should look at before confirming an entry.
pub fn warning(lang: Language, warning: &Warning) -> String {
    let tier = |users: &Option<i64>| match users {
        Some(n) => tr!(lang, "import-tier-users", users = n),
        None => tr!(lang, "import-value-unlimited"),
    };
    let or_none =
        |sen: &Option<String>| sen.clone().unwrap_or_else(|| tr!(lang, "import-sen-none"));
    match warning {
        Warning::ProductionNotImported { production } => tr!(
            lang,
            "import-warning-production-not-imported",
            production = production.as_str()
        ),
        Warning::OrderNotRestored { number } => tr!(
            lang,
            "import-warning-order-not-restored",
            number = number.as_str()
        ),
        Warning::SupportExpiryKept {
            kept,
            said: Some(said),
        } => tr!(
            lang,
            "import-warning-support-expiry-kept",
            kept = super::format::date(lang, *kept),
            said = super::format::date(lang, *said)
        ),
        Warning::SupportExpiryKept { kept, said: None } => tr!(
            lang,
            "import-warning-support-expiry-kept-none",
            kept = super::format::date(lang, *kept)
        ),
        Warning::GenuineKeyReplaced => tr!(lang, "import-warning-genuine-key-replaced"),
        Warning::LowerUserTier { from, to } => tr!(
            lang,
            "import-warning-lower-user-tier",
            from = tier(from),
            to = tier(to)
        ),
        Warning::OtherProduct { from, to } => tr!(
            lang,
            "import-warning-other-product",
            from = from.as_str(),
            to = to.as_str()
        ),
        Warning::OtherLicenceType { from, to } => tr!(
            lang,
            "import-warning-other-licence-type",
            from = licence_type(lang, from),
            to = licence_type(lang, to)
        ),
        Warning::SenChanges { from, to } => tr!(
            lang,
            "import-warning-sen-changes",
            from = or_none(from),
            to = or_none(to)
        ),
    }
}

/// An update's warnings as its audit entry keeps them. The audit log is one record read by
/// everyone, so it is worded in one language, English, whoever imported.
pub fn warning_in_audit(warning: &Warning) -> String {
    self::warning(Language::En, warning)
}

/// The fields an update changes, as (field, before, after) in words, for a preview.
pub fn changed_fields(
    lang: Language,
    before: &LicenceFields,
    after: &LicenceFields,
) -> Vec<(String, String, String)> {
    crate::inventory::import::changed_fields(before, after)
        .into_iter()
        .map(|(name, was, is)| (field(lang, name), value(lang, &was), value(lang, &is)))
        .collect()
}

fn field(lang: Language, field: Field) -> String {
    match field {
        Field::Sen => tr!(lang, "import-field-sen"),
        Field::Product => tr!(lang, "import-field-product"),
        Field::Name => tr!(lang, "import-field-name"),
        Field::LicenceType => tr!(lang, "import-field-type"),
        Field::Deployment => tr!(lang, "import-field-deployment"),
        Field::UserTier => tr!(lang, "import-field-user-tier"),
        Field::Key => tr!(lang, "import-field-key"),
        Field::ServerId => tr!(lang, "import-field-server-id"),
        Field::Organisation => tr!(lang, "import-field-organisation"),
        Field::LicensedTo => tr!(lang, "import-field-licensed-to"),
        Field::Purchased => tr!(lang, "import-field-purchased"),
        Field::SupportExpiry => tr!(lang, "import-field-support-expiry"),
        Field::LicenceExpiry => tr!(lang, "import-field-licence-expiry"),
        Field::SupportLevel => tr!(lang, "import-field-support-level"),
        Field::AutoRenew => tr!(lang, "import-field-auto-renew"),
        Field::Archived => tr!(lang, "import-field-archived"),
        Field::Evaluation => tr!(lang, "import-field-evaluation"),
        Field::Notes => tr!(lang, "import-field-notes"),
        Field::Kind => tr!(lang, "import-field-kind"),
    }
}

fn value(lang: Language, value: &FieldValue) -> String {
    match value {
        FieldValue::Empty => tr!(lang, "import-value-empty"),
        FieldValue::Text(text) => text.clone(),
        FieldValue::LicenceType(licence_type) => self::licence_type(lang, licence_type),
        FieldValue::Users(Some(users)) => super::format::number(lang, *users),
        FieldValue::Users(None) => tr!(lang, "import-value-unlimited"),
        FieldValue::Key {
            tail,
            genuine: true,
        } => tr!(lang, "import-value-key-genuine", tail = tail.as_str()),
        FieldValue::Key {
            tail,
            genuine: false,
        } => tr!(lang, "import-value-key-not-genuine", tail = tail.as_str()),
        FieldValue::Date(date) => super::format::date(lang, *date),
        FieldValue::YesNo(true) => tr!(lang, "import-value-yes"),
        FieldValue::YesNo(false) => tr!(lang, "import-value-no"),
        FieldValue::Kind(kind) => super::kind::kind_name(lang, *kind),
    }
}

/// A licence type as the portal names it; a type the portal has no name for, as stored.
fn licence_type(lang: Language, licence_type: &LicenceType) -> String {
    match licence_type {
        LicenceType::Commercial => tr!(lang, "portal-type-commercial"),
        LicenceType::Academic => tr!(lang, "portal-type-academic"),
        LicenceType::Community => tr!(lang, "portal-type-community"),
        LicenceType::OpenSource => tr!(lang, "portal-type-open-source"),
        LicenceType::Starter => tr!(lang, "portal-type-starter"),
        LicenceType::Developer => tr!(lang, "portal-type-developer"),
        LicenceType::Demonstration => tr!(lang, "portal-type-demonstration"),
        LicenceType::Testing => tr!(lang, "portal-type-testing"),
        LicenceType::Personal => tr!(lang, "portal-type-personal"),
        LicenceType::Hosted => tr!(lang, "portal-type-hosted"),
        LicenceType::Evaluation => tr!(lang, "portal-type-evaluation"),
        LicenceType::Unspecified => tr!(lang, "portal-type-unspecified"),
        LicenceType::Other(name) => name.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_reasons_follow_the_plural_rules() {
        let one = refusal(
            Language::En,
            &Refusal::CsvFieldCount {
                found: 1,
                expected: 3,
            },
        );
        assert_eq!(
            one,
            "this row has 1 column where the sheet's first line has 3"
        );
        let tier = warning(
            Language::En,
            &Warning::LowerUserTier {
                from: Some(1),
                to: None,
            },
        );
        assert_eq!(tier, "a lower user tier: 1 user → unlimited");
    }

    #[test]
    fn values_from_a_file_are_quoted_with_their_escapes() {
        let text = refusal(
            Language::En,
            &Refusal::UnknownCsvReference {
                raw: "a\nb".to_owned(),
            },
        );
        assert!(text.starts_with("ref \"a\\nb\" is not"), "{text}");
    }
}
