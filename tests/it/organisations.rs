//! Organisations themselves: a licence joins the organisation its key names at import (however
//! the name is spelled), administrators create, rename and merge organisations and move a
//! licence to another one, a backup keeps where licences belong, and a manager sees only their
//! own organisations.

use licensedesk::domain::{LicenceId, OrganisationId};
use licensedesk::store::{self, organisations};

use crate::support::encoder::test_key;
use crate::support::people::{add_contact, add_user, licence_with, signed_in};
use crate::support::{Client, TestServer};

/// The organisation a licence belongs to, by name.
fn belongs_to(server: &TestServer, licence: LicenceId) -> Option<String> {
    server
        .db()
        .query_row(
            "SELECT o.name FROM licences l LEFT JOIN organisations o ON o.id = l.organisation_id \
             WHERE l.id = ?1",
            [licence.0],
            |row| row.get(0),
        )
        .unwrap()
}

fn licence_by_sen(server: &TestServer, sen: &str) -> LicenceId {
    server
        .db()
        .query_row("SELECT id FROM licences WHERE sen = ?1", [sen], |row| {
            row.get(0).map(LicenceId)
        })
        .unwrap()
}

fn organisation_named(server: &TestServer, name: &str) -> OrganisationId {
    organisations::named(&server.db(), name)
        .unwrap()
        .unwrap_or_else(|| panic!("no organisation {name}"))
}

fn organisation_names(server: &TestServer) -> Vec<String> {
    organisations::all(&server.db())
        .unwrap()
        .into_iter()
        .map(|o| o.name)
        .collect()
}

/// Imports keys through the import page (preview, then confirmation); the preview's text.
fn import_keys(admin: &mut Client, keys: &[String]) -> String {
    let csrf = admin.get("/import").csrf();
    let pasted = keys.join("\n");
    let preview = admin.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", &pasted),
            ("allow_unverified", "on"),
        ],
        &[],
    );
    assert_eq!(preview.status, 200, "{}", preview.body);
    let token = preview.field_value("preview").unwrap();
    let done = admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(done.status, 200, "{}", done.body);
    preview.text()
}

fn key_of(sen: &str, organisation: &str) -> String {
    test_key(sen, "jira", &[("Organisation", organisation)])
}

fn audit_count(server: &TestServer, action: &str) -> i64 {
    server.count(&format!(
        "SELECT count(*) FROM audit_log WHERE action = '{action}'"
    ))
}

#[test]
fn keys_join_the_organisation_they_name_however_spelled_and_the_preview_says_which() {
    let (server, mut admin) = TestServer::with_admin();
    let preview = import_keys(
        &mut admin,
        &[
            key_of("SEN-1", "Example Ltd"),
            key_of("SEN-2", "EXAMPLE LTD."),
            key_of("SEN-3", "Other GmbH"),
        ],
    );
    assert!(
        preview.contains("new organisation Example Ltd"),
        "{preview}"
    );
    assert!(preview.contains("new organisation Other GmbH"), "{preview}");
    assert_eq!(organisation_names(&server), ["Example Ltd", "Other GmbH"]);
    let (one, two, three) = (
        licence_by_sen(&server, "SEN-1"),
        licence_by_sen(&server, "SEN-2"),
        licence_by_sen(&server, "SEN-3"),
    );
    assert_eq!(belongs_to(&server, one).as_deref(), Some("Example Ltd"));
    assert_eq!(belongs_to(&server, two).as_deref(), Some("Example Ltd"));
    assert_eq!(belongs_to(&server, three).as_deref(), Some("Other GmbH"));

    // A later key joins the organisation there is, and the preview says so.
    let preview = import_keys(&mut admin, &[key_of("SEN-4", "example ltd")]);
    assert!(preview.contains("joins Example Ltd"), "{preview}");
    let four = licence_by_sen(&server, "SEN-4");
    assert_eq!(belongs_to(&server, four).as_deref(), Some("Example Ltd"));
    assert_eq!(organisation_names(&server).len(), 2);

    // The list shows both with their licence counts; the licence's page where it belongs.
    let list = admin.get("/organisations");
    assert_eq!(list.status, 200);
    let text = list.text();
    assert!(text.contains("Example Ltd 3 No managers"), "{text}");
    assert!(text.contains("Other GmbH 1"), "{text}");
    let page = admin.get(&format!("/licences/{}", two.0)).text();
    assert!(page.contains("Belongs to Example Ltd"), "{page}");
    assert!(page.contains("Organisation on the key"), "{page}");
}

