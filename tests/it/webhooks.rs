//! Webhooks: administrators create them (bad input refused and nothing stored, everyone else
//! answered 404), delete them after a confirmation, and send them a test event. Events wait in
//! the outbox and are posted by the server to a local receiver in this test, signed with the
//! webhook's secret, in each format; a receiver's error is kept and shown, retried, and a
//! failed delivery is sent again from the page. Each event is raised by its real cause: the
//! reminders run, a new primary contact, an import's confirmation, the Diagnose page.

use std::collections::VecDeque;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use hmac::{Hmac, Mac};
use licensedesk::domain::LicenceId;
use serde_json::Value;
use sha2::Sha256;

use crate::mail::run_reminders;
use crate::support::encoder::test_key;
use crate::support::people::{add_contact, add_user, licence_with, signed_in};
use crate::support::{Client, Resp, TestServer};

/// One request the receiver got.
#[derive(Debug, Clone)]
struct Received {
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Received {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }
}

/// A receiver of webhooks on a local port: it records every request and answers each with the
/// next scripted status (200 once the script is used up).
struct Sink {
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
    script: Arc<Mutex<VecDeque<u16>>>,
}

impl Sink {
    fn start(script: &[u16]) -> Sink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let script = Arc::new(Mutex::new(script.iter().copied().collect::<VecDeque<_>>()));
        let (log, statuses) = (received.clone(), script.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                stream
                    .set_read_timeout(Some(Duration::from_secs(5)))
                    .unwrap();
                let Some(request) = read_request(&mut stream) else {
                    continue;
                };
                let status = statuses.lock().unwrap().pop_front().unwrap_or(200);
                log.lock().unwrap().push(request);
                let body = if status == 200 {
                    "ok"
                } else {
                    "boom\r\ninternal"
                };
                // A redirect leads to where nothing listens: following it would be an error
                // of its own.
                let location = if (300..400).contains(&status) {
                    "Location: http://127.0.0.1:9/elsewhere\r\n"
                } else {
                    ""
                };
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} Whatever\r\n{location}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            }
        });
        Sink {
            url,
            received,
            script,
        }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// Waits until `n` requests have come, and returns them.
    fn wait_for(&self, n: usize) -> Vec<Received> {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(30) {
            let got = self.received();
            if got.len() >= n {
                return got;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("{n} requests expected, got {:?}", self.received());
    }

    fn answer_next(&self, statuses: &[u16]) {
        self.script.lock().unwrap().extend(statuses);
    }
}

fn read_request(stream: &mut std::net::TcpStream) -> Option<Received> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).into_owned();
    let headers: Vec<(String, String)> = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = data[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&buf[..n]);
    }
    Some(Received { headers, body })
}

/// A server that looks at the outbox often, retrying after `retry_base` seconds, with its admin.
fn server(retry_base: i64) -> (TestServer, Client) {
    let server = TestServer::start_with(tempfile::tempdir().unwrap(), |config| {
        config.mail.poll = Duration::from_millis(100);
        config.mail.webhook_retry_base_seconds = retry_base;
    });
    let admin = server.setup_admin();
    (server, admin)
}

