//! The server-instance tool as its users meet it: `licensedesk server-id` and
//! `licensedesk diagnose` run as the real binary on product homes (the shared fixture homes,
//! PostgreSQL databases loaded from their SQL, and homes written here with the test encoder's
//! keys), and the Diagnose page of the running server.

use std::path::Path;
use std::process::{Command, Stdio};

use licensedesk::domain::{Deployment, LicenceId};
use licensedesk::store::{self, instances, licences};
use serde_json::Value;

use crate::cli::binary;
use crate::install::{TestDb, bamboo_home, cfg_xml, confluence_home, test_pg, write, zip_file};
use crate::support::{Client, TestServer, corpus, encoder};

const SID: &str = "B7QW-LK2M-9HZD-XR4T";
const KEY_SID: &str = "BG9T-XUV4-KZZH-B01W";

// ---------------------------------------------------------------------------------------------
// Helpers.

/// What a run of the binary showed.
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", self.stdout, self.stderr))
    }

    pub(crate) fn codes(&self) -> Vec<String> {
        self.json()["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["code"].as_str().unwrap_or_default().to_owned())
            .collect()
    }
}

pub(crate) fn run_with(args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let mut command: Command = binary();
    command
        .args(args)
        .env_remove("LICENSEDESK_DB_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    let mut child = command.spawn().expect("the binary starts");
    {
        use std::io::Write;
        let mut input = child.stdin.take().expect("stdin");
        let _ = input.write_all(stdin.as_bytes());
    }
    let output = child.wait_with_output().expect("the binary ends");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A Jira home's `dbconfig.xml` naming a MySQL database, which the tool does not query.
const MYSQL_DBCONFIG: &str = "<?xml version=\"1.0\"?>\n<jira-database-config><database-type>mysql8</database-type>\
     <jdbc-datasource><url>jdbc:mysql://db:3306/jira</url><username>jira</username>\
     <password>x</password></jdbc-datasource></jira-database-config>";

/// The output of a `--json` command under `LANG=C`, after checking that `locale` gives the same
/// bytes: JSON is language-neutral.
fn json_the_same_under(args: &[&str], locale: &str) -> String {
    let in_locale = run_with(args, "", &[("LANG", locale)]);
    let in_c = run_with(args, "", &[("LANG", "C")]);
    assert!(!in_c.stdout.is_empty(), "{args:?}: {}", in_c.stderr);
    assert_eq!(in_locale.stdout, in_c.stdout, "{args:?} under {locale}");
    in_c.stdout
}

pub(crate) fn run(args: &[&str]) -> Run {
    run_with(args, "", &[])
}

pub(crate) fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// A genuine Atlassian test key from the shared corpus, on one line, if this checkout has it.
fn genuine_key(file: &str) -> Option<String> {
    corpus::key(file).map(|text| text.split_whitespace().collect())
}

/// A test-encoder key for Confluence: SEN-500, issued for KEY_SID, support until 2099.
fn key(extra: &[(&str, &str)]) -> String {
    key_for("SEN-500", "conf", extra)
}

/// A test-encoder key for `namespace`, issued for KEY_SID, support until 2099; `extra`
/// replaces (or, with an empty value, removes) properties.
pub(crate) fn key_for(sen: &str, namespace: &str, extra: &[(&str, &str)]) -> String {
    let mut properties = encoder::sample_properties(sen, namespace);
    for (name, value) in [
        ("ServerID", KEY_SID),
        ("MaintenanceExpiryDate", "2099-01-01"),
        ("LicenseExpiryDate", ""),
    ]
    .iter()
    .chain(extra.iter())
    {
        properties.retain(|(k, _)| k != name);
        if !value.is_empty() {
            properties.push((name.to_string(), value.to_string()));
        }
    }
    encoder::encode(&properties)
}

/// A Confluence home in a new temporary folder.
pub(crate) fn home(server_id: &str, licence: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    confluence_home(dir.path(), server_id, licence);
    dir
}

/// A data directory holding a portal database with these licences: (SEN, key, Server ID).
fn data_dir(
    licences: &[(&str, Option<&str>, Option<&str>)],
) -> (tempfile::TempDir, Vec<LicenceId>) {
    let dir = tempfile::tempdir().expect("tempdir");
    let conn = store::open(&dir.path().join(store::DATABASE_FILE)).expect("database");
    let ids = licences
        .iter()
        .map(|(sen, key, server_id)| insert_licence(&conn, sen, *key, *server_id))
        .collect();
    (dir, ids)
}

pub(crate) fn insert_licence(
    conn: &rusqlite::Connection,
    sen: &str,
    key: Option<&str>,
    server_id: Option<&str>,
) -> LicenceId {
    let canonical = key.map(|k| {
        licensedesk::atlassian::key::decode(k)
            .map(|d| d.canonical)
            .unwrap_or_else(|_| k.to_owned())
    });
    licences::insert(
        conn,
        &licensedesk::domain::LicenceFields {
            name: format!("Confluence (Data Center) 10 Users: Commercial License {sen}"),
            deployment: Deployment::DataCenter,
            licence_key: canonical,
            key_genuine: Some(true),
            server_id: server_id.map(str::to_owned),
            organisation: "Example Ltd".into(),
            ..licensedesk::domain::LicenceFields::sample(sen)
        },
        0,
    )
    .expect("insert licence")
}

fn open(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join(store::DATABASE_FILE)).expect("open")
}

fn count(dir: &Path, sql: &str) -> i64 {
    open(dir)
        .query_row(sql, [], |row| row.get(0))
        .expect("count")
}

fn no_records() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

// ---------------------------------------------------------------------------------------------
// The shared fixture homes.

/// The verdict a fixture home gets. `EXPECTED.json` names `server-id-mismatch` for homes whose
/// keys are Atlassian's timebomb licences; those are test licences, which no Server ID binds
/// (SPEC §9): their differing Server ID is a note, and the verdict a match.
fn verdict_with_test_licences(want: &Value, diagnosis: &Value) -> String {
    let expected = want["verdict"].as_str().expect("verdict");
    let licences = diagnosis["licences"].as_array().expect("licences");
    let all_test = !licences.is_empty() && licences.iter().all(|l| l["kind"] == "test");
    if expected == "server-id-mismatch" && all_test {
        let notes = diagnosis["notes"].to_string();
        assert!(
            notes.contains("Test licences are not bound to a Server ID"),
            "the difference is still said: {notes}"
        );
        "match".to_string()
    } else {
        expected.to_string()
    }
}

#[test]
fn the_fixture_homes_give_their_expected_readings_and_verdicts() {
    let Some(installs) = corpus::installs_dir() else {
        return;
    };
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(installs.join("EXPECTED.json")).expect("EXPECTED.json"),
    )
    .expect("JSON");
    let empty = no_records();
    for folder in ["confluence-home", "bamboo-home", "crowd-home"] {
        let want = &expected[folder];
        let path = installs.join(folder);

        let reading = run(&["server-id", p(&path), "--json"]);
        assert_eq!(reading.code, 0, "{folder}: {}", reading.stderr);
        let json = reading.json();
        assert_eq!(json["product"], want["product"], "{folder}");
        assert_eq!(json["server_id"], want["server_id"], "{folder}");
        assert!(
            json["server_id_source"]
                .as_str()
                .is_some_and(|s| !s.is_empty())
        );
        let key_sids: Vec<&Value> = json["licences"]
            .as_array()
            .expect("licences")
            .iter()
            .map(|l| &l["server_id"])
            .collect();
        let want_sids: Vec<&Value> = want["license_server_ids"]
            .as_array()
            .expect("ids")
            .iter()
            .collect();
        assert_eq!(key_sids, want_sids, "{folder}");
        for licence in json["licences"].as_array().expect("licences") {
            assert_eq!(
                licence["signature_valid"], true,
                "{folder}: genuine fixture keys"
            );
            assert!(
                licence["products"]
                    .as_array()
                    .is_some_and(|p| !p.is_empty())
            );
            assert!(licence["licence_type"].is_string());
            assert!(licence["maintenance_expiry"].is_string());
        }
        let sens: Vec<Value> = json["licences"]
            .as_array()
            .expect("licences")
            .iter()
            .filter(|l| !l["sen"].is_null())
            .map(|l| l["sen"].clone())
            .collect();
        assert_eq!(&Value::Array(sens), &want["sens"], "{folder}");

        let diagnosis = run(&[
            "diagnose",
            p(&path),
            "--json",
            "--data-dir",
            p(empty.path()),
        ]);
        let verdict = verdict_with_test_licences(want, &diagnosis.json());
        let verdict = verdict.as_str();
        assert_eq!(
            diagnosis.json()["verdict"],
            verdict,
            "{folder}: {}",
            diagnosis.stdout
        );
        assert_eq!(
            diagnosis.code,
            if verdict == "match" { 0 } else { 1 },
            "{folder}"
        );
        assert_eq!(diagnosis.json()["compared_with"], "keys-only");

        let text = run(&["diagnose", p(&path), "--data-dir", p(empty.path())]);
        assert!(
            text.stdout.starts_with(&format!("Verdict: {verdict}\n")),
            "{}",
            text.stdout
        );
        assert!(
            text.stdout.contains("cannot be judged offline"),
            "the relative expiry is explained: {}",
            text.stdout
        );
    }
    assert!(
        !empty.path().join(store::DATABASE_FILE).exists(),
        "a diagnosis without --record creates no database"
    );
}

