//! Posting the webhook deliveries of the outbox, one at a time, oldest due first: signed with
//! the webhook's secret, a 2xx answer delivered, anything else retried with a growing delay and
//! kept as the last error, as SMTP delivery does for mail.

use std::io::Read;
use std::time::Duration;

use rusqlite::Connection;

use crate::domain::webhooks::{self, Webhook, error_snippet, signature};
use crate::store;

/// A delivery being posted is leased this long, as mail is.
const LEASE_SECONDS: i64 = 300;
/// How long connecting, and then each read or write, may take.
const TIMEOUT: Duration = Duration::from_secs(10);
/// The most one delivery takes from start to end, well inside the outbox's lease on it.
const WHOLE_TIMEOUT: Duration = Duration::from_secs(30);
/// The most of a receiver's answer read, for the last error.
const ANSWER_BYTES: u64 = 1024;

/// Posts the webhook deliveries of the outbox.
pub struct Deliverer {
    agent: ureq::Agent,
    retry_base_seconds: i64,
}

/// What one pass over the due deliveries did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl Deliverer {
    /// `retry_base_seconds` is the first wait after a failed attempt; the later ones are
    /// multiples of it (`domain::webhooks::retry_at`).
    pub fn new(retry_base_seconds: i64) -> Deliverer {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(TIMEOUT)
            .timeout_read(TIMEOUT)
            .timeout_write(TIMEOUT)
            // A receiver that trickles its answer a byte at a time is cut off too: one delivery
            // never holds the thread (and the server's shutdown) longer than this.
            .timeout(WHOLE_TIMEOUT)
            // A receiver that moved is an error to see on the page, not an address to follow.
            .redirects(0)
            .user_agent("licensedesk")
            .build();
        Deliverer {
            agent,
            retry_base_seconds,
        }
    }

    /// Posts every delivery due now.
    pub fn deliver_due(
        &self,
        conn: &Connection,
        now: impl Fn() -> i64,
        stop: impl Fn() -> bool,
    ) -> rusqlite::Result<Pass> {
        let mut pass = Pass::default();
        while !stop() {
            let Some(delivery) = store::webhooks::claim_due(conn, now(), LEASE_SECONDS)? else {
                break;
            };
            let hook = match delivery.webhook_id {
                Some(id) => store::webhooks::by_id(conn, id)?,
                None => None,
            };
            let outcome = match &hook {
                Some(hook) => self.post(hook, delivery.id, &delivery.event, &delivery.body),
                None => Err(Failed {
                    error: "the webhook no longer exists".to_owned(),
                    for_good: true,
                }),
            };
            let at = now();
            match outcome {
                Ok(()) => {
                    store::outbox::mark_sent(conn, delivery.id, at)?;
                    pass.sent += 1;
                }
                Err(Failed { error, for_good }) => {
                    let retry = (!for_good)
                        .then(|| {
                            webhooks::retry_at(at, delivery.attempts + 1, self.retry_base_seconds)
                        })
                        .flatten();
                    if retry.is_some() {
                        pass.retrying += 1;
                    } else {
                        pass.failed += 1;
                    }
                    store::outbox::mark_attempt_failed(conn, delivery.id, at, &error, retry)?;
                }
            }
        }
        Ok(pass)
    }

    /// One attempt: a 2xx answer is delivered; anything else is the error to keep.
    fn post(&self, hook: &Webhook, id: i64, event: &str, body: &str) -> Result<(), Failed> {
        let answer = self
            .agent
            .post(&hook.url)
            .set("Content-Type", "application/json")
            .set("X-Licensedesk-Event", event)
            .set("X-Licensedesk-Delivery", &id.to_string())
            .set(
                "X-Licensedesk-Signature",
                &signature(&hook.secret, body.as_bytes()),
            )
            .send_bytes(body.as_bytes());
        let response = match answer {
            Ok(response) => response,
            Err(ureq::Error::Status(_, response)) => response,
            Err(ureq::Error::Transport(transport)) => {
                return Err(Failed {
                    error: transport_error(&transport),
                    for_good: false,
                });
            }
        };
        let status = response.status();
        // Whatever the answer's encoding, and cut wherever, its start is kept readable.
        let mut bytes = Vec::new();
        let _ = response
            .into_reader()
            .take(ANSWER_BYTES)
            .read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes);
        if (200..300).contains(&status) {
            Ok(())
        } else {
            Err(Failed {
                error: error_snippet(status, &text),
                for_good: refused_for_good(status),
            })
        }
    }
}

/// An attempt that did not deliver: the error to keep, and whether trying again could help.
struct Failed {
    error: String,
    for_good: bool,
}

/// Whether a receiver's status refuses the delivery for good: a 4xx says the request itself
/// is wrong (Slack answers 404 for a hook that was removed, 410 for one archived), which the
/// same request again will not mend; a timeout (408), "too early" (425) or "too many" (429)
/// is worth trying later, as every 5xx is.
fn refused_for_good(status: u16) -> bool {
    (400..500).contains(&status) && !matches!(status, 408 | 425 | 429)
}

/// A network error on one line, without the address (which the page shows beside it).
fn transport_error(transport: &ureq::Transport) -> String {
    let kind = transport.kind().to_string();
    let message: String = transport
        .message()
        .map(|m| m.chars().filter(|c| !c.is_control()).take(200).collect())
        .unwrap_or_default();
    if message.is_empty() {
        kind
    } else {
        format!("{kind}: {message}")
    }
}
