//! An organisation's managers and consultants: administrators add managers by address
//! (inviting unknown ones), managers see and manage every licence of their organisation and
//! add further managers; consultants read the organisation's licences until the last day of
//! their grant, without keys unless granted, every key they are shown audited; the managers
//! are told by mail when a grant starts and, once, when it ends.

use std::time::Duration;

use jiff::civil::Date;
use licensedesk::domain::LicenceId;

use crate::mail::run_reminders;
use crate::support::encoder::test_key;
use crate::support::people::{add_user, eventually, licence_with, mails_to, outbox, signed_in};
use crate::support::{Client, TestServer};

fn in_days(days: i64) -> Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

/// Two licences of Acme (spelled two ways, as keys do), one of another company; the first
/// has a key that passed the Server ID gate.
struct Inventory {
    acme: i64,
    first: LicenceId,
    second: LicenceId,
    other: LicenceId,
    key: String,
}

fn inventory(server: &TestServer) -> Inventory {
    let key = test_key("SEN-100001", "jira", &[]);
    let first = licence_with(server, "SEN-100001", |l| {
        l.organisation = "Acme Ltd".into();
        l.licence_key = Some(key.clone());
        l.key_genuine = Some(false);
    });
    let second = licence_with(server, "SEN-100002", |l| {
        l.organisation = "ACME LTD.".into();
    });
    let other = licence_with(server, "SEN-200001", |l| {
        l.organisation = "Other GmbH".into();
    });
    server
        .db()
        .execute(
            "UPDATE licences SET key_retrieved_at = 1 WHERE id = ?1",
            [first.0],
        )
        .unwrap();
    let acme = server
        .db()
        .query_row(
            "SELECT organisation_id FROM licences WHERE id = ?1",
            [first.0],
            |row| row.get(0),
        )
        .unwrap();
    Inventory {
        acme,
        first,
        second,
        other,
        key,
    }
}

fn people(organisation: i64) -> String {
    format!("/organisations/{organisation}/people")
}

fn add_manager(client: &mut Client, organisation: i64, email: &str) -> crate::support::Resp {
    client.submit(
        &people(organisation),
        &format!("/organisations/{organisation}/managers"),
        &[("email", email), ("language", "en")],
    )
}

fn grant(
    client: &mut Client,
    organisation: i64,
    email: &str,
    until: &str,
    with_keys: bool,
) -> crate::support::Resp {
    let mut form = vec![("email", email), ("until", until), ("language", "en")];
    if with_keys {
        form.push(("with_keys", "on"));
    }
    client.submit(
        &people(organisation),
        &format!("/organisations/{organisation}/grants"),
        &form,
    )
}

fn managers(server: &TestServer, organisation: i64) -> Vec<String> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT a.email FROM organisation_access x JOIN accounts a ON a.id = x.account_id \
             WHERE x.organisation_id = ?1 AND x.role = 'manager' ORDER BY a.email",
        )
        .unwrap();
    stmt.query_map([organisation], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn audited(server: &TestServer, action: &str) -> i64 {
    server
        .db()
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = ?1",
            [action],
            |row| row.get(0),
        )
        .unwrap()
}

