//! Import and export as users try them against each other: an administrator and contacts of a
//! few licences each. One test per way an import or export could lose, leak or silently
//! overwrite something; each checks the answer and the database afterwards.

use licensedesk::atlassian::key;
use licensedesk::domain::{ContactRole, LicenceId};
use licensedesk::inventory::new_licence_from_key;
use licensedesk::store::{self, licences};

use crate::support::encoder::{self, test_key};
use crate::support::people::{add_contact, add_user, contacts, primary, signed_in};
use crate::support::{Client, Resp, TestServer};

/// A licence made from a key, as an import of it would make it; `adjust` changes it first.
fn licence_from_key(
    server: &TestServer,
    key_text: &str,
    adjust: impl FnOnce(&mut licensedesk::domain::LicenceFields),
) -> LicenceId {
    let decoded = key::decode(key_text).unwrap();
    let mut record = new_licence_from_key(&decoded);
    adjust(&mut record);
    licences::insert(&server.db(), &record, 1).unwrap()
}

/// Posts the import form: its fields and each file under the form's `files` field.
fn multipart(client: &mut Client, fields: &[(&str, &str)], files: &[(&str, &[u8])]) -> Resp {
    let files: Vec<(&str, &str, &[u8])> = files
        .iter()
        .map(|(file_name, data)| ("files", *file_name, *data))
        .collect();
    client.post_multipart("/import", fields, &files)
}

/// Previews pasted text and uploaded files (keys that do not verify allowed).
fn preview(client: &mut Client, pasted: &str, files: &[(&str, &[u8])]) -> Resp {
    let csrf = client.get("/import").csrf();
    multipart(
        client,
        &[
            ("csrf", &csrf),
            ("keys", pasted),
            ("allow_unverified", "on"),
        ],
        files,
    )
}

/// Confirms a preview with the extra fields given (`replace_genuine`, `invite`).
fn confirm(client: &mut Client, preview: &Resp, extra: &[(&str, &str)]) -> Resp {
    let csrf = preview.csrf();
    let token = preview
        .field_value("preview")
        .unwrap_or_else(|| panic!("the preview offers an import: {}", preview.text()));
    let mut form = vec![("csrf", csrf.as_str()), ("preview", token.as_str())];
    form.extend_from_slice(extra);
    client.post("/import/confirm", &form)
}

fn one<T: rusqlite::types::FromSql>(server: &TestServer, sql: &str) -> T {
    server.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn zip_entries(bytes: &[u8]) -> Vec<(String, String)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().to_owned(), text)
        })
        .collect()
}

/// The raw bytes of a download (the test client reads bodies as text).
fn download(client: &Client, path: &str) -> Vec<u8> {
    let cookies = client
        .cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let response = ureq::get(&format!("{}{path}", client.base))
        .set("Cookie", &cookies)
        .call()
        .unwrap();
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes).unwrap();
    bytes
}

#[test]
fn an_export_leaves_out_the_keys_whose_server_id_gate_the_contact_has_not_passed() {
    let (server, mut admin) = TestServer::with_admin();
    let alice = add_user(&server, "alice@example.com");
    let locked_key = test_key("SEN-LOCKED", "conf", &[]);
    let open_key = test_key("SEN-OPEN", "conf", &[]);
    let locked = licence_from_key(&server, &locked_key, |_| {});
    let open = licence_from_key(&server, &open_key, |_| {});
    server
        .db()
        .execute(
            "UPDATE licences SET key_retrieved_at = 100 WHERE id = ?1",
            [open.0],
        )
        .unwrap();
    add_contact(&server, locked, alice, "technical");
    add_contact(&server, open, alice, "technical");
    let mut alice = signed_in(&server, "alice@example.com");

    let csv = alice.get("/export?format=csv");
    assert_eq!(csv.status, 200);
    assert!(!csv.body.contains(&locked_key), "no key behind the gate");
    assert!(csv.body.contains(&open_key));
    let locked_row = csv.body.lines().find(|l| l.contains("SEN-LOCKED")).unwrap();
    assert!(locked_row.contains("key left out"), "{locked_row}");

    let json = alice.get("/export?format=json");
    let document: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    let row = |sen: &str| {
        document["licences"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["sen"] == sen)
            .unwrap()
            .clone()
    };
    assert_eq!(row("SEN-LOCKED")["licence_key"], serde_json::Value::Null);
    assert_eq!(row("SEN-LOCKED")["key_withheld"], true);
    assert_eq!(row("SEN-OPEN")["licence_key"], open_key.as_str());
    assert!(!json.body.contains(&locked_key));

    let entries = zip_entries(&download(&alice, "/export?format=keys"));
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["SEN-OPEN.txt", "README.txt"], "{names:?}");
    let readme = &entries[1].1;
    assert!(
        readme.contains("SEN-LOCKED") && readme.contains("Server ID"),
        "{readme}"
    );
    assert!(entries.iter().all(|(_, text)| !text.contains(&locked_key)));

    // An administrator's export holds every key; exporting changed nothing.
    let all = admin.get("/export?format=csv");
    assert!(all.body.contains(&locked_key) && all.body.contains(&open_key));
    let names: Vec<String> = zip_entries(&download(&admin, "/export?format=keys"))
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names, ["SEN-LOCKED.txt", "SEN-OPEN.txt"]);
    let gate: Option<i64> = one(
        &server,
        &format!(
            "SELECT key_retrieved_at FROM licences WHERE id = {}",
            locked.0
        ),
    );
    assert_eq!(gate, None);
}

