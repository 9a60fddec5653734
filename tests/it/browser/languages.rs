//! The portal walked in Chinese, German and Japanese: the sign-in page in the language the
//! browser asks for, the language then chosen on the account's profile, and in that language
//! the licences list, a licence's key behind the Server ID gate, adding a contact and making
//! them primary, and the Diagnose page.
//!
//! What each page must say comes from the language's own catalogue (`i18n/<code>/`), by message
//! id, and every word checked is asserted to differ from the English one (and, in Chinese and
//! Japanese, to be written in their script): a page left in English cannot pass. Plain
//! headings, labels and buttons are checked, not sentences with values in them.

use licensedesk::domain::{Language, LicenceId};

use super::{Browser, browser_speaking, licence_field, server_with_licence};
use crate::support::TestServer;
use crate::support::catalogues::{self, Catalogue};
use crate::support::encoder;
use crate::support::people::{self, PASSWORD};

#[test]
fn browser_the_portal_in_simplified_chinese() {
    walk_the_portal("zh-CN", "SEN-5550101");
}

#[test]
fn browser_the_portal_in_german() {
    walk_the_portal("de", "SEN-5550102");
}

#[test]
fn browser_the_portal_in_japanese() {
    walk_the_portal("ja", "SEN-5550103");
}

/// The whole walk in one language; one browser and one server, so each language costs one
/// start of each.
fn walk_the_portal(code: &'static str, sen: &str) {
    let test = format!("the_portal_in_{code}");
    let Some(browser) = browser_speaking(&test, code) else {
        return;
    };
    let tr = Translation::of(code);
    let email = format!("lena-{}@example.com", code.to_ascii_lowercase());
    let (server, licence) = server_with_licence(&email, sen, |_| {});
    people::add_user(&server, "sam@example.com");

    sign_in_page(&browser, &server, &tr);
    sign_in_and_choose_the_language(&browser, &server, &tr, &email);
    licences_list(&browser, &tr);
    key_behind_the_server_id_gate(&browser, &server, &tr, licence, sen);
    add_a_contact_and_make_them_primary(&browser, &server, &tr, licence, &email);
    diagnose(&browser, &tr);
}

/// A language's catalogue beside the English one, to tell a translated page from an English one.
struct Translation {
    code: &'static str,
    language: Catalogue,
    english: Catalogue,
}

impl Translation {
    fn of(code: &'static str) -> Translation {
        Translation {
            code,
            language: Catalogue::load(code),
            english: Catalogue::load("en"),
        }
    }

    /// The English message, for a page that is rightly still in English.
    fn english(&self, id: &str) -> String {
        plain_message(&self.english, id)
    }

    /// The message in this language, where it may rightly be the English words (`Server ID`,
    /// German `Diagnose`): for finding a field or a link, not as evidence of the translation.
    fn text(&self, id: &str) -> String {
        plain_message(&self.language, id)
    }

    /// The message in this language, which must not be the English one — so that a page still
    /// in English cannot pass — and, in Chinese and Japanese, must be in their script.
    fn translated(&self, id: &str) -> String {
        let text = self.text(id);
        assert_ne!(
            text,
            self.english(id),
            "message {id:?} of {} is the English text: a page left in English would pass",
            self.code
        );
        if matches!(self.code, "zh-CN" | "ja") {
            assert!(
                text.chars().any(is_han_or_kana),
                "message {id:?} of {} has no Chinese or Japanese character: {text:?}",
                self.code
            );
        }
        text
    }
}

/// A message without arguments as a page shows it (spaces folded); the test fails when the
/// catalogue lacks it (a page would show the English fallback) or it takes arguments.
fn plain_message(catalogue: &Catalogue, id: &str) -> String {
    let text = catalogue.text(id).unwrap_or_else(|| {
        panic!(
            "message {id:?} is missing from {}, or is not a message without arguments",
            catalogues::path(catalogue.code).display()
        )
    });
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_han_or_kana(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}')
}