#[test]
fn an_administrator_creates_and_renames_organisations_and_a_taken_name_is_refused() {
    let (server, mut admin) = TestServer::with_admin();
    let created = admin.submit("/organisations", "/organisations", &[("name", "  Acme  ")]);
    assert_eq!(created.status, 303, "{}", created.body);
    let acme = organisation_named(&server, "Acme");
    assert_eq!(created.location(), format!("/organisations/{}", acme.0));
    let page = admin.get(created.location());
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("Organisation created."),
        "{}",
        page.text()
    );
    assert!(
        page.body
            .contains(&format!("/licences?organisation={}", acme.0))
    );
    assert!(
        page.body
            .contains(&format!("/organisations/{}/people", acme.0))
    );
    assert!(
        page.body
            .contains(&format!("/organisations/{}/coterm", acme.0))
    );
    assert!(
        page.body
            .contains(&format!("/dashboard?organisation={}", acme.0))
    );
    assert!(
        page.body
            .contains(&format!("/organisations/{}/report", acme.0))
    );
    assert_eq!(audit_count(&server, "organisation-created"), 1);

    // The same company however spelled: refused, the typed name shown again, nothing created.
    let taken = admin.submit("/organisations", "/organisations", &[("name", "ACME.")]);
    assert_eq!(taken.status, 422);
    let text = taken.text();
    assert!(
        text.contains("An organisation with this name exists: Acme"),
        "{text}"
    );
    assert_eq!(taken.field_value("name").as_deref(), Some("ACME."));
    assert!(
        taken
            .body
            .contains(&format!("href=\"/organisations/{}\"", acme.0))
    );
    let blank = admin.submit("/organisations", "/organisations", &[("name", "   ")]);
    assert_eq!(blank.status, 422);
    assert!(blank.text().contains("Enter a name."));
    assert_eq!(organisation_names(&server), ["Acme"]);
    assert_eq!(audit_count(&server, "organisation-created"), 1);

    // Renaming: another organisation's name is refused, a new one is taken and audited.
    admin.submit("/organisations", "/organisations", &[("name", "Beta")]);
    let beta = organisation_named(&server, "Beta");
    let page = format!("/organisations/{}", beta.0);
    let rename = format!("/organisations/{}/rename", beta.0);
    let refused = admin.submit(&page, &rename, &[("name", "acme")]);
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("An organisation with this name exists")
    );
    assert_eq!(organisation_names(&server), ["Acme", "Beta"]);
    let renamed = admin.submit(&page, &rename, &[("name", "Beta Holding")]);
    assert_eq!(renamed.status, 303);
    assert_eq!(organisation_names(&server), ["Acme", "Beta Holding"]);
    assert_eq!(audit_count(&server, "organisation-renamed"), 1);

    // Someone who is not an administrator is told neither form exists.
    add_user(&server, "user@example.com");
    let mut user = signed_in(&server, "user@example.com");
    let csrf = user.get("/organisations").csrf();
    let create = user.post("/organisations", &[("csrf", &csrf), ("name", "Gamma")]);
    assert_eq!(create.status, 404);
    let rename = user.post(&rename, &[("csrf", &csrf), ("name", "Gamma")]);
    assert_eq!(rename.status, 404);
    assert_eq!(organisation_names(&server), ["Acme", "Beta Holding"]);
}

