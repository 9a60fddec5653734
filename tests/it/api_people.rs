//! The API's contacts, orders, recorded installations and audit log: each route's answer and
//! what it leaves in the database (contacts, mails in the outbox, audit entries), the page's
//! refusals with nothing changed, who sees what (a consultant reads, a stranger finds nothing,
//! a token narrowed to an organisation reaches that organisation only), and the audit log's
//! filters for administrators only.

use licensedesk::domain::api_token::TokenScope;
use licensedesk::domain::orders::OrderKind;
use licensedesk::domain::{AccountId, LicenceId, OrganisationId};
use licensedesk::store::instances::{self, InstanceKey, NewInstance};
use licensedesk::store::{orders, organisations, unix_now};
use serde_json::json;

use crate::support::TestServer;
use crate::support::api::{Api, token};
use crate::support::people::{add_contact, add_licence, add_user, contacts, mails_to, primary};

/// A portal with two organisations and everyone the rules tell apart.
struct World {
    server: TestServer,
    admin: AccountId,
    primary: AccountId,
    secondary: AccountId,
    stranger: AccountId,
    manager: AccountId,
    other_manager: AccountId,
    consultant: AccountId,
    consultant_keys: AccountId,
    ended: AccountId,
    first: OrganisationId,
    second: OrganisationId,
    /// A licence of the first organisation, with a primary and a secondary technical contact.
    licence: LicenceId,
    /// A licence of the second organisation.
    other: LicenceId,
}

fn account_id(server: &TestServer, email: &str) -> AccountId {
    AccountId(
        server
            .db()
            .query_row("SELECT id FROM accounts WHERE email = ?1", [email], |r| {
                r.get(0)
            })
            .unwrap(),
    )
}

fn world() -> World {
    let (server, _admin) = TestServer::with_admin();
    let admin = account_id(&server, crate::support::ADMIN_EMAIL);
    let primary = add_user(&server, "primary@customer.example");
    let secondary = add_user(&server, "secondary@customer.example");
    let stranger = add_user(&server, "stranger@elsewhere.example");
    let manager = add_user(&server, "manager@customer.example");
    let other_manager = add_user(&server, "manager@second.example");
    let consultant = add_user(&server, "consultant@partner.example");
    let consultant_keys = add_user(&server, "keys@partner.example");
    let ended = add_user(&server, "ended@partner.example");
    let licence = add_licence(&server, "SEN-5001");
    let other = add_licence(&server, "SEN-5002");
    add_contact(&server, licence, primary, "technical");
    add_contact(&server, licence, secondary, "technical");
    let (first, second) = {
        let db = server.db();
        let now = unix_now();
        let first = organisations::create(&db, "Erste GmbH", now)
            .unwrap()
            .unwrap();
        let second = organisations::create(&db, "第二株式会社", now)
            .unwrap()
            .unwrap();
        organisations::set_licence(&db, licence, first).unwrap();
        organisations::set_licence(&db, other, second).unwrap();
        organisations::add_manager(&db, first, manager, "tests", now).unwrap();
        organisations::add_manager(&db, second, other_manager, "tests", now).unwrap();
        let month = 30 * 86_400;
        organisations::grant(
            &db,
            first,
            consultant,
            false,
            "tests",
            now - month,
            now + month,
        )
        .unwrap();
        organisations::grant(
            &db,
            first,
            consultant_keys,
            true,
            "tests",
            now - month,
            now + month,
        )
        .unwrap();
        organisations::grant(&db, first, ended, true, "tests", now - month, now - 60).unwrap();
        (first, second)
    };
    World {
        server,
        admin,
        primary,
        secondary,
        stranger,
        manager,
        other_manager,
        consultant,
        consultant_keys,
        ended,
        first,
        second,
        licence,
        other,
    }
}

impl World {
    fn api(&self, account: AccountId, scope: TokenScope) -> Api {
        Api::new(
            &self.server,
            Some(&token(&self.server, account, scope, None)),
        )
    }

    fn narrowed(&self, account: AccountId, organisation: OrganisationId) -> Api {
        let secret = token(&self.server, account, TokenScope::Write, Some(organisation));
        Api::new(&self.server, Some(&secret))
    }