/// Creates a webhook through the form; returns its id.
fn create(admin: &mut Client, url: &str, format: &str, events: &[&str]) -> i64 {
    let answer = post_create(admin, url, format, "", events);
    assert_eq!(answer.status, 303, "{}", answer.text());
    answer
        .location()
        .rsplit('/')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

fn post_create(
    admin: &mut Client,
    url: &str,
    format: &str,
    organisation: &str,
    events: &[&str],
) -> Resp {
    let csrf = admin.get("/admin/webhooks").csrf();
    let mut form = vec![
        ("csrf", csrf.as_str()),
        ("url", url),
        ("format", format),
        ("organisation", organisation),
    ];
    form.extend(events.iter().map(|e| ("events", *e)));
    admin.post("/admin/webhooks", &form)
}

fn secret(server: &TestServer, id: i64) -> String {
    server
        .db()
        .query_row("SELECT secret FROM webhooks WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap()
}

/// The signature header as the receiver computes it.
fn expected_signature(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

fn assert_signed(request: &Received, secret: &str) {
    assert_eq!(
        request.header("X-Licensedesk-Signature"),
        Some(expected_signature(secret, &request.body).as_str())
    );
    assert_eq!(request.header("Content-Type"), Some("application/json"));
    assert_eq!(request.header("User-Agent"), Some("licensedesk"));
    assert!(request.header("X-Licensedesk-Delivery").is_some());
}

fn send_test(admin: &mut Client, id: i64) {
    let page = admin.get(&format!("/admin/webhooks/{id}"));
    assert_eq!(page.status, 200);
    let answer = admin.post(
        &format!("/admin/webhooks/{id}/test"),
        &[("csrf", &page.csrf())],
    );
    assert_eq!(answer.status, 303, "{}", answer.text());
}

fn deliveries(server: &TestServer) -> i64 {
    server.count("SELECT count(*) FROM outbox WHERE channel = 'webhook'")
}

#[test]
fn each_format_is_posted_in_its_shape_and_signed_with_the_secret() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[]);
    let json = create(&mut admin, &sink.url, "json", &["import-applied"]);
    let slack = create(&mut admin, &sink.url, "slack", &["import-applied"]);
    let teams = create(&mut admin, &sink.url, "teams", &["import-applied"]);
    // The page shows the secret the receiver verifies with.
    let page = admin.get(&format!("/admin/webhooks/{json}"));
    assert!(page.text().contains(&secret(&server, json)));
    for id in [json, slack, teams] {
        send_test(&mut admin, id);
    }
    let got = sink.wait_for(3);
    let by_id = |id: i64| {
        let delivery: i64 = server
            .db()
            .query_row("SELECT id FROM outbox WHERE webhook_id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        got.iter()
            .find(|r| r.header("X-Licensedesk-Delivery") == Some(delivery.to_string().as_str()))
            .cloned()
            .expect("the delivery came")
    };
    let request = by_id(json);
    assert_signed(&request, &secret(&server, json));
    assert_eq!(request.header("X-Licensedesk-Event"), Some("test"));
    let body = request.json();
    assert_eq!(body["event"], "test");
    assert_eq!(body["portal"], server.base.as_str());
    assert!(body["licence"].is_null());
    assert!(body["occurred_at"].as_str().unwrap().ends_with('Z'));
    assert!(body["details"].is_object());

    let request = by_id(slack);
    assert_signed(&request, &secret(&server, slack));
    let text = request.json()["text"].as_str().unwrap().to_owned();
    assert!(text.contains("test event"), "{text}");
    assert!(text.contains(&format!("<{}/|", server.base)), "{text}");

    let request = by_id(teams);
    assert_signed(&request, &secret(&server, teams));
    let body = request.json();
    assert_eq!(body["type"], "message");
    let card = &body["attachments"][0];
    assert_eq!(
        card["contentType"],
        "application/vnd.microsoft.card.adaptive"
    );
    assert_eq!(card["content"]["type"], "AdaptiveCard");
    assert_eq!(card["content"]["version"], "1.4");
    assert_eq!(card["content"]["body"][0]["type"], "TextBlock");
    assert_eq!(card["content"]["body"][0]["wrap"], true);

    wait_until(|| server.count("SELECT count(*) FROM outbox WHERE state = 'sent'") == 3);
    // The mail outbox and its export know nothing of webhooks.
    let outbox = admin.get("/admin/outbox");
    assert!(!outbox.text().contains(&sink.url), "{}", outbox.text());
    let audit = server.count("SELECT count(*) FROM audit_log WHERE action = 'webhook-tested'");
    assert_eq!(audit, 3);
}

fn wait_until(mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("waited 30 seconds in vain");
}

#[test]
fn an_error_is_kept_and_shown_then_the_retry_succeeds() {
    let (server, mut admin) = server(3);
    let sink = Sink::start(&[500]);
    let id = create(&mut admin, &sink.url, "json", &["primary-changed"]);
    send_test(&mut admin, id);
    sink.wait_for(1);
    wait_until(|| {
        server.count("SELECT count(*) FROM outbox WHERE attempts = 1 AND last_error IS NOT NULL")
            == 1
    });
    let page = admin.get("/admin/webhooks");
    assert!(
        page.text().contains("HTTP 500: boom internal"),
        "{}",
        page.text()
    );
    let got = sink.wait_for(2);
    assert_eq!(got[0].body, got[1].body, "the same body is posted again");
    wait_until(|| {
        server.count("SELECT count(*) FROM outbox WHERE state = 'sent' AND attempts = 2") == 1
    });
}

#[test]
fn a_failed_delivery_is_sent_again_from_the_page() {
    let (server, mut admin) = server(0);
    // Six attempts (the first and five retries) fail; then the delivery has failed.
    let sink = Sink::start(&[503, 503, 503, 503, 503, 503]);
    let id = create(&mut admin, &sink.url, "slack", &["import-applied"]);
    send_test(&mut admin, id);
    wait_until(|| server.count("SELECT count(*) FROM outbox WHERE state = 'failed'") == 1);
    assert_eq!(sink.received().len(), 6);
    let delivery: i64 = server.count("SELECT id FROM outbox WHERE state = 'failed'");
    let page = admin.get("/admin/webhooks");
    let retry = format!("/admin/webhooks/deliveries/{delivery}/retry");
    assert!(page.body.contains(&retry), "{}", page.text());
    assert!(page.text().contains("HTTP 503"), "{}", page.text());
    sink.answer_next(&[200]);
    let answer = admin.post(&retry, &[("csrf", &page.csrf())]);
    assert_eq!(answer.status, 303);
    wait_until(|| server.count("SELECT count(*) FROM outbox WHERE state = 'sent'") == 1);
    assert_eq!(sink.received().len(), 7);
    // A delivery that has not failed is not sent again.
    let again = admin.post(&retry, &[("csrf", &page.csrf())]);
    assert_eq!(again.status, 409);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'webhook-delivery-requeued'"),
        1
    );
}

#[test]
fn a_receiver_that_refuses_the_request_itself_is_not_asked_again() {
    // Retries come at once (base 0): a 404 (Slack's answer for a removed hook) fails the
    // delivery at its first attempt; a 429 is tried again.
    let (server, mut admin) = server(0);
    let sink = Sink::start(&[404]);
    let id = create(&mut admin, &sink.url, "json", &["primary-changed"]);
    send_test(&mut admin, id);
    wait_until(|| server.count("SELECT count(*) FROM outbox WHERE state = 'failed'") == 1);
    assert_eq!(
        server.count("SELECT attempts FROM outbox WHERE state = 'failed'"),
        1
    );
    assert_eq!(sink.received().len(), 1);
    sink.answer_next(&[429, 200]);
    send_test(&mut admin, id);
    wait_until(|| server.count("SELECT count(*) FROM outbox WHERE state = 'sent'") == 1);
    assert_eq!(
        server.count("SELECT attempts FROM outbox WHERE state = 'sent'"),
        2
    );
}

#[test]
fn bad_input_is_refused_with_the_form_shown_again_and_nothing_stored() {
    let (server, mut admin) = server(60);
    for (url, format, organisation, events, message) in [
        (
            "ftp://hooks.example/x",
            "json",
            "",
            vec!["licence-expired"],
            "must start with http:// or https://",
        ),
        (
            "https://user:secret@hooks.example/x",
            "json",
            "",
            vec!["licence-expired"],
            "must not carry a user name or password",
        ),
        (
            "https://hooks.example/typed-address",
            "json",
            "",
            vec![],
            "Choose at least one event.",
        ),
        (
            "https://hooks.example/x",
            "xml",
            "",
            vec!["licence-expired"],
            "Choose one of the formats.",
        ),
        (
            "https://hooks.example/x",
            "json",
            "999",
            vec!["licence-expired"],
            "Choose an organisation from the list",
        ),
        (
            "https://hooks.example/x",
            "json",
            "",
            vec!["licence-expired", "everything"],
            "Choose at least one event.",
        ),
    ] {
        let answer = post_create(&mut admin, url, format, organisation, &events);
        assert_eq!(answer.status, 422, "{url}");
        assert!(answer.text().contains(message), "{}", answer.text());
        assert_eq!(answer.field_value("url").as_deref(), Some(url));
    }
    let long = format!("https://hooks.example/{}", "a".repeat(2000));
    let answer = post_create(&mut admin, &long, "json", "", &["licence-expired"]);
    assert_eq!(answer.status, 422);
    assert_eq!(server.count("SELECT count(*) FROM webhooks"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action LIKE 'webhook-%'"),
        0
    );
    // Without the form's token nothing is stored either.
    let forged = admin.post(
        "/admin/webhooks",
        &[
            ("url", "https://hooks.example/x"),
            ("format", "json"),
            ("events", "licence-expired"),
        ],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(server.count("SELECT count(*) FROM webhooks"), 0);
}

#[test]
fn only_administrators_reach_the_webhooks() {
    let (server, mut admin) = server(60);
    let id = create(
        &mut admin,
        "https://hooks.example/x",
        "json",
        &["licence-expired"],
    );
    add_user(&server, "someone@example.com");
    let mut someone = signed_in(&server, "someone@example.com");
    for path in [
        "/admin/webhooks".to_owned(),
        format!("/admin/webhooks/{id}"),
        format!("/admin/webhooks/{id}/delete"),
    ] {
        let page = someone.get(&path);
        assert_eq!(page.status, 404, "{path}");
        assert!(!page.text().contains("hooks.example"), "{path}");
    }
    let csrf = someone.get("/account").csrf();
    let before = server.count("SELECT count(*) FROM webhooks");
    for path in [
        "/admin/webhooks".to_owned(),
        format!("/admin/webhooks/{id}/test"),
        format!("/admin/webhooks/{id}/delete"),
    ] {
        let answer = someone.post(
            &path,
            &[
                ("csrf", &csrf),
                ("url", "https://evil.example/"),
                ("format", "json"),
                ("events", "licence-expired"),
            ],
        );
        assert_eq!(answer.status, 404, "{path}");
    }
    assert_eq!(server.count("SELECT count(*) FROM webhooks"), before);
    assert_eq!(deliveries(&server), 0);
    let anonymous = server.client().get("/admin/webhooks");
    assert_eq!(anonymous.status, 303);
}

#[test]
fn deleting_asks_first_then_drops_the_deliveries_not_made() {
    let (server, mut admin) = server(60);
    // Nothing listens on port 9: the delivery fails and waits for its retry.
    let id = create(
        &mut admin,
        "http://127.0.0.1:9/hook",
        "json",
        &["licence-expired"],
    );
    send_test(&mut admin, id);
    assert_eq!(deliveries(&server), 1);
    let confirm = admin.get(&format!("/admin/webhooks/{id}/delete"));
    assert_eq!(confirm.status, 200);
    assert!(
        confirm.text().contains("will no longer be told of events"),
        "{}",
        confirm.text()
    );
    assert_eq!(server.count("SELECT count(*) FROM webhooks"), 1);
    let done = admin.post(
        &format!("/admin/webhooks/{id}/delete"),
        &[("csrf", &confirm.csrf())],
    );
    assert_eq!(done.status, 303);
    assert_eq!(server.count("SELECT count(*) FROM webhooks"), 0);
    assert_eq!(deliveries(&server), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'webhook-deleted'"),
        1
    );
    assert_eq!(admin.get(&format!("/admin/webhooks/{id}")).status, 404);
}

/// `days` from today.
fn in_days(days: i64) -> jiff::civil::Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

#[test]
fn the_reminders_run_raises_expiring_ending_and_expired_once() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[]);
    let id = create(
        &mut admin,
        &sink.url,
        "json",
        &["support-expiring", "evaluation-ending", "licence-expired"],
    );
    licence_with(&server, "SEN-EXPIRING", |l| {
        l.support_expiry = Some(in_days(30));
    });
    licence_with(&server, "SEN-EVAL", |l| {
        l.is_evaluation = true;
        l.support_expiry = None;
        l.licence_expiry = Some(in_days(7));
    });
    licence_with(&server, "SEN-EXPIRED", |l| {
        l.support_expiry = Some(in_days(400));
        l.licence_expiry = Some(in_days(0));
    });
    // Long expired: no news.
    licence_with(&server, "SEN-OLD", |l| {
        l.support_expiry = Some(in_days(400));
        l.licence_expiry = Some(in_days(-300));
    });
    run_reminders(&server);
    let got = sink.wait_for(3);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(sink.received().len(), 3);
    let mut events: Vec<(String, String)> = got
        .iter()
        .map(|r| {
            let body = r.json();
            (
                body["event"].as_str().unwrap().to_owned(),
                body["licence"]["sen"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    events.sort();
    assert_eq!(
        events,
        vec![
            ("evaluation-ending".to_owned(), "SEN-EVAL".to_owned()),
            ("licence-expired".to_owned(), "SEN-EXPIRED".to_owned()),
            ("support-expiring".to_owned(), "SEN-EXPIRING".to_owned()),
        ]
    );
    let expiring = got
        .iter()
        .find(|r| r.header("X-Licensedesk-Event") == Some("support-expiring"))
        .unwrap();
    assert_signed(expiring, &secret(&server, id));
    let body = expiring.json();
    assert_eq!(body["details"]["days_left"], 30);
    assert_eq!(body["licence"]["support_expiry"], in_days(30).to_string());
    // The reminders run names its own base URL; the webhook's links are the portal's.
    let url = body["licence"]["url"].as_str().unwrap();
    assert!(url.starts_with(&server.base), "{url}");
    // A second run the same day raises nothing new.
    run_reminders(&server);
    assert_eq!(deliveries(&server), 3);
}

#[test]
fn a_new_primary_contact_is_told_to_the_portal_and_its_organisation_webhooks_only() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[]);
    let portal = create(&mut admin, &sink.url, "json", &["primary-changed"]);
    // Another event only: not told.
    create(&mut admin, &sink.url, "json", &["import-applied"]);
    let licence = licence_with(&server, "SEN-PRIMARY", |_| {});
    let own: i64 = server
        .db()
        .query_row(
            "SELECT organisation_id FROM licences WHERE id = ?1",
            [licence.0],
            |r| r.get(0),
        )
        .unwrap();
    let other = licensedesk::store::organisations::create(&server.db(), "Other Org", 1)
        .unwrap()
        .unwrap();
    let answer = post_create(
        &mut admin,
        &sink.url,
        "teams",
        &own.to_string(),
        &["primary-changed"],
    );
    assert_eq!(answer.status, 303, "{}", answer.text());
    let answer = post_create(
        &mut admin,
        &sink.url,
        "slack",
        &other.0.to_string(),
        &["primary-changed"],
    );
    assert_eq!(answer.status, 303, "{}", answer.text());
    let list = admin.get("/admin/webhooks");
    assert!(list.text().contains("Other Org"), "{}", list.text());
    let first = add_user(&server, "first@example.com");
    let second = add_user(&server, "second@example.com");
    add_contact(&server, licence, first, "technical");
    add_contact(&server, licence, second, "technical");
    promote(&mut admin, licence, second.0);
    // The portal's and the licence's organisation's; not the other organisation's.
    let got = sink.wait_for(2);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(sink.received().len(), 2);
    let teams = got
        .iter()
        .find(|r| r.json()["type"] == "message")
        .expect("the organisation's Teams webhook was told");
    let text = teams.json()["attachments"][0]["content"]["body"][0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        text,
        "second@example.com is now the primary technical contact of SEN-PRIMARY JIRA (Server) 10 Users: Commercial License."
    );
    let json = got
        .iter()
        .find(|r| r.json()["event"] == "primary-changed")
        .expect("the portal's webhook was told");
    assert_signed(json, &secret(&server, portal));
    let body = json.json();
    assert_eq!(body["event"], "primary-changed");
    assert_eq!(body["details"]["role"], "technical");
    assert_eq!(body["details"]["primary"], "second@example.com");
    assert_eq!(body["licence"]["sen"], "SEN-PRIMARY");
    assert_eq!(body["licence"]["id"], licence.0);
    assert_eq!(
        body["licence"]["url"],
        format!("{}/licences/{}", server.base, licence.0)
    );
}

#[test]
fn a_paused_webhook_is_told_of_nothing_until_it_is_resumed() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[]);
    let id = create(&mut admin, &sink.url, "json", &["primary-changed"]);
    let licence = licence_with(&server, "SEN-PAUSED", |_| {});
    let first = add_user(&server, "first@example.com");
    let second = add_user(&server, "second@example.com");
    add_contact(&server, licence, first, "technical");
    add_contact(&server, licence, second, "technical");
    let page = admin.get(&format!("/admin/webhooks/{id}"));
    let enabled = format!("/admin/webhooks/{id}/enabled");
    let bad = admin.post(&enabled, &[("csrf", &page.csrf()), ("on", "maybe")]);
    assert_eq!(bad.status, 400);
    assert_eq!(server.count("SELECT enabled FROM webhooks"), 1);
    let paused = admin.post(&enabled, &[("csrf", &page.csrf()), ("on", "0")]);
    assert_eq!(paused.status, 303);
    assert!(
        admin
            .get(&format!("/admin/webhooks/{id}"))
            .text()
            .contains("Paused")
    );
    promote(&mut admin, licence, second.0);
    assert_eq!(deliveries(&server), 0);
    let resumed = admin.post(&enabled, &[("csrf", &page.csrf()), ("on", "1")]);
    assert_eq!(resumed.status, 303);
    promote(&mut admin, licence, first.0);
    let got = sink.wait_for(1);
    assert_eq!(got[0].json()["details"]["primary"], "first@example.com");
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action IN ('webhook-disabled', 'webhook-enabled')"
        ),
        2
    );
}