#[test]
fn the_fixture_jira_and_bitbucket_homes_read_their_databases_through_the_binary() {
    let Some(installs) = corpus::installs_dir() else {
        return;
    };
    let Some(admin) = test_pg() else { return };
    let expected: Value = serde_json::from_str(
        &std::fs::read_to_string(installs.join("EXPECTED.json")).expect("EXPECTED.json"),
    )
    .expect("JSON");
    let empty = no_records();
    for (folder, sql_file, tag) in [
        ("jira-home", "jira-db.sql", "jira"),
        ("bitbucket-home", "bitbucket-db.sql", "bitbucket"),
    ] {
        let sql = std::fs::read_to_string(installs.join(sql_file)).expect("SQL");
        let db = TestDb::create(&admin, tag, &sql);
        let want = &expected[folder];
        let port = db.port.to_string();
        let home = installs.join(folder);
        let args = |command: &'static str| -> Vec<String> {
            let mut args: Vec<String> = vec![
                command.into(),
                p(&home).into(),
                "--json".into(),
                "--db-host".into(),
                db.host.clone(),
                "--db-port".into(),
                port.clone(),
                "--db-name".into(),
                db.name.clone(),
                "--db-user".into(),
                db.user.clone(),
            ];
            if command == "diagnose" {
                args.extend(["--data-dir".to_string(), p(empty.path()).to_string()]);
            }
            args
        };
        let password = [("LICENSEDESK_DB_PASSWORD", db.password.as_str())];

        let reading_args = args("server-id");
        let reading_args: Vec<&str> = reading_args.iter().map(String::as_str).collect();
        let reading = run_with(&reading_args, "", &password);
        assert_eq!(reading.code, 0, "{folder}: {}", reading.stderr);
        let json = reading.json();
        assert_eq!(json["product"], want["product"]);
        assert_eq!(
            json["server_id"], want["server_id"],
            "{folder}: {}",
            reading.stdout
        );
        assert!(
            json["server_id_source"]
                .as_str()
                .is_some_and(|s| s.starts_with("database")),
            "{}",
            json["server_id_source"]
        );
        assert_eq!(
            json["licences"].as_array().map(Vec::len),
            want["license_server_ids"].as_array().map(Vec::len)
        );
        assert_eq!(json["licences"][0]["sen"], want["sens"][0]);
        assert_eq!(
            json["licences"][0]["server_id"],
            want["license_server_ids"][0]
        );

        let diagnose_args = args("diagnose");
        let diagnose_args: Vec<&str> = diagnose_args.iter().map(String::as_str).collect();
        let diagnosis = run_with(&diagnose_args, "", &password);
        assert_eq!(
            diagnosis.json()["verdict"],
            verdict_with_test_licences(want, &diagnosis.json()).as_str(),
            "{folder}: {}",
            diagnosis.stdout
        );

        // The password can also be given as a flag; a wrong one is a clear note, not a crash.
        let mut wrong = diagnose_args.clone();
        wrong.extend(["--db-password", "wrong-password"]);
        let refused = run(&wrong);
        assert_ne!(refused.code, 2, "{}", refused.stderr);
        assert!(refused.json()["server_id"].is_null());
        let notes = refused.json()["reader_notes"].to_string();
        assert!(notes.contains("could not connect"), "{notes}");
    }
}

