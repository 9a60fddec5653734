//! The partner dashboard and the monthly organisation reports. An inventory is seeded in the
//! database (two organisations and licences without one, a licence in each state, contacts
//! making each bus-factor warning, archived licences that count nowhere); the dashboard's
//! figures are checked cell by cell as an administrator, a manager and a consultant see them.
//! The reports are queued by the periodic job, run as the server's thread would run it on
//! chosen days and as `licensedesk reminders run`, and previewed and switched on the page.

use jiff::civil::Date;
use licensedesk::domain::{AccountId, LicenceId, OrganisationId};
use licensedesk::mail::Sender;

use crate::mail::run_reminders;
use crate::support::people::{add_contact, add_user, licence_with, mails_to, signed_in};
use crate::support::{Client, TestServer};

const DAY: i64 = 86_400;

fn today() -> Date {
    jiff::Zoned::now().date()
}

fn in_days(days: i64) -> Date {
    today().checked_add(jiff::Span::new().days(days)).unwrap()
}

fn now() -> i64 {
    licensedesk::store::unix_now()
}

/// A licence of an organisation (by the name its key gives), its support ending in `support`
/// days (none for `None`).
fn licence(server: &TestServer, sen: &str, organisation: &str, support: Option<i64>) -> LicenceId {
    licence_with(server, sen, |l| {
        l.organisation = organisation.into();
        l.support_expiry = support.map(in_days);
    })
}

fn organisation(server: &TestServer, name: &str) -> OrganisationId {
    OrganisationId(
        server
            .db()
            .query_row(
                "SELECT id FROM organisations WHERE name = ?1",
                [name],
                |row| row.get(0),
            )
            .unwrap(),
    )
}

/// An account that signed in `days_ago` days ago.
fn person(server: &TestServer, email: &str, days_ago: i64) -> AccountId {
    let id = add_user(server, email);
    server
        .db()
        .execute(
            "UPDATE accounts SET last_sign_in_at = ?2 WHERE id = ?1",
            [id.0, now() - days_ago * DAY],
        )
        .unwrap();
    id
}

fn sql(server: &TestServer, statement: &str, id: i64) {
    server.db().execute(statement, [id]).unwrap();
}

fn make_manager(server: &TestServer, organisation: OrganisationId, account: AccountId) {
    let conn = licensedesk::store::open(&server.database_path()).unwrap();
    assert!(
        licensedesk::store::organisations::add_manager(
            &conn,
            organisation,
            account,
            "admin",
            now()
        )
        .unwrap()
    );
}

/// The seeded inventory and who is who in it.
struct Inventory {
    acme: OrganisationId,
    beta: OrganisationId,
    /// Acme's licence whose support ends soonest (in 30 days).
    acme_soonest: LicenceId,
}

/// Acme Ltd: four active licences (two expiring, one with expired support), an evaluation, a
/// test licence and an archived one; one licence has a single contact and no billing contact,
/// one a disabled primary, one a primary who last signed in 200 days ago. Beta GmbH: two active
/// licences, one without contacts, one with only a billing contact, support expired. And one
/// licence of no organisation.
fn seed(server: &TestServer) -> Inventory {
    let tech = person(server, "tech@example.com", 1);
    let billing = person(server, "billing@example.com", 1);
    let gone = person(server, "gone@example.com", 1);
    let old = person(server, "old@example.com", 200);
    let both = |licence: LicenceId, technical: AccountId| {
        add_contact(server, licence, technical, "technical");
        add_contact(server, licence, billing, "billing");
    };

    let a1 = licence(server, "SEN-A1", "Acme Ltd", Some(30));
    both(a1, tech);
    // Another spelling of the same company joins the same organisation.
    let a2 = licence(server, "SEN-A2", "ACME LTD.", Some(200));
    add_contact(server, a2, tech, "technical");
    let a3 = licence(server, "SEN-A3", "Acme Ltd", Some(-10));
    both(a3, gone);
    sql(
        server,
        "UPDATE accounts SET state = 'disabled' WHERE id = ?1",
        gone.0,
    );
    let a4 = licence_with(server, "SEN-A4", |l| {
        l.organisation = "Acme Ltd".into();
        l.is_evaluation = true;
        l.licence_expiry = Some(in_days(20));
    });
    both(a4, tech);
    let a5 = licence(server, "SEN-A5", "Acme Ltd", Some(300));
    both(a5, tech);
    sql(
        server,
        "UPDATE licences SET kind = 'test' WHERE id = ?1",
        a5.0,
    );
    let a6 = licence(server, "SEN-A6", "Acme Ltd", Some(10));
    sql(
        server,
        "UPDATE licences SET archived = 1 WHERE id = ?1",
        a6.0,
    );
    let a7 = licence(server, "SEN-A7", "Acme Ltd", Some(60));
    both(a7, old);

    licence(server, "SEN-B1", "Beta GmbH", Some(100));
    let b2 = licence(server, "SEN-B2", "Beta GmbH", Some(-5));
    add_contact(server, b2, billing, "billing");
    let b3 = licence(server, "SEN-B3", "Beta GmbH", Some(5));
    sql(
        server,
        "UPDATE licences SET archived = 1 WHERE id = ?1",
        b3.0,
    );

    licence(server, "SEN-N1", "", Some(10));

    Inventory {
        acme: organisation(server, "Acme Ltd"),
        beta: organisation(server, "Beta GmbH"),
        acme_soonest: a1,
    }
}

