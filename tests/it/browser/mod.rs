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
//! forgotten password through the outbox; diagnosing a pasted key and Server ID; in
//! `organisations`, an administrator's organisations, a manager who sees only theirs and a
//! consultant's read-only access until it ends; in `languages`, the portal walked in
//! Chinese, German and Japanese; in `accounts`, a plain user reaching consolidation from
//! the top bar; in `admin`, the audit log at 1280 px and the admin pages on a phone; and, in
//! `details`, a licence's page as it looks: readable confirmations in light and dark, invalid
//! fields, no dead copy button without JavaScript.

mod accounts;
mod admin;
mod details;
mod languages;
mod lifecycle;
mod list;
mod organisations;
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
    start_browser(test, None)
}

/// [`browser`], set to ask for this language (`Accept-Language: de`).
fn browser_speaking(test: &str, language: &str) -> Option<Browser> {
    start_browser(test, Some(language))
}

fn start_browser(test: &str, accept_languages: Option<&str>) -> Option<Browser> {
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
    Some(Browser::start_speaking(test, accept_languages))
}

/// Signs in through the sign-in page and waits for the signed-in top bar.
fn sign_in(browser: &Browser, base: &str, email: &str, password: &str) {
    browser.goto(&format!("{base}/signin"));
    browser.fill("E-mail address", email);
    browser.fill("Password", password);
    browser.press("Sign in");
    browser.wait_for_text("Signed in as");
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
            // The answer is a new page: wait for it, so that nothing is found on the old one.
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
            while !browser.current_url().contains("q=") {
                assert!(
                    std::time::Instant::now() < deadline,
                    "the search did not load"
                );
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            browser.wait_for_text("Showing");
        }
        None => browser.goto(&format!(
            "{base}/licences?{}",
            form_urlencoded::Serializer::new(String::new())
                .append_pair("q", text)
                .finish()
        )),
    }
}

