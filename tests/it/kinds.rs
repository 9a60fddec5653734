//! A licence's kind (Server, Data Center, Fisheye/Crucible, evaluation, developer, test, app):
//! derived from its key or from what was entered by hand, labelled in the list, explained on its
//! page, named by the command line and the Diagnose page, backfilled into older databases, and
//! carried by the exports.

use std::path::Path;

use licensedesk::atlassian::key;
use licensedesk::domain::{Deployment, LicenceFields, LicenceKind, LicenceType};
use licensedesk::inventory::new_licence_from_key;
use licensedesk::store::{self, licences};

use crate::cli::run;
use crate::notes::export;
use crate::support::encoder::test_key;
use crate::support::{Client, Resp, TestServer, corpus};

/// The test encoder's sample description says "test licence", which marks a key as one: keys
/// meant as other kinds say something else.
const DESCRIPTION: (&str, &str) = ("Description", "Example licence for the kind tests");

fn kind_of_sen(server: &TestServer, sen: &str) -> String {
    server
        .db()
        .query_row("SELECT kind FROM licences WHERE sen = ?1", [sen], |row| {
            row.get(0)
        })
        .unwrap()
}

fn id_of_sen(server: &TestServer, sen: &str) -> i64 {
    server
        .db()
        .query_row("SELECT id FROM licences WHERE sen = ?1", [sen], |row| {
            row.get(0)
        })
        .unwrap()
}

/// Adds a licence on the "Add licence" form, by hand.
fn add_by_hand(admin: &mut Client, fields: &[(&str, &str)]) -> Resp {
    let mut form = vec![
        ("product", "Jira Software"),
        ("licence_type", "Commercial"),
        ("deployment", "server"),
        ("user_tier", "500"),
        ("organisation", "Example Ltd"),
        ("support_expiry", "2025-03-01"),
    ];
    for (name, value) in fields {
        form.retain(|(n, _)| n != name);
        form.push((name, value));
    }
    let added = admin.submit("/licences/new", "/licences/new/hand", &form);
    assert_eq!(added.status, 303, "{}", added.text());
    added
}

#[test]
fn a_licence_entered_by_hand_takes_its_kind_from_its_type_deployment_and_product() {
    let (server, mut admin) = TestServer::with_admin();
    add_by_hand(&mut admin, &[("sen", "SEN-K1")]);
    add_by_hand(
        &mut admin,
        &[
            ("sen", "SEN-K2"),
            ("product", "Confluence"),
            ("deployment", "data-center"),
            ("support_expiry", "2026-05-01"),
        ],
    );
    add_by_hand(&mut admin, &[("sen", "SEN-K3"), ("product", "Fisheye")]);
    add_by_hand(
        &mut admin,
        &[("sen", "SEN-K4"), ("licence_type", "Developer")],
    );
    add_by_hand(
        &mut admin,
        &[("sen", "SEN-K5"), ("licence_type", "Testing")],
    );
    for (sen, kind) in [
        ("SEN-K1", "server"),
        ("SEN-K2", "data-center"),
        ("SEN-K3", "fisheye-crucible"),
        ("SEN-K4", "developer"),
        ("SEN-K5", "test"),
    ] {
        assert_eq!(kind_of_sen(&server, sen), kind, "{sen}");
    }

    // The list labels each kind by word.
    let list = admin.get("/licences");
    let text = list.text();
    for label in ["Server", "Data Center", "Fisheye/Crucible", "Test licence"] {
        assert!(text.contains(label), "{label}: {text}");
    }
    for code in ["server", "data-center", "fisheye-crucible", "test"] {
        assert!(
            list.body.contains(&format!("data-kind=\"{code}\"")),
            "{code}"
        );
    }
    // A developer licence keeps its developer mark, and is not marked twice.
    assert!(!list.body.contains("data-kind=\"developer\""));

    // Each page says what its dates mean for its kind.
    let page = |admin: &mut Client, sen: &str| {
        admin
            .get(&format!("/licences/{}", id_of_sen(&server, sen)))
            .text()
    };
    let server_page = page(&mut admin, "SEN-K1");
    assert!(
        server_page.contains("Kind of licence: Server")
            && server_page.contains(
                "Support ends 2025-03-01: you keep using it, but versions released after this \
                 date will not accept the licence."
            ),
        "{server_page}"
    );
    let data_center = page(&mut admin, "SEN-K2");
    assert!(
        data_center.contains("Kind of licence: Data Center")
            && data_center.contains("Licence ends 2026-05-01: the product becomes read-only."),
        "{data_center}"
    );
    assert!(
        !data_center.contains("Support ends 2026-05-01"),
        "one sentence for the subscription's end: {data_center}"
    );
    let fisheye = page(&mut admin, "SEN-K3");
    assert!(
        fisheye.contains("Fisheye and Crucible Server licences are still supported"),
        "{fisheye}"
    );
    let developer = page(&mut admin, "SEN-K4");
    assert!(
        developer.contains(
            "Developer licence: its support follows its production licence's and ends 2025-03-01"
        ),
        "{developer}"
    );
    let testing = page(&mut admin, "SEN-K5");
    assert!(
        testing.contains("Test licence for app developers or testing: not for production use"),
        "{testing}"
    );

    // In another language, the same facts in its words and its way of writing dates.
    server
        .db()
        .execute("UPDATE accounts SET language = 'de'", [])
        .unwrap();
    let german = page(&mut admin, "SEN-K2");
    assert!(
        german.contains("Art der Lizenz: Data Center")
            && german
                .contains("Lizenz endet am 01.05.2026: Das Produkt ist danach schreibgeschützt."),
        "{german}"
    );
}

