//! The co-term planner: an organisation's licences renewed for whole months, each counted from
//! its previous support expiry, so that their support ends on one common date; the plan as a
//! page and as CSV, and its renewal orders created in one confirmed step. Administrators and
//! the organisation's managers order; a consultant with a running grant reads; anyone else gets
//! a 404.

use jiff::civil::Date;
use licensedesk::domain::{AccountId, LicenceId, OrganisationId};
use licensedesk::store::{organisations, unix_now};

use crate::support::people::{add_contact, add_user, licence_with, signed_in};
use crate::support::{Client, TestServer};

/// The organisation of the seeded inventory and its licences.
struct Inventory {
    organisation: OrganisationId,
    /// Support ends 2027-03-15: 6 months reach the common date.
    march: LicenceId,
    /// Support ends 2027-01-15: 8 months.
    january: LicenceId,
    /// Support ends 2027-09-15, the latest: the proposed common date, nothing to renew.
    latest: LicenceId,
    /// Support ended 2026-07-15, long ago: still counted from then, 14 months.
    lapsed: LicenceId,
    /// Support ends 2027-02-28: whole months land on the 28th, 6 months is 18 days short.
    february: LicenceId,
    /// An evaluation: left out.
    evaluation: LicenceId,
    /// A licence of another organisation.
    other: LicenceId,
}

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

fn seed(server: &TestServer) -> Inventory {
    let licence = |sen: &str, organisation: &str, support: &str| {
        let support = date(support);
        licence_with(server, sen, move |l| {
            l.organisation = organisation.into();
            l.support_expiry = Some(support);
        })
    };
    let march = licence("SEN-3001", "Example Ltd", "2027-03-15");
    let january = licence_with(server, "SEN-3002", |l| {
        // A name a spreadsheet would take for a formula.
        l.name = "=HYPERLINK(\"http://evil.example\")".into();
        l.support_expiry = Some(date("2027-01-15"));
    });
    let latest = licence("SEN-3003", "EXAMPLE LTD.", "2027-09-15");
    let lapsed = licence("SEN-3004", "Example Ltd", "2026-07-15");
    let february = licence("SEN-3005", "Example Ltd", "2027-02-28");
    let evaluation = licence_with(server, "SEN-3006", |l| {
        l.is_evaluation = true;
        l.kind = licensedesk::domain::LicenceKind::Evaluation;
        l.name = "Jira (Server): Evaluation".into();
        l.support_expiry = Some(date("2027-01-01"));
    });
    let other = licence("SEN-3007", "Other GmbH", "2027-06-15");
    let organisation = organisation_of(server, march);
    for id in [january, latest, lapsed, february, evaluation] {
        assert_eq!(organisation_of(server, id), organisation, "{id}");
    }
    assert_ne!(organisation_of(server, other), organisation);
    Inventory {
        organisation,
        march,
        january,
        latest,
        lapsed,
        february,
        evaluation,
        other,
    }
}

fn organisation_of(server: &TestServer, licence: LicenceId) -> OrganisationId {
    server
        .db()
        .query_row(
            "SELECT organisation_id FROM licences WHERE id = ?1",
            [licence.0],
            |row| row.get(0),
        )
        .unwrap()
}

fn support_expiry(server: &TestServer, licence: LicenceId) -> String {
    server
        .db()
        .query_row(
            "SELECT support_expiry FROM licences WHERE id = ?1",
            [licence.0],
            |row| row.get(0),
        )
        .unwrap()
}

