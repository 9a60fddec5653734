//! The lifecycle tables as people meet them: the cut-off dates a licence page shows, the
//! upgrade-eligibility answer on the page and from `licensedesk eligible`, and an
//! administrator replacing a table (on the admin page and with `licensedesk lifecycle`), with
//! bad files refused whole and nothing changed.

use std::path::Path;

use jiff::civil::date;
use licensedesk::domain::{Deployment, LicenceFields, LicenceId, LicenceKind};
use licensedesk::store::{self, licences};

use crate::cli::run;
use crate::support::TestServer;
use crate::support::encoder;
use crate::support::people::{add_user, licence_with, signed_in};

/// A Confluence Data Center licence whose support and licence end on 2024-02-01.
fn data_center(fields: &mut LicenceFields) {
    fields.product = "Confluence".into();
    fields.name = "Confluence (Data Center) 500 Users: Commercial License".into();
    fields.deployment = Deployment::DataCenter;
    fields.kind = LicenceKind::DataCenter;
    fields.support_expiry = Some(date(2024, 2, 1));
    fields.licence_expiry = Some(date(2024, 2, 1));
}

/// The text of the page's textarea of this name, as the browser would send it.
fn textarea(body: &str, name: &str) -> String {
    let at = body
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no textarea {name}:\n{body}"));
    let start = at + body[at..].find('>').expect("tag end") + 1;
    let end = start + body[start..].find("</textarea>").expect("textarea end");
    crate::support::html_unescape(&body[start..end])
}

fn ask(product: &str, version: &str, id: LicenceId) -> String {
    format!("/licences/{id}/eligibility?product={product}&version={version}")
}