#[test]
fn merging_moves_licences_and_managers_after_a_confirmation_and_the_merged_one_is_gone() {
    let (server, mut admin) = TestServer::with_admin();
    let kept = licence_with(&server, "SEN-K", |l| l.organisation = "Alpha".into());
    let gone = licence_with(&server, "SEN-G", |l| {
        l.organisation = "Alpha Holding".into()
    });
    let (alpha, holding) = (
        organisation_named(&server, "Alpha"),
        organisation_named(&server, "Alpha Holding"),
    );
    let manager = add_user(&server, "manager@example.com");
    organisations::add_manager(&server.db(), holding, manager, "admin", 1).unwrap();
    // A consultant reads the holding for a week.
    let consultant = add_user(&server, "consultant@example.com");
    let week = store::unix_now() + 7 * 86_400;
    organisations::grant(&server.db(), holding, consultant, false, "admin", 1, week).unwrap();
    let mut reader = signed_in(&server, "consultant@example.com");
    assert_eq!(reader.get(&format!("/licences/{}", gone.0)).status, 200);
    assert_eq!(reader.get(&format!("/licences/{}", kept.0)).status, 404);

    let choose = admin.get(&format!("/organisations/{}/merge", holding.0));
    assert_eq!(choose.status, 200);
    assert!(choose.body.contains(&format!("value=\"{}\"", alpha.0)));
    let confirm = admin.get(&format!(
        "/organisations/{}/merge?into={}",
        holding.0, alpha.0
    ));
    assert_eq!(confirm.status, 200);
    let text = confirm.text();
    assert!(text.contains("Merge Alpha Holding into Alpha?"), "{text}");
    assert!(text.contains("1 licence moves"), "{text}");
    assert!(text.contains("1 manager moves"), "{text}");
    assert!(text.contains("1 running consultant access ends"), "{text}");
    assert_eq!(belongs_to(&server, gone).as_deref(), Some("Alpha Holding"));

    // Into itself, or into one that does not exist: refused, nothing changed.
    let merge = format!("/organisations/{}/merge", holding.0);
    let csrf = confirm.csrf();
    let itself = admin.post(&merge, &[("csrf", &csrf), ("into", &holding.0.to_string())]);
    assert_eq!(itself.status, 422);
    let missing = admin.post(&merge, &[("csrf", &csrf), ("into", "99999")]);
    assert_eq!(missing.status, 404);
    let missing_page = admin.get(&format!("/organisations/{}/merge?into=99999", holding.0));
    assert_eq!(missing_page.status, 404);
    assert_eq!(organisation_names(&server), ["Alpha", "Alpha Holding"]);
    assert_eq!(audit_count(&server, "organisations-merged"), 0);

    let merged = admin.post(&merge, &[("csrf", &csrf), ("into", &alpha.0.to_string())]);
    assert_eq!(merged.status, 303, "{}", merged.body);
    assert_eq!(merged.location(), format!("/organisations/{}", alpha.0));
    let page = admin.get(merged.location());
    assert!(
        page.text().contains("Organisations merged."),
        "{}",
        page.text()
    );
    assert!(page.text().contains("2 licences"), "{}", page.text());
    assert_eq!(belongs_to(&server, gone).as_deref(), Some("Alpha"));
    assert_eq!(belongs_to(&server, kept).as_deref(), Some("Alpha"));
    let managers: Vec<String> = organisations::managers(&server.db(), alpha)
        .unwrap()
        .into_iter()
        .map(|h| h.email.to_string())
        .collect();
    assert_eq!(managers, ["manager@example.com"]);
    assert_eq!(
        admin.get(&format!("/organisations/{}", holding.0)).status,
        404
    );
    // The consultant of the holding does not come to read Alpha's licences by the merge: their
    // access ended with it.
    assert_eq!(reader.get(&format!("/licences/{}", kept.0)).status, 404);
    assert_eq!(reader.get(&format!("/licences/{}", gone.0)).status, 404);
    assert_eq!(audit_count(&server, "organisations-merged"), 1);
    let detail: String = server
        .db()
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'organisations-merged'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert!(
        detail.contains("Alpha Holding") && detail.contains("Alpha"),
        "{detail}"
    );
}