#[test]
fn an_admin_adds_managers_by_address_and_invites_unknown_ones() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "mia@example.com");

    let page = admin.get(&people(stock.acme));
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(
        page.text().contains("People of Acme Ltd"),
        "{}",
        page.text()
    );
    assert!(
        page.text()
            .contains("This organisation has no manager yet.")
    );

    let added = add_manager(&mut admin, stock.acme, "mia@example.com");
    assert_eq!(added.status, 303, "{}", added.body);
    assert_eq!(added.location(), people(stock.acme));
    let told = mails_to(&server, "mia@example.com", "organisation-access");
    assert_eq!(told.len(), 1);
    assert!(
        told[0]
            .subject
            .contains("You now manage the licences of Acme Ltd")
    );

    // An unknown address becomes an invited account, in the language chosen beside it.
    let invited = admin.submit(
        &people(stock.acme),
        &format!("/organisations/{}/managers", stock.acme),
        &[("email", "New.Person@Example.com"), ("language", "de")],
    );
    assert_eq!(invited.status, 303, "{}", invited.body);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM accounts WHERE email = 'new.person@example.com' \
             AND state = 'invited' AND language = 'de'"
        ),
        1
    );
    let invitation = mails_to(&server, "new.person@example.com", "invitation");
    assert_eq!(invitation.len(), 1);
    assert!(
        invitation[0]
            .body
            .contains("die Verwaltung der Lizenzen von Acme Ltd"),
        "{}",
        invitation[0].body
    );
    assert!(invitation[0].body.contains("/invite/"));
    assert_eq!(
        managers(&server, stock.acme),
        ["mia@example.com", "new.person@example.com"]
    );
    assert_eq!(audited(&server, "organisation-manager-added"), 2);

    let page = admin.get(&people(stock.acme));
    assert!(page.text().contains("mia@example.com"));
    assert!(page.text().contains("admin@example.com"), "who added them");

    // A wrong address: the form again with what was typed, nothing changed.
    let mails = outbox(&server).len();
    let refused = add_manager(&mut admin, stock.acme, "not an address");
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("value=\"not an address\""));
    assert_eq!(managers(&server, stock.acme).len(), 2);
    assert_eq!(outbox(&server).len(), mails);
    // Twice the same manager is refused the same way.
    let again = add_manager(&mut admin, stock.acme, "mia@example.com");
    assert_eq!(again.status, 422);
    assert!(
        again
            .text()
            .contains("mia@example.com already manages this organisation.")
    );
    assert_eq!(audited(&server, "organisation-manager-added"), 2);

    // An organisation that does not exist is a 404, like one the viewer cannot see.
    assert_eq!(admin.get(&people(stock.acme + 100)).status, 404);
}

#[test]
fn a_manager_sees_and_manages_their_organisation_and_nothing_else() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "mia@example.com");
    add_user(&server, "max@example.com");
    add_user(&server, "stranger@example.com");
    assert_eq!(
        add_manager(&mut admin, stock.acme, "mia@example.com").status,
        303
    );

    let mut mia = signed_in(&server, "mia@example.com");
    let list = mia.get("/licences");
    assert_eq!(list.status, 200);
    assert!(list.text().contains("SEN-100001"), "{}", list.text());
    assert!(list.text().contains("SEN-100002"));
    assert!(!list.text().contains("SEN-200001"));
    assert_eq!(mia.get(&format!("/licences/{}", stock.other.0)).status, 404);

    // The licence page offers the manager the contacts forms and shows the key.
    let page = mia.get(&format!("/licences/{}", stock.first.0));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("name=\"email_technical\""));
    assert!(page.body.contains(&stock.key[..40]));
    let added = mia.submit(
        &format!("/licences/{}", stock.first.0),
        &format!("/licences/{}/contacts", stock.first.0),
        &[
            ("role", "technical"),
            ("back", "licence"),
            ("email_technical", "tom@example.com"),
        ],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    assert_eq!(
        crate::support::people::contacts(&server, stock.first),
        ["technical:tom@example.com"]
    );
    let archived = mia.submit(
        &format!("/licences/{}/archive", stock.second.0),
        &format!("/licences/{}/archive", stock.second.0),
        &[],
    );
    assert_eq!(archived.status, 303, "{}", archived.body);
    assert_eq!(
        server.count(&format!(
            "SELECT archived FROM licences WHERE id = {}",
            stock.second.0
        )),
        1
    );
    // No manager's view of a key is audited.
    assert_eq!(audited(&server, "key-viewed"), 0);

    // A manager adds a further manager of the same organisation, and removes them again
    // after the confirmation page.
    assert_eq!(
        add_manager(&mut mia, stock.acme, "max@example.com").status,
        303
    );
    assert_eq!(
        managers(&server, stock.acme),
        ["max@example.com", "mia@example.com"]
    );
    let max_id: i64 = server.count("SELECT id FROM accounts WHERE email = 'max@example.com'");
    let remove = format!("/organisations/{}/managers/{max_id}/remove", stock.acme);
    let confirm = mia.get(&remove);
    assert_eq!(confirm.status, 200);
    assert!(
        confirm
            .text()
            .contains("max@example.com will no longer see or manage")
    );
    assert_eq!(mia.submit(&remove, &remove, &[]).status, 303);
    assert_eq!(managers(&server, stock.acme), ["mia@example.com"]);
    assert_eq!(audited(&server, "organisation-manager-removed"), 1);

    // The last manager stays, unless an administrator removes them.
    let mia_id: i64 = server.count("SELECT id FROM accounts WHERE email = 'mia@example.com'");
    let remove_mia = format!("/organisations/{}/managers/{mia_id}/remove", stock.acme);
    let refused = mia.submit(&people(stock.acme), &remove_mia, &[]);
    assert_eq!(refused.status, 409);
    assert_eq!(managers(&server, stock.acme), ["mia@example.com"]);

    // Nobody else reaches the organisation's people, or another organisation's.
    let mut stranger = signed_in(&server, "stranger@example.com");
    assert_eq!(stranger.get(&people(stock.acme)).status, 404);
    let csrf = stranger.get("/licences").csrf();
    let post = stranger.post(
        &format!("/organisations/{}/managers", stock.acme),
        &[("csrf", &csrf), ("email", "stranger@example.com")],
    );
    assert_eq!(post.status, 404);
    let other: i64 = server.count(&format!(
        "SELECT organisation_id FROM licences WHERE id = {}",
        stock.other.0
    ));
    assert_eq!(mia.get(&people(other)).status, 404);
    assert_eq!(managers(&server, stock.acme), ["mia@example.com"]);

    assert_eq!(admin.submit(&remove_mia, &remove_mia, &[]).status, 303);
    assert!(managers(&server, stock.acme).is_empty());
    assert_eq!(mia.get(&format!("/licences/{}", stock.first.0)).status, 404);
}

