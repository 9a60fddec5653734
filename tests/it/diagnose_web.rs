//! The everyday web around diagnosis: recording an installation from the Diagnose page and
//! deleting a stale one, the result in the page's own words, `reminders run` from cron linking
//! to the server's address with the product named once, "Check your mail" without a command
//! line, and error pages that keep the navigation.

use licensedesk::domain::LicenceId;
use licensedesk::store::instances;

use crate::cli::binary;
use crate::diagnose::{insert_licence, key_for};
use crate::support::people::{add_contact, add_user, licence_with, outbox, signed_in};
use crate::support::{Client, TestServer};

const SID: &str = "B7QW-LK2M-9HZD-XR4T";

/// A server with an administrator, and Ann, a contact of her licence (SEN-600, whose key she
/// pastes); Bob, a contact of nothing. Ann's licence id and key.
fn ann_and_bob() -> (TestServer, Client, Client, Client, LicenceId, String) {
    let (server, admin) = TestServer::with_admin();
    let ann_id = add_user(&server, "ann@example.com");
    add_user(&server, "bob@example.com");
    let key = key_for("SEN-600", "conf", &[]);
    let licence = insert_licence(&server.db(), "SEN-600", Some(&key), None);
    add_contact(&server, licence, ann_id, "technical");
    let ann = signed_in(&server, "ann@example.com");
    let bob = signed_in(&server, "bob@example.com");
    (server, admin, ann, bob, licence, key)
}

fn diagnose_and_record(
    client: &mut Client,
    key: &str,
    label: &str,
    host: &str,
) -> crate::support::Resp {
    let csrf = client.get("/diagnose").csrf();
    client.post(
        "/diagnose",
        &[
            ("csrf", &csrf),
            ("key", key),
            ("server_id", SID),
            ("record", "yes"),
            ("label", label),
            ("host", host),
        ],
    )
}

/// An installation recorded straight in the database, running `licence`.
fn recorded(server: &TestServer, licence: LicenceId, host: &str, label: &str) -> i64 {
    let conn = server.db();
    let tx = conn.unchecked_transaction().unwrap();
    let id = instances::record(
        &tx,
        &instances::NewInstance {
            product: "Confluence",
            label,
            host,
            home: "/srv/wiki",
            server_id: Some(SID),
            verdict: "match",
            recorded_by: "command line",
            keys: &[instances::InstanceKey {
                licence_key: "KEY".into(),
                sen: None,
                licence_id: Some(licence),
            }],
            cluster_node: None,
            cluster: None,
        },
        0,
    )
    .unwrap();
    tx.commit().unwrap();
    id
}

#[test]
fn the_diagnose_page_records_an_installation_of_a_licence_one_may_change() {
    let (server, _admin, mut ann, mut bob, licence, key) = ann_and_bob();
    let page = ann.get("/diagnose");
    assert!(
        page.body
            .contains("<label class=\"inline\" for=\"field-record\">"),
        "{}",
        page.body
    );
    for id in ["field-label", "field-host"] {
        assert!(page.body.contains(&format!("<label for=\"{id}\"")), "{id}");
    }

    // Asked to record without a label: said next to the field, nothing recorded.
    let no_label = diagnose_and_record(&mut ann, &key, "  ", "web01.example");
    assert_eq!(no_label.status, 422);
    assert!(
        no_label.body.contains("id=\"field-label-error\""),
        "{}",
        no_label.body
    );
    let line_break = diagnose_and_record(&mut ann, &key, "wiki\nprod", "web01.example");
    assert_eq!(line_break.status, 422);
    let too_long = diagnose_and_record(&mut ann, &key, &"x".repeat(201), "web01.example");
    assert_eq!(too_long.status, 422);
    // Bob's diagnosis finds no licence of his: nothing to record it under.
    let not_his = diagnose_and_record(&mut bob, &key, "wiki prod", "web01.example");
    assert_eq!(not_his.status, 403, "{}", not_his.text());
    assert!(
        not_his.text().contains("Nothing was recorded"),
        "{}",
        not_his.text()
    );
    assert_eq!(server.count("SELECT count(*) FROM instances"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'instance-recorded'"),
        0
    );

    let done = diagnose_and_record(&mut ann, &key, "wiki prod", "web01.example");
    assert_eq!(done.status, 200, "{}", done.text());
    let text = done.text();
    assert!(
        text.contains("Recorded as “wiki prod” on web01.example."),
        "{text}"
    );
    let (id, label, host, recorded_by): (i64, String, String, String) = server
        .db()
        .query_row(
            "SELECT id, label, host, recorded_by FROM instances",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (label.as_str(), host.as_str()),
        ("wiki prod", "web01.example")
    );
    assert_eq!(recorded_by, "ann@example.com");
    assert_eq!(instances::licences_of(&server.db(), id).unwrap(), [licence]);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'instance-recorded' AND licence_id = {}",
            licence.0
        )),
        1
    );
    // The result lists it where the licence is installed, and so does the licence's page,
    // each with its delete link.
    assert!(
        done.body
            .contains(&format!("href=\"/instances/{id}/delete\"")),
        "{}",
        done.body
    );
    let licence_page = ann.get(&format!("/licences/{}", licence.0));
    assert!(licence_page.text().contains("wiki prod"));
    assert!(
        licence_page
            .body
            .contains(&format!("href=\"/instances/{id}/delete\""))
    );
    // Bob cannot take over the label on that host.
    let bob_key = key_for("SEN-700", "conf", &[]);
    let bobs = insert_licence(&server.db(), "SEN-700", Some(&bob_key), None);
    let bob_id = licensedesk::store::accounts::by_email(
        &server.db(),
        &licensedesk::domain::Email::parse("bob@example.com").unwrap(),
    )
    .unwrap()
    .unwrap()
    .id;
    add_contact(&server, bobs, bob_id, "technical");
    let taken = diagnose_and_record(&mut bob, &bob_key, "wiki prod", "web01.example");
    assert_eq!(taken.status, 409, "{}", taken.text());
    assert!(taken.body.contains("id=\"field-label-error\""));
    assert_eq!(instances::licences_of(&server.db(), id).unwrap(), [licence]);
    // Under a label of his own, he may.
    let his = diagnose_and_record(&mut bob, &bob_key, "bob's wiki", "web01.example");
    assert_eq!(his.status, 200, "{}", his.text());
    assert_eq!(server.count("SELECT count(*) FROM instances"), 2);
}

