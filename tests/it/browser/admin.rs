//! The administration pages at the widths people use: the audit log on a 1280 px desktop with
//! long action codes and big before/after values, and the accounts, outbox and audit pages on a
//! 390 px phone. The page itself never scrolls sideways; a wide table scrolls in its own box.

use serde_json::Value;

use super::{Browser, browser, sign_in};
use crate::support::people;
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, TestServer};

/// An action code another release might write: long, and never to be split mid-word.
const LONG_ACTION: &str = "organisation-consultant-access-with-keys-extended-by-administrator";

/// A server with an administrator and what makes the admin pages wide: accounts with long
/// addresses and names, audit entries with long action codes, long details and big
/// before/after values, and mail in the outbox.
fn busy_server() -> TestServer {
    let (server, mut admin) = TestServer::with_admin();
    for i in 0..3 {
        let email = format!(
            "a-very-long-address-for-a-person-number-{i}@subsidiary.department.example.com"
        );
        people::add_user(&server, &email);
    }
    let db = server.db();
    let big = |tag: &str| {
        let notes: String = (0..60).map(|i| format!("{tag}{i}-")).collect();
        serde_json::json!({
            "notes": notes,
            "server_id": "BG9T-XUV4-KZZH-B01W",
            "contacts": (0..20).map(|i| format!("contact-{i}@example.com")).collect::<Vec<_>>(),
            "unbroken": "x".repeat(400),
        })
        .to_string()
    };
    for i in 0..5 {
        db.execute(
            "INSERT INTO audit_log (at, actor_label, client_addr, action, detail, before_json, after_json) \
             VALUES (?1, ?2, '2001:db8:85a3:0000:0000:8a2e:0370:7334', ?3, ?4, ?5, ?6)",
            rusqlite::params![
                1_790_000_000 + i,
                "a-very-long-address-for-a-person-number-0@subsidiary.department.example.com",
                LONG_ACTION,
                "d".repeat(300),
                big("before"),
                big("after"),
            ],
        )
        .unwrap();
    }
    // Mail in the outbox: a reset link for each account.
    let csrf = admin.get("/admin").csrf();
    for i in 0..3 {
        let id: i64 = db
            .query_row(
                "SELECT id FROM accounts WHERE email LIKE ?1",
                [format!("%number-{i}@%")],
                |r| r.get(0),
            )
            .unwrap();
        let done = admin.post(
            &format!("/admin/accounts/{id}/reset-link"),
            &[("csrf", &csrf)],
        );
        assert_eq!(done.status, 303);
    }
    server
}

/// The page's width and the viewport's, in CSS pixels.
fn widths(browser: &Browser) -> (i64, i64) {
    let value = browser.script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
    );
    let number = |v: &Value| v.as_i64().unwrap_or_else(|| panic!("not a width: {value}"));
    (number(&value[0]), number(&value[1]))
}

/// Lays the pages out `width` CSS pixels wide: the window is resized, and where the browser
/// keeps a window wider than that (desktop Chromium has a minimum), the page is shown as a
/// phone of that width shows it.
fn lay_out_at(browser: &Browser, width: i64) {
    browser.set_window_size(width as u32, 900);
    let inner = browser
        .script("return window.innerWidth;")
        .as_i64()
        .unwrap_or(0);
    if inner != width {
        browser.emulate_phone(width as u32, 844);
    }
    let inner = browser
        .script("return window.innerWidth;")
        .as_i64()
        .unwrap_or(0);
    assert_eq!(inner, width, "the page is not laid out {width} px wide");
}

fn assert_fits(browser: &Browser, page: &str, width: i64) {
    let (scroll, client) = widths(browser);
    assert!(
        client <= width,
        "{page}: the viewport is {client} px, wider than {width}"
    );
    assert!(
        scroll <= client,
        "{page} at {width} px: the page is {scroll} px wide, the viewport {client} px"
    );
}

#[test]
fn browser_the_audit_log_fits_a_1280_px_screen_with_long_codes_and_big_changes() {
    let Some(browser) = browser("audit_log_fits_1280") else {
        return;
    };
    let server = busy_server();
    lay_out_at(&browser, 1280);
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    browser.step("audit log at 1280 px");
    browser.goto(&format!("{}/admin/audit", server.base));
    browser.wait_for_text("Audit log");
    browser.wait_for_text(LONG_ACTION);
    assert_fits(&browser, "the audit log", 1280);
    // Every action code is whole in its cell, and wraps (if at all) only after a hyphen: each
    // of its words is on one line.
    let split = browser.script(
        "const out = []; \
         for (const c of document.querySelectorAll('code.action-code')) { \
           const text = c.firstChild, code = c.textContent; let at = 0; \
           for (const word of code.split('-')) { \
             const r = document.createRange(); r.setStart(text, at); r.setEnd(text, at + word.length); \
             if (r.getClientRects().length !== 1) out.push(code + ': ' + word); \
             at += word.length + 1; \
           } \
           const cell = c.closest('td').getBoundingClientRect(), box = c.getBoundingClientRect(); \
           if (box.right > cell.right + 1) out.push(code + ': past its cell'); \
         } \
         return out;",
    );
    assert_eq!(split, serde_json::json!([]), "action codes split mid-word");
    assert!(
        browser
            .find_all(&format!("//code[normalize-space(.)='{LONG_ACTION}']"))
            .len()
            >= 5
    );
    // The change reads as fields, not as JSON.
    let text = browser.text();
    assert!(text.contains("notes: before0-before1"), "{text}");
    assert!(!text.contains("server_id"), "unchanged fields are left out");
    assert!(!text.contains("{\"notes\""), "raw JSON on the page");
}

#[test]
fn browser_the_admin_outbox_and_audit_pages_do_not_overflow_a_390_px_phone() {
    let Some(browser) = browser("admin_pages_fit_390") else {
        return;
    };
    let server = busy_server();
    people::add_user(&server, "phone@example.com");
    sign_in(&browser, &server.base, ADMIN_EMAIL, ADMIN_PASSWORD);
    lay_out_at(&browser, 390);
    for (path, shows) in [
        ("/admin", "Invite a user"),
        ("/admin/outbox", "Choose a new licensedesk password"),
        ("/admin/audit", LONG_ACTION),
    ] {
        browser.step(path);
        browser.goto(&format!("{}{path}", server.base));
        browser.wait_for_text(shows);
        assert_fits(&browser, path, 390);
        // The table is all there: it scrolls inside its own box.
        let boxed = browser.script(
            "return [...document.querySelectorAll('main table')].every(t => \
             getComputedStyle(t.parentElement).overflowX === 'auto');",
        );
        assert_eq!(
            boxed,
            Value::Bool(true),
            "{path}: a table outside a scrolling box"
        );
    }
    // The outbox's State select is as wide as its choices, not the page.
    browser.set_window_size(1280, 900);
    browser.clear_emulation();
    browser.goto(&format!("{}/admin/outbox", server.base));
    browser.wait_for_text("Outbox");
    let select = browser
        .script("return document.getElementById('field-state').getBoundingClientRect().width;")
        .as_f64()
        .unwrap();
    assert!(select < 400.0, "the State select is {select} px wide");
}
