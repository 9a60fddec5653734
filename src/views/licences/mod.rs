//! The licence portal's pages, in the manner of My Atlassian's licences page (seeds 000, 001):
//! the list with its three sections and expandable rows, a licence's details with its actions,
//! the forms behind those actions, and the orders list.

pub mod dates;
pub mod details;
pub mod fields;
pub mod forms;
pub mod keys;
pub mod list;
pub mod orders;

pub use dates::Today;
pub use fields::FormState;

use maud::{Markup, html};

use crate::domain::Licence;
use crate::i18n::PortalCatalogue;

/// The little marks after a licence's product: developer (non-production), not genuine.
pub fn marks(t: &PortalCatalogue, licence: &Licence) -> Markup {
    html! {
        @if licence.is_developer() {
            " " span.badge.neutral { (t.badge_developer) }
        }
        @if licence.key_genuine == Some(false) {
            " " span.badge.expired { (t.badge_not_genuine) }
        }
        @if licence.archived {
            " " span.badge.neutral { (t.badge_archived) }
        }
    }
}

/// A tier as the pages show it: "500 Users", "Unlimited Users".
pub fn tier(licence: &Licence) -> String {
    crate::domain::terms::tier_label(licence.user_tier)
}