#[test]
fn an_evaluation_says_when_it_ends() {
    let (server, mut admin) = TestServer::with_admin();
    let started = admin.submit(
        "/licences/new-evaluation",
        "/licences/new-evaluation",
        &[
            ("product", "Confluence"),
            ("deployment", "server"),
            ("server_id", "B1C2-D3E4-F5G6-H7I8"),
        ],
    );
    assert_eq!(started.status, 303, "{}", started.text());
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE kind = 'evaluation'"),
        1
    );
    let page = admin.get(started.location()).text();
    assert!(
        page.contains("Kind of licence: Evaluation") && page.contains("Evaluation ends "),
        "{page}"
    );
}

#[test]
fn a_test_licence_from_the_shared_corpus_shows_as_a_test_licence_everywhere() {
    let Some(text) = corpus::key("jira_webtests_LicenseKeysA_V2_COMMERCIAL.txt") else {
        return;
    };
    let (server, mut admin) = TestServer::with_admin();
    let added = admin.submit("/licences/new", "/licences/new/key", &[("key", &text)]);
    assert_eq!(added.status, 303, "{}", added.text());
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE kind = 'test'"),
        1
    );
    let page = admin.get(added.location());
    let shown = page.text();
    assert!(
        shown.contains("Kind of licence: Test licence")
            && shown.contains(
                "Test licence: it expires 72 hours after it is applied to a product; it is not \
                 bound to a Server ID."
            ),
        "{shown}"
    );
    // Its support expiry is not an empty "—": it counts from when the key is applied.
    assert!(
        shown.contains("Support expires counted from when it is applied"),
        "{shown}"
    );

    let list = admin.get("/licences").text();
    assert!(
        list.contains("Test licence") && list.contains("counted from when it is applied"),
        "{list}"
    );

    // The Diagnose page names the kind of a pasted key.
    let csrf = admin.get("/diagnose").csrf();
    let diagnosed = admin.post("/diagnose", &[("csrf", &csrf), ("key", &text)]);
    assert_eq!(diagnosed.status, 200);
    assert!(
        diagnosed.text().contains("Kind of licence Test licence"),
        "{}",
        diagnosed.text()
    );

    // And so does `decode`, in words, and `server-id` for an installed key.
    let (code, out, err) = run(&["decode", "-"], Some(&text));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Kind of licence"), "{out}");
    assert!(out.contains("Test licence"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("jira.license");
    std::fs::write(&file, &text).unwrap();
    let (code, out, err) = run(&["server-id", file.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("Kind of licence") && l.ends_with(" Test licence")),
        "{out}"
    );
}

#[test]
fn a_keys_kind_wins_over_what_a_form_or_a_file_says() {
    let (server, mut admin) = TestServer::with_admin();
    // A Data Center key (made by the test encoder, so added as not genuine).
    let data_center = test_key(
        "SEN-K20",
        "conf",
        &[
            ("conf.DataCenter", "true"),
            ("Subscription", "true"),
            DESCRIPTION,
        ],
    );
    let added = admin.submit(
        "/licences/new",
        "/licences/new/key",
        &[("key", &data_center), ("accept_not_genuine", "on")],
    );
    assert_eq!(added.status, 303, "{}", added.text());
    assert_eq!(kind_of_sen(&server, "SEN-K20"), "data-center");
    let page = admin.get(added.location()).text();
    assert!(
        page.contains("Licence ends 2025-01-15: the product becomes read-only."),
        "{page}"
    );

    // A keyless licence that gets a key takes the key's kind: here an app licence.
    let id = {
        add_by_hand(&mut admin, &[("sen", "SEN-K21")]);
        id_of_sen(&server, "SEN-K21")
    };
    assert_eq!(kind_of_sen(&server, "SEN-K21"), "server");
    let app = test_key(
        "SEN-K21",
        "com.mxgraph.confluence.plugins.diagramly",
        &[("NumberOfUsers", "500"), DESCRIPTION],
    );
    let attached = admin.submit(
        &format!("/licences/{id}/attach-key"),
        &format!("/licences/{id}/attach-key"),
        &[("key", &app), ("accept_not_genuine", "on")],
    );
    assert_eq!(attached.status, 303, "{}", attached.text());
    assert_eq!(kind_of_sen(&server, "SEN-K21"), "app");
    assert!(admin.get("/licences").body.contains("data-kind=\"app\""));
}

/// A licence row of schema version 7: SEN, product, type, deployment, evaluation, key, support
/// expiry.
type OldRow<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    i64,
    Option<&'a str>,
    Option<&'a str>,
);