/// The text of a table cell: the row of an organisation (its id, `none` or `total`), the
/// column of a state (`LicenceState::as_str`, or `next-renewal`).
fn cell(page: &str, row: &str, state: &str) -> Option<String> {
    let start = page.find(&format!("<tr data-organisation=\"{row}\""))?;
    let row_html = &page[start..];
    let row_html = &row_html[..row_html.find("</tr>")?];
    let at = row_html.find(&format!("data-state=\"{state}\""))?;
    let cell = &row_html[at..];
    let cell = &cell[cell.find('>')? + 1..cell.find("</td>")?];
    let mut text = String::new();
    let mut in_tag = false;
    for c in cell.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some(text.trim().to_owned())
}

const STATES: [&str; 8] = [
    "active",
    "expiring",
    "support-expired",
    "evaluation",
    "test",
    "single-contact",
    "primary-inactive",
    "no-billing",
];

fn row_counts(page: &str, row: &str) -> Vec<String> {
    STATES
        .iter()
        .map(|state| cell(page, row, state).unwrap_or_else(|| panic!("{row}/{state} in {page}")))
        .collect()
}

#[test]
fn an_administrator_sees_every_organisation_counted_by_state_with_links_and_reasons() {
    let (server, mut admin) = TestServer::with_admin();
    let inventory = seed(&server);
    let page = admin.get("/dashboard");
    assert_eq!(page.status, 200, "{}", page.body);
    let body = &page.body;
    let (acme, beta) = (inventory.acme.0.to_string(), inventory.beta.0.to_string());

    assert_eq!(
        row_counts(body, &acme),
        ["4", "2", "1", "1", "1", "1", "2", "1"]
    );
    assert_eq!(
        row_counts(body, &beta),
        ["2", "0", "1", "0", "0", "2", "0", "1"]
    );
    assert_eq!(
        row_counts(body, "none"),
        ["1", "1", "0", "0", "0", "1", "0", "1"]
    );
    assert_eq!(
        row_counts(body, "total"),
        ["7", "3", "2", "1", "1", "4", "2", "3"]
    );
    assert_eq!(
        cell(body, &acme, "next-renewal").unwrap(),
        in_days(30).to_string()
    );
    assert_eq!(
        cell(body, &beta, "next-renewal").unwrap(),
        in_days(100).to_string()
    );
    assert_eq!(
        cell(body, "total", "next-renewal").unwrap(),
        in_days(10).to_string()
    );

    // Every figure but 0 links to the list cut the same way.
    for state in STATES {
        let link = format!("href=\"/licences?organisation={acme}&amp;state={state}\"");
        assert!(body.contains(&link), "{link} not in {body}");
    }
    assert!(body.contains("href=\"/licences?organisation=none&amp;state=expiring\""));
    assert!(!body.contains(&format!("/licences?organisation={beta}&amp;state=expiring")));
    assert!(!body.contains(&format!("/licences?organisation={beta}&amp;state=test")));

    let text = page.text();
    assert!(text.contains("No organisation"), "{text}");
    assert!(text.contains("only contact: tech@example.com"), "{text}");
    assert!(text.contains("only contact: billing@example.com"), "{text}");
    assert!(text.contains("no contact at all"), "{text}");
    assert!(
        text.contains("primary technical contact gone@example.com is disabled"),
        "{text}"
    );
    let last_seen = jiff::Timestamp::from_second(now() - 200 * DAY)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    assert!(
        text.contains(&format!(
            "primary technical contact old@example.com has not signed in since {last_seen}"
        )),
        "{text}"
    );
    assert!(text.contains("no billing contact"), "{text}");
    // Archived licences are in no count and no warning.
    assert!(
        !text.contains("SEN-A6") && !text.contains("SEN-B3"),
        "{text}"
    );
}

