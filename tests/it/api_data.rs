//! The API's import, export and diagnosis: the same plans, rules, files and findings as the
//! Import page, the export downloads and the Diagnose page, as JSON for scripts.

use licensedesk::domain::api_token::TokenScope;
use licensedesk::store::{organisations, unix_now};

use crate::diagnose::{home, insert_licence, key_for};
use crate::install::zip_file;
use crate::support::TestServer;
use crate::support::api::{Api, token};
use crate::support::encoder::{self, test_key};
use crate::support::people::add_user;

const SID: &str = "B7QW-LK2M-9HZD-XR4T";
const KEY_SID: &str = "BG9T-XUV4-KZZH-B01W";

/// Everything an import could change: licences, contacts, organisations and the audit log.
fn snapshot(server: &TestServer) -> [i64; 4] {
    [
        server.count("SELECT count(*) FROM licences"),
        server.count("SELECT count(*) FROM licence_contacts"),
        server.count("SELECT count(*) FROM organisations"),
        server.count("SELECT count(*) FROM audit_log"),
    ]
}

fn admin_api(server: &TestServer) -> Api {
    let admin = server
        .db()
        .query_row(
            "SELECT id FROM accounts WHERE is_admin = 1 ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .map(licensedesk::domain::AccountId)
        .unwrap();
    Api::new(server, Some(&token(server, admin, TokenScope::Write, None)))
}

fn text(body: &str) -> Option<(&'static str, Vec<u8>)> {
    Some(("text/plain", body.as_bytes().to_vec()))
}

#[test]
fn a_dry_run_answers_the_plan_and_changes_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let api = admin_api(&server);
    let keys = format!(
        "{}\n\n{}\n",
        encoder::wrap(&test_key("SEN-900", "conf", &[]), 64, "\n"),
        test_key("SEN-901", "bamboo", &[])
    );
    let before = snapshot(&server);

    // Keys that do not verify are refused, as on the page without its box ticked.
    let plan = api.send("POST", "/api/v1/import?dry_run=true", text(&keys));
    assert_eq!(plan.status, 200, "{}", plan.body);
    let plan = plan.json();
    assert_eq!(plan["dry_run"], true);
    assert_eq!(plan["totals"]["refused"], 2, "{plan}");
    assert_eq!(plan["totals"]["new"], 0);
    let entry = &plan["entries"][0];
    assert_eq!(entry["outcome"], "refused");
    assert!(
        entry["reason"]
            .as_str()
            .unwrap()
            .contains("not a genuine Atlassian key"),
        "{entry}"
    );
    assert!(
        entry["origin"]
            .as_str()
            .unwrap()
            .starts_with("pasted text:"),
        "{entry}"
    );

    let plan = api
        .send(
            "POST",
            "/api/v1/import?dry_run=true&allow_unverified=true",
            text(&keys),
        )
        .json();
    assert_eq!(plan["totals"]["new"], 2, "{plan}");
    let sens: Vec<&str> = plan["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["outcome"], "new");
            e["sen"].as_str().unwrap()
        })
        .collect();
    assert_eq!(sens, ["SEN-900", "SEN-901"]);
    assert_eq!(snapshot(&server), before, "a dry run writes nothing");
}

#[test]
fn a_real_import_adds_licences_with_their_audit_and_the_second_changes_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let api = admin_api(&server);
    let key = test_key("SEN-910", "conf", &[]);
    let done = api.send("POST", "/api/v1/import?allow_unverified=true", text(&key));
    assert_eq!(done.status, 200, "{}", done.body);
    let done = done.json();
    assert_eq!(done["dry_run"], false);
    assert_eq!(done["totals"]["new"], 1, "{done}");
    let id: i64 = server
        .db()
        .query_row(
            "SELECT id FROM licences WHERE sen = 'SEN-910' AND key_genuine = 0",
            [],
            |r| r.get(0),
        )
        .expect("the licence is added, marked as not genuine");
    assert_eq!(done["entries"][0]["licence_id"], id);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'licence-imported' AND licence_id = {id}"
        )),
        1
    );
    let before = snapshot(&server);
    let again = api
        .send("POST", "/api/v1/import?allow_unverified=true", text(&key))
        .json();
    assert_eq!(again["totals"]["unchanged"], 1, "{again}");
    assert_eq!(again["entries"][0]["outcome"], "unchanged");
    assert_eq!(again["entries"][0]["licence_id"], id);
    assert!(again["entries"][0]["reason"].as_str().is_some());
    assert_eq!(snapshot(&server), before);
}

