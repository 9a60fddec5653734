//! The portal in a real browser: headless Chromium driven through chromedriver (WebDriver),
//! acting as a person does — fields found by their labels, buttons and links by their words,
//! checks on the visible text — and the database checked after each step.
//!
//! Needs `chromium` and `chromium-driver` (Debian; `.ci/run` installs them). With `CI` set, a
//! missing browser fails these tests; elsewhere they say plainly that they did not run, and why.
//! A failing test leaves a screenshot and the page's HTML in `target/browser-failures/<test>/`.
//!
//! The scenarios: first-run setup and signing in; importing keys and finding one by SEN; the
//! Server ID gate in front of a key; renewing; adding a contact and making them primary; a
//! forgotten password through the outbox; diagnosing a pasted key and Server ID.

mod webdriver;

use std::io::Write;
use std::sync::Once;

use licensedesk::domain::LicenceId;

use crate::support::encoder::{self, Signing};
use crate::support::people::{self, PASSWORD};
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, TestServer};

pub use webdriver::Browser;

/// A browser for this test; `None` (after saying so) when there is none outside CI.
fn browser(test: &str) -> Option<Browser> {
    if let Some(why) = webdriver::missing_browser() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the browser tests must run in CI, but {why}: .ci/run installs chromium and chromium-driver"
        );
        static SAID: Once = Once::new();
        SAID.call_once(|| {
            // Straight to the terminal, past the test harness's capture: a passing run must
            // still say that these tests did not run.
            let _ = writeln!(
                std::io::stderr(),
                "\nNOTE: the browser tests did NOT run: {why}. \
                 Install them with `apt-get install chromium chromium-driver` (as root).\n"
            );
        });
        return None;
    }
    Some(Browser::start(test))
}

/// Signs in through the sign-in page and waits for the signed-in top bar.
fn sign_in(browser: &Browser, base: &str, email: &str, password: &str) {
    browser.goto(&format!("{base}/signin"));
    browser.fill("E-mail address", email);
    browser.fill("Password", password);
    browser.press("Sign in");
    browser.wait_for_text("Signed in as");
}

/// A test key (signed with the tests' own key, so imported as "not genuine").
fn test_key(sen: &str, product: &str) -> String {
    encoder::encode_with(&encoder::sample_properties(sen, product), Signing::TestKey)
}

/// Pastes keys on the Import page (allowing test-signed keys) and waits for the preview.
fn preview_pasted(browser: &Browser, keys: &str, expect_preview: &str) {
    browser.follow("Import");
    browser.wait_for_text("Import and export");
    browser.fill("Paste keys", keys);
    browser.tick("Also import keys whose signature does not verify");
    browser.press("Preview import");
    browser.wait_for_text(expect_preview);
}

/// Searches the licences list: with its search box when the page has one, else by the address
/// a search box would send (`/licences?q=`).
fn search_licences(browser: &Browser, base: &str, text: &str) {
    browser.follow("Licences");
    browser.wait_for_text("Licences");
    match browser.find_all("//input[@name='q']").into_iter().next() {
        Some(_) => {
            browser.fill_by_name("q", &format!("{text}\u{E007}"));
        }
        None => browser.goto(&format!(
            "{base}/licences?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("q", text)
                .finish()
        )),
    }
}