#[test]
fn a_consultant_reads_without_keys_and_changes_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "carl@example.com");
    let until = in_days(30).to_string();
    let granted = grant(&mut admin, stock.acme, "carl@example.com", &until, false);
    assert_eq!(granted.status, 303, "{}", granted.body);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM organisation_access WHERE role = 'consultant' \
             AND with_keys = 0 AND ends_at > unixepoch()"
        ),
        1
    );
    assert_eq!(audited(&server, "organisation-access-granted"), 1);

    let mut carl = signed_in(&server, "carl@example.com");
    let licence = format!("/licences/{}", stock.first.0);
    let page = carl.get(&licence);
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains("Key withheld: your access does not include keys."),
        "{text}"
    );
    assert!(text.contains("Read-only access until"), "{text}");
    assert!(!page.body.contains(&stock.key[..40]));
    assert!(!page.body.contains(&stock.key[..12]));
    assert!(!page.body.contains("/archive\""), "no archive link");
    assert!(!page.body.contains("name=\"notes\""), "no notes form");
    assert!(
        !page.body.contains("name=\"email_technical\""),
        "no contacts form"
    );
    assert!(!page.body.contains("/download\""));

    let csrf = page.csrf();
    let archive = carl.post(&format!("{licence}/archive"), &[("csrf", &csrf)]);
    assert_eq!(archive.status, 403);
    assert!(archive.text().contains("read-only"));
    assert_eq!(
        server.count(&format!(
            "SELECT archived FROM licences WHERE id = {}",
            stock.first.0
        )),
        0
    );
    let download = carl.get(&format!("{licence}/download"));
    assert_eq!(download.status, 403);
    assert!(download.text().contains("does not include licence keys"));
    for format in ["csv", "json", "keys"] {
        let export = carl.get(&format!("/export?format={format}"));
        assert_eq!(export.status, 200, "{format}");
        assert!(!export.body.contains(&stock.key[..40]), "{format}");
    }
    let csv = carl.get("/export?format=csv");
    assert!(csv.body.contains("SEN-100001"));
    assert!(!csv.body.contains("SEN-200001"));
    assert_eq!(
        carl.get(&format!("/licences/{}", stock.other.0)).status,
        404
    );

    // The organisation's people, read-only: no forms, and a consultant grants nothing.
    let people_page = carl.get(&people(stock.acme));
    assert_eq!(people_page.status, 200);
    assert!(!people_page.body.contains("/grants\""));
    assert!(!people_page.body.contains("/managers\""));
    let refused = carl.post(
        &format!("/organisations/{}/grants", stock.acme),
        &[
            ("csrf", &people_page.csrf()),
            ("email", "friend@example.com"),
            ("until", &until),
        ],
    );
    assert_eq!(refused.status, 403);
    assert_eq!(server.count("SELECT count(*) FROM organisation_access"), 1);
    assert_eq!(audited(&server, "key-viewed"), 0);
}

