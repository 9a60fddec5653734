//! App (Marketplace) licences: imported beside their host they are linked to it when the host
//! is beyond doubt, linked by hand otherwise (confirmed, audited, never across organisations or
//! to a licence the user may not see), listed on the host's page with their findings, and the
//! link travels in the exports.

use crate::support::encoder::test_key;
use crate::support::people::{PASSWORD, add_contact, add_user};
use crate::support::{Client, TestServer};

/// A Confluence Data Center licence for 500 users, support to 2026-05-01.
fn confluence_dc(sen: &str) -> String {
    test_key(
        sen,
        "conf",
        &[
            ("conf.DataCenter", "true"),
            ("MaintenanceExpiryDate", "2026-05-01"),
            ("LicenseExpiryDate", "2026-05-01"),
        ],
    )
}

/// draw.io for Confluence, a Server app licence for 100 users started 2024-01-15, support to
/// 2025-05-01: below its host's tier, refused on a Data Center host, support ending first.
fn drawio_server(sen: &str) -> String {
    test_key(
        sen,
        "com.mxgraph.confluence.plugins.diagramly",
        &[
            ("NumberOfUsers", "100"),
            ("MaintenanceExpiryDate", "2025-05-01"),
            ("LicenseExpiryDate", "2025-05-01"),
        ],
    )
}

/// draw.io for Confluence as a Data Center app licence that fits the host above.
fn drawio_fitting(sen: &str) -> String {
    test_key(
        sen,
        "com.mxgraph.confluence.plugins.diagramly",
        &[
            (
                "com.mxgraph.confluence.plugins.diagramly.DataCenter",
                "true",
            ),
            ("NumberOfUsers", "500"),
            ("MaintenanceExpiryDate", "2026-05-01"),
            ("LicenseExpiryDate", "2026-05-01"),
        ],
    )
}

/// Imports keys through the import page (preview, then confirmation), allowing test-signed keys.
fn import(client: &mut Client, keys: &[String]) {
    let csrf = client.get("/import").csrf();
    let pasted = keys.join("\n\n");
    let preview = client.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", &pasted),
            ("allow_unverified", "on"),
        ],
        &[],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    let token = preview
        .field_value("preview")
        .expect("a preview to confirm");
    let done = client.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(done.status, 200, "{}", done.text());
}

fn id_of(server: &TestServer, sen: &str) -> i64 {
    server
        .db()
        .query_row("SELECT id FROM licences WHERE sen = ?1", [sen], |r| {
            r.get(0)
        })
        .unwrap()
}

fn host_of(server: &TestServer, sen: &str) -> Option<i64> {
    server
        .db()
        .query_row(
            "SELECT host_licence_id FROM licences WHERE sen = ?1",
            [sen],
            |r| r.get(0),
        )
        .unwrap()
}

fn links_audited(server: &TestServer) -> i64 {
    server.count("SELECT count(*) FROM audit_log WHERE action = 'app-licence-linked'")
}

/// Sets a licence's organisation directly (test keys all name the same one).
fn set_organisation(server: &TestServer, sen: &str, organisation: &str) {
    server
        .db()
        .execute(
            "UPDATE licences SET organisation = ?2 WHERE sen = ?1",
            [sen, organisation],
        )
        .unwrap();
}

#[test]
fn an_app_imported_beside_its_only_host_is_linked_and_both_pages_show_the_findings() {
    let (server, mut admin) = TestServer::with_admin();
    // The app comes first in the paste: the link is made once both are in.
    import(
        &mut admin,
        &[drawio_server("SEN-APP-1"), confluence_dc("SEN-HOST-1")],
    );
    let (host, app) = (id_of(&server, "SEN-HOST-1"), id_of(&server, "SEN-APP-1"));
    assert_eq!(host_of(&server, "SEN-APP-1"), Some(host));
    assert_eq!(host_of(&server, "SEN-HOST-1"), None);
    assert_eq!(links_audited(&server), 1);

    let host_page = admin.get(&format!("/licences/{host}"));
    assert_eq!(host_page.status, 200);
    let text = host_page.text();
    assert!(text.contains("Apps on this licence"), "{text}");
    assert!(text.contains("SEN-APP-1"), "{text}");
    assert!(text.contains("100 Users"), "{text}");
    assert!(
        host_page
            .body
            .contains(&format!("href=\"/licences/{app}\"")),
        "{}",
        host_page.body
    );
    for finding in [
        "The app's user tier (100 Users) is below the host's (500 Users)",
        "A Server app licence on a Data Center host: a Server app licence started on or after 2019-09-03 is refused there, and this one started on 2024-01-15.",
        "The app's support ends on 2025-05-01, before the host's on 2026-05-01.",
    ] {
        assert!(text.contains(finding), "{finding} missing in {text}");
    }

    let app_page = admin.get(&format!("/licences/{app}"));
    assert_eq!(app_page.status, 200);
    let text = app_page.text();
    assert!(
        text.contains("This is an app (Marketplace) licence"),
        "{text}"
    );
    assert!(text.contains("Host product Confluence"), "{text}");
    assert!(
        app_page
            .body
            .contains(&format!("id=\"host-link\" href=\"/licences/{host}\"")),
        "{}",
        app_page.body
    );
    assert!(text.contains("SEN-HOST-1"), "{text}");
    assert!(text.contains("is below the host's (500 Users)"), "{text}");
}