fn orders(server: &TestServer) -> Vec<(i64, String, String)> {
    let db = server.db();
    let mut stmt = db
        .prepare("SELECT licence_id, kind, description FROM orders ORDER BY licence_id")
        .unwrap();
    stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn make_manager(server: &TestServer, organisation: OrganisationId, account: AccountId) {
    organisations::add_manager(&server.db(), organisation, account, "admin", unix_now()).unwrap();
}

/// A consultant's grant that ends in `days` days (in the past for a negative number).
fn grant(server: &TestServer, organisation: OrganisationId, account: AccountId, days: i64) {
    let now = unix_now();
    organisations::grant(
        &server.db(),
        organisation,
        account,
        false,
        "admin",
        now - 30 * 86_400,
        now + days * 86_400,
    )
    .unwrap();
}

fn planner(organisation: OrganisationId) -> String {
    format!("/organisations/{organisation}/coterm")
}

/// Everything a co-term could change: the orders, every support expiry, the renewals audited.
fn snapshot(server: &TestServer) -> (Vec<(i64, String, String)>, Vec<String>, i64) {
    let db = server.db();
    let mut stmt = db
        .prepare("SELECT coalesce(support_expiry, '') FROM licences ORDER BY id")
        .unwrap();
    let expiries = stmt
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (
        orders(server),
        expiries,
        server.count("SELECT count(*) FROM audit_log WHERE action = 'licence-renewed'"),
    )
}

#[test]
fn the_plan_renews_each_licence_from_its_previous_expiry_towards_the_latest_one() {
    let (server, mut admin) = TestServer::with_admin();
    let inv = seed(&server);
    let page = admin.get(&planner(inv.organisation));
    assert_eq!(page.status, 200, "{}", page.body);
    let text = page.text();
    assert_eq!(page.field_value("until").as_deref(), Some("2027-09-15"));
    for expected in [
        "Renew 6 months: 2027-03-15 → 2027-09-15",
        "Renew 8 months: 2027-01-15 → 2027-09-15",
        "Renew 14 months: 2026-07-15 → 2027-09-15",
        "Ends 2027-02-28: no whole number of months reaches 2027-09-15; the nearest is \
         2027-08-28 (6 months), 18 days short.",
        "Already ends on the target date: nothing to renew.",
        "Evaluation licence: evaluations are extended, not renewed.",
        "Create renewal orders…",
    ] {
        assert!(text.contains(expected), "{expected:?} in {text}");
    }
    assert!(
        !text.contains("SEN-3007"),
        "another organisation's licence: {text}"
    );
    // The months column of each licence's row.
    for (licence, months, until) in [
        (inv.march, "6", "2027-09-15"),
        (inv.january, "8", "2027-09-15"),
        (inv.lapsed, "14", "2027-09-15"),
        (inv.february, "6", "2027-08-28"),
    ] {
        let row_at = page
            .body
            .find(&format!("data-licence=\"{licence}\""))
            .unwrap();
        let row = &page.body[row_at..row_at + page.body[row_at..].find("</tr>").unwrap()];
        assert!(
            row.contains(&format!("<td class=\"months\">{months}</td>")),
            "{row}"
        );
        assert!(
            row.contains(&format!("<td class=\"until\">{until}</td>")),
            "{row}"
        );
    }
    // Another date: from 2027-03-15, 2027-12-15 is 9 months; the latest licence now ends after it.
    let text = admin
        .get(&format!("{}?until=2027-12-15", planner(inv.organisation)))
        .text();
    assert!(
        text.contains("Renew 9 months: 2027-03-15 → 2027-12-15"),
        "{text}"
    );
    assert!(
        text.contains("Renew 3 months: 2027-09-15 → 2027-12-15"),
        "{text}"
    );
    // Too far: 2026-07-15 + 36 months is 2029-07-15.
    let text = admin
        .get(&format!("{}?until=2029-08-15", planner(inv.organisation)))
        .text();
    assert!(
        text.contains("Too far: at most 36 months per renewal."),
        "{text}"
    );
}

#[test]
fn the_csv_has_a_row_per_licence_with_iso_dates_and_neutralised_cells() {
    let (server, mut admin) = TestServer::with_admin();
    let inv = seed(&server);
    let csv = admin.get(&format!(
        "/organisations/{}/coterm.csv?until=2027-09-15",
        inv.organisation
    ));
    assert_eq!(csv.status, 200, "{}", csv.body);
    assert!(
        csv.header("content-type").unwrap().starts_with("text/csv"),
        "{:?}",
        csv.headers
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(
        lines[0],
        "organisation,target,licence_id,sen,product,name,support_expiry,months,\
         new_support_expiry,note,days_short"
    );
    let name = "JIRA (Server) 10 Users: Commercial License";
    let expected = [
        format!(
            "Example Ltd,2027-09-15,{},SEN-3004,Jira,{name},2026-07-15,14,2027-09-15,exact,",
            inv.lapsed
        ),
        format!(
            "Example Ltd,2027-09-15,{},SEN-3002,Jira,\"'=HYPERLINK(\"\"http://evil.example\"\")\",2027-01-15,8,2027-09-15,exact,",
            inv.january
        ),
        format!(
            "Example Ltd,2027-09-15,{},SEN-3005,Jira,{name},2027-02-28,6,2027-08-28,short,18",
            inv.february
        ),
        format!(
            "Example Ltd,2027-09-15,{},SEN-3001,Jira,{name},2027-03-15,6,2027-09-15,exact,",
            inv.march
        ),
        format!(
            "Example Ltd,2027-09-15,{},SEN-3003,Jira,{name},2027-09-15,,,on-target,",
            inv.latest
        ),
        format!(
            "Example Ltd,2027-09-15,{},SEN-3006,Jira,Jira (Server): Evaluation,2027-01-01,,,evaluation,",
            inv.evaluation
        ),
    ];
    assert_eq!(&lines[1..], expected, "{}", csv.body);
}

#[test]
fn confirming_creates_one_renewal_order_per_licence_and_moves_each_support_expiry() {
    let (server, mut admin) = TestServer::with_admin();
    let inv = seed(&server);
    let manager_id = add_user(&server, "manager@example.com");
    make_manager(&server, inv.organisation, manager_id);
    let mut manager = signed_in(&server, "manager@example.com");
    let page = manager.get(&planner(inv.organisation));
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    let before = snapshot(&server);

    // The button leads to a confirmation listing every order, and changes nothing.
    let confirm = manager.post(
        &planner(inv.organisation),
        &[("csrf", &csrf), ("until", "2027-09-15")],
    );
    assert_eq!(confirm.status, 200, "{}", confirm.body);
    let text = confirm.text();
    assert!(text.contains("Create 4 renewal orders?"), "{text}");
    assert!(text.contains("SEN-3004"), "{text}");
    assert!(
        text.contains("Renew 14 months: 2026-07-15 → 2027-09-15"),
        "{text}"
    );
    assert!(!text.contains("SEN-3003"), "nothing to renew: {text}");
    assert_eq!(confirm.field_value("confirm").as_deref(), Some("1"));
    assert_eq!(snapshot(&server), before);

    // Confirmed: the months are the server's, whatever a form posts beside the date.
    let done = manager.post(
        &planner(inv.organisation),
        &[
            ("csrf", &confirm.csrf()),
            ("until", "2027-09-15"),
            ("confirm", "1"),
            ("months", "36"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), "/orders");
    let orders_page = manager.get("/orders");
    assert!(
        orders_page.text().contains("4 renewal orders created."),
        "{}",
        orders_page.text()
    );
    let renewal = |months: u32, until: &str| {
        (
            "renewal".to_owned(),
            format!("Renewal for {months} months: support until {until}"),
        )
    };
    let created: Vec<(i64, (String, String))> = orders(&server)
        .into_iter()
        .map(|(licence, kind, description)| (licence, (kind, description)))
        .collect();
    let mut expected = vec![
        (inv.march.0, renewal(6, "2027-09-15")),
        (inv.january.0, renewal(8, "2027-09-15")),
        (inv.lapsed.0, renewal(14, "2027-09-15")),
        (inv.february.0, renewal(6, "2027-08-28")),
    ];
    expected.sort();
    assert_eq!(created, expected);
    for (licence, expiry) in [
        (inv.march, "2027-09-15"),
        (inv.january, "2027-09-15"),
        (inv.lapsed, "2027-09-15"),
        (inv.february, "2027-08-28"),
        (inv.latest, "2027-09-15"),
        (inv.evaluation, "2027-01-01"),
        (inv.other, "2027-06-15"),
    ] {
        assert_eq!(support_expiry(&server, licence), expiry, "{licence}");
    }
    // Each renewal is audited as a renewal on the licence's page is, by the manager.
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'licence-renewed' \
             AND actor_label = 'manager@example.com'"
        ),
        4
    );
    // The plan made again: the others end on the date, and February's licence is less than a
    // month from it, so there is nothing left to order.
    let again = admin.get(&planner(inv.organisation)).text();
    assert!(
        again.contains("Ends 18 days before the target date"),
        "{again}"
    );
    assert!(!again.contains("Create renewal orders"), "{again}");
}

#[test]
fn who_is_not_admin_manager_or_consultant_of_the_organisation_gets_a_404() {
    let (server, _admin) = TestServer::with_admin();
    let inv = seed(&server);
    let other_manager = add_user(&server, "other@example.com");
    make_manager(&server, organisation_of(&server, inv.other), other_manager);
    let ended = add_user(&server, "ended@example.com");
    grant(&server, inv.organisation, ended, -1);
    let contact = add_user(&server, "contact@example.com");
    add_contact(&server, inv.march, contact, "technical");
    add_user(&server, "stranger@example.com");
    let before = snapshot(&server);
    for email in [
        "other@example.com",
        "ended@example.com",
        "contact@example.com",
        "stranger@example.com",
    ] {
        let mut client: Client = signed_in(&server, email);
        let csrf = client.get("/licences").csrf();
        for path in [
            planner(inv.organisation),
            format!("/organisations/{}/coterm.csv", inv.organisation),
            "/organisations/999999/coterm".to_owned(),
        ] {
            assert_eq!(client.get(&path).status, 404, "{email} GET {path}");
        }
        let posted = client.post(
            &planner(inv.organisation),
            &[("csrf", &csrf), ("until", "2027-09-15"), ("confirm", "1")],
        );
        assert_eq!(posted.status, 404, "{email} POST");
    }
    assert_eq!(snapshot(&server), before);
}

#[test]
fn a_consultant_sees_the_plan_and_its_csv_but_orders_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let inv = seed(&server);
    let consultant = add_user(&server, "consultant@example.com");
    grant(&server, inv.organisation, consultant, 10);
    let mut client = signed_in(&server, "consultant@example.com");
    let page = client.get(&planner(inv.organisation));
    assert_eq!(page.status, 200, "{}", page.body);
    let text = page.text();
    assert!(
        text.contains("Renew 6 months: 2027-03-15 → 2027-09-15"),
        "{text}"
    );
    assert!(!text.contains("Create renewal orders"), "{text}");
    assert!(text.contains("read-only"), "{text}");
    let csv = client.get(&format!("/organisations/{}/coterm.csv", inv.organisation));
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains("SEN-3001"));
    let before = snapshot(&server);
    for form in [
        vec![("until", "2027-09-15")],
        vec![("until", "2027-09-15"), ("confirm", "1")],
    ] {
        let mut fields = vec![("csrf", page.csrf())];
        fields.extend(form.into_iter().map(|(k, v)| (k, v.to_owned())));
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let posted = client.post(&planner(inv.organisation), &fields);
        assert_eq!(posted.status, 403, "{}", posted.body);
    }
    assert_eq!(snapshot(&server), before);
}