#[test]
fn a_key_that_does_not_verify_never_replaces_a_genuine_key_nor_moves_support_earlier() {
    let (server, mut admin) = TestServer::with_admin();
    let alice = add_user(&server, "alice@example.com");
    let genuine_key = test_key("SEN-GEN", "conf", &[("NumberOfUsers", "50")]);
    // Recorded as genuine (as a key with Atlassian's signature would be), renewed to
    // 2027-12-01 in the portal.
    let licence = licence_from_key(&server, &genuine_key, |l| {
        l.key_genuine = Some(true);
        l.support_expiry = Some(jiff::civil::date(2027, 12, 1));
    });
    add_contact(&server, licence, alice, "technical");
    let personal = test_key(
        "SEN-GEN",
        "conf",
        &[
            ("LicenseTypeName", "PERSONAL"),
            ("NumberOfUsers", "3"),
            ("MaintenanceExpiryDate", "2025-06-01"),
        ],
    );
    let unchanged = |server: &TestServer| {
        let (key, genuine, support): (String, i64, String) = server
            .db()
            .query_row(
                "SELECT licence_key, key_genuine, support_expiry FROM licences WHERE id = ?1",
                [licence.0],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        key == genuine_key && genuine == 1 && support == "2027-12-01"
    };

    // A contact: refused with the reason, nothing to confirm.
    let mut alice = signed_in(&server, "alice@example.com");
    let refused = preview(&mut alice, &personal, &[]);
    assert_eq!(refused.status, 200);
    let text = refused.text();
    assert!(
        text.contains("0 to add, 0 to update, 0 to skip, 1 rejected"),
        "{text}"
    );
    assert!(
        text.contains("would replace the genuine key") && text.contains("only an administrator"),
        "{text}"
    );
    assert!(refused.field_value("preview").is_none());
    assert!(unchanged(&server));

    // An administrator sees every warning, and without saying so keeps the genuine key.
    let warned = preview(&mut admin, &personal, &[]);
    let text = warned.text();
    assert!(text.contains("1 to update"), "{text}");
    for warning in [
        "a genuine key would be replaced by a key that does not verify",
        "a lower user tier: 50 users → 3 users",
        "another licence type: Commercial → Personal",
        "support expiry 2027-12-01 on record is kept",
    ] {
        assert!(text.contains(warning), "{warning}: {text}");
    }
    assert!(text.contains("Let keys that do not verify replace genuine keys (1)"));
    let held = confirm(&mut admin, &warned, &[]);
    assert_eq!(held.status, 200);
    assert!(
        held.text()
            .contains("1 update that would have replaced a genuine key was left out")
    );
    assert!(unchanged(&server));
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM key_history"), 0);

    // Only when the administrator ticks it; the support expiry still does not move earlier.
    let again = preview(&mut admin, &personal, &[]);
    let done = confirm(&mut admin, &again, &[("replace_genuine", "on")]);
    assert!(done.text().contains("1 updated"), "{}", done.text());
    let (key, genuine, support, tier): (String, i64, String, i64) = server
        .db()
        .query_row(
            "SELECT licence_key, key_genuine, support_expiry, user_tier FROM licences \
             WHERE id = ?1",
            [licence.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (key.as_str(), genuine, support.as_str(), tier),
        (personal.as_str(), 0, "2027-12-01", 3)
    );
    let kept: String = one(&server, "SELECT licence_key FROM key_history");
    assert_eq!(kept, genuine_key, "the genuine key is in the key history");
}

#[test]
fn a_json_row_cannot_rewrite_the_signed_terms_of_a_key_it_carries() {
    let (server, mut admin) = TestServer::with_admin();
    let alice = add_user(&server, "alice@example.com");
    let signed_key = test_key("SEN-TERMS", "conf", &[("NumberOfUsers", "25")]);
    let licence = licence_from_key(&server, &signed_key, |_| {});
    server
        .db()
        .execute(
            "UPDATE licences SET key_retrieved_at = 100 WHERE id = ?1",
            [licence.0],
        )
        .unwrap();
    add_contact(&server, licence, alice, "technical");
    let mut alice = signed_in(&server, "alice@example.com");
    let export = alice.get("/export?format=json");
    let mut document: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let row = &mut document["licences"][0];
    row["sen"] = "SEN-OTHER".into();
    row["product"] = "Bamboo".into();
    row["user_tier"] = 10_000.into();
    row["support_expiry"] = "2099-12-31".into();
    let edited = serde_json::to_vec(&document).unwrap();
    let before: String = one(
        &server,
        "SELECT sen || product || user_tier || support_expiry FROM licences",
    );

    let answer = preview(&mut alice, "", &[("edited.json", &edited)]);
    let text = answer.text();
    assert!(
        text.contains("0 to add, 0 to update, 1 to skip, 0 rejected"),
        "{text}"
    );
    assert!(text.contains("unchanged"), "{text}");
    // Nor can an administrator's: a licence on record takes what its key says.
    let answer = preview(&mut admin, "", &[("edited.json", &edited)]);
    assert!(
        answer
            .text()
            .contains("0 to add, 0 to update, 1 to skip, 0 rejected"),
        "{}",
        answer.text()
    );
    let after: String = one(
        &server,
        "SELECT sen || product || user_tier || support_expiry FROM licences",
    );
    assert_eq!(before, after);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM orders"), 0);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 1);
}

#[test]
fn a_row_whose_key_was_left_out_never_changes_what_the_key_on_record_says() {
    let (server, _admin) = TestServer::with_admin();
    let alice = add_user(&server, "alice@example.com");
    let bob = add_user(&server, "bob@example.com");
    let alices_key = test_key("SEN-ALICE", "conf", &[("NumberOfUsers", "25")]);
    let bobs_key = test_key("SEN-500", "stash", &[("NumberOfUsers", "25")]);
    let alices = licence_from_key(&server, &alices_key, |_| {});
    let bobs = licence_from_key(&server, &bobs_key, |_| {});
    add_contact(&server, alices, alice, "technical");
    add_contact(&server, bobs, bob, "technical");
    let terms = "SELECT sen || '|' || product || '|' || licence_type || '|' || \
                 coalesce(user_tier, 'unlimited') || '|' || coalesce(support_expiry, '') || \
                 '|' || coalesce(licence_expiry, '') || '|' || licence_key || '|' || key_genuine \
                 FROM licences ORDER BY id";
    let terms_of = |server: &TestServer| -> Vec<String> {
        let db = server.db();
        let mut statement = db.prepare(terms).unwrap();
        statement
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let before = terms_of(&server);

    // The Server ID gate is not passed: the export leaves the key out.
    let mut alice = signed_in(&server, "alice@example.com");
    let export = alice.get("/export?format=json");
    let mut document: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let row = &mut document["licences"][0];
    assert_eq!(row["licence_key"], serde_json::Value::Null);
    row["user_tier"] = 10_000.into();
    row["support_expiry"] = "2099-12-31".into();
    row["licence_expiry"] = "2099-12-31".into();
    row["licence_type"] = "Academic".into();
    let edited = serde_json::to_vec(&document).unwrap();
    let answer = preview(&mut alice, "", &[("edited.json", &edited)]);
    let text = answer.text();
    assert!(
        text.contains("0 to add, 0 to update, 1 to skip, 0 rejected"),
        "{text}"
    );
    assert!(text.contains("unchanged"), "{text}");

    let mut bob = signed_in(&server, "bob@example.com");
    let csv = bob.get("/export?format=csv").body;
    assert!(!csv.contains(&bobs_key), "the key is left out");
    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    let mut cells: Vec<String> = lines[1].split(',').map(str::to_owned).collect();
    assert_eq!(cells[1], "SEN-500", "{csv}");
    cells[1] = "SEN-HIJACK".into();
    cells[2] = "Jira".into();
    cells[6] = "unlimited".into();
    lines[1] = cells.join(",");
    let edited = lines.join("\n");
    let answer = preview(&mut bob, "", &[("edited.csv", edited.as_bytes())]);
    let text = answer.text();
    assert!(
        text.contains("0 to add, 0 to update, 1 to skip, 0 rejected"),
        "{text}"
    );

    assert_eq!(terms_of(&server), before);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM orders"), 0);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 2);
}

#[test]
fn a_json_export_restores_primaries_orders_and_histories_byte_for_byte() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let carol = add_user(&server, "carol@example.com");
    let key = test_key("SEN-RT", "conf", &[]);
    let licence = licence_from_key(&server, &key, |_| {});
    let evaluation = crate::support::people::licence_with(&server, "", |l| {
        l.sen = None;
        l.is_evaluation = true;
        l.archived = true;
        l.organisation = "Ünïcödé GmbH — 東京".into();
    });
    add_contact(&server, licence, bob, "technical");
    add_contact(&server, licence, carol, "technical");
    add_contact(&server, evaluation, carol, "billing");
    {
        let db = server.db();
        store::contacts::set_primary(&db, licence, ContactRole::Technical, carol, 500).unwrap();
        for (when, by) in [(600, Some(bob)), (700, Some(carol))] {
            store::orders::insert(
                &db,
                &store::orders::NewOrder {
                    kind: licensedesk::domain::orders::OrderKind::Renewal,
                    licence_id: licence,
                    description: "Renewal for 12 months",
                    po_number: Some("PO-1"),
                    amount: Some("1200.00"),
                    currency: Some("EUR"),
                    placed_by: by,
                },
                when,
            )
            .unwrap();
        }
        licences::set_server_id(
            &db,
            licence,
            Some("AAAA-BBBB-CCCC-DDDD"),
            "bob@example.com",
            licences::ServerIdReason::Manual,
            650,
        )
        .unwrap();
    }
    let first = admin.get("/export?format=json");
    assert_eq!(first.status, 200);

    let (other, mut other_admin) = TestServer::with_admin();
    let answer = preview(
        &mut other_admin,
        "",
        &[("backup.json", first.body.as_bytes())],
    );
    assert!(answer.text().contains("2 to add"), "{}", answer.text());
    assert!(answer.text().contains("they are restored as exported"));
    let done = confirm(&mut other_admin, &answer, &[]);
    assert!(done.text().contains("2 added"), "{}", done.text());
    let second = other_admin.get("/export?format=json");
    assert_eq!(first.body, second.body, "the export imports back unchanged");

    let restored: i64 = one(&other, "SELECT id FROM licences WHERE sen = 'SEN-RT'");
    assert_eq!(
        primary(&other, LicenceId(restored), "technical").as_deref(),
        Some("carol@example.com"),
        "Carol stays primary, not Bob who was added first"
    );
    assert_eq!(one::<i64>(&other, "SELECT count(*) FROM orders"), 2);
    // The accounts are made (invited), but nobody is mailed unless the administrator says so.
    assert_eq!(
        one::<i64>(
            &other,
            "SELECT count(*) FROM accounts WHERE state = 'invited'"
        ),
        2
    );
    assert_eq!(one::<i64>(&other, "SELECT count(*) FROM outbox"), 0);
}

#[test]
fn a_preview_that_passes_never_fails_when_it_is_applied() {
    let (server, mut admin) = TestServer::with_admin();
    let good = serde_json::json!({
        "ref": "L1", "product": "Confluence", "name": "Confluence", "licence_type": "Commercial",
        "deployment": "server", "user_tier": 10, "sen": "SEN-OK", "licence_key": null,
        "key_genuine": null, "server_id": null, "organisation": "", "licensed_to": "",
        "purchase_date": null, "support_expiry": null, "licence_expiry": null,
        "support_level": "", "auto_renew": false, "archived": false, "is_evaluation": false,
        "reason_for_purchase": null, "key_retrieved_at": null, "production_licence": null,
        "created_at": 1, "updated_at": 1, "contacts": [], "server_id_history": [],
        "key_history": []
    });
    let mut negative = good.clone();
    negative["ref"] = "L2".into();
    negative["sen"] = "SEN-NEG".into();
    negative["user_tier"] = (-1).into();
    let mut bad_reason = good.clone();
    bad_reason["ref"] = "L3".into();
    bad_reason["sen"] = "SEN-REASON".into();
    bad_reason["server_id_history"] = serde_json::json!([{"old_value": null,
        "new_value": "X", "changed_by": "x", "changed_at": 1, "reason": "whim"}]);
    let mut bad_role = good.clone();
    bad_role["ref"] = "L4".into();
    bad_role["sen"] = "SEN-ROLE".into();
    bad_role["contacts"] = serde_json::json!([{"email": "x@example.com", "role": "owner"}]);
    let document = serde_json::json!({"format": "licensedesk-export", "version": 2,
        "licences": [good, negative, bad_reason, bad_role]});
    let answer = preview(
        &mut admin,
        "",
        &[("inventory.json", document.to_string().as_bytes())],
    );
    let text = answer.text();
    assert!(
        text.contains("1 to add, 0 to update, 0 to skip, 3 rejected"),
        "{text}"
    );
    assert!(
        text.contains("inventory.json: L2") && text.contains("user_tier -1"),
        "{text}"
    );
    assert!(text.contains("reason \"whim\""), "{text}");
    assert!(text.contains("role \"owner\""), "{text}");
    let done = confirm(&mut admin, &answer, &[]);
    assert_eq!(done.status, 200);
    assert!(done.text().contains("1 added"), "{}", done.text());
    assert_eq!(
        one::<String>(&server, "SELECT group_concat(sen) FROM licences"),
        "SEN-OK"
    );
}

#[test]
fn reimporting_the_csv_export_updates_the_same_licences_and_adds_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let key = test_key("SEN-CSV", "conf", &[]);
    licence_from_key(&server, &key, |_| {});
    // Evaluations started in the portal have neither key nor SEN.
    for _ in 0..2 {
        crate::support::people::licence_with(&server, "", |l| {
            l.sen = None;
            l.is_evaluation = true;
            l.name = "Confluence (Server): Evaluation License".into();
        });
    }
    let csv = admin.get("/export?format=csv").body;
    let answer = preview(&mut admin, "", &[("licences.csv", csv.as_bytes())]);
    assert!(
        answer
            .text()
            .contains("0 to add, 0 to update, 3 to skip, 0 rejected"),
        "{}",
        answer.text()
    );
    // Edited in a spreadsheet: one evaluation's organisation.
    let mut lines: Vec<String> = csv.lines().map(str::to_owned).collect();
    lines[2] = lines[2].replace("Example Ltd", "Renamed Ltd");
    let edited = lines.join("\n");
    let answer = preview(&mut admin, "", &[("edited.csv", edited.as_bytes())]);
    let text = answer.text();
    assert!(
        text.contains("0 to add, 1 to update, 2 to skip, 0 rejected"),
        "{text}"
    );
    assert!(
        text.contains("organisation: Example Ltd → Renamed Ltd"),
        "{text}"
    );
    confirm(&mut admin, &answer, &[]);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 3);
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM licences WHERE organisation = 'Renamed Ltd'"
        ),
        1
    );
}