#[test]
fn a_stale_installation_is_deleted_through_a_confirmation_by_who_may_change_it() {
    let (server, mut admin, mut ann, mut bob, licence, _) = ann_and_bob();
    let id = recorded(&server, licence, "old-host.example", "wiki <old>");
    let path = format!("/instances/{id}/delete");

    let confirm = ann.get(&path);
    assert_eq!(confirm.status, 200);
    let text = confirm.text();
    assert!(text.contains("“wiki <old>” on old-host.example"), "{text}");
    assert!(text.contains("SEN-600"), "names the licence: {text}");
    assert!(confirm.body.contains(&format!("action=\"{path}\"")));
    assert_eq!(server.count("SELECT count(*) FROM instances"), 1);

    // Bob may not know of it; a forged form changes nothing.
    assert_eq!(bob.get(&path).status, 404);
    let csrf = bob.get("/diagnose").csrf();
    assert_eq!(bob.post(&path, &[("csrf", &csrf)]).status, 404);
    assert_eq!(ann.post(&path, &[("csrf", "forged")]).status, 403);
    for bad in [
        "/instances/0/delete",
        "/instances/x/delete",
        "/instances/99999/delete",
    ] {
        assert_eq!(ann.get(bad).status, 404, "{bad}");
    }
    assert_eq!(server.count("SELECT count(*) FROM instances"), 1);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'instance-deleted'"),
        0
    );

    let csrf = ann.get("/diagnose").csrf();
    let done = ann.post(&path, &[("csrf", &csrf)]);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), format!("/licences/{}", licence.0));
    assert_eq!(server.count("SELECT count(*) FROM instances"), 0);
    assert_eq!(server.count("SELECT count(*) FROM instance_keys"), 0);
    let (actor, before): (String, String) = server
        .db()
        .query_row(
            "SELECT actor_label, before_json FROM audit_log WHERE action = 'instance-deleted' \
             AND licence_id = ?1",
            [licence.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("audit entry");
    assert_eq!(actor, "ann@example.com");
    assert!(before.contains("old-host.example"), "{before}");
    let next = ann.get(done.location());
    assert!(
        next.text().contains("The installation was deleted."),
        "{}",
        next.text()
    );
    assert_eq!(ann.get(&path).status, 404);

    // An administrator may delete one that runs no licence at all.
    let orphan = {
        let conn = server.db();
        instances::record(
            &conn,
            &instances::NewInstance {
                product: "Jira",
                label: "lab",
                host: "",
                home: "/srv/jira",
                server_id: None,
                verdict: "no-licence",
                recorded_by: "command line",
                keys: &[],
                cluster_node: None,
                cluster: None,
            },
            0,
        )
        .unwrap()
    };
    let orphan_path = format!("/instances/{orphan}/delete");
    assert_eq!(ann.get(&orphan_path).status, 404);
    assert_eq!(admin.get(&orphan_path).status, 200);
    let csrf = admin.get("/diagnose").csrf();
    let gone = admin.post(&orphan_path, &[("csrf", &csrf)]);
    assert_eq!(gone.status, 303);
    assert_eq!(gone.location(), "/diagnose");
    assert_eq!(server.count("SELECT count(*) FROM instances"), 0);
}

#[test]
fn the_result_speaks_the_pages_words_and_shows_no_empty_heading() {
    let (_server, _admin, mut ann, _bob, _licence, key) = ann_and_bob();
    let csrf = ann.get("/diagnose").csrf();
    // A key without a Server ID: the page asks for its field, not for an option.
    let pasted = ann.post("/diagnose", &[("csrf", &csrf), ("key", &key)]);
    assert_eq!(pasted.status, 200);
    let text = pasted.text();
    assert!(text.contains("type it in the Server ID field"), "{text}");
    // A Jira dbconfig.xml: the database is never read, the keys are unknown.
    let dbconfig = "<?xml version=\"1.0\"?>\n<jira-database-config><database-type>postgres72</database-type>\
        <jdbc-datasource><url>jdbc:postgresql://db:5432/jira</url><username>jira</username>\
        <password>x</password></jdbc-datasource></jira-database-config>";
    let upload = ann.post_multipart(
        "/diagnose",
        &[("csrf", &csrf)],
        &[("file", "dbconfig.xml", dbconfig.as_bytes())],
    );
    assert_eq!(upload.status, 200, "{}", upload.text());
    let jira = upload.text();
    assert!(jira.contains("cannot-tell"), "{jira}");
    assert!(
        !jira.contains("Installed licence keys"),
        "an empty heading: {jira}"
    );
    assert!(pasted.text().contains("Installed licence keys"));
    for (what, text) in [("pasted", &text), ("dbconfig", &jira)] {
        let option = text
            .split_whitespace()
            .find(|word| word.trim_start_matches('(').starts_with("--"));
        assert_eq!(option, None, "{what}: a command-line option in {text}");
        for command in ["licensedesk import", "licensedesk server-id", "diagnose --"] {
            assert!(!text.contains(command), "{what}: {command} in {text}");
        }
        assert!(!text.contains("given by hand ("), "{what}: {text}");
    }
    // Machine codes are single words that do not break inside.
    assert!(
        upload
            .body
            .contains("<code class=\"machine-code\">cannot-tell</code>")
    );
    let css = ann.get("/assets/style.css");
    assert!(css.body.contains(
        "code.machine-code { word-break: normal; overflow-wrap: normal; white-space: nowrap; }"
    ));
}

#[test]
fn reminders_run_from_cron_links_to_the_servers_address_and_names_the_product_once() {
    let data = tempfile::tempdir().unwrap();
    let mut server = TestServer::start_with(data, |config| {
        config.base_url = Some("https://licences.example.test/".into());
    });
    server.stop();
    let ann = add_user(&server, "ann@example.com");
    let in_30_days = jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(30))
        .unwrap();
    let licence = licence_with(&server, "SEN-30", |l| l.support_expiry = Some(in_30_days));
    add_contact(&server, licence, ann, "technical");
    let run = binary()
        .args(["reminders", "run", "--data-dir"])
        .arg(server.data.path())
        .env_remove("LICENSEDESK_BASE_URL")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let mails = outbox(&server);
    let reminder = mails
        .iter()
        .find(|m| m.kind == "support-reminder")
        .expect("a reminder");
    assert!(
        reminder.body.contains(&format!(
            "https://licences.example.test/licences/{}",
            licence.0
        )),
        "{}",
        reminder.body
    );
    assert!(!reminder.body.contains("127.0.0.1"), "{}", reminder.body);
    assert_eq!(
        reminder.body.to_lowercase().matches("jira").count(),
        1,
        "the product once: {}",
        reminder.body
    );
    assert!(
        reminder
            .body
            .contains("JIRA (Server) 10 Users: Commercial License (SEN-30)")
    );
}