#[test]
fn the_fixture_homes_against_the_portals_records_and_the_update() {
    let (Some(confluence_key), Some(bamboo_key)) = (
        genuine_key("dcsetup_timebomb_confluence_dc.txt"),
        genuine_key("timebomb_3h_all_host_products_AAACLg.txt"),
    ) else {
        return;
    };
    let Some(installs) = corpus::installs_dir() else {
        return;
    };
    // The keys on record with the Server ID they were issued for.
    let (data, ids) = data_dir(&[
        ("SEN-500", Some(confluence_key.as_str()), Some(KEY_SID)),
        ("SEN-BAMBOO", Some(bamboo_key.as_str()), Some(KEY_SID)),
    ]);
    let bamboo = run(&[
        "diagnose",
        p(&installs.join("bamboo-home")),
        "--json",
        "--data-dir",
        p(data.path()),
    ]);
    assert_eq!(bamboo.json()["verdict"], "match", "{}", bamboo.stdout);
    assert_eq!(bamboo.code, 0);
    assert_eq!(bamboo.json()["licences"][0]["on_record"][0]["id"], ids[1].0);

    // Its key is a test licence: the Server ID on record that differs is no finding, but it can
    // still be brought up to date.
    let confluence = installs.join("confluence-home");
    let before = run(&["diagnose", p(&confluence), "--data-dir", p(data.path())]);
    assert_eq!(before.code, 0, "{}", before.stdout);
    assert!(
        before.stdout.starts_with("Verdict: match\n"),
        "{}",
        before.stdout
    );
    assert!(
        before
            .stdout
            .contains("Test licences are not bound to a Server ID"),
        "{}",
        before.stdout
    );
    assert!(before.stdout.contains("--apply"), "{}", before.stdout);
    assert_eq!(
        count(data.path(), "SELECT count(*) FROM server_id_history"),
        0
    );

    let applied = run(&[
        "diagnose",
        p(&confluence),
        "--apply",
        "--data-dir",
        p(data.path()),
    ]);
    assert_eq!(applied.code, 0, "{}", applied.stdout);
    assert!(
        applied
            .stdout
            .contains(&format!("Server ID {KEY_SID} -> {SID}")),
        "says what it changed: {}",
        applied.stdout
    );
    let conn = open(data.path());
    let on_record: String = conn
        .query_row(
            "SELECT server_id FROM licences WHERE id = ?1",
            [ids[0].0],
            |r| r.get(0),
        )
        .expect("row");
    assert_eq!(on_record, SID);
    let history = licences::server_id_history(&conn, ids[0]).expect("history");
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].reason, "diagnosis");
    assert_eq!(history[0].old_value.as_deref(), Some(KEY_SID));
    let (action, before_json, after_json): (String, String, String) = conn
        .query_row(
            "SELECT action, before_json, after_json FROM audit_log WHERE licence_id = ?1",
            [ids[0].0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("audit entry");
    assert_eq!(action, "server-id-changed");
    assert!(before_json.contains(KEY_SID) && after_json.contains(SID));

    // Now the record agrees: a match, and the key's old Server ID is only a note.
    let after = run(&["diagnose", p(&confluence), "--data-dir", p(data.path())]);
    assert_eq!(after.code, 0, "{}", after.stdout);
    assert!(
        after
            .stdout
            .contains("still carries the Server ID it was issued for")
    );
    let again = run(&[
        "diagnose",
        p(&confluence),
        "--apply",
        "--data-dir",
        p(data.path()),
    ]);
    assert!(
        again
            .stdout
            .contains("nothing: no Server ID on record needed changing")
    );
    assert_eq!(
        count(data.path(), "SELECT count(*) FROM server_id_history"),
        1
    );
}

// ---------------------------------------------------------------------------------------------
// Every verdict, on homes written here.

fn verdict(args: &[&str]) -> (String, i32, Vec<String>) {
    let result = run(args);
    assert_ne!(result.code, 2, "{}", result.stderr);
    let json = result.json();
    (
        json["verdict"].as_str().unwrap_or_default().to_owned(),
        result.code,
        result.codes(),
    )
}

#[test]
fn match_and_server_id_mismatch() {
    let empty = no_records();
    let same = home(KEY_SID, &key(&[]));
    let args = |dir: &Path| {
        vec![
            "diagnose".to_string(),
            p(dir).to_string(),
            "--json".into(),
            "--allow-unverified".into(),
            "--data-dir".into(),
            p(empty.path()).to_string(),
        ]
    };
    let same_args = args(same.path());
    let (code, exit, _) = verdict(&same_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!((code.as_str(), exit), ("match", 0));

    let moved = home(SID, &key(&[]));
    let moved_args = args(moved.path());
    let result = run(&moved_args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(result.code, 1);
    let json = result.json();
    assert_eq!(json["verdict"], "server-id-mismatch");
    let message = json["findings"][0]["message"].as_str().expect("message");
    for words in [
        "migration",
        "not bound to a Server ID",
        "no new key is needed",
        "can be updated",
    ] {
        assert!(message.contains(words), "{message}");
    }
}

#[test]
fn not_genuine_unless_the_user_says_the_keys_are_test_keys() {
    let empty = no_records();
    let dir = home(KEY_SID, &key(&[]));
    let (code, exit, _) = verdict(&[
        "diagnose",
        p(dir.path()),
        "--json",
        "--data-dir",
        p(empty.path()),
    ]);
    assert_eq!((code.as_str(), exit), ("not-genuine", 1));
}

#[test]
fn a_damaged_key_and_no_key() {
    let empty = no_records();
    let good = key(&[]);
    // Two characters swapped in the middle: the key still has its shape, but not its content.
    let mut bytes = good.into_bytes();
    bytes.swap(100, 101);
    bytes[120] = if bytes[120] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(bytes).expect("ASCII");
    let dir = home(KEY_SID, &damaged);
    let result = run(&[
        "diagnose",
        p(dir.path()),
        "--json",
        "--data-dir",
        p(empty.path()),
    ]);
    let json = result.json();
    assert!(
        ["licence-damaged", "not-genuine"].contains(&json["verdict"].as_str().unwrap_or_default()),
        "{}",
        result.stdout
    );
    // A key cut short cannot be decoded at all.
    let truncated = key(&[]);
    let dir = home(KEY_SID, &truncated[..truncated.len() - 40]);
    let (code, exit, _) = verdict(&[
        "diagnose",
        p(dir.path()),
        "--json",
        "--data-dir",
        p(empty.path()),
    ]);
    assert_eq!((code.as_str(), exit), ("licence-damaged", 1));

    let dir = tempfile::tempdir().expect("tempdir");
    write(
        &dir.path().join("confluence.cfg.xml"),
        cfg_xml(
            "confluence-configuration",
            &[("confluence.setup.server.id", SID)],
        ),
    );
    let result = run(&["diagnose", p(dir.path()), "--data-dir", p(empty.path())]);
    assert_eq!(result.code, 1);
    assert!(
        result.stdout.starts_with("Verdict: no-licence\n"),
        "{}",
        result.stdout
    );
    assert!(result.stdout.contains("What to do:"));
}

#[test]
fn dates_support_and_licence_expiry_and_evaluations() {
    let empty = no_records();
    let check = |extra: &[(&str, &str)], want: &str| {
        let dir = home(KEY_SID, &key(extra));
        let (code, exit, _) = verdict(&[
            "diagnose",
            p(dir.path()),
            "--json",
            "--allow-unverified",
            "--data-dir",
            p(empty.path()),
        ]);
        assert_eq!((code.as_str(), exit), (want, 1), "{extra:?}");
    };
    check(
        &[("MaintenanceExpiryDate", "2020-01-01")],
        "support-expired",
    );
    check(&[("LicenseExpiryDate", "2020-01-01")], "licence-expired");
    check(
        &[
            ("Evaluation", "true"),
            ("SEN", "SEN-L4711"),
            ("LicenseExpiryDate", "2099-01-01"),
        ],
        "evaluation",
    );

    // A genuine Atlassian key whose evaluation ended in 2000.
    if let Some(expired) = genuine_key("jira_webtests_LicenseKeysA_V2_EVAL_EXPIRED.txt") {
        let dir = tempfile::tempdir().expect("tempdir");
        bamboo_home(dir.path(), KEY_SID, &expired);
        let result = run(&[
            "diagnose",
            p(dir.path()),
            "--json",
            "--data-dir",
            p(empty.path()),
        ]);
        assert_eq!(
            result.json()["verdict"],
            "licence-expired",
            "{}",
            result.stdout
        );
        assert!(
            result.json()["findings"][0]["message"]
                .as_str()
                .unwrap_or_default()
                .contains("2000-01-01")
        );
    }
}

#[test]
fn the_environment_checks_the_kind_of_licence() {
    let empty = no_records();
    let developer = home(KEY_SID, &key(&[("LicenseTypeName", "DEVELOPER")]));
    let commercial = home(KEY_SID, &key(&[]));
    for (dir, env, want, exit) in [
        (
            &developer,
            "production",
            "developer-licence-in-production",
            1,
        ),
        (&developer, "non-production", "match", 0),
        (
            &commercial,
            "non-production",
            "production-licence-in-non-production",
            1,
        ),
        (&commercial, "production", "match", 0),
    ] {
        let (code, status, _) = verdict(&[
            "diagnose",
            p(dir.path()),
            "--json",
            "--allow-unverified",
            "--env",
            env,
            "--data-dir",
            p(empty.path()),
        ]);
        assert_eq!((code.as_str(), status), (want, exit), "{env}");
    }
    let bad = run(&["diagnose", p(commercial.path()), "--env", "staging"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("production"), "{}", bad.stderr);
}

#[test]
fn keys_against_the_inventory_and_a_key_given_by_hand() {
    let installed = key(&[]);
    let renewed = key(&[("MaintenanceExpiryDate", "2100-01-01")]);
    let dir = home(KEY_SID, &installed);
    let common = |data: &Path| {
        vec![
            "diagnose".to_string(),
            p(dir.path()).into(),
            "--json".into(),
            "--allow-unverified".into(),
            "--data-dir".into(),
            p(data).into(),
        ]
    };
    let run_in = |data: &Path, extra: &[&str]| {
        let mut args = common(data);
        args.extend(extra.iter().map(|s| s.to_string()));
        verdict(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };

    let (empty_inventory, _) = data_dir(&[]);
    assert_eq!(
        run_in(empty_inventory.path(), &[]).0,
        "key-not-in-inventory"
    );

    let (renewed_on_record, _) = data_dir(&[("SEN-500", Some(renewed.as_str()), Some(KEY_SID))]);
    assert_eq!(
        run_in(renewed_on_record.path(), &[]).0,
        "key-differs-from-record"
    );

    let (same_on_record, _) = data_dir(&[("SEN-500", Some(installed.as_str()), Some(KEY_SID))]);
    assert_eq!(
        run_in(same_on_record.path(), &[]),
        ("match".into(), 0, vec![])
    );

    // A key given by hand replaces the records.
    let keys = tempfile::tempdir().expect("tempdir");
    let other_sen = keys.path().join("other.txt");
    write(
        &other_sen,
        encoder::wrap(&key(&[("SEN", "SEN-999")]), 76, "\r\n"),
    );
    let same_sen = keys.path().join("renewed.txt");
    write(&same_sen, &renewed);
    assert_eq!(
        run_in(same_on_record.path(), &["--key", p(&other_sen)]).0,
        "sen-differs"
    );
    assert_eq!(
        run_in(same_on_record.path(), &["--key", p(&same_sen)]).0,
        "key-differs-from-record"
    );
    let result = run(&["diagnose", p(dir.path()), "--key", p(&same_sen), "--apply"]);
    assert_eq!(result.code, 2, "--key and --apply do not go together");
}

#[test]
fn recording_instances_and_a_cloned_server_id() {
    let installed = key(&[]);
    let (data, ids) = data_dir(&[("SEN-500", Some(installed.as_str()), Some(KEY_SID))]);
    let first = home(KEY_SID, &installed);
    let clone = home(KEY_SID, &installed);
    let recorded = run(&[
        "diagnose",
        p(first.path()),
        "--record",
        "--allow-unverified",
        "--label",
        "wiki",
        "--host",
        "web01",
        "--data-dir",
        p(data.path()),
    ]);
    assert_eq!(recorded.code, 0, "{}\n{}", recorded.stdout, recorded.stderr);
    assert!(
        recorded
            .stdout
            .contains("Recorded: instance #1 \"wiki\" on web01"),
        "{}",
        recorded.stdout
    );
    let conn = open(data.path());
    let installed_at = instances::for_licence(&conn, ids[0]).expect("instances");
    assert_eq!(installed_at.len(), 1);
    assert_eq!(
        (
            installed_at[0].label.as_str(),
            installed_at[0].host.as_str()
        ),
        ("wiki", "web01")
    );
    assert_eq!(installed_at[0].server_id.as_deref(), Some(KEY_SID));
    assert_eq!(installed_at[0].verdict, "match");
    let snapshot_keys = instances::keys(&conn, installed_at[0].id).expect("keys");
    assert_eq!(snapshot_keys[0].sen.as_deref(), Some("SEN-500"));

    // The same installation recorded again is not its own clone, and is replaced.
    let again = run(&[
        "diagnose",
        p(first.path()),
        "--record",
        "--allow-unverified",
        "--label",
        "wiki",
        "--host",
        "web01",
        "--data-dir",
        p(data.path()),
    ]);
    assert_eq!(again.code, 0, "{}", again.stdout);
    assert_eq!(count(data.path(), "SELECT count(*) FROM instances"), 1);

    // Another installation with the same Server ID is.
    let (code, exit, codes) = verdict(&[
        "diagnose",
        p(clone.path()),
        "--json",
        "--allow-unverified",
        "--label",
        "wiki-copy",
        "--host",
        "web02",
        "--data-dir",
        p(data.path()),
    ]);
    assert_eq!(
        (code.as_str(), exit),
        ("duplicate-server-id", 1),
        "{codes:?}"
    );
    let text = run(&[
        "diagnose",
        p(clone.path()),
        "--allow-unverified",
        "--label",
        "wiki-copy",
        "--host",
        "web02",
        "--data-dir",
        p(data.path()),
    ]);
    assert!(text.stdout.contains("wiki on web01"), "{}", text.stdout);

    // The default label is the home folder's name.
    let default = run(&[
        "diagnose",
        p(clone.path()),
        "--json",
        "--record",
        "--allow-unverified",
        "--host",
        "web02",
        "--data-dir",
        p(data.path()),
    ]);
    let folder = clone
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .expect("name");
    assert_eq!(default.json()["recorded"]["label"], folder);
}

// ---------------------------------------------------------------------------------------------
// Other inputs, and errors.

#[test]
fn pasted_text_on_standard_input_and_a_text_file() {
    let licence = key(&[]);
    let page = format!(
        "System Information\r\n\r\nServer ID\u{a0}: {SID}\r\nLicense:\r\n{}\r\n",
        encoder::wrap(&licence, 64, "\r\n")
    );
    let reading = run_with(&["server-id", "-", "--json"], &page, &[]);
    assert_eq!(reading.code, 0, "{}", reading.stderr);
    let json = reading.json();
    assert_eq!(json["server_id"], SID);
    assert_eq!(json["licences"][0]["sen"], "SEN-500");
    assert_eq!(json["licences"][0]["signature_valid"], false);
    assert_eq!(json["licences"][0]["server_id"], KEY_SID);

    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("sysinfo.txt");
    write(&file, format!("\u{feff}{page}"));
    let diagnosis = run(&[
        "diagnose",
        p(&file),
        "--allow-unverified",
        "--data-dir",
        p(dir.path()),
    ]);
    assert!(
        diagnosis
            .stdout
            .starts_with("Verdict: server-id-mismatch\n"),
        "{}",
        diagnosis.stdout
    );

    let text = run(&["server-id", p(&file)]);
    assert!(
        text.stdout.contains(&format!("Server ID: {SID}")),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("SEN-500"));
    assert!(text.stdout.contains("not a genuine Atlassian key"));

    let nothing = run_with(&["server-id", "-"], "nothing to see here", &[]);
    assert_eq!(nothing.code, 2);
    assert!(
        nothing
            .stderr
            .contains("not a product home, config file, support zip or text"),
        "{}",
        nothing.stderr
    );
}

#[test]
fn the_text_reports_speak_the_locales_language_and_json_stays_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("key.txt");
    write(&file, key(&[]));
    let japanese = [("LANG", "ja_JP.UTF-8")];

    let decoded = run_with(&["decode", p(&file)], "", &japanese);
    assert!(decoded.stdout.contains("署名："), "{}", decoded.stdout);
    assert!(!decoded.stdout.contains("Signature:"), "{}", decoded.stdout);
    let reading = run_with(&["server-id", p(&file)], "", &japanese);
    assert!(reading.stdout.contains("製品："), "{}", reading.stdout);
    assert!(!reading.stdout.contains("Product:"), "{}", reading.stdout);
    // LC_ALL wins over LANG, as for every program.
    let english = run_with(
        &["server-id", p(&file)],
        "",
        &[("LANG", "ja_JP.UTF-8"), ("LC_ALL", "en_GB.UTF-8")],
    );
    assert!(english.stdout.contains("Product:"), "{}", english.stdout);

    let empty = no_records();
    for args in [
        vec!["decode", p(&file), "--json"],
        vec!["server-id", p(&file), "--json"],
        vec![
            "diagnose",
            p(&file),
            "--json",
            "--data-dir",
            p(empty.path()),
        ],
    ] {
        json_the_same_under(&args, "ja_JP.UTF-8");
    }
}

#[test]
fn a_translated_label_wider_than_the_column_keeps_a_space_before_its_value() {
    let Some(text) = corpus::key("jira_webtests_LicenseKeysA_V2_COMMERCIAL.txt") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("key.txt");
    write(&file, &text);
    let german = run_with(&["server-id", p(&file)], "", &[("LANG", "de_DE.UTF-8")]);
    assert!(
        german
            .stdout
            .contains("  Server ID im Schlüssel BG9T-XUV4-KZZH-B01W\n")
            && german
                .stdout
                .contains("  Typ                    Kommerziell\n"),
        "{}",
        german.stdout
    );
}

#[test]
fn the_notes_on_reading_speak_the_locales_language_and_json_stays_english() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("dbconfig.xml"), MYSQL_DBCONFIG);
    let empty = no_records();
    let args = ["diagnose", p(dir.path()), "--data-dir", p(empty.path())];
    let chinese = run_with(&args, "", &[("LANG", "zh_CN.UTF-8")]);
    assert!(
        chinese.stdout.contains("数据库上手动运行的 SQL：")
            && chinese
                .stdout
                .contains("SELECT license FROM productlicense"),
        "{}",
        chinese.stdout
    );
    for english in [
        "SQL to run by hand",
        "this tool queries PostgreSQL only",
        "give the Server ID by hand",
    ] {
        assert!(
            !chinese.stdout.contains(english),
            "{english}: {}",
            chinese.stdout
        );
    }
    let english = run_with(&args, "", &[("LANG", "C")]);
    assert!(
        english.stdout.contains("SQL to run by hand"),
        "{}",
        english.stdout
    );

    let json: Vec<&str> = args.iter().copied().chain(["--json"]).collect();
    let in_c = json_the_same_under(&json, "zh_CN.UTF-8");
    assert!(in_c.contains("SQL to run by hand"), "{in_c}");
}

#[test]
fn where_a_value_was_read_speaks_the_locales_language_and_json_stays_english() {
    let dir = home(SID, &key(&[]));
    let args = ["server-id", p(dir.path())];
    let german = run_with(&args, "", &[("LANG", "de_DE.UTF-8")]);
    assert_eq!(german.code, 0, "{}", german.stderr);
    assert!(
        german
            .stdout
            .contains("(aus confluence.cfg.xml, Eigenschaft confluence.setup.server.id)")
            && german
                .stdout
                .contains("confluence.cfg.xml, Eigenschaft atlassian.license.message"),
        "{}",
        german.stdout
    );
    assert!(!german.stdout.contains(" property "), "{}", german.stdout);
    let english = run_with(&args, "", &[("LANG", "C")]);
    assert!(
        english
            .stdout
            .contains("(from confluence.cfg.xml property confluence.setup.server.id)"),
        "{}",
        english.stdout
    );

    let json: Vec<&str> = args.iter().copied().chain(["--json"]).collect();
    let in_c = json_the_same_under(&json, "de_DE.UTF-8");
    assert!(
        in_c.contains("\"confluence.cfg.xml property confluence.setup.server.id\""),
        "{in_c}"
    );
}

#[test]
fn a_database_that_cannot_be_reached_and_values_given_by_hand() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(&dir.path().join("dbconfig.xml"), MYSQL_DBCONFIG);
    let reading = run(&["server-id", p(dir.path())]);
    assert_eq!(reading.code, 0, "{}", reading.stderr);
    assert!(
        reading
            .stdout
            .contains("SELECT license FROM productlicense"),
        "{}",
        reading.stdout
    );
    assert!(reading.stdout.contains("Server ID: not found"));

    let keys = tempfile::tempdir().expect("tempdir");
    let key_file = keys.path().join("jira.txt");
    write(&key_file, encoder::wrap(&key(&[]), 70, "\n"));
    let given = run(&[
        "server-id",
        p(dir.path()),
        "--json",
        "--server-id",
        "b7qw-lk2m-9hzd-xr4t",
        "--key",
        p(&key_file),
    ]);
    assert_eq!(given.code, 0, "{}", given.stderr);
    assert_eq!(given.json()["server_id"], SID);
    assert_eq!(given.json()["licences"][0]["sen"], "SEN-500");
    let diagnosis = run(&[
        "diagnose",
        p(dir.path()),
        "--json",
        "--allow-unverified",
        "--server-id",
        SID,
        "--installed-key",
        p(&key_file),
        "--data-dir",
        p(keys.path()),
    ]);
    assert_eq!(
        diagnosis.json()["verdict"],
        "server-id-mismatch",
        "{}",
        diagnosis.stdout
    );

    // PostgreSQL that is not there: a note, with the SQL, not a failure.
    let pg = tempfile::tempdir().expect("tempdir");
    write(
        &pg.path().join("dbconfig.xml"),
        "<jira-database-config><database-type>postgres72</database-type><jdbc-datasource>\
         <url>jdbc:postgresql://127.0.0.1:1/jiradb</url><username>jira</username>\
         <password>x</password></jdbc-datasource></jira-database-config>",
    );
    let unreachable = run(&["server-id", p(pg.path()), "--json"]);
    assert_eq!(unreachable.code, 0);
    let notes = unreachable.json()["notes"].to_string();
    assert!(
        notes.contains("could not connect") && notes.contains("psql -h 127.0.0.1 -p 1"),
        "{notes}"
    );
}

#[test]
fn bad_input_is_exit_status_2_with_a_clear_message_and_changes_nothing() {
    let (data, _) = data_dir(&[]);
    let dd = p(data.path());
    let scratch = tempfile::tempdir().expect("tempdir");
    let missing = scratch.path().join("no-such-home");
    let empty_dir = scratch.path().join("empty");
    std::fs::create_dir(&empty_dir).expect("dir");
    let garbage = scratch.path().join("garbage.bin");
    write(
        &garbage,
        (0..4096u32)
            .map(|i| (i * 7919 % 251) as u8)
            .collect::<Vec<u8>>(),
    );
    let bomb = scratch.path().join("support.zip");
    zip_file(
        &bomb,
        &[(
            "application-config/confluence.cfg.xml",
            &vec![b' '; 20 * 1024 * 1024],
        )],
    );
    let good_home = home(KEY_SID, &key(&[]));

    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["diagnose", p(&missing)], "no such file or directory"),
        (
            vec!["diagnose", p(&empty_dir)],
            "is not a product home: looked for",
        ),
        (vec!["server-id", p(&empty_dir)], "dbconfig.xml"),
        (
            vec!["diagnose", p(&garbage)],
            "not a product home, config file, support zip or text",
        ),
        (vec!["diagnose", p(&bomb)], "zip bomb"),
        (vec!["server-id", p(&bomb), "--json"], "refused to unpack"),
        (
            vec!["diagnose", p(good_home.path()), "--server-id", "not-an-id"],
            "XXXX-XXXX-XXXX-XXXX",
        ),
        (
            vec!["diagnose", p(good_home.path()), "--key", p(&missing)],
            "cannot read the key file",
        ),
        (
            vec!["diagnose", p(good_home.path()), "--key", p(&empty_dir)],
            "cannot read the key file",
        ),
        (
            vec!["diagnose", p(good_home.path()), "--key", p(&garbage)],
            "not a text file",
        ),
        (
            vec![
                "diagnose",
                p(good_home.path()),
                "--installed-key",
                p(&missing),
            ],
            "cannot read the key file",
        ),
    ];
    for (mut args, message) in cases {
        args.extend(["--record", "--apply", "--data-dir", dd]);
        if args.contains(&"--key") || args[0] == "server-id" {
            args.retain(|a| *a != "--apply" && *a != "--record" && *a != "--data-dir" && *a != dd);
        }
        let result = run(&args);
        assert_eq!(
            result.code, 2,
            "{args:?}: {}\n{}",
            result.stdout, result.stderr
        );
        assert!(
            result.stderr.contains(message),
            "{args:?}: {}",
            result.stderr
        );
        assert!(result.stdout.is_empty(), "{args:?}: {}", result.stdout);
    }
    let given_damaged = scratch.path().join("damaged.txt");
    write(&given_damaged, "AAAABBBBCCCCDDDD");
    let result = run(&["diagnose", p(good_home.path()), "--key", p(&given_damaged)]);
    assert_eq!(result.code, 2);
    assert!(
        result.stderr.contains("cannot be decoded"),
        "{}",
        result.stderr
    );
    assert_eq!(count(data.path(), "SELECT count(*) FROM instances"), 0);
    assert_eq!(count(data.path(), "SELECT count(*) FROM audit_log"), 0);
}