#[test]
fn an_unedited_export_reimported_after_an_upgrade_and_a_renewal_changes_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let key = test_key("SEN-GROWN", "conf", &[("NumberOfUsers", "10")]);
    let id = licence_from_key(&server, &key, |_| {});
    for _ in 0..2 {
        crate::support::people::licence_with(&server, "", |l| {
            l.sen = None;
            l.is_evaluation = true;
            l.name = "Confluence (Server): Evaluation License".into();
        });
    }
    // Upgraded and renewed in the portal, without a new key.
    let path = format!("/licences/{}/upgrade", id.0);
    let upgraded = admin.submit(&path, &path, &[("user_tier", "50")]);
    assert!(upgraded.status < 400, "{}", upgraded.text());
    let path = format!("/licences/{}/renew", id.0);
    let renewed = admin.submit(&path, &path, &[("months", "12")]);
    assert!(renewed.status < 400, "{}", renewed.text());
    let state = "SELECT group_concat(coalesce(sen, '-') || '|' || coalesce(user_tier, 'u') || '|' \
                 || coalesce(support_expiry, '') || '|' || updated_at, ';') FROM licences";
    let before: String = one(&server, state);
    assert!(before.contains("SEN-GROWN|50|"), "{before}");
    let orders: i64 = one(&server, "SELECT count(*) FROM orders");

    for format in ["csv", "json"] {
        let export = admin.get(&format!("/export?format={format}")).body;
        let file = format!("licences.{format}");
        let answer = preview(&mut admin, "", &[(&file, export.as_bytes())]);
        let text = answer.text();
        assert!(
            text.contains("0 to add, 0 to update, 3 to skip, 0 rejected"),
            "{format}: {text}"
        );
        assert!(!text.contains("lower user tier"), "{format}: {text}");
    }
    assert_eq!(one::<String>(&server, state), before);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 3);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM orders"), orders);
}