#[test]
fn a_non_admins_import_joins_only_their_organisations_and_makes_them_a_contact() {
    let (server, _admin) = TestServer::with_admin();
    let user = add_user(&server, "user@example.com");
    let theirs = {
        let db = server.db();
        let now = unix_now();
        let theirs = organisations::create(&db, "First GmbH", now)
            .unwrap()
            .unwrap();
        organisations::create(&db, "Other Corp", now)
            .unwrap()
            .unwrap();
        organisations::add_manager(&db, theirs, user, "tests", now).unwrap();
        theirs
    };
    // Someone else's licence: a renewed key for it is not the user's to apply.
    let done = admin_api(&server).send(
        "POST",
        "/api/v1/import?allow_unverified=true",
        text(&test_key("SEN-920", "conf", &[])),
    );
    assert_eq!(done.json()["totals"]["new"], 1, "{}", done.body);
    let others = done.json()["entries"][0]["licence_id"].as_i64().unwrap();
    let keys = [
        test_key("SEN-921", "conf", &[("Organisation", "First GmbH")]),
        test_key("SEN-922", "conf", &[("Organisation", "Other Corp")]),
        test_key("SEN-920", "conf", &[("NumberOfUsers", "999")]),
    ]
    .join("\n\n");
    let api = Api::new(
        &server,
        Some(&token(&server, user, TokenScope::Write, None)),
    );
    let done = api.send("POST", "/api/v1/import?allow_unverified=true", text(&keys));
    assert_eq!(done.status, 200, "{}", done.body);
    let done = done.json();
    assert_eq!(done["totals"]["new"], 2, "{done}");
    assert_eq!(done["totals"]["refused"], 1, "{done}");
    let refused = &done["entries"][2];
    assert_eq!(refused["outcome"], "refused");
    assert!(
        refused["reason"]
            .as_str()
            .unwrap()
            .contains("not a contact on"),
        "{refused}"
    );
    let organisation_of = |sen: &str| -> Option<i64> {
        server
            .db()
            .query_row(
                "SELECT organisation_id FROM licences WHERE sen = ?1",
                [sen],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert_eq!(organisation_of("SEN-921"), Some(theirs.0));
    assert_eq!(
        organisation_of("SEN-922"),
        None,
        "an organisation the user does not manage is not joined"
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licence_contacts c JOIN licences l ON l.id = c.licence_id \
             WHERE c.account_id = (SELECT id FROM accounts WHERE email = 'user@example.com') \
             AND l.sen IN ('SEN-921', 'SEN-922')"
        ),
        2
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE id = {others} AND user_tier = 999"
        )),
        0,
        "someone else's licence is unchanged"
    );
}

#[test]
fn a_token_narrowed_to_an_organisation_does_not_import_and_bad_bodies_are_refused() {
    let (server, _admin) = TestServer::with_admin();
    let admin = add_user(&server, "second-admin@example.com");
    server
        .db()
        .execute("UPDATE accounts SET is_admin = 1 WHERE id = ?1", [admin.0])
        .unwrap();
    let organisation = organisations::create(&server.db(), "First GmbH", unix_now())
        .unwrap()
        .unwrap();
    let key = test_key("SEN-930", "conf", &[]);
    let narrowed = Api::new(
        &server,
        Some(&token(
            &server,
            admin,
            TokenScope::Write,
            Some(organisation),
        )),
    );
    let api = admin_api(&server);
    let read = Api::new(
        &server,
        Some(&token(&server, admin, TokenScope::Read, None)),
    );
    let before = snapshot(&server);
    let detail = narrowed
        .send("POST", "/api/v1/import?allow_unverified=true", text(&key))
        .problem(403);
    assert!(detail.contains("one organisation"), "{detail}");

    let detail = api
        .send(
            "POST",
            "/api/v1/import",
            Some(("application/xml", key.as_bytes().to_vec())),
        )
        .problem(400);
    assert!(detail.contains("text/plain"), "{detail}");
    let empty = api.send("POST", "/api/v1/import", text("   "));
    empty.problem(422);
    assert_eq!(empty.json()["errors"][0]["field"], "body");
    assert_eq!(
        empty.json()["errors"][0]["detail"],
        "Paste at least one key or choose a file."
    );
    api.send("POST", "/api/v1/import?allow_unverified=maybe", text(&key))
        .problem(400);
    api.send("POST", "/api/v1/import?dry_run=maybe", text(&key))
        .problem(400);
    read.send("POST", "/api/v1/import", text(&key)).problem(403);
    assert_eq!(snapshot(&server), before);
}

