//! Organisations in a real browser: an administrator creates two organisations and files a
//! licence group's keys under them, makes a manager of one; the manager sees that
//! organisation's licences and nothing of the other, and gives a consultant read-only access
//! until a date; the consultant reads the licences without their keys until the access ends.

use jiff::tz::TimeZone;
use licensedesk::domain::organisation::grant_ends_at;
use licensedesk::domain::{LicenceId, OrganisationId};

use super::{Browser, browser, sign_in};
use crate::support::encoder;
use crate::support::people::{self, PASSWORD};
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, TestServer};

const MANAGER: &str = "mira@gamma-robotics.example";
const CONSULTANT: &str = "cole@consulting.example";

/// A licence whose key names the group that bought it, not the company that runs it.
fn group_licence(server: &TestServer, sen: &str, product: &str, code: &str) -> LicenceId {
    people::licence_with(server, sen, |l| {
        l.product = product.into();
        l.name = format!("{product} (Server) 10 Users: Commercial License");
        l.organisation = "Acme Holdings".into();
        l.licence_key = Some(encoder::test_key(sen, code, &[]));
        l.key_genuine = Some(false);
    })
}

/// The organisation a licence belongs to, by name.
fn belongs_to(server: &TestServer, licence: LicenceId) -> Option<String> {
    server
        .db()
        .query_row(
            "SELECT o.name FROM licences l LEFT JOIN organisations o ON o.id = l.organisation_id \
             WHERE l.id = ?1",
            [licence.0],
            |r| r.get(0),
        )
        .unwrap()
}

/// The organisation whose page the browser shows (`/organisations/{id}`).
fn organisation_on_screen(browser: &Browser) -> OrganisationId {
    let url = browser.current_url();
    let id = url
        .rsplit_once("/organisations/")
        .and_then(|(_, rest)| rest.split(['?', '#', '/']).next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("not an organisation's page: {url}"));
    OrganisationId(id)
}

/// Creates an organisation with the form on the organisations page; its id.
fn create_organisation(browser: &Browser, name: &str) -> OrganisationId {
    browser.follow("Organisations");
    browser.wait_for_element("h1", "Organisations");
    browser.fill("Name", name);
    browser.press("Create organisation");
    browser.wait_for_text("Organisation created.");
    browser.wait_for_element("h1", name);
    organisation_on_screen(browser)
}

/// Moves a licence to an organisation with the "Belongs to" form of its page.
fn move_licence(browser: &Browser, base: &str, licence: LicenceId, sen: &str, into: &str) {
    browser.goto(&format!("{base}/licences/{}", licence.0));
    browser.wait_for_text(sen);
    browser.choose("Move to organisation", into);
    browser.press("Move");
    browser.wait_for_text("The licence now belongs to another organisation.");
}

/// The visible text of the licences list (each row shows its SEN).
fn licences_list(browser: &Browser) -> String {
    browser.follow("Licences");
    browser.wait_for_element("h1", "Licences");
    browser.text()
}

/// Whether the top bar links to this section.
fn in_top_bar(browser: &Browser, section: &str) -> bool {
    !browser
        .find_all(&format!("//header//nav//a[normalize-space(.)='{section}']"))
        .is_empty()
}

fn sign_out(browser: &Browser) {
    browser.press("Sign out");
    browser.wait_for_text("You are signed out.");
}

fn assert_not_found(browser: &Browser) {
    browser.wait_for_element("h1", "Page not found");
    browser.wait_for_text("That page does not exist, or you do not have access to it.");
}

