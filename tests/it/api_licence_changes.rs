//! The API's changes to licences: adding one by key, editing its fields, renewing, upgrading,
//! archiving and restoring, each checked as its page checks it (the page's messages, field by
//! field), recorded as its page records it (rows and audit entries with the token's account as
//! the actor), and refused to whoever may not make it, with nothing changed.

use serde_json::json;

use licensedesk::domain::api_token::TokenScope;
use licensedesk::domain::{AccountId, LicenceId, OrganisationId};
use licensedesk::store::{organisations, unix_now};

use crate::support::TestServer;
use crate::support::api::{Api, token};
use crate::support::encoder;
use crate::support::people::{add_contact, add_licence, add_user, licence_with};

fn jira_key(sen: &str) -> String {
    encoder::test_key(sen, "jira", &[])
}

fn write_api(server: &TestServer, account: AccountId) -> Api {
    Api::new(
        server,
        Some(&token(server, account, TokenScope::Write, None)),
    )
}

fn one(server: &TestServer, sql: &str) -> String {
    server
        .db()
        .query_row(sql, [], |r| r.get::<_, Option<String>>(0))
        .unwrap()
        .unwrap_or_default()
}

/// Everything a change could touch, to compare before and after a refused request.
fn snapshot(server: &TestServer) -> String {
    one(
        server,
        "SELECT (SELECT count(*) FROM licences) || '|' || \
         (SELECT group_concat(organisation || ',' || notes || ',' || coalesce(server_id, '') \
          || ',' || auto_renew || ',' || archived || ',' || coalesce(support_expiry, '') || ',' \
          || coalesce(user_tier, ''), ';') FROM licences) || '|' || \
         (SELECT count(*) FROM orders) || '|' || (SELECT count(*) FROM audit_log) || '|' || \
         (SELECT count(*) FROM organisations) || '|' || (SELECT count(*) FROM licence_contacts)",
    )
}

/// The audit entries of a licence as `action by actor`, oldest first.
fn audit(server: &TestServer, licence: i64) -> Vec<String> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT action || ' by ' || actor_label FROM audit_log WHERE licence_id = ?1 \
             ORDER BY id",
        )
        .unwrap();
    stmt.query_map([licence], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn field_errors(answer: &crate::support::api::ApiResp) -> Vec<(String, String)> {
    answer.problem(422);
    answer.json()["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["detail"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn organisation(server: &TestServer, name: &str, managers: &[AccountId]) -> OrganisationId {
    let db = server.db();
    let now = unix_now();
    let id = organisations::create(&db, name, now).unwrap().unwrap();
    for manager in managers {
        organisations::add_manager(&db, id, *manager, "tests", now).unwrap();
    }
    id
}

#[test]
fn adding_a_licence_by_key_refuses_what_the_page_refuses_and_makes_its_adder_a_contact() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let api = write_api(&server, owner);
    let key = jira_key("SEN-5101");
    let before = snapshot(&server);
    let refused = field_errors(&api.send_json("POST", "/api/v1/licences", &json!({"key": key})));
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].0, "key");
    assert!(refused[0].1.contains("not a genuine"), "{refused:?}");
    let refused = field_errors(&api.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": "garbage", "accept_not_genuine": true}),
    ));
    assert!(refused[0].1.contains("cannot be read"), "{refused:?}");
    // A body the route does not take is a 400, not a guess.
    api.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": key, "sen": "SEN-1"}),
    )
    .problem(400);
    assert_eq!(snapshot(&server), before);

    let added = api.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": key, "accept_not_genuine": true}),
    );
    assert_eq!(added.status, 201, "{}", added.body);
    let body = added.json();
    let id = body["id"].as_i64().unwrap();
    assert_eq!(body["sen"], "SEN-5101");
    assert_eq!(body["key_genuine"], false);
    assert_eq!(
        added.header("location"),
        Some(format!("/api/v1/licences/{id}").as_str())
    );
    assert_eq!(
        one(
            &server,
            &format!(
                "SELECT a.email || ' ' || c.role FROM licence_contacts c \
                 JOIN accounts a ON a.id = c.account_id WHERE c.licence_id = {id}"
            )
        ),
        "owner@example.com technical"
    );
    assert!(audit(&server, id).contains(&"licence-added by owner@example.com".to_owned()));
    // The same key again is refused as the page refuses it.
    let before = snapshot(&server);
    let refused = field_errors(&api.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": key, "accept_not_genuine": true}),
    ));
    assert!(
        refused[0].1.contains("already in the inventory"),
        "{refused:?}"
    );
    assert_eq!(snapshot(&server), before);
}