// ---------------------------------------------------------------------------------------------
// The Diagnose page.

/// A signed-in user who is not an admin.
fn user(server: &TestServer, email: &str) -> (Client, licensedesk::domain::AccountId) {
    use licensedesk::auth::PasswordHasher;
    use licensedesk::domain::{AccountState, Email, Password};
    let password = "a long enough password";
    let hash = PasswordHasher::new(4, 1)
        .hash(&Password::new(password).expect("password"))
        .expect("hash");
    let id = licensedesk::store::accounts::insert(
        &server.db(),
        &licensedesk::store::accounts::NewAccount {
            email: &Email::parse(email).expect("email"),
            display_name: "",
            password_hash: Some(&hash),
            is_admin: false,
            state: AccountState::Active,
        },
        0,
    )
    .expect("account");
    let mut client = server.client();
    client.sign_in(email, password, false);
    (client, id)
}

fn server_id_of(server: &TestServer, id: LicenceId) -> Option<String> {
    server
        .db()
        .query_row(
            "SELECT server_id FROM licences WHERE id = ?1",
            [id.0],
            |r| r.get(0),
        )
        .expect("licence")
}

#[test]
fn the_page_needs_signing_in_and_labels_every_field() {
    let (server, mut admin) = TestServer::with_admin();
    let anonymous = server.client().get("/diagnose");
    assert_eq!(anonymous.status, 303);
    assert!(anonymous.location().starts_with("/signin"));
    let page = admin.get("/diagnose");
    assert_eq!(page.status, 200);
    for id in ["field-key", "field-server_id", "field-file"] {
        assert!(page.body.contains(&format!("<label for=\"{id}\"")), "{id}");
    }
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    assert!(page.body.contains("aria-current=\"page\">Diagnose"));
}

