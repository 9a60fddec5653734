//! The routes of role mailboxes: adding and removing an organisation's (from its page) and the
//! portal's own (under Admin). How they print and how they parse; `http::mailboxes`
//! dispatches on them.

use std::fmt;

use crate::domain::OrganisationId;

use super::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailboxRoute {
    /// The portal's mailboxes (GET) and a new one (POST); administrators only.
    Portal,
    /// Removing one of the portal's mailboxes: the confirmation page (GET) and the removal
    /// (POST).
    RemovePortal(i64),
    /// A new mailbox of an organisation (POST); its list is on the organisation's page.
    Add(OrganisationId),
    /// Removing one of an organisation's mailboxes: the confirmation page (GET) and the
    /// removal (POST).
    Remove(OrganisationId, i64),
}

impl MailboxRoute {
    pub fn path(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for MailboxRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MailboxRoute::Portal => f.write_str("/admin/mailboxes"),
            MailboxRoute::RemovePortal(id) => write!(f, "/admin/mailboxes/{id}/remove"),
            MailboxRoute::Add(id) => write!(f, "/organisations/{id}/mailboxes"),
            MailboxRoute::Remove(id, mailbox) => {
                write!(f, "/organisations/{id}/mailboxes/{mailbox}/remove")
            }
        }
    }
}

/// This part of the routing table (see `super::parse_segments`): `/admin/mailboxes...` and
/// `/organisations/{id}/mailboxes...`.
pub(super) fn parse_segments(kind: Kind, segments: &[&str]) -> Option<MailboxRoute> {
    use Kind::{Post, Read};
    Some(match (segments, kind) {
        (["admin", "mailboxes"], Read | Post) => MailboxRoute::Portal,
        (["admin", "mailboxes", id, "remove"], Read | Post) => {
            MailboxRoute::RemovePortal(id.parse().ok()?)
        }
        (["organisations", id, "mailboxes"], Post) => MailboxRoute::Add(id.parse().ok()?),
        (["organisations", id, "mailboxes", mailbox, "remove"], Read | Post) => {
            MailboxRoute::Remove(id.parse().ok()?, mailbox.parse().ok()?)
        }
        _ => return None,
    })
}
