//! A licence's lifecycle in a real browser: a Data Center licence's page says what its dates
//! mean and which cut-off dates apply to it, and its eligibility form answers, with the dates that decide it, for a
//! version released after the licence's support expiry.

use licensedesk::domain::{Deployment, LicenceKind};

use super::{browser, server_with_licence, sign_in};
use crate::support::people::PASSWORD;

#[test]
fn browser_a_data_center_licence_page_answers_for_a_version_released_after_its_support() {
    let Some(browser) = browser("data_center_licence_eligibility") else {
        return;
    };
    // Support and licence end on 2024-02-01; Confluence 9.0 came out in July 2024.
    let (server, licence) = server_with_licence("dana@example.com", "SEN-DC-ELIG-1", |l| {
        l.licence_key = None;
        l.key_genuine = None;
        l.name = "Confluence (Data Center) 500 Users: Commercial License".into();
        l.deployment = Deployment::DataCenter;
        l.kind = LicenceKind::DataCenter;
        l.support_expiry = Some(jiff::civil::date(2024, 2, 1));
        l.licence_expiry = Some(jiff::civil::date(2024, 2, 1));
    });
    sign_in(&browser, &server.base, "dana@example.com", PASSWORD);
    browser.goto(&format!("{}/licences/{}", server.base, licence.0));
    browser.wait_for_text("SEN-DC-ELIG-1");
    browser.step("what its dates mean for a Data Center subscription");
    browser.wait_for_text("Licence ends 2024-02-01: the product becomes read-only.");
    browser.step("the cut-off dates that apply");
    browser.wait_for_text("a renewal past 2029-03-28 is not possible");
    assert_eq!(
        browser.value_of("Product"),
        "confluence",
        "the licence's own product is chosen"
    );
    browser.step("asking about a version released after the support expiry");
    browser.fill("Version", "9.0");
    browser.press("Check");
    browser.wait_for_text("Not eligible");
    browser.wait_for_text(
        "Confluence 9.0, released on 2024-07, will not accept this licence: versions released \
         after 2024-02-01, the support expiry, will not accept it.",
    );
    assert!(
        browser.current_url().ends_with(&format!(
            "/licences/{}/eligibility?product=confluence&version=9.0",
            licence.0
        )),
        "{}",
        browser.current_url()
    );
    browser.step("and about one released before it");
    browser.fill("Version", "8.5");
    browser.press("Check");
    browser.wait_for_text("Confluence 8.5, released on 2023-07, accepts this licence");
    browser.wait_for_text(
        "The licence ends on 2024-02-01: after that date the product becomes read-only",
    );
}