/// A database as the release before kinds left it (schema version 7), holding one licence of
/// each shape the backfill tells apart.
fn version_7_database(path: &Path) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    store::migrate_to(&mut conn, 7).unwrap();
    let rows: [OldRow; 8] = [
        (
            "SEN-B1",
            "Jira Software",
            "Commercial",
            "server",
            0,
            None,
            Some("2025-01-01"),
        ),
        (
            "SEN-B2",
            "Confluence",
            "Commercial",
            "data-center",
            0,
            None,
            Some("2026-01-01"),
        ),
        (
            "SEN-B3",
            "Crucible",
            "Commercial",
            "server",
            0,
            None,
            Some("2026-01-01"),
        ),
        (
            "SEN-B4",
            "Jira Software",
            "Evaluation",
            "server",
            1,
            None,
            Some("2026-01-01"),
        ),
        (
            "SEN-B5",
            "Jira Software",
            "Developer",
            "server",
            0,
            None,
            Some("2026-01-01"),
        ),
        (
            "SEN-B6",
            "Bamboo",
            "Testing",
            "server",
            0,
            None,
            Some("2026-01-01"),
        ),
        // A key whose dates could not be stored as calendar dates: counted from when applied.
        (
            "SEN-B7",
            "Jira",
            "Commercial",
            "server",
            0,
            Some("AAAB-relative"),
            None,
        ),
        // A key with dates is no test licence.
        (
            "SEN-B8",
            "Jira",
            "Commercial",
            "data-center",
            0,
            Some("AAAB-dated"),
            Some("2026-01-01"),
        ),
    ];
    for (sen, product, licence_type, deployment, evaluation, key, support) in rows {
        conn.execute(
            "INSERT INTO licences (product, name, licence_type, deployment, sen, licence_key, \
             key_genuine, is_evaluation, support_expiry, created_at, updated_at) \
             VALUES (?1, ?1, ?2, ?3, ?4, ?5, CASE WHEN ?5 IS NULL THEN NULL ELSE 1 END, ?6, ?7, 1, 1)",
            rusqlite::params![product, licence_type, deployment, sen, key, evaluation, support],
        )
        .unwrap();
    }
}

