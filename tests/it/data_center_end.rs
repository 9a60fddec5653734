//! The end of Data Center: the administrators' overview of every Data Center licence in use
//! (by organisation, nearest decision first, with what each cut-off date means and its source),
//! its CSV download, and the reminders: a Data Center licence's reminder carries the cut-off
//! lines, and administrators are reminded of a cut-off once for each threshold and date. The
//! dates are set relative to today through the cut-off table, as an administrator replaces it.

use jiff::civil::Date;
use licensedesk::domain::lifecycle::LifecycleFile;
use licensedesk::domain::{Actor, Deployment, LicenceId, LicenceKind};

use crate::mail::run_reminders;
use crate::support::people::{add_contact, add_user, licence_with, outbox, signed_in};
use crate::support::{ADMIN_EMAIL, TestServer};

fn in_days(days: i64) -> Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

/// Replaces the cut-off table in use, as an administrator's import does, with these dates (days
/// from today) for the three Data Center cut-offs.
fn set_cutoffs(server: &TestServer, new_subscriptions: i64, last_purchase: i64, end_of_life: i64) {
    let text = format!(
        "event,applies_to,except,date,source_url,reported_by\n\
         server-support-end,server,fisheye-crucible,2024-02-15,https://example.com/server,Atlassian\n\
         dc-new-subscriptions-end,data-center,,{},https://example.com/new,New source\n\
         dc-last-purchase,data-center,,{},https://example.com/last,Last source\n\
         dc-end-of-life,data-center,,{},https://example.com/eol,EOL source\n",
        in_days(new_subscriptions),
        in_days(last_purchase),
        in_days(end_of_life)
    );
    let mut conn = licensedesk::store::open(&server.database_path()).unwrap();
    licensedesk::app::lifecycle::replace(
        &mut conn,
        &Actor::CommandLine,
        LifecycleFile::Cutoffs,
        &text,
        licensedesk::store::unix_now(),
    )
    .unwrap()
    .expect("the cut-off table reads");
}

/// A Data Center licence of an organisation whose subscription renews in `renews` days.
fn data_center(server: &TestServer, sen: &str, organisation: &str, renews: i64) -> LicenceId {
    licence_with(server, sen, |l| {
        l.product = "Confluence".into();
        l.name = "Confluence (Data Center) 500 Users".into();
        l.deployment = Deployment::DataCenter;
        l.kind = LicenceKind::DataCenter;
        l.user_tier = Some(500);
        l.organisation = organisation.into();
        l.licence_expiry = Some(in_days(renews));
        l.support_expiry = Some(in_days(renews));
    })
}

