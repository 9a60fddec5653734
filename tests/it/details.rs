//! A licence's own page and its actions, over HTTP: upgrade for Unlimited licences, the key that
//! lags an upgrade, linking and unlinking developer licences, empty fields, the Server ID
//! history's reasons, who an evaluation's technical contact is, dates a century away, the
//! confirmations and the error summary of long forms.

use jiff::ToSpan;
use licensedesk::domain::{LicenceFields, LicenceId};

use crate::portal::{insert, new_licence, user};
use crate::support::{Client, Resp, TestServer, encoder};

fn follow(client: &mut Client, response: &Resp) -> Resp {
    assert_eq!(response.status, 303, "{}", response.text());
    client.get(response.location())
}

fn text_of(server: &TestServer, sql: &str) -> Option<String> {
    server.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn contact(server: &TestServer, licence: LicenceId, email: &str) {
    let account = crate::portal::account_id(server, email);
    licensedesk::store::licences::add_contact(&server.db(), licence, account, "technical", 1)
        .unwrap();
}

#[test]
fn upgrade_is_not_offered_for_an_unlimited_licence_and_is_refused_if_posted() {
    let (server, mut admin) = TestServer::with_admin();
    let unlimited = insert(
        &server,
        LicenceFields {
            name: "JIRA (Server) Unlimited Users: Commercial License".into(),
            user_tier: None,
            ..new_licence("SEN-9601")
        },
    );
    let limited = insert(&server, new_licence("SEN-9602"));
    let page = admin.get(&format!("/licences/{unlimited}"));
    assert_eq!(page.status, 200);
    assert!(
        !page
            .body
            .contains(&format!("/licences/{unlimited}/upgrade"))
    );
    assert!(page.text().contains("Renew"));
    let other = admin.get(&format!("/licences/{limited}"));
    assert!(other.body.contains(&format!("/licences/{limited}/upgrade")));

    let path = format!("/licences/{unlimited}/upgrade");
    let form = admin.get(&path);
    assert_eq!(form.status, 200);
    assert!(
        form.text()
            .contains("This licence is for unlimited users already")
    );
    assert!(form.field_value("user_tier").is_none(), "no upgrade form");
    let refused = admin.post(&path, &[("csrf", &form.csrf()), ("user_tier", "1000000")]);
    assert_eq!(refused.status, 400);
    assert!(
        refused
            .text()
            .contains("This licence is for unlimited users already")
    );
    assert_eq!(server.count("SELECT count(*) FROM orders"), 0);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE id = {unlimited} AND user_tier IS NULL"
        )),
        1
    );
}

#[test]
fn after_an_upgrade_recorded_without_its_key_the_page_asks_for_the_upgraded_key() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(
        &server,
        LicenceFields {
            name: "JIRA (Server) 5 Users: Commercial License".into(),
            user_tier: Some(5),
            licence_key: Some(encoder::test_key(
                "SEN-9611",
                "jira",
                &[("NumberOfUsers", "5")],
            )),
            key_genuine: Some(false),
            ..new_licence("SEN-9611")
        },
    );
    let page = admin.get(&format!("/licences/{id}"));
    assert!(
        !page.text().contains("The key on record"),
        "key and licence agree: {}",
        page.text()
    );
    let path = format!("/licences/{id}/upgrade");
    let upgraded = admin.submit(&path, &path, &[("user_tier", "25")]);
    let page = follow(&mut admin, &upgraded);
    assert!(
        page.text().contains(
            "The key on record is for 5 Users (the licence is for 25 Users now): add the upgraded key."
        ),
        "{}",
        page.text()
    );
    assert!(page.body.contains(&format!(
        "href=\"/licences/{id}/replace-key\">Add the upgraded key"
    )));
}

