//! The routes of an organisation's managers and consultants: the page that lists them, and
//! the forms that add and remove managers and grant and revoke consultants' access. How they
//! print and how they parse; `http::organisation_people` dispatches on them.

use std::fmt;

use crate::domain::{AccountId, OrganisationId};

use super::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccessRoute {
    /// The managers and consultants of an organisation.
    People(OrganisationId),
    /// Adding a manager (POST).
    Managers(OrganisationId),
    /// Removing a manager: the confirmation page (GET) and the removal (POST).
    RemoveManager(OrganisationId, AccountId),
    /// Granting a consultant access (POST).
    Grants(OrganisationId),
    /// Ending a consultant's access early: the confirmation page (GET) and the revocation
    /// (POST).
    RevokeGrant(OrganisationId, i64),
}

impl AccessRoute {
    pub fn path(&self) -> String {
        self.to_string()
    }

    /// The organisation the route is about.
    pub fn organisation(&self) -> OrganisationId {
        match self {
            AccessRoute::People(id)
            | AccessRoute::Managers(id)
            | AccessRoute::RemoveManager(id, _)
            | AccessRoute::Grants(id)
            | AccessRoute::RevokeGrant(id, _) => *id,
        }
    }
}

impl fmt::Display for AccessRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccessRoute::People(id) => write!(f, "/organisations/{id}/people"),
            AccessRoute::Managers(id) => write!(f, "/organisations/{id}/managers"),
            AccessRoute::RemoveManager(id, account) => {
                write!(f, "/organisations/{id}/managers/{account}/remove")
            }
            AccessRoute::Grants(id) => write!(f, "/organisations/{id}/grants"),
            AccessRoute::RevokeGrant(id, grant) => {
                write!(f, "/organisations/{id}/grants/{grant}/revoke")
            }
        }
    }
}

/// This part of the routing table (see `super::parse_segments`): the paths under
/// `/organisations/{id}/` that name people.
pub(super) fn parse_segments(kind: Kind, segments: &[&str]) -> Option<AccessRoute> {
    use Kind::{Post, Read};
    let ["organisations", raw, rest @ ..] = segments else {
        return None;
    };
    let id: OrganisationId = raw.parse().ok()?;
    Some(match (rest, kind) {
        (["people"], Read) => AccessRoute::People(id),
        (["managers"], Post) => AccessRoute::Managers(id),
        (["managers", account, "remove"], Read | Post) => {
            AccessRoute::RemoveManager(id, account.parse().ok()?)
        }
        (["grants"], Post) => AccessRoute::Grants(id),
        (["grants", grant, "revoke"], Read | Post) => {
            AccessRoute::RevokeGrant(id, grant.parse().ok()?)
        }
        _ => return None,
    })
}
