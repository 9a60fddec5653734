//! How the licence list is cut and ordered: the section shown, the organisation, the state and
//! the sort order. Their names in links are URL vocabulary and live with `paths::Route`; the
//! store takes them as they are.

use super::OrganisationId;

/// Which licences the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Section {
    #[default]
    Licences,
    Evaluations,
    Archived,
}

/// The order of the list: by support expiry, licences without a date last either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    ExpirySoonest,
    ExpiryLatest,
}

/// Which organisation's licences the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrganisationFilter {
    /// The licences that belong to this organisation.
    Of(OrganisationId),
    /// The licences that belong to no organisation.
    Unassigned,
}

/// A cut of the licences by what needs attention: the partner dashboard counts each per
/// organisation, and each count links to the list cut the same way. Archived licences are in
/// none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LicenceState {
    /// Not an evaluation nor a test licence, and the licence itself has not ended.
    Active,
    /// Not an evaluation: support ends within [`EXPIRING_DAYS`] days (today included).
    Expiring,
    /// Not an evaluation: support ended before today.
    SupportExpired,
    Evaluation,
    /// A test licence (the key says so).
    Test,
    /// One person at most is a contact (of either role): nobody stands in for them, or
    /// nobody is there at all.
    SingleContact,
    /// A primary contact's account is disabled, or has not signed in for
    /// [`INACTIVE_DAYS`] days (counted from its creation when it never signed in).
    PrimaryInactive,
    /// Nobody is its billing contact.
    NoBilling,
}

/// Support that ends within this many days is "expiring".
pub const EXPIRING_DAYS: i64 = 90;
/// An account that has not signed in for this many days is "inactive".
pub const INACTIVE_DAYS: i64 = 180;

impl LicenceState {
    pub const ALL: [LicenceState; 8] = [
        LicenceState::Active,
        LicenceState::Expiring,
        LicenceState::SupportExpired,
        LicenceState::Evaluation,
        LicenceState::Test,
        LicenceState::SingleContact,
        LicenceState::PrimaryInactive,
        LicenceState::NoBilling,
    ];

    /// The word in links (`/licences?state=expiring`).
    pub fn as_str(self) -> &'static str {
        match self {
            LicenceState::Active => "active",
            LicenceState::Expiring => "expiring",
            LicenceState::SupportExpired => "support-expired",
            LicenceState::Evaluation => "evaluation",
            LicenceState::Test => "test",
            LicenceState::SingleContact => "single-contact",
            LicenceState::PrimaryInactive => "primary-inactive",
            LicenceState::NoBilling => "no-billing",
        }
    }

    pub fn parse(text: &str) -> Option<LicenceState> {
        LicenceState::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// The three bus-factor warnings.
    pub fn is_bus_factor(self) -> bool {
        matches!(
            self,
            LicenceState::SingleContact | LicenceState::PrimaryInactive | LicenceState::NoBilling
        )
    }
}