#[test]
fn a_data_center_licence_page_shows_its_cutoffs_and_answers_eligibility_with_its_dates() {
    let (server, mut admin) = TestServer::with_admin();
    let id = licence_with(&server, "SEN-LC-1", data_center);

    let page = admin.get(&format!("/licences/{id}"));
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(
        text.contains(
            "Data Center reaches its end of life on 2029-03-28: a renewal past 2029-03-28 is \
             not possible."
        ),
        "{text}"
    );
    assert!(
        text.contains("Data Center purchases and user tier changes are possible until 2028-03-30"),
        "{text}"
    );
    assert!(text.contains("Source: Atlassian partners"), "{text}");
    assert!(!text.contains("Server support ended"), "{text}");
    // The form chooses the licence's own product.
    assert!(
        page.body
            .contains(r#"<option value="confluence" selected>Confluence</option>"#),
        "{}",
        page.body
    );

    // Released before the support expiry (July 2023): eligible, and the licence expiry is
    // named, after which a Data Center product is read-only.
    let yes = admin.get(&ask("confluence", "8.5", id));
    assert_eq!(yes.status, 200);
    let yes = yes.text();
    assert!(yes.contains("Eligible"), "{yes}");
    assert!(
        yes.contains("Confluence 8.5, released on 2023-07, accepts this licence"),
        "{yes}"
    );
    assert!(
        yes.contains(
            "The licence ends on 2024-02-01: after that date the product becomes read-only"
        ),
        "{yes}"
    );

    // Released after it (July 2024): not eligible, with the date that decides it.
    let no = admin.get(&ask("confluence", "9.0.0", id)).text();
    assert!(no.contains("Not eligible"), "{no}");
    assert!(
        no.contains(
            "Confluence 9.0, released on 2024-07, will not accept this licence: versions \
             released after 2024-02-01, the support expiry, will not accept it."
        ),
        "{no}"
    );

    // A product the licence does not cover: no version of it accepts the licence.
    let jira = admin.get(&ask("jira-software", "9.12", id)).text();
    assert!(
        jira.contains("Not eligible")
            && jira.contains(
                "This licence does not cover Jira Software: it is a licence for Confluence"
            ),
        "{jira}"
    );

    // A version the table does not know: said so, with the nearest ones it knows.
    let unknown = admin.get(&ask("confluence", "8.55", id)).text();
    assert!(unknown.contains("Cannot tell"), "{unknown}");
    assert!(
        unknown.contains("The release table does not know Confluence 8.55."),
        "{unknown}"
    );
    assert!(unknown.contains("Versions it knows nearby: "), "{unknown}");

    // A question that cannot be asked is a 400 with the reason beside the form.
    let bad_version = admin.get(&ask("confluence", "nine", id));
    assert_eq!(bad_version.status, 400);
    assert!(
        bad_version
            .text()
            .contains("“nine” is not a version: write it as 9.12 or 9.12.3."),
        "{}",
        bad_version.text()
    );
    let bad_product = admin.get(&ask("jira", "9.12", id));
    assert_eq!(bad_product.status, 400);
    assert!(
        bad_product
            .text()
            .contains("The release table has no product “jira”"),
        "{}",
        bad_product.text()
    );
}

#[test]
fn a_server_licence_shows_the_end_of_server_support_and_fisheye_is_excepted() {
    let (server, mut admin) = TestServer::with_admin();
    let jira = licence_with(&server, "SEN-LC-2", |f| {
        f.support_expiry = Some(date(2023, 10, 15));
    });
    let page = admin.get(&format!("/licences/{jira}")).text();
    assert!(
        page.contains("Server support ended on 2024-02-15"),
        "{page}"
    );
    assert!(!page.contains("Data Center reaches"), "{page}");
    // Released in the month of the support expiry: the table knows only the month.
    let jira_912 = admin.get(&ask("jira-software", "9.12", jira)).text();
    assert!(jira_912.contains("Cannot tell"), "{jira_912}");
    assert!(
        jira_912.contains("the release table does not know the day"),
        "{jira_912}"
    );

    let fisheye = licence_with(&server, "SEN-LC-3", |f| {
        f.product = "Fisheye".into();
        f.name = "Fisheye (Server) 10 Users: Commercial License".into();
    });
    let page = admin.get(&format!("/licences/{fisheye}")).text();
    assert!(!page.contains("Server support ended"), "{page}");
}

#[test]
fn someone_else_s_licence_answers_no_eligibility_question() {
    let server = TestServer::start();
    let _admin = server.setup_admin();
    let id = licence_with(&server, "SEN-LC-4", data_center);
    add_user(&server, "stranger@example.com");
    let mut stranger = signed_in(&server, "stranger@example.com");
    assert_eq!(stranger.get(&ask("confluence", "8.5", id)).status, 404);
    assert_eq!(stranger.get("/admin/lifecycle").status, 404);
    assert_eq!(
        stranger.get("/admin/lifecycle/cutoffs/download").status,
        404
    );
    let (content_type, body) = crate::support::multipart(
        &[("csrf", "x")],
        &[(
            "file",
            "cutoffs.csv",
            b"event,applies_to,except,date,source_url,reported_by\n",
        )],
    );
    assert_eq!(
        stranger
            .post_bytes("/admin/lifecycle/cutoffs/preview", &content_type, &body)
            .status,
        404
    );
    assert_eq!(
        stranger
            .post("/admin/lifecycle/cutoffs/confirm", &[("content", "x")])
            .status,
        404
    );
    assert_eq!(server.count("SELECT count(*) FROM lifecycle_files"), 0);
}

const NEW_CUTOFFS: &str = "\
event,applies_to,except,date,source_url,reported_by
server-support-end,server,fisheye-crucible,2024-02-15,https://www.atlassian.com/migration/assess/journey-to-cloud,Atlassian
dc-end-of-life,data-center,,2030-06-30,https://partner.example/dc-eol,A partner
";

#[test]
fn an_admin_replaces_the_cutoffs_after_a_preview_and_the_licence_page_shows_the_new_date() {
    let (server, mut admin) = TestServer::with_admin();
    let id = licence_with(&server, "SEN-LC-5", data_center);

    let page = admin.get("/admin/lifecycle");
    assert_eq!(page.status, 200);
    assert!(
        page.text()
            .contains("In use: the table shipped with licensedesk, 4 rows."),
        "{}",
        page.text()
    );
    let csrf = page.csrf();

    // The preview changes nothing and shows each row that changes.
    let (content_type, body) = crate::support::multipart(
        &[("csrf", &csrf)],
        &[("file", "cutoffs.csv", NEW_CUTOFFS.as_bytes())],
    );
    let preview = admin.post_bytes("/admin/lifecycle/cutoffs/preview", &content_type, &body);
    assert_eq!(preview.status, 200, "{}", preview.text());
    let shown = preview.text();
    assert!(shown.contains("Replace the cut-off dates?"), "{shown}");
    assert!(
        shown.contains("The table in use has 4 rows, the file 2; 3 rows change."),
        "{shown}"
    );
    assert!(shown.contains("2030-06-30"), "{shown}");
    assert_eq!(server.count("SELECT count(*) FROM lifecycle_files"), 0);

    // Confirmed: kept, audited, and the licence page says the new date.
    let content = textarea(&preview.body, "content");
    let confirmed = admin.post(
        "/admin/lifecycle/cutoffs/confirm",
        &[("csrf", &csrf), ("content", &content)],
    );
    assert_eq!(confirmed.status, 200, "{}", confirmed.text());
    assert!(
        confirmed
            .text()
            .contains("The cut-off dates were replaced."),
        "{}",
        confirmed.text()
    );
    assert!(
        confirmed
            .text()
            .contains("In use: imported by admin@example.com"),
        "{}",
        confirmed.text()
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'lifecycle-file-replaced' \
             AND detail = 'cutoffs'"
        ),
        1
    );
    let licence = admin.get(&format!("/licences/{id}")).text();
    assert!(
        licence.contains("a renewal past 2030-06-30 is not possible"),
        "{licence}"
    );
    assert!(!licence.contains("2029-03-28"), "{licence}");
    let download = admin.get("/admin/lifecycle/cutoffs/download");
    assert_eq!(download.status, 200);
    assert_eq!(download.body, NEW_CUTOFFS);

    // Back to the shipped table.
    let reset = admin.post("/admin/lifecycle/cutoffs/reset", &[("csrf", &csrf)]);
    assert_eq!(reset.status, 200);
    assert!(
        reset
            .text()
            .contains("The shipped cut-off dates are in use again.")
    );
    let licence = admin.get(&format!("/licences/{id}")).text();
    assert!(licence.contains("a renewal past 2029-03-28"), "{licence}");
}