#[test]
fn a_token_narrowed_to_an_organisation_adds_only_licences_that_join_it() {
    let (server, _admin) = TestServer::with_admin();
    let manager = add_user(&server, "manager@example.com");
    // The test keys name "Example Pty Ltd".
    let named = organisation(&server, "Example Pty Ltd", &[manager]);
    let other = organisation(&server, "Other AG", &[manager]);
    let elsewhere = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Write, Some(other))),
    );
    let before = snapshot(&server);
    let refused = field_errors(&elsewhere.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": jira_key("SEN-5201"), "accept_not_genuine": true}),
    ));
    assert_eq!(refused[0].0, "key");
    assert!(
        refused[0].1.contains("Example Pty Ltd") && refused[0].1.contains("Other AG"),
        "{refused:?}"
    );
    assert_eq!(snapshot(&server), before);

    let there = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Write, Some(named))),
    );
    let added = there.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": jira_key("SEN-5202"), "accept_not_genuine": true}),
    );
    assert_eq!(added.status, 201, "{}", added.body);
    assert_eq!(added.json()["belongs_to"]["name"], "Example Pty Ltd");

    // An administrator's narrowed token creates no organisation a key names on the way.
    let admin = AccountId(
        server
            .db()
            .query_row("SELECT id FROM accounts WHERE is_admin = 1", [], |r| {
                r.get(0)
            })
            .unwrap(),
    );
    let key = encoder::test_key("SEN-5203", "jira", &[("Organisation", "Brand New KK")]);
    let admin_elsewhere = Api::new(
        &server,
        Some(&token(&server, admin, TokenScope::Write, Some(other))),
    );
    let before = snapshot(&server);
    let refused = field_errors(&admin_elsewhere.send_json(
        "POST",
        "/api/v1/licences",
        &json!({"key": key, "accept_not_genuine": true}),
    ));
    assert!(refused[0].1.contains("Brand New KK"), "{refused:?}");
    assert_eq!(snapshot(&server), before);
}