#[test]
fn paste_a_key_and_a_server_id_then_update_the_record_through_a_confirmation() {
    let (server, mut admin) = TestServer::with_admin();
    // A commercial key: the genuine keys of the corpus are test licences, which no Server ID
    // binds (`a_test_licence_with_another_server_id_is_not_a_mismatch` pastes one).
    let licence = key(&[]);
    let id = insert_licence(&server.db(), "SEN-500", Some(&licence), Some(KEY_SID));
    let csrf = admin.get("/diagnose").csrf();
    let wrapped = encoder::wrap(&licence, 60, "\r\n");
    let result = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &wrapped), ("server_id", SID)],
    );
    assert_eq!(result.status, 200, "{}", result.body);
    let text = result.text();
    assert!(text.contains("server-id-mismatch"), "{text}");
    assert!(text.contains("no new key is needed"), "{text}");
    assert!(
        text.contains(&format!("#{id}")),
        "the record is named: {text}"
    );
    assert!(result.body.contains("action=\"/diagnose/apply\""));

    // The button leads to a confirmation, which changes nothing yet.
    let confirm = admin.post(
        "/diagnose/apply",
        &[
            ("csrf", &csrf),
            ("licence", &id.to_string()),
            ("server_id", SID),
        ],
    );
    assert_eq!(confirm.status, 200);
    let text = confirm.text();
    assert!(
        text.contains(&format!("changes from {KEY_SID} to {SID}")),
        "{text}"
    );
    assert!(text.contains("SEN-500"));
    assert_eq!(server_id_of(&server, id).as_deref(), Some(KEY_SID));

    let done = admin.post(
        "/diagnose/apply",
        &[
            ("csrf", &csrf),
            ("licence", &id.to_string()),
            ("server_id", SID),
            ("confirmed", "yes"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(server_id_of(&server, id).as_deref(), Some(SID));
    assert_eq!(
        server.count("SELECT count(*) FROM server_id_history WHERE reason = 'diagnosis'"),
        1
    );
    let (actor, before, after): (String, String, String) = server
        .db()
        .query_row(
            "SELECT actor_label, before_json, after_json FROM audit_log WHERE action = 'server-id-changed'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("audit entry");
    assert_eq!(actor, crate::support::ADMIN_EMAIL);
    assert!(before.contains(KEY_SID) && after.contains(SID));

    // The message appears once, on the next page.
    let next = admin.get(done.location());
    assert!(next.text().contains("Server ID updated"), "{}", next.text());
    assert!(!admin.get("/diagnose").text().contains("Server ID updated"));

    // The same diagnosis now agrees on the Server ID (and matches, with a genuine key).
    let again = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &licence), ("server_id", SID)],
    );
    assert!(
        !again.text().contains("server-id-mismatch"),
        "{}",
        again.text()
    );
}

