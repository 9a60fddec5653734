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

/// At most this many mails go into one download of the outbox as a zip: the zip is made in
/// memory, so this bounds it (a mail is a few kilobytes; `licensedesk outbox export` writes
/// any number to a folder).
pub const ZIP_MAX_MAILS: i64 = 5_000;

/// Too many mails for one zip: how many there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyMails(pub i64);

/// A time as a zip entry's date, when zip can hold it (1980 to 2107).
fn zip_time(unix: i64) -> Option<zip::DateTime> {
    let at = jiff::Timestamp::from_second(unix)
        .ok()?
        .to_zoned(jiff::tz::TimeZone::UTC);
    let small = |n: i8| u8::try_from(n).ok();
    zip::DateTime::from_date_and_time(
        u16::try_from(at.year()).ok()?,
        small(at.month())?,
        small(at.day())?,
        small(at.hour())?,
        small(at.minute())?,
        small(at.second())?,
    )
    .ok()
}

/// Every mail of the outbox (of one state, or all) as `.eml` files in a zip, named as
/// `licensedesk outbox export` names them; a mail that cannot be made a message is left out,
/// as the export leaves it out. At most [`ZIP_MAX_MAILS`] mails, one in memory at a time.
pub fn zip(
    conn: &rusqlite::Connection,
    state: Option<crate::domain::MailState>,
) -> crate::error::AppResult<Result<Vec<u8>, TooManyMails>> {
    use crate::error::AppError;
    use std::io::Write;
    let count = crate::store::outbox::count(conn, state)?;
    if count > ZIP_MAX_MAILS {
        return Ok(Err(TooManyMails(count)));
    }
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut failed: Option<String> = None;
    crate::store::outbox::for_each(conn, state, ZIP_MAX_MAILS, &mut |mail| {
        if failed.is_some() {
            return;
        }
        let Ok(bytes) = bytes(&mail) else {
            return;
        };
        // Each file carries the mail's own date (zip keeps local time without a zone: UTC here).
        let options = match zip_time(mail.created_at) {
            Some(time) => options.last_modified_time(time),
            None => options,
        };
        let written = writer
            .start_file(file_name(&mail), options)
            .map_err(|e| e.to_string())
            .and_then(|()| writer.write_all(&bytes).map_err(|e| e.to_string()));
        if let Err(e) = written {
            failed = Some(e);
        }
    })?;
    if let Some(e) = failed {
        return Err(AppError::Internal(format!("zip: {e}")));
    }
    let cursor = writer
        .finish()
        .map_err(|e| AppError::Internal(format!("zip: {e}")))?;
    Ok(Ok(cursor.into_inner()))
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