#[test]
fn a_json_row_is_checked_as_a_csv_row_is() {
    let (server, mut admin) = TestServer::with_admin();
    crate::support::people::licence_with(&server, "SEN-J1", |_| {});
    crate::support::people::licence_with(&server, "SEN-J2", |_| {});
    let export = admin.get("/export?format=json");
    let mut document: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let rows = document["licences"].as_array_mut().unwrap();
    rows[0]["sen"] = "SEN-NEW1".into();
    rows[0]["server_id"] = "not-a-server-id".into();
    rows[1]["sen"] = "SEN-NEW2".into();
    rows[1]["name"] = "".into();
    rows[1]["licence_type"] = " ".into();
    let edited = serde_json::to_vec(&document).unwrap();

    let answer = preview(&mut admin, "", &[("edited.json", &edited)]);
    let text = answer.text();
    assert!(
        text.contains("1 to add, 0 to update, 0 to skip, 1 rejected"),
        "{text}"
    );
    assert!(text.contains("edited.json: L1 server_id"), "{text}");
    confirm(&mut admin, &answer, &[]);
    let added: String = one(
        &server,
        "SELECT name || '|' || licence_type FROM licences WHERE sen = 'SEN-NEW2'",
    );
    assert_eq!(added, "Jira|Other");
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM licences WHERE sen = 'SEN-NEW1'"
        ),
        0
    );
}

#[test]
fn a_contact_is_told_that_the_orders_and_primary_periods_of_a_file_are_left_out() {
    let (server, _admin) = TestServer::with_admin();
    let alice = add_user(&server, "alice@example.com");
    let licence = crate::support::people::licence_with(&server, "SEN-ORDERS", |_| {});
    add_contact(&server, licence, alice, "technical");
    let mut alice = signed_in(&server, "alice@example.com");
    let export = alice.get("/export?format=json");
    let mut document: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let row = &mut document["licences"][0];
    row["sen"] = "SEN-ORDERS-COPY".into();
    row["orders"] = serde_json::json!([{
        "number": "LD-777777", "placed_at": 100, "kind": "renewal",
        "description": "Renewal for 12 months", "po_number": null, "amount": null,
        "currency": null, "placed_by": "alice@example.com"
    }]);
    row["primary_terms"] = serde_json::json!([{
        "role": "technical", "account": "alice@example.com", "started_at": 100, "ended_at": null
    }]);
    let edited = serde_json::to_vec(&document).unwrap();

    let answer = preview(&mut alice, "", &[("edited.json", &edited)]);
    let text = answer.text();
    assert!(
        text.contains("1 to add, 0 to update, 0 to skip, 0 rejected"),
        "{text}"
    );
    assert!(
        text.contains("The files hold 1 order and 1 period as primary contact"),
        "{text}"
    );
    confirm(&mut alice, &answer, &[]);
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM licences WHERE sen = 'SEN-ORDERS-COPY'"
        ),
        1
    );
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM orders"), 0);
}

#[test]
fn a_restore_without_invitations_says_that_reminders_still_reach_the_restored_contacts() {
    let (mut server, mut admin) = TestServer::with_admin();
    let soon = jiff::Zoned::now()
        .date()
        .saturating_add(jiff::Span::new().days(30));
    let document = serde_json::json!({"format": "licensedesk-export", "version": 2, "licences": [{
        "ref": "L1", "product": "Confluence", "name": "Confluence", "licence_type": "Commercial",
        "deployment": "server", "user_tier": 10, "sen": "SEN-REMIND", "licence_key": null,
        "key_genuine": null, "server_id": null, "organisation": "", "licensed_to": "",
        "purchase_date": null, "support_expiry": soon.to_string(), "licence_expiry": null,
        "support_level": "", "auto_renew": false, "archived": false, "is_evaluation": false,
        "reason_for_purchase": null, "key_retrieved_at": null, "production_licence": null,
        "created_at": 1, "updated_at": 1,
        "contacts": [{"email": "restored@example.com", "role": "technical", "primary": true}],
        "server_id_history": [], "key_history": []
    }]})
    .to_string();
    let answer = preview(&mut admin, "", &[("backup.json", document.as_bytes())]);
    let text = answer.text();
    assert!(
        text.contains("renewal reminders still go to every contact of a licence"),
        "{text}"
    );
    assert!(!text.contains("nobody is mailed"), "{text}");
    confirm(&mut admin, &answer, &[]);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM outbox"), 0);
    server.stop();

    // What the preview says is what happens: the next reminder run mails the restored address.
    let result = crate::cli::binary()
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
    assert!(result.status.success(), "{result:?}");
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM outbox WHERE to_address = 'restored@example.com'"
        ),
        1
    );
}

#[test]
fn every_entry_that_is_not_imported_is_listed_with_its_line_and_reason() {
    let (server, mut admin) = TestServer::with_admin();
    let valid = test_key("SEN-VALID", "conf", &[]);
    // A line with the start and end of a key and nothing readable between.
    let garbage = format!("AAAB{}X02zz", "Qm9ndXMga2V5IG1hdGVyaWFs".repeat(3));
    // A version-1 key: long lines of letters and digits, no version-2 trailer.
    let version1 = [
        "NQrPoNOBNRHnXHjaFJNPxwrQoropKmMGGTamaPMdptjcGW",
        "mi2KouuJLPf6fVkEqhggtmF2K6LwzkgD3KEWKGzmc3rLm",
        "QmRSsRRNrponOQoPMNwwqOmmPNQqmRmmQXXsSVUvsVXuos",
        "tUUoomsotmummmmmUUoomsotmummmmmUU1qiXppfXk",
    ]
    .join("\n");
    let pasted = format!("{valid}\n\n{garbage}\n\n{version1}\n");
    let answer = preview(&mut admin, &pasted, &[]);
    let text = answer.text();
    assert!(
        text.contains("1 to add, 0 to update, 0 to skip, 2 rejected"),
        "{text}"
    );
    assert!(text.contains("Line 3 in the pasted text"), "{text}");
    assert!(
        text.contains("looks like a licence key but cannot be read"),
        "{text}"
    );
    assert!(text.contains("Line 5 in the pasted text"), "{text}");
    assert!(text.contains("legacy version-1 licence key"), "{text}");
    let done = confirm(&mut admin, &answer, &[]);
    assert!(done.text().contains("2 rejected"), "{}", done.text());
    assert_eq!(
        one::<String>(&server, "SELECT group_concat(sen) FROM licences"),
        "SEN-VALID"
    );
}

