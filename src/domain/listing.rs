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

/// The order of the list: by support expiry (licences without a date last either way), or by
/// product, organisation or SEN, each way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    #[default]
    ExpirySoonest,
    ExpiryLatest,
    ProductAscending,
    ProductDescending,
    OrganisationAscending,
    OrganisationDescending,
    SenAscending,
    SenDescending,
}

/// A column of the list that can be sorted by: its header is a link that orders by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortColumn {
    Product,
    Organisation,
    Sen,
    SupportExpiry,
}

impl SortOrder {
    /// The column this order sorts by.
    pub fn column(self) -> SortColumn {
        match self {
            SortOrder::ExpirySoonest | SortOrder::ExpiryLatest => SortColumn::SupportExpiry,
            SortOrder::ProductAscending | SortOrder::ProductDescending => SortColumn::Product,
            SortOrder::OrganisationAscending | SortOrder::OrganisationDescending => {
                SortColumn::Organisation
            }
            SortOrder::SenAscending | SortOrder::SenDescending => SortColumn::Sen,
        }
    }

    /// Whether the order runs from the last value to the first (latest expiry first, Z to A).
    pub fn descending(self) -> bool {
        matches!(
            self,
            SortOrder::ExpiryLatest
                | SortOrder::ProductDescending
                | SortOrder::OrganisationDescending
                | SortOrder::SenDescending
        )
    }

    /// The order a click on a column's header asks for: the other way round when the list is
    /// already sorted by that column, else that column from its first value.
    pub fn by(self, column: SortColumn) -> SortOrder {
        let descending = self.column() == column && !self.descending();
        match (column, descending) {
            (SortColumn::SupportExpiry, false) => SortOrder::ExpirySoonest,
            (SortColumn::SupportExpiry, true) => SortOrder::ExpiryLatest,
            (SortColumn::Product, false) => SortOrder::ProductAscending,
            (SortColumn::Product, true) => SortOrder::ProductDescending,
            (SortColumn::Organisation, false) => SortOrder::OrganisationAscending,
            (SortColumn::Organisation, true) => SortOrder::OrganisationDescending,
            (SortColumn::Sen, false) => SortOrder::SenAscending,
            (SortColumn::Sen, true) => SortOrder::SenDescending,
        }
    }
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