#[test]
fn browser_first_run_setup_then_sign_out_and_sign_in() {
    let Some(browser) = browser("first_run_setup_then_sign_out_and_sign_in") else {
        return;
    };
    let server = TestServer::start();
    browser.goto(&server.setup_link());
    browser.wait_for_text("Create the administrator account");
    browser.fill("E-mail address", ADMIN_EMAIL);
    browser.fill("Your name", "Ada Admin");
    browser.fill("New password", ADMIN_PASSWORD);
    browser.fill("Repeat the password", ADMIN_PASSWORD);
    browser.press("Create administrator");
    browser.wait_for_text("The administrator account is ready. Sign in with it.");
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE is_admin = 1 AND state = 'active'"),
        1
    );

    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser.wait_for_text("Signed in as Ada Admin");
    browser.wait_for_text("No licences yet.");
    assert_eq!(server.count("SELECT count(*) FROM sessions"), 1);
    // The embedded stylesheet loaded under the Content-Security-Policy.
    assert_eq!(
        browser.script(
            "return document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"
        ),
        serde_json::Value::Bool(true),
        "the stylesheet did not load"
    );

    browser.press("Sign out");
    browser.wait_for_text("You are signed out.");
    assert_eq!(server.count("SELECT count(*) FROM sessions"), 0);
    assert!(!browser.text().contains("Signed in as"));

    // A wrong password: the message, and the address is kept in its field.
    browser.fill("E-mail address", ADMIN_EMAIL);
    browser.fill("Password", "not the right password");
    browser.press("Sign in");
    browser.wait_for_text("That e-mail address and password do not match an account.");
    assert_eq!(browser.value_of("E-mail address"), ADMIN_EMAIL);
    assert_eq!(server.count("SELECT count(*) FROM sessions"), 0);

    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser.wait_for_text("Signed in as Ada Admin");

    // The setup link was used up.
    browser.goto(&server.setup_link());
    browser.wait_for_text("This link no longer works");
    assert_eq!(server.count("SELECT count(*) FROM accounts"), 1);
}

#[test]
fn browser_import_keys_by_pasting_then_find_a_licence_by_sen() {
    let Some(browser) = browser("import_keys_by_pasting_then_find_a_licence_by_sen") else {
        return;
    };
    let (server, _) = TestServer::with_admin();
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    // Two keys as they arrive in an e-mail: wrapped, one after the other.
    let keys = format!(
        "Hello, your keys:\n\n{}\n\n{}\n",
        encoder::wrap(&test_key("SEN-4711001", "conf"), 72, "\n"),
        encoder::wrap(
            &test_key("SEN-4711002", "jira.product.jira-software"),
            72,
            "\n"
        ),
    );
    preview_pasted(
        &browser,
        &keys,
        "2 to add, 0 to update, 0 to skip, 0 rejected.",
    );
    assert_eq!(
        server.count("SELECT count(*) FROM licences"),
        0,
        "a preview writes nothing"
    );
    browser.press("Import now");
    browser.wait_for_text("2 added, 0 updated, 0 skipped, 0 rejected.");
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licences WHERE sen IN ('SEN-4711001', 'SEN-4711002') AND key_genuine = 0"
        ),
        2
    );

    search_licences(&browser, &server.base, "SEN-4711002");
    browser.wait_for_text("Showing 1–1 of 1");
    // The SEN is in the row's details, as on My Atlassian: open the row ("+").
    let rows = browser.find_all("//details/summary");
    assert_eq!(rows.len(), 1, "one matching row");
    browser.click(&rows[0]);
    browser.wait_for_text("SEN-4711002");
    let text = browser.text();
    assert!(text.contains("Jira"), "{text}");
    assert!(
        !text.contains("SEN-4711001"),
        "the search shows only the matching licence: {text}"
    );

    // The same keys again: nothing to import, and nothing changes.
    preview_pasted(
        &browser,
        &keys,
        "0 to add, 0 to update, 2 to skip, 0 rejected.",
    );
    browser.wait_for_text("There is nothing to import");
    assert!(
        browser
            .find_all("//button[normalize-space(.)='Import now']")
            .is_empty()
    );
    assert_eq!(server.count("SELECT count(*) FROM licences"), 2);
}

/// A server with one account (`email`, password [`PASSWORD`]) that is the technical contact of
/// one Confluence licence with a (test-signed) key; the licence is adjusted by `adjust`.
fn server_with_licence(
    email: &str,
    sen: &str,
    adjust: impl FnOnce(&mut licensedesk::store::licences::NewLicence),
) -> (TestServer, LicenceId) {
    let (server, _) = TestServer::with_admin();
    let account = people::add_user(&server, email);
    let licence = people::licence_with(&server, sen, |l| {
        l.product = "Confluence".into();
        l.name = "Confluence (Server) 10 Users: Commercial License".into();
        l.licence_key = Some(test_key(sen, "conf"));
        l.key_genuine = Some(false);
        adjust(l);
    });
    people::add_contact(&server, licence, account, "technical");
    (server, licence)
}

