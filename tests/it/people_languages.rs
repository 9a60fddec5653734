//! Accounts in other languages than English: a language chosen in the profile changes the
//! account's pages, and new accounts start in the language of whoever made them (the setup's,
//! the adding person's choice, an import's), which their invitation mail is then written in.

use crate::support::people::{add_contact, add_licence, add_user, mails_to, signed_in};
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, TestServer};

fn language_of(server: &TestServer, email: &str) -> String {
    server
        .db()
        .query_row(
            "SELECT language FROM accounts WHERE email = ?1",
            [email],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_language_chosen_in_the_profile_is_the_one_the_pages_speak() {
    let (server, _) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut ann = signed_in(&server, "ann@example.com");
    let page = ann.get("/account");
    // Every language is offered in its own name, marked as that language.
    for (code, name) in [
        ("en", "English"),
        ("zh-CN", "中文（简体）"),
        ("de", "Deutsch"),
        ("ja", "日本語"),
    ] {
        let option = format!("<option value=\"{code}\" lang=\"{code}\"");
        assert!(page.body.contains(&option), "{option} in {}", page.body);
        assert!(page.text().contains(name), "{name}");
    }
    assert!(page.body.contains("<html lang=\"en\""), "{}", page.body);
    // The code is stored as the catalogue spells it, whatever case the form sent.
    let done = ann.submit(
        "/account",
        "/account",
        &[("name", "Ann"), ("language", "DE")],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(language_of(&server, "ann@example.com"), "de");
    let page = ann.get("/account");
    assert!(page.body.contains("<html lang=\"de\""), "{}", page.body);
    assert!(page.text().contains("Ihr Konto"), "{}", page.text());
    assert!(
        page.body
            .contains("<option value=\"de\" lang=\"de\" selected"),
        "{}",
        page.body
    );
    // Another account still reads English.
    let mut admin = server.client();
    admin.sign_in(ADMIN_EMAIL, ADMIN_PASSWORD, false);
    assert!(admin.get("/account").text().contains("Your account"));
}

#[test]
fn the_first_administrator_keeps_the_language_the_setup_was_done_in() {
    let server = TestServer::start();
    let link = server.setup_link();
    let path = link.strip_prefix(&server.base).unwrap().to_owned();
    let mut client = server.client();
    let csrf = client.get(&path).csrf();
    let done = client.post_with(
        &path,
        &[
            ("csrf", &csrf),
            ("email", ADMIN_EMAIL),
            ("name", "Ada Admin"),
            ("password", ADMIN_PASSWORD),
            ("confirm", ADMIN_PASSWORD),
        ],
        &[("Accept-Language", "de-DE,de;q=0.9")],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(language_of(&server, ADMIN_EMAIL), "de");
}

#[test]
fn an_invited_contact_gets_the_language_chosen_beside_the_address() {
    let (server, _) = TestServer::with_admin();
    let licence = add_licence(&server, "SEN-100");
    let ann = add_user(&server, "ann@example.com");
    add_contact(&server, licence, ann, "technical");
    let mut client = signed_in(&server, "ann@example.com");
    let path = format!("/licences/{licence}/contacts");
    // The form offers the adding person's own language first.
    let page = client.get(&path);
    assert!(
        page.body.contains("name=\"language_technical\"")
            && page
                .body
                .contains("<option value=\"en\" lang=\"en\" selected"),
        "{}",
        page.body
    );
    let done = client.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "newcomer@example.com"),
            ("language_technical", "ja"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(language_of(&server, "newcomer@example.com"), "ja");
    assert_eq!(
        mails_to(&server, "newcomer@example.com", "invitation").len(),
        1
    );
    // Without a choice, the adding person's language.
    let done = client.submit(
        &path,
        &path,
        &[("role", "billing"), ("email_billing", "other@example.com")],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(language_of(&server, "other@example.com"), "en");
}
