//! The licence portal's pages, in the manner of My Atlassian's licences page (seeds 000, 001):
//! the list with its three sections and expandable rows, a licence's details with its actions,
//! the forms behind those actions, and the orders list.

pub mod apps;
pub mod dates;
pub mod details;
pub mod fields;
pub mod forms;
pub mod keys;
pub mod kinds;
pub mod lifecycle;
pub mod list;
pub mod orders;

pub use dates::Today;
pub use fields::FormState;

use maud::{Markup, html};

use crate::domain::Licence;
use crate::domain::actor::RecordedActor;
use crate::i18n::Language;

/// The little marks after a licence's product: its kind, developer (non-production), not
/// genuine.
pub fn marks(lang: Language, licence: &Licence) -> Markup {
    html! {
        (kinds::kind_badge(lang, licence))
        @if licence.is_developer() {
            " " span.badge.neutral { (crate::tr!(lang, "portal-badge-developer")) }
        }
        @if licence.key_genuine == Some(false) {
            " " span.badge.expired { (crate::tr!(lang, "portal-badge-not-genuine")) }
        }
        @if licence.archived {
            " " span.badge.neutral { (crate::tr!(lang, "portal-badge-archived")) }
        }
    }
}

/// A licence's tier as the pages show it: "500 Users", "Unlimited Users".
pub fn tier(lang: Language, licence: &Licence) -> String {
    tier_shown(lang, licence.user_tier)
}

/// A tier in words: a number of users, or unlimited (no number).
pub fn tier_shown(lang: Language, tier: Option<i64>) -> String {
    match tier {
        Some(users) => crate::tr!(lang, "portal-tier-users", users = users),
        None => crate::tr!(lang, "portal-tier-unlimited"),
    }
}

/// Who acted, as a history or the audit log keeps it, in words to show: an account's address as
/// it is, the command line and someone not signed in in this language.
pub fn recorded_actor(lang: Language, stored: &str) -> String {
    match RecordedActor::from_stored(stored) {
        RecordedActor::Account(address) => address.to_owned(),
        RecordedActor::Anonymous => crate::tr!(lang, "portal-actor-anonymous"),
        RecordedActor::CommandLine => crate::tr!(lang, "portal-actor-command-line"),
    }
}

// The names are the catalogue's, shared with the command line's key reports.
pub use crate::i18n::licence::licence_type_name;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceType;

    #[test]
    fn actors_and_licence_types_are_named_in_the_language_and_addresses_kept() {
        let lang = Language::En;
        assert_eq!(
            recorded_actor(lang, crate::domain::actor::COMMAND_LINE_LABEL),
            "command line"
        );
        assert_eq!(recorded_actor(lang, "ann@example.com"), "ann@example.com");
        assert_eq!(
            licence_type_name(lang, &LicenceType::OpenSource),
            "Open Source"
        );
        assert_eq!(
            licence_type_name(lang, &LicenceType::Other("Classroom".into())),
            "Classroom"
        );
    }

    #[test]
    fn counts_are_plural_messages_with_grouped_numbers() {
        let lang = Language::En;
        assert_eq!(
            crate::tr!(lang, "portal-showing", from = 1, to = 50, total = 1234),
            "Showing 1–50 of 1,234"
        );
        assert_eq!(
            crate::tr!(lang, "portal-developer-count", n = 1),
            "1 developer licence"
        );
        assert_eq!(
            crate::tr!(lang, "portal-archive-contacts", n = 2),
            "Its 2 contacts will find it under Archived licences only."
        );
        assert_eq!(tier_shown(lang, Some(1)), "1 User");
        assert_eq!(tier_shown(lang, Some(10000)), "10,000 Users");
        assert_eq!(tier_shown(lang, None), "Unlimited Users");
        assert_eq!(
            crate::tr!(lang, "portal-label", label = "Actions"),
            "Actions: "
        );
    }
}
