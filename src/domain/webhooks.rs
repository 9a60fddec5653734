//! Webhooks: the events a webhook may want, its formats, what makes an address acceptable, the
//! bodies each format posts, their signature, and when a failed delivery is tried again.

use hmac::{Hmac, Mac};
use jiff::civil::Date;
use serde_json::{Value, json};
use sha2::Sha256;

use super::{AccountId, Language, LicenceId, MailState, OrganisationId};

/// The longest address a webhook takes, in characters.
pub const URL_MAX_CHARS: usize = 2000;

/// The most characters of a receiver's answer kept as a delivery's last error.
pub const ERROR_SNIPPET_CHARS: usize = 200;

/// What a webhook is told of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WebhookEvent {
    /// Support ends in one of the reminders' numbers of days.
    SupportExpiring,
    /// A licence's (or an evaluation's) expiry date has come.
    LicenceExpired,
    /// An evaluation ends in one of its reminders' numbers of days.
    EvaluationEnding,
    /// A licence has a new primary contact.
    PrimaryChanged,
    /// An import was applied.
    ImportApplied,
    /// A diagnosis with findings was recorded.
    DiagnosisFindings,
    /// Sent by an administrator from the webhook's page, to try the receiver; never chosen.
    Test,
}

impl WebhookEvent {
    /// The events a webhook may choose.
    pub const ALL: [WebhookEvent; 6] = [
        WebhookEvent::SupportExpiring,
        WebhookEvent::LicenceExpired,
        WebhookEvent::EvaluationEnding,
        WebhookEvent::PrimaryChanged,
        WebhookEvent::ImportApplied,
        WebhookEvent::DiagnosisFindings,
    ];

    /// The event's code: in payloads, the `X-Licensedesk-Event` header and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            WebhookEvent::SupportExpiring => "support-expiring",
            WebhookEvent::LicenceExpired => "licence-expired",
            WebhookEvent::EvaluationEnding => "evaluation-ending",
            WebhookEvent::PrimaryChanged => "primary-changed",
            WebhookEvent::ImportApplied => "import-applied",
            WebhookEvent::DiagnosisFindings => "diagnosis-findings",
            WebhookEvent::Test => "test",
        }
    }

    pub fn parse(code: &str) -> Option<WebhookEvent> {
        WebhookEvent::ALL.into_iter().find(|e| e.as_str() == code)
    }

    /// The event of a delivery: one a webhook may want, or the test event an administrator
    /// sends from its page.
    pub fn of_delivery(code: &str) -> Option<WebhookEvent> {
        WebhookEvent::parse(code)
            .or_else(|| (code == WebhookEvent::Test.as_str()).then_some(WebhookEvent::Test))
    }

    /// Events as the database keeps them: codes separated by commas.
    pub fn join(events: &[WebhookEvent]) -> String {
        let codes: Vec<&str> = events.iter().map(|e| e.as_str()).collect();
        codes.join(",")
    }

    /// The codes of [`WebhookEvent::join`] read back; unknown ones are left out.
    pub fn split(codes: &str) -> Vec<WebhookEvent> {
        codes.split(',').filter_map(WebhookEvent::parse).collect()
    }
}

/// What a webhook's body looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WebhookFormat {
    /// Our own JSON, for any receiver.
    Json,
    /// A Slack incoming webhook's message.
    Slack,
    /// A Microsoft Teams message with an Adaptive Card.
    Teams,
}

impl WebhookFormat {
    pub const ALL: [WebhookFormat; 3] = [
        WebhookFormat::Json,
        WebhookFormat::Slack,
        WebhookFormat::Teams,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            WebhookFormat::Json => "json",
            WebhookFormat::Slack => "slack",
            WebhookFormat::Teams => "teams",
        }
    }

    pub fn parse(code: &str) -> Option<WebhookFormat> {
        WebhookFormat::ALL.into_iter().find(|f| f.as_str() == code)
    }
}

/// A webhook as the portal keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Webhook {
    pub id: i64,
    /// `None`: the whole portal's events.
    pub organisation_id: Option<OrganisationId>,
    pub url: String,
    pub format: WebhookFormat,
    pub events: Vec<WebhookEvent>,
    /// The key of the signature header, shown to administrators for the receiver.
    pub secret: String,
    /// The language its texts are written in: the portal's default when it was created.
    pub language: Language,
    /// The portal's address its links start with.
    pub portal_url: String,
    pub enabled: bool,
    pub created_at: i64,
    pub created_by: Option<AccountId>,
}