#[test]
fn editing_a_licence_checks_every_field_first_then_changes_them_all() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let id = add_licence(&server, "SEN-5301");
    add_contact(&server, id, owner, "technical");
    let api = write_api(&server, owner);
    let path = format!("/api/v1/licences/{}", id.0);
    let before = snapshot(&server);
    let refused = field_errors(&api.send_json(
        "PATCH",
        &path,
        &json!({"organisation": "  ", "notes": "fine", "server_id": "not-an-id"}),
    ));
    let fields: Vec<&str> = refused.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(fields, ["organisation", "server_id"]);
    assert_eq!(refused[0].1, "Fill in this field.");
    assert!(refused[1].1.contains("four groups"), "{refused:?}");
    // A Server ID is replaced, never emptied, as on the page.
    let refused = field_errors(&api.send_json("PATCH", &path, &json!({"server_id": null})));
    assert_eq!(refused[0].0, "server_id");
    assert!(refused[0].1.contains("Enter the Server ID"), "{refused:?}");
    api.send_json("PATCH", &path, &json!({"colour": "red"}))
        .problem(400);
    assert_eq!(snapshot(&server), before);

    let changed = api.send_json(
        "PATCH",
        &path,
        &json!({
            "organisation": "Renamed Ltd",
            "notes": "Two lines\nof notes",
            "server_id": "BG9T-XUV4-KZZH-B01W",
            "auto_renew": true,
        }),
    );
    assert_eq!(changed.status, 200, "{}", changed.body);
    let body = changed.json();
    assert_eq!(body["key_organisation"], "Renamed Ltd");
    assert_eq!(body["notes"], "Two lines\nof notes");
    assert_eq!(body["server_id"], "BG9T-XUV4-KZZH-B01W");
    assert_eq!(body["auto_renew"], true);
    assert_eq!(
        one(
            &server,
            &format!(
                "SELECT organisation || '|' || notes || '|' || server_id || '|' || auto_renew \
                 FROM licences WHERE id = {}",
                id.0
            )
        ),
        "Renamed Ltd|Two lines\nof notes|BG9T-XUV4-KZZH-B01W|1"
    );
    assert_eq!(
        audit(&server, id.0),
        [
            "organisation-changed by owner@example.com",
            "notes-changed by owner@example.com",
            "server-id-changed by owner@example.com",
            "auto-renew-on by owner@example.com",
        ]
    );
    // The same values again change nothing and record nothing.
    let before = snapshot(&server);
    let same = api.send_json(
        "PATCH",
        &path,
        &json!({"organisation": "Renamed Ltd", "auto_renew": true, "server_id": "BG9T-XUV4-KZZH-B01W"}),
    );
    assert_eq!(same.status, 200, "{}", same.body);
    assert_eq!(snapshot(&server), before);

    // Auto-renew is not for evaluations, as on the page.
    let evaluation = licence_with(&server, "SEN-5302", |l| l.is_evaluation = true);
    add_contact(&server, evaluation, owner, "technical");
    let before = snapshot(&server);
    let refused = field_errors(&api.send_json(
        "PATCH",
        &format!("/api/v1/licences/{}", evaluation.0),
        &json!({"auto_renew": true, "notes": "kept out"}),
    ));
    assert_eq!(refused[0].0, "auto_renew");
    assert!(refused[0].1.contains("extended"), "{refused:?}");
    assert_eq!(snapshot(&server), before);
}

