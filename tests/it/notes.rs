//! A licence's notes: edited on its page by its contacts and administrators, audited, found by
//! the list's search, and carried by the JSON and CSV exports (older exports still import).

use std::path::Path;

use licensedesk::domain::LicenceFields;
use licensedesk::store::{self, licences};

use crate::cli::run;
use crate::support::TestServer;
use crate::support::people::{add_contact, add_user, licence_with, signed_in};

fn notes_of(server: &TestServer, id: licensedesk::domain::LicenceId) -> String {
    server
        .db()
        .query_row("SELECT notes FROM licences WHERE id = ?1", [id.0], |row| {
            row.get(0)
        })
        .unwrap()
}

#[test]
fn a_contact_edits_the_notes_on_the_licence_page_and_the_change_is_audited() {
    let (server, mut admin) = TestServer::with_admin();
    let id = licence_with(&server, "SEN-7001", |_| {});
    let ann = add_user(&server, "ann@example.com");
    add_contact(&server, id, ann, "technical");
    add_user(&server, "bob@example.com");
    let mut ann = signed_in(&server, "ann@example.com");
    let page = format!("/licences/{id}");
    let action = format!("/licences/{id}/notes");

    assert!(ann.get(&page).text().contains("Notes No notes yet."));
    let saved = ann.submit(
        &page,
        &action,
        &[(
            "notes",
            "  Renewed through the reseller.\r\nAsk Bea first.  ",
        )],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let shown = ann.get(saved.location());
    assert!(shown.text().contains("Notes saved."), "{}", shown.text());
    assert!(
        shown
            .body
            .contains("Renewed through the reseller.\nAsk Bea first."),
        "{}",
        shown.body
    );
    assert_eq!(
        notes_of(&server, id),
        "Renewed through the reseller.\nAsk Bea first."
    );
    // A form without the notes field (a hand-made request) empties nothing.
    let fieldless = ann.submit(&page, &action, &[]);
    assert_eq!(fieldless.status, 400);
    assert!(fieldless.text().contains("The form sent no notes"));
    assert_eq!(
        notes_of(&server, id),
        "Renewed through the reseller.\nAsk Bea first."
    );
    // Opened as a page, the form's address says what went wrong and which methods it takes.
    let opened = ann.get(&action);
    assert_eq!(opened.status, 405);
    assert_eq!(opened.header("allow"), Some("POST"));
    assert!(
        opened
            .text()
            .contains("This address exists, but not for this kind of request")
    );
    let audited: (String, String, String) = server
        .db()
        .query_row(
            "SELECT a.email, l.before_json, l.after_json FROM audit_log l \
             JOIN accounts a ON a.id = l.actor_account_id WHERE l.action = 'notes-changed'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        audited,
        (
            "ann@example.com".to_owned(),
            r#"{"notes":""}"#.to_owned(),
            r#"{"notes":"Renewed through the reseller.\nAsk Bea first."}"#.to_owned()
        )
    );

    // Too long: refused with the limit named, what was typed kept, nothing saved.
    let long = "x".repeat(4001);
    let refused = ann.submit(&page, &action, &[("notes", &long)]);
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("That is too long: at most 4,000 characters.")
    );
    assert_eq!(
        notes_of(&server, id),
        "Renewed through the reseller.\nAsk Bea first."
    );

    // Someone who is not a contact cannot see the licence, nor change its notes.
    let mut bob = signed_in(&server, "bob@example.com");
    let csrf = bob.get("/licences").csrf();
    let stranger = bob.post(&action, &[("csrf", &csrf), ("notes", "mine now")]);
    assert_eq!(stranger.status, 404);
    assert_eq!(
        notes_of(&server, id),
        "Renewed through the reseller.\nAsk Bea first."
    );

    // An administrator may clear them.
    let cleared = admin.submit(&page, &action, &[("notes", "")]);
    assert_eq!(cleared.status, 303);
    assert_eq!(notes_of(&server, id), "");
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'notes-changed'"),
        2
    );
}

#[test]
fn the_licence_search_finds_notes_and_shows_what_matched() {
    let (server, mut admin) = TestServer::with_admin();
    licence_with(&server, "SEN-7101", |l| {
        l.notes = "Paid by the Oslo office; renewal needs a PO.".into();
    });
    licence_with(&server, "SEN-7102", |_| {});

    let found = admin.get("/licences?q=oslo+OFFICE").text();
    assert!(found.contains("SEN-7101"), "{found}");
    assert!(!found.contains("SEN-7102"), "{found}");
    assert!(
        found.contains("Found in the notes: Paid by the Oslo office; renewal needs a PO."),
        "{found}"
    );
    // A search that matched something else does not show the notes.
    let by_sen = admin.get("/licences?q=SEN-7101").text();
    assert!(by_sen.contains("SEN-7101"));
    assert!(!by_sen.contains("Found in the notes"), "{by_sen}");

    // A list page kept from before notes changed is not shown again: the same search finds
    // the licence once its notes say so.
    let search = "/licences?q=reseller";
    assert!(!admin.get(search).text().contains("SEN-7102"));
    let other = server.count("SELECT id FROM licences WHERE sen = 'SEN-7102'");
    let saved = admin.submit(
        &format!("/licences/{other}"),
        &format!("/licences/{other}/notes"),
        &[("notes", "Bought through a reseller")],
    );
    assert_eq!(saved.status, 303);
    let found = admin.get(search).text();
    assert!(found.contains("SEN-7102"), "{found}");
    assert!(
        found.contains("Found in the notes: Bought through a reseller"),
        "{found}"
    );
}