    /// Everything a contact change could leave behind.
    fn state(&self) -> (Vec<String>, i64, i64, i64) {
        (
            contacts(&self.server, self.licence),
            self.server.count("SELECT count(*) FROM accounts"),
            self.server.count("SELECT count(*) FROM outbox"),
            // Making a token for a request is audited too; it is not what the request did.
            self.server
                .count("SELECT count(*) FROM audit_log WHERE action <> 'api-token-created'"),
        )
    }
}

fn contacts_path(licence: LicenceId) -> String {
    format!("/api/v1/licences/{}/contacts", licence.0)
}

fn emails(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .expect("a list of contacts")
        .iter()
        .map(|c| c["email"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn contacts_are_listed_per_role_to_whoever_sees_the_licence_and_to_no_one_else() {
    let w = world();
    let path = contacts_path(w.licence);
    for reader in [w.primary, w.secondary, w.admin, w.manager, w.consultant] {
        let answer = w.api(reader, TokenScope::Read).get(&path);
        assert_eq!(answer.status, 200, "{}", answer.body);
        let list = answer.json();
        assert_eq!(list["licence_id"], w.licence.0);
        assert_eq!(
            emails(&list["technical"]),
            ["primary@customer.example", "secondary@customer.example"]
        );
        assert_eq!(list["technical"][0]["primary"], true);
        assert_eq!(list["technical"][1]["primary"], false);
        assert_eq!(list["technical"][0]["state"], "active");
        assert_eq!(list["technical"][0]["account_id"], w.primary.0);
        assert!(list["billing"].as_array().unwrap().is_empty());
    }
    for stranger in [w.stranger, w.other_manager, w.ended] {
        let detail = w.api(stranger, TokenScope::Read).get(&path).problem(404);
        assert!(!detail.contains("primary@"), "{detail}");
    }
    // An administrator's token narrowed to the other organisation does not reach the licence.
    w.narrowed(w.admin, w.second).get(&path).problem(404);
    assert_eq!(w.narrowed(w.admin, w.first).get(&path).status, 200);
    w.api(w.primary, TokenScope::Read)
        .get(&contacts_path(LicenceId(9_999)))
        .problem(404);
}

#[test]
fn adding_an_unknown_address_invites_it_through_the_outbox_as_the_page_does() {
    let w = world();
    let api = w.api(w.primary, TokenScope::Write);
    let answer = api.send_json(
        "POST",
        &contacts_path(w.licence),
        &json!({"email": "licences@customer.example", "role": "billing", "language": "de"}),
    );
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(
        answer.header("location"),
        Some(format!("{}{}", w.server.base, contacts_path(w.licence)).as_str())
    );
    let list = answer.json();
    assert_eq!(emails(&list["billing"]), ["licences@customer.example"]);
    assert_eq!(list["billing"][0]["state"], "invited");
    assert_eq!(list["billing"][0]["primary"], true);
    // The rows, the invitation in the chosen language, and the audit entries, as on the web.
    assert!(contacts(&w.server, w.licence).contains(&"billing:licences@customer.example".into()));
    assert_eq!(
        w.server.count(
            "SELECT count(*) FROM accounts WHERE email = 'licences@customer.example' \
             AND state = 'invited' AND language = 'de'"
        ),
        1
    );
    let invitations = mails_to(&w.server, "licences@customer.example", "invitation");
    assert_eq!(invitations.len(), 1);
    assert!(
        invitations[0].body.contains("/invite/"),
        "{}",
        invitations[0].body
    );
    assert_eq!(
        w.server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'contact-added' \
             AND actor_label LIKE '%primary@customer.example%' AND licence_id IS NOT NULL"
        ),
        1
    );
    assert_eq!(
        w.server
            .count("SELECT count(*) FROM audit_log WHERE action = 'account-invited'"),
        1
    );
    // An existing account is added and told by mail.
    let answer = api.send_json(
        "POST",
        &contacts_path(w.licence),
        &json!({"email": "manager@customer.example", "role": "technical"}),
    );
    assert_eq!(answer.status, 201, "{}", answer.body);
    assert_eq!(answer.json()["technical"].as_array().unwrap().len(), 3);
    assert_eq!(
        mails_to(&w.server, "manager@customer.example", "contact-added").len(),
        1
    );
}

#[test]
fn a_refused_contact_is_a_problem_with_the_forms_words_and_changes_nothing() {
    let w = world();
    let api = w.api(w.secondary, TokenScope::Write);
    let path = contacts_path(w.licence);
    let before = w.state();
    let refused = |body: serde_json::Value, field: &str, says: &str| {
        let answer = api.send_json("POST", &path, &body);
        answer.problem(422);
        let json = answer.json();
        assert_eq!(json["errors"][0]["field"], field, "{}", answer.body);
        let detail = json["errors"][0]["detail"].as_str().unwrap();
        assert!(detail.contains(says), "{detail}");
    };
    refused(
        json!({"email": "not an address", "role": "technical"}),
        "email",
        "",
    );
    refused(
        json!({"email": "new@customer.example", "role": "sales"}),
        "role",
        "technical or a billing",
    );
    refused(
        json!({"email": "new@customer.example", "role": "billing", "language": "tlh"}),
        "language",
        "",
    );
    refused(
        json!({"email": "primary@customer.example", "role": "technical"}),
        "email",
        "primary@customer.example is already",
    );
    // Not the JSON the route takes, or not JSON at all: a 400.
    api.send_json(
        "POST",
        &path,
        &json!({"email": "new@customer.example", "role": "billing", "admin": true}),
    )
    .problem(400);
    api.send(
        "POST",
        &path,
        Some((
            "application/x-www-form-urlencoded",
            b"email=x&role=billing".to_vec(),
        )),
    )
    .problem(400);
    assert_eq!(w.state(), before);
}

#[test]
fn removing_and_making_primary_follow_the_pages_rules_with_their_mails_and_audit() {
    let w = world();
    let secondary = w.api(w.secondary, TokenScope::Write);
    let primary_path = |account: AccountId| {
        format!(
            "{}/technical/{}/primary",
            contacts_path(w.licence),
            account.0
        )
    };
    let contact_path =
        |account: AccountId| format!("{}/technical/{}", contacts_path(w.licence), account.0);
    let before = w.state();
    // The primary stays until another is primary: a 409 with the page's explanation.
    let detail = secondary
        .send("DELETE", &contact_path(w.primary), None)
        .problem(409);
    assert!(detail.contains("primary@customer.example"), "{detail}");
    // No such contact in that role: a 404.
    secondary
        .send("DELETE", &contact_path(w.stranger), None)
        .problem(404);
    secondary
        .send(
            "DELETE",
            &format!("{}/billing/{}", contacts_path(w.licence), w.primary.0),
            None,
        )
        .problem(404);
    // A secondary contact does not choose someone else as primary (403, the page's words).
    let manager_added = w.api(w.primary, TokenScope::Write).send_json(
        "POST",
        &contacts_path(w.licence),
        &json!({"email": "manager@customer.example", "role": "technical"}),
    );
    assert_eq!(manager_added.status, 201);
    let mid = w.state();
    let detail = secondary
        .send("POST", &primary_path(w.manager), None)
        .problem(403);
    assert!(detail.contains("primary@customer.example"), "{detail}");
    // Already the primary: a 409.
    w.api(w.primary, TokenScope::Write)
        .send("POST", &primary_path(w.primary), None)
        .problem(409);
    assert_eq!(w.state(), mid);
    assert_ne!(mid, before);

    // The secondary contact makes themselves primary: both are told... the previous one by mail.
    let answer = secondary.send("POST", &primary_path(w.secondary), None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let list = answer.json();
    assert_eq!(list["technical"][0]["email"], "secondary@customer.example");
    assert_eq!(list["technical"][0]["primary"], true);
    assert_eq!(
        primary(&w.server, w.licence, "technical").as_deref(),
        Some("secondary@customer.example")
    );
    assert_eq!(
        mails_to(&w.server, "primary@customer.example", "primary-changed").len(),
        1
    );
    assert_eq!(
        w.server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'primary-changed' \
             AND actor_label LIKE '%secondary@customer.example%'"
        ),
        1
    );
    // Now the former primary may go; they are told.
    let answer = secondary.send("DELETE", &contact_path(w.primary), None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert!(!emails(&answer.json()["technical"]).contains(&"primary@customer.example".into()));
    assert!(!contacts(&w.server, w.licence).contains(&"technical:primary@customer.example".into()));
    assert_eq!(
        mails_to(&w.server, "primary@customer.example", "contact-removed").len(),
        1
    );
    assert_eq!(
        w.server
            .count("SELECT count(*) FROM audit_log WHERE action = 'contact-removed'"),
        1
    );
    // A manager of the licence's organisation oversees it: they choose the primary.
    let answer = w
        .api(w.manager, TokenScope::Write)
        .send("POST", &primary_path(w.manager), None);
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(
        primary(&w.server, w.licence, "technical").as_deref(),
        Some("manager@customer.example")
    );
    // A contact who removes themselves no longer sees the licence: nothing to show them.
    let answer = secondary.send("DELETE", &contact_path(w.secondary), None);
    assert_eq!(answer.status, 204, "{}", answer.body);
    secondary.get(&contacts_path(w.licence)).problem(404);
}

#[test]
fn consultants_read_contacts_but_change_none_and_strangers_find_nothing() {
    let w = world();
    let add = json!({"email": "new@customer.example", "role": "billing"});
    let remove = format!("{}/technical/{}", contacts_path(w.licence), w.secondary.0);
    let promote = format!(
        "{}/technical/{}/primary",
        contacts_path(w.licence),
        w.secondary.0
    );
    let before = w.state();
    for consultant in [w.consultant, w.consultant_keys] {
        let api = w.api(consultant, TokenScope::Write);
        assert_eq!(api.get(&contacts_path(w.licence)).status, 200);
        api.send_json("POST", &contacts_path(w.licence), &add)
            .problem(403);
        api.send("DELETE", &remove, None).problem(403);
        api.send("POST", &promote, None).problem(403);
    }
    for stranger in [w.stranger, w.other_manager, w.ended] {
        let api = w.api(stranger, TokenScope::Write);
        api.send_json("POST", &contacts_path(w.licence), &add)
            .problem(404);
        api.send("DELETE", &remove, None).problem(404);
        api.send("POST", &promote, None).problem(404);
    }
    let narrowed = w.narrowed(w.admin, w.second);
    narrowed
        .send_json("POST", &contacts_path(w.licence), &add)
        .problem(404);
    narrowed.send("DELETE", &remove, None).problem(404);
    // A read token is refused before anything is looked up.
    w.api(w.primary, TokenScope::Read)
        .send_json("POST", &contacts_path(w.licence), &add)
        .problem(403);
    assert_eq!(w.state(), before);
    // Another organisation's licence: its manager changes it, this one's does not see it.
    w.api(w.manager, TokenScope::Write)
        .send_json("POST", &contacts_path(w.other), &add)
        .problem(404);
}

fn order(w: &World, licence: LicenceId, description: &str, placed_at: i64) {
    orders::insert(
        &w.server.db(),
        &orders::NewOrder {
            kind: OrderKind::Renewal,
            licence_id: licence,
            description,
            po_number: Some("PO-7"),
            amount: Some("1200.50"),
            currency: Some("EUR"),
            placed_by: None,
        },
        placed_at,
    )
    .unwrap();
}

fn descriptions(page: &serde_json::Value) -> Vec<String> {
    page["orders"]
        .as_array()
        .expect("orders")
        .iter()
        .map(|o| o["description"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn orders_are_those_the_orders_page_shows_narrowed_to_the_tokens_organisation() {
    let w = world();
    let now = unix_now();
    order(&w, w.licence, "first renewal", now - 20);
    order(&w, w.other, "second renewal", now - 10);
    let all = w.api(w.admin, TokenScope::Read).get("/api/v1/orders");
    assert_eq!(all.status, 200, "{}", all.body);
    let all = all.json();
    assert_eq!(descriptions(&all), ["second renewal", "first renewal"]);
    assert_eq!(all["total"], 2);
    assert_eq!(all["pages"], 1);
    assert!(all["next"].is_null());
    let first = &all["orders"][1];
    assert_eq!(first["kind"], "renewal");
    assert_eq!(first["licence"]["sen"], "SEN-5001");
    assert_eq!(first["amount"], "1200.50");
    assert!(first["placed_at"].as_str().unwrap().ends_with('Z'));
    // A manager and a consultant see their organisation's; the primary contact the orders
    // placed while primary; a stranger and an ended grant none.
    for (who, expected) in [
        (w.manager, vec!["first renewal"]),
        (w.consultant, vec!["first renewal"]),
        (w.primary, vec!["first renewal"]),
        (w.other_manager, vec!["second renewal"]),
        (w.stranger, vec![]),
        (w.ended, vec![]),
        (w.secondary, vec![]),
    ] {
        let page = w.api(who, TokenScope::Read).get("/api/v1/orders").json();
        assert_eq!(descriptions(&page), expected, "{who:?}");
    }
    // A token narrowed to an organisation lists its orders only.
    let narrowed = w.narrowed(w.admin, w.second).get("/api/v1/orders").json();
    assert_eq!(descriptions(&narrowed), ["second renewal"]);
    assert_eq!(narrowed["total"], 1);
    let narrowed = w.narrowed(w.manager, w.first).get("/api/v1/orders").json();
    assert_eq!(descriptions(&narrowed), ["first renewal"]);
    // Paging: past the last page, nothing; a page that is not a number, a 400.
    let past = w
        .api(w.admin, TokenScope::Read)
        .get("/api/v1/orders?page=2")
        .json();
    assert!(descriptions(&past).is_empty());
    w.api(w.admin, TokenScope::Read)
        .get("/api/v1/orders?page=two")
        .problem(400);
}

fn record(w: &World, host: &str, licence: Option<LicenceId>) {
    let keys = [InstanceKey {
        licence_key: format!("KEY-{host}"),
        sen: None,
        licence_id: licence,
    }];
    instances::record(
        &w.server.db(),
        &NewInstance {
            product: "Confluence",
            label: "confluence",
            host,
            home: "/srv/confluence-home",
            server_id: Some("B7QW-LK2M-9HZD-XR4T"),
            verdict: "match",
            recorded_by: "command line",
            keys: &keys,
            cluster_node: None,
            cluster: None,
        },
        unix_now(),
    )
    .unwrap();
}

fn hosts(answer: &serde_json::Value) -> Vec<String> {
    let mut hosts: Vec<String> = answer["instances"]
        .as_array()
        .expect("instances")
        .iter()
        .map(|i| i["host"].as_str().unwrap().to_owned())
        .collect();
    hosts.sort();
    hosts
}

#[test]
fn instances_are_those_running_a_licence_the_token_reaches() {
    let w = world();
    record(&w, "web01", Some(w.licence));
    record(&w, "web02", Some(w.other));
    record(&w, "web03", None);
    let all = w.api(w.admin, TokenScope::Read).get("/api/v1/instances");
    assert_eq!(all.status, 200, "{}", all.body);
    let all = all.json();
    assert_eq!(hosts(&all), ["web01", "web02", "web03"]);
    let web01 = all["instances"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["host"] == "web01")
        .unwrap();
    assert_eq!(web01["licences"][0]["id"], w.licence.0);
    assert_eq!(web01["licences"][0]["sen"], "SEN-5001");
    assert_eq!(web01["server_id"], "B7QW-LK2M-9HZD-XR4T");
    assert!(web01.get("licence_key").is_none() && !all.to_string().contains("KEY-web"));
    for (who, expected) in [
        (w.primary, vec!["web01"]),
        (w.manager, vec!["web01"]),
        (w.consultant, vec!["web01"]),
        (w.other_manager, vec!["web02"]),
        (w.stranger, vec![]),
        (w.ended, vec![]),
    ] {
        let answer = w.api(who, TokenScope::Read).get("/api/v1/instances").json();
        assert_eq!(hosts(&answer), expected, "{who:?}");
    }
    let narrowed = w
        .narrowed(w.admin, w.second)
        .get("/api/v1/instances")
        .json();
    assert_eq!(hosts(&narrowed), ["web02"]);
}

#[test]
fn the_audit_log_is_for_administrators_with_the_pages_filters_and_checks() {
    let w = world();
    // Two entries to find: a contact added on one licence, a primary changed.
    let answer = w.api(w.primary, TokenScope::Write).send_json(
        "POST",
        &contacts_path(w.licence),
        &json!({"email": "manager@customer.example", "role": "billing"}),
    );
    assert_eq!(answer.status, 201, "{}", answer.body);
    let admin = w.api(w.admin, TokenScope::Read);
    let all = admin.get("/api/v1/audit");
    assert_eq!(all.status, 200, "{}", all.body);
    let all = all.json();
    assert!(all["total"].as_i64().unwrap() >= 2, "{all}");
    assert_eq!(all["per_page"], 100);
    let added = admin.get("/api/v1/audit?action=contact-added").json();
    assert_eq!(added["total"], 1);
    let entry = &added["entries"][0];
    assert_eq!(entry["action"], "contact-added");
    assert!(!entry["action_label"].as_str().unwrap().is_empty());
    assert_eq!(entry["licence_id"], w.licence.0);
    assert_eq!(entry["subject_account_id"], w.manager.0);
    assert!(
        entry["actor"]
            .as_str()
            .unwrap()
            .contains("primary@customer.example")
    );
    assert!(entry["after"]["billing"].is_array(), "{entry}");
    assert!(entry["at"].as_str().unwrap().ends_with('Z'));
    // By SEN and by account, as the page filters.
    assert_eq!(
        admin.get("/api/v1/audit?licence=SEN-5001").json()["total"],
        1
    );
    assert_eq!(
        admin
            .get("/api/v1/audit?account=manager%40customer.example")
            .json()["total"],
        1
    );
    assert_eq!(
        admin
            .get("/api/v1/audit?from=2000-01-01&to=2000-01-02")
            .json()["total"],
        0
    );
    // The page's checks: each refused filter named with its message, nothing searched.
    let bad = admin.get("/api/v1/audit?from=2026-13-45&licence=SEN-0000");
    let detail = bad.problem(422);
    assert!(!detail.is_empty());
    let errors = bad.json()["errors"].clone();
    let fields: Vec<&str> = errors
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["licence", "from"]);
    assert!(errors[1]["detail"].as_str().unwrap().contains("2026-11-21"));
    let unknown = admin.get("/api/v1/audit?account=nobody%40nowhere.example");
    unknown.problem(422);
    assert_eq!(unknown.json()["errors"][0]["field"], "account");
    // Everyone else: as if there were no audit log.
    for who in [w.primary, w.manager, w.consultant_keys, w.stranger] {
        w.api(who, TokenScope::Read)
            .get("/api/v1/audit")
            .problem(404);
    }
    // An administrator's token narrowed to an organisation does not read the whole log.
    let detail = w
        .narrowed(w.admin, w.first)
        .get("/api/v1/audit")
        .problem(403);
    assert!(detail.contains("organisation"), "{detail}");
    w.narrowed(w.manager, w.first)
        .get("/api/v1/audit")
        .problem(404);
}

#[test]
fn a_disabled_account_is_not_made_primary_and_nothing_changes() {
    let w = world();
    w.server
        .db()
        .execute(
            "UPDATE accounts SET state = 'disabled' WHERE id = ?1",
            [w.secondary.0],
        )
        .unwrap();
    let api = w.api(w.admin, TokenScope::Write);
    let before = w.state();
    let path = format!(
        "{}/technical/{}/primary",
        contacts_path(w.licence),
        w.secondary.0
    );
    let detail = api.send("POST", &path, None).problem(409);
    assert!(detail.contains("secondary@customer.example"), "{detail}");
    assert_eq!(
        api.send("POST", &path, None).json()["title"],
        "Not possible now"
    );
    assert_eq!(
        primary(&w.server, w.licence, "technical").as_deref(),
        Some("primary@customer.example")
    );
    assert_eq!(w.state(), before);
}
