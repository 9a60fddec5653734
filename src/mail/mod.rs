//! Mail: every mail is written to the outbox first, in the transaction of the action that
//! causes it; nothing waits for a mail server. With SMTP configured a background thread
//! delivers the outbox, retrying and keeping the last error. Also the expiry reminders, which
//! are mail too.

pub mod background;
pub mod compose;
pub mod delivery;
pub mod eml;
pub mod mailboxes;
pub mod organisation_access;
pub mod organisation_report;
pub mod reminders;

use rusqlite::Connection;

use crate::auth::Token;
use crate::domain::mail::MailKind;
use crate::domain::{AccountId, Email, LicenceId};
use crate::store;

pub use crate::config::MailConfig;

impl MailConfig {
    /// The SMTP server as an administrator may see it: without the user name and password.
    pub fn smtp_server_label(&self) -> Option<String> {
        let url = self.smtp_url.as_deref()?;
        Some(match url.split_once("://") {
            Some((scheme, rest)) => {
                let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
                format!("{scheme}://{host}")
            }
            None => url.to_owned(),
        })
    }
}

/// What a mail needs from the portal: who sends it, and where links point.
#[derive(Debug, Clone, Copy)]
pub struct Sender<'a> {
    pub from: &'a str,
    pub base_url: &'a str,
}

impl Sender<'_> {
    /// An absolute link to a path of the portal.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.base_url.trim_end_matches('/'))
    }
}

/// A mail ready for the outbox.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub kind: MailKind,
    pub to: Email,
    pub account_id: Option<AccountId>,
    pub licence_id: Option<LicenceId>,
    pub subject: String,
    pub body: String,
}

/// Writes a mail to the outbox. Call it inside the transaction of the action it reports.
pub fn queue(
    conn: &Connection,
    sender: Sender<'_>,
    mail: &Outgoing,
    now: i64,
) -> rusqlite::Result<i64> {
    let domain = sender
        .from
        .rsplit_once('@')
        .map(|(_, d)| d.trim_end_matches('>'))
        .filter(|d| !d.is_empty())
        .unwrap_or("licensedesk");
    let message_id = format!("<{}@{domain}>", Token::generate().as_str());
    store::outbox::enqueue(
        conn,
        &store::outbox::NewMail {
            kind: mail.kind.as_str(),
            from_address: sender.from,
            to_address: mail.to.as_str(),
            account_id: mail.account_id,
            licence_id: mail.licence_id,
            subject: &mail.subject,
            body: &mail.body,
            message_id: &message_id,
        },
        now,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_label_hides_credentials() {
        let config = |url: &str| MailConfig {
            smtp_url: Some(url.into()),
            ..MailConfig::default()
        };
        assert_eq!(
            config("smtps://user:secret@mail.example.com:465").smtp_server_label(),
            Some("smtps://mail.example.com:465".into())
        );
        assert_eq!(
            config("smtp://relay:25").smtp_server_label(),
            Some("smtp://relay:25".into())
        );
        assert_eq!(MailConfig::default().smtp_server_label(), None);
    }
}