#[test]
fn every_key_a_consultant_with_keys_is_shown_is_audited() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "dora@example.com");
    let until = in_days(7).to_string();
    assert_eq!(
        grant(&mut admin, stock.acme, "dora@example.com", &until, true).status,
        303
    );
    let mut dora = signed_in(&server, "dora@example.com");
    let licence = format!("/licences/{}", stock.first.0);
    let page = dora.get(&licence);
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&stock.key[..40]));
    assert_eq!(audited(&server, "key-viewed"), 1);
    let download = dora.get(&format!("{licence}/download"));
    assert_eq!(download.status, 200);
    assert!(download.body.contains(&stock.key[..40]));
    assert_eq!(audited(&server, "key-viewed"), 2);
    let export = dora.get("/export?format=csv");
    assert!(export.body.contains(&stock.key[..40]));
    assert_eq!(audited(&server, "key-viewed"), 3);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'key-viewed' \
             AND licence_id = {} AND actor_label = 'dora@example.com'",
            stock.first.0
        )),
        3
    );
    // A licence without a key shows none, and is not audited.
    assert_eq!(
        dora.get(&format!("/licences/{}", stock.second.0)).status,
        200
    );
    assert_eq!(audited(&server, "key-viewed"), 3);
    // The administrator's views are not audited as a consultant's.
    admin.get(&licence);
    assert_eq!(audited(&server, "key-viewed"), 3);
}

#[test]
fn a_grant_ends_after_today_and_within_ninety_days() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    let mails = outbox(&server).len();
    for (until, message) in [
        (in_days(0).to_string(), "must be after today"),
        (in_days(-3).to_string(), "must be after today"),
        (in_days(91).to_string(), "at most 90 days"),
        ("next week".to_owned(), "as a date (YYYY-MM-DD)"),
        (format!("+00{}", in_days(7)), "as a date (YYYY-MM-DD)"),
        ("2".repeat(10_000), "as a date (YYYY-MM-DD)"),
    ] {
        let refused = grant(&mut admin, stock.acme, "carl@example.com", &until, true);
        assert_eq!(refused.status, 422, "{until}");
        assert!(
            refused.text().contains(message),
            "{until}: {}",
            refused.text()
        );
        assert!(refused.body.contains("value=\"carl@example.com\""));
        assert!(
            !refused.body.contains(&"2".repeat(64)),
            "a long value is not echoed"
        );
    }
    assert_eq!(server.count("SELECT count(*) FROM organisation_access"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE email = 'carl@example.com'"),
        0
    );
    assert_eq!(outbox(&server).len(), mails);
    // The 90th day is the last one allowed; an unknown address is invited.
    let granted = grant(
        &mut admin,
        stock.acme,
        "carl@example.com",
        &in_days(90).to_string(),
        false,
    );
    assert_eq!(granted.status, 303, "{}", granted.body);
    assert_eq!(mails_to(&server, "carl@example.com", "invitation").len(), 1);
    // A second grant while the first runs, and a grant to an administrator: refused.
    let grants = server.count("SELECT count(*) FROM organisation_access");
    for (email, message) in [
        ("carl@example.com", "already has running access"),
        ("admin@example.com", "is an administrator"),
    ] {
        let refused = grant(
            &mut admin,
            stock.acme,
            email,
            &in_days(5).to_string(),
            false,
        );
        assert_eq!(refused.status, 422, "{email}");
        assert!(
            refused.text().contains(message),
            "{email}: {}",
            refused.text()
        );
    }
    assert_eq!(
        server.count("SELECT count(*) FROM organisation_access"),
        grants
    );
}

/// Starts the server on the data directory with its reminder thread, lets it run a few
/// times, and stops it.
fn serve_with_reminders(server: &TestServer) {
    let mut config = crate::support::config(server.data.path());
    config.mail.reminders_every = Some(Duration::from_millis(50));
    let started = licensedesk::commands::serve::start(config).unwrap();
    eventually("three reminder runs of the thread", || {
        started.background.reminder_runs() >= 3
    });
    started.server.shutdown();
}