#[test]
fn renewing_and_upgrading_record_orders_as_the_forms_do() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let id = licence_with(&server, "SEN-5401", |l| {
        l.support_expiry = Some(jiff::civil::date(2030, 3, 31));
    });
    add_contact(&server, id, owner, "technical");
    let api = write_api(&server, owner);
    let renew = format!("/api/v1/licences/{}/renew", id.0);
    let before = snapshot(&server);
    for (body, field, says) in [
        (json!({"months": 7}), "months", "Choose one of the terms"),
        (json!({}), "months", "Choose one of the terms"),
        (
            json!({"months": 12, "amount": "12,00", "currency": "EUR"}),
            "amount",
            "1200.50",
        ),
        (
            json!({"months": 12, "amount": "1200"}),
            "currency",
            "Give the currency",
        ),
        (
            json!({"months": 12, "key": "garbage"}),
            "key",
            "cannot be read",
        ),
        (
            json!({"months": 12, "key": jira_key("SEN-9999"), "accept_not_genuine": true}),
            "key",
            "SEN-9999",
        ),
    ] {
        let refused = field_errors(&api.send_json("POST", &renew, &body));
        assert!(
            refused.iter().any(|(f, d)| f == field && d.contains(says)),
            "{body}: {refused:?}"
        );
    }
    assert_eq!(snapshot(&server), before);

    let renewed = api.send_json(
        "POST",
        &renew,
        &json!({"months": 12, "po_number": "PO-77", "amount": "1200.50", "currency": "eur"}),
    );
    assert_eq!(renewed.status, 201, "{}", renewed.body);
    let order = renewed.json();
    assert_eq!(order["kind"], "renewal");
    assert_eq!(order["licence_id"], id.0);
    assert_eq!(order["po_number"], "PO-77");
    assert_eq!(order["amount"], "1200.50");
    assert_eq!(order["currency"], "EUR");
    assert_eq!(order["placed_by"], "owner@example.com");
    assert_eq!(order["licence"]["support_expiry"], "2031-03-31");
    let number = order["number"].as_str().unwrap().to_owned();
    assert_eq!(
        one(
            &server,
            &format!(
                "SELECT kind || ' ' || licence_id || ' ' || po_number || ' ' || amount || ' ' \
                 || currency FROM orders WHERE number = '{number}'"
            )
        ),
        format!("renewal {} PO-77 1200.50 EUR", id.0)
    );
    assert_eq!(
        one(
            &server,
            &format!("SELECT support_expiry FROM licences WHERE id = {}", id.0)
        ),
        "2031-03-31"
    );
    assert_eq!(
        audit(&server, id.0),
        ["licence-renewed by owner@example.com"]
    );

    let upgrade = format!("/api/v1/licences/{}/upgrade", id.0);
    let before = snapshot(&server);
    for (body, says) in [
        (json!({"user_tier": 5}), "choose more than 10 Users"),
        (json!({}), ""),
        (json!({"user_tier": "lots"}), ""),
    ] {
        let refused = field_errors(&api.send_json("POST", &upgrade, &body));
        assert_eq!(refused[0].0, "user_tier", "{body}: {refused:?}");
        assert!(refused[0].1.contains(says), "{body}: {refused:?}");
    }
    assert_eq!(snapshot(&server), before);
    let upgraded = api.send_json("POST", &upgrade, &json!({"user_tier": 100}));
    assert_eq!(upgraded.status, 201, "{}", upgraded.body);
    let order = upgraded.json();
    assert_eq!(order["kind"], "upgrade");
    assert_eq!(order["licence"]["user_tier"], 100);
    assert_eq!(
        one(
            &server,
            &format!(
                "SELECT user_tier || ' ' || name FROM licences WHERE id = {}",
                id.0
            )
        ),
        "100 JIRA (Server) 100 Users: Commercial License"
    );
    assert_eq!(server.count("SELECT count(*) FROM orders"), 2);
    assert_eq!(
        audit(&server, id.0).last().map(String::as_str),
        Some("licence-upgraded by owner@example.com")
    );
    let unlimited = api.send_json("POST", &upgrade, &json!({"user_tier": "unlimited"}));
    assert_eq!(unlimited.status, 201, "{}", unlimited.body);
    assert!(unlimited.json()["licence"]["user_tier"].is_null());

    // An evaluation is extended, not renewed: the page's 400.
    let evaluation = licence_with(&server, "SEN-5402", |l| l.is_evaluation = true);
    add_contact(&server, evaluation, owner, "technical");
    let before = snapshot(&server);
    let detail = api
        .send_json(
            "POST",
            &format!("/api/v1/licences/{}/renew", evaluation.0),
            &json!({"months": 12}),
        )
        .problem(400);
    assert!(detail.contains("extended"), "{detail}");
    assert_eq!(snapshot(&server), before);
}

#[test]
fn an_amount_is_written_one_way_whatever_the_account_s_language() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    server
        .db()
        .execute(
            "UPDATE accounts SET language = 'de' WHERE id = ?1",
            [owner.0],
        )
        .unwrap();
    let id = add_licence(&server, "SEN-5501");
    add_contact(&server, id, owner, "technical");
    let api = write_api(&server, owner);
    let renew = format!("/api/v1/licences/{}/renew", id.0);
    let refused = field_errors(&api.send_json(
        "POST",
        &renew,
        &json!({"months": 12, "amount": "1.200,50", "currency": "EUR"}),
    ));
    assert_eq!(refused[0].0, "amount");
    assert!(refused[0].1.contains("\"1200.50\""), "{refused:?}");
    let renewed = api.send_json(
        "POST",
        &renew,
        &json!({"months": 12, "amount": "1200.50", "currency": "EUR"}),
    );
    assert_eq!(renewed.status, 201, "{}", renewed.body);
    assert_eq!(renewed.json()["amount"], "1200.50");
}

