//! The everyday account pages as a person meets them: consolidation reached from the top bar
//! and its preview naming each licence, a disabled account's sign-in, being signed in by a
//! setup, invitation or reset link (the invitation asking for a name), and import previews that
//! say where each entry is and link the licences on record.

use crate::support::people::{
    PASSWORD, add_contact, add_user, licence_with, link_path, mails_to, signed_in,
};
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, Client, Resp, TestServer};

const OLD: &str = "old@example.com";
const NEW: &str = "new@example.com";

#[test]
fn consolidation_is_in_the_top_bar_and_its_preview_names_product_and_licence() {
    let (server, _admin) = TestServer::with_admin();
    let old = add_user(&server, OLD);
    add_user(&server, NEW);
    // Two licences of one SEN: the headings must still tell them apart.
    let jira = licence_with(&server, "SEN-500", |l| {
        l.product = "Jira Software".into();
        l.name = "Jira Software (Data Center) 500 Users".into();
    });
    let confluence = licence_with(&server, "SEN-500", |l| {
        l.product = "Confluence".into();
        l.name = "Confluence (Data Center) 500 Users".into();
    });
    add_contact(&server, jira, old, "technical");
    add_contact(&server, confluence, old, "technical");

    let mut user = signed_in(&server, OLD);
    let list = user.get("/licences");
    assert!(
        list.body
            .contains(r#"<li><a href="/consolidate">Consolidate</a></li>"#),
        "a plain user's top bar offers consolidation: {}",
        list.body
    );
    let start = user.get("/consolidate");
    assert_eq!(start.status, 200);
    assert!(
        start
            .body
            .contains(r#"<a href="/consolidate" aria-current="page">Consolidate</a>"#),
        "{}",
        start.body
    );

    let preview = user.get(&format!(
        "/consolidate/preview?to=new%40example.com&source=remove&licence={jira}&licence={confluence}"
    ));
    assert_eq!(preview.status, 200, "{}", preview.text());
    assert!(
        preview
            .body
            .contains("<h2>Jira Software: Jira Software (Data Center) 500 Users (SEN-500)</h2>"),
        "{}",
        preview.body
    );
    assert!(
        preview
            .body
            .contains("<h2>Confluence: Confluence (Data Center) 500 Users (SEN-500)</h2>"),
        "{}",
        preview.body
    );
    assert!(
        !preview.body.contains("<h2>SEN-500</h2>"),
        "{}",
        preview.body
    );

    let csrf = preview.csrf();
    let (jira, confluence) = (jira.to_string(), confluence.to_string());
    let sent = user.post(
        "/consolidate/requests",
        &[
            ("csrf", &csrf),
            ("to", NEW),
            ("source", "remove"),
            ("licence", &jira),
            ("licence", &confluence),
        ],
    );
    assert_eq!(sent.status, 303, "{}", sent.text());
    let id: i64 = server.count("SELECT id FROM consolidations");
    let path = format!("/consolidate/requests/{id}");

    // The receiving account reads that it is the one to accept, not its own address.
    let mut new = signed_in(&server, NEW);
    let page = new.get(&path);
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Waiting for you to accept, until"), "{text}");
    assert!(!text.contains(&format!("Waiting for {NEW}")), "{text}");
    // The giving account still reads whom it waits for.
    let text = user.get(&path).text();
    assert!(
        text.contains(&format!("Waiting for {NEW} to accept, until")),
        "{text}"
    );
}

fn sign_in_attempt(client: &mut Client, email: &str, password: &str) -> Resp {
    let csrf = client.get("/signin").csrf();
    client.post(
        "/signin",
        &[("csrf", &csrf), ("email", email), ("password", password)],
    )
}

/// The sign-in page's message, the one thing that differs between refusals.
fn alert(page: &Resp) -> String {
    let start = page
        .body
        .find(r#"role="alert">"#)
        .unwrap_or_else(|| panic!("no message: {}", page.body))
        + r#"role="alert">"#.len();
    let end = start + page.body[start..].find('<').unwrap();
    page.body[start..end].to_owned()
}

#[test]
fn a_disabled_account_is_told_so_only_after_its_right_password() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    add_user(&server, "carol@example.com");
    let csrf = admin.get("/admin").csrf();
    let disabled = admin.post(
        &format!("/admin/accounts/{bob}/disable"),
        &[("csrf", &csrf)],
    );
    assert_eq!(disabled.status, 303, "{}", disabled.text());

    // A wrong password on the disabled account reads exactly as on any other account.
    let mut stranger = server.client();
    let wrong_disabled = sign_in_attempt(&mut stranger, "bob@example.com", "not the password");
    let wrong_active = sign_in_attempt(&mut stranger, "carol@example.com", "not the password");
    let unknown = sign_in_attempt(&mut stranger, "nobody@example.com", "not the password");
    for refused in [&wrong_disabled, &wrong_active, &unknown] {
        assert_eq!(refused.status, 401);
        assert_eq!(
            alert(refused),
            "That e-mail address and password do not match an account."
        );
        assert!(!refused.text().contains("disabled"), "{}", refused.text());
    }
    assert_eq!(
        wrong_disabled.text().replace("bob@example.com", "X"),
        wrong_active.text().replace("carol@example.com", "X")
    );

    // The right password learns that the account is disabled, and gets no session.
    let mut bob_client = server.client();
    let right = sign_in_attempt(&mut bob_client, "bob@example.com", PASSWORD);
    assert_eq!(right.status, 403, "{}", right.text());
    assert_eq!(
        alert(&right),
        "This account is disabled. Ask an administrator of this portal to enable it again."
    );
    assert!(
        !right
            .headers_named("set-cookie")
            .iter()
            .any(|c| c.starts_with("ld_session=") && !c.starts_with("ld_session=;")),
        "{:?}",
        right.headers_named("set-cookie")
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM sessions WHERE account_id = {bob}"
        )),
        0
    );
    assert_eq!(bob_client.get("/licences").status, 303);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'sign-in-failed' \
             AND detail = 'right password of the disabled account bob@example.com'"
        ),
        1
    );
}

