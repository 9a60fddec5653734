//! The licences list in a browser: each row shows its SEN and organisation, a click on a
//! column's header sorts the list and a second click turns it round, and a row opened with
//! "+" takes a new contact and makes one primary, coming back to the list each time.

use super::{browser, open_only_row, sign_in};
use crate::support::people::{add_contact, add_user, licence_with, primary};
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, TestServer};

/// Where each text first shows on the page; the texts must all be there.
fn positions(text: &str, texts: &[&str]) -> Vec<usize> {
    // After the count: the organisation select above the list names them too.
    let text = &text[text.find("Showing").expect("a list")..];
    texts
        .iter()
        .map(|t| {
            text.find(t)
                .unwrap_or_else(|| panic!("{t} is not shown: {text}"))
        })
        .collect()
}

/// Clicks the header of a column (its words, whatever mark of the order follows them).
fn click_header(browser: &super::Browser, label: &str) {
    let before = browser.current_url();
    let links = browser.find_all(&format!(
        "//th/a[starts-with(normalize-space(.), '{label}')]"
    ));
    assert_eq!(links.len(), 1, "one header {label}");
    browser.click(&links[0]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while browser.current_url() == before {
        assert!(
            std::time::Instant::now() < deadline,
            "the header led nowhere"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// The one header that says the list is sorted is this column's, this way.
fn assert_sorted(browser: &super::Browser, label: &str, direction: &str) {
    let sorted = browser.find_all("//th[@aria-sort]");
    assert_eq!(sorted.len(), 1, "one sorted column");
    let this = browser.find_all(&format!(
        "//th[@aria-sort='{direction}']/a[starts-with(normalize-space(.), '{label}')]"
    ));
    assert_eq!(
        this.len(),
        1,
        "{label} sorted {direction}: {}",
        browser.text()
    );
}

#[test]
fn browser_the_list_shows_sen_and_organisation_and_sorts_by_a_header_both_ways() {
    let Some(browser) = browser("list_shows_sen_and_organisation_and_sorts_by_a_header") else {
        return;
    };
    let (server, _) = TestServer::with_admin();
    for (sen, organisation) in [
        ("SEN-5002", "Müller GmbH"),
        ("SEN-5001", "汇科技术有限公司"),
        ("SEN-5003", "Acme Pty"),
    ] {
        licence_with(&server, sen, |l| {
            l.organisation = organisation.into();
            l.product = "Confluence".into();
            l.name = "All apps (Data Center) 500 Users: Evaluation License".into();
        });
    }
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser.goto(&format!("{}/licences", server.base));
    browser.wait_for_text("Showing 1–3 of 3");
    // Every row shows its SEN and organisation without being opened.
    let rows = browser.find_all("//tbody/tr[contains(@class, 'row')]");
    assert_eq!(rows.len(), 3);
    for (sen, organisation) in [
        ("SEN-5001", "汇科技术有限公司"),
        ("SEN-5002", "Müller GmbH"),
        ("SEN-5003", "Acme Pty"),
    ] {
        let row = browser.find_all(&format!(
            "//tbody/tr[contains(@class, 'row')][td[normalize-space(.)='SEN: {sen}' or normalize-space(.)='{sen}'] and td[contains(normalize-space(.), '{organisation}')]]"
        ));
        assert_eq!(
            row.len(),
            1,
            "{sen} with {organisation}: {}",
            browser.text()
        );
    }

    click_header(&browser, "Organisation");
    assert!(browser.current_url().contains("sort=organisation"));
    assert_sorted(&browser, "Organisation", "ascending");
    let text = browser.text();
    let at = positions(&text, &["Acme Pty", "Müller GmbH", "汇科技术有限公司"]);
    assert!(at[0] < at[1] && at[1] < at[2], "{text}");

    click_header(&browser, "Organisation");
    assert!(browser.current_url().contains("sort=organisation-desc"));
    assert_sorted(&browser, "Organisation", "descending");
    let text = browser.text();
    let at = positions(&text, &["Acme Pty", "Müller GmbH", "汇科技术有限公司"]);
    assert!(at[0] > at[1] && at[1] > at[2], "{text}");

    click_header(&browser, "SEN");
    assert_sorted(&browser, "SEN", "ascending");
    let text = browser.text();
    let at = positions(&text, &["SEN-5001", "SEN-5002", "SEN-5003"]);
    assert!(at[0] < at[1] && at[1] < at[2], "{text}");
}

#[test]
fn browser_a_contact_is_added_and_made_primary_from_the_open_row() {
    let Some(browser) = browser("a_contact_is_added_and_made_primary_from_the_open_row") else {
        return;
    };
    let (server, _) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let licence = licence_with(&server, "SEN-6001", |_| {});
    add_contact(&server, licence, ann, "technical");
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    super::search_licences(&browser, &server.base, "SEN-6001");
    browser.wait_for_text("Showing 1–1 of 1");
    open_only_row(&browser);

    browser.fill(
        "Add a technical contact (e-mail address)",
        "bob@example.com",
    );
    browser.press("Add");
    browser.wait_for_text("The contact was added");
    // Back on the list, searched as it was, with the row open.
    let url = browser.current_url();
    assert!(url.contains("/licences?q=SEN-6001"), "{url}");
    assert!(url.contains(&format!("open={licence}")), "{url}");
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
             WHERE a.email = 'bob@example.com' AND c.role = 'technical'"
        ),
        1
    );
    assert_eq!(
        primary(&server, licence, "technical").as_deref(),
        Some("ann@example.com")
    );

    browser.follow("Make primary");
    browser.press("Yes, make primary");
    browser.wait_for_text("The primary contact was changed.");
    let url = browser.current_url();
    assert!(url.contains(&format!("open={licence}")), "{url}");
    assert!(browser.text().contains("Showing 1–1 of 1"));
    assert_eq!(
        primary(&server, licence, "technical").as_deref(),
        Some("bob@example.com")
    );
}