#[test]
fn a_date_that_is_not_one_is_refused_with_the_form_kept_and_nothing_changed() {
    let (server, mut admin) = TestServer::with_admin();
    let inv = seed(&server);
    for bad in ["2027-13-01", "next%20year", "2027-9-15"] {
        let page = admin.get(&format!("{}?until={bad}", planner(inv.organisation)));
        assert_eq!(page.status, 422, "{bad}: {}", page.body);
        let typed = bad.replace("%20", " ");
        assert_eq!(page.field_value("until").as_deref(), Some(typed.as_str()));
        assert!(
            page.text().contains("Write the date as year-month-day"),
            "{}",
            page.text()
        );
        let csv = admin.get(&format!(
            "/organisations/{}/coterm.csv?until={bad}",
            inv.organisation
        ));
        assert_eq!(csv.status, 422, "{bad}");
    }
    let csrf = admin.get(&planner(inv.organisation)).csrf();
    let before = snapshot(&server);
    for until in ["2027-02-30", ""] {
        let posted = admin.post(
            &planner(inv.organisation),
            &[("csrf", &csrf), ("until", until), ("confirm", "1")],
        );
        assert_eq!(posted.status, 422, "{until:?}: {}", posted.body);
        assert_eq!(posted.field_value("until").as_deref(), Some(until));
    }
    // A date in the past: no renewal reaches back, said so.
    let posted = admin.post(
        &planner(inv.organisation),
        &[("csrf", &csrf), ("until", "2026-01-01"), ("confirm", "1")],
    );
    assert_eq!(posted.status, 422);
    assert!(
        posted.text().contains("Choose a date after today"),
        "{}",
        posted.text()
    );
    let page = admin.get(&format!("{}?until=0001-01-01", planner(inv.organisation)));
    assert_eq!(page.status, 422);
    // Without a session token nothing happens either.
    let forged = admin.post(
        &planner(inv.organisation),
        &[("until", "2027-09-15"), ("confirm", "1")],
    );
    assert_eq!(forged.status, 403);
    assert_eq!(snapshot(&server), before);
}