#[test]
fn an_ended_grant_hides_everything_and_the_managers_are_told_once() {
    let (mut server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "mia@example.com");
    add_user(&server, "carl@example.com");
    assert_eq!(
        add_manager(&mut admin, stock.acme, "mia@example.com").status,
        303
    );
    let until = in_days(10);
    assert_eq!(
        grant(
            &mut admin,
            stock.acme,
            "carl@example.com",
            &until.to_string(),
            false
        )
        .status,
        303
    );
    let to_mia = mails_to(&server, "mia@example.com", "organisation-access");
    let started: Vec<_> = to_mia
        .iter()
        .filter(|m| m.subject.contains("may now read"))
        .collect();
    assert_eq!(started.len(), 1, "{to_mia:?}");
    assert!(started[0].body.contains("carl@example.com"));
    assert!(started[0].body.contains("without the licence keys"));
    assert!(started[0].body.contains("admin@example.com"));
    let to_carl = mails_to(&server, "carl@example.com", "organisation-access");
    assert_eq!(to_carl.len(), 1);
    assert!(to_carl[0].body.contains("/licences"));

    let mut carl = signed_in(&server, "carl@example.com");
    let licence = format!("/licences/{}", stock.first.0);
    assert_eq!(carl.get(&licence).status, 200);

    // The grant's last day passes (the visibility is judged by the database's clock).
    server
        .db()
        .execute(
            "UPDATE organisation_access SET ends_at = unixepoch() - 10 WHERE role = 'consultant'",
            [],
        )
        .unwrap();
    assert_eq!(carl.get(&licence).status, 404);
    assert_eq!(
        carl.get(&format!("/licences/{}", stock.second.0)).status,
        404
    );
    assert_eq!(carl.get(&format!("{licence}/download")).status, 404);
    assert_eq!(carl.get(&people(stock.acme)).status, 404);
    let csv = carl.get("/export?format=csv");
    assert!(!csv.body.contains("SEN-100001"));
    let page = admin.get(&people(stock.acme));
    assert!(page.text().contains("revoked") || page.text().contains("ended"));

    // Told once: by the command, run twice, and by the server's thread after two restarts.
    server.stop();
    let first = run_reminders(&server);
    assert!(
        first.contains("The access of 1 consultant ended"),
        "{first}"
    );
    run_reminders(&server);
    serve_with_reminders(&server);
    serve_with_reminders(&server);
    let ended: Vec<_> = mails_to(&server, "mia@example.com", "organisation-access")
        .into_iter()
        .filter(|m| m.subject.contains("ended"))
        .collect();
    assert_eq!(ended.len(), 1);
    assert_eq!(
        ended[0].subject,
        "Access of carl@example.com to Acme Ltd ended"
    );
    assert_eq!(
        server.count("SELECT count(*) FROM organisation_access WHERE end_told_at IS NOT NULL"),
        1
    );
}

#[test]
fn revoking_ends_access_at_once_and_tells_the_managers() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "mia@example.com");
    add_user(&server, "carl@example.com");
    assert_eq!(
        add_manager(&mut admin, stock.acme, "mia@example.com").status,
        303
    );
    let mut mia = signed_in(&server, "mia@example.com");
    // A manager grants too.
    assert_eq!(
        grant(
            &mut mia,
            stock.acme,
            "carl@example.com",
            &in_days(20).to_string(),
            true
        )
        .status,
        303
    );
    let mut carl = signed_in(&server, "carl@example.com");
    let licence = format!("/licences/{}", stock.first.0);
    assert_eq!(carl.get(&licence).status, 200);
    let list = carl.get("/licences");
    assert!(list.text().contains("SEN-100001"));

    let grant_id = server.count("SELECT id FROM organisation_access WHERE role = 'consultant'");
    let revoke = format!("/organisations/{}/grants/{grant_id}/revoke", stock.acme);
    // A consultant revokes nothing.
    let csrf = carl.get(&licence).csrf();
    assert_eq!(carl.post(&revoke, &[("csrf", &csrf)]).status, 403);
    let confirm = mia.get(&revoke);
    assert_eq!(confirm.status, 200);
    assert!(
        confirm
            .text()
            .contains("carl@example.com loses read access")
    );
    let revoked = mia.submit(&revoke, &revoke, &[]);
    assert_eq!(revoked.status, 303, "{}", revoked.body);

    assert_eq!(carl.get(&licence).status, 404);
    assert!(!carl.get("/licences").text().contains("SEN-100001"));
    assert_eq!(audited(&server, "organisation-access-revoked"), 1);
    let page = mia.get(&people(stock.acme));
    assert!(page.text().contains("revoked"), "{}", page.text());
    assert!(!page.body.contains(&revoke), "no second revoke");
    let ended = || {
        mails_to(&server, "mia@example.com", "organisation-access")
            .into_iter()
            .filter(|m| m.subject.contains("ended"))
            .count()
    };
    assert_eq!(ended(), 1);
    // Revoking again is refused; the periodic run tells nobody again.
    assert_eq!(mia.submit(&people(stock.acme), &revoke, &[]).status, 409);
    run_reminders(&server);
    assert_eq!(ended(), 1);
}

