//! Mail and passwords (SPEC §3.1, §3.5): forgotten password, change of password, profile; the
//! outbox with real SMTP delivery to a local listener, retries and the kept last error; `.eml`
//! downloads and `outbox export`; reminders queued once across runs and restarts.

use std::time::Duration;

use crate::cli::binary;
use crate::support::people::{
    PASSWORD, add_contact, add_user, eventually, licence_with, link_path, mails_to, outbox,
    signed_in,
};
use crate::support::smtp::SmtpSink;
use crate::support::{Client, TestServer};

fn forgot(client: &mut Client, email: &str) -> crate::support::Resp {
    client.submit("/forgot", "/forgot", &[("email", email)])
}

fn password_hash(server: &TestServer, email: &str) -> Option<String> {
    server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = ?1",
            [email],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn the_sign_in_page_links_to_forgot_password() {
    let server = TestServer::start();
    let page = server.client().get("/signin");
    assert!(page.body.contains("href=\"/forgot\""), "{}", page.body);
    assert!(page.text().contains("Forgot your password?"));
}

#[test]
fn forgot_password_answers_the_same_whether_or_not_the_address_exists() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut visitor = server.client();
    let known = forgot(&mut visitor, "ann@example.com");
    let unknown = forgot(&mut visitor, "nobody@example.com");
    assert_eq!(known.status, 200);
    assert_eq!(unknown.status, 200);
    assert_eq!(
        known.text().replace("ann@example.com", "X"),
        unknown.text().replace("nobody@example.com", "X")
    );
    assert!(known.text().contains("Check your mail"));
    assert_eq!(outbox(&server).len(), 1);
    assert_eq!(mails_to(&server, "ann@example.com", "reset").len(), 1);
    // Bad input is answered next to the field, and sends nothing.
    let bad = forgot(&mut visitor, "not an address");
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("id=\"field-email-error\""));
    assert_eq!(bad.field_value("email").as_deref(), Some("not an address"));
    // Without the form's token, nothing happens.
    assert_eq!(
        visitor
            .post("/forgot", &[("email", "ann@example.com")])
            .status,
        403
    );
    assert_eq!(outbox(&server).len(), 1);
}

#[test]
fn reset_mails_are_limited_to_three_an_hour_per_account() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut visitor = server.client();
    for _ in 0..5 {
        assert_eq!(forgot(&mut visitor, "ann@example.com").status, 200);
    }
    assert_eq!(mails_to(&server, "ann@example.com", "reset").len(), 3);
}

