//! A mail of the outbox as an RFC 5322 message: the bytes sent over SMTP and the `.eml` files
//! an administrator downloads or exports are the same.

use std::time::{Duration, SystemTime};

use lettre::Message;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;

use crate::domain::OutboxMail;

#[derive(Debug, thiserror::Error)]
pub enum EmlError {
    #[error("the address {address:?} cannot be used in a mail: {reason}")]
    Address { address: String, reason: String },
    #[error("the mail cannot be built: {0}")]
    Build(String),
}

fn mailbox(address: &str) -> Result<Mailbox, EmlError> {
    address.parse::<Mailbox>().map_err(|e| EmlError::Address {
        address: address.to_owned(),
        reason: e.to_string(),
    })
}

/// Checks a sender address when the server starts, so that a typo is found before any mail.
pub fn check_from(address: &str) -> Result<(), EmlError> {
    mailbox(address).map(|_| ())
}

pub fn message(mail: &OutboxMail) -> Result<Message, EmlError> {
    let date = SystemTime::UNIX_EPOCH + Duration::from_secs(mail.created_at.max(0).unsigned_abs());
    Message::builder()
        .from(mailbox(&mail.from_address)?)
        .to(mailbox(&mail.to_address)?)
        .subject(mail.subject.as_str())
        .date(date)
        .message_id(Some(mail.message_id.clone()))
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| EmlError::Build(e.to_string()))
}

/// The message as the bytes of an `.eml` file.
pub fn bytes(mail: &OutboxMail) -> Result<Vec<u8>, EmlError> {
    Ok(message(mail)?.formatted())
}

/// The file name a mail is downloaded or exported as: its number and kind, sortable.
pub fn file_name(mail: &OutboxMail) -> String {
    let kind: String = mail
        .kind
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("mail-{:06}-{kind}.eml", mail.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::MailState;

    pub fn sample() -> OutboxMail {
        OutboxMail {
            id: 7,
            created_at: 1_795_000_000,
            kind: "reset".into(),
            from_address: "licensedesk@example.com".into(),
            to_address: "ann@example.com".into(),
            account_id: None,
            licence_id: None,
            subject: "Réinitialiser".into(),
            body: "Choose a new password:\nhttp://127.0.0.1:8080/reset/abc\n".into(),
            message_id: "<abc@example.com>".into(),
            state: MailState::Queued,
            attempts: 0,
            next_attempt_at: 0,
            last_attempt_at: None,
            last_error: None,
            sent_at: None,
        }
    }

    #[test]
    fn an_outbox_mail_becomes_a_standard_message() {
        let text = String::from_utf8(bytes(&sample()).unwrap()).unwrap();
        assert!(text.contains("From: licensedesk@example.com\r\n"), "{text}");
        assert!(text.contains("To: ann@example.com\r\n"), "{text}");
        assert!(text.contains("Message-ID: <abc@example.com>\r\n"), "{text}");
        assert!(
            text.contains("Content-Type: text/plain; charset=utf-8"),
            "{text}"
        );
        // The non-ASCII subject is encoded, the link is intact.
        assert!(text.contains("Subject: =?utf-8?"), "{text}");
        assert!(text.contains("http://127.0.0.1:8080/reset/abc"), "{text}");
        assert_eq!(file_name(&sample()), "mail-000007-reset.eml");
    }

    #[test]
    fn a_bad_address_is_an_error_not_a_panic() {
        let mut mail = sample();
        mail.to_address = "not an address".into();
        assert!(matches!(bytes(&mail), Err(EmlError::Address { .. })));
        assert!(check_from("licensedesk@localhost").is_ok());
        assert!(check_from("nope").is_err());
    }
}
