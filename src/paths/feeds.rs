//! The routes of the calendar feed (its secret address, and the account page's forms that make
//! and end it) and of the auditors' CSV downloads: how they print and how they parse.
//! `http::feeds` dispatches on them.

use std::fmt;

use super::people::AuditQuery;
use super::{Kind, Query, QueryError, segment, with_query};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedRoute {
    /// The calendar of the account whose feed has this secret (as it stands in the address,
    /// checked by the handler).
    Calendar(String),
    /// A new feed address for the signed-in account (POST), replacing the one it had.
    AccountCalendar,
    /// The confirmation page before ending the feed (GET), and ending it (POST).
    AccountCalendarRevoke,
    /// The audit log's entries the filters find, as CSV (administrators).
    AuditCsv(AuditQuery),
    /// The orders the viewer sees on the orders page, as CSV.
    OrdersCsv,
}

/// The file-name ending of the feed's address: calendar programs recognise it.
const ICS: &str = ".ics";

impl fmt::Display for FeedRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FeedRoute::Calendar(secret) => write!(f, "/calendar/{}{ICS}", segment(secret)),
            FeedRoute::AccountCalendar => f.write_str("/account/calendar"),
            FeedRoute::AccountCalendarRevoke => f.write_str("/account/calendar/revoke"),
            FeedRoute::AuditCsv(query) => {
                let pairs = [
                    ("licence", query.licence.as_str()),
                    ("account", query.account.as_str()),
                    ("action", query.action.as_str()),
                    ("from", query.from.as_str()),
                    ("to", query.to.as_str()),
                ];
                let pairs = pairs.into_iter().filter(|(_, value)| !value.is_empty());
                f.write_str(&with_query("/admin/audit.csv", pairs))
            }
            FeedRoute::OrdersCsv => f.write_str("/orders.csv"),
        }
    }
}

impl FeedRoute {
    pub fn path(&self) -> String {
        self.to_string()
    }

    /// The download of the audit log with the filters of this page of it.
    pub fn audit_csv(query: &AuditQuery) -> FeedRoute {
        FeedRoute::AuditCsv(AuditQuery {
            page: 1,
            ..query.clone()
        })
    }
}

/// The feeds' part of the routing table (see `super::parse_segments`): `None` for a path that
/// is not one of theirs.
pub(super) fn parse_segments(
    kind: Kind,
    segments: &[&str],
    query: Query<'_>,
) -> Result<Option<FeedRoute>, QueryError> {
    use Kind::{Post, Read};
    let route = match (segments, kind) {
        (["calendar", file], Read) => match file.strip_suffix(ICS) {
            Some(secret) => FeedRoute::Calendar(secret.to_owned()),
            None => return Ok(None),
        },
        (["account", "calendar"], Post) => FeedRoute::AccountCalendar,
        (["account", "calendar", "revoke"], Read | Post) => FeedRoute::AccountCalendarRevoke,
        (["admin", "audit.csv"], Read) => {
            let text = |name| query.get(name).unwrap_or("").trim().to_owned();
            FeedRoute::AuditCsv(AuditQuery {
                licence: text("licence"),
                account: text("account"),
                action: text("action"),
                from: text("from"),
                to: text("to"),
                page: 1,
            })
        }
        (["orders.csv"], Read) => FeedRoute::OrdersCsv,
        _ => return Ok(None),
    };
    Ok(Some(route))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_download_carries_the_filters_but_not_the_page() {
        let query = AuditQuery {
            licence: "SEN-1".into(),
            action: "sign-in".into(),
            page: 3,
            ..AuditQuery::default()
        };
        assert_eq!(
            FeedRoute::audit_csv(&query).path(),
            "/admin/audit.csv?licence=SEN-1&action=sign-in"
        );
        assert_eq!(
            FeedRoute::Calendar("abc_-1".into()).path(),
            "/calendar/abc_-1.ics"
        );
    }
}