#[test]
fn lines_are_counted_as_an_editor_counts_them_and_a_damaged_key_is_not_called_version_1() {
    let (server, mut admin) = TestServer::with_admin();
    // A sheet saved with Windows line ends, its second row (line 3) wrong; its 20 columns are
    // those of an export made before the notes column.
    let header = licensedesk::inventory::export::CSV_HEADER_WITHOUT_NOTES.join(",");
    let row = |sen: &str, tier: &str| {
        format!(
            ",{sen},Confluence,Conf {sen},Commercial,server,{tier},Org,Ada,,,,,,false,false,\
             false,,,"
        )
    };
    let sheet = format!(
        "{header}\r\n{}\r\n{}\r\n",
        row("SEN-ROW-2", "10"),
        row("SEN-ROW-3", "lots")
    );
    // A key whose first line was lost when it was copied; its last line (the version-2
    // trailer) is short.
    let key = test_key("SEN-CUT", "conf", &[]);
    let width = (60..=80)
        .find(|w| (6..12).contains(&(key.len() % w)))
        .unwrap();
    let wrapped = encoder::wrap(&key, width, "\n");
    let cut: Vec<&str> = wrapped.lines().skip(1).collect();
    let pasted = format!("Your key:\n{}\n", cut.join("\n"));

    let answer = preview(&mut admin, &pasted, &[("sheet.csv", sheet.as_bytes())]);
    let text = answer.text();
    assert!(
        text.contains("1 to add, 0 to update, 0 to skip, 2 rejected"),
        "{text}"
    );
    assert!(text.contains("sheet.csv, line 3 user tier"), "{text}");
    assert!(!text.contains("sheet.csv, line 2 user tier"), "{text}");
    assert!(text.contains("Line 2 in the pasted text"), "{text}");
    assert!(!text.contains("version-1"), "{text}");
    assert!(
        text.contains("looks like a licence key but cannot be read"),
        "{text}"
    );
    confirm(&mut admin, &answer, &[]);
    assert_eq!(
        one::<String>(&server, "SELECT group_concat(sen) FROM licences"),
        "SEN-ROW-2"
    );
}

#[test]
fn a_developer_licence_is_linked_only_to_a_production_licence_the_importer_may_see() {
    let (server, mut admin) = TestServer::with_admin();
    add_user(&server, "alice@example.com");
    let dave = add_user(&server, "dave@example.com");
    let production = licence_from_key(&server, &test_key("SEN-PROD", "conf", &[]), |l| {
        l.support_expiry = Some(jiff::civil::date(2028, 3, 1));
    });
    add_contact(&server, production, dave, "technical");
    let developer_key = test_key("SEN-PROD", "conf", &[("LicenseTypeName", "DEVELOPER")]);
    let row = serde_json::json!({
        "ref": "L1", "product": "Confluence", "name": "Confluence (Server): Developer License",
        "licence_type": "Developer", "deployment": "server", "user_tier": 10,
        "sen": "SEN-PROD", "licence_key": null, "key_genuine": null, "server_id": null,
        "organisation": "", "licensed_to": "", "purchase_date": null,
        "support_expiry": "2025-01-01", "licence_expiry": null, "support_level": "",
        "auto_renew": false, "archived": false, "is_evaluation": false,
        "reason_for_purchase": null, "key_retrieved_at": null, "production_licence": null,
        "created_at": 1, "updated_at": 1, "contacts": [], "server_id_history": [],
        "key_history": []
    });
    let document = serde_json::json!({"format": "licensedesk-export", "version": 2,
        "licences": [row]});

    let mut alice_client = signed_in(&server, "alice@example.com");
    for (pasted, file) in [
        (developer_key.as_str(), None),
        ("", Some(document.to_string())),
    ] {
        let files: Vec<(&str, &[u8])> = file
            .as_deref()
            .map(|f| vec![("dev.json", f.as_bytes())])
            .unwrap_or_default();
        let answer = preview(&mut alice_client, pasted, &files);
        assert!(answer.text().contains("1 to add"), "{}", answer.text());
        assert!(!answer.text().contains("dave@example.com"));
        confirm(&mut alice_client, &answer, &[]);
    }
    let mut stmt_db = server.db();
    let linked: i64 = stmt_db
        .query_row(
            "SELECT count(*) FROM licences WHERE production_licence_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(linked, 0, "nothing links to Dave's licence");
    let developers: Vec<i64> = stmt_db
        .prepare("SELECT id FROM licences WHERE licence_type = 'Developer' ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(developers.len(), 2);
    for id in developers {
        assert_eq!(
            contacts(&server, LicenceId(id)),
            ["technical:alice@example.com"]
        );
        let support: Option<String> = stmt_db
            .query_row(
                "SELECT support_expiry FROM licences WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap();
        assert_ne!(support.as_deref(), Some("2028-03-01"));
    }
    // Dave's licence page stays a 404 for Alice.
    assert_eq!(
        alice_client
            .get(&format!("/licences/{}", production.0))
            .status,
        404
    );
    // The administrator's import of the same key links it, as "Add licence" would.
    stmt_db
        .execute("DELETE FROM licences WHERE licence_type = 'Developer'", [])
        .unwrap();
    let answer = preview(&mut admin, &developer_key, &[]);
    confirm(&mut admin, &answer, &[]);
    stmt_db = server.db();
    let linked: i64 = stmt_db
        .query_row(
            "SELECT production_licence_id FROM licences WHERE licence_type = 'Developer'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(linked, production.0);
}

#[test]
fn a_contacts_json_import_plants_no_contacts_and_an_administrator_chooses_invitations() {
    let (server, mut admin) = TestServer::with_admin();
    add_user(&server, "alice@example.com");
    let document = |sen: &str| {
        serde_json::json!({"format": "licensedesk-export", "version": 2, "licences": [{
            "ref": "L1", "product": "Confluence", "name": "Confluence", "licence_type": "Commercial",
            "deployment": "server", "user_tier": 10, "sen": sen, "licence_key": null,
            "key_genuine": null, "server_id": null, "organisation": "", "licensed_to": "",
            "purchase_date": null, "support_expiry": null, "licence_expiry": null,
            "support_level": "", "auto_renew": false, "archived": false, "is_evaluation": false,
            "reason_for_purchase": null, "key_retrieved_at": null, "production_licence": null,
            "created_at": 1, "updated_at": 1,
            "contacts": [
                {"email": "victim@example.com", "role": "technical", "primary": true},
                {"email": "other@example.com", "role": "billing", "primary": true}
            ],
            "server_id_history": [], "key_history": []
        }]})
        .to_string()
    };
    let mut alice = signed_in(&server, "alice@example.com");
    let answer = preview(
        &mut alice,
        "",
        &[("planted.json", document("SEN-A").as_bytes())],
    );
    assert!(
        answer
            .text()
            .contains("name 2 contacts: they are not imported"),
        "{}",
        answer.text()
    );
    confirm(&mut alice, &answer, &[]);
    let planted: i64 = one(&server, "SELECT id FROM licences WHERE sen = 'SEN-A'");
    assert_eq!(
        contacts(&server, LicenceId(planted)),
        ["technical:alice@example.com"]
    );
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM accounts WHERE email IN ('victim@example.com', 'other@example.com')"
        ),
        0
    );
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM outbox"), 0);

    // An administrator restores them; invitations only when ticked.
    let answer = preview(
        &mut admin,
        "",
        &[("backup.json", document("SEN-B").as_bytes())],
    );
    assert!(answer.text().contains("they are restored as exported"));
    assert!(
        answer
            .text()
            .contains("Send invitations to the accounts this import creates")
    );
    confirm(&mut admin, &answer, &[]);
    let restored: i64 = one(&server, "SELECT id FROM licences WHERE sen = 'SEN-B'");
    assert_eq!(
        contacts(&server, LicenceId(restored)),
        ["billing:other@example.com", "technical:victim@example.com"]
    );
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM outbox"), 0);
    server
        .db()
        .execute_batch(
            "DELETE FROM licences WHERE sen = 'SEN-B'; \
             DELETE FROM accounts WHERE email IN ('victim@example.com', 'other@example.com');",
        )
        .unwrap();
    let answer = preview(
        &mut admin,
        "",
        &[("backup.json", document("SEN-B").as_bytes())],
    );
    let done = confirm(&mut admin, &answer, &[("invite", "on")]);
    assert!(
        done.text().contains("2 invitations queued"),
        "{}",
        done.text()
    );
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM outbox WHERE kind = 'invitation'"
        ),
        2
    );
}

