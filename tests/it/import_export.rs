//! Decoding keys on the command line, importing keys and exports (command line and web), and
//! exporting: what a user sees and what the database holds afterwards.

use std::path::Path;

use crate::cli::run as run_in;
use crate::support::encoder::{self, test_key};
use crate::support::{TestServer, corpus};

fn count(data: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(data.join(licensedesk::store::DATABASE_FILE)).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn decode_reports_genuine_altered_and_broken_keys_with_their_exit_status() {
    if let Some(dir) = corpus::keys_dir() {
        let key = dir.join("dcsetup_timebomb_confluence_dc.txt");
        let (code, out, err) = run_in(&["decode", key.to_str().unwrap()], None);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("Confluence (Data Center) 10 Users: Commercial License"),
            "{out}"
        );
        assert!(out.contains("a genuine Atlassian key"), "{out}");
        assert!(out.contains("SEN-500") && out.contains("BG9T-XUV4-KZZH-B01W"));
        let (code, out, _) = run_in(&["decode", "--json", key.to_str().unwrap()], None);
        assert_eq!(code, 0);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["signature_valid"], true);
        assert_eq!(json["sen"], "SEN-500");
        assert_eq!(json["server_id"], "BG9T-XUV4-KZZH-B01W");
        assert_eq!(json["data_center"], true);
        assert_eq!(json["properties"]["conf.active"], "true");
        assert_eq!(json["products"][0]["name"], "Confluence");
        assert_eq!(json["products"][0]["users"], 10);
        for field in [
            "organisation",
            "description",
            "evaluation",
            "maintenance_expiry",
            "licence_expiry",
        ] {
            assert!(json.get(field).is_some(), "{field}");
        }
        let v1 = dir.join("jira_webtests_LicenseKeys_V1_ENTERPRISE.txt");
        let (code, _, err) = run_in(&["decode", v1.to_str().unwrap()], None);
        assert_eq!(code, 2);
        assert!(
            err.contains("legacy version-1 licence key: cannot be decoded offline"),
            "{err}"
        );
    }
    // A test-signed key decodes but is not genuine: exit 1, read from standard input.
    let key = encoder::wrap(&test_key("SEN-42", "conf", &[]), 76, "\r\n");
    let (code, out, _) = run_in(&["decode", "-"], Some(&key));
    assert_eq!(code, 1);
    assert!(
        out.contains("signature does not verify: not a genuine Atlassian key"),
        "{out}"
    );
    let (code, out, _) = run_in(&["decode", "--json", "-"], Some(&key));
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["signature_valid"], false);
    assert_eq!(json["sen"], "SEN-42");
    // Not a key at all.
    let (code, _, err) = run_in(&["decode", "hello world"], None);
    assert_eq!(code, 2);
    assert!(err.contains("not a licence key"), "{err}");
    let (code, _, err) = run_in(&["decode", "-"], Some(""));
    assert_eq!(code, 2);
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn importing_the_genuine_corpus_twice_changes_nothing_the_second_time() {
    let Some(dir) = corpus::keys_dir() else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    let (code, out, err) = run_in(
        &[
            "import",
            "--dry-run",
            "--data-dir",
            d,
            dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(
        code, 1,
        "one legacy key and EXPECTED.json are rejected: {err}"
    );
    assert!(
        out.contains("Preview: 18 to add, 0 to update, 0 to skip, 2 rejected."),
        "{out}"
    );
    assert!(
        out.contains("jira_webtests_LicenseKeys_V1_ENTERPRISE.txt:1  legacy version-1 licence key"),
        "{out}"
    );
    assert!(out.contains("Dry run: nothing was changed."));
    assert_eq!(count(data.path(), "SELECT count(*) FROM licences"), 0);

    let (_, out, _) = run_in(&["import", "--data-dir", d, dir.to_str().unwrap()], None);
    assert!(
        out.contains("Imported: 18 added, 0 updated, 0 skipped, 2 rejected."),
        "{out}"
    );
    assert_eq!(count(data.path(), "SELECT count(*) FROM licences"), 18);
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM licences WHERE key_genuine = 1"
        ),
        18
    );
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM licences WHERE sen = 'SEN-500' AND product = 'Confluence' AND deployment = 'data-center' AND user_tier = 10 AND server_id = 'BG9T-XUV4-KZZH-B01W' AND name = 'Confluence (Data Center) 10 Users: Commercial License'"
        ),
        1
    );
    // One entry per imported licence, and one for the developer key linked to its production
    // licence (both SEN "TestSEN", product JIRA).
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM audit_log WHERE action = 'licence-imported'"
        ),
        18
    );
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM audit_log WHERE action = 'developer-licence-linked'"
        ),
        1
    );
    let audit = count(data.path(), "SELECT count(*) FROM audit_log");
    assert_eq!(audit, 19);

    let (_, out, _) = run_in(&["import", "--data-dir", d, dir.to_str().unwrap()], None);
    assert!(
        out.contains("Preview: 0 to add, 0 to update, 18 to skip, 2 rejected."),
        "{out}"
    );
    assert!(out.contains("Nothing to import."));
    assert_eq!(count(data.path(), "SELECT count(*) FROM licences"), 18);
    assert_eq!(count(data.path(), "SELECT count(*) FROM audit_log"), audit);
}

