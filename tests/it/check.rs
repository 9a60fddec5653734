//! `licensedesk check` as a monitoring system runs it: the exit status it reads (0 OK, 1
//! WARNING, 2 CRITICAL, 3 UNKNOWN), the status line with its perfdata, the licences listed
//! under it, and `--json`, over a seeded data directory.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::Span;
use jiff::civil::Date;
use licensedesk::domain::LicenceFields;
use licensedesk::store;

use crate::cli::binary;

fn today() -> Date {
    jiff::Zoned::now().date()
}

fn in_days(days: i64) -> Date {
    today().checked_add(Span::new().days(days)).unwrap()
}

/// A data directory holding: support ending in 3, 20 and 200 days, support that ended 10 days
/// ago, an evaluation that ended 5 days ago, and an archived licence whose support ended.
fn seeded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let conn = store::open(&dir.path().join(store::DATABASE_FILE)).unwrap();
    let add =
        |sen: &str, product: &str, organisation: &str, adjust: &dyn Fn(&mut LicenceFields)| {
            let mut fields = LicenceFields {
                product: product.into(),
                organisation: organisation.into(),
                ..LicenceFields::sample(sen)
            };
            adjust(&mut fields);
            store::licences::insert(&conn, &fields, 1).unwrap();
        };
    add("SEN-3D", "Jira Software", "Example Ltd", &|f| {
        f.support_expiry = Some(in_days(3))
    });
    add("SEN-20D", "Confluence", "Example Ltd", &|f| {
        f.support_expiry = Some(in_days(20))
    });
    add("SEN-200D", "Bitbucket", "Calm GmbH", &|f| {
        f.support_expiry = Some(in_days(200))
    });
    add("SEN-ENDED", "Jira Software", "Other Corp", &|f| {
        f.support_expiry = Some(in_days(-10))
    });
    add("SEN-EVAL", "Confluence", "Other Corp", &|f| {
        f.is_evaluation = true;
        f.licence_expiry = Some(in_days(-5));
        f.support_expiry = Some(in_days(-5));
    });
    add("SEN-ARCH", "Bamboo", "Calm GmbH", &|f| {
        f.archived = true;
        f.support_expiry = Some(in_days(-100));
    });
    dir
}