/// Text the size of a large upload that holds one key, then blank lines (the least work for
/// the scanner: the test is about what a preview keeps, and runs beside the rest of the suite).
fn padded_upload(key: &str, bytes: usize) -> Vec<u8> {
    let mut text = Vec::with_capacity(bytes);
    text.extend_from_slice(b"Your licence key:\n");
    text.extend_from_slice(key.as_bytes());
    text.push(b'\n');
    let line = [b' '; 255];
    while text.len() + line.len() + 1 < bytes {
        text.extend_from_slice(&line);
        text.push(b'\n');
    }
    text
}

#[test]
fn thirty_two_previews_of_31_mib_uploads_hold_their_decoded_entries_within_budget() {
    let _heavy = crate::support::heavy();
    let (server, mut admin) = TestServer::with_admin();
    let limits = licensedesk::config::ImportLimits::default();
    let pending = || &server.started.as_ref().unwrap().app.pending_imports;
    let csrf = admin.get("/import").csrf();
    let upload = padded_upload(&test_key("SEN-BIG", "conf", &[]), 31 << 20);
    for n in 0..32 {
        let answer = multipart(
            &mut admin,
            &[("csrf", &csrf), ("allow_unverified", "on")],
            &[("big.txt", &upload)],
        );
        assert_eq!(answer.status, 200, "preview {n}: {}", answer.text());
        assert!(answer.text().contains("1 to add"));
        let held = pending().held_bytes();
        assert!(held <= limits.pending_bytes, "{held} bytes held");
    }
    let held = pending().held_bytes();
    assert_eq!(pending().len(), 32);
    // The uploads were 992 MiB; what is kept is what was decoded from them.
    assert!(held < 256 << 10, "{held} bytes held by 32 previews");
    eprintln!("32 previews of 31 MiB uploads hold {held} bytes");
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 0);
}

#[test]
fn reading_an_upload_stops_with_a_413_as_soon_as_its_decoded_entries_pass_the_budget() {
    let _heavy = crate::support::heavy();
    let (server, mut admin) = TestServer::with_admin();
    let limits = licensedesk::config::ImportLimits::default();
    let pending = || &server.started.as_ref().unwrap().app.pending_imports;
    // A short key whose properties expand to a megabyte: a hundred of them decode to far more
    // than an account's previews may hold.
    let organisation = "O".repeat(1_000_000);
    let key = test_key("SEN-HUGE", "conf", &[("Organisation", &organisation)]);
    assert!(key.len() < 8_000, "{} bytes", key.len());
    let upload = vec![key.as_str(); 100].join("\n\n");
    let last_key_line = upload.lines().count() - key.lines().count() + 1;
    let csrf = admin.get("/import").csrf();

    let answer = multipart(
        &mut admin,
        &[("csrf", &csrf), ("allow_unverified", "on")],
        &[("huge.txt", upload.as_bytes())],
    );
    let text = answer.text();
    assert_eq!(answer.status, 413, "{text}");
    assert!(
        text.contains(&format!(
            "more than {} MiB per account",
            limits.pending_account_bytes >> 20
        )),
        "{text}"
    );
    let stopped: usize = text
        .split("Reading stopped at huge.txt, line ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|line| line.trim().parse().ok())
        .unwrap_or_else(|| panic!("the answer says where reading stopped: {text}"));
    // About seventeen keys of a hundred were decoded, not all of them.
    assert!(
        stopped < last_key_line / 3,
        "stopped at line {stopped} of {last_key_line}"
    );
    assert_eq!(pending().len(), 0);
    assert_eq!(pending().held_bytes(), 0);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 0);
}