#[test]
fn an_older_database_is_upgraded_in_place_and_its_licences_get_their_kinds() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join(store::DATABASE_FILE);
    version_7_database(&path);
    // Any command opens the database the way `serve` does, upgrading it.
    let (code, out, err) = run(
        &[
            "export",
            "--format",
            "csv",
            "--data-dir",
            data.path().to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut kinds = conn
        .prepare("SELECT sen, kind FROM licences ORDER BY sen")
        .unwrap();
    let kinds: Vec<(String, String)> = kinds
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let expected = [
        ("SEN-B1", "server"),
        ("SEN-B2", "data-center"),
        ("SEN-B3", "fisheye-crucible"),
        ("SEN-B4", "evaluation"),
        ("SEN-B5", "developer"),
        ("SEN-B6", "test"),
        ("SEN-B7", "test"),
        ("SEN-B8", "data-center"),
    ]
    .map(|(sen, kind)| (sen.to_owned(), kind.to_owned()));
    assert_eq!(kinds, expected);
    // The CSV the command printed carries the kind, before the notes.
    assert_eq!(csv_column(&out, "kind")[2], "fisheye-crucible", "{out}");
}

#[test]
fn an_export_imported_again_mends_a_kind_the_upgrade_could_only_guess() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join(store::DATABASE_FILE);
    version_7_database(&path);
    // An app licence's key, recorded before kinds: the backfill cannot tell it from a Server
    // licence.
    let app = test_key(
        "SEN-B9",
        "com.mxgraph.confluence.plugins.diagramly",
        &[DESCRIPTION],
    );
    let record = new_licence_from_key(&key::decode(&app).unwrap());
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute(
            "INSERT INTO licences (product, name, licence_type, deployment, sen, licence_key, \
             key_genuine, support_expiry, created_at, updated_at) \
             VALUES (?1, ?2, 'Commercial', 'server', 'SEN-B9', ?3, 0, '2025-01-15', 1, 1)",
            rusqlite::params![record.product, record.name, record.licence_key],
        )
        .unwrap();
        store::migrate(&mut conn).unwrap();
    }
    let kind = |data: &Path| {
        kinds_by_sen(data)
            .into_iter()
            .find(|(sen, _)| sen == "SEN-B9")
            .unwrap()
            .1
    };
    assert_eq!(kind(data.path()), LicenceKind::Server);
    // The same key file again is "already in the inventory" and changes nothing; the portal's
    // own export imported again brings the key, whose kind wins.
    let json = export(data.path(), "json");
    let file = data.path().join("export.json");
    std::fs::write(&file, &json).unwrap();
    let (code, out, err) = run(
        &[
            "import",
            "--allow-unverified",
            "--data-dir",
            data.path().to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    // The two made-up keys of the older database cannot be read, and are said so (exit 1).
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("1 to update, 6 to skip, 2 rejected"), "{out}");
    assert!(out.contains("kind of licence: Server → App"), "{out}");
    assert_eq!(kind(data.path()), LicenceKind::App);
}

/// A data directory with licences of several kinds: by hand, and from keys.
fn seeded() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let conn = store::open(&data.path().join(store::DATABASE_FILE)).unwrap();
    let by_hand = |sen: &str, deployment, licence_type| {
        let mut fields = LicenceFields {
            deployment,
            licence_type,
            support_expiry: Some(jiff::civil::date(2026, 5, 1)),
            ..LicenceFields::sample(sen)
        };
        fields.kind = fields.kind_by_hand();
        fields
    };
    for fields in [
        by_hand("SEN-E1", Deployment::Server, LicenceType::Commercial),
        by_hand("SEN-E2", Deployment::DataCenter, LicenceType::Commercial),
        by_hand("SEN-E3", Deployment::Server, LicenceType::Testing),
        new_licence_from_key(
            &key::decode(&test_key(
                "SEN-E4",
                "conf",
                &[
                    ("conf.DataCenter", "true"),
                    ("Subscription", "true"),
                    DESCRIPTION,
                ],
            ))
            .unwrap(),
        ),
        new_licence_from_key(
            &key::decode(&test_key(
                "SEN-E5",
                "conf",
                &[("LicenseExpiryDate", "P72H")],
            ))
            .unwrap(),
        ),
    ] {
        licences::insert(&conn, &fields, 1_700_000_000).unwrap();
    }
    data
}