fn promote(admin: &mut Client, licence: LicenceId, account: i64) {
    let base = format!("/licences/{}/contacts", licence.0);
    let confirm = admin.get(&format!("{base}/primary?role=technical&account={account}"));
    assert_eq!(confirm.status, 200, "{}", confirm.text());
    let done = admin.post(
        &format!("{base}/primary"),
        &[
            ("csrf", &confirm.csrf()),
            ("role", "technical"),
            ("account", &account.to_string()),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.text());
}

#[test]
fn an_import_confirmed_on_the_page_is_told_with_its_counts() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[]);
    create(&mut admin, &sink.url, "slack", &["import-applied"]);
    let csrf = admin.get("/import").csrf();
    let keys = [
        test_key("SEN-IMPORT-1", "conf", &[]),
        test_key("SEN-IMPORT-2", "jira", &[]),
    ]
    .join("\n\n");
    let preview = admin.post_multipart(
        "/import",
        &[("csrf", &csrf), ("keys", &keys), ("allow_unverified", "on")],
        &[],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    // The preview alone is no event.
    assert_eq!(deliveries(&server), 0);
    let token = preview.field_value("preview").expect("a preview");
    let done = admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(done.status, 200, "{}", done.text());
    let got = sink.wait_for(1);
    assert_eq!(got[0].header("X-Licensedesk-Event"), Some("import-applied"));
    let text = got[0].json()["text"].as_str().unwrap().to_owned();
    assert!(
        text.contains("An import added 2, updated 0 and skipped 0 licences."),
        "{text}"
    );
}

