//! An entry of the audit log as the administrators' audit page shows it.

use super::{AccountId, LicenceId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub client_addr: Option<String>,
    pub action: String,
    pub licence_id: Option<LicenceId>,
    pub subject_account_id: Option<AccountId>,
    pub detail: String,
    pub before: Option<String>,
    pub after: Option<String>,
}