#[test]
fn an_administrator_moves_a_licence_and_nobody_else_can() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = licence_with(&server, "SEN-M", |l| l.organisation = "First".into());
    licence_with(&server, "SEN-O", |l| l.organisation = "Second".into());
    let (first, second) = (
        organisation_named(&server, "First"),
        organisation_named(&server, "Second"),
    );
    let page = format!("/licences/{}", licence.0);
    let move_to = format!("/licences/{}/belongs-to", licence.0);

    // A manager of the licence's organisation, and its contact, see where it belongs but
    // cannot move it.
    let manager = add_user(&server, "manager@example.com");
    organisations::add_manager(&server.db(), first, manager, "admin", 1).unwrap();
    let contact = add_user(&server, "contact@example.com");
    add_contact(&server, licence, contact, "technical");
    for email in ["manager@example.com", "contact@example.com"] {
        let mut someone = signed_in(&server, email);
        let shown = someone.get(&page);
        assert_eq!(shown.status, 200, "{email}");
        assert!(shown.text().contains("Belongs to First"), "{email}");
        assert!(
            !shown.body.contains(&move_to),
            "{email} is offered the move"
        );
        let csrf = shown.csrf();
        let refused = someone.post(
            &move_to,
            &[("csrf", &csrf), ("organisation", &second.0.to_string())],
        );
        assert_eq!(refused.status, 404, "{email}");
    }
    assert_eq!(belongs_to(&server, licence).as_deref(), Some("First"));

    // An unknown organisation: 422, nothing moved.
    let csrf = admin.get(&page).csrf();
    let unknown = admin.post(&move_to, &[("csrf", &csrf), ("organisation", "99999")]);
    assert_eq!(unknown.status, 422);
    assert!(unknown.text().contains("Choose one of the organisations."));
    assert_eq!(belongs_to(&server, licence).as_deref(), Some("First"));
    assert_eq!(audit_count(&server, "licence-organisation-moved"), 0);

    let moved = admin.post(
        &move_to,
        &[("csrf", &csrf), ("organisation", &second.0.to_string())],
    );
    assert_eq!(moved.status, 303, "{}", moved.body);
    let shown = admin.get(&page);
    assert!(
        shown.text().contains("Belongs to Second"),
        "{}",
        shown.text()
    );
    // What the key says stays as it was.
    assert!(
        shown.body.contains("value=\"First\""),
        "the key's organisation changed"
    );
    assert_eq!(belongs_to(&server, licence).as_deref(), Some("Second"));
    let (before, after): (String, String) = server
        .db()
        .query_row(
            "SELECT before_json, after_json FROM audit_log \
             WHERE action = 'licence-organisation-moved' AND licence_id = ?1",
            [licence.0],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert!(
        before.contains("First") && after.contains("Second"),
        "{before} {after}"
    );
}

#[test]
fn a_json_backup_restored_into_an_empty_portal_keeps_a_merged_membership() {
    let (server, mut admin) = TestServer::with_admin();
    import_keys(
        &mut admin,
        &[key_of("SEN-A", "Acme"), key_of("SEN-B", "Acme Subsidiary")],
    );
    let (acme, subsidiary) = (
        organisation_named(&server, "Acme"),
        organisation_named(&server, "Acme Subsidiary"),
    );
    let csrf = admin
        .get(&format!("/organisations/{}", subsidiary.0))
        .csrf();
    let merged = admin.post(
        &format!("/organisations/{}/merge", subsidiary.0),
        &[("csrf", &csrf), ("into", &acme.0.to_string())],
    );
    assert_eq!(merged.status, 303);
    let export = admin.get("/export?format=json");
    assert_eq!(export.status, 200);
    assert!(
        export.body.contains("\"belongs_to\": \"Acme\""),
        "{}",
        export.body
    );

    let (restored, mut fresh) = TestServer::with_admin();
    let csrf = fresh.get("/import").csrf();
    let preview = fresh.post_multipart(
        "/import",
        &[("csrf", &csrf), ("allow_unverified", "on")],
        &[("files", "backup.json", export.body.as_bytes())],
    );
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(
        preview.text().contains("new organisation Acme"),
        "{}",
        preview.text()
    );
    let token = preview.field_value("preview").unwrap();
    let done = fresh.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(done.status, 200, "{}", done.body);
    let b = licence_by_sen(&restored, "SEN-B");
    assert_eq!(belongs_to(&restored, b).as_deref(), Some("Acme"));
    let a = licence_by_sen(&restored, "SEN-A");
    assert_eq!(belongs_to(&restored, a).as_deref(), Some("Acme"));
    // The key's own Organisation made no organisation of its own beside it.
    assert_eq!(organisation_names(&restored), ["Acme"]);

    // An export from before organisations (no belongs_to) still imports.
    let older = export.body.replace("\"belongs_to\": \"Acme\",", "");
    assert!(!older.contains("belongs_to"));
    let (_older_portal, mut third) = TestServer::with_admin();
    let csrf = third.get("/import").csrf();
    let preview = third.post_multipart(
        "/import",
        &[("csrf", &csrf), ("allow_unverified", "on")],
        &[("files", "older.json", older.as_bytes())],
    );
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.text().contains("2 to add"), "{}", preview.text());
}

