//! Role mailboxes: an organisation (or the portal) names shared addresses that receive its
//! reminders and notices without being accounts. Administrators and the organisation's managers
//! add and remove them on its page, consultants see them, everyone else finds no page; the
//! portal's own are under Admin. The reminders, the copies of contact changes and the monthly
//! report reach them in their own language, once an address, and never twice across runs.

use licensedesk::domain::{AccountId, Email, Language, LicenceId, OrganisationId};
use licensedesk::store::{self, mailboxes, organisations};

use crate::mail::run_reminders;
use crate::support::people::{Mail, add_contact, add_user, licence_with, outbox, signed_in};
use crate::support::{ADMIN_EMAIL, Client, Resp, TestServer};

fn in_days(days: i64) -> jiff::civil::Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

fn organisation_of(server: &TestServer, licence: LicenceId) -> OrganisationId {
    server
        .db()
        .query_row(
            "SELECT organisation_id FROM licences WHERE id = ?1",
            [licence.0],
            |row| row.get(0).map(OrganisationId),
        )
        .unwrap()
}

fn page(organisation: OrganisationId) -> String {
    format!("/organisations/{}", organisation.0)
}

fn add_path(organisation: OrganisationId) -> String {
    format!("/organisations/{}/mailboxes", organisation.0)
}

/// A POST with the session's CSRF token, read from a page every signed-in person sees.
fn post(client: &mut Client, path: &str, fields: &[(&str, &str)]) -> Resp {
    let csrf = client.get("/licences").field_value("csrf").unwrap();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    client.post(path, &all)
}

/// Every mailbox as "organisation id or portal|address|language|created_by", sorted.
fn rows(server: &TestServer) -> Vec<String> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT coalesce(organisation_id, 'portal') || '|' || address || '|' || language \
             || '|' || created_by FROM role_mailboxes ORDER BY 1",
        )
        .unwrap();
    stmt.query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn audited(server: &TestServer, action: &str) -> i64 {
    server.count(&format!(
        "SELECT count(*) FROM audit_log WHERE action = '{action}'"
    ))
}

/// A mailbox put straight into the database (the pages that add them are tested above).
fn mailbox(
    server: &TestServer,
    organisation: Option<OrganisationId>,
    address: &str,
    language: Language,
) {
    mailboxes::add(
        &server.db(),
        &mailboxes::NewMailbox {
            organisation_id: organisation,
            address: &Email::parse(address).unwrap(),
            language,
            created_by: ADMIN_EMAIL,
        },
        1,
    )
    .unwrap()
    .unwrap();
}

fn make_manager(server: &TestServer, organisation: OrganisationId, account: AccountId) {
    organisations::add_manager(&server.db(), organisation, account, ADMIN_EMAIL, 1).unwrap();
}