#[test]
fn a_reset_link_works_once_for_an_hour_and_ends_every_session() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut laptop = signed_in(&server, "ann@example.com");
    let mut phone = signed_in(&server, "ann@example.com");
    forgot(&mut server.client(), "ann@example.com");
    let mail = &mails_to(&server, "ann@example.com", "reset")[0];
    assert!(mail.body.contains("for one hour"), "{}", mail.body);
    let link = link_path(&server, &mail.body, "reset");
    let lifetime: i64 = server
        .db()
        .query_row(
            "SELECT expires_at - created_at FROM one_time_links WHERE purpose = 'reset'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(lifetime, 3600);
    let token = link.rsplit('/').next().unwrap();
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM one_time_links WHERE CAST(token_hash AS TEXT) LIKE '%{token}%'"
        )),
        0,
        "the link is stored hashed"
    );

    let mut visitor = server.client();
    let page = visitor.get(&link);
    assert_eq!(page.status, 200);
    let new = "a brand new long password";
    let done = visitor.post(
        &link,
        &[("csrf", &page.csrf()), ("password", new), ("confirm", new)],
    );
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/licences", "the link signs its user in");
    // Every other session of the account ended: only the one the link started is left.
    assert_eq!(
        server.count("SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE a.email = 'ann@example.com'"),
        1
    );
    for client in [&mut laptop, &mut phone] {
        let answer = client.get("/account");
        assert_eq!(answer.status, 303);
        assert!(answer.location().starts_with("/signin"));
    }
    assert_eq!(visitor.get("/account").status, 200);
    server.client().sign_in("ann@example.com", new, false);

    // Replayed, the link changes nothing.
    let hash = password_hash(&server, "ann@example.com");
    let mut replay = server.client();
    assert_eq!(replay.get(&link).status, 410);
    let csrf = replay.get("/signin").csrf();
    let again = replay.post(
        &link,
        &[
            ("csrf", &csrf),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_eq!(again.status, 410);
    assert_eq!(password_hash(&server, "ann@example.com"), hash);

    // An expired link is refused the same way.
    forgot(&mut server.client(), "ann@example.com");
    let second = &mails_to(&server, "ann@example.com", "reset")[1];
    let link = link_path(&server, &second.body, "reset");
    server
        .db()
        .execute("UPDATE one_time_links SET expires_at = created_at - 1 WHERE purpose = 'reset' AND used_at IS NULL", [])
        .unwrap();
    let mut late = server.client();
    assert_eq!(late.get(&link).status, 410);
    let csrf = late.get("/signin").csrf();
    assert_eq!(
        late.post(
            &link,
            &[
                ("csrf", &csrf),
                ("password", PASSWORD),
                ("confirm", PASSWORD)
            ]
        )
        .status,
        410
    );
    assert_eq!(password_hash(&server, "ann@example.com"), hash);
}

#[test]
fn changing_the_password_needs_the_current_one_and_signs_out_other_sessions() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut here = signed_in(&server, "ann@example.com");
    let mut elsewhere = signed_in(&server, "ann@example.com");
    let hash = password_hash(&server, "ann@example.com");
    let new = "another long password";
    let wrong = here.submit(
        "/account/password",
        "/account/password",
        &[
            ("current", "not my password"),
            ("password", new),
            ("confirm", new),
        ],
    );
    assert_eq!(wrong.status, 422);
    assert!(wrong.text().contains("That is not your current password."));
    assert!(wrong.body.contains("id=\"field-current-error\""));
    let short = here.submit(
        "/account/password",
        "/account/password",
        &[
            ("current", PASSWORD),
            ("password", "short"),
            ("confirm", "short"),
        ],
    );
    assert_eq!(short.status, 422);
    assert!(short.text().contains("The password is too short"));
    assert_eq!(password_hash(&server, "ann@example.com"), hash);
    let done = here.submit(
        "/account/password",
        "/account/password",
        &[("current", PASSWORD), ("password", new), ("confirm", new)],
    );
    assert_eq!(done.status, 303);
    assert!(
        here.get("/account")
            .text()
            .contains("Your password is changed.")
    );
    assert_ne!(password_hash(&server, "ann@example.com"), hash);
    assert_eq!(
        elsewhere.get("/account").status,
        303,
        "the other session ended"
    );
    server.client().sign_in("ann@example.com", new, false);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'password-changed'"),
        1
    );
}

#[test]
fn the_profile_keeps_name_and_language_and_explains_the_address_cannot_change() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut ann = signed_in(&server, "ann@example.com");
    let page = ann.get("/account");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("An e-mail address cannot be changed."),
        "{text}"
    );
    assert!(text.contains("Move licences to another account"), "{text}");
    assert!(
        page.body
            .contains("<label for=\"field-language\">Language</label>")
    );
    let long = "x".repeat(201);
    let refused = ann.submit(
        "/account",
        "/account",
        &[("name", &long), ("language", "en")],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("The name is too long"));
    assert_eq!(refused.field_value("name").as_deref(), Some(long.as_str()));
    let refused = ann.submit(
        "/account",
        "/account",
        &[("name", "Ann"), ("language", "xx")],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("Choose a language from the list."));
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE display_name <> ''"),
        1,
        "only the admin has a name"
    );
    let done = ann.submit(
        "/account",
        "/account",
        &[("name", " Ann Lee "), ("language", "en")],
    );
    assert_eq!(done.status, 303);
    let page = ann.get("/account");
    assert!(page.text().contains("Your profile is saved."));
    assert!(page.text().contains("Signed in as Ann Lee"));
    assert_eq!(page.field_value("name").as_deref(), Some("Ann Lee"));
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'profile-changed'"),
        1
    );
}