impl Webhook {
    pub fn wants(&self, event: WebhookEvent) -> bool {
        self.enabled && self.events.contains(&event)
    }
}

/// A webhook delivery as the outbox keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub created_at: i64,
    /// `None` once its webhook was deleted.
    pub webhook_id: Option<i64>,
    pub url: String,
    /// The event's code.
    pub event: String,
    pub body: String,
    pub state: MailState,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_attempt_at: Option<i64>,
    pub last_error: Option<String>,
    pub sent_at: Option<i64>,
}

/// Why an address cannot be a webhook's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlError {
    Empty,
    TooLong,
    /// Neither `http://` nor `https://`.
    Scheme,
    /// No host after the scheme.
    NoHost,
    /// A user name or password in the address (`user:password@host`): secrets belong in the
    /// signature, not in an address shown on pages.
    Credentials,
    /// Blanks or control characters.
    Characters,
}

/// The address of a webhook, trimmed: http or https, a host, no credentials, at most
/// [`URL_MAX_CHARS`] characters.
pub fn check_url(raw: &str) -> Result<String, UrlError> {
    let url = raw.trim();
    if url.is_empty() {
        return Err(UrlError::Empty);
    }
    if url.chars().count() > URL_MAX_CHARS {
        return Err(UrlError::TooLong);
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(UrlError::Characters);
    }
    let lower = url.to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url["https://".len()..]
    } else if lower.starts_with("http://") {
        &url["http://".len()..]
    } else {
        return Err(UrlError::Scheme);
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') {
        return Err(UrlError::Credentials);
    }
    let host = authority
        .rsplit_once(':')
        .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
        .map_or(authority, |(host, _)| host);
    if host.is_empty() {
        return Err(UrlError::NoHost);
    }
    Ok(url.to_owned())
}

/// A webhook's address as the audit log and the pages' lists keep it: its scheme and host only.
/// Slack's and Teams' addresses carry their secret in the path, and an audit entry outlives
/// the webhook (and goes to auditors as CSV).
pub fn redacted_url(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let hidden = if rest.len() > authority.len() {
        "/…"
    } else {
        ""
    };
    format!("{scheme}://{authority}{hidden}")
}

/// The licence an event is about, as payloads describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceSummary {
    pub id: LicenceId,
    pub sen: Option<String>,
    pub product: String,
    pub name: String,
    pub organisation: Option<String>,
    pub support_expiry: Option<Date>,
    pub licence_expiry: Option<Date>,
    /// The licence's page on the portal.
    pub url: String,
}

/// One event as a webhook is told of it: `text` is the readable line (in the webhook's
/// language), `link` where it leads.
pub struct Message<'a> {
    pub event: WebhookEvent,
    /// RFC 3339.
    pub occurred_at: &'a str,
    pub portal: &'a str,
    pub licence: Option<&'a LicenceSummary>,
    pub details: &'a Value,
    pub text: &'a str,
    pub link: &'a str,
}

/// The body a webhook of `format` is posted.
pub fn payload(format: WebhookFormat, message: &Message<'_>) -> String {
    let value = match format {
        WebhookFormat::Json => json!({
            "event": message.event.as_str(),
            "occurred_at": message.occurred_at,
            "portal": message.portal,
            "licence": message.licence.map(|l| json!({
                "id": l.id.0,
                "sen": l.sen,
                "product": l.product,
                "name": l.name,
                "organisation": l.organisation,
                "support_expiry": l.support_expiry.map(|d| d.to_string()),
                "licence_expiry": l.licence_expiry.map(|d| d.to_string()),
                "url": l.url,
            })),
            "details": message.details,
        }),
        // Slack's own link markup: `<address|label>`; its label may not hold `|` or `>`.
        WebhookFormat::Slack => json!({
            "text": format!(
                "{} <{}|{}>",
                slack_text(message.text),
                message.link,
                message.link.replace(['|', '>', '<'], "")
            ),
        }),
        WebhookFormat::Teams => json!({
            "type": "message",
            "attachments": [{
                "contentType": "application/vnd.microsoft.card.adaptive",
                "contentUrl": null,
                "content": {
                    "type": "AdaptiveCard",
                    "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "version": "1.4",
                    "body": [{
                        "type": "TextBlock",
                        "text": teams_text(message.text),
                        "wrap": true,
                    }],
                    "actions": [{
                        "type": "Action.OpenUrl",
                        "title": "licensedesk",
                        "url": message.link,
                    }],
                },
            }],
        }),
    };
    value.to_string()
}