/// Opens the only row of the licences list ("+", a link to the list with that row open) and
/// waits for the page that shows its details.
fn open_only_row(browser: &Browser) {
    let rows = browser.find_all("//td[contains(@class, 'expander')]/a");
    assert_eq!(rows.len(), 1, "one matching row");
    browser.click(&rows[0]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while browser
        .find_all("//tr[contains(@class, 'open-row')]")
        .is_empty()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the row did not open: {}",
            browser.text()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
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
    // The setup signs its administrator in.
    browser.wait_for_text("The administrator account is ready, and you are signed in.");
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE is_admin = 1 AND state = 'active'"),
        1
    );
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
        encoder::wrap(&encoder::test_key("SEN-4711001", "conf", &[]), 72, "\n"),
        encoder::wrap(
            &encoder::test_key("SEN-4711002", "jira.product.jira-software", &[]),
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
    // The row shows the SEN, as on My Atlassian; "+" opens its details.
    open_only_row(&browser);
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
    adjust: impl FnOnce(&mut licensedesk::domain::LicenceFields),
) -> (TestServer, LicenceId) {
    let (server, _) = TestServer::with_admin();
    let account = people::add_user(&server, email);
    let licence = people::licence_with(&server, sen, |l| {
        l.product = "Confluence".into();
        l.name = "Confluence (Server) 10 Users: Commercial License".into();
        l.licence_key = Some(encoder::test_key(sen, "conf", &[]));
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
    open_only_row(&browser);
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

#[test]
fn browser_renew_extends_support_from_the_previous_expiry_and_records_an_order() {
    let Some(browser) = browser("renew_extends_support_from_the_previous_expiry") else {
        return;
    };
    // Support ended on 2025-03-10: a renewal counts from then, not from today.
    let (server, licence) = server_with_licence("rene@example.com", "SEN-RENEW-1", |l| {
        l.support_expiry = Some(jiff::civil::date(2025, 3, 10));
    });
    sign_in(&browser, &server.base, "rene@example.com", PASSWORD);
    browser.goto(&format!("{}/licences/{}", server.base, licence.0));
    browser.wait_for_text("SEN-RENEW-1");
    browser.follow("Renew");
    browser.wait_for_text("Renewing extends support from the current expiry date");
    browser.wait_for_text("12 months, until 2026-03-10");
    assert_eq!(browser.value_of("Term"), "12", "twelve months by default");
    browser.fill("PO number", "PO-4711");
    browser.press("Renew");
    browser.wait_for_text("Licence renewed and the order recorded.");
    browser.wait_for_text("2026-03-10");
    assert_eq!(
        licence_field(&server, licence, "support_expiry").as_deref(),
        Some("2026-03-10")
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM orders o JOIN accounts a ON a.id = o.placed_by \
             WHERE o.licence_id = {} AND o.kind = 'renewal' AND o.po_number = 'PO-4711' \
             AND a.email = 'rene@example.com'",
            licence.0
        )),
        1
    );
    assert_eq!(server.count("SELECT count(*) FROM orders"), 1);

    // The order is on the Orders page.
    browser.follow("Orders");
    browser.wait_for_text("Renewal for 12 months: support until 2026-03-10");
    assert!(browser.text().contains("PO-4711"), "{}", browser.text());
}

#[test]
fn browser_add_a_contact_then_make_them_primary_through_the_confirmation() {
    let Some(browser) = browser("add_a_contact_then_make_them_primary") else {
        return;
    };
    let (server, licence) = server_with_licence("pat@example.com", "SEN-CONTACT-1", |_| {});
    people::add_user(&server, "sam@example.com");
    sign_in(&browser, &server.base, "pat@example.com", PASSWORD);
    browser.goto(&format!("{}/licences/{}", server.base, licence.0));
    browser.wait_for_text("SEN-CONTACT-1");

    browser.fill(
        "Add a technical contact (e-mail address)",
        "Sam@Example.com",
    );
    let add = browser.find_all("//form[.//input[@name='email_technical']]//button[@type='submit']");
    assert_eq!(add.len(), 1, "the technical contact form has one button");
    browser.click(&add[0]);
    browser.wait_for_text("The contact was added and notified by e-mail.");
    browser.wait_for_text("sam@example.com");
    assert_eq!(
        people::contacts(&server, licence),
        ["technical:pat@example.com", "technical:sam@example.com"]
    );
    assert_eq!(
        people::primary(&server, licence, "technical").as_deref(),
        Some("pat@example.com")
    );

    // Make primary: a confirmation page that says what happens, and changes nothing yet.
    browser.follow("Make primary");
    browser.wait_for_text("Promote to primary");
    let text = browser.text();
    for said in [
        "You're about to make sam@example.com the primary technical contact",
        "Past invoices will not be transferred: they stay with pat@example.com",
        "A notification e-mail will be sent to pat@example.com.",
    ] {
        assert!(text.contains(said), "{said:?} is not on the page:\n{text}");
    }
    assert_eq!(
        people::primary(&server, licence, "technical").as_deref(),
        Some("pat@example.com"),
        "the confirmation page changes nothing"
    );
    let mails_before = people::outbox(&server).len();
    browser.press("Yes, make primary");
    browser.wait_for_text("The primary contact was changed.");
    assert_eq!(
        people::primary(&server, licence, "technical").as_deref(),
        Some("sam@example.com")
    );
    assert_eq!(
        people::contacts(&server, licence),
        ["technical:pat@example.com", "technical:sam@example.com"],
        "the previous primary stays a (secondary) contact"
    );
    let new_mail: Vec<_> = people::outbox(&server)
        .into_iter()
        .skip(mails_before)
        .collect();
    assert!(
        new_mail.iter().any(|m| m.to == "pat@example.com"),
        "the previous primary is notified: {new_mail:?}"
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'primary-changed' \
             AND actor_label = 'pat@example.com'"
        ),
        1
    );
}

#[test]
fn browser_forgot_password_through_the_outbox_then_sign_in_with_the_new_one() {
    let Some(browser) = browser("forgot_password_through_the_outbox") else {
        return;
    };
    let (server, _) = TestServer::with_admin();
    people::add_user(&server, "rita@example.com");
    let hash_before = server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = 'rita@example.com'",
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap();

    browser.goto(&format!("{}/signin", server.base));
    browser.follow("Forgot your password?");
    browser.wait_for_text("Enter the e-mail address of your account.");
    browser.fill("E-mail address", "rita@example.com");
    browser.press("Send the link");
    browser.wait_for_text("Check your mail");
    browser.wait_for_text("If rita@example.com belongs to an account here");
    let mails = people::mails_to(&server, "rita@example.com", "reset");
    assert_eq!(mails.len(), 1, "one reset mail in the outbox");

    // An administrator reads it in the outbox (no mail server here).
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser.follow("Admin");
    browser.follow("Outbox");
    browser.wait_for_text("rita@example.com");
    browser.follow("Choose a new licensedesk password");
    browser.wait_for_text("Download .eml");
    let text = browser.text();
    let marker = format!("{}/reset/", server.base);
    let start = text
        .find(&marker)
        .unwrap_or_else(|| panic!("no reset link on the mail's page:\n{text}"));
    let link: String = text[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    assert_eq!(
        link.strip_prefix(&server.base).unwrap(),
        people::link_path(&server, &mails[0].body, "reset"),
        "the page shows the link the mail holds"
    );
    browser.press("Sign out");
    browser.wait_for_text("You are signed out.");

    browser.goto(&link);
    browser.wait_for_text("Choose a new password for rita@example.com");
    browser.fill("New password", "a brand new password");
    browser.fill("Repeat the password", "a brand new password");
    browser.press("Set password");
    browser.wait_for_text("Your password is set, and you are signed in.");
    browser.wait_for_text("Signed in as rita@example.com");
    let hash_after = server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = 'rita@example.com'",
            [],
            |r| r.get::<_, String>(0),
        )
        .unwrap();
    assert_ne!(hash_before, hash_after);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM one_time_links WHERE used_at IS NULL AND purpose = 'reset'"
        ),
        0,
        "the link is used up"
    );

    // The old password no longer works; the new one does.
    browser.press("Sign out");
    browser.wait_for_text("You are signed out.");
    browser.fill("E-mail address", "rita@example.com");
    browser.fill("Password", PASSWORD);
    browser.press("Sign in");
    browser.wait_for_text("That e-mail address and password do not match an account.");
    sign_in(
        &browser,
        &server.base,
        "rita@example.com",
        "a brand new password",
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id \
             WHERE a.email = 'rita@example.com'"
        ),
        1
    );

    // The link works once.
    browser.press("Sign out");
    browser.wait_for_text("You are signed out.");
    browser.goto(&link);
    browser.wait_for_text("This link no longer works");
}