#[test]
fn a_manager_sees_only_their_organisations_and_someone_with_none_is_told_so() {
    let (server, mut admin) = TestServer::with_admin();
    licence_with(&server, "SEN-MINE", |l| l.organisation = "Mine Ltd".into());
    licence_with(&server, "SEN-THEIRS", |l| {
        l.organisation = "Theirs Ltd".into()
    });
    let (mine, theirs) = (
        organisation_named(&server, "Mine Ltd"),
        organisation_named(&server, "Theirs Ltd"),
    );
    let manager = add_user(&server, "manager@example.com");
    organisations::add_manager(&server.db(), mine, manager, "admin", 1).unwrap();

    let mut client = signed_in(&server, "manager@example.com");
    let list = client.get("/organisations");
    assert_eq!(list.status, 200);
    let text = list.text();
    assert!(text.contains("Mine Ltd 1 manager@example.com"), "{text}");
    assert!(!text.contains("Theirs Ltd"), "{text}");
    assert!(!list.body.contains("New organisation"), "{text}");
    assert!(
        list.body.contains("href=\"/organisations\""),
        "no navigation item"
    );
    assert!(
        list.body.contains("href=\"/dashboard\""),
        "no dashboard item"
    );
    let own = client.get(&format!("/organisations/{}", mine.0));
    assert_eq!(own.status, 200);
    assert!(
        !own.body.contains("/rename"),
        "a manager is offered the rename"
    );
    assert_eq!(
        client.get(&format!("/organisations/{}", theirs.0)).status,
        404
    );
    assert_eq!(client.get("/organisations/99999").status, 404);
    assert_eq!(
        client
            .get(&format!("/organisations/{}/merge", mine.0))
            .status,
        404
    );

    // Someone who reaches no organisation: an empty page, and no navigation item.
    add_user(&server, "nobody@example.com");
    let mut nobody = signed_in(&server, "nobody@example.com");
    let empty = nobody.get("/organisations");
    assert_eq!(empty.status, 200);
    assert!(
        empty.text().contains("You have no organisations"),
        "{}",
        empty.text()
    );
    let licences = nobody.get("/licences");
    assert!(!licences.body.contains("href=\"/organisations\""));
    assert_eq!(
        nobody.get(&format!("/organisations/{}", mine.0)).status,
        404
    );

    // The administrator sees every organisation.
    let all = admin.get("/organisations").text();
    assert!(
        all.contains("Mine Ltd") && all.contains("Theirs Ltd"),
        "{all}"
    );
}

#[test]
fn the_command_line_lists_and_merges_organisations() {
    let server = TestServer::start();
    let gone = licence_with(&server, "SEN-CLI-1", |l| {
        l.organisation = "Cli Holding".into()
    });
    licence_with(&server, "SEN-CLI-2", |l| l.organisation = "Cli Ltd".into());
    let (holding, ltd) = (
        organisation_named(&server, "Cli Holding"),
        organisation_named(&server, "Cli Ltd"),
    );
    let data = server.data.path().to_str().unwrap().to_owned();
    let (code, out, err) = crate::cli::run(&["organisation", "list", "--data-dir", &data], None);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("{}\t1\tCli Holding", holding.0)),
        "{out}"
    );
    assert!(out.contains(&format!("{}\t1\tCli Ltd", ltd.0)), "{out}");

    let (holding_id, ltd_id) = (holding.0.to_string(), ltd.0.to_string());
    for refused in [
        [&holding_id, &holding_id],
        [&holding_id, &"99999".to_owned()],
    ] {
        let (code, _, err) = crate::cli::run(
            &[
                "organisation",
                "merge",
                "--data-dir",
                &data,
                refused[0],
                refused[1],
            ],
            None,
        );
        assert_eq!(code, 2, "{err}");
    }
    assert_eq!(organisation_names(&server), ["Cli Holding", "Cli Ltd"]);

    let (code, out, err) = crate::cli::run(
        &[
            "organisation",
            "merge",
            "--data-dir",
            &data,
            &holding_id,
            &ltd_id,
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Cli Holding merged into Cli Ltd: 1 licence moved."),
        "{out}"
    );
    assert_eq!(belongs_to(&server, gone).as_deref(), Some("Cli Ltd"));
    assert_eq!(organisation_names(&server), ["Cli Ltd"]);
    assert_eq!(audit_count(&server, "organisations-merged"), 1);
}