/// Asserts that the page says it is in this language, and has each of these elements saying
/// the translated message: `(tag, message id)`.
fn expect_elements(browser: &Browser, tr: &Translation, elements: &[(&str, &str)]) {
    for &(tag, id) in elements {
        browser.wait_for_element(tag, &tr.translated(id));
    }
    assert_eq!(
        browser.page_language(),
        tr.code,
        "<html lang> of {}",
        browser.current_url()
    );
}

/// The sign-in page in the language the browser asks for (its `Accept-Language`), and the
/// `?lang=` switch, which the following pages keep.
fn sign_in_page(browser: &Browser, server: &TestServer, tr: &Translation) {
    browser.step("sign-in page from Accept-Language");
    browser.goto(&format!("{}/signin", server.base));
    expect_elements(
        browser,
        tr,
        &[
            ("h1", "sign-in-title"),
            ("label", "email-label"),
            ("label", "password-label"),
            ("button", "sign-in-button"),
            ("a", "people-forgot-link"),
        ],
    );

    browser.step("sign-in page switched with ?lang=");
    browser.goto(&format!("{}/signin?lang=en", server.base));
    browser.wait_for_element("h1", &tr.english("sign-in-title"));
    browser.wait_for_element("button", &tr.english("sign-in-button"));
    assert_eq!(browser.page_language(), "en");
    browser.goto(&format!("{}/signin?lang={}", server.base, tr.code));
    expect_elements(browser, tr, &[("h1", "sign-in-title")]);
    // The choice is kept for the next pages, whatever the browser asks for.
    browser.goto(&format!("{}/signin", server.base));
    expect_elements(
        browser,
        tr,
        &[("h1", "sign-in-title"), ("button", "sign-in-button")],
    );
}

/// Signs in with the translated form; the account is in English until its owner chooses the
/// language on the profile page (linked from the name in the top bar), as a person does.
fn sign_in_and_choose_the_language(
    browser: &Browser,
    server: &TestServer,
    tr: &Translation,
    email: &str,
) {
    browser.step("sign in");
    browser.fill(&tr.translated("email-label"), email);
    browser.fill(&tr.translated("password-label"), PASSWORD);
    browser.press(&tr.translated("sign-in-button"));
    // The top bar's link to the profile is the account's address (it has no name).
    browser.follow(email);

    browser.step("profile: choose the language");
    let language = Language::from_code(tr.code).expect("a language licensedesk speaks");
    // The profile is in the account's language, English so far; each language is offered in
    // its own name.
    browser.choose(&tr.english("people-profile-language"), language.endonym());
    browser.press(&tr.english("people-profile-save"));
    browser.wait_for_text(&tr.translated("people-flash-profile-saved"));
    expect_elements(
        browser,
        tr,
        &[
            ("h1", "people-profile-title"),
            ("label", "people-profile-language"),
            ("button", "people-profile-save"),
            ("button", "sign-out"),
        ],
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM accounts WHERE email = '{email}' AND language = '{}'",
            tr.code
        )),
        1,
        "the account's language is saved"
    );
}

/// The licences list, from the top bar.
fn licences_list(browser: &Browser, tr: &Translation) {
    browser.step("licences list");
    browser.follow(&tr.translated("nav-licences"));
    expect_elements(
        browser,
        tr,
        &[
            ("h1", "licences-title"),
            ("a", "portal-add-licence"),
            ("a", "portal-new-evaluation"),
            ("a", "portal-evaluations-title"),
            ("a", "portal-archived-title"),
            ("label", "list-search-label"),
            ("button", "portal-search-button"),
            ("a", "nav-orders"),
            ("button", "sign-out"),
        ],
    );
    // The column names head the list (set in capitals by the stylesheet, so read as written).
    browser.wait_for_element("a", &tr.translated("portal-col-product"));
}

