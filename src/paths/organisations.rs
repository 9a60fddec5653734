//! The routes of organisations (the customer companies licences belong to): how they print and
//! how they parse. `http::organisations` dispatches on them.

use std::fmt;

use crate::domain::OrganisationId;

use super::{Kind, Query, with_query};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrganisationRoute {
    /// The organisations the viewer reaches (GET), and a new one (POST, administrators).
    List,
    /// One organisation's page.
    Page(OrganisationId),
    /// A new name (POST, administrators).
    Rename(OrganisationId),
    /// Merging into another organisation: the choice, then (with `into`) the confirmation
    /// (GET); the merge itself (POST, `into` in the form).
    Merge {
        id: OrganisationId,
        into: Option<OrganisationId>,
    },
}

impl OrganisationRoute {
    pub fn path(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for OrganisationRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OrganisationRoute::List => f.write_str("/organisations"),
            OrganisationRoute::Page(id) => write!(f, "/organisations/{id}"),
            OrganisationRoute::Rename(id) => write!(f, "/organisations/{id}/rename"),
            OrganisationRoute::Merge { id, into } => {
                let into = into.map(|i| i.to_string());
                f.write_str(&with_query(
                    &format!("/organisations/{id}/merge"),
                    into.as_deref().map(|i| ("into", i)),
                ))
            }
        }
    }
}

/// The organisations half of the routing table (see `super::parse_segments`).
pub(super) fn parse_segments(
    kind: Kind,
    segments: &[&str],
    query: Query<'_>,
) -> Option<OrganisationRoute> {
    use Kind::{Post, Read};
    let id = |raw: &str| raw.parse::<OrganisationId>().ok();
    Some(match (segments, kind) {
        (["organisations"], Read | Post) => OrganisationRoute::List,
        (["organisations", raw], Read) => OrganisationRoute::Page(id(raw)?),
        (["organisations", raw, "rename"], Post) => OrganisationRoute::Rename(id(raw)?),
        (["organisations", raw, "merge"], Read) => OrganisationRoute::Merge {
            id: id(raw)?,
            // Anything but an organisation's number asks again which one.
            into: query.get("into").and_then(id),
        },
        (["organisations", raw, "merge"], Post) => OrganisationRoute::Merge {
            id: id(raw)?,
            into: None,
        },
        _ => return None,
    })
}