/// A data directory holding one licence with notes and one without.
fn seeded() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let conn = store::open(&data.path().join(store::DATABASE_FILE)).unwrap();
    licences::insert(
        &conn,
        &LicenceFields {
            notes: "=Call Bea before renewing,\n\"quoted\" too".into(),
            ..LicenceFields::sample("SEN-7201")
        },
        1_700_000_000,
    )
    .unwrap();
    licences::insert(&conn, &LicenceFields::sample("SEN-7202"), 1_700_000_000).unwrap();
    data
}

/// `licensedesk export --format FORMAT` of a data directory; what it printed.
pub(crate) fn export(data: &Path, format: &str) -> String {
    let (code, out, err) = run(
        &[
            "export",
            "--format",
            format,
            "--data-dir",
            data.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    out
}

fn import(data: &Path, text: &str, name: &str) -> String {
    let file = data.join(name);
    std::fs::write(&file, text).unwrap();
    let (code, out, err) = run(
        &[
            "import",
            "--data-dir",
            data.to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(code, 0, "{out}{err}");
    out
}

fn notes_by_sen(data: &Path) -> Vec<(String, String)> {
    let conn = store::open(&data.join(store::DATABASE_FILE)).unwrap();
    let mut stmt = conn
        .prepare("SELECT sen, notes FROM licences ORDER BY sen")
        .unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn expected() -> Vec<(String, String)> {
    vec![
        (
            "SEN-7201".into(),
            "=Call Bea before renewing,\n\"quoted\" too".into(),
        ),
        ("SEN-7202".into(), String::new()),
    ]
}

#[test]
fn notes_survive_a_json_round_trip_and_an_older_export_keeps_them() {
    let first = seeded();
    let json = export(first.path(), "json");
    let document: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        document["licences"][0]["notes"],
        "=Call Bea before renewing,\n\"quoted\" too"
    );
    // A licence without notes carries no field, as exports made before notes were.
    assert!(document["licences"][1].get("notes").is_none());

    let second = tempfile::tempdir().unwrap();
    import(second.path(), &json, "export.json");
    assert_eq!(notes_by_sen(second.path()), expected());
    assert_eq!(export(second.path(), "json"), json);

    // An export without the field (as older ones are) imports, and keeps the notes on record.
    let mut older = document.clone();
    older["licences"][0]
        .as_object_mut()
        .unwrap()
        .remove("notes");
    older["licences"][0]["organisation"] = "Renamed Ltd".into();
    import(
        second.path(),
        &serde_json::to_string_pretty(&older).unwrap(),
        "older.json",
    );
    assert_eq!(notes_by_sen(second.path()), expected());
    let conn = store::open(&second.path().join(store::DATABASE_FILE)).unwrap();
    let organisation: String = conn
        .query_row(
            "SELECT organisation FROM licences WHERE sen = 'SEN-7201'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(organisation, "Renamed Ltd");
}

#[test]
fn notes_survive_a_csv_round_trip_and_older_sheets_still_import() {
    let first = seeded();
    let csv = export(first.path(), "csv");
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with(",key_withheld,kind,host_sen,notes"),
        "{header}"
    );
    // The notes start with `=`: a spreadsheet must not take them for a formula.
    assert!(
        csv.contains("\"'=Call Bea before renewing,\n\"\"quoted\"\" too\""),
        "{csv}"
    );

    let second = tempfile::tempdir().unwrap();
    import(second.path(), &csv, "export.csv");
    assert_eq!(notes_by_sen(second.path()), expected());

    // The same sheet without its notes column (as exports made before it, which had no kind
    // and host_sen columns either) still imports and leaves the notes on record as they are.
    let mut reader = csv::ReaderBuilder::new().from_reader(csv.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let headers = reader.headers().unwrap().clone();
    let without_notes = |record: &csv::StringRecord| {
        record
            .iter()
            .take(record.len() - 3)
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    writer.write_record(without_notes(&headers)).unwrap();
    for record in reader.records() {
        writer
            .write_record(without_notes(&record.unwrap()))
            .unwrap();
    }
    let older = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    assert!(older.lines().next().unwrap().ends_with(",key_withheld"));
    let out = import(first.path(), &older, "older.csv");
    assert!(out.contains("0 to add"), "{out}");
    assert_eq!(notes_by_sen(first.path()), expected());
}

#[test]
fn an_import_keeps_notes_as_the_licence_page_does_and_the_terminal_sees_no_escape_sequence() {
    let data = seeded();
    let csv = export(data.path(), "csv");
    // The first licence's notes get an escape sequence (which would retitle the terminal
    // window) and a bell: refused as the licence's page refuses them.
    let hostile = csv.replacen(
        "Call Bea before renewing",
        "Call Bea\u{1b}]0;OWNED\u{7} before renewing",
        1,
    );
    let file = data.path().join("hostile.csv");
    std::fs::write(&file, &hostile).unwrap();
    let (_, out, err) = run(
        &[
            "import",
            "--dry-run",
            "--data-dir",
            data.path().to_str().unwrap(),
            file.to_str().unwrap(),
        ],
        None,
    );
    let printed = format!("{out}{err}");
    assert!(printed.contains("1 rejected"), "{printed}");
    assert!(
        printed.contains("hostile.csv:2  the notes hold a control character"),
        "{printed}"
    );
    assert!(
        !printed.contains('\u{1b}') && !printed.contains('\u{7}'),
        "{printed}"
    );
    assert_eq!(notes_by_sen(data.path()), expected());
}