#[test]
fn the_planner_speaks_every_language_without_a_placeholder_left() {
    let (server, mut admin) = TestServer::with_admin();
    let inv = seed(&server);
    for (code, words) in [
        ("de", "Konsolidierung der Lizenzzeiträume"),
        ("zh-CN", "条款关联"),
        ("ja", "期間の統一"),
        ("en", "Co-term planner"),
    ] {
        server
            .db()
            .execute("UPDATE accounts SET language = ?1 WHERE is_admin", [code])
            .unwrap();
        // Between them, these dates give every kind of note.
        for until in ["2027-09-15", "2027-09-20", "2029-08-15"] {
            let page = admin.get(&format!("{}?until={until}", planner(inv.organisation)));
            assert_eq!(page.status, 200, "{code} {until}");
            let text = page.text();
            assert!(text.contains(words), "{code}: {text}");
            for mark in ["{", "No localization for"] {
                assert!(!text.contains(mark), "{code} {until}: {mark:?} in {text}");
            }
        }
        let csrf = admin.get(&planner(inv.organisation)).csrf();
        let confirm = admin.post(
            &planner(inv.organisation),
            &[("csrf", &csrf), ("until", "2027-09-15")],
        );
        assert_eq!(confirm.status, 200, "{code}");
        assert!(!confirm.text().contains('{'), "{code}: {}", confirm.text());
    }
}