fn smtp_server(sink: &SmtpSink) -> TestServer {
    let url = sink.url();
    TestServer::start_with(tempfile::tempdir().unwrap(), move |config| {
        config.mail.smtp_url = Some(url);
        config.mail.poll = Duration::from_millis(50);
        config.mail.retry_base_seconds = 0;
        config.mail.max_attempts = 3;
    })
}

fn mail_state(server: &TestServer, id: i64) -> (String, i64, Option<String>) {
    server
        .db()
        .query_row(
            "SELECT state, attempts, last_error FROM outbox WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
}

#[test]
fn mail_is_delivered_over_smtp_to_a_local_listener() {
    let sink = SmtpSink::start();
    let server = smtp_server(&sink);
    server.setup_admin();
    add_user(&server, "ann@example.com");
    forgot(&mut server.client(), "ann@example.com");
    let received = sink.wait_for(1);
    assert_eq!(received[0].rcpt_to, ["<ann@example.com>"]);
    assert_eq!(received[0].mail_from.trim(), "<licensedesk@localhost>");
    let data = &received[0].data;
    assert!(
        data.contains("Subject: Choose a new licensedesk password"),
        "{data}"
    );
    assert!(data.contains(&format!("{}/reset/", server.base)), "{data}");
    let mail = &outbox(&server)[0];
    eventually("the mail marked sent", || {
        mail_state(&server, mail.id).0 == "sent"
    });
    assert_eq!(mail_state(&server, mail.id), ("sent".into(), 1, None));
}

#[test]
fn a_transient_failure_is_retried_and_the_last_error_kept() {
    let sink = SmtpSink::start();
    sink.fail_next(2, "451 4.3.0 mailbox busy, try again");
    let server = smtp_server(&sink);
    server.setup_admin();
    add_user(&server, "ann@example.com");
    forgot(&mut server.client(), "ann@example.com");
    sink.wait_for(1);
    let id = outbox(&server)[0].id;
    eventually("the mail marked sent", || {
        mail_state(&server, id).0 == "sent"
    });
    let (state, attempts, error) = mail_state(&server, id);
    assert_eq!((state.as_str(), attempts), ("sent", 3));
    assert!(
        error.unwrap().contains("mailbox busy"),
        "the last error is kept"
    );
    assert_eq!(sink.rcpt_commands(), 3);
}

#[test]
fn a_mail_that_keeps_failing_is_failed_with_its_error_and_an_admin_sends_it_again() {
    let sink = SmtpSink::start();
    sink.fail_always("550 5.1.1 no such user here");
    let server = smtp_server(&sink);
    let mut admin = server.setup_admin();
    add_user(&server, "ann@example.com");
    forgot(&mut server.client(), "ann@example.com");
    let id = outbox(&server)[0].id;
    eventually("the mail failed", || mail_state(&server, id).0 == "failed");
    let (_, attempts, error) = mail_state(&server, id);
    assert_eq!(attempts, 1, "a permanent error is not retried");
    assert!(error.as_deref().unwrap().contains("no such user here"));
    let page = admin.get("/admin/outbox");
    assert!(page.text().contains("no such user here"), "{}", page.text());
    assert!(
        page.text()
            .contains("Mail is delivered through smtp://127.0.0.1:")
    );
    assert!(page.text().contains("failed"));

    sink.accept_all();
    let done = admin.submit("/admin/outbox", &format!("/admin/outbox/{id}/retry"), &[]);
    assert_eq!(done.status, 303);
    assert!(
        admin
            .get("/admin/outbox")
            .text()
            .contains("The mail will be sent again.")
    );
    sink.wait_for(1);
    eventually("the mail sent", || mail_state(&server, id).0 == "sent");
    // Sending a mail again that did not fail is refused and changes nothing.
    let refused = admin.submit("/admin/outbox", &format!("/admin/outbox/{id}/retry"), &[]);
    assert_eq!(refused.status, 409);
    assert!(
        refused
            .text()
            .contains("Only a failed mail can be sent again.")
    );
    assert_eq!(mail_state(&server, id).0, "sent");
}

#[test]
fn without_smtp_mail_waits_in_the_outbox_and_admins_download_it_as_eml() {
    let (server, mut admin) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    // The reset request queues its mail before it answers; without SMTP nothing takes it.
    forgot(&mut server.client(), "ann@example.com");
    let mail = &outbox(&server)[0];
    assert_eq!(mail.state, "queued");
    let page = admin.get("/admin/outbox");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("No SMTP server is configured"), "{text}");
    assert!(text.contains("ann@example.com"));
    assert!(text.contains("Choose a new licensedesk password"));
    let detail = admin.get(&format!("/admin/outbox/{}", mail.id));
    assert_eq!(detail.status, 200);
    assert!(detail.text().contains("/reset/"));
    let eml = admin.get(&format!("/admin/outbox/{}/eml", mail.id));
    assert_eq!(eml.status, 200);
    assert_eq!(eml.header("content-type"), Some("message/rfc822"));
    assert_eq!(
        eml.header("content-disposition"),
        Some(format!("attachment; filename=\"mail-{:06}-reset.eml\"", mail.id).as_str())
    );
    assert!(eml.body.contains("To: ann@example.com\r\n"), "{}", eml.body);
    assert!(
        eml.body
            .contains("Subject: Choose a new licensedesk password")
    );

    // Nobody else sees the outbox, or even that it exists.
    let mut ann = signed_in(&server, "ann@example.com");
    for path in [
        "/admin/outbox".to_owned(),
        format!("/admin/outbox/{}", mail.id),
        format!("/admin/outbox/{}/eml", mail.id),
    ] {
        assert_eq!(ann.get(&path).status, 404, "{path}");
    }
    let csrf = ann.get("/account").csrf();
    assert_eq!(
        ann.post(
            &format!("/admin/outbox/{}/retry", mail.id),
            &[("csrf", &csrf)]
        )
        .status,
        404
    );
    assert_eq!(admin.get("/admin/outbox/99999").status, 404);
}