/// Runs `licensedesk check` on a data directory: (exit status, standard output).
fn check(data: &Path, args: &[&str]) -> (i32, String) {
    let out = binary()
        .env_remove("LICENSEDESK_TOKEN")
        .arg("check")
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The perfdata of a status line: label → (value, warn, crit, min, max).
fn perfdata(status_line: &str) -> BTreeMap<String, Vec<String>> {
    let (_, data) = status_line.split_once(" | ").expect("perfdata after ' | '");
    data.split_whitespace()
        .map(|item| {
            let (label, values) = item.split_once('=').expect("label=value");
            assert!(!label.contains(' '), "{label}");
            let mut fields: Vec<String> = values.split(';').map(str::to_owned).collect();
            assert!(fields.len() <= 5, "{item}: value;warn;crit;min;max");
            // Trailing empty fields may be left out.
            fields.resize(5, String::new());
            (label.to_owned(), fields)
        })
        .collect()
}

#[test]
fn everything_together_is_critical_with_the_most_urgent_first() {
    let data = seeded();
    let (code, out) = check(data.path(), &[]);
    assert_eq!(code, 2, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("LICENSEDESK CRITICAL - 4 licences need attention: "),
        "{out}"
    );
    assert!(
        lines[0].contains("Jira Software (SEN-3D) support ends in 3 days"),
        "{out}"
    );
    let perf = perfdata(lines[0]);
    let value = |label: &str| perf[label][0].as_str();
    assert_eq!(
        value("licences"),
        "5",
        "the archived one is not counted: {out}"
    );
    assert_eq!(value("warning"), "2");
    assert_eq!(value("critical"), "2");
    assert_eq!(value("expired"), "1");
    assert_eq!(value("support_ended"), "1");
    assert_eq!(perf["soonest_days"], ["3", "30:", "7:", "", ""]);
    assert_eq!(perf["licences"], ["5", "", "", "0", ""]);
    // One line per licence concerned, critical first, then by the days left.
    let listed: Vec<&str> = lines[1..].to_vec();
    assert_eq!(listed.len(), 4, "{out}");
    assert!(
        listed[0].starts_with(
            "CRITICAL: Confluence (SEN-EVAL), Other Corp: evaluation ended 5 days ago"
        ),
        "{out}"
    );
    assert!(
        listed[1]
            .starts_with("CRITICAL: Jira Software (SEN-3D), Example Ltd: support ends in 3 days ("),
        "{out}"
    );
    assert!(
        listed[2].starts_with(
            "WARNING: Jira Software (SEN-ENDED), Other Corp: support ended 10 days ago"
        ),
        "{out}"
    );
    assert!(
        listed[3]
            .starts_with("WARNING: Confluence (SEN-20D), Example Ltd: support ends in 20 days"),
        "{out}"
    );
    assert!(
        !out.contains("SEN-200D") && !out.contains("SEN-ARCH"),
        "{out}"
    );
}

#[test]
fn each_exit_status_follows_the_thresholds_and_the_filters() {
    let data = seeded();
    // Only Calm GmbH: support in 200 days, and an archived licence that is ignored.
    let (code, out) = check(data.path(), &["--organisation", "calm gmbh"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with(
            "LICENSEDESK OK - 1 licence checked, nothing ends within 30 days | licences=1;"
        ),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1, "{out}");
    // Example Ltd: 3 and 20 days, nothing within a critical threshold of 2 days.
    let (code, out) = check(
        data.path(),
        &["--organisation", "Example Ltd", "--critical", "2"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with("LICENSEDESK WARNING - 2 licences need attention"),
        "{out}"
    );
    let (code, out) = check(
        data.path(),
        &[
            "--organisation",
            "Example Ltd",
            "--days",
            "2",
            "--critical",
            "1",
        ],
    );
    assert_eq!(code, 0, "{out}");
    let (code, out) = check(data.path(), &["--organisation", "Example Ltd"]);
    assert_eq!(code, 2, "{out}");
    // Support that has ended is a warning, whatever the thresholds.
    let (code, out) = check(
        data.path(),
        &["--sen", "sen-ended", "--days", "0", "--critical", "0"],
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("support ended 10 days ago"), "{out}");
    let (code, out) = check(data.path(), &["--sen", "SEN-20D"]);
    assert_eq!(code, 1, "{out}");
    let (code, out) = check(
        data.path(),
        &["--sen", "SEN-20D", "--days", "20", "--critical", "20"],
    );
    assert_eq!(code, 2, "{out}");
    let (code, out) = check(
        data.path(),
        &["--sen", "SEN-20D", "--days", "19", "--critical", "7"],
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn an_organisation_is_found_by_its_number_too() {
    let data = seeded();
    let conn = store::open(&data.path().join(store::DATABASE_FILE)).unwrap();
    let id: i64 = conn
        .query_row(
            "SELECT id FROM organisations WHERE name = 'Other Corp'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    let (code, out) = check(data.path(), &["--organisation", &id.to_string()]);
    assert_eq!(code, 2, "{out}");
    let perf = perfdata(out.lines().next().unwrap());
    assert_eq!(perf["licences"][0], "2", "{out}");
    assert!(
        out.contains("SEN-EVAL") && out.contains("SEN-ENDED"),
        "{out}"
    );
    assert!(!out.contains("SEN-3D"), "{out}");
}

#[test]
fn json_carries_the_status_the_perfdata_and_the_licences() {
    let data = seeded();
    let (code, out) = check(data.path(), &["--json", "--organisation", "Example Ltd"]);
    assert_eq!(code, 2, "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["status"], "CRITICAL");
    assert_eq!(doc["exit_code"], 2);
    assert!(
        doc["summary"]
            .as_str()
            .unwrap()
            .starts_with("2 licences need attention"),
        "{doc}"
    );
    assert_eq!(doc["perfdata"]["licences"], 2);
    assert_eq!(doc["perfdata"]["critical"], 1);
    assert_eq!(doc["perfdata"]["warning"], 1);
    assert_eq!(doc["perfdata"]["soonest_days"], 3);
    assert_eq!(doc["thresholds"]["warning_days"], 30);
    assert_eq!(doc["thresholds"]["critical_days"], 7);
    let licences = doc["licences"].as_array().unwrap();
    assert_eq!(licences.len(), 2);
    assert_eq!(licences[0]["sen"], "SEN-3D");
    assert_eq!(licences[0]["organisation"], "Example Ltd");
    assert_eq!(licences[0]["status"], "CRITICAL");
    let ending = &licences[0]["endings"][0];
    assert_eq!(ending["ends"], "support");
    assert_eq!(ending["days"], 3);
    assert_eq!(ending["date"], in_days(3).to_string());
    assert_eq!(licences[1]["sen"], "SEN-20D");
    assert_eq!(licences[1]["status"], "WARNING");

    let (code, out) = check(data.path(), &["--json", "--sen", "SEN-404"]);
    assert_eq!(code, 3, "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["status"], "UNKNOWN");
    assert_eq!(doc["exit_code"], 3);
    assert_eq!(doc["summary"], "no licence has the SEN SEN-404");
}

#[test]
fn what_cannot_be_checked_is_unknown_with_one_line() {
    let data = seeded();
    let unknown = |args: &[&str], says: &str| {
        let (code, out) = check(data.path(), args);
        assert_eq!(code, 3, "{args:?}: {out}");
        assert!(out.starts_with("LICENSEDESK UNKNOWN - "), "{args:?}: {out}");
        assert!(out.contains(says), "{args:?}: {out}");
        assert_eq!(out.lines().count(), 1, "{args:?}: {out}");
        assert!(!out.contains('|'), "no perfdata when unknown: {out}");
    };
    unknown(
        &["--organisation", "Nobody Inc"],
        "no organisation is named or numbered",
    );
    unknown(&["--organisation", "9999"], "“9999”");
    unknown(&["--sen", "SEN-404"], "no licence has the SEN SEN-404");
    unknown(&["--sen", "not a sen"], "is not a SEN");
    // The SEN exists, in another organisation.
    unknown(
        &["--organisation", "Calm GmbH", "--sen", "SEN-3D"],
        "no licence has the SEN SEN-3D",
    );
    unknown(
        &["--days", "5", "--critical", "10"],
        "--critical (10) must not be more than --days (5)",
    );
    // clap's own usage errors would exit 2, which reads as CRITICAL.
    unknown(&["--days", "abc"], "--days");
    unknown(&["--days", "-3"], "");
    unknown(&["--no-such-option"], "--no-such-option");
    unknown(&["--critical"], "--critical");
    unknown(&["--days", "99999"], "at most 10,000");
    // A data directory without a database is not an empty inventory: nothing is created.
    let empty = tempfile::tempdir().unwrap();
    let (code, out) = check(&empty.path().join("missing"), &[]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.starts_with("LICENSEDESK UNKNOWN - no database in "),
        "{out}"
    );
    assert!(!empty.path().join("missing").exists());
    // A file that is not a database.
    let broken = tempfile::tempdir().unwrap();
    std::fs::write(broken.path().join(store::DATABASE_FILE), "not a database").unwrap();
    let (code, out) = check(broken.path(), &[]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.starts_with("LICENSEDESK UNKNOWN - cannot read the database"),
        "{out}"
    );
}

#[test]
fn help_documents_the_rule_the_exit_codes_and_the_token_variable() {
    let (code, out) = check(Path::new("unused"), &["--help"]);
    assert_eq!(code, 0, "{out}");
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Archived licences are ignored",
        "support that has already ended is WARNING",
        "0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN",
        "--critical may not be more than --days",
        "LICENSEDESK_TOKEN",
        "--url",
    ] {
        assert!(
            out.contains(words),
            "{words} missing from check --help:\n{out}"
        );
    }
}

#[test]
fn a_portal_that_cannot_be_asked_is_unknown() {
    let data = seeded();
    // Nothing listens on port 1.
    let (code, out) = check(
        data.path(),
        &["--url", "http://127.0.0.1:1", "--token", "ldpat_whatever"],
    );
    assert_eq!(code, 3, "{out}");
    assert!(
        out.starts_with("LICENSEDESK UNKNOWN - cannot reach http://127.0.0.1:1"),
        "{out}"
    );
    let (code, out) = check(data.path(), &["--url", "http://127.0.0.1:1"]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("needs a personal access token"), "{out}");
    let (code, out) = check(data.path(), &["--url", "ftp://example", "--token", "x"]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("is not a portal address"), "{out}");
}

/// Runs `licensedesk check --url` against a portal, the token in the environment as a
/// monitoring host would keep it: (exit status, standard output).
fn check_over_http(base: &str, token: &str, args: &[&str]) -> (i32, String) {
    let out = binary()
        .env("LICENSEDESK_TOKEN", token)
        .args(["check", "--url", base])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// A portal with Example Ltd's licence (support in 3 days), whose technical contact is
/// `contact@example.com`, and Other Corp's (support in 20 days), whose managers are
/// `manager@example.com`; `ended@example.com` held a consultant's access to both that ended.
struct Portal {
    server: crate::support::TestServer,
    contact: licensedesk::domain::AccountId,
    manager: licensedesk::domain::AccountId,
    ended: licensedesk::domain::AccountId,
    admin: licensedesk::domain::AccountId,
    other_corp: licensedesk::domain::OrganisationId,
}

fn portal() -> Portal {
    use crate::support::people::{add_contact, add_user, licence_with};
    use licensedesk::domain::OrganisationId;
    let (server, _admin) = crate::support::TestServer::with_admin();
    let example = licence_with(&server, "SEN-H1", |f| {
        f.product = "Jira Software".into();
        f.organisation = "Example Ltd".into();
        f.support_expiry = Some(in_days(3));
    });
    licence_with(&server, "SEN-H2", |f| {
        f.product = "Confluence".into();
        f.organisation = "Other Corp".into();
        f.support_expiry = Some(in_days(20));
    });
    let contact = add_user(&server, "contact@example.com");
    add_contact(&server, example, contact, "technical");
    let manager = add_user(&server, "manager@example.com");
    let ended = add_user(&server, "ended@example.com");
    let conn = server.db();
    let organisation = |name: &str| -> OrganisationId {
        conn.query_row(
            "SELECT id FROM organisations WHERE name = ?1",
            [name],
            |row| row.get(0),
        )
        .map(OrganisationId)
        .unwrap()
    };
    let other_corp = organisation("Other Corp");
    let now = store::unix_now();
    store::organisations::add_manager(&conn, other_corp, manager, "tests", now).unwrap();
    for organisation in [organisation("Example Ltd"), other_corp] {
        store::organisations::grant(
            &conn,
            organisation,
            ended,
            true,
            "tests",
            now - 7200,
            now - 60,
        )
        .unwrap();
    }
    let admin: i64 = conn
        .query_row(
            "SELECT id FROM accounts WHERE email = ?1",
            [crate::support::ADMIN_EMAIL],
            |row| row.get(0),
        )
        .unwrap();
    Portal {
        server,
        contact,
        manager,
        ended,
        admin: licensedesk::domain::AccountId(admin),
        other_corp,
    }
}

#[test]
fn over_http_the_portal_checks_what_the_token_reaches_and_prints_as_the_local_check() {
    use crate::support::api::token;
    use licensedesk::domain::api_token::TokenScope;
    let p = portal();
    let base = p.server.base.clone();
    // The contact sees Example Ltd's licence only.
    let contact = token(&p.server, p.contact, TokenScope::Read, None);
    let (code, remote) = check_over_http(&base, &contact, &[]);
    assert_eq!(code, 2, "{remote}");
    assert!(
        remote.contains("SEN-H1") && !remote.contains("SEN-H2"),
        "{remote}"
    );
    assert_eq!(perfdata(remote.lines().next().unwrap())["licences"][0], "1");
    // The same words, perfdata and lines as the command line over the same licence.
    let (local_code, local) = check(p.server.data.path(), &["--sen", "SEN-H1"]);
    assert_eq!((code, remote.as_str()), (local_code, local.as_str()));
    // Thresholds and filters travel: with critical at 2 days, 3 days left is a warning.
    let (code, out) = check_over_http(&base, &contact, &["--critical", "2", "--sen", "SEN-H1"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        perfdata(out.lines().next().unwrap())["soonest_days"][2] == "2:",
        "{out}"
    );
    // Another organisation's licence is unknown to the contact, as one that does not exist.
    let (code, out) = check_over_http(&base, &contact, &["--sen", "SEN-H2"]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("no licence has the SEN SEN-H2"), "{out}");
    let (code, out) = check_over_http(&base, &contact, &["--organisation", "Other Corp"]);
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("no organisation is named or numbered"),
        "{out}"
    );

    // The manager of Other Corp: its licence, 20 days left.
    let manager = token(&p.server, p.manager, TokenScope::Read, None);
    let (code, out) = check_over_http(&base, &manager, &["--organisation", "other corp"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("SEN-H2") && !out.contains("SEN-H1"), "{out}");
    // A consultant whose access ended sees nothing at all.
    let ended = token(&p.server, p.ended, TokenScope::Read, None);
    let (code, out) = check_over_http(&base, &ended, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("| licences=0;"), "{out}");
    // An administrator sees both; narrowed to Other Corp, only its licence.
    let admin = token(&p.server, p.admin, TokenScope::Read, None);
    let (code, out) = check_over_http(&base, &admin, &["--json"]);
    assert_eq!(code, 2, "{out}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["perfdata"]["licences"], 2);
    assert_eq!(doc["licences"][0]["sen"], "SEN-H1");
    assert_eq!(doc["licences"][1]["sen"], "SEN-H2");
    let narrowed = token(&p.server, p.admin, TokenScope::Read, Some(p.other_corp));
    let (code, out) = check_over_http(&base, &narrowed, &[]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("SEN-H2") && !out.contains("SEN-H1"), "{out}");
    let (code, out) = check_over_http(&base, &narrowed, &["--organisation", "Example Ltd"]);
    assert_eq!(code, 3, "{out}");
}

#[test]
fn over_http_a_refused_token_or_a_page_that_is_no_check_is_unknown() {
    use crate::support::api::{expired_token, revoked_token};
    let p = portal();
    let base = p.server.base.clone();
    // Each says why, in the portal's words.
    for (token, why) in [
        ("ldpat_not-a-real-token".to_owned(), "not one of ours"),
        (expired_token(&p.server, p.contact), "expired on"),
        (revoked_token(&p.server, p.contact), "was revoked"),
    ] {
        let (code, out) = check_over_http(&base, &token, &[]);
        assert_eq!(code, 3, "{out}");
        assert!(
            out.starts_with("LICENSEDESK UNKNOWN - the token was refused (401): "),
            "{out}"
        );
        assert!(out.contains(why), "{out}");
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(!out.contains(&token), "the token is never printed: {out}");
    }
    // The address of something that is not a portal's API.
    let (code, out) = check_over_http(&format!("{base}/healthz"), "ldpat_x", &[]);
    assert_eq!(code, 3, "{out}");
    assert!(out.starts_with("LICENSEDESK UNKNOWN - "), "{out}");
}

#[test]
fn the_api_refuses_thresholds_and_sens_it_cannot_use_with_the_field_named() {
    use crate::support::api::{Api, token};
    use licensedesk::domain::api_token::TokenScope;
    let p = portal();
    let api = Api::new(
        &p.server,
        Some(&token(&p.server, p.admin, TokenScope::Read, None)),
    );
    for (query, field, says) in [
        ("days=abc", "days", "whole number of days"),
        ("critical=-1", "critical", "whole number of days"),
        (
            "days=5&critical=10",
            "critical",
            "must not be more than --days",
        ),
        ("sen=hello", "sen", "is not a SEN"),
        ("organisation=Nobody", "organisation", "no organisation"),
    ] {
        let answer = api.get(&format!("/api/v1/check?{query}"));
        answer.problem(422);
        let errors = answer.json()["errors"].clone();
        assert_eq!(errors[0]["field"], field, "{query}: {errors}");
        assert!(
            errors[0]["detail"].as_str().unwrap().contains(says),
            "{query}: {errors}"
        );
    }
    let answer = api.get("/api/v1/check");
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.header("content-type"), Some("application/json"));
    assert_eq!(answer.json()["status"], "CRITICAL");
    Api::new(&p.server, None).get("/api/v1/check").problem(401);
}

#[test]
fn the_check_reads_a_database_and_never_changes_it() {
    // A database of an older licensedesk is neither upgraded nor read: that is its server's
    // to do, and a check on the monitoring host must not do it under it.
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join(store::DATABASE_FILE);
    {
        let mut conn = rusqlite::Connection::open(&file).unwrap();
        store::migrate_to(&mut conn, 12).unwrap();
    }
    let before = std::fs::read(&file).unwrap();
    let (code, out) = check(data.path(), &[]);
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("schema version 12"), "{out}");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the database changed"
    );
    let version: i64 = rusqlite::Connection::open(&file)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 12);
}