#[test]
fn a_bad_upload_is_refused_with_its_line_and_changes_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let csrf = admin.get("/admin/lifecycle").csrf();
    let upload = |admin: &mut crate::support::Client, file: &str, text: &[u8]| {
        let (content_type, body) =
            crate::support::multipart(&[("csrf", &csrf)], &[("file", "upload.csv", text)]);
        admin.post_bytes(
            &format!("/admin/lifecycle/{file}/preview"),
            &content_type,
            &body,
        )
    };
    let bad_date = "event,applies_to,except,date,source_url,reported_by\n\
                    server-support-end,server,,2024-02-15,https://x.example,A\n\
                    dc-end-of-life,data-center,,28.03.2029,https://x.example,A\n";
    let refused = upload(&mut admin, "cutoffs", bad_date.as_bytes());
    assert_eq!(refused.status, 422);
    assert!(
        refused.text().contains(
            "Line 3: The field date is not a date written YYYY-MM-DD (a release date may be \
             YYYY-MM)."
        ),
        "{}",
        refused.text()
    );
    let unknown_product = "product,version,release_date,source_url\n\
                           jira,9.12,2023-11,https://x.example\n";
    let refused = upload(&mut admin, "releases", unknown_product.as_bytes());
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("Line 2: “jira” is not a product of the release table"),
        "{}",
        refused.text()
    );
    let wrong_header = upload(&mut admin, "releases", NEW_CUTOFFS.as_bytes());
    assert_eq!(wrong_header.status, 422);
    assert!(
        wrong_header.text().contains(
            "Line 1: The first line must be the header product,version,release_date,source_url."
        ),
        "{}",
        wrong_header.text()
    );
    let binary = upload(&mut admin, "releases", &[0xff, 0xfe, 0x00]);
    assert_eq!(binary.status, 422);
    assert!(binary.text().contains("The file is not UTF-8 text."));
    // A confirmation of a text changed since its preview is checked again.
    let forged = admin.post(
        "/admin/lifecycle/cutoffs/confirm",
        &[("csrf", &csrf), ("content", bad_date)],
    );
    assert_eq!(forged.status, 422);
    // Without the CSRF token nothing is even read.
    let no_token = admin.post(
        "/admin/lifecycle/cutoffs/confirm",
        &[("content", NEW_CUTOFFS)],
    );
    assert_eq!(no_token.status, 403);
    assert_eq!(server.count("SELECT count(*) FROM lifecycle_files"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action LIKE 'lifecycle-%'"),
        0
    );
}

