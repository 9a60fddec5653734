//! Accounts in a real browser: a plain user finds consolidation in the top bar, and the page it
//! leads to opens with their licences.

use super::{browser, sign_in};
use crate::support::TestServer;
use crate::support::people::{self, PASSWORD};

#[test]
fn browser_a_plain_user_reaches_consolidation_from_the_top_bar() {
    let Some(browser) = browser("a_plain_user_reaches_consolidation_from_the_top_bar") else {
        return;
    };
    let (server, _admin) = TestServer::with_admin();
    let user = people::add_user(&server, "ulla@example.com");
    let licence = people::licence_with(&server, "SEN-CONS-1", |l| {
        l.product = "Confluence".into();
        l.name = "Confluence (Server) 25 Users: Commercial License".into();
    });
    people::add_contact(&server, licence, user, "technical");

    sign_in(&browser, &server.base, "ulla@example.com", PASSWORD);
    browser.wait_for_text("Confluence (Server) 25 Users: Commercial License");
    let in_top_bar = browser
        .find_all("//header//nav//a[normalize-space(.)='Consolidate' and @href='/consolidate']");
    assert_eq!(in_top_bar.len(), 1, "one Consolidate link in the top bar");
    assert!(browser.is_displayed(&in_top_bar[0]), "the link is visible");

    browser.follow("Consolidate");
    browser.wait_for_text("Move licences to another account");
    browser.wait_for_text("SEN-CONS-1");
    assert!(
        browser.current_url().ends_with("/consolidate"),
        "{}",
        browser.current_url()
    );
    let current = browser.find_all("//header//nav//a[@aria-current='page']");
    assert_eq!(current.len(), 1);
    assert_eq!(
        browser.script(
            "return document.querySelector(\"header nav a[aria-current='page']\").textContent.trim();"
        ),
        serde_json::Value::String("Consolidate".into()),
        "the top bar marks the section"
    );
}
