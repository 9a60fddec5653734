//! Licence types in words (messages `portal-type-*`), for the pages and for the keys the command
//! line and the Diagnose page report; and the description a renewal order is recorded with.

use crate::domain::LicenceType;

use super::Language;

/// A licence type's name; a type the portal has no name for is shown as the key gave it.
pub fn licence_type_name(lang: Language, licence_type: &LicenceType) -> String {
    match licence_type {
        LicenceType::Commercial => crate::tr!(lang, "portal-type-commercial"),
        LicenceType::Academic => crate::tr!(lang, "portal-type-academic"),
        LicenceType::Community => crate::tr!(lang, "portal-type-community"),
        LicenceType::OpenSource => crate::tr!(lang, "portal-type-open-source"),
        LicenceType::Starter => crate::tr!(lang, "portal-type-starter"),
        LicenceType::Developer => crate::tr!(lang, "portal-type-developer"),
        LicenceType::Demonstration => crate::tr!(lang, "portal-type-demonstration"),
        LicenceType::Testing => crate::tr!(lang, "portal-type-testing"),
        LicenceType::Personal => crate::tr!(lang, "portal-type-personal"),
        LicenceType::Hosted => crate::tr!(lang, "portal-type-hosted"),
        LicenceType::Evaluation => crate::tr!(lang, "portal-type-evaluation"),
        LicenceType::Unspecified => crate::tr!(lang, "portal-type-unspecified"),
        LicenceType::Other(text) => text.clone(),
    }
}

/// The type a key gives (`COMMERCIAL`, `OPEN_SOURCE` …) in words; a type the portal has no name
/// for is shown as the key gave it.
pub fn key_type_name(lang: Language, raw: &str) -> String {
    match LicenceType::parse(&raw.replace('_', " ")) {
        LicenceType::Other(_) => raw.to_owned(),
        named => licence_type_name(lang, &named),
    }
}

/// A renewal order's description. An order's description is a record, shown to every reader
/// and exported: it is written in English, the records' one language, not in the language of
/// whoever placed the order.
pub fn renewal_description(months: i32, until: jiff::civil::Date) -> String {
    crate::tr!(
        Language::En,
        "portal-order-renewal-description",
        months = months,
        until = until.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keys_type_code_is_named_and_an_unknown_one_kept() {
        assert_eq!(key_type_name(Language::En, "OPEN_SOURCE"), "Open Source");
        assert_eq!(
            key_type_name(Language::De, "COMMERCIAL"),
            licence_type_name(Language::De, &LicenceType::Commercial)
        );
        assert_eq!(key_type_name(Language::Ja, "CLASSROOM"), "CLASSROOM");
    }
}