#[test]
fn check_your_mail_prints_no_command_line() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut visitor = server.client();
    let sent = visitor.submit("/forgot", "/forgot", &[("email", "ann@example.com")]);
    assert_eq!(sent.status, 200);
    let text = sent.text();
    assert!(text.contains("Check your mail"), "{text}");
    assert!(!text.contains("licensedesk user"), "{text}");
    assert!(!text.contains("reset-link"), "{text}");
    assert!(text.contains("ask an administrator"), "{text}");
}

#[test]
fn error_pages_keep_the_navigation_for_someone_signed_in() {
    let (server, mut admin, mut ann, _bob, _licence, _) = ann_and_bob();
    let other = insert_licence(&server.db(), "SEN-800", None, None);
    for path in [
        format!("/licences/{}", other.0),
        "/no-such-page".to_owned(),
        "/admin".to_owned(),
    ] {
        let page = ann.get(&path);
        assert_eq!(page.status, 404, "{path}");
        assert!(
            page.text().contains("Signed in as ann@example.com"),
            "{path}: {}",
            page.text()
        );
        assert!(
            page.body.contains("href=\"/diagnose\""),
            "{path}: the navigation"
        );
        assert!(
            !page.body.contains("href=\"/admin\""),
            "{path}: no admin link"
        );
        assert!(!page.text().contains("SEN-800"), "{path}: nothing leaks");
    }
    let bad = ann.get("/licences?page=0");
    assert_eq!(bad.status, 400);
    assert!(bad.text().contains("Signed in as ann@example.com"));
    let not_found = admin.get("/no-such-page");
    assert!(
        not_found.body.contains("href=\"/admin\""),
        "the admin's navigation"
    );
    let anonymous = server.client().get("/no-such-page");
    assert_eq!(anonymous.status, 404);
    assert!(!anonymous.text().contains("Signed in as"));
}