/// One line, as the chat shows it: control characters (a line break in a licence's name, say)
/// become spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Text for Slack, where `<…>` is markup (`<!channel>` notifies everyone, `<url|label>` is a
/// link) and `&` starts an entity: a licence's name comes from its key, which anyone may bring,
/// so it is shown, never read as markup.
fn slack_text(text: &str) -> String {
    one_line(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Text for a Teams Adaptive Card, whose text blocks read Markdown: the characters that make
/// emphasis, code and links are escaped, so a name like `[renew](https://evil.example)` stays
/// words. (What Markdown reads only at a line's start cannot start this one line: it begins
/// with our own words.)
fn teams_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '`' | '~') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The `X-Licensedesk-Signature` header's value: `sha256=` and the lower-case hex
/// HMAC-SHA256 of the exact body with the webhook's secret.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(body);
    let digest = mac.finalize().into_bytes();
    let mut hex = String::with_capacity(7 + digest.len() * 2);
    hex.push_str("sha256=");
    for byte in digest {
        hex.push_str(&format!("{byte:02x}"));
    }
    hex
}

/// The waits before the attempts after the first, in multiples of the base (a minute): 1 min,
/// 5 min, 30 min, 2 h, 12 h. After the last the delivery is failed.
const RETRY_STEPS: [i64; 5] = [1, 5, 30, 120, 720];

/// When to try a delivery again after `attempts_made` attempts failed; `None` when it is
/// given up. `base_seconds` is a minute in use (tests shorten it).
pub fn retry_at(now: i64, attempts_made: i64, base_seconds: i64) -> Option<i64> {
    let index = usize::try_from(attempts_made.checked_sub(1)?).ok()?;
    let step = RETRY_STEPS.get(index)?;
    Some(now + base_seconds.saturating_mul(*step))
}