#[test]
fn outbox_export_writes_every_mail_as_an_eml_file() {
    let (mut server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    add_user(&server, "bob@example.com");
    forgot(&mut server.client(), "ann@example.com");
    forgot(&mut server.client(), "bob@example.com");
    server.stop();
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("mail");
    let result = binary()
        .args(["outbox", "export", "--data-dir"])
        .arg(server.data.path())
        .arg(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&result.stdout);
    assert!(
        result.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(stdout.contains("Wrote 2 mail files"), "{stdout}");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["mail-000001-reset.eml", "mail-000002-reset.eml"]);
    let first = std::fs::read_to_string(dir.join(&names[0])).unwrap();
    assert!(first.contains("To: ann@example.com\r\n"), "{first}");
    assert!(first.contains("/reset/"));
}

fn in_days(days: i64) -> jiff::civil::Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

#[test]
fn reminders_are_queued_once_across_runs_and_restarts() {
    let (mut server, _) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let bob = add_user(&server, "bob@example.com");
    let support = licence_with(&server, "SEN-30", |l| l.support_expiry = Some(in_days(30)));
    let far = licence_with(&server, "SEN-200", |l| {
        l.support_expiry = Some(in_days(200))
    });
    let evaluation = licence_with(&server, "SEN-L7", |l| {
        l.is_evaluation = true;
        l.licence_expiry = Some(in_days(7));
    });
    for licence in [support, far, evaluation] {
        add_contact(&server, licence, ann, "technical");
    }
    add_contact(&server, support, bob, "billing");
    add_contact(&server, support, ann, "billing");
    server.stop();

    let run = || run_reminders(&server);
    let first = run();
    assert!(first.contains("2 reminders due"), "{first}");
    assert!(run().contains("0 reminders due"));

    // A server with its reminder thread, started twice on the same data, queues nothing more.
    for _ in 0..2 {
        let mut config = crate::support::config(server.data.path());
        config.mail.reminders_every = Some(Duration::from_millis(50));
        let started = licensedesk::commands::serve::start(config).unwrap();
        eventually("three reminder runs of the thread", || {
            started.background.reminder_runs() >= 3
        });
        started.server.shutdown();
    }
    let mails = outbox_of(&server);
    let support_mails: Vec<_> = mails.iter().filter(|m| m.1 == "support-reminder").collect();
    assert_eq!(support_mails.len(), 2, "one per person: {mails:?}");
    assert!(support_mails.iter().any(|m| m.0 == "bob@example.com"));
    assert!(
        support_mails[0].2.contains("ends in 30 days"),
        "{:?}",
        support_mails[0]
    );
    assert!(
        support_mails[0]
            .3
            .contains("https://licences.example/licences/")
    );
    let evaluation_mails: Vec<_> = mails
        .iter()
        .filter(|m| m.1 == "evaluation-reminder")
        .collect();
    assert_eq!(evaluation_mails.len(), 1);
    assert_eq!(mails.len(), 3);
    assert_eq!(server.count("SELECT count(*) FROM reminders_sent"), 2);
}

fn outbox_of(server: &TestServer) -> Vec<(String, String, String, String)> {
    outbox(server)
        .into_iter()
        .map(|m| (m.to, m.kind, m.subject, m.body))
        .collect()
}

#[test]
fn the_reminder_thread_of_serve_queues_due_reminders() {
    let data = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(data, |config| {
        config.mail.reminders_every = Some(Duration::from_millis(50));
    });
    server.setup_admin();
    let ann = add_user(&server, "ann@example.com");
    // The contact comes first: the thread runs every 50 ms, and a reminder due before anyone
    // is a contact is recorded as sent (to nobody).
    let licence = licence_with(&server, "SEN-15", |l| l.support_expiry = None);
    add_contact(&server, licence, ann, "technical");
    server
        .db()
        .execute(
            "UPDATE licences SET support_expiry = ?1 WHERE id = ?2",
            rusqlite::params![in_days(15).to_string(), licence.0],
        )
        .unwrap();
    eventually("the reminder", || {
        !mails_to(&server, "ann@example.com", "support-reminder").is_empty()
    });
    // Later runs of the same day find the reminder already sent.
    let runs = server.started().background.reminder_runs();
    eventually("three more reminder runs", || {
        server.started().background.reminder_runs() >= runs + 3
    });
    assert_eq!(
        mails_to(&server, "ann@example.com", "support-reminder").len(),
        1
    );
}

#[test]
fn serve_refuses_an_unusable_smtp_url_with_a_clear_message() {
    let data = tempfile::tempdir().unwrap();
    let result = binary()
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--smtp-url",
            "ftp://nope",
            "--data-dir",
        ])
        .arg(data.path())
        .output()
        .unwrap();
    assert_eq!(result.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&result.stderr);
    assert!(stderr.contains("the SMTP URL is not usable"), "{stderr}");
}