#[test]
fn keys_are_found_however_they_were_pasted_and_rejections_name_file_and_line() {
    let data = tempfile::tempdir().unwrap();
    let inbox = data.path().join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    let keys: Vec<String> = (1..=6)
        .map(|n| test_key(&format!("SEN-{n}"), "conf", &[]))
        .collect();
    std::fs::write(
        inbox.join("1-email.txt"),
        format!(
            "Hello,\r\n\r\nyour key:\r\n\r\n{}\r\n\r\nRegards",
            encoder::wrap(&keys[0], 60, "\r\n")
        ),
    )
    .unwrap();
    std::fs::write(inbox.join("2-confluence.cfg.xml"), format!("<confluence-configuration><properties>\n<property name=\"atlassian.license.message\">{}</property>\n</properties></confluence-configuration>", encoder::wrap(&keys[1], 76, " "))).unwrap();
    std::fs::write(
        inbox.join("3-escaped.json"),
        format!(
            "{{\"license\": \"{}\"}}",
            encoder::wrap(&keys[2], 64, "\\r\\n")
        ),
    )
    .unwrap();
    std::fs::write(
        inbox.join("4-app.properties"),
        format!(
            "# comment\nsetup.license={}\n",
            encoder::wrap(&keys[3], 70, "\\\n    ")
        ),
    )
    .unwrap();
    std::fs::write(
        inbox.join("5-two.txt"),
        format!("{}\n\n{}\n", keys[4], keys[5]),
    )
    .unwrap();
    // Forty characters of the compressed licence text lost to a bad copy: the key keeps its
    // shape, so it is found, and the reason says it is damaged.
    let damaged = format!("{}{}{}", &keys[0][..20], "A".repeat(40), &keys[0][60..]);
    std::fs::write(
        inbox.join("6-damaged.txt"),
        format!("first line\n{damaged}\n"),
    )
    .unwrap();
    std::fs::write(inbox.join("7-binary.bin"), [0u8, 159, 146, 150, 0, 1]).unwrap();
    let d = data.path().to_str().unwrap();
    // Not genuine: refused unless allowed.
    let (code, out, _) = run_in(&["import", "--data-dir", d, inbox.to_str().unwrap()], None);
    assert_eq!(code, 1);
    assert!(out.contains("Preview: 0 to add"), "{out}");
    assert!(
        out.contains("1-email.txt:5  signature does not verify: not a genuine Atlassian key"),
        "{out}"
    );
    assert!(
        out.contains("2-confluence.cfg.xml:2  signature does not verify"),
        "{out}"
    );
    assert!(
        out.contains("5-two.txt:3  signature does not verify"),
        "{out}"
    );
    let damaged_line = out
        .lines()
        .find(|l| l.contains("6-damaged.txt:2  "))
        .expect("the damaged key is reported at its line");
    assert!(
        damaged_line.contains("damaged") || damaged_line.contains("not an Atlassian licence key"),
        "{damaged_line}"
    );
    assert!(out.contains("7-binary.bin  not a text file"), "{out}");
    assert_eq!(count(data.path(), "SELECT count(*) FROM licences"), 0);

    let (_, out, _) = run_in(
        &[
            "import",
            "--allow-unverified",
            "--data-dir",
            d,
            inbox.to_str().unwrap(),
        ],
        None,
    );
    assert!(
        out.contains("Imported: 6 added, 0 updated, 0 skipped, 2 rejected."),
        "{out}"
    );
    for n in 1..=6 {
        assert_eq!(
            count(
                data.path(),
                &format!("SELECT count(*) FROM licences WHERE sen = 'SEN-{n}' AND key_genuine = 0")
            ),
            1,
            "SEN-{n}"
        );
    }
    // The stored key is the clean key, whatever wrapping it came in.
    let conn =
        rusqlite::Connection::open(data.path().join(licensedesk::store::DATABASE_FILE)).unwrap();
    let stored: String = conn
        .query_row(
            "SELECT licence_key FROM licences WHERE sen = 'SEN-3'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, keys[2]);
}

#[test]
fn a_renewed_key_updates_its_licence_and_keeps_the_old_key_and_a_developer_key_is_linked() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    let original = test_key(
        "SEN-777",
        "conf",
        &[
            ("MaintenanceExpiryDate", "2025-06-30"),
            ("NumberOfUsers", "100"),
        ],
    );
    let renewed = test_key(
        "SEN-777",
        "conf",
        &[
            ("MaintenanceExpiryDate", "2026-06-30"),
            ("NumberOfUsers", "250"),
        ],
    );
    let developer = test_key(
        "SEN-777",
        "conf",
        &[
            ("LicenseTypeName", "DEVELOPER"),
            ("MaintenanceExpiryDate", "2025-01-01"),
        ],
    );
    let (_, out, _) = run_in(
        &["import", "--allow-unverified", "--data-dir", d, "-"],
        Some(&original),
    );
    assert!(out.contains("1 added"), "{out}");
    let (_, out, _) = run_in(
        &["import", "--allow-unverified", "--data-dir", d, "-"],
        Some(&format!("{renewed}\n{developer}\n")),
    );
    assert!(out.contains("Imported: 1 added, 1 updated"), "{out}");
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM licences WHERE sen = 'SEN-777' AND licence_type <> 'Developer'"
        ),
        1
    );
    assert_eq!(
        count(
            data.path(),
            "SELECT user_tier FROM licences WHERE sen = 'SEN-777' AND licence_type <> 'Developer'"
        ),
        250
    );
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM key_history WHERE reason = 'import'"
        ),
        1
    );
    // The developer licence belongs to the production licence and follows its support date.
    assert_eq!(
        count(
            data.path(),
            "SELECT count(*) FROM licences d JOIN licences p ON d.production_licence_id = p.id WHERE d.licence_type = 'Developer' AND d.support_expiry = p.support_expiry AND p.support_expiry = '2026-06-30'"
        ),
        1
    );
}