#[test]
fn an_app_that_fits_its_host_has_no_findings() {
    let (server, mut admin) = TestServer::with_admin();
    import(
        &mut admin,
        &[confluence_dc("SEN-HOST-2"), drawio_fitting("SEN-APP-2")],
    );
    let host = id_of(&server, "SEN-HOST-2");
    assert_eq!(host_of(&server, "SEN-APP-2"), Some(host));
    let text = admin.get(&format!("/licences/{host}")).text();
    assert!(text.contains("SEN-APP-2"), "{text}");
    assert!(text.contains("No findings"), "{text}");
    assert!(!text.contains("is below the host's"), "{text}");
    assert!(!text.contains("refused there"), "{text}");
}

#[test]
fn two_possible_hosts_leave_the_app_unlinked_until_someone_chooses_and_confirms() {
    let (server, mut admin) = TestServer::with_admin();
    import(
        &mut admin,
        &[
            confluence_dc("SEN-HOST-3"),
            confluence_dc("SEN-HOST-4"),
            drawio_fitting("SEN-APP-3"),
        ],
    );
    assert_eq!(host_of(&server, "SEN-APP-3"), None, "never a guess");
    assert_eq!(links_audited(&server), 0);
    let (app, chosen) = (id_of(&server, "SEN-APP-3"), id_of(&server, "SEN-HOST-4"));
    let page = admin.get(&format!("/licences/{app}"));
    assert!(page.text().contains("Not linked to a host licence yet."));
    assert!(page.body.contains(&format!("option value=\"{chosen}\"")));
    let csrf = page.csrf();
    let path = format!("/licences/{app}/host");

    // Choosing shows a confirmation naming both, and changes nothing yet.
    let confirm = admin.post(&path, &[("csrf", &csrf), ("host", &chosen.to_string())]);
    assert_eq!(confirm.status, 200);
    assert!(
        confirm.text().contains("to the host licence")
            && confirm.text().contains("SEN-HOST-4")
            && confirm.text().contains("SEN-APP-3"),
        "{}",
        confirm.text()
    );
    assert_eq!(host_of(&server, "SEN-APP-3"), None);

    // Without the CSRF token: refused.
    let refused = admin.post(&path, &[("host", &chosen.to_string()), ("confirm", "yes")]);
    assert_eq!(refused.status, 403);
    assert_eq!(host_of(&server, "SEN-APP-3"), None);

    let done = admin.post(
        &path,
        &[
            ("csrf", &csrf),
            ("host", &chosen.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(host_of(&server, "SEN-APP-3"), Some(chosen));
    assert_eq!(links_audited(&server), 1);
    let page = admin.get(&format!("/licences/{app}"));
    assert!(page.text().contains("The app licence's host was saved."));
    let other = id_of(&server, "SEN-HOST-3");
    assert!(
        !admin
            .get(&format!("/licences/{other}"))
            .text()
            .contains("SEN-APP-3")
    );
    assert!(
        admin
            .get(&format!("/licences/{chosen}"))
            .text()
            .contains("SEN-APP-3")
    );

    // Unlinking goes through the same confirmation.
    let done = admin.post(
        &path,
        &[("csrf", &csrf), ("host", "none"), ("confirm", "yes")],
    );
    assert_eq!(done.status, 303);
    assert_eq!(host_of(&server, "SEN-APP-3"), None);
    assert_eq!(links_audited(&server), 2);
}

#[test]
fn a_host_of_another_organisation_is_never_linked_nor_offered() {
    let (server, mut admin) = TestServer::with_admin();
    import(&mut admin, &[confluence_dc("SEN-HOST-5")]);
    set_organisation(&server, "SEN-HOST-5", "Other Corp");
    import(&mut admin, &[drawio_fitting("SEN-APP-5")]);
    assert_eq!(host_of(&server, "SEN-APP-5"), None);
    let (app, host) = (id_of(&server, "SEN-APP-5"), id_of(&server, "SEN-HOST-5"));
    let page = admin.get(&format!("/licences/{app}"));
    assert!(
        page.text()
            .contains("No host licence of the same organisation that you can see."),
        "{}",
        page.text()
    );
    let csrf = page.csrf();
    let path = format!("/licences/{app}/host");
    let refused = admin.post(
        &path,
        &[
            ("csrf", &csrf),
            ("host", &host.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(refused.status, 400);
    assert!(
        refused.text().contains("cannot be this app's host"),
        "{}",
        refused.text()
    );
    assert_eq!(host_of(&server, "SEN-APP-5"), None);
    assert_eq!(links_audited(&server), 0);
}

#[test]
fn bad_links_are_refused_and_change_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    import(
        &mut admin,
        &[
            confluence_dc("SEN-HOST-6"),
            drawio_fitting("SEN-APP-6"),
            drawio_fitting("SEN-APP-7"),
        ],
    );
    let host = id_of(&server, "SEN-HOST-6");
    let (app, other_app) = (id_of(&server, "SEN-APP-6"), id_of(&server, "SEN-APP-7"));
    assert_eq!(host_of(&server, "SEN-APP-6"), Some(host));
    let csrf = admin.get(&format!("/licences/{app}")).csrf();
    let path = format!("/licences/{app}/host");
    let before = links_audited(&server);
    for (what, chosen, status) in [
        ("not a number", "abc".to_owned(), 400),
        ("nothing", String::new(), 400),
        ("another app licence", other_app.to_string(), 400),
        ("itself", app.to_string(), 400),
        ("no such licence", "999999".to_owned(), 404),
    ] {
        let r = admin.post(
            &path,
            &[("csrf", &csrf), ("host", &chosen), ("confirm", "yes")],
        );
        assert_eq!(r.status, status, "{what}: {}", r.text());
        assert_eq!(host_of(&server, "SEN-APP-6"), Some(host), "{what}");
    }
    // A host licence has no host of its own.
    let r = admin.post(
        &format!("/licences/{host}/host"),
        &[("csrf", &csrf), ("host", "none"), ("confirm", "yes")],
    );
    assert_eq!(r.status, 404);
    assert_eq!(links_audited(&server), before);
}

#[test]
fn a_user_who_cannot_see_the_host_or_the_app_gets_404_and_changes_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    import(
        &mut admin,
        &[
            confluence_dc("SEN-HOST-8"),
            confluence_dc("SEN-HOST-9"),
            drawio_fitting("SEN-APP-8"),
        ],
    );
    let app = id_of(&server, "SEN-APP-8");
    let (seen, unseen) = (id_of(&server, "SEN-HOST-8"), id_of(&server, "SEN-HOST-9"));
    // Ann is a contact of the app and of one host; Bob of nothing here.
    let ann = add_user(&server, "ann@example.com");
    add_contact(
        &server,
        licensedesk::domain::LicenceId(app),
        ann,
        "technical",
    );
    add_contact(
        &server,
        licensedesk::domain::LicenceId(seen),
        ann,
        "technical",
    );
    add_user(&server, "bob@example.com");

    let mut client = server.client();
    client.sign_in("ann@example.com", PASSWORD, false);
    let page = client.get(&format!("/licences/{app}"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&format!("option value=\"{seen}\"")));
    assert!(
        !page.body.contains(&format!("option value=\"{unseen}\"")),
        "a host Ann may not see is not offered"
    );
    let csrf = page.csrf();
    let path = format!("/licences/{app}/host");
    let r = client.post(
        &path,
        &[
            ("csrf", &csrf),
            ("host", &unseen.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(r.status, 404);
    assert_eq!(host_of(&server, "SEN-APP-8"), None);
    let r = client.post(
        &path,
        &[
            ("csrf", &csrf),
            ("host", &seen.to_string()),
            ("confirm", "yes"),
        ],
    );
    assert_eq!(r.status, 303);
    assert_eq!(host_of(&server, "SEN-APP-8"), Some(seen));

    let mut bob = server.client();
    bob.sign_in("bob@example.com", PASSWORD, false);
    assert_eq!(bob.get(&format!("/licences/{app}")).status, 404);
    let csrf = bob.get("/import").csrf();
    let r = bob.post(
        &path,
        &[("csrf", &csrf), ("host", "none"), ("confirm", "yes")],
    );
    assert_eq!(r.status, 404);
    assert_eq!(host_of(&server, "SEN-APP-8"), Some(seen));
    // Nor does the host's page list an app Bob may not see (he cannot see the host either).
    assert_eq!(bob.get(&format!("/licences/{seen}")).status, 404);
}

#[test]
fn a_contact_s_import_links_only_to_a_host_they_may_see() {
    let (server, mut admin) = TestServer::with_admin();
    import(&mut admin, &[confluence_dc("SEN-HOST-10")]);
    add_user(&server, "carol@example.com");
    let mut carol = server.client();
    carol.sign_in("carol@example.com", PASSWORD, false);
    import(&mut carol, &[drawio_fitting("SEN-APP-10")]);
    id_of(&server, "SEN-APP-10");
    assert_eq!(
        host_of(&server, "SEN-APP-10"),
        None,
        "the only host is not Carol's to see"
    );
}

#[test]
fn the_exports_carry_the_link_and_an_import_into_an_empty_database_keeps_it() {
    let (server, mut admin) = TestServer::with_admin();
    import(
        &mut admin,
        &[confluence_dc("SEN-HOST-11"), drawio_server("SEN-APP-11")],
    );
    assert!(host_of(&server, "SEN-APP-11").is_some());
    let json = admin.get("/export?format=json");
    assert_eq!(json.status, 200);
    assert!(
        json.body.contains("\"host_sen\": \"SEN-HOST-11\""),
        "{}",
        json.body
    );
    assert_eq!(
        json.body.matches("\"host_sen\"").count(),
        1,
        "only the app names a host"
    );
    let csv = admin.get("/export?format=csv");
    assert_eq!(csv.status, 200);
    let mut lines = csv.body.lines();
    assert!(lines.next().unwrap().ends_with(",kind,host_sen,notes"));
    let app_row = csv.body.lines().find(|l| l.contains("SEN-APP-11")).unwrap();
    assert!(app_row.ends_with(",app,SEN-HOST-11,"), "{app_row}");

    // Into an empty database: the host is found again by its SEN.
    let (fresh, mut fresh_admin) = TestServer::with_admin();
    let csrf = fresh_admin.get("/import").csrf();
    let preview = fresh_admin.post_multipart(
        "/import",
        &[("csrf", &csrf), ("allow_unverified", "on")],
        &[("files", "export.json", json.body.as_bytes())],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    let token = preview.field_value("preview").unwrap();
    let done = fresh_admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(done.status, 200, "{}", done.text());
    let host = id_of(&fresh, "SEN-HOST-11");
    assert_eq!(host_of(&fresh, "SEN-APP-11"), Some(host));
    let again = fresh_admin.get("/export?format=json");
    assert_eq!(again.body, json.body, "the export round-trips");

    // The CSV of the portal's own export reads back, its new column included.
    let csrf = fresh_admin.get("/import").csrf();
    let preview = fresh_admin.post_multipart(
        "/import",
        &[("csrf", &csrf), ("allow_unverified", "on")],
        &[("files", "sheet.csv", csv.body.as_bytes())],
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    assert!(
        !preview
            .text()
            .contains("not a sheet of the portal's export"),
        "{}",
        preview.text()
    );
}

#[test]
fn an_app_key_added_on_the_add_licence_page_is_linked_to_its_only_host() {
    let (server, mut admin) = TestServer::with_admin();
    import(&mut admin, &[confluence_dc("SEN-HOST-12")]);
    let csrf = admin.get("/licences/new").csrf();
    let added = admin.post(
        "/licences/new/key",
        &[
            ("csrf", &csrf),
            ("key", &drawio_server("SEN-APP-12")),
            ("accept_not_genuine", "on"),
        ],
    );
    assert_eq!(added.status, 303, "{}", added.text());
    assert_eq!(
        host_of(&server, "SEN-APP-12"),
        Some(id_of(&server, "SEN-HOST-12"))
    );
    assert_eq!(links_audited(&server), 1);
}