#[test]
fn a_consultant_reaches_the_organisation_while_the_grant_runs_and_never_its_forms() {
    let (server, _admin) = TestServer::with_admin();
    let licence = licence_with(&server, "SEN-C", |l| l.organisation = "Client Ltd".into());
    licence_with(&server, "SEN-D", |l| {
        l.organisation = "Elsewhere Ltd".into()
    });
    let (client_ltd, elsewhere) = (
        organisation_named(&server, "Client Ltd"),
        organisation_named(&server, "Elsewhere Ltd"),
    );
    let now = store::unix_now();
    let running = add_user(&server, "running@example.com");
    organisations::grant(
        &server.db(),
        client_ltd,
        running,
        false,
        "admin",
        now,
        now + 86_400,
    )
    .unwrap();
    let ended = add_user(&server, "ended@example.com");
    organisations::grant(
        &server.db(),
        client_ltd,
        ended,
        true,
        "admin",
        now - 100,
        now - 1,
    )
    .unwrap();
    let page = format!("/organisations/{}", client_ltd.0);

    let mut consultant = signed_in(&server, "running@example.com");
    let list = consultant.get("/organisations");
    assert!(list.text().contains("Client Ltd 1"), "{}", list.text());
    assert!(!list.text().contains("Elsewhere Ltd"), "{}", list.text());
    assert!(
        list.body.contains("href=\"/organisations\""),
        "no navigation item"
    );
    assert_eq!(consultant.get(&page).status, 200);
    assert_eq!(
        consultant
            .get(&format!("/organisations/{}", elsewhere.0))
            .status,
        404
    );
    // The licence page says where it belongs, without the administrator's move form.
    let shown = consultant.get(&format!("/licences/{}", licence.0));
    assert_eq!(shown.status, 200);
    assert!(
        shown.text().contains("Belongs to Client Ltd"),
        "{}",
        shown.text()
    );
    assert!(!shown.body.contains("/belongs-to"));
    let csrf = shown.csrf();
    let refused = consultant.post(
        &format!("/licences/{}/belongs-to", licence.0),
        &[("csrf", &csrf), ("organisation", &elsewhere.0.to_string())],
    );
    assert_eq!(refused.status, 404);
    let rename = consultant.post(
        &format!("{page}/rename"),
        &[("csrf", &csrf), ("name", "Taken Over")],
    );
    assert_eq!(rename.status, 404);
    assert_eq!(belongs_to(&server, licence).as_deref(), Some("Client Ltd"));
    assert_eq!(organisation_names(&server), ["Client Ltd", "Elsewhere Ltd"]);

    // Once the grant has ended, the organisation is gone for them.
    let mut former = signed_in(&server, "ended@example.com");
    assert_eq!(former.get(&page).status, 404);
    let list = former.get("/organisations");
    assert_eq!(list.status, 200);
    assert!(
        list.text().contains("You have no organisations"),
        "{}",
        list.text()
    );
    assert!(!list.body.contains("href=\"/organisations\""));
}

