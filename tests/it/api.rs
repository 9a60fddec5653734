//! The JSON API's foundation: who a token lets in, what a read token may not do, a token
//! narrowed to one organisation, the licences it lists and shows, errors as problem documents,
//! and the OpenAPI document against the routing table.

use std::collections::BTreeSet;

use licensedesk::domain::api_token::TokenScope;
use licensedesk::paths::api::ApiRoute;
use licensedesk::paths::{Method, Route};
use licensedesk::store::{organisations, unix_now};

use crate::support::TestServer;
use crate::support::api::{Api, expired_token, revoked_token, token};
use crate::support::people::{add_contact, add_licence, add_user, signed_in};

#[test]
fn the_openapi_document_lists_exactly_the_routes_the_router_serves() {
    let (server, _admin) = TestServer::with_admin();
    let doc = Api::new(&server, None).get("/api/v1/openapi.json");
    assert_eq!(doc.status, 200, "{}", doc.body);
    let doc = doc.json();
    assert_eq!(doc["openapi"].as_str().map(|v| &v[..3]), Some("3.1"));
    let mut documented = BTreeSet::new();
    let mut operations = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, operation) in item.as_object().expect("a path item") {
            documented.insert((method.to_uppercase(), path.clone()));
            // Code generators name a function after each operation: no two share one.
            let id = operation["operationId"].as_str().expect("an operationId");
            assert!(operations.insert(id.to_owned()), "operationId {id} twice");
        }
    }
    let served: BTreeSet<(String, String)> = Route::samples(7)
        .into_iter()
        .filter_map(|route| match route {
            Route::Api(route) => {
                let (method, path) = route.template();
                let method = match method {
                    Method::Get => "GET",
                    Method::Post => "POST",
                    Method::Patch => "PATCH",
                    Method::Delete => "DELETE",
                    other => panic!("{other:?} in the API's table"),
                };
                Some((method.to_owned(), path.to_owned()))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        documented, served,
        "the document and the routing table differ"
    );
    // Every documented route answers something else than "no such route" to a request made
    // from its template: a path is served by the method the document names.
    for route in Route::samples(7) {
        if let Route::Api(route) = route {
            let answer = Route::parse_url(route.method(), &route.path());
            assert_eq!(answer, Ok(Route::Api(route.clone())), "{route:?}");
        }
    }
}

#[test]
fn no_token_a_wrong_one_an_expired_or_revoked_one_or_a_session_cookie_is_a_401() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let expired = expired_token(&server, owner);
    let revoked = revoked_token(&server, owner);
    let cases: [(Option<String>, &str); 5] = [
        (None, "Authorization: Bearer"),
        (Some("ldpat_short".into()), "not one of ours"),
        (Some(format!("ldpat_{}", "A".repeat(43))), "not one of ours"),
        (Some(expired), "expired"),
        (Some(revoked), "revoked"),
    ];
    for (token, says) in cases {
        let answer = Api::new(&server, token.as_deref()).get("/api/v1/licences");
        let detail = answer.problem(401);
        assert!(detail.contains(says), "{detail}");
        assert_eq!(
            answer.header("www-authenticate"),
            Some("Bearer realm=\"licensedesk\"")
        );
    }
    // A signed-in browser's cookie opens no API route: a page cannot make it call one.
    let mut browser = signed_in(&server, "owner@example.com");
    let answer = browser.get("/api/v1/licences");
    assert_eq!(answer.status, 401, "{}", answer.body);
    // A disabled account's tokens stop with it.
    let secret = token(&server, owner, TokenScope::Read, None);
    server
        .db()
        .execute(
            "UPDATE accounts SET state = 'disabled' WHERE email = 'owner@example.com'",
            [],
        )
        .unwrap();
    let detail = Api::new(&server, Some(&secret))
        .get("/api/v1/licences")
        .problem(401);
    assert!(detail.contains("disabled"), "{detail}");
}