#[test]
fn upload_a_config_file_or_a_support_zip() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = key(&[]);
    let id = insert_licence(&server.db(), "SEN-500", Some(&licence), Some(KEY_SID));
    instances::record(
        &server.db(),
        &instances::NewInstance {
            product: "Confluence",
            label: "wiki",
            host: "web01.example",
            home: "/srv/wiki",
            server_id: Some(KEY_SID),
            verdict: "match",
            recorded_by: "command line",
            keys: &[instances::InstanceKey {
                licence_key: licensedesk::atlassian::key::decode(&licence)
                    .expect("key")
                    .canonical,
                sen: Some("SEN-500".into()),
                licence_id: Some(id),
            }],
            cluster_node: None,
            cluster: None,
        },
        0,
    )
    .expect("instance");
    let csrf = admin.get("/diagnose").csrf();
    let dir = home(SID, &encoder::wrap(&licence, 76, " "));
    let cfg = std::fs::read(dir.path().join("confluence.cfg.xml")).expect("cfg");
    let result = admin.post_multipart(
        "/diagnose",
        &[("csrf", &csrf), ("key", ""), ("server_id", "")],
        &[("file", "confluence.cfg.xml", &cfg)],
    );
    assert_eq!(result.status, 200, "{}", result.body);
    let text = result.text();
    assert!(
        text.contains("not-genuine"),
        "encoder keys are not genuine: {text}"
    );
    assert!(text.contains("server-id-mismatch"), "{text}");
    assert!(text.contains("Confluence"));
    assert!(
        text.contains("web01.example"),
        "where the licence is installed: {text}"
    );
    assert!(
        !text.contains("licensedesk-upload-"),
        "the temporary path is not shown"
    );

    let zip_dir = tempfile::tempdir().expect("tempdir");
    let zip_path = zip_dir.path().join("support.zip");
    zip_file(
        &zip_path,
        &[("application-config/confluence.cfg.xml", &cfg)],
    );
    let zip = std::fs::read(&zip_path).expect("zip");
    let result = admin.post_multipart(
        "/diagnose",
        &[("csrf", &csrf)],
        &[("file", "support.zip", &zip)],
    );
    assert_eq!(result.status, 200, "{}", result.body);
    assert!(result.text().contains(SID));
}