#[test]
fn archiving_and_restoring_answer_the_licence_and_twice_changes_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let id = add_licence(&server, "SEN-5601");
    // A secondary contact archives and restores, as on the page.
    let first = add_user(&server, "first@example.com");
    add_contact(&server, id, first, "technical");
    add_contact(&server, id, owner, "technical");
    let api = write_api(&server, owner);
    let archive = format!("/api/v1/licences/{}/archive", id.0);
    let restore = format!("/api/v1/licences/{}/restore", id.0);
    let archived = api.send("POST", &archive, None);
    assert_eq!(archived.status, 200, "{}", archived.body);
    assert_eq!(archived.json()["archived"], true);
    let before = snapshot(&server);
    let again = api.send("POST", &archive, None);
    assert_eq!(again.status, 200, "{}", again.body);
    assert_eq!(again.json()["archived"], true);
    assert_eq!(snapshot(&server), before);
    let restored = api.send("POST", &restore, None);
    assert_eq!(restored.status, 200, "{}", restored.body);
    assert_eq!(restored.json()["archived"], false);
    assert_eq!(
        audit(&server, id.0),
        [
            "licence-archived by owner@example.com",
            "licence-restored by owner@example.com"
        ]
    );
}

#[test]
fn a_stranger_gets_404_a_consultant_403_and_a_token_narrowed_elsewhere_404() {
    let (server, _admin) = TestServer::with_admin();
    let stranger = add_user(&server, "stranger@example.com");
    let consultant = add_user(&server, "consultant@example.com");
    let keyed = add_user(&server, "keyed@example.com");
    let ended = add_user(&server, "ended@example.com");
    let manager = add_user(&server, "manager@example.com");
    let id = add_licence(&server, "SEN-5701");
    let customer = organisation(&server, "Customer GmbH", &[manager]);
    let other = organisation(&server, "Other AG", &[manager]);
    {
        let db = server.db();
        let now = unix_now();
        organisations::set_licence(&db, id, customer).unwrap();
        organisations::grant(&db, customer, consultant, false, "tests", now, now + 86_400).unwrap();
        organisations::grant(&db, customer, keyed, true, "tests", now, now + 86_400).unwrap();
        organisations::grant(&db, customer, ended, false, "tests", now - 7200, now - 3600).unwrap();
    }
    let routes = |id: LicenceId| {
        [
            (
                "PATCH",
                format!("/api/v1/licences/{}", id.0),
                json!({"notes": "x"}),
            ),
            (
                "POST",
                format!("/api/v1/licences/{}/renew", id.0),
                json!({"months": 12}),
            ),
            (
                "POST",
                format!("/api/v1/licences/{}/upgrade", id.0),
                json!({"user_tier": 50}),
            ),
            (
                "POST",
                format!("/api/v1/licences/{}/archive", id.0),
                json!({}),
            ),
            (
                "POST",
                format!("/api/v1/licences/{}/restore", id.0),
                json!({}),
            ),
        ]
    };
    let consultant_token = token(&server, consultant, TokenScope::Write, None);
    let keyed_token = token(&server, keyed, TokenScope::Write, None);
    let mut cases = vec![
        (token(&server, stranger, TokenScope::Write, None), 404),
        (token(&server, ended, TokenScope::Write, None), 404),
        (consultant_token, 403),
        (keyed_token, 403),
        (token(&server, manager, TokenScope::Write, Some(other)), 404),
    ];
    let before = snapshot(&server);
    for (secret, status) in cases.drain(..) {
        let api = Api::new(&server, Some(&secret));
        for (method, path, body) in routes(id) {
            let answer = api.send_json(method, &path, &body);
            let detail = answer.problem(status);
            assert!(!detail.contains("SEN-5701"), "{detail}");
            if status == 403 {
                assert!(detail.contains("read-only"), "{path}: {detail}");
            }
        }
    }
    assert_eq!(snapshot(&server), before);
    // The organisation's manager changes it.
    let api = write_api(&server, manager);
    let answer = api.send_json(
        "PATCH",
        &format!("/api/v1/licences/{}", id.0),
        &json!({"notes": "managed"}),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(
        audit(&server, id.0),
        ["notes-changed by manager@example.com"]
    );
}
