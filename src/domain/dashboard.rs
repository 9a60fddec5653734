//! The partner dashboard's figures and the monthly organisation report's contents: how many
//! licences of an organisation are in each state, which licences carry a bus-factor warning and
//! why, and what changed on an organisation's licences.

use jiff::civil::Date;

use super::listing::LicenceState;
use super::{ContactRole, LicenceId, OrganisationId};

/// The licences of one organisation (or of none) counted by state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StateCounts {
    /// In the order of [`LicenceState::ALL`].
    pub counts: [i64; 8],
    /// The soonest support expiry on or after today among the active licences.
    pub next_renewal: Option<Date>,
}

impl StateCounts {
    pub fn get(&self, state: LicenceState) -> i64 {
        LicenceState::ALL
            .iter()
            .position(|s| *s == state)
            .map_or(0, |i| self.counts[i])
    }

    /// Adds another row's counts, keeping the sooner renewal: the totals row.
    pub fn add(&mut self, other: &StateCounts) {
        for (total, count) in self.counts.iter_mut().zip(other.counts) {
            *total += count;
        }
        self.next_renewal = match (self.next_renewal, other.next_renewal) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
}

/// Which organisations a figure covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every licence (an administrator's dashboard).
    Everything,
    /// The licences of these organisations (licences without one are not among them).
    Organisations(Vec<OrganisationId>),
}

/// A primary contact who may not be there when needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InactivePrimary {
    pub role: ContactRole,
    pub email: String,
    pub disabled: bool,
    /// When the account last signed in (Unix seconds); `None` when it never did.
    pub last_sign_in_at: Option<i64>,
    pub created_at: i64,
}

/// Why a licence carries a bus-factor warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// The one person who is a contact; `None` when nobody is.
    SingleContact {
        email: Option<String>,
    },
    /// Its primary contacts that are disabled or have not signed in for a long time.
    PrimaryInactive {
        primaries: Vec<InactivePrimary>,
    },
    NoBilling,
}

/// A licence as the dashboard's details and the report list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceLine {
    pub id: LicenceId,
    pub product: String,
    pub name: String,
    pub sen: Option<String>,
    pub support_expiry: Option<Date>,
}

/// A licence with a warning, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flagged {
    pub licence: LicenceLine,
    pub warning: Warning,
}

/// The licences with one bus-factor warning: the first of them, and how many there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flags {
    pub state: LicenceState,
    pub shown: Vec<Flagged>,
    pub total: i64,
}

impl Flags {
    /// How many are not shown.
    pub fn more(&self) -> i64 {
        self.total - self.shown.len() as i64
    }
}

/// What happened to a licence, as a report tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    Added,
    /// Its support expiry moved.
    Renewed,
    Archived,
    Restored,
    ContactsChanged,
}

impl Change {
    pub const ALL: [Change; 5] = [
        Change::Added,
        Change::Renewed,
        Change::Archived,
        Change::Restored,
        Change::ContactsChanged,
    ];
}

/// One change of a licence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceChange {
    pub change: Change,
    pub at: i64,
    pub licence: LicenceLine,
}

/// The calendar month a day is in, as the report records keep it: `2026-12`.
pub fn month_of(day: Date) -> String {
    format!("{:04}-{:02}", day.year(), day.month())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn totals_add_counts_and_keep_the_sooner_renewal() {
        let mut total = StateCounts::default();
        total.add(&StateCounts {
            counts: [1, 2, 0, 0, 0, 0, 0, 1],
            next_renewal: Some(date(2027, 3, 1)),
        });
        total.add(&StateCounts {
            counts: [3, 0, 1, 0, 0, 0, 0, 0],
            next_renewal: Some(date(2027, 1, 1)),
        });
        total.add(&StateCounts::default());
        assert_eq!(total.get(LicenceState::Active), 4);
        assert_eq!(total.get(LicenceState::NoBilling), 1);
        assert_eq!(total.next_renewal, Some(date(2027, 1, 1)));
    }

    #[test]
    fn a_month_is_year_and_month() {
        assert_eq!(month_of(date(2026, 3, 31)), "2026-03");
    }
}