#[test]
fn bad_input_on_the_page_is_shown_next_to_its_field_and_changes_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let csrf = admin.get("/diagnose").csrf();

    let nothing = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", "  "), ("server_id", "")],
    );
    assert_eq!(nothing.status, 422);
    assert!(
        nothing.body.contains("id=\"field-key-error\""),
        "{}",
        nothing.body
    );

    let typed = "my key text";
    let bad_id = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", typed), ("server_id", "B7QW-LK2M")],
    );
    assert_eq!(bad_id.status, 422);
    assert!(bad_id.body.contains("id=\"field-server_id-error\""));
    assert_eq!(
        bad_id.field_value("server_id").as_deref(),
        Some("B7QW-LK2M"),
        "keeps what was typed"
    );
    assert!(bad_id.body.contains(typed));

    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let upload = admin.post_multipart(
        "/diagnose",
        &[("csrf", &csrf)],
        &[("file", "blob.bin", &garbage)],
    );
    assert_eq!(upload.status, 422);
    assert!(upload.body.contains("id=\"field-file-error\""));
    assert!(upload.text().contains("blob.bin"), "{}", upload.text());

    let dir = tempfile::tempdir().expect("tempdir");
    let bomb = dir.path().join("bomb.zip");
    zip_file(
        &bomb,
        &[(
            "application-config/confluence.cfg.xml",
            &vec![b' '; 20 * 1024 * 1024],
        )],
    );
    let bomb = std::fs::read(&bomb).expect("zip");
    let refused = admin.post_multipart(
        "/diagnose",
        &[("csrf", &csrf)],
        &[("file", "bomb.zip", &bomb)],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("zip bomb"), "{}", refused.text());

    let prose = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", "hello, is my licence fine?")],
    );
    assert_eq!(prose.status, 422);

    // A pasted key that does not decode is a diagnosis, not an error.
    let damaged = admin.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &"AAAABBBB".repeat(20))],
    );
    assert_eq!(damaged.status, 200);
    assert!(
        damaged.text().contains("licence-damaged"),
        "{}",
        damaged.text()
    );

    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'server-id-changed'"),
        0
    );
}