#[test]
fn a_manager_sees_their_organisations_only_and_others_get_404() {
    let (server, mut admin) = TestServer::with_admin();
    let inventory = seed(&server);
    let manager = person(&server, "manager@example.com", 1);
    make_manager(&server, inventory.acme, manager);
    let mut manager = signed_in(&server, "manager@example.com");
    let (acme, beta) = (inventory.acme.0.to_string(), inventory.beta.0.to_string());

    let page = manager.get("/dashboard");
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(
        row_counts(&page.body, &acme),
        ["4", "2", "1", "1", "1", "1", "2", "1"]
    );
    assert!(cell(&page.body, &beta, "active").is_none(), "{}", page.body);
    assert!(cell(&page.body, "none", "active").is_none());
    assert!(cell(&page.body, "total", "active").is_none());
    let text = page.text();
    assert!(!text.contains("SEN-B2") && !text.contains("billing@example.com is"));

    // The top bar leads managers and administrators to the dashboard, and not contacts.
    assert!(
        manager
            .get("/licences")
            .body
            .contains("href=\"/dashboard\"")
    );
    assert!(admin.get("/licences").body.contains("href=\"/dashboard\""));
    let mut contact = signed_in(&server, "tech@example.com");
    assert!(
        !contact
            .get("/licences")
            .body
            .contains("href=\"/dashboard\"")
    );

    let one = manager.get(&format!("/dashboard?organisation={acme}"));
    assert_eq!(one.status, 200);
    assert!(one.text().contains("Partner dashboard: Acme Ltd"));
    for other in [beta.clone(), "999".to_owned()] {
        let answer = manager.get(&format!("/dashboard?organisation={other}"));
        assert_eq!(answer.status, 404, "{other}: {}", answer.body);
    }
    assert_eq!(manager.get("/dashboard?organisation=acme").status, 400);
    // An administrator's one-organisation view has its row and no totals.
    let only = admin.get(&format!("/dashboard?organisation={beta}"));
    assert_eq!(only.status, 200);
    assert_eq!(
        row_counts(&only.body, &beta),
        ["2", "0", "1", "0", "0", "2", "0", "1"]
    );
    assert!(cell(&only.body, &acme, "active").is_none());
    assert!(cell(&only.body, "total", "active").is_none());
}

#[test]
fn consultants_while_their_grant_runs_see_the_dashboard_and_nobody_else_does() {
    let server = TestServer::start();
    let _admin = server.setup_admin();
    let inventory = seed(&server);
    let conn = licensedesk::store::open(&server.database_path()).unwrap();
    let running = person(&server, "running@example.com", 1);
    let ended = person(&server, "ended@example.com", 1);
    use licensedesk::store::organisations::grant;
    grant(
        &conn,
        inventory.beta,
        running,
        false,
        "admin",
        now() - DAY,
        now() + 10 * DAY,
    )
    .unwrap();
    grant(
        &conn,
        inventory.beta,
        ended,
        true,
        "admin",
        now() - 10 * DAY,
        now() - DAY,
    )
    .unwrap();

    let mut consultant = signed_in(&server, "running@example.com");
    let page = consultant.get("/dashboard");
    assert_eq!(page.status, 200, "{}", page.body);
    let beta = inventory.beta.0.to_string();
    assert_eq!(
        row_counts(&page.body, &beta),
        ["2", "0", "1", "0", "0", "2", "0", "1"]
    );
    assert!(cell(&page.body, &inventory.acme.0.to_string(), "active").is_none());
    // The monthly report is the managers' and administrators'.
    assert_eq!(
        consultant
            .get(&format!("/organisations/{beta}/report"))
            .status,
        404
    );

    for email in ["ended@example.com", "tech@example.com"] {
        let mut client = signed_in(&server, email);
        assert_eq!(client.get("/dashboard").status, 404, "{email}");
    }
    let anonymous = server.client().get("/dashboard");
    assert_eq!(anonymous.status, 303);
}

fn sender() -> Sender<'static> {
    Sender {
        from: "licensedesk@localhost",
        base_url: "https://licences.example",
    }
}

/// One run of the periodic job on `day`, on its own connection (as after a restart).
fn run_job(server: &TestServer, day: Date) {
    let mut conn = licensedesk::store::open(&server.database_path()).unwrap();
    let cutoffs = licensedesk::app::lifecycle::cutoffs(&conn).unwrap();
    licensedesk::mail::reminders::run_all(&mut conn, sender(), &cutoffs, day, now()).unwrap();
}

fn reports_to(server: &TestServer, email: &str) -> Vec<crate::support::people::Mail> {
    mails_to(server, email, "organisation-report")
}

