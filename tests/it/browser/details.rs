//! A licence's page and its actions as they look in Chromium: the Archive confirmation's
//! buttons readable in light and dark mode, an invalid field's red border and the cursor in it,
//! no copy button without JavaScript, and the Server ID gate's empty field.

use serde_json::Value;

use super::{Browser, browser, licence_field, server_with_licence, sign_in};
use crate::support::people::PASSWORD;

/// The WCAG contrast of an element's text on its background (the first ancestor's that is not
/// transparent), with both colours, as the browser computed them.
const CONTRAST: &str = r#"
var element = document.querySelector(arguments[0]);
if (!element) { return null; }
function rgb(text) { return text.match(/[\d.]+/g).map(Number); }
function luminance(c) {
  var l = c.slice(0, 3).map(function (v) {
    v = v / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}
var fg = getComputedStyle(element).color;
var bg = null;
for (var e = element; e; e = e.parentElement) {
  var c = getComputedStyle(e).backgroundColor;
  var parts = rgb(c);
  if (parts.length < 4 || parts[3] > 0) { bg = c; break; }
}
if (bg === null) { bg = "rgb(255, 255, 255)"; }
var a = luminance(rgb(fg)), b = luminance(rgb(bg));
var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
return { ratio: ratio, fg: fg, bg: bg };
"#;

fn contrast(browser: &Browser, selector: &str) -> (f64, String) {
    let answer = browser.call_script(CONTRAST, &[Value::String(selector.into())]);
    assert!(!answer.is_null(), "{selector} is not on the page");
    (
        answer["ratio"].as_f64().unwrap(),
        format!("{} on {}", answer["fg"], answer["bg"]),
    )
}

fn computed(browser: &Browser, selector: &str, property: &str) -> String {
    browser
        .call_script(
            "var e = document.querySelector(arguments[0]); \
             return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : null;",
            &[
                Value::String(selector.into()),
                Value::String(property.into()),
            ],
        )
        .as_str()
        .unwrap_or_else(|| panic!("{selector} is not on the page"))
        .to_owned()
}

#[test]
fn browser_the_archive_confirmation_reads_in_light_and_dark_mode() {
    let Some(browser) = browser("the_archive_confirmation_reads_in_light_and_dark_mode") else {
        return;
    };
    let (server, licence) = server_with_licence("ava@example.com", "SEN-ARCH-1", |_| {});
    sign_in(&browser, &server.base, "ava@example.com", PASSWORD);
    for dark in [false, true] {
        browser.step(if dark { "dark mode" } else { "light mode" });
        browser.prefer_dark(dark);
        browser.goto(&format!("{}/licences/{}/archive", server.base, licence.0));
        browser.wait_for_text("Archive licence");
        // The licence is named by product and name as well as SEN.
        browser.wait_for_text(
            "Confluence · Confluence (Server) 10 Users: Commercial License · SEN SEN-ARCH-1",
        );
        let scheme = browser.call_script(
            "return matchMedia('(prefers-color-scheme: dark)').matches",
            &[],
        );
        assert_eq!(scheme, Value::Bool(dark), "the colour scheme is emulated");
        for selector in [
            "form.confirm button[type=submit]",
            "form.confirm a.button.cancel",
        ] {
            let (ratio, colours) = contrast(&browser, selector);
            assert!(
                ratio >= 4.5,
                "{selector} in {} mode: {colours} is {ratio:.2}:1",
                if dark { "dark" } else { "light" }
            );
        }
        // Cancel stands apart from the action: they do not touch.
        let gap = browser.call_script(
            "var a = document.querySelector('form.confirm button[type=submit]').getBoundingClientRect(); \
             var b = document.querySelector('form.confirm a.button.cancel').getBoundingClientRect(); \
             return Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);",
            &[],
        );
        assert!(
            gap.as_f64().unwrap() >= 8.0,
            "the buttons are {gap}px apart"
        );
    }
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE archived = 1"),
        0,
        "looking at the confirmation archives nothing"
    );
}

#[test]
fn browser_an_invalid_field_has_a_red_border_and_the_cursor() {
    let Some(browser) = browser("an_invalid_field_has_a_red_border_and_the_cursor") else {
        return;
    };
    let (server, _) = server_with_licence("ivy@example.com", "SEN-INV-1", |_| {});
    sign_in(&browser, &server.base, "ivy@example.com", PASSWORD);
    browser.goto(&format!("{}/licences/new", server.base));
    browser.wait_for_text("Or enter it by hand");
    browser.fill_by_name("product", "Confluence");
    browser.fill_by_name("user_tier", "lots");
    browser.fill_by_name("organisation", "Example Ltd");
    browser.call_script(
        "document.getElementById('field-support_expiry').value = '2030-01-01';",
        &[],
    );
    let add = browser.find_all("//form[.//input[@name='user_tier']]//button[@type='submit']");
    assert_eq!(add.len(), 1);
    browser.click(&add[0]);
    browser.wait_for_text("A tier is a whole number of users");
    assert_eq!(
        server.count("SELECT count(*) FROM licences"),
        1,
        "nothing added"
    );

    // The summary at the top links to the field; the cursor starts in it.
    assert_eq!(
        browser
            .find_all("//div[contains(@class,'error-summary')]//a[@href='#field-user_tier']")
            .len(),
        1,
        "the error summary links to the field"
    );
    assert_eq!(
        browser.call_script(
            "return document.activeElement && document.activeElement.id",
            &[]
        ),
        Value::String("field-user_tier".into()),
        "the first invalid field has the focus"
    );
    for (dark, red) in [(false, "rgb(174, 42, 25)"), (true, "rgb(253, 152, 145)")] {
        browser.prefer_dark(dark);
        let invalid = computed(&browser, "#field-user_tier", "border-top-color");
        let valid = computed(&browser, "#field-organisation", "border-top-color");
        assert_eq!(invalid, red, "the invalid field's border (dark: {dark})");
        assert_ne!(invalid, valid, "a valid field keeps its grey border");
    }
}

#[test]
fn browser_without_javascript_the_copy_button_is_not_shown() {
    let Some(browser) = browser("without_javascript_the_copy_button_is_not_shown") else {
        return;
    };
    let (server, licence) = server_with_licence("jo@example.com", "SEN-NOJS-1", |_| {});
    server
        .db()
        .execute(
            "UPDATE licences SET key_retrieved_at = 1 WHERE id = ?1",
            [licence.0],
        )
        .unwrap();
    sign_in(&browser, &server.base, "jo@example.com", PASSWORD);
    browser.disable_page_scripts();
    browser.goto(&format!("{}/licences/{}", server.base, licence.0));
    browser.wait_for_text("SEN-NOJS-1");
    assert_eq!(
        browser.call_script(
            "return document.querySelector('[data-copy-target]').hidden",
            &[]
        ),
        Value::Bool(true),
        "the page's script did not run"
    );
    let copy = browser.find_all("//button[@data-copy-target]");
    assert_eq!(copy.len(), 1, "the button is in the page");
    assert!(!browser.is_displayed(&copy[0]), "the dead button is shown");
    assert_eq!(
        computed(&browser, "button[data-copy-target]", "display"),
        "none"
    );
    // The key itself is there to select and copy by hand.
    let key = licence_field(&server, licence, "licence_key").unwrap();
    assert!(browser.text().contains(&key[..40]));
}

#[test]
fn browser_the_server_id_gate_starts_empty_and_says_where_to_look() {
    let Some(browser) = browser("the_server_id_gate_starts_empty_and_says_where_to_look") else {
        return;
    };
    let (server, licence) = server_with_licence("gus@example.com", "SEN-GATE-2", |l| {
        l.server_id = Some("BG9T-XUV4-KZZH-B01W".into());
    });
    sign_in(&browser, &server.base, "gus@example.com", PASSWORD);
    browser.goto(&format!("{}/licences/{}/key", server.base, licence.0));
    browser.wait_for_text("Enter the Server ID");
    assert_eq!(browser.value_of("Server ID"), "", "the field starts empty");
    for place in [
        "Jira: Administration › System › System information",
        "Confluence: Administration › General configuration › System information",
        "Bitbucket: Administration › Settings › Licensing",
        "Bamboo: Administration › System › System information",
        "Crowd: Administration › Licensing",
        "Fisheye and Crucible: Administration › Global settings › Licenses",
    ] {
        assert!(
            browser.text().contains(place),
            "{place:?} is not on the gate"
        );
    }
    // "Reason for purchase" is prose: the page's font, spell-checked.
    browser.field("Reason for purchase (optional)");
    assert_eq!(
        computed(&browser, "#field-reason_for_purchase", "font-family"),
        computed(&browser, "body", "font-family")
    );
    assert_eq!(
        browser.call_script(
            "return document.getElementById('field-reason_for_purchase').spellcheck",
            &[]
        ),
        Value::Bool(true)
    );
    // Empty, it cannot be sent: the gate records where the key goes, it is not one click.
    assert_eq!(
        browser.call_script(
            "return document.getElementById('field-server_id').required",
            &[]
        ),
        Value::Bool(true)
    );
    browser.press("Save and show the key");
    assert_eq!(
        server.count("SELECT count(*) FROM licences WHERE key_retrieved_at IS NOT NULL"),
        0
    );
}