#[test]
fn csrf_and_other_peoples_licences() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = key(&[]);
    let theirs = insert_licence(&server.db(), "SEN-500", Some(&licence), Some(KEY_SID));
    let (mut ann, ann_id) = user(&server, "ann@example.com");
    let mine_key = key(&[("SEN", "SEN-600")]);
    let mine = insert_licence(&server.db(), "SEN-600", Some(&mine_key), Some(KEY_SID));
    licences::add_contact(&server.db(), mine, ann_id, "technical", 0).expect("contact");
    let csrf = ann.get("/diagnose").csrf();

    // Ann sees her own licence, and another's key is "not in the inventory" for her.
    let own = ann.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &mine_key), ("server_id", SID)],
    );
    assert!(own.text().contains(&format!("#{mine}")), "{}", own.text());
    let other = ann.post(
        "/diagnose",
        &[("csrf", &csrf), ("key", &licence), ("server_id", SID)],
    );
    assert!(
        other.text().contains("key-not-in-inventory"),
        "{}",
        other.text()
    );
    assert!(
        !other.text().contains(&format!("#{theirs} ")),
        "{}",
        other.text()
    );

    for confirmed in ["", "yes"] {
        let refused = ann.post(
            "/diagnose/apply",
            &[
                ("csrf", &csrf),
                ("licence", &theirs.to_string()),
                ("server_id", SID),
                ("confirmed", confirmed),
            ],
        );
        assert_eq!(refused.status, 404, "another user's licence is not found");
    }
    for bad in ["", "x", "99999"] {
        let refused = ann.post(
            "/diagnose/apply",
            &[("csrf", &csrf), ("licence", bad), ("server_id", SID)],
        );
        assert_eq!(refused.status, 404, "{bad}");
    }
    let bad_id = ann.post(
        "/diagnose/apply",
        &[
            ("csrf", &csrf),
            ("licence", &mine.to_string()),
            ("server_id", "nope"),
            ("confirmed", "yes"),
        ],
    );
    assert_eq!(bad_id.status, 400);

    let forged = admin.post(
        "/diagnose/apply",
        &[
            ("csrf", "forged"),
            ("licence", &mine.to_string()),
            ("server_id", SID),
            ("confirmed", "yes"),
        ],
    );
    assert_eq!(forged.status, 403);
    let forged_diagnose =
        admin.post_multipart("/diagnose", &[("csrf", "forged"), ("key", &licence)], &[]);
    assert_eq!(forged_diagnose.status, 403);
    let get_apply = admin.get("/diagnose/apply");
    assert_eq!(get_apply.status, 405);

    assert_eq!(server_id_of(&server, theirs).as_deref(), Some(KEY_SID));
    assert_eq!(server_id_of(&server, mine).as_deref(), Some(KEY_SID));
    assert_eq!(server.count("SELECT count(*) FROM server_id_history"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE licence_id IS NOT NULL"),
        0
    );

    // Her own licence she may update.
    let done = ann.post(
        "/diagnose/apply",
        &[
            ("csrf", &csrf),
            ("licence", &mine.to_string()),
            ("server_id", SID),
            ("confirmed", "yes"),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(server_id_of(&server, mine).as_deref(), Some(SID));
}

#[test]
fn the_binary_reads_keys_however_they_are_written() {
    let licence = key(&[]);
    let empty = no_records();
    let cases = tempfile::tempdir().expect("tempdir");
    // Crowd, both layouts, the key with escaped line breaks and with spaces.
    let old_crowd = cases.path().join("crowd-old");
    write(
        &old_crowd.join("crowd.cfg.xml"),
        cfg_xml(
            "application-configuration",
            &[
                ("crowd.server.id", SID),
                ("license", &encoder::wrap(&licence, 50, "\\n")),
            ],
        ),
    );
    let new_crowd = cases.path().join("crowd-new");
    write(
        &new_crowd.join("shared/crowd.cfg.xml"),
        cfg_xml(
            "application-configuration",
            &[
                ("crowd.server.id", SID),
                ("license", &encoder::wrap(&licence, 64, " ")),
            ],
        ),
    );
    // Bamboo with a byte order mark and CRLF line ends.
    let bamboo = cases.path().join("bamboo");
    write(
        &bamboo.join("bamboo.cfg.xml"),
        format!(
            "\u{feff}{}",
            cfg_xml(
                "application-configuration",
                &[
                    ("serverId", SID),
                    ("license.string", &encoder::wrap(&licence, 70, "\r\n")),
                ],
            )
            .replace('\n', "\r\n")
        ),
    );
    for (dir, product) in [
        (&old_crowd, "Crowd"),
        (&new_crowd, "Crowd"),
        (&bamboo, "Bamboo"),
    ] {
        let reading = run(&["server-id", p(dir), "--json"]);
        assert_eq!(reading.code, 0, "{}", reading.stderr);
        let json = reading.json();
        assert_eq!(json["product"], product);
        assert_eq!(json["server_id"], SID);
        assert_eq!(json["licences"][0]["sen"], "SEN-500", "{}", reading.stdout);
        assert!(json["licences"][0]["error"].is_null());
        let (code, _, _) = verdict(&[
            "diagnose",
            p(dir),
            "--json",
            "--allow-unverified",
            "--data-dir",
            p(empty.path()),
        ]);
        assert_eq!(code, "server-id-mismatch", "{}", dir.display());
    }
}