/// Beta's report switched off through its page by its manager.
fn switch(client: &mut Client, organisation: OrganisationId, on: &str) -> crate::support::Resp {
    let path = format!("/organisations/{}/report", organisation.0);
    let page = client.get(&path);
    assert_eq!(page.status, 200, "{}", page.body);
    let csrf = page.csrf();
    client.post(
        &format!("/organisations/{}/reports", organisation.0),
        &[("csrf", &csrf), ("on", on)],
    )
}

#[test]
fn the_monthly_report_goes_to_each_manager_once_a_month_across_runs_and_restarts() {
    let (server, mut admin) = TestServer::with_admin();
    let inventory = seed(&server);
    for (email, organisation) in [
        ("first@example.com", inventory.acme),
        ("second@example.com", inventory.acme),
        ("beta-manager@example.com", inventory.beta),
    ] {
        let id = person(&server, email, 1);
        make_manager(&server, organisation, id);
    }
    let disabled = person(&server, "disabled-manager@example.com", 1);
    make_manager(&server, inventory.acme, disabled);
    sql(
        &server,
        "UPDATE accounts SET state = 'disabled' WHERE id = ?1",
        disabled.0,
    );

    // What changed: a manager archives and restores a licence before the first report.
    let mut first = signed_in(&server, "first@example.com");
    let licence = format!("/licences/{}", inventory.acme_soonest.0);
    let csrf = first.get(&licence).csrf();
    assert_eq!(
        first
            .post(&format!("{licence}/archive"), &[("csrf", &csrf)])
            .status,
        303
    );
    assert_eq!(
        first
            .post(&format!("{licence}/restore"), &[("csrf", &csrf)])
            .status,
        303
    );

    // Beta's manager switches Beta's report off.
    let mut beta_manager = signed_in(&server, "beta-manager@example.com");
    assert_eq!(switch(&mut beta_manager, inventory.beta, "0").status, 303);
    assert_eq!(
        server.count("SELECT reports FROM organisations WHERE name = 'Beta GmbH'"),
        0
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'organisation-reports-off' \
             AND actor_label = 'beta-manager@example.com'"
        ),
        1
    );

    let day = today();
    run_job(&server, day);
    run_job(&server, day);
    // The command line, another process, the same month: nothing new.
    let printed = run_reminders(&server);
    assert!(!printed.contains("monthly report"), "{printed}");
    for email in ["first@example.com", "second@example.com"] {
        assert_eq!(reports_to(&server, email).len(), 1, "{email}");
    }
    assert!(reports_to(&server, "disabled-manager@example.com").is_empty());
    assert!(reports_to(&server, "beta-manager@example.com").is_empty());
    assert_eq!(
        server.count("SELECT count(*) FROM organisation_reports_sent"),
        1
    );

    let mail = &reports_to(&server, "first@example.com")[0];
    assert!(mail.subject.contains("Acme Ltd"), "{}", mail.subject);
    let body = &mail.body;
    assert!(
        body.contains(&format!("(SEN-A1): support ends on {}", in_days(30))),
        "{body}"
    );
    assert!(body.contains("SEN-A7"), "{body}");
    assert!(body.contains("only contact: tech@example.com"), "{body}");
    assert!(body.contains("gone@example.com is disabled"), "{body}");
    assert!(body.contains("Archived: SEN-A1 (Jira)"), "{body}");
    assert!(body.contains("Restored: SEN-A1 (Jira)"), "{body}");
    assert!(
        body.contains(&format!(
            "https://licences.example/dashboard?organisation={}",
            inventory.acme.0
        )),
        "{body}"
    );
    assert!(!body.contains("SEN-B"), "{body}");

    // The next month: a second report each, telling only what changed since the first.
    let next_month = day
        .first_of_month()
        .checked_add(jiff::Span::new().months(1))
        .unwrap();
    run_job(&server, next_month);
    run_job(&server, next_month);
    for email in ["first@example.com", "second@example.com"] {
        assert_eq!(reports_to(&server, email).len(), 2, "{email}");
    }
    let second = &reports_to(&server, "first@example.com")[1];
    assert!(second.body.contains("Nothing changed."), "{}", second.body);
    assert!(reports_to(&server, "beta-manager@example.com").is_empty());

    // Switched on again, Beta's manager gets the month's report at the next run.
    assert_eq!(switch(&mut admin, inventory.beta, "1").status, 303);
    run_job(&server, next_month);
    assert_eq!(reports_to(&server, "beta-manager@example.com").len(), 1);
    assert_eq!(reports_to(&server, "first@example.com").len(), 2);
}