/// The support reminders in the outbox to an address: kind, account id (none for a mailbox),
/// subject, body.
fn mails_at(server: &TestServer, address: &str) -> Vec<(String, Option<i64>, String, String)> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT kind, account_id, subject, body FROM outbox WHERE to_address = ?1 \
             AND kind = 'support-reminder' ORDER BY id",
        )
        .unwrap();
    stmt.query_map([address], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn an_admin_adds_and_removes_an_organisations_mailbox_and_the_portals_own() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = licence_with(&server, "SEN-700001", |l| {
        l.organisation = "Acme Ltd".into()
    });
    let acme = organisation_of(&server, licence);

    let shown = admin.get(&page(acme));
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert!(shown.text().contains("Role mailboxes"), "{}", shown.text());
    assert!(shown.text().contains("No role mailboxes yet."));

    let added = admin.submit(
        &page(acme),
        &add_path(acme),
        &[
            ("address", " Licences@Customer.EXAMPLE "),
            ("language", "de"),
        ],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    assert_eq!(
        rows(&server),
        [format!(
            "{}|licences@customer.example|de|{ADMIN_EMAIL}",
            acme.0
        )]
    );
    assert_eq!(audited(&server, "mailbox-added"), 1);
    let shown = admin.get(&page(acme)).text();
    assert!(shown.contains("licences@customer.example"), "{shown}");
    assert!(shown.contains("Deutsch"), "{shown}");

    // The portal's own, under Admin.
    let portal = admin.get("/admin/mailboxes");
    assert_eq!(portal.status, 200, "{}", portal.body);
    let added = admin.submit(
        "/admin/mailboxes",
        "/admin/mailboxes",
        &[("address", "it-ops@partner.example"), ("language", "ja")],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    assert!(
        rows(&server).contains(&format!("portal|it-ops@partner.example|ja|{ADMIN_EMAIL}")),
        "{:?}",
        rows(&server)
    );
    assert!(
        admin
            .get("/admin/mailboxes")
            .text()
            .contains("it-ops@partner.example")
    );
    // The same address for the portal and for an organisation are two mailboxes; twice for one
    // owner is refused.
    let again = admin.submit(
        "/admin/mailboxes",
        "/admin/mailboxes",
        &[("address", "IT-OPS@partner.example"), ("language", "en")],
    );
    assert_eq!(again.status, 422);
    assert!(
        again
            .text()
            .contains("it-ops@partner.example is a role mailbox here already."),
        "{}",
        again.text()
    );
    assert_eq!(rows(&server).len(), 2);

    // Removing asks first, then removes, audited.
    let id: i64 = server
        .db()
        .query_row(
            "SELECT id FROM role_mailboxes WHERE organisation_id = ?1",
            [acme.0],
            |row| row.get(0),
        )
        .unwrap();
    let remove = format!("/organisations/{}/mailboxes/{id}/remove", acme.0);
    let confirm = admin.get(&remove);
    assert_eq!(confirm.status, 200, "{}", confirm.body);
    assert!(
        confirm.text().contains(
            "licences@customer.example will no longer receive the reminders and notices of \
             Acme Ltd."
        ),
        "{}",
        confirm.text()
    );
    assert_eq!(rows(&server).len(), 2, "the confirmation changed nothing");
    // The organisation's mailbox is not the portal's.
    assert_eq!(
        admin.get(&format!("/admin/mailboxes/{id}/remove")).status,
        404
    );
    let removed = admin.submit(&remove, &remove, &[]);
    assert_eq!(removed.status, 303, "{}", removed.body);
    assert_eq!(rows(&server).len(), 1);
    assert_eq!(audited(&server, "mailbox-removed"), 1);
    assert_eq!(admin.get(&remove).status, 404);
}

#[test]
fn managers_change_their_organisations_mailboxes_consultants_read_them_others_find_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let licence = licence_with(&server, "SEN-700002", |l| {
        l.organisation = "Acme Ltd".into()
    });
    let other = licence_with(&server, "SEN-700003", |l| {
        l.organisation = "Other GmbH".into()
    });
    let (acme, other_org) = (
        organisation_of(&server, licence),
        organisation_of(&server, other),
    );
    let manager = add_user(&server, "manager@acme.example");
    make_manager(&server, acme, manager);
    let other_manager = add_user(&server, "manager@other.example");
    make_manager(&server, other_org, other_manager);
    let consultant = add_user(&server, "consultant@partner.example");
    organisations::grant(
        &server.db(),
        acme,
        consultant,
        false,
        ADMIN_EMAIL,
        1,
        store::unix_now() + 86_400 * 7,
    )
    .unwrap();
    let contact = add_user(&server, "contact@acme.example");
    add_contact(&server, licence, contact, "technical");

    let mut manager = signed_in(&server, "manager@acme.example");
    let added = post(
        &mut manager,
        &add_path(acme),
        &[("address", "licences@acme.example"), ("language", "en")],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    assert_eq!(
        rows(&server),
        [format!(
            "{}|licences@acme.example|en|manager@acme.example",
            acme.0
        )]
    );
    let id: i64 = server
        .db()
        .query_row("SELECT id FROM role_mailboxes", [], |row| row.get(0))
        .unwrap();
    let remove = format!("/organisations/{}/mailboxes/{id}/remove", acme.0);

    // A manager of another organisation, and a contact who manages nothing: no such page.
    for email in ["manager@other.example", "contact@acme.example"] {
        let mut client = signed_in(&server, email);
        assert_eq!(client.get(&page(acme)).status, 404, "{email}");
        let refused = post(
            &mut client,
            &add_path(acme),
            &[("address", "sneaky@example.com"), ("language", "en")],
        );
        assert_eq!(refused.status, 404, "{email}");
        assert_eq!(client.get(&remove).status, 404, "{email}");
        assert_eq!(post(&mut client, &remove, &[]).status, 404, "{email}");
        // Nor under Admin.
        assert_eq!(client.get("/admin/mailboxes").status, 404, "{email}");
    }
    // A manager cannot reach another organisation's mailbox through their own organisation.
    let mut other_manager = signed_in(&server, "manager@other.example");
    let across = format!("/organisations/{}/mailboxes/{id}/remove", other_org.0);
    assert_eq!(other_manager.get(&across).status, 404);
    assert_eq!(post(&mut other_manager, &across, &[]).status, 404);

    // A consultant sees the list, without the forms, and may change nothing.
    let mut consultant = signed_in(&server, "consultant@partner.example");
    let shown = consultant.get(&page(acme));
    assert_eq!(shown.status, 200, "{}", shown.body);
    assert!(shown.text().contains("licences@acme.example"));
    assert!(!shown.body.contains(&add_path(acme)), "{}", shown.body);
    assert!(!shown.body.contains(&remove));
    let refused = post(
        &mut consultant,
        &add_path(acme),
        &[("address", "sneaky@example.com"), ("language", "en")],
    );
    assert_eq!(refused.status, 403);
    assert_eq!(consultant.get(&remove).status, 403);
    assert_eq!(post(&mut consultant, &remove, &[]).status, 403);

    assert_eq!(rows(&server).len(), 1, "{:?}", rows(&server));
    assert_eq!(audited(&server, "mailbox-added"), 1);
    assert_eq!(audited(&server, "mailbox-removed"), 0);

    // The manager removes it.
    assert_eq!(manager.get(&remove).status, 200);
    assert_eq!(post(&mut manager, &remove, &[]).status, 303);
    assert!(rows(&server).is_empty());
    assert_eq!(audited(&server, "mailbox-removed"), 1);
}

#[test]
fn a_bad_address_or_language_is_refused_with_the_form_again_and_nothing_stored() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = licence_with(&server, "SEN-700004", |l| {
        l.organisation = "Acme Ltd".into()
    });
    let acme = organisation_of(&server, licence);
    for (address, language, message) in [
        (
            "licences at acme",
            "de",
            "An e-mail address has the form name@example.com",
        ),
        ("", "de", "Enter an e-mail address"),
        (
            "licences@acme.example",
            "xx",
            "Choose one of the four languages.",
        ),
    ] {
        let refused = admin.submit(
            &page(acme),
            &add_path(acme),
            &[("address", address), ("language", language)],
        );
        assert_eq!(refused.status, 422, "{address}: {}", refused.body);
        let text = refused.text();
        assert!(
            text.to_lowercase().contains(&message.to_lowercase()),
            "{address}: {text}"
        );
        assert_eq!(
            refused.field_value("address").as_deref(),
            Some(address),
            "the typed address is shown again"
        );
        let refused = admin.submit(
            "/admin/mailboxes",
            "/admin/mailboxes",
            &[("address", address), ("language", language)],
        );
        assert_eq!(refused.status, 422, "{address}");
        assert_eq!(refused.field_value("address").as_deref(), Some(address));
    }
    assert!(rows(&server).is_empty());
    assert_eq!(audited(&server, "mailbox-added"), 0);
}

#[test]
fn reminders_reach_the_mailboxes_in_their_language_once_an_address_and_once_across_runs() {
    let server = TestServer::start();
    let licence = licence_with(&server, "SEN-700005", |l| {
        l.organisation = "Acme Ltd".into();
        l.support_expiry = Some(in_days(30));
    });
    let acme = organisation_of(&server, licence);
    let ann = add_user(&server, "ann@acme.example");
    add_contact(&server, licence, ann, "technical");
    mailbox(&server, Some(acme), "licences@acme.example", Language::De);
    // The contact's own address named as a mailbox too, and as the portal's.
    mailbox(&server, Some(acme), "ann@acme.example", Language::Ja);
    mailbox(&server, None, "ann@acme.example", Language::Ja);
    mailbox(&server, None, "ops@portal.example", Language::Ja);
    // Another organisation's mailbox hears nothing of Acme's licence.
    let other = licence_with(&server, "SEN-700006", |l| {
        l.organisation = "Other GmbH".into()
    });
    mailbox(
        &server,
        Some(organisation_of(&server, other)),
        "licences@other.example",
        Language::En,
    );

    let printed = run_reminders(&server);
    // To the contact, Acme's mailbox and the portal's: the address of all three once.
    assert!(
        printed.contains("support reminder, 30 days before, 3 mails"),
        "{printed}"
    );

    let to_mailbox = mails_at(&server, "licences@acme.example");
    assert_eq!(to_mailbox.len(), 1, "{to_mailbox:?}");
    let (kind, account, subject, body) = &to_mailbox[0];
    assert_eq!(kind, "support-reminder");
    assert_eq!(*account, None);
    assert_eq!(subject, "Support für SEN-700005 läuft in 30 Tagen ab");
    assert!(
        body.contains("Funktionspostfächer") && body.contains("Acme Ltd"),
        "{body}"
    );
    assert!(body.contains(&format!("/licences/{}", licence.0)), "{body}");
    assert!(!body.contains("/reset/") && !body.contains("/invite/"));

    let to_portal = mails_at(&server, "ops@portal.example");
    assert_eq!(to_portal.len(), 1, "{to_portal:?}");
    assert_eq!(to_portal[0].1, None);
    assert!(to_portal[0].2.contains("SEN-700005"));
    assert!(to_portal[0].2.contains("30"), "{}", to_portal[0].2);
    assert!(to_portal[0].3.contains("ポータル"), "{}", to_portal[0].3);

    // The contact's address gets the one mail, the contact's own (in English, to the account).
    let to_ann = mails_at(&server, "ann@acme.example");
    assert_eq!(to_ann.len(), 1, "{to_ann:?}");
    assert_eq!(to_ann[0].1, Some(ann.0));
    assert_eq!(to_ann[0].2, "Support for SEN-700005 ends in 30 days");
    assert!(mails_at(&server, "licences@other.example").is_empty());

    // A second run the same day sends nothing new.
    let before = outbox(&server).len();
    let printed = run_reminders(&server);
    assert!(printed.contains("0 reminders due"), "{printed}");
    assert_eq!(outbox(&server).len(), before);
}

fn contacts_path(licence: LicenceId) -> String {
    format!("/licences/{}/contacts", licence.0)
}

fn mailbox_mails(server: &TestServer, address: &str) -> Vec<Mail> {
    outbox(server)
        .into_iter()
        .filter(|m| m.to == address)
        .collect()
}

#[test]
fn a_contact_change_is_copied_to_the_organisations_mailboxes_for_their_records() {
    let server = TestServer::start();
    let licence = licence_with(&server, "SEN-700007", |l| {
        l.organisation = "Acme Ltd".into()
    });
    let acme = organisation_of(&server, licence);
    let primary = add_user(&server, "primary@acme.example");
    let secondary = add_user(&server, "secondary@acme.example");
    add_contact(&server, licence, primary, "technical");
    add_contact(&server, licence, secondary, "technical");
    mailbox(&server, Some(acme), "licences@acme.example", Language::En);
    mailbox(&server, Some(acme), "kontakte@acme.example", Language::De);
    // The new primary's own address is a mailbox too: it gets the personal mail only.
    mailbox(&server, Some(acme), "secondary@acme.example", Language::En);
    // The portal's mailboxes receive reminders, not an organisation's contact changes.
    mailbox(&server, None, "ops@portal.example", Language::En);

    let mut client = signed_in(&server, "primary@acme.example");
    let csrf = client.get(&contacts_path(licence)).csrf();
    let done = client.post(
        &format!("{}/primary", contacts_path(licence)),
        &[
            ("csrf", &csrf),
            ("role", "technical"),
            ("account", &secondary.to_string()),
            ("back", "contacts"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);

    let copies = mailbox_mails(&server, "licences@acme.example");
    assert_eq!(copies.len(), 1, "{copies:?}");
    let copy = &copies[0];
    assert_eq!(copy.kind, "primary-changed");
    assert_eq!(copy.subject, "Contacts of SEN-700007 changed");
    assert!(
        copy.body.contains(
            "For your records: primary@acme.example made secondary@acme.example the primary \
             technical contact of the licence SEN-700007"
        ),
        "{}",
        copy.body
    );
    assert!(!copy.body.contains("made you"), "{}", copy.body);
    let account: Option<i64> = server
        .db()
        .query_row(
            "SELECT account_id FROM outbox WHERE id = ?1",
            [copy.id],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(account, None);
    let german = mailbox_mails(&server, "kontakte@acme.example");
    assert_eq!(german.len(), 1);
    assert!(
        german[0].body.contains("Zur Kenntnis"),
        "{}",
        german[0].body
    );
    let to_secondary = mailbox_mails(&server, "secondary@acme.example");
    assert_eq!(to_secondary.len(), 1, "{to_secondary:?}");
    assert!(to_secondary[0].body.contains("made you the primary"));
    assert!(mailbox_mails(&server, "ops@portal.example").is_empty());

    // Adding a contact is copied too, worded for the record.
    let csrf = client.get(&contacts_path(licence)).csrf();
    let added = client.post(
        &contacts_path(licence),
        &[
            ("csrf", &csrf),
            ("role", "billing"),
            ("email_billing", "bill@acme.example"),
        ],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    let copies = mailbox_mails(&server, "licences@acme.example");
    assert_eq!(copies.len(), 2, "{copies:?}");
    assert_eq!(copies[1].kind, "contact-added");
    assert!(
        copies[1].body.contains(
            "For your records: primary@acme.example added bill@acme.example as a billing contact"
        ),
        "{}",
        copies[1].body
    );
    assert!(!copies[1].body.contains("/invite/"), "{}", copies[1].body);
}

#[test]
fn the_monthly_report_reaches_the_organisations_mailboxes_once_a_month() {
    let server = TestServer::start();
    let licence = licence_with(&server, "SEN-700008", |l| {
        l.organisation = "Acme Ltd".into();
        l.support_expiry = Some(in_days(200));
    });
    let acme = organisation_of(&server, licence);
    let manager = add_user(&server, "manager@acme.example");
    make_manager(&server, acme, manager);
    mailbox(&server, Some(acme), "licences@acme.example", Language::De);
    mailbox(&server, Some(acme), "manager@acme.example", Language::Ja);

    run_reminders(&server);
    let reports = |address: &str| -> Vec<Mail> {
        mailbox_mails(&server, address)
            .into_iter()
            .filter(|m| m.kind == "organisation-report")
            .collect()
    };
    let to_mailbox = reports("licences@acme.example");
    assert_eq!(to_mailbox.len(), 1, "{:?}", outbox(&server));
    assert!(to_mailbox[0].subject.contains("Acme Ltd"));
    assert!(
        to_mailbox[0].body.contains("Funktionspostfächer"),
        "{}",
        to_mailbox[0].body
    );
    // The manager's own address named as a mailbox gets the manager's report only.
    let to_manager = reports("manager@acme.example");
    assert_eq!(to_manager.len(), 1);
    assert!(to_manager[0].body.contains("as a manager of Acme Ltd"));

    run_reminders(&server);
    assert_eq!(reports("licences@acme.example").len(), 1);
}

/// Runs `licensedesk organisation mailbox ...` on the server's data directory: the exit
/// status, and what it printed (standard output and error).
fn mailbox_command(server: &TestServer, args: &[&str]) -> (i32, String) {
    let output = crate::cli::binary()
        .args(["organisation", "mailbox"])
        .args(args)
        .arg("--data-dir")
        .arg(server.data.path())
        .output()
        .unwrap();
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), printed)
}

#[test]
fn the_command_line_adds_lists_and_removes_mailboxes_audited_as_the_command_line() {
    let server = TestServer::start();
    let licence = licence_with(&server, "SEN-700009", |l| {
        l.organisation = "Acme Ltd".into()
    });
    let acme = organisation_of(&server, licence).0.to_string();

    let (code, printed) = mailbox_command(
        &server,
        &[
            "add",
            "--organisation",
            &acme,
            "--language",
            "ja",
            "Licences@Acme.example",
        ],
    );
    assert_eq!(code, 0, "{printed}");
    assert!(
        printed.contains("licences@acme.example now receives the mails of Acme Ltd."),
        "{printed}"
    );
    let (code, printed) = mailbox_command(&server, &["add", "ops@portal.example"]);
    assert_eq!(code, 0, "{printed}");
    assert!(printed.contains("of the portal"), "{printed}");

    // Refusals change nothing.
    for args in [
        vec!["add", "--organisation", &acme, "licences@acme.example"],
        vec!["add", "not an address"],
        vec!["add", "--language", "fr", "fr@portal.example"],
        vec!["add", "--organisation", "999999", "x@portal.example"],
        vec!["remove", "nobody@portal.example"],
    ] {
        let (code, printed) = mailbox_command(&server, &args);
        assert_eq!(code, 2, "{args:?}: {printed}");
    }
    assert_eq!(rows(&server).len(), 2, "{:?}", rows(&server));

    let (code, printed) = mailbox_command(&server, &["list", "--organisation", &acme]);
    assert_eq!(code, 0);
    assert_eq!(printed, "licences@acme.example\tja\tcommand line\n");
    let (_, printed) = mailbox_command(&server, &["list"]);
    assert!(printed.starts_with("ops@portal.example\ten\t"), "{printed}");

    let (code, printed) = mailbox_command(
        &server,
        &["remove", "--organisation", &acme, "LICENCES@acme.example"],
    );
    assert_eq!(code, 0, "{printed}");
    assert_eq!(rows(&server).len(), 1);
    assert_eq!(audited(&server, "mailbox-added"), 2);
    assert_eq!(audited(&server, "mailbox-removed"), 1);
}