#[test]
fn a_developer_licence_already_here_is_linked_and_unlinked_through_confirmations() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let mut bob = user(&server, "bob@example.com");
    let production = insert(&server, new_licence("SEN-9621"));
    contact(&server, production, "ann@example.com");
    let developer = insert(
        &server,
        LicenceFields {
            name: "JIRA (Server) 500 Users: Developer License".into(),
            licence_type: "Developer".into(),
            support_expiry: Some(jiff::civil::date(2025, 1, 1)),
            ..new_licence("SEN-9622")
        },
    );
    contact(&server, developer, "ann@example.com");
    let bobs = insert(&server, new_licence("SEN-9623"));
    contact(&server, bobs, "bob@example.com");
    let linked = |server: &TestServer| {
        text_of(
            server,
            &format!(
                "SELECT CAST(production_licence_id AS TEXT) FROM licences WHERE id = {developer}"
            ),
        )
    };

    let path = format!("/licences/{production}/developer");
    let page = ann.get(&path);
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .contains("Link a developer licence already here")
    );
    assert!(
        page.body
            .contains(&format!("<option value=\"{developer}\">"))
    );

    // The first post asks; nothing changes yet.
    let asked = ann.submit(
        &path,
        &path,
        &[("action", "link"), ("developer", &developer.to_string())],
    );
    assert_eq!(asked.status, 200);
    let text = asked.text();
    assert!(text.contains("Link a developer licence?"), "{text}");
    assert!(text.contains("JIRA · JIRA (Server) 500 Users: Developer License · SEN SEN-9622"));
    assert!(
        text.contains("will be linked to JIRA (Server) 500 Users: Commercial License (SEN-9621)")
    );
    assert!(asked.body.contains("class=\"button cancel\""));
    assert_eq!(linked(&server), None);

    // A stranger cannot link it to their licence, nor unlink it: 404, nothing changes.
    let bobs_path = format!("/licences/{bobs}/developer");
    let refused = bob.submit(
        &bobs_path,
        &bobs_path,
        &[
            ("action", "link"),
            ("developer", &developer.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(refused.status, 404);
    let refused = bob.submit(
        &bobs_path,
        &path,
        &[
            ("action", "link"),
            ("developer", &developer.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(refused.status, 404);
    // Not a developer licence, or nothing chosen: refused with a reason.
    let not_developer = ann.submit(
        &path,
        &path,
        &[
            ("action", "link"),
            ("developer", &production.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(not_developer.status, 400);
    assert!(
        not_developer
            .text()
            .contains("Only a developer licence can be linked")
    );
    let nothing = ann.submit(&path, &path, &[("action", "link"), ("developer", "x")]);
    assert_eq!(nothing.status, 400);
    assert_eq!(linked(&server), None);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action LIKE 'developer-licence-%'"),
        0
    );

    let done = ann.submit(
        &path,
        &path,
        &[
            ("action", "link"),
            ("developer", &developer.to_string()),
            ("confirm", "yes"),
        ],
    );
    let page = follow(&mut ann, &done);
    assert!(page.text().contains("The developer licence was linked."));
    assert_eq!(linked(&server), Some(production.to_string()));
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE id = {developer} AND support_expiry = \
             (SELECT support_expiry FROM licences WHERE id = {production})"
        )),
        1,
        "it follows the production licence's support expiry"
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'developer-licence-linked' \
             AND licence_id = {developer} AND actor_label = 'ann@example.com'"
        )),
        1
    );
    assert!(
        page.body
            .contains(&format!("name=\"developer\" value=\"{developer}\""))
    );

    // Unlink: a confirmation, then the link is gone and audited.
    let asked = ann.submit(
        &path,
        &path,
        &[("action", "unlink"), ("developer", &developer.to_string())],
    );
    assert_eq!(asked.status, 200);
    assert!(asked.text().contains("Unlink the developer licence?"));
    assert!(
        asked
            .text()
            .contains("JIRA · JIRA (Server) 500 Users: Developer License · SEN SEN-9622")
    );
    assert_eq!(linked(&server), Some(production.to_string()));
    let done = ann.submit(
        &path,
        &path,
        &[
            ("action", "unlink"),
            ("developer", &developer.to_string()),
            ("confirm", "yes"),
        ],
    );
    let page = follow(&mut ann, &done);
    assert!(page.text().contains("The developer licence was unlinked."));
    assert_eq!(linked(&server), None);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'developer-licence-unlinked' \
             AND licence_id = {developer} AND actor_label = 'ann@example.com'"
        )),
        1
    );
    // Unlinking again: it is not linked here.
    let again = ann.submit(
        &path,
        &path,
        &[
            ("action", "unlink"),
            ("developer", &developer.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(again.status, 400);
    assert!(again.text().contains("is not linked to this licence"));
}

#[test]
fn empty_fields_show_a_dash_and_server_ids_are_monospaced_at_body_size() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(
        &server,
        LicenceFields {
            organisation: String::new(),
            licensed_to: String::new(),
            support_level: String::new(),
            server_id: Some("BG9T-XUV4-KZZH-B01W".into()),
            ..new_licence("SEN-9631")
        },
    );
    let page = admin.get(&format!("/licences/{id}"));
    let text = page.text();
    for shown in [
        "Licensed to —",
        "Support level —",
        "Organisation on the key — ",
    ] {
        assert!(text.contains(shown), "{shown:?} in {text}");
    }
    assert!(
        page.body
            .contains("<code class=\"server-id\">BG9T-XUV4-KZZH-B01W</code>")
    );
}

#[test]
fn the_server_id_history_says_new_evaluation_or_entered_by_hand_and_shows_the_zone() {
    let (server, mut admin) = TestServer::with_admin();
    let started = admin.submit(
        "/licences/new-evaluation",
        "/licences/new-evaluation",
        &[
            ("product", "Confluence"),
            ("deployment", "server"),
            ("server_id", "BG9T-XUV4-KZZH-B01W"),
        ],
    );
    let page = follow(&mut admin, &started);
    let text = page.text();
    assert!(text.contains("new evaluation"), "{text}");
    assert!(!text.contains("edited"), "{text}");
    // Times say their zone.
    let zone = jiff::Zoned::now()
        .with_time_zone(jiff::tz::TimeZone::system())
        .strftime("%Z")
        .to_string();
    assert!(text.contains(&format!(" {zone} ")), "{zone} in {text}");
    assert_eq!(
        server.count("SELECT count(*) FROM server_id_history WHERE reason = 'evaluation'"),
        1
    );
    // An administrator who starts an evaluation is its technical contact.
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
             JOIN licences l ON l.id = c.licence_id \
             WHERE l.is_evaluation = 1 AND c.role = 'technical' AND a.is_admin = 1"
        ),
        1
    );

    let added = admin.submit(
        "/licences/new",
        "/licences/new/hand",
        &[
            ("product", "Confluence"),
            ("licence_type", "Commercial"),
            ("deployment", "server"),
            ("user_tier", "25"),
            ("server_id", "B7QW-LK2M-9HZD-XR4T"),
            ("organisation", "Example Ltd"),
            ("support_expiry", "2030-01-01"),
        ],
    );
    let page = follow(&mut admin, &added);
    assert!(page.text().contains("entered by hand"), "{}", page.text());
    assert_eq!(
        server.count("SELECT count(*) FROM server_id_history WHERE reason = 'by-hand'"),
        1
    );
    // A hand-entered licence does not make the administrator its contact.
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licence_contacts c JOIN licences l ON l.id = c.licence_id \
             WHERE l.is_evaluation = 0"
        ),
        0
    );
}