#[test]
fn a_token_lists_and_shows_what_its_account_sees_and_nothing_else() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    add_user(&server, "other@example.com");
    let mine = add_licence(&server, "SEN-1001");
    let theirs = add_licence(&server, "SEN-2002");
    add_contact(&server, mine, owner, "technical");
    let other = server
        .db()
        .query_row(
            "SELECT id FROM accounts WHERE email = 'other@example.com'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .unwrap();
    add_contact(
        &server,
        theirs,
        licensedesk::domain::AccountId(other),
        "technical",
    );
    let api = Api::new(
        &server,
        Some(&token(&server, owner, TokenScope::Read, None)),
    );
    let list = api.get("/api/v1/licences");
    assert_eq!(list.status, 200, "{}", list.body);
    assert_eq!(list.header("content-type"), Some("application/json"));
    let list = list.json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["licences"][0]["sen"], "SEN-1001");
    assert_eq!(list["licences"][0]["id"], mine.0);
    assert!(list["next"].is_null());
    // The web list's search.
    assert_eq!(api.get("/api/v1/licences?q=1001").json()["total"], 1);
    assert_eq!(api.get("/api/v1/licences?q=2002").json()["total"], 0);
    let one = api.get(&format!("/api/v1/licences/{}", mine.0));
    assert_eq!(one.status, 200, "{}", one.body);
    assert_eq!(one.json()["sen"], "SEN-1001");
    // Another customer's licence is not found, as on the web.
    let detail = api
        .get(&format!("/api/v1/licences/{}", theirs.0))
        .problem(404);
    assert!(!detail.contains("SEN-2002"));
    // A query the list does not take is a 400 with the page's words.
    let detail = api.get("/api/v1/licences?sort=sideways").problem(400);
    assert!(!detail.is_empty());
}

#[test]
fn a_token_narrowed_to_an_organisation_reaches_its_licences_only() {
    let (server, _admin) = TestServer::with_admin();
    let manager = add_user(&server, "manager@example.com");
    let a = add_licence(&server, "SEN-3001");
    let b = add_licence(&server, "SEN-3002");
    let (first, second) = {
        let db = server.db();
        let now = unix_now();
        let first = organisations::create(&db, "First GmbH", now)
            .unwrap()
            .unwrap();
        let second = organisations::create(&db, "Second KK", now)
            .unwrap()
            .unwrap();
        organisations::set_licence(&db, a, first).unwrap();
        organisations::set_licence(&db, b, second).unwrap();
        organisations::add_manager(&db, first, manager, "tests", now).unwrap();
        organisations::add_manager(&db, second, manager, "tests", now).unwrap();
        (first, second)
    };
    let everything = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Read, None)),
    );
    assert_eq!(everything.get("/api/v1/licences").json()["total"], 2);
    let narrowed = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Read, Some(first))),
    );
    let list = narrowed.get("/api/v1/licences").json();
    assert_eq!(list["total"], 1);
    assert_eq!(list["licences"][0]["sen"], "SEN-3001");
    assert_eq!(list["licences"][0]["belongs_to"]["name"], "First GmbH");
    let asked_other = narrowed
        .get(&format!("/api/v1/licences?organisation={}", second.0))
        .json();
    assert_eq!(asked_other["total"], 0);
    narrowed
        .get(&format!("/api/v1/licences/{}", b.0))
        .problem(404);
    assert_eq!(
        narrowed.get(&format!("/api/v1/licences/{}", a.0)).status,
        200
    );
}

#[test]
fn a_read_token_is_refused_every_change_before_anything_is_looked_up() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let mine = add_licence(&server, "SEN-4001");
    add_contact(&server, mine, owner, "technical");
    let api = Api::new(
        &server,
        Some(&token(&server, owner, TokenScope::Read, None)),
    );
    let before = server.count("SELECT count(*) FROM audit_log");
    for route in Route::samples(mine.0) {
        let Route::Api(route) = route else { continue };
        if route.reads() || route == ApiRoute::OpenApi {
            continue;
        }
        let method = match route.method() {
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            other => panic!("{other:?}"),
        };
        let answer = api.send_json(method, &route.path(), &serde_json::json!({}));
        let detail = answer.problem(403);
        assert!(detail.contains("only read"), "{route:?}: {detail}");
    }
    assert_eq!(server.count("SELECT count(*) FROM audit_log"), before);
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE archived = 1"),
        0
    );
}