#[test]
fn the_report_preview_and_switch_are_for_administrators_and_the_organisations_managers() {
    let (server, mut admin) = TestServer::with_admin();
    let inventory = seed(&server);
    let acme_manager = person(&server, "acme-manager@example.com", 1);
    make_manager(&server, inventory.acme, acme_manager);
    let beta_manager = person(&server, "beta-manager@example.com", 1);
    make_manager(&server, inventory.beta, beta_manager);
    let (acme, beta) = (inventory.acme.0, inventory.beta.0);

    let page = admin.get(&format!("/organisations/{acme}/report"));
    assert_eq!(page.status, 200, "{}", page.body);
    let text = page.text();
    assert!(text.contains("Monthly report of Acme Ltd"), "{text}");
    assert!(text.contains("SEN-A1"), "{text}");
    assert!(text.contains("has not been queued yet"), "{text}");

    let mut manager = signed_in(&server, "acme-manager@example.com");
    assert_eq!(
        manager.get(&format!("/organisations/{acme}/report")).status,
        200
    );
    let mut other = signed_in(&server, "beta-manager@example.com");
    for path in [
        format!("/organisations/{acme}/report"),
        "/organisations/999/report".to_owned(),
    ] {
        assert_eq!(other.get(&path).status, 404, "{path}");
    }
    let mut contact = signed_in(&server, "tech@example.com");
    assert_eq!(
        contact.get(&format!("/organisations/{acme}/report")).status,
        404
    );

    // A manager of another organisation cannot switch it: 404, nothing changed.
    let csrf = other.get(&format!("/organisations/{beta}/report")).csrf();
    let refused = other.post(
        &format!("/organisations/{acme}/reports"),
        &[("csrf", &csrf), ("on", "0")],
    );
    assert_eq!(refused.status, 404);
    let reports = || {
        server.count(&format!(
            "SELECT reports FROM organisations WHERE id = {acme}"
        ))
    };
    assert_eq!(reports(), 1);

    // A value that is neither on nor off: 400, the form again, nothing changed.
    let bad = switch(&mut manager, inventory.acme, "maybe");
    assert_eq!(bad.status, 400, "{}", bad.body);
    assert!(bad.text().contains("Choose on or off."));
    assert_eq!(reports(), 1);
    // Without the form's token: 403, nothing changed.
    let forged = manager.post(&format!("/organisations/{acme}/reports"), &[("on", "0")]);
    assert_eq!(forged.status, 403);
    assert_eq!(reports(), 1);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action LIKE 'organisation-reports-%'"),
        0
    );

    let done = switch(&mut manager, inventory.acme, "0");
    assert_eq!(done.status, 303);
    assert_eq!(reports(), 0);
    assert!(
        manager
            .get(&format!("/organisations/{acme}/report"))
            .text()
            .contains("The monthly report is off")
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'organisation-reports-off' \
             AND actor_label = 'acme-manager@example.com'"
        ),
        1
    );
}

/// The `href` of the link whose text is `text`.
fn link_to(page: &str, text: &str) -> Option<String> {
    let at = page.find(&format!(">{text}</a>"))?;
    let start = page[..at].rfind("href=\"")? + "href=\"".len();
    let end = start + page[start..].find('"')?;
    Some(page[start..end].replace("&amp;", "&"))
}

#[test]
fn the_more_warnings_link_leads_to_a_list_of_exactly_the_warned_licences() {
    let server = TestServer::start();
    // Sixty licences of Alpha with no billing contact, and one licence of Beta on which the
    // manager of Alpha is a contact (also without a billing contact).
    for n in 0..60 {
        licence(&server, &format!("SEN-A-{n:02}"), "Alpha Ltd", Some(300));
    }
    let beta = licence(&server, "SEN-B-1", "Beta GmbH", Some(300));
    let manager = person(&server, "manager@example.com", 1);
    make_manager(&server, organisation(&server, "Alpha Ltd"), manager);
    add_contact(&server, beta, manager, "technical");

    let mut client = signed_in(&server, "manager@example.com");
    let page = client.get("/dashboard");
    assert_eq!(page.status, 200);
    let more = link_to(&page.body, "and 10 more")
        .unwrap_or_else(|| panic!("no link to the other ten:\n{}", page.text()));
    assert!(
        more.contains(&format!(
            "organisation={}",
            organisation(&server, "Alpha Ltd").0
        )),
        "{more}"
    );
    let list = client.get(&more);
    assert_eq!(list.status, 200);
    let text = list.text();
    assert!(text.contains("of 60"), "{text}");
    assert!(!text.contains("SEN-B-1"), "{text}");
}