#[test]
fn dates_a_century_away_give_no_day_counts_or_years_of_arithmetic() {
    let (server, mut admin) = TestServer::with_admin();
    let ancient = insert(
        &server,
        LicenceFields {
            purchase_date: Some(jiff::civil::date(1900, 1, 1)),
            support_expiry: Some(jiff::civil::date(2199, 12, 31)),
            ..new_licence("SEN-9641")
        },
    );
    let evaluation = |start, end| LicenceFields {
        name: "Confluence (Server): Evaluation License".into(),
        licence_type: "Evaluation".into(),
        is_evaluation: true,
        purchase_date: Some(start),
        licence_expiry: Some(end),
        support_expiry: Some(end),
        ..new_licence("")
    };
    let backwards = insert(
        &server,
        LicenceFields {
            sen: None,
            ..evaluation(
                jiff::civil::date(2199, 12, 31),
                jiff::civil::date(1900, 1, 1),
            )
        },
    );
    let long = insert(
        &server,
        LicenceFields {
            sen: None,
            ..evaluation(
                jiff::civil::date(1900, 1, 1),
                jiff::civil::date(2199, 12, 31),
            )
        },
    );
    for id in [ancient, backwards, long] {
        let page = admin.get(&format!("/licences/{id}"));
        assert_eq!(page.status, 200);
        let text = page.text();
        assert!(!text.contains("years"), "{text}");
        assert!(!text.contains("Day 1 of -"), "{text}");
        assert!(
            text.contains("1900-01-01") && text.contains("2199-12-31"),
            "{text}"
        );
    }
    for id in [backwards, long] {
        let text = admin.get(&format!("/licences/{id}")).text();
        assert!(
            text.contains("The evaluation's start and end dates are unusual"),
            "{text}"
        );
        let extend = admin.get(&format!("/licences/{id}/extend"));
        assert!(!extend.text().contains("Day 1 of -"), "{}", extend.text());
    }
    // An ordinary evaluation still counts its days.
    let today = jiff::Zoned::now().date();
    let fresh = insert(
        &server,
        LicenceFields {
            sen: None,
            ..evaluation(today - 3.days(), today + 27.days())
        },
    );
    assert!(
        admin
            .get(&format!("/licences/{fresh}"))
            .text()
            .contains("Day 4 of 30")
    );
}