#[test]
fn previews_past_the_budgets_or_the_key_cap_are_refused_and_never_push_out_someone_elses() {
    // How much a preview of three keys holds, measured on a server with the default limits.
    let keys = |prefix: &str, n: usize| {
        (0..n)
            .map(|i| test_key(&format!("SEN-{prefix}{i}"), "conf", &[]))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let (probe, mut probe_admin) = TestServer::with_admin();
    preview(&mut probe_admin, &keys("A", 3), &[]);
    let three = probe
        .started
        .as_ref()
        .unwrap()
        .app
        .pending_imports
        .held_bytes();
    assert!(three > 0);

    let budget = three * 5 / 2;
    let server = TestServer::start_with(tempfile::tempdir().unwrap(), |config| {
        config.imports = licensedesk::config::ImportLimits {
            pending_bytes: budget,
            pending_account_bytes: budget,
            max_keys: 5,
        };
    });
    let mut admin = server.setup_admin();
    add_user(&server, "bob@example.com");
    let mut bob = signed_in(&server, "bob@example.com");
    let pending = || &server.started.as_ref().unwrap().app.pending_imports;

    let first = preview(&mut admin, &keys("A", 3), &[]);
    assert_eq!(first.status, 200);
    assert_eq!(preview(&mut admin, &keys("B", 3), &[]).status, 200);
    assert_eq!(pending().len(), 2);
    // A third of the administrator's own pushes out their oldest.
    assert_eq!(preview(&mut admin, &keys("C", 3), &[]).status, 200);
    assert_eq!(pending().len(), 2);
    let expired = confirm(&mut admin, &first, &[]);
    assert_eq!(expired.status, 410, "the oldest preview went");
    // Bob's would not fit beside them: refused, and the administrator's stay.
    let full = preview(&mut bob, &keys("D", 3), &[]);
    assert_eq!(full.status, 413);
    assert!(full.text().contains("as many import previews as it may"));
    assert_eq!(pending().len(), 2);
    assert!(pending().held_bytes() <= budget);
    // Past the key cap: refused before decoding, with the cap named.
    let many = preview(&mut bob, &keys("E", 6), &[]);
    assert_eq!(many.status, 422);
    assert!(
        many.text().contains("more than 5 licence keys"),
        "{}",
        many.text()
    );
    assert_eq!(
        server
            .db()
            .query_row("SELECT count(*) FROM licences", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        0
    );
}

#[cfg(unix)]
#[test]
fn the_command_line_import_reads_regular_files_only_and_follows_no_folder_link() {
    use crate::cli::run;
    let data = tempfile::tempdir().unwrap();
    let inbox = data.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    std::fs::write(inbox.join("a-key.txt"), test_key("SEN-CLI", "conf", &[])).unwrap();
    // A link back to the folder itself: a walk that followed it would never end.
    std::os::unix::fs::symlink(&inbox, inbox.join("b-loop")).unwrap();
    let fifo = inbox.join("c-fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    // Larger than an import reads (sparse: it takes no disk).
    let big = std::fs::File::create(inbox.join("d-big.txt")).unwrap();
    big.set_len(licensedesk::inventory::import::MAX_FILE_BYTES + 1)
        .unwrap();
    let d = data.path().to_str().unwrap();
    let (code, out, err) = run(
        &[
            "import",
            "--dry-run",
            "--allow-unverified",
            "--data-dir",
            d,
            inbox.to_str().unwrap(),
            "/dev/zero",
        ],
        None,
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("Preview: 1 to add, 0 to update, 0 to skip, 4 rejected."),
        "{out}"
    );
    assert!(
        out.contains("b-loop  is a symbolic link to a folder: not followed"),
        "{out}"
    );
    assert!(out.contains("c-fifo  is not a regular file"), "{out}");
    assert!(out.contains("/dev/zero  is not a regular file"), "{out}");
    assert!(
        out.contains("d-big.txt  is 536870913 bytes, larger than an import accepts"),
        "{out}"
    );
    let conn = rusqlite::Connection::open(data.path().join(store::DATABASE_FILE)).unwrap();
    let licences: i64 = conn
        .query_row("SELECT count(*) FROM licences", [], |r| r.get(0))
        .unwrap();
    assert_eq!(licences, 0, "a dry run changes nothing");
}

#[test]
fn decode_reads_any_text_holding_keys_as_import_does() {
    use crate::cli::run;
    let dir = tempfile::tempdir().unwrap();
    let first = test_key("SEN-MAIL-1", "conf", &[]);
    let second = test_key("SEN-MAIL-2", "bamboo", &[]);
    // A licence e-mail: a "License:" line, the key wrapped, then a description.
    let mail = dir.path().join("licence-mail.txt");
    std::fs::write(
        &mail,
        format!(
            "License:\n{}\n\nDescription: Confluence (Server) 500 Users\n",
            encoder::wrap(&first, 72, "\n")
        ),
    )
    .unwrap();
    let (code, out, err) = run(&["decode", mail.to_str().unwrap()], None);
    assert_eq!(code, 1, "test-signed: decodes, not genuine: {err}");
    assert!(out.contains("SEN-MAIL-1"), "{out}");
    assert!(!out.contains("Key 1 of"), "one key prints as before: {out}");

    let both = dir.path().join("two.txt");
    std::fs::write(&both, format!("first:\n{first}\nsecond:\n{second}\n")).unwrap();
    let (code, out, _) = run(&["decode", both.to_str().unwrap()], None);
    assert_eq!(code, 1);
    assert!(
        out.contains("Key 1 of 2 (line 2)") && out.contains("Key 2 of 2 (line 4)"),
        "{out}"
    );
    assert!(out.contains("SEN-MAIL-1") && out.contains("SEN-MAIL-2"));
    let (_, out, _) = run(&["decode", "--json", both.to_str().unwrap()], None);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert_eq!(json[1]["sen"], "SEN-MAIL-2");
    assert_eq!(json[1]["line"], 4);

    let none = dir.path().join("none.txt");
    std::fs::write(&none, "Dear customer, your licence is attached.\n").unwrap();
    let (code, out, err) = run(&["decode", none.to_str().unwrap()], None);
    assert_eq!(code, 2, "{out}");
    assert!(err.contains("not a licence key"), "{err}");
}

/// A version-1 key (pre-2008): it cannot be decoded offline.
const VERSION_1_KEY: &str = "NQrPoNOBNRHnXHjaFJNPxwrQoropKmMGGTamaPMdptjcGW\n\
mi2KouuJLPf6fVkEq<hggtmF2K6LwzkgD3KEWKGzmc3rLm\n\
QmRSsRRNrponOQoPMNwwqOmmPNQqmRmmQXXsSVUvsVXuos\n\
tUUoomsotmummmmmUUoomsotmummmmmUU1qiXppfXk\n";

#[test]
fn decode_lists_every_entry_import_lists_and_fails_on_an_unreadable_one() {
    use crate::cli::run;
    let dir = tempfile::tempdir().unwrap();
    let key = test_key("SEN-DECODE", "conf", &[]);
    // A key, then a version-1 key.
    let with_v1 = dir.path().join("with-v1.txt");
    std::fs::write(&with_v1, format!("first:\n{key}\n\nold:\n{VERSION_1_KEY}")).unwrap();
    let (code, out, err) = run(&["decode", with_v1.to_str().unwrap()], None);
    assert_eq!(code, 2, "an unreadable entry: {out}{err}");
    assert!(
        out.contains("Key 1 of 2 (line 2)") && out.contains("Key 2 of 2 (line 5)"),
        "{out}"
    );
    assert!(out.contains("SEN-DECODE"), "{out}");
    assert!(out.contains("legacy version-1 licence key"), "{out}");
    let (code, out, _) = run(&["decode", "--json", with_v1.to_str().unwrap()], None);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let entries = json.as_array().unwrap_or_else(|| panic!("an array: {out}"));
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["sen"], "SEN-DECODE");
    assert_eq!(entries[1]["line"], 5);
    assert!(
        entries[1]["error"].as_str().unwrap().contains("version-1"),
        "{out}"
    );

    // A key, then two keys whose ends were lost: each listed at its line, as import lists them.
    let damaged = |sen: &str| {
        let whole = encoder::wrap(&test_key(sen, "conf", &[]), 76, "\n");
        let lines: Vec<&str> = whole.lines().collect();
        lines[..lines.len() - 2].join("\n")
    };
    let text = format!(
        "good:\n{key}\n\nbroken:\n{}\n\nbroken too:\n{}\n",
        damaged("SEN-BROKEN-1"),
        damaged("SEN-BROKEN-2")
    );
    let with_damaged = dir.path().join("damaged.txt");
    std::fs::write(&with_damaged, &text).unwrap();
    let (code, out, err) = run(&["decode", with_damaged.to_str().unwrap()], None);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("Key 1 of 3 (line 2)"), "{out}");
    assert!(out.contains("Key 2 of 3 (line 5)"), "{out}");
    assert!(out.contains("Key 3 of 3"), "{out}");
    assert_eq!(out.matches("cannot be read").count(), 2, "{out}");
    // The same text through import: the same lines, the same reasons.
    let (_, import_out, import_err) = run(
        &["import", "--dry-run", with_damaged.to_str().unwrap()],
        None,
    );
    let listed = format!("{import_out}{import_err}");
    assert!(listed.contains("damaged.txt:5"), "{listed}");
    assert_eq!(listed.matches("cannot be read").count(), 2, "{listed}");
}

#[test]
fn an_earlier_key_is_restored_by_a_primary_contact_and_an_administrator_deletes_a_licence() {
    let (server, mut admin) = TestServer::with_admin();
    let primary_account = add_user(&server, "primary@example.com");
    let secondary_account = add_user(&server, "secondary@example.com");
    let old_key = test_key("SEN-HIST", "conf", &[("NumberOfUsers", "100")]);
    let new_key = test_key(
        "SEN-HIST",
        "conf",
        &[
            ("NumberOfUsers", "250"),
            ("MaintenanceExpiryDate", "2026-06-30"),
        ],
    );
    // The licence had the old key, then an import renewed it with the new one.
    let licence = licence_from_key(&server, &new_key, |_| {});
    add_contact(&server, licence, primary_account, "technical");
    add_contact(&server, licence, secondary_account, "technical");
    let entry: i64 = {
        let db = server.db();
        db.execute(
            "INSERT INTO key_history (licence_id, licence_key, replaced_at, replaced_by, reason) \
             VALUES (?1, ?2, 1000, 'admin@example.com', 'import')",
            rusqlite::params![licence.0, old_key],
        )
        .unwrap();
        db.last_insert_rowid()
    };
    let restore_path = format!("/licences/{}/key-history/{entry}/restore", licence.0);

    // A secondary contact sees the history but may not restore.
    let mut secondary = signed_in(&server, "secondary@example.com");
    let page = secondary.get(&format!("/licences/{}", licence.0));
    assert!(!page.body.contains(&restore_path));
    assert_eq!(secondary.get(&restore_path).status, 403);

    // The primary contact: the page offers it, the confirmation says what happens.
    let mut primary = signed_in(&server, "primary@example.com");
    let page = primary.get(&format!("/licences/{}", licence.0));
    assert!(page.body.contains(&restore_path), "{}", page.text());
    let confirm_page = primary.get(&restore_path);
    assert_eq!(confirm_page.status, 200);
    assert!(
        confirm_page
            .text()
            .contains("becomes the licence's key again")
    );
    let done = primary.post(&restore_path, &[("csrf", &confirm_page.csrf())]);
    assert_eq!(done.status, 303, "{}", done.body);
    let (key, tier, support): (String, i64, String) = server
        .db()
        .query_row(
            "SELECT licence_key, user_tier, support_expiry FROM licences WHERE id = ?1",
            [licence.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(key, old_key);
    assert_eq!(tier, 100);
    assert_eq!(
        support, "2026-06-30",
        "the support expiry on record does not move earlier"
    );
    let kept: String = one(
        &server,
        "SELECT licence_key FROM key_history WHERE reason = 'restored'",
    );
    assert_eq!(kept, new_key, "the replaced key is in the history");
    assert_eq!(
        one::<i64>(
            &server,
            "SELECT count(*) FROM audit_log WHERE action = 'key-restored' \
             AND actor_label = 'primary@example.com'"
        ),
        1
    );

    // Delete: administrators only, through a confirmation that names what goes.
    let delete_path = format!("/licences/{}/delete", licence.0);
    assert_eq!(primary.get(&delete_path).status, 403);
    let refused = primary.post(&delete_path, &[("csrf", &confirm_page.csrf())]);
    assert_eq!(refused.status, 403);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 1);
    let page = admin.get(&delete_path);
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("SEN-HIST"), "{text}");
    assert!(
        text.contains("2 contacts") && text.contains("2 replaced keys"),
        "{text}"
    );
    let gone = admin.post(&delete_path, &[("csrf", &page.csrf())]);
    assert_eq!(gone.status, 303);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM licences"), 0);
    assert_eq!(
        one::<i64>(&server, "SELECT count(*) FROM licence_contacts"),
        0
    );
    let record: String = one(
        &server,
        "SELECT before_json FROM audit_log WHERE action = 'licence-deleted'",
    );
    assert!(
        record.contains("SEN-HIST") && record.contains("primary@example.com"),
        "{record}"
    );
    assert_eq!(admin.get(&format!("/licences/{}", licence.0)).status, 404);
}

#[test]
fn replace_key_shows_what_changes_and_keeps_the_rules_of_an_import() {
    let (server, mut admin) = TestServer::with_admin();
    let alice = add_user(&server, "alice@example.com");
    let current = test_key("SEN-REPL", "conf", &[("NumberOfUsers", "50")]);
    let licence = licence_from_key(&server, &current, |l| {
        l.key_genuine = Some(true);
        l.support_expiry = Some(jiff::civil::date(2027, 1, 1));
    });
    add_contact(&server, licence, alice, "technical");
    let path = format!("/licences/{}/replace-key", licence.0);
    let upgraded = test_key(
        "SEN-REPL",
        "conf",
        &[
            ("NumberOfUsers", "100"),
            ("MaintenanceExpiryDate", "2028-01-01"),
        ],
    );

    // A contact: the review names the changes; a key that does not verify may not replace
    // the genuine one.
    let mut alice = signed_in(&server, "alice@example.com");
    let page = alice.get(&format!("/licences/{}", licence.0));
    assert!(page.body.contains(&path));
    let form = alice.get(&path);
    let refused = alice.post(
        &path,
        &[
            ("csrf", &form.csrf()),
            ("key", &upgraded),
            ("accept_not_genuine", "on"),
        ],
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused.text().contains("only an administrator"),
        "{}",
        refused.text()
    );

    // An administrator reviews, and must tick the replacement of the genuine key.
    let form = admin.get(&path);
    let review = admin.post(
        &path,
        &[
            ("csrf", &form.csrf()),
            ("key", &upgraded),
            ("accept_not_genuine", "on"),
        ],
    );
    assert_eq!(review.status, 200);
    let text = review.text();
    assert!(text.contains("user tier: 50 → 100"), "{text}");
    assert!(
        text.contains("support expiry: 2027-01-01 → 2028-01-01"),
        "{text}"
    );
    assert!(text.contains("a genuine key would be replaced"), "{text}");
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM key_history"), 0);
    let unticked = admin.post(
        &path,
        &[
            ("csrf", &form.csrf()),
            ("key", &upgraded),
            ("accept_not_genuine", "on"),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(unticked.status, 409);
    assert_eq!(one::<i64>(&server, "SELECT count(*) FROM key_history"), 0);
    let done = admin.post(
        &path,
        &[
            ("csrf", &form.csrf()),
            ("key", &upgraded),
            ("accept_not_genuine", "on"),
            ("confirm", "yes"),
            ("replace_genuine", "on"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    let (key, tier, support): (String, i64, String) = server
        .db()
        .query_row(
            "SELECT licence_key, user_tier, support_expiry FROM licences WHERE id = ?1",
            [licence.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (key.as_str(), tier, support.as_str()),
        (upgraded.as_str(), 100, "2028-01-01")
    );
    assert_eq!(
        one::<String>(&server, "SELECT licence_key FROM key_history"),
        current
    );
    // The renewal and the upgrade are orders.
    assert_eq!(
        one::<String>(
            &server,
            "SELECT group_concat(kind) FROM (SELECT kind FROM orders ORDER BY id)"
        ),
        "renewal,upgrade"
    );
}

#[test]
fn an_administrators_preview_names_the_installations_it_restores_and_links_it_cannot_make() {
    let (server, mut admin) = TestServer::with_admin();
    let production = test_key("SEN-PROD", "conf", &[]);
    let developer = test_key("SEN-DEV", "conf", &[]);
    licence_from_key(&server, &production, |_| {});
    licence_from_key(&server, &developer, |_| {});
    let export = admin.get("/export?format=json");
    assert_eq!(export.status, 200);
    let mut document: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    let licences = document["licences"].as_array_mut().unwrap();
    let production_ref = licences[0]["ref"].clone();
    // The production row cannot be imported; the developer row names it.
    licences[0]["user_tier"] = serde_json::json!(-1);
    licences[1]["production_licence"] = production_ref.clone();
    document["instances"] = serde_json::json!([{
        "product": "Confluence",
        "label": "wiki-prod",
        "host": "wiki01.example.com",
        "home": "/var/atlassian/application-data/confluence",
        "server_id": "AAAA-BBBB-CCCC-DDDD",
        "verdict": "match",
        "recorded_at": 1_700_000_000,
        "recorded_by": "admin@example.com",
        "keys": []
    }]);
    let file = serde_json::to_string(&document).unwrap();

    let (_other, mut other_admin) = TestServer::with_admin();
    let answer = preview(&mut other_admin, "", &[("backup.json", file.as_bytes())]);
    let page = answer.text();
    assert!(page.contains("1 to add"), "{page}");
    assert!(page.contains("1 rejected"), "{page}");
    assert!(
        page.contains(&format!(
            "its production licence {} is not imported, so it is added without a link to one",
            production_ref.as_str().unwrap()
        )),
        "{page}"
    );
    assert!(
        page.contains("1 recorded installation from the files will be recorded again"),
        "{page}"
    );
    assert!(page.contains("wiki-prod"), "{page}");
    assert!(page.contains("wiki01.example.com"), "{page}");
}