#[test]
fn serve_delivers_through_smtp_url_and_stops_cleanly_on_sigterm() {
    let sink = SmtpSink::start();
    let data = tempfile::tempdir().unwrap();
    let mut add = binary()
        .args([
            "user",
            "add",
            "ann@example.com",
            "--password-stdin",
            "--bcrypt-cost",
            "4",
            "--data-dir",
        ])
        .arg(data.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = add.stdin.take().unwrap();
        writeln!(stdin, "{PASSWORD}").unwrap();
    }
    assert!(add.wait().unwrap().success());
    let url = sink.url();
    let serve = crate::cli::ServeProcess::start(data.path(), &["--smtp-url", &url]);
    let mut visitor = serve.client();
    let answer = visitor.submit("/forgot", "/forgot", &[("email", "ann@example.com")]);
    assert_eq!(answer.status, 200);
    let received = sink.wait_for(1);
    assert_eq!(received[0].rcpt_to, ["<ann@example.com>"]);
    assert!(serve.terminate().success());
}

/// Runs `licensedesk reminders run` on the server's data directory; what it printed.
pub(crate) fn run_reminders(server: &TestServer) -> String {
    let result = binary()
        .args([
            "reminders",
            "run",
            "--base-url",
            "https://licences.example",
            "--data-dir",
        ])
        .arg(server.data.path())
        .output()
        .unwrap();
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    String::from_utf8_lossy(&result.stdout).into_owned()
}