#[test]
fn browser_an_organisation_its_manager_and_a_consultant_whose_access_ends() {
    let Some(browser) = browser("organisation_manager_and_consultant") else {
        return;
    };
    // A group bought three licences: their keys name the group, "Acme Holdings". Two are run
    // by its robotics company, one by its logistics company.
    let (server, _) = TestServer::with_admin();
    let gamma_1 = group_licence(&server, "SEN-GAMMA-1", "Confluence", "conf");
    let gamma_2 = group_licence(&server, "SEN-GAMMA-2", "Jira", "jira.product.jira-software");
    let delta_1 = group_licence(&server, "SEN-DELTA-1", "Bitbucket", "stash");
    people::add_user(&server, MANAGER);
    people::add_user(&server, CONSULTANT);
    let accounts_before = server.count("SELECT count(*) FROM accounts");
    for licence in [gamma_1, gamma_2, delta_1] {
        assert_eq!(
            belongs_to(&server, licence).as_deref(),
            Some("Acme Holdings"),
            "a licence joins the organisation its key names"
        );
    }

    browser.step("the administrator creates two organisations");
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    let gamma = create_organisation(&browser, "Gamma Robotics");
    let delta = create_organisation(&browser, "Delta Logistics");
    assert_ne!(gamma, delta);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM organisations \
             WHERE name IN ('Gamma Robotics', 'Delta Logistics')"
        ),
        2
    );

    browser.step("the administrator moves each licence to its company");
    move_licence(
        &browser,
        &server.base,
        gamma_1,
        "SEN-GAMMA-1",
        "Gamma Robotics",
    );
    move_licence(
        &browser,
        &server.base,
        gamma_2,
        "SEN-GAMMA-2",
        "Gamma Robotics",
    );
    move_licence(
        &browser,
        &server.base,
        delta_1,
        "SEN-DELTA-1",
        "Delta Logistics",
    );
    for (licence, organisation) in [
        (gamma_1, "Gamma Robotics"),
        (gamma_2, "Gamma Robotics"),
        (delta_1, "Delta Logistics"),
    ] {
        assert_eq!(
            belongs_to(&server, licence).as_deref(),
            Some(organisation),
            "licence {licence:?}"
        );
    }

    browser.step("the administrator makes a manager of Gamma Robotics");
    browser.follow("Organisations");
    browser.follow("Gamma Robotics");
    browser.wait_for_element("h1", "Gamma Robotics");
    browser.wait_for_element("a", "2 licences");
    browser.follow("Managers and consultants");
    browser.wait_for_element("h1", "People of Gamma Robotics");
    browser.wait_for_text("This organisation has no manager yet.");
    browser.fill_under("Add a manager", "E-mail address", MANAGER);
    browser.press("Add manager");
    // The address shows as text only in the list of managers (the form keeps none).
    browser.wait_for_text(MANAGER);
    let managers = browser.find_all(&format!(
        "//table[contains(@class, 'managers')]//tr[.//*[normalize-space(.)='{MANAGER}']]"
    ));
    assert_eq!(
        managers.len(),
        1,
        "the manager is listed:\n{}",
        browser.text()
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM organisation_access x JOIN accounts a ON a.id = x.account_id \
             WHERE x.organisation_id = {} AND x.role = 'manager' AND a.email = '{MANAGER}' \
             AND x.ends_at IS NULL",
            gamma.0
        )),
        1
    );
    // An existing account is told by mail, not invited: no account is made.
    assert_eq!(
        server.count("SELECT count(*) FROM accounts"),
        accounts_before
    );
    let mails: Vec<_> = people::outbox(&server)
        .into_iter()
        .filter(|m| m.to == MANAGER)
        .collect();
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(
        mails[0].subject,
        "You now manage the licences of Gamma Robotics"
    );
    sign_out(&browser);

    browser.step("the manager sees Gamma Robotics and nothing of Delta Logistics");
    sign_in(&browser, &server.base, MANAGER, PASSWORD);
    assert!(in_top_bar(&browser, "Organisations"), "{}", browser.text());
    assert!(in_top_bar(&browser, "Dashboard"), "{}", browser.text());
    assert!(!in_top_bar(&browser, "Admin"), "{}", browser.text());
    let list = licences_list(&browser);
    for shown in ["SEN-GAMMA-1", "SEN-GAMMA-2", "Gamma Robotics"] {
        assert!(list.contains(shown), "{shown:?} is not listed:\n{list}");
    }
    for hidden in ["SEN-DELTA-1", "Delta Logistics"] {
        assert!(!list.contains(hidden), "{hidden:?} is listed:\n{list}");
    }
    browser.follow("Organisations");
    browser.wait_for_element("h1", "Organisations");
    assert_eq!(
        browser.find_all("//tr[@data-organisation]").len(),
        1,
        "only Gamma Robotics:\n{}",
        browser.text()
    );
    let organisations = browser.text();
    assert!(organisations.contains("Gamma Robotics"), "{organisations}");
    assert!(
        !organisations.contains("Delta Logistics"),
        "{organisations}"
    );
    assert!(
        browser
            .find_all("//button[normalize-space(.)='Create organisation']")
            .is_empty(),
        "only administrators create organisations"
    );
    browser.goto(&format!("{}/organisations/{}", server.base, delta.0));
    assert_not_found(&browser);
    assert!(!browser.text().contains("Delta Logistics"));

    browser.step("the manager gives a consultant read-only access for a week");
    let last_day = jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(7))
        .unwrap();
    browser.follow("Back to the licences");
    browser.follow("Organisations");
    browser.follow("Gamma Robotics");
    browser.follow("Managers and consultants");
    browser.wait_for_element("h1", "People of Gamma Robotics");
    browser.wait_for_text("No consultant has been given access.");
    browser.fill_under(
        "Give a consultant read-only access",
        "E-mail address",
        CONSULTANT,
    );
    browser.fill_date_under(
        "Give a consultant read-only access",
        "Last day of access",
        &last_day.to_string(),
    );
    // "Include the licence keys" stays unticked: the keys stay withheld.
    browser.press("Grant access");
    browser.wait_for_text(CONSULTANT);
    let grants = browser.find_all(&format!(
        "//table[contains(@class, 'grants')]//tr[.//*[normalize-space(.)='{CONSULTANT}']]"
    ));
    assert_eq!(grants.len(), 1, "the grant is listed:\n{}", browser.text());
    let row = browser
        .find_all(&format!(
            "//table[contains(@class, 'grants')]//tr[.//*[normalize-space(.)='{CONSULTANT}']]\
             [td[normalize-space(.)='{last_day}']][td[normalize-space(.)='without keys']]\
             [td[normalize-space(.)='{MANAGER}']][td[normalize-space(.)='running']]"
        ))
        .len();
    assert_eq!(
        row,
        1,
        "until {last_day}, without keys, granted by the manager, running:\n{}",
        browser.text()
    );
    let ends_at = grant_ends_at(last_day, &TimeZone::system()).unwrap();
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM organisation_access x JOIN accounts a ON a.id = x.account_id \
             WHERE x.organisation_id = {} AND x.role = 'consultant' AND a.email = '{CONSULTANT}' \
             AND x.with_keys = 0 AND x.ends_at = {ends_at} AND x.granted_by = '{MANAGER}'",
            gamma.0
        )),
        1
    );
    sign_out(&browser);

    browser.step("the consultant reads Gamma Robotics' licences, without their keys");
    sign_in(&browser, &server.base, CONSULTANT, PASSWORD);
    let list = licences_list(&browser);
    assert!(list.contains("SEN-GAMMA-1"), "{list}");
    assert!(list.contains("SEN-GAMMA-2"), "{list}");
    assert!(!list.contains("SEN-DELTA-1"), "{list}");
    // The row of SEN-GAMMA-1 opened ("+").
    let open = browser.find_all(
        "//tr[td[normalize-space(.)='SEN: SEN-GAMMA-1']]/td[contains(@class, 'expander')]/a",
    );
    assert_eq!(open.len(), 1, "the row of SEN-GAMMA-1 opens: {list}");
    browser.click(&open[0]);
    browser.wait_for_text("Key withheld: your access does not include keys.");
    let list = browser.text();
    for action in ["Archive", "Renew", "Upgrade", "View licence key"] {
        let offered = browser.find_all(&format!(
            "//main//a[normalize-space(.)='{action}'] | //main//button[normalize-space(.)='{action}']"
        ));
        assert!(
            offered.is_empty(),
            "{action:?} is offered to a consultant in the list:\n{list}"
        );
    }
    let details =
        browser.find_all("//tr[contains(@class, 'open-row')]//a[normalize-space(.)='Details']");
    assert_eq!(details.len(), 1, "the row of SEN-GAMMA-1 links its page");
    browser.click(&details[0]);
    browser.wait_for_element("h1", "Confluence (Server) 10 Users: Commercial License");
    browser.wait_for_text(&format!(
        "Read-only access until {last_day}, granted by {MANAGER}."
    ));
    browser.wait_for_text("Key withheld: your access does not include keys.");
    let key: String = server
        .db()
        .query_row(
            "SELECT licence_key FROM licences WHERE id = ?1",
            [gamma_1.0],
            |r| r.get(0),
        )
        .unwrap();
    let page = browser.text();
    assert!(!page.contains(&key[..40]), "the key shows:\n{page}");
    for action in [
        "Archive",
        "Renew",
        "Upgrade",
        "View licence key",
        "Download licence",
    ] {
        let offered = browser.find_all(&format!(
            "//main//a[normalize-space(.)='{action}'] | //main//button[normalize-space(.)='{action}']"
        ));
        assert!(
            offered.is_empty(),
            "{action:?} is offered to a consultant:\n{page}"
        );
    }

    browser.step("the access ends: the licences are gone");
    // Time passes: the grant's end moves to the start of today, as if its last day had been
    // yesterday. Who reaches a licence is judged by the database's clock (`unixepoch()`) when
    // the list is read, so an end in the past is what the days passing would bring.
    let yesterday = jiff::Zoned::now().date().yesterday().unwrap();
    let ended_at = grant_ends_at(yesterday, &TimeZone::system()).unwrap();
    let changed = server
        .db()
        .execute(
            "UPDATE organisation_access SET ends_at = ?1 WHERE role = 'consultant' \
             AND organisation_id = ?2",
            [ended_at, gamma.0],
        )
        .unwrap();
    assert_eq!(changed, 1);
    browser.goto(&format!("{}/licences", server.base));
    browser.wait_for_element("h1", "Licences");
    let list = browser.text();
    assert!(
        browser.find_all("//tr[contains(@class, 'row')]").is_empty(),
        "no licence is listed:\n{list}"
    );
    assert!(!list.contains("SEN-GAMMA-1"), "{list}");
    assert!(!in_top_bar(&browser, "Organisations"), "{list}");
    browser.goto(&format!("{}/licences/{}", server.base, gamma_1.0));
    assert_not_found(&browser);
    assert!(!browser.text().contains("SEN-GAMMA-1"));
}
