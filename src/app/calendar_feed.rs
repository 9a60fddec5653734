//! The calendar feed: one secret address per account that a calendar program subscribes to,
//! with the support end, licence expiry and evaluation end of every licence the account sees
//! now, and reminders at the thresholds the reminder mails use. Making, replacing and ending the
//! address are audited; reading the feed changes nothing.
//!
//! The address carries a [`Token`]; the database keeps only its SHA-256, so a copy of it opens
//! no feed. Anything that is not a live feed of an active account (a malformed, unknown,
//! replaced or ended secret, a disabled account) is answered the same: nothing.

use rusqlite::Connection;

use super::write;
use crate::auth::Token;
use crate::domain::reminders::{EVALUATION_DAYS, SUPPORT_DAYS};
use crate::domain::{Account, AccountState, Actor, Licence, Viewer};
use crate::error::AppResult;
use crate::store::{self, audit};

/// An account's feed as it reads now: the account, and the licences it sees that are not
/// archived, in id order.
#[derive(Debug, Clone)]
pub struct Feed {
    pub account: Account,
    pub licences: Vec<Licence>,
}

/// Gives the account a new feed address and returns its secret, to be shown once. An address
/// it had stops working.
pub fn create(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    now: i64,
) -> AppResult<Token> {
    let token = Token::generate();
    let tx = write(conn)?;
    let replaced = store::calendar_feeds::replace(&tx, account.id, &token.hash(), now)?;
    let action = if replaced {
        "calendar-feed-regenerated"
    } else {
        "calendar-feed-created"
    };
    audit::record(
        &tx,
        &audit::Entry {
            subject_account_id: Some(account.id),
            ..audit::Entry::new(actor, action)
        },
        now,
    )?;
    tx.commit()?;
    Ok(token)
}

/// Ends the account's feed; `false` (and nothing recorded) when it had none.
pub fn revoke(
    conn: &mut Connection,
    actor: &Actor,
    account: &Account,
    now: i64,
) -> AppResult<bool> {
    let tx = write(conn)?;
    let removed = store::calendar_feeds::remove(&tx, account.id)?;
    if removed {
        audit::record(
            &tx,
            &audit::Entry {
                subject_account_id: Some(account.id),
                ..audit::Entry::new(actor, "calendar-feed-revoked")
            },
            now,
        )?;
    }
    tx.commit()?;
    Ok(removed)
}

/// The feed a secret opens, as the account would see its licences now; `None` for anything
/// but the live secret of an active account.
pub fn open(conn: &Connection, secret: &str) -> AppResult<Option<Feed>> {
    let Some(token) = Token::from_client(secret) else {
        return Ok(None);
    };
    let Some(account) = store::calendar_feeds::account_of(conn, &token.hash())? else {
        return Ok(None);
    };
    if account.state != AccountState::Active {
        return Ok(None);
    }
    let licences = store::licences::all_visible(conn, Viewer::of(&account))?
        .into_iter()
        .filter(|licence| !licence.archived)
        .collect();
    Ok(Some(Feed { account, licences }))
}

/// The host of the portal's base URL (`licences.example.com`), which makes the events' UIDs
/// unique to this portal.
pub fn host_of(base_url: &str) -> &str {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.starts_with('[') {
        // An IPv6 address keeps its colons; only a port after the bracket is cut.
        host.split_once(']')
            .map_or(host, |(inner, _)| &host[..inner.len() + 1])
    } else {
        host.split(':').next().unwrap_or(host)
    }
}

/// What an event of the feed marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    SupportEnd,
    LicenceExpiry,
    EvaluationEnd,
}

impl Marks {
    /// The code in the event's UID.
    pub fn code(self) -> &'static str {
        match self {
            Marks::SupportEnd => "support",
            Marks::LicenceExpiry => "licence",
            Marks::EvaluationEnd => "evaluation",
        }
    }

    /// Days before the date at which the event reminds: those of the reminder mails.
    pub fn thresholds(self) -> &'static [i32] {
        match self {
            Marks::SupportEnd | Marks::LicenceExpiry => &SUPPORT_DAYS,
            Marks::EvaluationEnd => &EVALUATION_DAYS,
        }
    }
}

/// One all-day event of the feed: a date a licence marks.
#[derive(Debug, Clone, Copy)]
pub struct FeedEvent<'a> {
    pub licence: &'a Licence,
    pub marks: Marks,
    pub date: jiff::civil::Date,
}

impl Feed {
    /// The feed's events, licence by licence: an evaluation's end (its licence expiry, which
    /// the evaluation reminders count towards); for any other licence its support end and,
    /// when it has one, its licence expiry (a subscription's renewal).
    pub fn events(&self) -> Vec<FeedEvent<'_>> {
        let mut events = Vec::new();
        for licence in &self.licences {
            let event = |marks, date| FeedEvent {
                licence,
                marks,
                date,
            };
            if licence.is_evaluation {
                if let Some(end) = licence.licence_expiry.or(licence.support_expiry) {
                    events.push(event(Marks::EvaluationEnd, end));
                }
                continue;
            }
            if let Some(date) = licence.support_expiry {
                events.push(event(Marks::SupportEnd, date));
            }
            if let Some(date) = licence.licence_expiry {
                events.push(event(Marks::LicenceExpiry, date));
            }
        }
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceFields;
    use jiff::civil::date;

    #[test]
    fn the_host_of_a_base_url() {
        assert_eq!(
            host_of("https://licences.example.com"),
            "licences.example.com"
        );
        assert_eq!(host_of("http://127.0.0.1:8080/"), "127.0.0.1");
        assert_eq!(host_of("http://[::1]:8080/portal"), "[::1]");
        assert_eq!(host_of("https://user@desk.example:443/x"), "desk.example");
    }

    #[test]
    fn an_evaluation_marks_its_end_and_a_subscription_both_dates() {
        let account = crate::domain::Account {
            id: crate::domain::AccountId(1),
            email: crate::domain::Email::parse("a@x.com").unwrap(),
            display_name: String::new(),
            language: "en".into(),
            is_admin: false,
            state: AccountState::Active,
            created_at: 0,
            last_sign_in_at: None,
        };
        let feed = Feed {
            account,
            licences: vec![
                Licence::read_back(
                    1,
                    LicenceFields {
                        is_evaluation: true,
                        support_expiry: Some(date(2027, 1, 10)),
                        licence_expiry: Some(date(2027, 1, 10)),
                        ..LicenceFields::sample("SEN-L-1")
                    },
                ),
                Licence::read_back(
                    2,
                    LicenceFields {
                        support_expiry: Some(date(2027, 6, 30)),
                        licence_expiry: Some(date(2027, 7, 1)),
                        ..LicenceFields::sample("SEN-2")
                    },
                ),
                Licence::read_back(
                    3,
                    LicenceFields {
                        support_expiry: None,
                        licence_expiry: None,
                        ..LicenceFields::sample("SEN-3")
                    },
                ),
            ],
        };
        let events: Vec<(i64, Marks, jiff::civil::Date)> = feed
            .events()
            .iter()
            .map(|e| (e.licence.id.0, e.marks, e.date))
            .collect();
        assert_eq!(
            events,
            [
                (1, Marks::EvaluationEnd, date(2027, 1, 10)),
                (2, Marks::SupportEnd, date(2027, 6, 30)),
                (2, Marks::LicenceExpiry, date(2027, 7, 1)),
            ]
        );
        assert_eq!(Marks::EvaluationEnd.thresholds(), [7, 1]);
    }
}
