//! The routes of the webhooks' administration, under `/admin/webhooks`: the list with the form
//! that creates one and the latest deliveries, one webhook's page (with its secret), its test
//! event, pausing and resuming it, its deletion (confirmation first), and sending a failed
//! delivery again. How they
//! print and parse; `http::webhooks` dispatches on them.

use std::fmt;

use super::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebhookRoute {
    /// The list (GET) and the creation form's target (POST).
    List,
    /// One webhook's page.
    Page(i64),
    /// Queues a test event for one webhook (POST).
    Test(i64),
    /// The confirmation page (GET) and the deletion (POST).
    Delete(i64),
    /// Pauses or resumes a webhook (POST, `on` = 1 or 0).
    Enabled(i64),
    /// Puts a failed delivery back in the queue (POST).
    RetryDelivery(i64),
}

impl WebhookRoute {
    pub fn path(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for WebhookRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookRoute::List => f.write_str("/admin/webhooks"),
            WebhookRoute::Page(id) => write!(f, "/admin/webhooks/{id}"),
            WebhookRoute::Test(id) => write!(f, "/admin/webhooks/{id}/test"),
            WebhookRoute::Delete(id) => write!(f, "/admin/webhooks/{id}/delete"),
            WebhookRoute::Enabled(id) => write!(f, "/admin/webhooks/{id}/enabled"),
            WebhookRoute::RetryDelivery(id) => {
                write!(f, "/admin/webhooks/deliveries/{id}/retry")
            }
        }
    }
}

/// This part of the routing table (see `super::parse_segments`): the paths under
/// `/admin/webhooks`.
pub(super) fn parse_segments(kind: Kind, segments: &[&str]) -> Option<WebhookRoute> {
    use Kind::{Post, Read};
    let ["admin", "webhooks", rest @ ..] = segments else {
        return None;
    };
    let number = |raw: &str| raw.parse::<i64>().ok().filter(|n| *n > 0);
    Some(match (rest, kind) {
        ([], Read | Post) => WebhookRoute::List,
        (["deliveries", id, "retry"], Post) => WebhookRoute::RetryDelivery(number(id)?),
        ([id], Read) => WebhookRoute::Page(number(id)?),
        ([id, "test"], Post) => WebhookRoute::Test(number(id)?),
        ([id, "delete"], Read | Post) => WebhookRoute::Delete(number(id)?),
        ([id, "enabled"], Post) => WebhookRoute::Enabled(number(id)?),
        _ => return None,
    })
}