/// A commercial key with SEN-500, issued for BG9T-XUV4-KZZH-B01W, built by the test encoder
/// (it does not verify: the verdict is not-genuine, and the Server ID finding is still made).
/// The shared corpus's genuine keys are all test licences, which no Server ID binds, so they
/// cannot show a Server ID mismatch.
fn diagnose_key() -> String {
    let mut properties = encoder::sample_properties("SEN-500", "conf");
    properties.retain(|(k, _)| k != "ServerID");
    properties.push(("ServerID".into(), "BG9T-XUV4-KZZH-B01W".into()));
    encoder::encode_with(&properties, Signing::TestKey)
}

#[test]
fn browser_diagnose_a_pasted_key_and_server_id_then_update_the_record() {
    let Some(browser) = browser("diagnose_a_pasted_key_and_server_id") else {
        return;
    };
    let key = diagnose_key();
    let (server, licence) = server_with_licence("dina@example.com", "SEN-500", |l| {
        l.licence_key = Some(key.clone());
        l.key_genuine = Some(false);
        l.server_id = Some("BG9T-XUV4-KZZH-B01W".into());
    });
    sign_in(&browser, &server.base, "dina@example.com", PASSWORD);
    browser.follow("Diagnose");
    browser.wait_for_text("Is the licence wrong?");
    browser.fill("Licence key", &encoder::wrap(&key, 72, "\n"));
    browser.fill("Server ID", "B7QW-LK2M-9HZD-XR4T");
    browser.press("Diagnose");
    browser.wait_for_text("server-id-mismatch");
    let text = browser.text();
    for said in [
        "Every new installation gets a new Server ID",
        "no new key is needed",
        "B7QW-LK2M-9HZD-XR4T",
    ] {
        assert!(text.contains(said), "{said:?} is not on the page:\n{text}");
    }
    assert_eq!(
        licence_field(&server, licence, "server_id").as_deref(),
        Some("BG9T-XUV4-KZZH-B01W"),
        "a diagnosis changes nothing by itself"
    );
    assert_eq!(server.count("SELECT count(*) FROM server_id_history"), 0);

    // Update the record, through the confirmation.
    browser.press(&format!("Update Server ID of licence #{}", licence.0));
    browser.wait_for_text("Update the Server ID?");
    browser.wait_for_text("changes from BG9T-XUV4-KZZH-B01W to B7QW-LK2M-9HZD-XR4T");
    assert_eq!(server.count("SELECT count(*) FROM server_id_history"), 0);
    browser.press("Update Server ID");
    browser.wait_for_text("Server ID updated");
    assert_eq!(
        licence_field(&server, licence, "server_id").as_deref(),
        Some("B7QW-LK2M-9HZD-XR4T")
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM server_id_history WHERE reason = 'diagnosis' \
             AND old_value = 'BG9T-XUV4-KZZH-B01W' AND new_value = 'B7QW-LK2M-9HZD-XR4T'"
        ),
        1
    );
}
