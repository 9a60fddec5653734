//! Role mailboxes: addresses such as `licences@customer.example` that receive an
//! organisation's reminders and notices (or, without an organisation, the whole portal's)
//! without being accounts. They sign in nowhere, so no mail to one carries an account's link.

use super::{Email, Language, OrganisationId};

/// One role mailbox as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleMailbox {
    pub id: i64,
    /// `None`: one of the portal's own mailboxes.
    pub organisation_id: Option<OrganisationId>,
    pub address: Email,
    /// The language its mails are written in.
    pub language: Language,
    pub created_at: i64,
    /// Who added it, as the audit log names actors.
    pub created_by: String,
}
