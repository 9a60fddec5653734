//! What the administrators' accounts page shows: each account with what it is a contact of,
//! and the licences whose primary contact can no longer act.

use super::{Account, ContactRole, LicenceId};

/// An account as the administrator's list shows it.
#[derive(Debug, Clone)]
pub struct AccountSummary {
    pub account: Account,
    pub licences: i64,
    pub primary_of: i64,
}

/// A licence whose primary contact cannot act any more (seed 003: the primary left the company
/// and an administrator disabled the account).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrphanedPrimary {
    pub licence_id: LicenceId,
    pub sen: Option<String>,
    pub name: String,
    pub role: ContactRole,
    pub primary_email: String,
}