#[test]
fn an_export_round_trips_through_a_dry_run_import() {
    let (server, _admin) = TestServer::with_admin();
    let api = admin_api(&server);
    api.send(
        "POST",
        "/api/v1/import?allow_unverified=true",
        text(&test_key("SEN-940", "conf", &[])),
    );
    let export = api.get("/api/v1/export?format=json");
    assert_eq!(export.status, 200, "{}", export.body);
    assert_eq!(export.header("content-type"), Some("application/json"));
    assert!(
        export
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment; filename=\"licences-")
    );
    let csv = api.get("/api/v1/export?format=csv");
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(csv.body.contains("SEN-940"));
    let zip = api.get("/api/v1/export?format=keys");
    assert_eq!(zip.header("content-type"), Some("application/zip"));
    api.get("/api/v1/export?format=pdf").problem(400);

    let before = snapshot(&server);
    let plan = api
        .send(
            "POST",
            "/api/v1/import?dry_run=true&allow_unverified=true",
            Some(("application/json", export.body.into_bytes())),
        )
        .json();
    assert_eq!(plan["totals"]["unchanged"], 1, "{plan}");
    let plan = api
        .send(
            "POST",
            "/api/v1/import?dry_run=true&allow_unverified=true",
            Some(("text/csv", csv.body.into_bytes())),
        )
        .json();
    assert_eq!(plan["totals"]["unchanged"], 1, "{plan}");
    assert_eq!(snapshot(&server), before);
}

#[test]
fn a_narrowed_export_has_its_organisations_licences_only_and_a_consultant_is_audited() {
    let (server, _admin) = TestServer::with_admin();
    let manager = add_user(&server, "manager@example.com");
    let consultant = add_user(&server, "consultant@example.com");
    let keyless = add_user(&server, "keyless@example.com");
    let key_a = test_key("SEN-951", "conf", &[]);
    let key_b = test_key("SEN-952", "conf", &[]);
    let a = insert_licence(&server.db(), "SEN-951", Some(&key_a), None);
    let b = insert_licence(&server.db(), "SEN-952", Some(&key_b), None);
    let first = {
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
        let starts = now - 86_400;
        let ends = now + 10 * 86_400;
        organisations::grant(&db, first, consultant, true, "tests", starts, ends).unwrap();
        organisations::grant(&db, first, keyless, false, "tests", starts, ends).unwrap();
        first
    };
    let narrowed = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Read, Some(first))),
    );
    let export = narrowed.get("/api/v1/export?format=csv");
    assert_eq!(export.status, 200, "{}", export.body);
    assert!(export.body.contains("SEN-951"), "{}", export.body);
    assert!(!export.body.contains("SEN-952"), "{}", export.body);
    let everything = Api::new(
        &server,
        Some(&token(&server, manager, TokenScope::Read, None)),
    );
    let export = everything.get("/api/v1/export?format=csv").body;
    assert!(export.contains("SEN-951") && export.contains("SEN-952"));

    // A consultant without keys: the licence, its key withheld, nothing audited.
    let audited = || server.count("SELECT count(*) FROM audit_log WHERE action = 'key-viewed'");
    let without = Api::new(
        &server,
        Some(&token(&server, keyless, TokenScope::Read, None)),
    );
    let export = without.get("/api/v1/export?format=json").json();
    let licences = export["licences"].as_array().expect("licences");
    assert_eq!(licences.len(), 1, "{export}");
    assert_eq!(licences[0]["sen"], "SEN-951");
    assert_eq!(licences[0]["key_withheld"], true);
    assert!(licences[0]["licence_key"].is_null());
    assert_eq!(audited(), 0);

    // A consultant with keys takes the key away, and that is audited.
    let with = Api::new(
        &server,
        Some(&token(&server, consultant, TokenScope::Read, None)),
    );
    let export = with.get("/api/v1/export?format=json").json();
    let licences = export["licences"].as_array().expect("licences");
    assert_eq!(licences.len(), 1, "{export}");
    assert!(licences[0]["key_withheld"].is_null(), "{export}");
    assert!(licences[0]["licence_key"].is_string());
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'key-viewed' AND licence_id = {} \
             AND actor_label = 'consultant@example.com'",
            a.0
        )),
        1
    );
}