#[test]
fn admins_see_data_center_licences_by_organisation_nearest_decision_first() {
    let (server, mut admin) = TestServer::with_admin();
    set_cutoffs(&server, -200, 60, 400);
    data_center(&server, "SEN-ACME-2", "Acme", 100);
    data_center(&server, "SEN-ACME-1", "Acme", 30);
    data_center(&server, "SEN-BETA-1", "Beta GmbH", 10);
    let archived = data_center(&server, "SEN-GONE", "Beta GmbH", 5);
    server
        .db()
        .execute(
            "UPDATE licences SET archived = 1 WHERE id = ?1",
            [archived.0],
        )
        .unwrap();
    licence_with(&server, "SEN-SERVER", |l| l.organisation = "Acme".into());
    // A Data Center test licence (a timebomb key for app developers) has nothing to decide.
    let test_licence = data_center(&server, "SEN-TIMEBOMB", "Acme", 1);
    server
        .db()
        .execute(
            "UPDATE licences SET kind = 'test' WHERE id = ?1",
            [test_licence.0],
        )
        .unwrap();

    let page = admin.get("/admin/end-of-data-center");
    assert_eq!(page.status, 200, "{}", page.body);
    let text = page.text();
    // Beta renews first, so it comes first; within Acme the nearer renewal first. Archived,
    // Server and test licences are not listed.
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {text}"))
    };
    assert!(at("Beta GmbH 1 licence") < at("Acme 2 licences"), "{text}");
    assert!(at("SEN-BETA-1") < at("SEN-ACME-1"));
    assert!(at("SEN-ACME-1") < at("SEN-ACME-2"));
    assert!(
        !text.contains("SEN-GONE")
            && !text.contains("SEN-SERVER")
            && !text.contains("SEN-TIMEBOMB"),
        "{text}"
    );
    let (renews, end_of_life) = (in_days(10), in_days(400));
    assert!(
        text.contains(&format!(
            "The subscription renews on {renews}; a renewal past {end_of_life} (end of life) is not possible."
        )),
        "{text}"
    );
    assert!(text.contains(&format!(
        "Tier changes and last purchases end on {}: decide the final tier before then.",
        in_days(60)
    )));
    assert!(text.contains(&format!(
        "New Data Center subscriptions ended on {}: a lapsed subscription cannot be bought again",
        in_days(-200)
    )));
    assert!(text.contains(&format!("Next decision by {renews}")));
    // Each line names its source, linked as the table gives it.
    assert!(page.body.contains(r#"href="https://example.com/last""#));
    assert!(text.contains("Source: EOL source"));
    // The page is linked from the other administration pages.
    assert!(
        admin
            .get("/admin")
            .body
            .contains(r#"href="/admin/end-of-data-center""#)
    );

    // The last day of purchases is still a day to decide on; the day after, the tier is final.
    set_cutoffs(&server, -200, 0, 400);
    let text = admin.get("/admin/end-of-data-center").text();
    assert!(
        text.contains(&format!(
            "Tier changes and last purchases end on {}: decide the final tier before then.",
            in_days(0)
        )),
        "{text}"
    );
    set_cutoffs(&server, -200, -1, 400);
    let text = admin.get("/admin/end-of-data-center").text();
    assert!(
        text.contains(&format!(
            "Tier changes and last purchases ended on {}: the tier is final.",
            in_days(-1)
        )),
        "{text}"
    );
    // A renewal on or after the end of life is no renewal before it: the end of life is planned.
    set_cutoffs(&server, -200, -1, 10);
    let text = admin.get("/admin/end-of-data-center").text();
    assert!(
        text.contains(&format!(
            "Data Center reaches its end of life on {}: decide where this product goes before then.",
            in_days(10)
        )),
        "{text}"
    );
    assert!(!text.contains(&format!("renews on {renews}")), "{text}");
}

#[test]
fn the_overview_is_not_there_for_anyone_but_administrators() {
    let (server, _admin) = TestServer::with_admin();
    let licence = data_center(&server, "SEN-ACME-1", "Acme", 30);
    let contact = add_user(&server, "carl@example.com");
    add_contact(&server, licence, contact, "technical");
    add_user(&server, "nobody@example.com");
    for email in ["carl@example.com", "nobody@example.com"] {
        let mut client = signed_in(&server, email);
        for path in ["/admin/end-of-data-center", "/admin/end-of-data-center.csv"] {
            let page = client.get(path);
            assert_eq!(page.status, 404, "{email} {path}");
            assert!(!page.body.contains("SEN-ACME-1"));
        }
    }
    let anonymous = server.client().get("/admin/end-of-data-center");
    assert_eq!(anonymous.status, 303);
    assert!(anonymous.location().starts_with("/signin"));
}

#[test]
fn the_csv_download_has_the_same_rows_with_codes_and_iso_dates() {
    let (server, mut admin) = TestServer::with_admin();
    set_cutoffs(&server, -200, 60, 400);
    data_center(&server, "SEN-ACME-1", "Acme", 30);
    data_center(&server, "SEN-BETA-1", "=Beta", 10);
    let csv = admin.get("/admin/end-of-data-center.csv");
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(
        csv.header("content-disposition")
            .is_some_and(|d| d.contains("end-of-data-center-")),
        "{:?}",
        csv.header("content-disposition")
    );
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(
        lines[0],
        "organisation,licence_id,sen,product,name,user_tier,licence_expiry,support_expiry,\
         next_decision,event,cutoff_date,consequence,days_left,source_url,reported_by"
    );
    // Two licences, three Data Center cut-offs each, Beta (renewing first) first; a cell a
    // spreadsheet would run as a formula is neutralised.
    assert_eq!(lines.len(), 1 + 6, "{}", csv.body);
    assert!(lines[1].starts_with("'=Beta,"), "{}", lines[1]);
    let renews = in_days(30);
    let expected = format!(
        "SEN-ACME-1,Confluence,Confluence (Data Center) 500 Users,500,{renews},{renews},{renews},\
         dc-end-of-life,{},last-renewals-before-end-of-life,,https://example.com/eol,EOL source",
        in_days(400)
    );
    assert!(
        lines.iter().any(|l| l.ends_with(&expected)),
        "{expected}\n{}",
        csv.body
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("dc-last-purchase") && l.contains(",decide-final-tier,60,")),
        "{}",
        csv.body
    );
}

#[test]
fn reminders_carry_the_cutoffs_and_admins_are_reminded_once_of_each_date_in_use() {
    let (mut server, _admin) = TestServer::with_admin();
    set_cutoffs(&server, -200, 30, 400);
    let licence = data_center(&server, "SEN-ACME-1", "Acme", 15);
    let ann = add_user(&server, "ann@example.com");
    add_contact(&server, licence, ann, "technical");
    server.stop();

    let first = run_reminders(&server);
    assert!(first.contains("2 reminders due"), "{first}");
    assert!(
        first.contains(&format!(
            "Last purchases and tier changes on {}: administrators' reminder, 30 days before, 1 mail",
            in_days(30)
        )),
        "{first}"
    );
    let mails = outbox(&server);
    let support = mails
        .iter()
        .find(|m| m.kind == "support-reminder" && m.to == "ann@example.com")
        .expect("the contact's support reminder");
    assert!(
        support
            .body
            .contains("What the end of Data Center means for this licence:"),
        "{}",
        support.body
    );
    assert!(
        support.body.contains(&format!(
            "The subscription renews on {}; a renewal past {} (end of life) is not possible.",
            in_days(15),
            in_days(400)
        )),
        "{}",
        support.body
    );
    assert!(
        support
            .body
            .contains("Source: Last source, https://example.com/last")
    );
    let cutoff: Vec<_> = mails
        .iter()
        .filter(|m| m.kind == "cutoff-reminder")
        .collect();
    assert_eq!(cutoff.len(), 1, "{mails:?}");
    assert_eq!(cutoff[0].to, ADMIN_EMAIL);
    assert_eq!(
        cutoff[0].subject,
        format!(
            "Last purchases and tier changes on {}: in 30 days",
            in_days(30)
        )
    );
    assert!(
        cutoff[0]
            .body
            .contains("https://licences.example/admin/end-of-data-center")
    );

    // Again: nothing new.
    let again = run_reminders(&server);
    assert!(again.contains("0 reminders due"), "{again}");
    assert_eq!(outbox(&server).len(), mails.len());

    // The administrators replace the table: the last purchases move. The reminder for the new
    // date is queued (its 90-day threshold), once; the contact's reminder stays sent.
    set_cutoffs(&server, -200, 85, 400);
    let moved = run_reminders(&server);
    assert!(moved.contains("1 reminder due"), "{moved}");
    let after = outbox(&server);
    let cutoff: Vec<_> = after
        .iter()
        .filter(|m| m.kind == "cutoff-reminder")
        .collect();
    assert_eq!(cutoff.len(), 2);
    assert_eq!(
        cutoff[1].subject,
        format!(
            "Last purchases and tier changes on {}: in 85 days",
            in_days(85)
        )
    );
    assert!(run_reminders(&server).contains("0 reminders due"));
    assert_eq!(
        server.count("SELECT count(*) FROM cutoff_reminders_sent"),
        2
    );
}