/// A failed attempt as its last error keeps it: the status, and the start of the receiver's
/// answer on one line, without control characters.
pub fn error_snippet(status: u16, answer: &str) -> String {
    let cleaned: String = answer
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(ERROR_SNIPPET_CHARS)
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.is_empty() {
        format!("HTTP {status}")
    } else {
        format!("HTTP {status}: {cleaned}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_delivery_names_the_test_event_too() {
        assert_eq!(WebhookEvent::of_delivery("test"), Some(WebhookEvent::Test));
        assert_eq!(WebhookEvent::parse("test"), None);
        assert_eq!(
            WebhookEvent::of_delivery("primary-changed"),
            Some(WebhookEvent::PrimaryChanged)
        );
    }

    #[test]
    fn a_name_from_a_key_is_never_markup_in_slack_or_teams() {
        let name = "<!channel> <http://evil.example|Click> *bold* & [md](http://evil.example)\r\nx";
        assert_eq!(
            slack_text(name),
            "&lt;!channel&gt; &lt;http://evil.example|Click&gt; *bold* &amp; [md](http://evil.example)  x"
        );
        let teams = teams_text(name);
        assert!(teams.contains("\\[md\\](http://evil.example)"), "{teams}");
        assert!(teams.contains("\\*bold\\*"), "{teams}");
        assert!(!teams.contains('\n') && !teams.contains('\r'));
    }

    #[test]
    fn a_redacted_address_keeps_the_scheme_and_host_only() {
        assert_eq!(
            redacted_url("https://hooks.slack.com/services/T000/B000/XXXXSECRET"),
            "https://hooks.slack.com/…"
        );
        assert_eq!(redacted_url("http://sink:8080"), "http://sink:8080");
        assert_eq!(
            redacted_url("https://x.example?token=1"),
            "https://x.example/…"
        );
    }

    #[test]
    fn addresses_are_http_or_https_without_credentials() {
        assert_eq!(
            check_url(" https://hooks.example.com/x?y=1 "),
            Ok("https://hooks.example.com/x?y=1".into())
        );
        assert!(check_url("http://127.0.0.1:8080/hook").is_ok());
        assert_eq!(check_url(""), Err(UrlError::Empty));
        assert_eq!(check_url("ftp://example.com/"), Err(UrlError::Scheme));
        assert_eq!(check_url("javascript:alert(1)"), Err(UrlError::Scheme));
        assert_eq!(check_url("https://"), Err(UrlError::NoHost));
        assert_eq!(check_url("https://:80/x"), Err(UrlError::NoHost));
        assert_eq!(
            check_url("https://user:pw@example.com/"),
            Err(UrlError::Credentials)
        );
        assert_eq!(
            check_url("https://exa mple.com/"),
            Err(UrlError::Characters)
        );
        let long = format!("https://example.com/{}", "a".repeat(URL_MAX_CHARS));
        assert_eq!(check_url(&long), Err(UrlError::TooLong));
    }

    #[test]
    fn events_round_trip_through_their_codes() {
        let joined = WebhookEvent::join(&WebhookEvent::ALL);
        assert_eq!(WebhookEvent::split(&joined), WebhookEvent::ALL.to_vec());
        assert_eq!(
            WebhookEvent::split("licence-expired,nonsense"),
            vec![WebhookEvent::LicenceExpired]
        );
    }

    #[test]
    fn the_signature_is_the_rfc_4231_hmac() {
        // RFC 4231, test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn retries_wait_longer_then_stop() {
        assert_eq!(retry_at(0, 1, 60), Some(60));
        assert_eq!(retry_at(0, 2, 60), Some(300));
        assert_eq!(retry_at(0, 5, 60), Some(43_200));
        assert_eq!(retry_at(0, 6, 60), None);
        assert_eq!(retry_at(0, 0, 60), None);
    }

    #[test]
    fn an_error_keeps_the_status_and_a_clean_start_of_the_answer() {
        assert_eq!(error_snippet(500, ""), "HTTP 500");
        assert_eq!(
            error_snippet(502, "bad\r\n\x1b[31mgateway"),
            "HTTP 502: bad [31mgateway"
        );
        assert!(error_snippet(500, &"x".repeat(5000)).len() < 220);
    }

    fn message<'a>(details: &'a Value, licence: Option<&'a LicenceSummary>) -> Message<'a> {
        Message {
            event: WebhookEvent::SupportExpiring,
            occurred_at: "2026-12-02T10:00:00Z",
            portal: "https://portal.example",
            licence,
            details,
            text: "Support of SEN-1 ends in 30 days",
            link: "https://portal.example/licences/1",
        }
    }

    #[test]
    fn each_format_has_its_shape() {
        let details = json!({"days_before": 30});
        let licence = LicenceSummary {
            id: LicenceId(1),
            sen: Some("SEN-1".into()),
            product: "jira".into(),
            name: "Jira".into(),
            organisation: None,
            support_expiry: Some(Date::constant(2027, 1, 1)),
            licence_expiry: None,
            url: "https://portal.example/licences/1".into(),
        };
        let body: Value = serde_json::from_str(&payload(
            WebhookFormat::Json,
            &message(&details, Some(&licence)),
        ))
        .unwrap();
        assert_eq!(body["event"], "support-expiring");
        assert_eq!(body["licence"]["sen"], "SEN-1");
        assert_eq!(body["licence"]["support_expiry"], "2027-01-01");
        assert_eq!(body["details"]["days_before"], 30);
        let slack: Value =
            serde_json::from_str(&payload(WebhookFormat::Slack, &message(&details, None))).unwrap();
        assert!(
            slack["text"]
                .as_str()
                .unwrap()
                .ends_with("<https://portal.example/licences/1|https://portal.example/licences/1>")
        );
        let teams: Value =
            serde_json::from_str(&payload(WebhookFormat::Teams, &message(&details, None))).unwrap();
        let card = &teams["attachments"][0];
        assert_eq!(
            card["contentType"],
            "application/vnd.microsoft.card.adaptive"
        );
        assert_eq!(card["content"]["version"], "1.4");
        assert_eq!(
            card["content"]["body"][0]["text"],
            "Support of SEN-1 ends in 30 days"
        );
    }
}