#[test]
fn diagnosing_text_gives_the_findings_the_page_gives() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = key_for("SEN-500", "conf", &[]);
    let id = insert_licence(&server.db(), "SEN-500", Some(&licence), Some(KEY_SID));
    let wrapped = encoder::wrap(&licence, 60, "\r\n");
    let csrf = admin.get("/diagnose").csrf();
    let page = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &wrapped), ("server_id", SID)],
    );
    assert_eq!(page.status, 200);
    let page = page.text();

    let api = admin_api(&server);
    let before = snapshot(&server);
    let answer = api.send_json(
        "POST",
        "/api/v1/diagnose",
        &serde_json::json!({ "text": wrapped, "server_id": SID }),
    );
    assert_eq!(answer.status, 200, "{}", answer.body);
    let answer = answer.json();
    let codes: Vec<&str> = answer["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"server-id-mismatch"), "{answer}");
    for code in &codes {
        assert!(page.contains(code), "{code} is on the page too: {page}");
    }
    assert_eq!(answer["server_id"], SID);
    assert_eq!(answer["keys"][0]["sen"], "SEN-500");
    assert_eq!(answer["keys"][0]["on_record"][0]["id"], id.0);
    assert_eq!(answer["licences"][0]["id"], id.0);
    assert_eq!(answer["server_id_updates"][0]["new"], SID);
    assert!(
        answer["findings"][0]["message"].as_str().unwrap().len() > 10,
        "{answer}"
    );
    assert_eq!(snapshot(&server), before, "a diagnosis records nothing");

    // Someone who may not see the licence is not told about it.
    let stranger = add_user(&server, "stranger@example.com");
    let theirs = Api::new(
        &server,
        Some(&token(&server, stranger, TokenScope::Write, None)),
    )
    .send_json(
        "POST",
        "/api/v1/diagnose",
        &serde_json::json!({ "text": wrapped, "server_id": SID }),
    )
    .json();
    assert_eq!(theirs["licences"], serde_json::json!([]), "{theirs}");
    assert_eq!(theirs["keys"][0]["on_record"], serde_json::json!([]));
    assert!(!theirs.to_string().contains(&format!("#{}", id.0)));
}