/// Follows a used link's answer: it must sign in and lead to the licences.
fn assert_signed_in_by_link(client: &mut Client, done: &Resp, flash: &str, name: &str) {
    assert_eq!(done.status, 303, "{}", done.text());
    assert_eq!(done.location(), "/licences");
    assert!(
        done.headers_named("set-cookie")
            .iter()
            .any(|c| c.starts_with("ld_session=") && !c.starts_with("ld_session=;")),
        "a session cookie: {:?}",
        done.headers_named("set-cookie")
    );
    let list = client.get("/licences");
    assert_eq!(list.status, 200, "{}", list.text());
    let text = list.text();
    assert!(text.contains(&format!("Signed in as {name}")), "{text}");
    assert!(text.contains(flash), "{text}");
}

#[test]
fn the_setup_link_signs_its_administrator_in() {
    let server = TestServer::start();
    let link = server.setup_link();
    let path = link.strip_prefix(&server.base).unwrap().to_owned();
    let mut client = server.client();
    let page = client.get(&path);
    let done = client.post(
        &path,
        &[
            ("csrf", &page.csrf()),
            ("email", ADMIN_EMAIL),
            ("name", "Ada Admin"),
            ("password", ADMIN_PASSWORD),
            ("confirm", ADMIN_PASSWORD),
        ],
    );
    assert_signed_in_by_link(
        &mut client,
        &done,
        "The administrator account is ready, and you are signed in.",
        "Ada Admin",
    );
    assert_eq!(server.count("SELECT count(*) FROM sessions"), 1);
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE last_sign_in_at IS NOT NULL"),
        1
    );
}