#[test]
fn confirmations_name_the_licence_and_share_one_look() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(&server, new_licence("SEN-9651"));
    for page in ["archive", "delete"] {
        let confirm = admin.get(&format!("/licences/{id}/{page}"));
        assert_eq!(confirm.status, 200, "{page}");
        assert!(
            confirm
                .text()
                .contains("JIRA · JIRA (Server) 500 Users: Commercial License · SEN SEN-9651"),
            "{page}: {}",
            confirm.text()
        );
        assert!(
            confirm.body.contains(
                "<div class=\"confirm-actions\"><button class=\"primary danger\" type=\"submit\">"
            ),
            "{page}"
        );
        assert!(
            confirm.body.contains(&format!(
                "<a class=\"button cancel\" href=\"/licences/{id}\">Cancel</a>"
            )),
            "{page}"
        );
    }
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE archived = 0"),
        1
    );
}

#[test]
fn a_refused_long_form_lists_its_errors_at_the_top_and_focuses_the_first() {
    let (server, mut admin) = TestServer::with_admin();
    let refused = admin.submit(
        "/licences/new",
        "/licences/new/hand",
        &[
            ("product", ""),
            ("licence_type", "Commercial"),
            ("deployment", "server"),
            ("user_tier", "lots"),
            ("organisation", "Example Ltd"),
            ("support_expiry", "2030-01-01"),
        ],
    );
    assert_eq!(refused.status, 422);
    let body = &refused.body;
    assert!(refused.text().contains("There are problems with 2 fields:"));
    let summary = body.find("error-summary").expect("an error summary");
    let product_link = body
        .find("href=\"#field-product\"")
        .expect("a link to product");
    let tier_link = body
        .find("href=\"#field-user_tier\"")
        .expect("a link to the tier");
    assert!(summary < product_link && product_link < tier_link);
    assert!(
        product_link < body.find("id=\"field-product\"").unwrap(),
        "the summary is at the top"
    );
    // Only the first invalid field takes the focus.
    assert_eq!(body.matches(" autofocus").count(), 1, "{body}");
    let product_input = &body[body.find("id=\"field-product\"").unwrap()..];
    assert!(product_input[..product_input.find('>').unwrap()].contains("autofocus"));
    assert_eq!(server.count("SELECT count(*) FROM licences"), 0);
}

#[test]
fn the_gate_starts_empty_and_the_reason_is_prose() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let id = insert(
        &server,
        LicenceFields {
            licence_key: Some(encoder::test_key("SEN-9661", "jira", &[])),
            key_genuine: Some(false),
            server_id: Some("BG9T-XUV4-KZZH-B01W".into()),
            ..new_licence("SEN-9661")
        },
    );
    contact(&server, id, "ann@example.com");
    let gate = ann.get(&format!("/licences/{id}/key"));
    assert_eq!(gate.status, 200);
    assert_eq!(gate.field_value("server_id").as_deref(), Some(""));
    assert!(
        gate.text()
            .contains("Jira: Administration › System › System information")
    );
    assert!(gate.text().contains("Crowd: Administration › Licensing"));
    assert!(gate.body.contains("class=\"prose\" spellcheck=\"true\""));
    // An empty Server ID is refused, and nothing is unlocked.
    let refused = ann.post(
        &format!("/licences/{id}/key"),
        &[("csrf", &gate.csrf()), ("server_id", "")],
    );
    assert_eq!(refused.status, 422);
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE key_retrieved_at IS NOT NULL"),
        0
    );
}