#[test]
fn diagnosing_a_support_zip_and_what_is_refused() {
    let (server, _admin) = TestServer::with_admin();
    let licence = key_for("SEN-500", "conf", &[]);
    insert_licence(&server.db(), "SEN-500", Some(&licence), Some(KEY_SID));
    let dir = home(SID, &encoder::wrap(&licence, 76, " "));
    let cfg = std::fs::read(dir.path().join("confluence.cfg.xml")).expect("cfg");
    let zip_dir = tempfile::tempdir().expect("tempdir");
    let zip_path = zip_dir.path().join("support.zip");
    zip_file(
        &zip_path,
        &[("application-config/confluence.cfg.xml", &cfg)],
    );
    let zip = std::fs::read(&zip_path).expect("zip");
    let api = admin_api(&server);
    let answer = api.send("POST", "/api/v1/diagnose", Some(("application/zip", zip)));
    assert_eq!(answer.status, 200, "{}", answer.body);
    let answer = answer.json();
    assert_eq!(answer["server_id"], SID);
    assert_eq!(answer["product"], "Confluence");
    let codes = answer["findings"].to_string();
    assert!(codes.contains("not-genuine"), "{answer}");
    assert!(codes.contains("server-id-mismatch"), "{answer}");
    assert!(
        !answer.to_string().contains("licensedesk-upload-"),
        "the temporary path is not shown"
    );

    // Nothing readable, another content type, a wrong Server ID, too much text.
    let detail = api
        .send(
            "POST",
            "/api/v1/diagnose",
            Some(("application/zip", b"PK\x03\x04 not a zip".to_vec())),
        )
        .problem(422);
    assert!(!detail.is_empty());
    api.send("POST", "/api/v1/diagnose", text(&licence))
        .problem(400);
    let refused = api.send_json(
        "POST",
        "/api/v1/diagnose",
        &serde_json::json!({ "text": "", "server_id": "nope" }),
    );
    refused.problem(422);
    let fields: Vec<String> = refused.json()["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fields, ["server_id", "text"]);
    api.send_json(
        "POST",
        "/api/v1/diagnose",
        &serde_json::json!({ "text": licence, "extra": 1 }),
    )
    .problem(400);
    let huge = "A".repeat(licensedesk::atlassian::install::limits::MAX_PASTED_BYTES + 1);
    let detail = api
        .send_json(
            "POST",
            "/api/v1/diagnose",
            &serde_json::json!({ "text": huge }),
        )
        .problem(413);
    assert!(
        detail.contains("MiB") || detail.contains("bytes"),
        "{detail}"
    );
}

#[test]
fn an_import_that_decodes_to_more_than_one_import_holds_is_a_413_and_changes_nothing() {
    let _heavy = crate::support::heavy();
    let (server, _admin) = TestServer::with_admin();
    let api = admin_api(&server);
    let limits = licensedesk::config::ImportLimits::default();
    // A short key whose properties expand to a megabyte: twenty of them decode to more than
    // one account's import may hold.
    let organisation = "O".repeat(1_000_000);
    let key = test_key("SEN-HUGE", "conf", &[("Organisation", &organisation)]);
    let upload = vec![key.as_str(); 20].join("\n\n");
    let before = snapshot(&server);
    let detail = api
        .send(
            "POST",
            "/api/v1/import?dry_run=true&allow_unverified=true",
            text(&upload),
        )
        .problem(413);
    assert!(
        detail.contains(&format!(
            "more than {} MiB per account",
            limits.pending_account_bytes >> 20
        )),
        "{detail}"
    );
    assert!(
        detail.contains("Reading stopped at pasted text:"),
        "{detail}"
    );
    api.send(
        "POST",
        "/api/v1/import?allow_unverified=true",
        text(&upload),
    )
    .problem(413);
    assert_eq!(snapshot(&server), before);
}

#[test]
fn the_document_says_which_bodies_the_import_and_the_diagnosis_take() {
    let doc = serde_json::to_value(licensedesk::http::api::openapi::document()).unwrap();
    let content = |path: &str| -> Vec<String> {
        let mut types: Vec<String> = doc["paths"][path]["post"]["requestBody"]["content"]
            .as_object()
            .unwrap_or_else(|| panic!("{path}: {}", doc["paths"][path]))
            .keys()
            .cloned()
            .collect();
        types.sort();
        types
    };
    assert_eq!(
        content("/api/v1/import"),
        ["application/json", "text/csv", "text/plain"]
    );
    assert_eq!(
        content("/api/v1/diagnose"),
        ["application/json", "application/zip"]
    );
    let export = &doc["paths"]["/api/v1/export"]["get"]["responses"]["200"]["content"];
    for media in ["text/csv", "application/json", "application/zip"] {
        assert!(export.get(media).is_some(), "{export}");
    }
}

#[test]
fn an_administrators_token_narrowed_to_an_organisation_exports_nothing_of_another() {
    use licensedesk::domain::AccountId;
    use licensedesk::store::instances::{self, InstanceKey, NewInstance};
    let (server, _admin) = TestServer::with_admin();
    let key_a = test_key("SEN-961", "conf", &[]);
    let key_b = test_key("SEN-962", "conf", &[]);
    let a = insert_licence(&server.db(), "SEN-961", Some(&key_a), None);
    let b = insert_licence(&server.db(), "SEN-962", Some(&key_b), None);
    let (first, admin) = {
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
        // Each organisation's licence is installed somewhere, recorded with its key.
        for (licence, sen, key, host) in [
            (a, "SEN-961", &key_a, "first-internal-host"),
            (b, "SEN-962", &key_b, "second-internal-host"),
        ] {
            let keys = [InstanceKey {
                licence_key: key.clone(),
                sen: Some(sen.into()),
                licence_id: Some(licence),
            }];
            instances::record(
                &db,
                &NewInstance {
                    product: "confluence",
                    label: "prod",
                    host,
                    home: "/var/atlassian",
                    server_id: None,
                    verdict: "match",
                    recorded_by: "tests",
                    keys: &keys,
                    cluster_node: None,
                    cluster: None,
                },
                now,
            )
            .unwrap();
        }
        let admin: i64 = db
            .query_row("SELECT id FROM accounts WHERE is_admin = 1", [], |r| {
                r.get(0)
            })
            .unwrap();
        (first, AccountId(admin))
    };
    let narrowed = Api::new(
        &server,
        Some(&token(&server, admin, TokenScope::Read, Some(first))),
    );
    let export = narrowed.get("/api/v1/export?format=json");
    assert_eq!(export.status, 200, "{}", export.body);
    let document = export.json();
    let sens: Vec<&str> = document["licences"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|l| l["sen"].as_str())
        .collect();
    assert_eq!(sens, ["SEN-961"]);
    let hosts: Vec<&str> = document["instances"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["host"].as_str())
        .collect();
    assert_eq!(hosts, ["first-internal-host"], "{}", export.body);
    assert!(
        !export.body.contains(&key_b),
        "the other organisation's key"
    );
    // The same administrator's unnarrowed token exports both, installations included.
    let whole = Api::new(
        &server,
        Some(&token(&server, admin, TokenScope::Read, None)),
    );
    let export = whole.get("/api/v1/export?format=json");
    assert!(export.body.contains("second-internal-host"));
    assert!(export.body.contains("first-internal-host"));
}