#[test]
fn a_server_id_applied_from_the_diagnose_page_is_told_as_a_finding() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[]);
    create(&mut admin, &sink.url, "json", &["diagnosis-findings"]);
    let licence = licence_with(&server, "SEN-DIAG", |l| l.server_id = None);
    let csrf = admin.get("/diagnose").csrf();
    let done = admin.post(
        "/diagnose/apply",
        &[
            ("csrf", &csrf),
            ("licence", &licence.0.to_string()),
            ("server_id", "B7QW-LK2M-9HZD-XR4T"),
            ("confirmed", "yes"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.text());
    let got = sink.wait_for(1);
    let body = got[0].json();
    assert_eq!(body["event"], "diagnosis-findings");
    assert_eq!(body["details"]["server_id"], "B7QW-LK2M-9HZD-XR4T");
    assert_eq!(body["details"]["findings"][0], "server-id-mismatch");
    assert_eq!(body["licence"]["sen"], "SEN-DIAG");
}

/// A data directory (no server running) whose portal has one webhook for every event.
fn offline_portal() -> tempfile::TempDir {
    use licensedesk::domain::webhooks::{WebhookEvent, WebhookFormat};
    let dir = tempfile::tempdir().unwrap();
    let conn =
        licensedesk::store::open(&dir.path().join(licensedesk::store::DATABASE_FILE)).unwrap();
    licensedesk::store::webhooks::insert(
        &conn,
        &licensedesk::store::webhooks::NewWebhook {
            organisation_id: None,
            url: "https://hooks.example/offline",
            format: WebhookFormat::Json,
            events: &WebhookEvent::ALL,
            secret: "offline",
            language: licensedesk::domain::Language::En,
            portal_url: "https://portal.example",
            created_by: None,
        },
        1,
    )
    .unwrap();
    dir
}

/// The bodies of the queued deliveries of an event, in a data directory.
fn queued(dir: &std::path::Path, event: &str) -> Vec<Value> {
    let conn = rusqlite::Connection::open(dir.join(licensedesk::store::DATABASE_FILE)).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT body FROM outbox WHERE channel = 'webhook' AND state = 'queued' \
             AND subject = ?1",
        )
        .unwrap();
    stmt.query_map([event], |r| r.get::<_, String>(0))
        .unwrap()
        .map(|body| serde_json::from_str(&body.unwrap()).unwrap())
        .collect()
}