/// A data directory with a Confluence Data Center licence (support until 2024-02-01).
fn seeded() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let conn = store::open(&data.path().join(store::DATABASE_FILE)).unwrap();
    let mut fields = LicenceFields::sample("SEN-LC-9");
    data_center(&mut fields);
    licences::insert(&conn, &fields, 1_700_000_000).unwrap();
    data
}

fn eligible(data: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["eligible", "--data-dir", data.to_str().unwrap()];
    all.extend_from_slice(args);
    run(&all, None)
}

#[test]
fn eligible_answers_by_sen_with_exit_codes_and_json() {
    let data = seeded();
    let (code, out, err) = eligible(data.path(), &["SEN-LC-9", "confluence", "8.5"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.starts_with("Confluence 8.5: Eligible\n"), "{out}");
    assert!(out.contains("The licence ends on 2024-02-01"), "{out}");
    assert!(out.contains("Release notes: https://"), "{out}");

    let (code, out, err) = eligible(data.path(), &["sen-lc-9", "confluence", "9.0"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Confluence 9.0: Not eligible"), "{out}");
    assert!(
        out.contains("versions released after 2024-02-01, the support expiry"),
        "{out}"
    );

    let (code, out, _) = eligible(data.path(), &["SEN-LC-9", "confluence", "9.0", "--json"]);
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["eligible"], false);
    assert_eq!(json["licence"]["sen"], "SEN-LC-9");
    assert_eq!(json["licence"]["kind"], "data-center");
    assert_eq!(json["licence"]["support_expiry"], "2024-02-01");
    assert_eq!(json["answer"]["answer"], "not-eligible");
    assert_eq!(json["answer"]["release"]["version"], "9.0");
    assert_eq!(json["answer"]["release"]["date"], "2024-07");
    assert_eq!(json["answer"]["support_expiry"], "2024-02-01");

    let (code, out, _) = eligible(data.path(), &["SEN-LC-9", "confluence", "8.55", "--json"]);
    assert_eq!(code, 2);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["eligible"], serde_json::Value::Null);
    assert_eq!(json["answer"]["answer"], "unknown-version");
    assert!(!json["answer"]["nearest"].as_array().unwrap().is_empty());

    // A Confluence licence asked about Jira: no version of Jira accepts it.
    let (code, out, err) = eligible(data.path(), &["SEN-LC-9", "jira-software", "9.12"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Jira Software 9.12: Not eligible"), "{out}");
    assert!(
        out.contains("This licence does not cover Jira Software: it is a licence for Confluence"),
        "{out}"
    );
    // A bug-fix release of a feature release made after the support expiry came later still.
    let (code, out, err) = eligible(data.path(), &["SEN-LC-9", "confluence", "9.0.3"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Confluence 9.0.3: Not eligible"), "{out}");
    assert!(
        out.contains("Confluence 9.0, released on 2024-07, will not accept this licence"),
        "{out}"
    );
    // One of a feature release made before it may have come out after it: cannot tell.
    let (code, out, err) = eligible(data.path(), &["SEN-LC-9", "confluence", "8.5.4"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        out.contains("the bug-fix release 8.5.4 came out later"),
        "{out}"
    );

    let (code, _, err) = eligible(data.path(), &["SEN-LC-9", "jira", "9.12"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("The release table has no product “jira”"),
        "{err}"
    );
    let (code, _, err) = eligible(data.path(), &["SEN-NONE", "confluence", "8.5"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("There is no licence with SEN SEN-NONE on record."),
        "{err}"
    );
    let (code, out, _) = eligible(data.path(), &["SEN-LC-9", "confluence", "x.y", "--json"]);
    assert_eq!(code, 2);
    assert!(out.contains("\"error\""), "{out}");

    // In the reader's language.
    let mut german = crate::cli::binary();
    german.env("LANG", "de_DE.UTF-8").args([
        "eligible",
        "--data-dir",
        data.path().to_str().unwrap(),
        "SEN-LC-9",
        "confluence",
        "9.0",
    ]);
    let out = german.output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("Confluence 9.0: Nicht berechtigt"), "{out}");
    assert!(out.contains("07.2024"), "{out}");
}

#[test]
fn eligible_answers_for_a_pasted_key_by_its_own_dates_and_kind() {
    let data = tempfile::tempdir().unwrap();
    let key = encoder::test_key(
        "SEN-LC-KEY",
        "conf",
        &[
            ("Description", "Confluence (Data Center): Commercial"),
            ("conf.DataCenter", "true"),
            ("MaintenanceExpiryDate", "2025-01-15"),
        ],
    );
    let (code, out, err) = eligible(data.path(), &[&key, "confluence", "9.2", "--json"]);
    assert_eq!(code, 0, "{out}{err}");
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["licence"]["kind"], "data-center");
    assert_eq!(json["licence"]["support_expiry"], "2025-01-15");
    assert_eq!(json["eligible"], true);
    let (code, out, _) = eligible(data.path(), &[&key, "confluence", "9.3"]);
    assert_eq!(code, 1, "{out}");
    // A test licence gets its own wording.
    let test = encoder::test_key(
        "SEN-500",
        "conf",
        &[("Description", "Test license for plugin developers")],
    );
    let (code, out, _) = eligible(data.path(), &[&test, "confluence", "9.3"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("This is a test licence"), "{out}");
    let (code, _, err) = eligible(data.path(), &["not a key", "confluence", "9.3"]);
    assert_eq!(code, 2);
    assert!(err.contains("is neither a SEN on record"), "{err}");
}

#[test]
fn lifecycle_import_refuses_a_bad_file_whole_and_export_gives_back_what_is_in_use() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().to_str().unwrap();
    let bad = data.path().join("bad.csv");
    std::fs::write(
        &bad,
        "product,version,release_date,source_url\n\
         confluence,9.0,2024-07,https://x.example\n\
         confluence,nine,2024-07,https://x.example\n",
    )
    .unwrap();
    let (code, out, err) = run(
        &[
            "lifecycle",
            "import",
            "releases",
            bad.to_str().unwrap(),
            "--data-dir",
            dir,
        ],
        None,
    );
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        err.contains("was refused, nothing was changed: Line 3: “nine” is not a version"),
        "{err}"
    );
    let (code, shipped, _) = run(
        &["lifecycle", "export", "releases", "--data-dir", dir],
        None,
    );
    assert_eq!(code, 0);
    assert!(shipped.contains("product,version,release_date,source_url\n"));
    assert!(shipped.contains("confluence,8.5,"), "{shipped}");

    let good = data.path().join("cutoffs.csv");
    std::fs::write(&good, NEW_CUTOFFS).unwrap();
    let (code, out, _) = run(
        &[
            "lifecycle",
            "import",
            "cutoffs",
            good.to_str().unwrap(),
            "--dry-run",
            "--data-dir",
            dir,
        ],
        None,
    );
    assert_eq!(code, 0);
    assert!(out.contains("nothing was changed (--dry-run)"), "{out}");
    assert!(out.contains("~ dc-end-of-life: 2029-03-28"), "{out}");
    let (code, out, _) = run(
        &[
            "lifecycle",
            "import",
            "cutoffs",
            good.to_str().unwrap(),
            "--data-dir",
            dir,
        ],
        None,
    );
    assert_eq!(code, 0);
    assert!(
        out.contains("Imported the cut-off dates: 2 rows, 3 changes."),
        "{out}"
    );
    let (_, exported, _) = run(&["lifecycle", "export", "cutoffs", "--data-dir", dir], None);
    assert_eq!(exported, NEW_CUTOFFS);
    let conn = store::open(&data.path().join(store::DATABASE_FILE)).unwrap();
    let actor: String = conn
        .query_row(
            "SELECT actor_label FROM audit_log WHERE action = 'lifecycle-file-replaced'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(actor, "command line");
    let (code, out, _) = run(&["lifecycle", "reset", "cutoffs", "--data-dir", dir], None);
    assert_eq!(code, 0);
    assert!(
        out.contains("The shipped cut-off dates are in use again."),
        "{out}"
    );
    let (_, out, _) = run(&["lifecycle", "reset", "cutoffs", "--data-dir", dir], None);
    assert!(out.contains("already in use"), "{out}");
}