#[test]
fn an_import_that_fails_midway_leaves_nothing_behind() {
    let data = tempfile::tempdir().unwrap();
    let d = data.path().to_str().unwrap();
    // Make the database refuse the third licence, as a full disk or a bug would.
    let (code, _, _) = run_in(&["export", "--format", "csv", "--data-dir", d], None);
    assert_eq!(code, 0);
    let conn =
        rusqlite::Connection::open(data.path().join(licensedesk::store::DATABASE_FILE)).unwrap();
    conn.execute_batch("CREATE TRIGGER refuse_third BEFORE INSERT ON licences WHEN NEW.sen = 'SEN-FAIL' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;").unwrap();
    let keys = format!(
        "{}\n{}\n{}\n",
        test_key("SEN-A", "conf", &[]),
        test_key("SEN-B", "conf", &[]),
        test_key("SEN-FAIL", "conf", &[])
    );
    let (code, _, err) = run_in(
        &["import", "--allow-unverified", "--data-dir", d, "-"],
        Some(&keys),
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("rolled back: nothing was changed"), "{err}");
    assert_eq!(count(data.path(), "SELECT count(*) FROM licences"), 0);
    assert_eq!(count(data.path(), "SELECT count(*) FROM audit_log"), 0);
}

/// Fills a database through the product: genuine keys (when present), test keys, a contact, a
/// developer licence, a Server ID change.
fn populated(data: &Path) {
    let d = data.to_str().unwrap();
    let (code, _, err) = run_in(
        &[
            "user",
            "add",
            "owner@example.com",
            "--bcrypt-cost",
            "4",
            "--data-dir",
            d,
        ],
        Some("owner password 1\n"),
    );
    assert_eq!(code, 0, "{err}");
    if let Some(dir) = corpus::keys_dir() {
        run_in(
            &[
                "import",
                "--contact",
                "owner@example.com",
                "--data-dir",
                d,
                dir.to_str().unwrap(),
            ],
            None,
        );
    }
    let keys = format!(
        "{}\n{}\n{}\n",
        test_key(
            "SEN-10",
            "conf",
            &[("Organisation", "=HYPERLINK(\"http://evil\")")]
        ),
        test_key("SEN-10", "conf", &[("LicenseTypeName", "DEVELOPER")]),
        test_key(
            "SEN-11",
            "jira.product.jira-software",
            &[("NumberOfUsers", "-1")]
        ),
    );
    let (_, out, _) = run_in(
        &[
            "import",
            "--allow-unverified",
            "--contact",
            "owner@example.com",
            "--data-dir",
            d,
            "-",
        ],
        Some(&keys),
    );
    assert!(out.contains("3 added"), "{out}");
    let conn = rusqlite::Connection::open(data.join(licensedesk::store::DATABASE_FILE)).unwrap();
    licensedesk::store::search::register(&conn).unwrap();
    let id: i64 = conn
        .query_row("SELECT id FROM licences WHERE sen = 'SEN-11'", [], |r| {
            r.get(0)
        })
        .unwrap();
    licensedesk::store::licences::set_server_id(
        &conn,
        licensedesk::domain::LicenceId(id),
        Some("ZZZZ-1111-2222-3333"),
        "owner@example.com",
        licensedesk::store::licences::ServerIdReason::Manual,
        1_700_000_000,
    )
    .unwrap();
}