/// One text column of the licence.
fn licence_field(server: &TestServer, licence: LicenceId, column: &str) -> Option<String> {
    server
        .db()
        .query_row(
            &format!("SELECT {column} FROM licences WHERE id = ?1"),
            [licence.0],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn browser_server_id_gate_then_the_key_and_its_copy_button() {
    let Some(browser) = browser("server_id_gate_then_the_key_and_its_copy_button") else {
        return;
    };
    let (server, licence) = server_with_licence("tess@example.com", "SEN-GATE-1", |_| {});
    let key = licence_field(&server, licence, "licence_key").unwrap();
    sign_in(&browser, &server.base, "tess@example.com", PASSWORD);

    // From the list: open the row, then the key behind the gate.
    search_licences(&browser, &server.base, "SEN-GATE-1");
    let rows = browser.find_all("//details/summary");
    assert_eq!(rows.len(), 1, "one matching row");
    browser.click(&rows[0]);
    browser.wait_for_text("SEN-GATE-1");
    browser.follow("View licence key");
    browser.wait_for_text("Enter the Server ID");
    assert!(
        !browser.text().contains(&key[..40]),
        "the key shows before the gate"
    );

    // A Server ID of the wrong shape: the error next to the field, what was typed kept.
    browser.fill("Server ID", "BG9T-XUV4");
    browser.press("Save and show the key");
    browser.wait_for_text("A Server ID is four groups of four letters or digits");
    let next_to_field = browser.find_all(
        "//input[@name='server_id']/ancestor::div[1]\
         [contains(normalize-space(.), 'A Server ID is four groups of four letters or digits')]",
    );
    assert_eq!(
        next_to_field.len(),
        1,
        "the error sits with the Server ID field"
    );
    assert_eq!(browser.value_of("Server ID"), "BG9T-XUV4");
    assert_eq!(licence_field(&server, licence, "server_id"), None);
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE key_retrieved_at IS NOT NULL"),
        0,
        "a refused Server ID unlocks nothing"
    );

    browser.fill("Server ID", "bg9t-xuv4-kzzh-b01w");
    browser.fill(
        "Reason for purchase (optional)",
        "Wiki for the support team",
    );
    browser.press("Save and show the key");
    browser.wait_for_text("Server ID saved. Here is the licence key.");
    let text = browser.text();
    assert!(text.contains(&key), "the whole key is shown: {text}");
    let copy = browser.find_all("//button[normalize-space(.)='Copy key']");
    assert_eq!(copy.len(), 1, "a copy button");
    assert!(
        browser.is_displayed(&copy[0]),
        "the copy button is shown (the page's script reveals it)"
    );
    assert!(
        !browser
            .find_all("//a[normalize-space(.)='Download licence']")
            .is_empty()
    );
    // The database: the Server ID (normalised), the key retrieved, the history, the reason.
    assert_eq!(
        licence_field(&server, licence, "server_id").as_deref(),
        Some("BG9T-XUV4-KZZH-B01W")
    );
    assert_eq!(
        licence_field(&server, licence, "reason_for_purchase").as_deref(),
        Some("Wiki for the support team")
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licences WHERE key_retrieved_at IS NOT NULL AND sen = 'SEN-GATE-1'"
        ),
        1
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM server_id_history WHERE reason = 'gate' \
             AND new_value = 'BG9T-XUV4-KZZH-B01W' AND changed_by = 'tess@example.com'"
        ),
        1
    );

    // The next visit goes straight to the key: the gate is passed once.
    browser.goto(&format!("{}/licences/{}/key", server.base, licence.0));
    browser.wait_for_text("Copy key");
    assert!(browser.text().contains(&key));
    assert_eq!(server.count("SELECT count(*) FROM server_id_history"), 1);
}
