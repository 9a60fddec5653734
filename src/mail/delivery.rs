//! SMTP delivery of the outbox: one mail at a time, oldest due first. A transient failure is
//! retried later with a growing delay; a permanent one (5xx), or the last allowed attempt,
//! marks the mail failed. The error of the last attempt is kept on the mail either way.

use lettre::{SmtpTransport, Transport};
use rusqlite::Connection;

use super::{MailConfig, eml};
use crate::domain::mail::retry_at;
use crate::store;

/// A mail being sent is leased this long: should the process die mid-send, it is tried again
/// after the lease rather than never.
const LEASE_SECONDS: i64 = 300;
/// How long one SMTP conversation may take.
const SMTP_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
#[error(
    "the SMTP URL is not usable ({reason}); expected smtp://host:port, smtp://host?tls=required or smtps://user:password@host"
)]
pub struct SmtpUrlError {
    reason: String,
}

pub struct Deliverer {
    transport: SmtpTransport,
    retry_base_seconds: i64,
    max_attempts: i64,
}

/// What one pass over the due mail did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl Deliverer {
    /// The deliverer for a configuration; `None` when no SMTP server is configured.
    pub fn new(config: &MailConfig) -> Result<Option<Deliverer>, SmtpUrlError> {
        let Some(url) = config.smtp_url.as_deref() else {
            return Ok(None);
        };
        let transport = SmtpTransport::from_url(url)
            .map_err(|e| SmtpUrlError {
                reason: e.to_string(),
            })?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        Ok(Some(Deliverer {
            transport,
            retry_base_seconds: config.retry_base_seconds,
            max_attempts: config.max_attempts.max(1),
        }))
    }

    /// Sends every mail due now. `now` is read again for each mail: a slow server should not
    /// make the next mail look older than it is.
    pub fn deliver_due(
        &self,
        conn: &Connection,
        now: impl Fn() -> i64,
        stop: impl Fn() -> bool,
    ) -> rusqlite::Result<Pass> {
        let mut pass = Pass::default();
        while !stop() {
            let Some(mail) = store::outbox::claim_due(conn, now(), LEASE_SECONDS)? else {
                break;
            };
            let outcome = match eml::message(&mail) {
                Ok(message) => self.transport.send(&message).map(|_| ()).map_err(|e| {
                    let permanent = e.is_permanent();
                    (e.to_string(), permanent)
                }),
                Err(e) => Err((e.to_string(), true)),
            };
            let at = now();
            match outcome {
                Ok(()) => {
                    store::outbox::mark_sent(conn, mail.id, at)?;
                    pass.sent += 1;
                }
                Err((error, permanent)) => {
                    let attempts = mail.attempts + 1;
                    let retry = if permanent {
                        None
                    } else {
                        retry_at(at, attempts, self.retry_base_seconds, self.max_attempts)
                    };
                    if retry.is_some() {
                        pass.retrying += 1;
                    } else {
                        pass.failed += 1;
                    }
                    store::outbox::mark_attempt_failed(conn, mail.id, at, &error, retry)?;
                }
            }
        }
        Ok(pass)
    }
}