#[test]
fn unknown_paths_and_methods_are_problems_too() {
    let (server, _admin) = TestServer::with_admin();
    let api = Api::new(&server, None);
    let missing = api.get("/api/v1/nothing-here");
    missing.problem(404);
    let wrong = api.send("PUT", "/api/v1/licences", None);
    wrong.problem(405);
    assert_eq!(wrong.header("allow"), Some("GET, HEAD, POST"));
    let wrong = api.send("DELETE", "/api/v1/licences/1", None);
    wrong.problem(405);
    assert_eq!(wrong.header("allow"), Some("GET, HEAD, PATCH"));
    // Refused before there is a request (the body is larger than the route takes): still a
    // problem document, not a page. Only the head is sent: the server answers as soon as it
    // reads the length, and a client still writing the body would find the connection closed.
    let head = format!(
        "POST /api/v1/licences HTTP/1.1\r\nHost: localhost\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        licensedesk::config::FORM_BODY_LIMIT + 1
    );
    let answer = server.raw(head.as_bytes());
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(
        answer
            .to_lowercase()
            .contains("content-type: application/problem+json"),
        "{answer}"
    );
}

#[test]
fn a_body_is_one_object_a_tier_a_number_of_users_and_a_method_the_path_lacks_a_405() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let mine = add_licence(&server, "SEN-5001");
    add_contact(&server, mine, owner, "technical");
    let api = Api::new(
        &server,
        Some(&token(&server, owner, TokenScope::Write, None)),
    );
    let before = server.count("SELECT count(*) FROM audit_log");
    // serde would fill the fields by position from an array: refused, nothing changed.
    let path = format!("/api/v1/licences/{}", mine.0);
    let detail = api
        .send_json(
            "PATCH",
            &path,
            &serde_json::json!(["Array Org", "array notes"]),
        )
        .problem(400);
    assert!(detail.contains("object"), "{detail}");
    let upgrade = format!("/api/v1/licences/{}/upgrade", mine.0);
    for tier in [
        serde_json::json!(-1),
        serde_json::json!("-1"),
        serde_json::json!(0),
    ] {
        let answer = api.send_json("POST", &upgrade, &serde_json::json!({ "user_tier": tier }));
        answer.problem(422);
        assert_eq!(answer.json()["errors"][0]["field"], "user_tier", "{tier}");
    }
    assert_eq!(server.count("SELECT count(*) FROM audit_log"), before);
    assert_eq!(server.count("SELECT count(*) FROM orders"), 0);
    // The export is read; a POST to it is a 405 naming the methods it takes.
    let wrong = api.send("POST", "/api/v1/export?format=json", None);
    wrong.problem(405);
    assert_eq!(wrong.header("allow"), Some("GET, HEAD"));
}

#[test]
fn a_token_narrowed_to_an_organisation_its_account_no_longer_reaches_opens_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let manager = add_user(&server, "manager@example.com");
    let a = add_licence(&server, "SEN-6001");
    let first = {
        let db = server.db();
        let now = unix_now();
        let first = organisations::create(&db, "First GmbH", now)
            .unwrap()
            .unwrap();
        organisations::set_licence(&db, a, first).unwrap();
        organisations::add_manager(&db, first, manager, "tests", now).unwrap();
        first
    };
    let api = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Read, Some(first))),
    );
    assert_eq!(api.get("/api/v1/licences").json()["total"], 1);
    server
        .db()
        .execute("DELETE FROM organisation_access", [])
        .unwrap();
    // Not "0 licences, all is well": the token says it has lost its organisation.
    let detail = api.get("/api/v1/licences").problem(403);
    assert!(detail.contains("no longer reaches"), "{detail}");
    api.get("/api/v1/check").problem(403);
}

#[test]
fn the_audit_log_says_which_token_made_a_change() {
    let (server, _admin) = TestServer::with_admin();
    let owner = add_user(&server, "owner@example.com");
    let mine = add_licence(&server, "SEN-7001");
    add_contact(&server, mine, owner, "technical");
    let secret = token(&server, owner, TokenScope::Write, None);
    let id: i64 = server
        .db()
        .query_row("SELECT max(id) FROM api_tokens", [], |r| r.get(0))
        .unwrap();
    let api = Api::new(&server, Some(&secret));
    let answer = api.send_json(
        "POST",
        &format!("/api/v1/licences/{}/archive", mine.0),
        &serde_json::json!({}),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let (label, addr): (String, String) = server
        .db()
        .query_row(
            "SELECT actor_label, client_addr FROM audit_log WHERE action = 'licence-archived'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(label, "owner@example.com");
    assert_eq!(addr, format!("127.0.0.1 (API token {id})"));
}