#[test]
fn an_invitation_asks_for_a_name_keeps_it_and_signs_the_person_in() {
    let (server, _admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let licence = licence_with(&server, "SEN-INV-9", |_| {});
    add_contact(&server, licence, ann, "technical");
    let mut ann_client = signed_in(&server, "ann@example.com");
    let contacts = format!("/licences/{licence}/contacts");
    let added = ann_client.submit(
        &contacts,
        &contacts,
        &[("role", "billing"), ("email_billing", "wang@example.com")],
    );
    assert_eq!(added.status, 303, "{}", added.text());
    let link = link_path(
        &server,
        &mails_to(&server, "wang@example.com", "invitation")[0].body,
        "invite",
    );

    let mut visitor = server.client();
    let page = visitor.get(&link);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Your name"), "{}", page.text());
    let csrf = page.csrf();
    let name_of = || -> String {
        server
            .db()
            .query_row(
                "SELECT display_name FROM accounts WHERE email = 'wang@example.com'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };

    // A name too long to keep: said, and nothing changes (the link still works).
    let long = "名".repeat(201);
    let refused = visitor.post(
        &link,
        &[
            ("csrf", &csrf),
            ("name", &long),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("The name is too long: at most 200 characters.")
    );
    assert_eq!(name_of(), "");
    assert_eq!(
        server.count(
            "SELECT count(*) FROM accounts WHERE email = 'wang@example.com' AND state = 'invited'"
        ),
        1
    );

    let done = visitor.post(
        &link,
        &[
            ("csrf", &csrf),
            ("name", "  王小明 "),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_signed_in_by_link(
        &mut visitor,
        &done,
        "Your password is set, and you are signed in.",
        "王小明",
    );
    assert_eq!(name_of(), "王小明");
    assert!(visitor.get("/licences").text().contains("SEN-INV-9"));
}

#[test]
fn a_reset_link_signs_the_person_in_and_ends_their_other_sessions() {
    let (server, _admin) = TestServer::with_admin();
    add_user(&server, "rita@example.com");
    let mut laptop = signed_in(&server, "rita@example.com");
    let mut visitor = server.client();
    let asked = visitor.submit("/forgot", "/forgot", &[("email", "rita@example.com")]);
    assert_eq!(asked.status, 200);
    let link = link_path(
        &server,
        &mails_to(&server, "rita@example.com", "reset")[0].body,
        "reset",
    );
    let page = visitor.get(&link);
    let new = "a brand new long password";
    let done = visitor.post(
        &link,
        &[("csrf", &page.csrf()), ("password", new), ("confirm", new)],
    );
    assert_signed_in_by_link(
        &mut visitor,
        &done,
        "Your password is set, and you are signed in.",
        "rita@example.com",
    );
    assert_eq!(laptop.get("/licences").status, 303, "the old session ended");
    assert_eq!(
        server.count(
            "SELECT count(*) FROM sessions s JOIN accounts a ON a.id = s.account_id \
             WHERE a.email = 'rita@example.com'"
        ),
        1
    );
}

fn import_preview(client: &mut Client, pasted: &str, files: &[(&str, &[u8])]) -> Resp {
    let csrf = client.get("/import").csrf();
    let files: Vec<(&str, &str, &[u8])> = files
        .iter()
        .map(|(name, data)| ("files", *name, *data))
        .collect();
    client.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("keys", pasted),
            ("allow_unverified", "on"),
        ],
        &files,
    )
}

#[test]
fn import_previews_say_where_each_entry_is_link_the_licences_and_cancel_keeps_the_paste() {
    let (server, mut admin) = TestServer::with_admin();
    let on_record = licence_with(&server, "SEN-ON-RECORD", |_| {});
    let export = admin.get("/export?format=csv");
    assert_eq!(export.status, 200);
    let sheet = export.body.clone();
    let header = sheet.lines().next().unwrap().to_owned();
    assert!(header.contains("sen"), "{header}");
    // The sheet again, with a second row whose tier is not a number: line 3 (the header is
    // line 1, the licence on record line 2).
    let broken_row = sheet
        .lines()
        .nth(1)
        .unwrap()
        .replace("SEN-ON-RECORD", "SEN-BROKEN")
        .replacen(",10,", ",lots,", 1);
    assert!(broken_row.contains(",lots,"), "{broken_row}");
    let pasted = format!(
        "{header}\n{}\n{broken_row}\n",
        sheet.lines().nth(1).unwrap()
    );

    let page = import_preview(&mut admin, &pasted, &[("sheet.csv", pasted.as_bytes())]);
    assert_eq!(page.status, 200, "{}", page.text());
    let text = page.text();
    assert!(text.contains("Line 2 in the pasted text"), "{text}");
    assert!(text.contains("Line 3 in the pasted text"), "{text}");
    assert!(text.contains("sheet.csv, line 2"), "{text}");
    assert!(text.contains("sheet.csv, line 3"), "{text}");
    assert!(
        !text.contains("pasted text:"),
        "no made-up file name: {text}"
    );
    // The licence on record the preview names links to its page.
    assert!(
        page.body
            .contains(&format!("<a href=\"/licences/{on_record}\">")),
        "{}",
        page.body
    );
    let token = page
        .field_value("cancel_preview")
        .expect("Cancel lets the held preview go");

    // Cancel: the form again, with the text that was pasted in it; the preview let go.
    let csrf = page.csrf();
    let back = admin.post_multipart(
        "/import",
        &[
            ("csrf", &csrf),
            ("cancel_preview", &token),
            ("keys", &pasted),
            ("allow_unverified", "on"),
            ("back", "1"),
        ],
        &[],
    );
    assert_eq!(back.status, 200, "{}", back.text());
    let textarea = back
        .body
        .find("id=\"field-keys\"")
        .expect("the paste field");
    let start = textarea + back.body[textarea..].find('>').unwrap() + 1;
    let end = start + back.body[start..].find("</textarea>").unwrap();
    // One line break after the opening tag, which the browser drops; then the text as pasted.
    assert_eq!(
        crate::support::html_unescape(&back.body[start..end]),
        format!("\n{pasted}")
    );
    assert!(back.body.contains("name=\"allow_unverified\" checked"));
    let confirmed = admin.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)]);
    assert_eq!(confirmed.status, 410, "the cancelled preview is gone");
    assert_eq!(server.count("SELECT count(*) FROM licences"), 1);
}