#[test]
fn export_then_import_into_an_empty_database_then_export_gives_identical_json() {
    let first = tempfile::tempdir().unwrap();
    populated(first.path());
    let (code, json1, err) = run_in(
        &[
            "export",
            "--format",
            "json",
            "--data-dir",
            first.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let document: serde_json::Value = serde_json::from_str(&json1).unwrap();
    assert!(document["licences"].as_array().unwrap().len() >= 3);
    let file = first.path().join("export.json");
    std::fs::write(&file, &json1).unwrap();

    let second = tempfile::tempdir().unwrap();
    let d2 = second.path().to_str().unwrap();
    let (code, out, err) = run_in(
        &[
            "import",
            "--allow-unverified",
            "--data-dir",
            d2,
            file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("1 contact account was created as invited"),
        "{out}"
    );
    let (_, json2, _) = run_in(&["export", "--format", "json", "--data-dir", d2], None);
    assert_eq!(json1, json2);
    // Importing the export again changes nothing.
    let (_, out, _) = run_in(
        &[
            "import",
            "--allow-unverified",
            "--data-dir",
            d2,
            file.to_str().unwrap(),
        ],
        None,
    );
    assert!(out.contains("0 to add, 0 to update"), "{out}");
}

#[test]
fn csv_export_neutralises_formulas_and_imports_back() {
    let data = tempfile::tempdir().unwrap();
    populated(data.path());
    let d = data.path().to_str().unwrap();
    let (code, csv_text, _) = run_in(&["export", "--format", "csv", "--data-dir", d], None);
    assert_eq!(code, 0);
    assert!(csv_text.starts_with("ref,sen,product,name,"), "{csv_text}");
    assert!(
        csv_text.contains("'=HYPERLINK"),
        "formula neutralised: {csv_text}"
    );
    assert!(!csv_text.contains(",=HYPERLINK"));
    let file = data.path().join("export.csv");
    std::fs::write(&file, &csv_text).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let (_, out, _) = run_in(
        &[
            "import",
            "--allow-unverified",
            "--data-dir",
            empty.path().to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    let rows = csv_text.lines().count() - 1;
    assert!(out.contains(&format!("Imported: {rows} added")), "{out}");
    assert_eq!(
        count(
            empty.path(),
            "SELECT count(*) FROM licences WHERE organisation = '=HYPERLINK(\"http://evil\")'"
        ),
        1
    );
}

#[test]
fn key_export_writes_one_sen_file_per_licence() {
    let data = tempfile::tempdir().unwrap();
    populated(data.path());
    let d = data.path().to_str().unwrap();
    let out_dir = data.path().join("keys");
    let (code, _, err) = run_in(
        &[
            "export",
            "--format",
            "keys",
            "-o",
            out_dir.to_str().unwrap(),
            "--data-dir",
            d,
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out_dir.join("SEN-11.txt").is_file());
    assert!(
        out_dir.join("SEN-10.txt").is_file() && out_dir.join("SEN-10-2.txt").is_file(),
        "production and developer licence share a SEN"
    );
    let key = std::fs::read_to_string(out_dir.join("SEN-11.txt")).unwrap();
    let (code, _, _) = run_in(&["decode", "-"], Some(&key));
    assert_eq!(
        code, 1,
        "the exported key decodes (test-signed, so not genuine)"
    );
    let (code, _, err) = run_in(&["export", "--format", "keys", "--data-dir", d], None);
    assert_eq!(code, 2);
    assert!(err.contains("-o DIR"), "{err}");
}

#[test]
fn the_import_page_previews_then_imports_only_after_confirmation() {
    let (server, mut admin) = TestServer::with_admin();
    let page = admin.get("/import");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Paste keys"));
    let csrf = page.csrf();
    let pasted = format!(
        "{}\n",
        encoder::wrap(&test_key("SEN-900", "conf", &[]), 64, "\n")
    );
    let uploaded = test_key("SEN-901", "bamboo", &[]);

    // Not genuine and not allowed: the preview rejects both and offers nothing to import.
    let preview = admin.post_multipart(
        "/import",
        &[("csrf", &csrf), ("keys", &pasted)],
        &[("files", "bamboo.txt", uploaded.as_bytes())],
    );
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(
        preview
            .text()
            .contains("0 to add, 0 to update, 0 to skip, 2 rejected"),
        "{}",
        preview.text()
    );
    assert!(preview.text().contains("not a genuine Atlassian key"));
    assert!(preview.text().contains("bamboo.txt, line 1"));

    let preview = admin.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", &pasted),
            ("allow_unverified", "on"),
        ],
        &[("files", "bamboo.txt", uploaded.as_bytes())],
    );
    assert!(preview.text().contains("2 to add"), "{}", preview.text());
    assert!(preview.text().contains("SEN-900") && preview.text().contains("SEN-901"));
    assert_eq!(
        server.count("SELECT count(*) FROM licences"),
        0,
        "a preview writes nothing"
    );
    let token = preview.field_value("preview").unwrap();

    // A confirmation without the CSRF token is refused and imports nothing.
    let refused = admin.post("/import/confirm", &[("preview", &token)]);
    assert_eq!(refused.status, 403);
    assert_eq!(server.count("SELECT count(*) FROM licences"), 0);

    let done = admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(done.status, 200);
    assert!(done.text().contains("2 added"), "{}", done.text());
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE key_genuine = 0"),
        2
    );
    // The same preview cannot be confirmed twice.
    let again = admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(again.status, 410);
    assert_eq!(server.count("SELECT count(*) FROM licences"), 2);
    // Nothing pasted or chosen: a message next to the field.
    let empty = admin.post_multipart("/import", &[("csrf", &csrf), ("keys", "  ")], &[]);
    assert_eq!(empty.status, 422);
    assert!(
        empty
            .text()
            .contains("Paste at least one key or choose a file.")
    );
}

#[test]
fn a_user_imports_into_their_own_inventory_and_exports_only_what_they_see() {
    let (server, mut admin) = TestServer::with_admin();
    let csrf = admin.get("/import").csrf();
    let admins_key = test_key("SEN-ADMIN", "conf", &[]);
    let preview = admin.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", &admins_key),
            ("allow_unverified", "on"),
        ],
        &[],
    );
    let token = preview.field_value("preview").unwrap();
    admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);

    let data = server.data.path().to_str().unwrap().to_owned();
    let (code, _, err) = run_in(
        &[
            "user",
            "add",
            "user@example.com",
            "--bcrypt-cost",
            "4",
            "--data-dir",
            &data,
        ],
        Some("user password 123\n"),
    );
    assert_eq!(code, 0, "{err}");
    let mut user = server.client();
    user.sign_in("user@example.com", "user password 123", false);
    let csrf = user.get("/import").csrf();
    // A renewed key for the admin's licence (same SEN and product) is not the user's to apply.
    let renewal = test_key("SEN-ADMIN", "conf", &[("NumberOfUsers", "999")]);
    let own = test_key("SEN-USER", "conf", &[]);
    let preview = user.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", &format!("{renewal}\n{own}\n")),
            ("allow_unverified", "on"),
        ],
        &[],
    );
    assert!(
        preview
            .text()
            .contains("1 to add, 0 to update, 0 to skip, 1 rejected"),
        "{}",
        preview.text()
    );
    assert!(preview.text().contains("not a contact on"));
    let token = preview.field_value("preview").unwrap();
    // Another user cannot confirm this preview.
    let admin_csrf = admin.get("/import").csrf();
    let stolen = admin.post(
        "/import/confirm",
        &[("csrf", &admin_csrf), ("preview", &token)],
    );
    assert_eq!(stolen.status, 410);
    let done = user.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert!(done.text().contains("1 added"), "{}", done.text());
    assert_eq!(
        server.count("SELECT user_tier FROM licences WHERE sen = 'SEN-ADMIN'"),
        500
    );
    assert_eq!(server.count("SELECT count(*) FROM licence_contacts c JOIN accounts a ON a.id = c.account_id JOIN licences l ON l.id = c.licence_id WHERE a.email = 'user@example.com' AND l.sen = 'SEN-USER'"), 1);

    let export = user.get("/export?format=json");
    assert_eq!(export.status, 200);
    assert!(
        export
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment; filename=\"licences-")
    );
    assert!(
        export.body.contains("SEN-USER") && !export.body.contains("SEN-ADMIN"),
        "a user exports only their licences"
    );
    let csv = admin.get("/export?format=csv");
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(csv.body.contains("SEN-ADMIN") && csv.body.contains("SEN-USER"));
    let zip = admin.get("/export?format=keys");
    assert_eq!(zip.header("content-type"), Some("application/zip"));
    assert_eq!(admin.get("/export?format=pdf").status, 400);
    assert_eq!(
        server.client().get("/export?format=json").status,
        303,
        "anonymous visitors sign in first"
    );
}