#[test]
fn the_command_line_import_queues_its_event_for_an_air_gapped_site() {
    let data = offline_portal();
    let key = test_key("SEN-CLI-1", "conf", &[]);
    let mut child = crate::cli::binary()
        .args(["import", "--allow-unverified", "--data-dir"])
        .arg(data.path())
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(key.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bodies = queued(data.path(), "import-applied");
    assert_eq!(bodies.len(), 1);
    assert_eq!(bodies[0]["details"]["added"], 1);
    assert_eq!(bodies[0]["portal"], "https://portal.example");
    // Nothing posted it: no server runs; it waits in the outbox, beside no mail.
    let conn =
        rusqlite::Connection::open(data.path().join(licensedesk::store::DATABASE_FILE)).unwrap();
    let (webhook_rows, mail_rows): (i64, i64) = conn
        .query_row(
            "SELECT count(*) FILTER (WHERE channel = 'webhook'), \
             count(*) FILTER (WHERE channel = 'mail') FROM outbox",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((webhook_rows, mail_rows), (1, 0));
    // The mail export leaves it out.
    let export = tempfile::tempdir().unwrap();
    let exported = crate::cli::binary()
        .args(["outbox", "export", "--data-dir"])
        .arg(data.path())
        .arg(export.path())
        .output()
        .unwrap();
    assert!(exported.status.success());
    assert_eq!(std::fs::read_dir(export.path()).unwrap().count(), 0);
}

#[test]
fn a_diagnosis_recorded_on_the_command_line_with_findings_is_queued() {
    let data = offline_portal();
    let home = tempfile::tempdir().unwrap();
    let installed = crate::diagnose::key_for("SEN-DIAG-CLI", "conf", &[]);
    crate::install::confluence_home(home.path(), "B7QW-LK2M-9HZD-XR4T", &installed);
    let out = crate::cli::binary()
        .arg("diagnose")
        .arg(home.path())
        .args([
            "--record",
            "--allow-unverified",
            "--label",
            "wiki",
            "--host",
            "web01",
            "--data-dir",
        ])
        .arg(data.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bodies = queued(data.path(), "diagnosis-findings");
    assert_eq!(bodies.len(), 1);
    assert_eq!(bodies[0]["details"]["server_id"], "B7QW-LK2M-9HZD-XR4T");
    let findings: Vec<&str> = bodies[0]["details"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(findings.contains(&"key-not-in-inventory"), "{findings:?}");
}

#[test]
fn a_redirect_is_an_error_and_is_not_followed() {
    let (server, mut admin) = server(60);
    let sink = Sink::start(&[302]);
    let id = create(&mut admin, &sink.url, "json", &["import-applied"]);
    send_test(&mut admin, id);
    wait_until(|| {
        server.count("SELECT count(*) FROM outbox WHERE last_error LIKE 'HTTP 302%'") == 1
    });
    assert_eq!(sink.received().len(), 1);
    assert_eq!(
        server.count("SELECT count(*) FROM outbox WHERE state = 'queued' AND attempts = 1"),
        1
    );
}