/// The licence's row opened, then its key behind the Server ID gate.
fn key_behind_the_server_id_gate(
    browser: &Browser,
    server: &TestServer,
    tr: &Translation,
    licence: LicenceId,
    sen: &str,
) {
    browser.step("licence row");
    super::open_only_row(browser);
    browser.wait_for_text(sen);
    browser.follow(&tr.translated("portal-view-licence-key"));

    browser.step("Server ID gate");
    expect_elements(
        browser,
        tr,
        &[
            ("h1", "portal-gate-title"),
            ("label", "portal-reason-for-purchase-optional"),
            ("button", "portal-gate-button"),
        ],
    );
    // "Server ID" stays as it is in every language.
    browser.fill(&tr.text("portal-server-id"), "BG9T-XUV4-KZZH-B01W");
    browser.press(&tr.translated("portal-gate-button"));

    browser.step("licence details with the key");
    browser.wait_for_text(&tr.translated("portal-flash-key-unlocked"));
    expect_elements(
        browser,
        tr,
        &[
            ("button", "portal-copy-key"),
            ("a", "portal-download-licence"),
            ("h2", "people-contacts-heading"),
        ],
    );
    let key = licence_field(server, licence, "licence_key").unwrap();
    assert!(browser.text().contains(&key), "the whole key is shown");
    assert_eq!(
        licence_field(server, licence, "server_id").as_deref(),
        Some("BG9T-XUV4-KZZH-B01W")
    );
}

/// On the licence's page: a technical contact added, then made primary through the confirmation.
fn add_a_contact_and_make_them_primary(
    browser: &Browser,
    server: &TestServer,
    tr: &Translation,
    licence: LicenceId,
    email: &str,
) {
    browser.step("add a contact");
    browser.fill(
        &tr.translated("people-contacts-add-technical"),
        "sam@example.com",
    );
    let add = browser.find_all(&format!(
        "//form[.//input[@name='email_technical']]//button[@type='submit'][normalize-space(.)='{}']",
        tr.translated("people-contacts-add-button")
    ));
    assert_eq!(
        add.len(),
        1,
        "the technical contact form's button says {:?}",
        tr.translated("people-contacts-add-button")
    );
    browser.click(&add[0]);
    browser.wait_for_text(&tr.translated("people-flash-contact-added"));
    assert_eq!(
        people::contacts(server, licence),
        [
            format!("technical:{email}"),
            "technical:sam@example.com".to_owned()
        ]
    );

    browser.step("make primary: the confirmation");
    browser.follow(&tr.translated("people-contacts-make-primary"));
    expect_elements(browser, tr, &[("button", "people-promote-yes")]);
    let text = browser.text();
    for id in ["people-promote-means", "people-promote-invoices"] {
        let said = tr.translated(id);
        assert!(
            text.contains(&said),
            "{id} ({said:?}) is not on the page:\n{text}"
        );
    }
    assert_eq!(
        people::primary(server, licence, "technical").as_deref(),
        Some(email),
        "the confirmation page changes nothing"
    );
    browser.press(&tr.translated("people-promote-yes"));

    browser.step("make primary: done");
    browser.wait_for_text(&tr.translated("people-flash-primary-changed"));
    assert_eq!(
        people::primary(server, licence, "technical").as_deref(),
        Some("sam@example.com")
    );
}

/// The Diagnose page, and a diagnosis of the licence's key against another Server ID.
fn diagnose(browser: &Browser, tr: &Translation) {
    browser.step("diagnose form");
    // German calls it "Diagnose" too: the link is found by its words, not checked by them.
    browser.follow(&tr.text("nav-diagnose"));
    expect_elements(
        browser,
        tr,
        &[
            ("label", "diagnose-key-label"),
            ("label", "diagnose-file-label"),
        ],
    );
    browser.wait_for_element("h1", &tr.text("diagnose-title"));
    let key = encoder::test_key("SEN-5550199", "conf", &[]);
    browser.fill(
        &tr.translated("diagnose-key-label"),
        &encoder::wrap(&key, 72, "\n"),
    );
    browser.fill(&tr.text("diagnose-server-id-label"), "B7QW-LK2M-9HZD-XR4T");
    browser.press(&tr.text("diagnose-diagnose-button"));

    browser.step("diagnosis");
    expect_elements(
        browser,
        tr,
        &[
            ("h1", "diagnose-result-title"),
            ("h2", "diagnose-verdict-heading"),
            ("h2", "diagnose-findings-heading"),
            ("h2", "diagnose-what-to-do-heading"),
            ("a", "diagnose-another"),
        ],
    );
}