fn import(data: &Path, text: &str, name: &str) {
    let file = data.join(name);
    std::fs::write(&file, text).unwrap();
    let (code, out, err) = run(
        &[
            "import",
            "--allow-unverified",
            "--data-dir",
            data.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{out}{err}");
}

/// The cells of one column of a CSV export, row by row.
fn csv_column(csv: &str, column: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|c| c == column)
        .unwrap();
    reader
        .records()
        .map(|record| record.unwrap()[at].to_owned())
        .collect()
}

fn kinds_by_sen(data: &Path) -> Vec<(String, LicenceKind)> {
    let conn = store::open(&data.join(store::DATABASE_FILE)).unwrap();
    let mut stmt = conn
        .prepare("SELECT sen, kind FROM licences ORDER BY sen")
        .unwrap();
    stmt.query_map([], |row| {
        let code: String = row.get(1)?;
        Ok((row.get(0)?, LicenceKind::from_code(&code).unwrap()))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

fn expected_kinds() -> Vec<(String, LicenceKind)> {
    [
        ("SEN-E1", LicenceKind::Server),
        ("SEN-E2", LicenceKind::DataCenter),
        ("SEN-E3", LicenceKind::Test),
        ("SEN-E4", LicenceKind::DataCenter),
        ("SEN-E5", LicenceKind::Test),
    ]
    .map(|(sen, kind)| (sen.to_owned(), kind))
    .to_vec()
}

#[test]
fn the_kind_survives_a_json_round_trip_and_an_older_export_still_imports() {
    let first = seeded();
    assert_eq!(kinds_by_sen(first.path()), expected_kinds());
    let json = export(first.path(), "json");
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    let exported: Vec<&str> = document["licences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        exported,
        ["server", "data-center", "test", "data-center", "test"]
    );

    let second = tempfile::tempdir().unwrap();
    import(second.path(), &json, "export.json");
    assert_eq!(kinds_by_sen(second.path()), expected_kinds());
    assert_eq!(export(second.path(), "json"), json);

    // An export made before the kind was kept: the key's kind, or the kind by hand.
    let mut older = document.clone();
    for licence in older["licences"].as_array_mut().unwrap() {
        licence.as_object_mut().unwrap().remove("kind");
    }
    let third = tempfile::tempdir().unwrap();
    import(
        third.path(),
        &serde_json::to_string_pretty(&older).unwrap(),
        "older.json",
    );
    assert_eq!(kinds_by_sen(third.path()), expected_kinds());

    // A file that says another kind than its key does not win.
    let mut contradicting = document.clone();
    contradicting["licences"][3]["kind"] = "server".into();
    let fourth = tempfile::tempdir().unwrap();
    import(
        fourth.path(),
        &serde_json::to_string_pretty(&contradicting).unwrap(),
        "contradicting.json",
    );
    assert_eq!(kinds_by_sen(fourth.path()), expected_kinds());
}

#[test]
fn the_csv_has_a_kind_column_and_a_sheet_follows_its_rows_fields() {
    let data = seeded();
    let csv = export(data.path(), "csv");
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",key_withheld,kind,host_sen,notes"),
        "{header}"
    );
    assert_eq!(
        csv_column(&csv, "kind"),
        ["server", "data-center", "test", "data-center", "test"]
    );

    // A sheet changing a keyless licence's deployment is a hand edit: the kind follows it,
    // whatever the kind column still says. A licence with a key keeps its key's kind.
    let edited: String = csv
        .lines()
        .map(|line| {
            if line.contains("SEN-E1") || line.contains("SEN-E5") {
                line.replacen(",server,", ",data-center,", 1)
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    import(data.path(), &edited, "edited.csv");
    let mut expected = expected_kinds();
    expected[0].1 = LicenceKind::DataCenter;
    assert_eq!(kinds_by_sen(data.path()), expected);

    // A sheet made before the kind column (and the host_sen column after it) is still read as
    // the portal's own.
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let headers = reader.headers().unwrap().clone();
    let newer: Vec<usize> = headers
        .iter()
        .enumerate()
        .filter(|(_, c)| ["kind", "host_sen"].contains(c))
        .map(|(at, _)| at)
        .collect();
    let without_kind = |record: &csv::StringRecord| {
        record
            .iter()
            .enumerate()
            .filter(|(at, _)| !newer.contains(at))
            .map(|(_, cell)| cell.to_owned())
            .collect::<Vec<String>>()
    };
    writer.write_record(without_kind(&headers)).unwrap();
    for record in reader.records() {
        writer.write_record(without_kind(&record.unwrap())).unwrap();
    }
    let without_kind = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    assert!(
        without_kind
            .lines()
            .next()
            .unwrap()
            .ends_with(",key_withheld,notes")
    );
    let empty = tempfile::tempdir().unwrap();
    import(empty.path(), &without_kind, "older.csv");
    assert_eq!(kinds_by_sen(empty.path()).len(), 5);
}