#[test]
fn a_consultant_sees_their_own_access_on_the_people_page_not_the_other_consultants() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "carl@example.com");
    add_user(&server, "dora@example.com");
    let until = in_days(7).to_string();
    for email in ["carl@example.com", "dora@example.com"] {
        assert_eq!(
            grant(&mut admin, stock.acme, email, &until, false).status,
            303
        );
    }
    let people = format!("/organisations/{}/people", stock.acme);
    let everyone = admin.get(&people).text();
    assert!(everyone.contains("carl@example.com") && everyone.contains("dora@example.com"));
    let mut carl = signed_in(&server, "carl@example.com");
    let page = carl.get(&people);
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("carl@example.com"), "{text}");
    assert!(!text.contains("dora@example.com"), "{text}");
}

#[test]
fn a_consultant_changes_no_licence_through_the_diagnose_page_nor_an_import() {
    let (server, mut admin) = TestServer::with_admin();
    let stock = inventory(&server);
    add_user(&server, "carl@example.com");
    let until = in_days(7).to_string();
    assert_eq!(
        grant(&mut admin, stock.acme, "carl@example.com", &until, true).status,
        303
    );
    let mut carl = signed_in(&server, "carl@example.com");
    let before = |server: &TestServer| -> (Option<String>, Option<String>, i64) {
        server
            .db()
            .query_row(
                "SELECT server_id, licence_key, (SELECT count(*) FROM licences) FROM licences \
                 WHERE id = ?1",
                [stock.first.0],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .unwrap()
    };
    let was = before(&server);

    // The Diagnose page's "use this Server ID" on a licence the consultant reads.
    let csrf = carl.get("/diagnose").csrf();
    let applied = carl.post(
        "/diagnose/apply",
        &[
            ("csrf", csrf.as_str()),
            ("licence", &stock.first.0.to_string()),
            ("server_id", "BCDE-FGHI-JKLM-NOPQ"),
            ("confirmed", "yes"),
        ],
    );
    assert_eq!(applied.status, 403, "{}", applied.text());
    assert!(applied.text().contains("read-only"), "{}", applied.text());

    // An import of a newer key of the same licence: refused, not applied.
    let newer = test_key("SEN-100001", "jira", &[("NumberOfUsers", "500")]);
    let preview = carl.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", &newer),
            ("allow_unverified", "on"),
        ],
        &[],
    );
    if let Some(token) = preview.field_value("preview") {
        carl.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    }
    // Their own export of the organisation's licences, with a field changed, imported back:
    // the licence matches by its key, and a consultant changes none.
    let export = carl.get("/export?format=json");
    assert_eq!(export.status, 200);
    assert!(export.body.contains("SEN-100001"), "{}", export.body);
    let changed = export.body.replacen(
        "\"licensed_to\": \"\"",
        "\"licensed_to\": \"changed by carl\"",
        1,
    );
    assert_ne!(changed, export.body, "the export has a field to change");
    let preview = carl.post_multipart(
        "/import",
        &[("csrf", &csrf), ("keys", ""), ("allow_unverified", "on")],
        &[("files", "licences.json", changed.as_bytes())],
    );
    if let Some(token) = preview.field_value("preview") {
        carl.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    }
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE licensed_to = 'changed by carl'"),
        0,
        "{}",
        preview.text()
    );

    // The organisation's licence is as it was; whatever the import added is the consultant's
    // own, in no organisation.
    let now = before(&server);
    assert_eq!((now.0, now.1), (was.0, was.1), "{}", preview.text());
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE organisation_id = {} AND id <> {} \
             AND sen = 'SEN-100001'",
            stock.acme, stock.first.0
        )),
        0
    );
}