#[test]
fn someone_who_is_not_an_administrator_puts_licences_only_into_an_organisation_they_manage() {
    let (server, mut admin) = TestServer::with_admin();
    import_keys(
        &mut admin,
        &[
            key_of("SEN-A-1", "Alpha Ltd"),
            key_of("SEN-B-1", "Beta GmbH"),
        ],
    );
    let alpha = organisation_named(&server, "Alpha Ltd");
    let manager = add_user(&server, "manager@example.com");
    organisations::add_manager(&server.db(), alpha, manager, "admin@example.com", 1).unwrap();
    add_user(&server, "someone@example.com");

    // Someone with no organisation imports keys naming Beta (which exists) and a company no
    // organisation is named after: the licences are theirs, in no organisation, and no
    // organisation is created.
    let mut someone = signed_in(&server, "someone@example.com");
    let preview = import_keys(
        &mut someone,
        &[
            key_of("SEN-S-1", "beta gmbh"),
            key_of("SEN-S-2", "Brand New Ltd"),
        ],
    );
    assert!(!preview.contains("Beta GmbH"), "{preview}");
    assert_eq!(organisation_names(&server), ["Alpha Ltd", "Beta GmbH"]);
    for sen in ["SEN-S-1", "SEN-S-2"] {
        assert_eq!(
            belongs_to(&server, licence_by_sen(&server, sen)),
            None,
            "{sen}"
        );
    }
    let beta_list = admin.get(&format!(
        "/licences?organisation={}",
        organisation_named(&server, "Beta GmbH").0
    ));
    assert!(
        !beta_list.text().contains("SEN-S-1"),
        "{}",
        beta_list.text()
    );

    // The same by hand, naming Alpha: still none.
    let added = someone.submit(
        "/licences/new",
        "/licences/new/hand",
        &[
            ("product", "Jira Software"),
            ("licence_type", "Commercial"),
            ("deployment", "server"),
            ("user_tier", "25"),
            ("sen", "SEN-S-3"),
            ("organisation", "ALPHA LTD."),
            ("support_expiry", "2027-03-01"),
        ],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    assert_eq!(
        belongs_to(&server, licence_by_sen(&server, "SEN-S-3")),
        None
    );

    // Alpha's manager imports a key naming Alpha: it joins Alpha; one naming Beta does not.
    let mut manager = signed_in(&server, "manager@example.com");
    import_keys(
        &mut manager,
        &[
            key_of("SEN-M-1", "Alpha Ltd."),
            key_of("SEN-M-2", "Beta GmbH"),
        ],
    );
    assert_eq!(
        belongs_to(&server, licence_by_sen(&server, "SEN-M-1")).as_deref(),
        Some("Alpha Ltd")
    );
    assert_eq!(
        belongs_to(&server, licence_by_sen(&server, "SEN-M-2")),
        None
    );
    assert_eq!(organisation_names(&server), ["Alpha Ltd", "Beta GmbH"]);
}

#[test]
fn an_organisations_licence_count_is_the_count_of_the_list_it_links_to() {
    let (server, mut admin) = TestServer::with_admin();
    for sen in ["SEN-C-1", "SEN-C-2"] {
        licence_with(&server, sen, |l| l.organisation = "Count Ltd".into());
    }
    licence_with(&server, "SEN-C-EVAL", |l| {
        l.organisation = "Count Ltd".into();
        l.is_evaluation = true;
    });
    let id = organisation_named(&server, "Count Ltd");
    let page = admin.get(&format!("/organisations/{}", id.0));
    assert_eq!(page.status, 200);
    assert!(page.text().contains("2 licences"), "{}", page.text());
    let list = admin
        .get(&format!("/licences?organisation={}", id.0))
        .text();
    assert!(
        list.contains("SEN-C-1") && list.contains("SEN-C-2"),
        "{list}"
    );
    assert!(!list.contains("SEN-C-EVAL"), "{list}");
}

#[test]
fn an_organisations_name_links_its_page_only_for_those_who_reach_it() {
    let server = TestServer::start();
    let licence = licence_with(&server, "SEN-L-1", |l| l.organisation = "Linked Ltd".into());
    let id = organisation_named(&server, "Linked Ltd");
    let page_link = format!("href=\"/organisations/{}\"", id.0);
    let contact = add_user(&server, "contact@example.com");
    add_contact(&server, licence, contact, "technical");
    let manager = add_user(&server, "manager@example.com");
    organisations::add_manager(&server.db(), id, manager, "admin", 1).unwrap();
    let consultant = add_user(&server, "consultant@example.com");
    let week = store::unix_now() + 7 * 86_400;
    organisations::grant(&server.db(), id, consultant, false, "admin", 1, week).unwrap();

    // A contact who manages nothing sees the name, not a link to a page they cannot open.
    let mut contact = signed_in(&server, "contact@example.com");
    for path in ["/licences".to_owned(), format!("/licences/{}", licence.0)] {
        let page = contact.get(&path);
        assert!(
            page.text().contains("Linked Ltd"),
            "{path}: {}",
            page.text()
        );
        assert!(!page.body.contains(&page_link), "{path}: {}", page.body);
    }
    assert_eq!(contact.get(&format!("/organisations/{}", id.0)).status, 404);

    // The manager and the consultant get the link; only the manager the monthly report's.
    let report_link = format!("href=\"/organisations/{}/report\"", id.0);
    for (email, report) in [
        ("manager@example.com", true),
        ("consultant@example.com", false),
    ] {
        let mut client = signed_in(&server, email);
        let list = client.get("/licences");
        assert!(list.body.contains(&page_link), "{email}: {}", list.body);
        let page = client.get(&format!("/organisations/{}", id.0));
        assert_eq!(page.status, 200);
        assert_eq!(page.body.contains(&report_link), report, "{email}");
        let report_page = client.get(&format!("/organisations/{}/report", id.0));
        assert_eq!(
            report_page.status,
            if report { 200 } else { 404 },
            "{email}"
        );
    }
}
