//! Administration on the web beyond the accounts list: inviting a user, making an account an
//! administrator (never the last), mailing a reset link, the whole outbox as a zip of `.eml`
//! files, and the audit log's before/after as a readable list of changes with its date filters
//! refused without a search.

use std::io::Read;

use crate::support::people::{PASSWORD, add_user, link_path, mails_to, outbox, signed_in};
use crate::support::{ADMIN_EMAIL, Client, TestServer};

fn one<T: rusqlite::types::FromSql>(server: &TestServer, sql: &str) -> T {
    server.db().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn admin_id(server: &TestServer) -> i64 {
    one(
        server,
        &format!("SELECT id FROM accounts WHERE email = '{ADMIN_EMAIL}'"),
    )
}

/// The raw bytes of a download (the test client reads bodies as text), its status and its
/// content type.
fn download(client: &Client, path: &str) -> (u16, String, Vec<u8>) {
    let cookies = client
        .cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let response = match ureq::get(&format!("{}{path}", client.base))
        .set("Cookie", &cookies)
        .call()
    {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{path}: {e}"),
    };
    let status = response.status();
    let content_type = response.content_type().to_owned();
    let mut bytes = Vec::new();
    response.into_reader().read_to_end(&mut bytes).unwrap();
    (status, content_type, bytes)
}

/// The files of a zip: name and text.
fn unzip(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().to_owned(), text)
        })
        .collect()
}

/// The header fields of an RFC 5322 message (names lower-cased, folded lines joined); panics
/// on a line that is neither a field nor a continuation, or without the blank line before the
/// body.
fn headers(message: &str) -> Vec<(String, String)> {
    let (head, _body) = message
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no blank line after the headers:\n{message}"));
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            let last = fields.last_mut().expect("a continuation after a field");
            last.1.push_str(line.trim());
        } else {
            let (name, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("not a header line: {line:?}"));
            assert!(
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic()),
                "bad header name {name:?}"
            );
            fields.push((name.to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    fields
}

#[test]
fn an_administrator_invites_a_user_and_the_invitation_waits_in_the_outbox() {
    let (server, mut admin) = TestServer::with_admin();
    let page = admin.get("/admin");
    assert!(page.text().contains("Invite a user"), "{}", page.text());
    let csrf = page.csrf();
    let done = admin.post(
        "/admin/accounts",
        &[
            ("csrf", &csrf),
            ("email", " Nia.New@Example.com "),
            ("name", "Nia New"),
            ("language", "de"),
            ("admin", "1"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), "/admin");
    let list = admin.get("/admin");
    assert!(
        list.text()
            .contains("The user is invited: the invitation is in the outbox."),
        "{}",
        list.text()
    );
    assert!(
        list.text()
            .contains("nia.new@example.com admin Nia New invited")
    );
    let (state, is_admin, language, hash): (String, bool, String, Option<String>) = server
        .db()
        .query_row(
            "SELECT state, is_admin, language, password_hash FROM accounts \
             WHERE email = 'nia.new@example.com'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (state.as_str(), is_admin, language.as_str(), hash),
        ("invited", true, "de", None)
    );
    let mails = mails_to(&server, "nia.new@example.com", "invitation");
    assert_eq!(mails.len(), 1, "one invitation in the outbox");
    assert_eq!(mails[0].state, "queued");
    // Written in the language chosen for it, with a link that opens the invitation.
    assert!(
        mails[0].subject.contains("licensedesk"),
        "{}",
        mails[0].subject
    );
    let link = link_path(&server, &mails[0].body, "invite");
    let mut stranger = server.client();
    let invitation = stranger.get(&link);
    assert_eq!(invitation.status, 200);
    assert!(invitation.text().contains("nia.new@example.com"));
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'account-invited' \
             AND actor_label = 'admin@example.com'"
        ),
        1
    );

    // The same address again: refused next to the field, nothing new.
    let accounts = server.count("SELECT count(*) FROM accounts");
    let mails = outbox(&server).len();
    let again = admin.post(
        "/admin/accounts",
        &[
            ("csrf", &csrf),
            ("email", "nia.new@example.com"),
            ("name", ""),
        ],
    );
    assert_eq!(again.status, 409);
    assert!(
        again
            .text()
            .contains("nia.new@example.com already has an account."),
        "{}",
        again.text()
    );
    assert_eq!(
        again.field_value("email").as_deref(),
        Some("nia.new@example.com")
    );
    // A bad address, a name with a control character, a language the portal does not have:
    // each said beside its field, what was typed kept, nothing created or mailed.
    for (fields, said) in [
        (
            [
                ("email", "not an address"),
                ("name", "Ok"),
                ("language", "en"),
            ],
            "e-mail address",
        ),
        (
            [
                ("email", "fine@example.com"),
                ("name", "Bad\u{7}name"),
                ("language", "en"),
            ],
            "name",
        ),
        (
            [
                ("email", "fine@example.com"),
                ("name", "Ok"),
                ("language", "klingon"),
            ],
            "language",
        ),
    ] {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend(fields);
        let refused = admin.post("/admin/accounts", &form);
        assert_eq!(refused.status, 422, "{fields:?}");
        assert!(refused.body.contains("class=\"field-error\""), "{fields:?}");
        assert!(
            refused.text().to_lowercase().contains(said),
            "{fields:?}: {}",
            refused.text()
        );
        assert_eq!(
            refused.field_value("email").as_deref(),
            Some(fields[0].1),
            "the address typed stays"
        );
    }
    assert_eq!(server.count("SELECT count(*) FROM accounts"), accounts);
    assert_eq!(outbox(&server).len(), mails);
    // Without the form's token: nothing.
    let forged = admin.post("/admin/accounts", &[("email", "forged@example.com")]);
    assert_eq!(forged.status, 403);
    assert_eq!(server.count("SELECT count(*) FROM accounts"), accounts);
}

#[test]
fn making_and_unmaking_an_administrator_is_confirmed_audited_and_never_leaves_none() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let is_admin = |id: i64| -> bool {
        one(
            &server,
            &format!("SELECT is_admin FROM accounts WHERE id = {id}"),
        )
    };
    let path = format!("/admin/accounts/{bob}/admin");
    let confirm = admin.get(&path);
    assert_eq!(confirm.status, 200);
    assert!(
        confirm
            .text()
            .contains("Make bob@example.com an administrator?")
    );
    assert!(!is_admin(bob.0), "the confirmation changes nothing");
    let done = admin.post(&path, &[("csrf", &confirm.csrf()), ("admin", "1")]);
    assert_eq!(done.status, 303);
    assert!(is_admin(bob.0));
    assert!(
        admin
            .get("/admin")
            .text()
            .contains("The account is now an administrator.")
    );
    // Bob can now open the administration pages.
    let mut bob_client = signed_in(&server, "bob@example.com");
    assert_eq!(bob_client.get("/admin").status, 200);
    // Sent twice, the form does not undo itself.
    let twice = admin.post(&path, &[("csrf", &confirm.csrf()), ("admin", "1")]);
    assert_eq!(twice.status, 303);
    assert!(is_admin(bob.0));

    let confirm = admin.get(&path);
    assert!(
        confirm
            .text()
            .contains("Remove administrator rights from bob@example.com?")
    );
    let done = admin.post(&path, &[("csrf", &confirm.csrf()), ("admin", "0")]);
    assert_eq!(done.status, 303);
    assert!(!is_admin(bob.0));
    assert_eq!(bob_client.get("/admin").status, 404);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'admin-granted' \
             AND before_json = '{\"admin\":false}' AND after_json = '{\"admin\":true}'"
        ),
        1
    );
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'admin-revoked'"),
        1
    );

    // The last active administrator cannot stop being one: not on the confirmation page, not
    // by posting.
    let me = admin_id(&server);
    let mine = format!("/admin/accounts/{me}/admin");
    let refused = admin.get(&mine);
    assert_eq!(refused.status, 409);
    assert!(
        refused
            .text()
            .contains("admin@example.com is the last active administrator."),
        "{}",
        refused.text()
    );
    let csrf = admin.get("/admin").csrf();
    let refused = admin.post(&mine, &[("csrf", &csrf), ("admin", "0")]);
    assert_eq!(refused.status, 409);
    assert!(is_admin(me));
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'admin-revoked'"),
        1
    );
    // A form that does not say which: refused, nothing changes.
    let unclear = admin.post(&path, &[("csrf", &csrf), ("admin", "maybe")]);
    assert_eq!(unclear.status, 400);
    assert!(!is_admin(bob.0));

    // With another active administrator, one can step down, and leaves the section.
    let csrf = admin.get(&path).csrf();
    admin.post(&path, &[("csrf", &csrf), ("admin", "1")]);
    let confirm = admin.get(&mine);
    assert_eq!(confirm.status, 200);
    assert!(confirm.text().contains("This is your own account"));
    let stepped_down = admin.post(&mine, &[("csrf", &confirm.csrf()), ("admin", "0")]);
    assert_eq!(stepped_down.status, 303);
    assert_eq!(stepped_down.location(), "/");
    assert!(!is_admin(me));
    assert_eq!(admin.get("/admin").status, 404);
    // Now bob is the last one.
    let csrf = bob_client.get("/admin").csrf();
    let refused = bob_client.post(&path, &[("csrf", &csrf), ("admin", "0")]);
    assert_eq!(refused.status, 409);
    assert!(is_admin(bob.0));
}

#[test]
fn a_reset_link_for_an_account_goes_to_the_outbox_and_works_once() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let page = admin.get("/admin");
    assert!(page.text().contains("Send reset link"));
    let done = admin.post(
        &format!("/admin/accounts/{bob}/reset-link"),
        &[("csrf", &page.csrf())],
    );
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/admin/outbox");
    assert!(
        admin
            .get("/admin/outbox")
            .text()
            .contains("A password-reset link is in the outbox")
    );
    let mails = mails_to(&server, "bob@example.com", "reset");
    assert_eq!(mails.len(), 1);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'reset-link-sent' \
             AND actor_label = 'admin@example.com' AND detail = 'bob@example.com'"
        ),
        1
    );
    // The link sets bob's password, once.
    let link = link_path(&server, &mails[0].body, "reset");
    let mut bob_client = server.client();
    let form = bob_client.get(&link);
    assert_eq!(form.status, 200);
    assert!(
        form.text()
            .contains("Choose a new password for bob@example.com")
    );
    let new = "a new password for bob";
    let set = bob_client.post(
        &link,
        &[("csrf", &form.csrf()), ("password", new), ("confirm", new)],
    );
    assert_eq!(set.status, 303, "{}", set.text());
    server.client().sign_in("bob@example.com", new, false);
    let hash_after: String = one(
        &server,
        "SELECT password_hash FROM accounts WHERE email = 'bob@example.com'",
    );
    // Used once: the link no longer opens, and changes nothing posted again.
    let replay = bob_client.get(&link);
    assert_ne!(replay.status, 200);
    let replayed = bob_client.post(
        &link,
        &[
            ("csrf", &form.csrf()),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_ne!(replayed.status, 303);
    let hash_now: String = one(
        &server,
        "SELECT password_hash FROM accounts WHERE email = 'bob@example.com'",
    );
    assert_eq!(hash_after, hash_now);

    // Invited or disabled accounts get no reset link.
    let csrf = admin.get("/admin").csrf();
    admin.post(
        "/admin/accounts",
        &[("csrf", &csrf), ("email", "ivy@example.com")],
    );
    let ivy: i64 = one(
        &server,
        "SELECT id FROM accounts WHERE email = 'ivy@example.com'",
    );
    let refused = admin.post(
        &format!("/admin/accounts/{ivy}/reset-link"),
        &[("csrf", &csrf)],
    );
    assert_eq!(refused.status, 409);
    assert!(refused.text().contains("re-send its invitation instead"));
    server
        .db()
        .execute(
            "UPDATE accounts SET state = 'disabled' WHERE email = 'bob@example.com'",
            [],
        )
        .unwrap();
    let refused = admin.post(
        &format!("/admin/accounts/{bob}/reset-link"),
        &[("csrf", &csrf)],
    );
    assert_eq!(refused.status, 409);
    assert!(refused.text().contains("this one is disabled"));
    assert!(mails_to(&server, "ivy@example.com", "reset").is_empty());
    assert_eq!(mails_to(&server, "bob@example.com", "reset").len(), 1);
    // An account that does not exist: a 404, like any other.
    assert_eq!(
        admin
            .post("/admin/accounts/999999/reset-link", &[("csrf", &csrf)])
            .status,
        404
    );
}

#[test]
fn the_outbox_downloads_as_a_zip_of_eml_files_filtered_by_state() {
    let (server, mut admin) = TestServer::with_admin();
    let csrf = admin.get("/admin").csrf();
    for email in ["ann@example.com", "ben@example.com", "cy@example.com"] {
        let done = admin.post("/admin/accounts", &[("csrf", &csrf), ("email", email)]);
        assert_eq!(done.status, 303);
    }
    server
        .db()
        .execute(
            "UPDATE outbox SET state = 'sent', sent_at = created_at WHERE to_address = 'ben@example.com'",
            [],
        )
        .unwrap();
    let mails = outbox(&server);
    assert_eq!(mails.len(), 3);
    let page = admin.get("/admin/outbox");
    assert!(
        page.text()
            .contains("Download all 3 mails as .eml files (zip)"),
        "{}",
        page.text()
    );
    assert!(page.body.contains("href=\"/admin/outbox.zip\""));
    assert!(
        admin
            .get("/admin/outbox?state=sent")
            .body
            .contains("href=\"/admin/outbox.zip?state=sent\"")
    );

    let (status, content_type, bytes) = download(&admin, "/admin/outbox.zip");
    assert_eq!(status, 200);
    assert_eq!(content_type, "application/zip");
    let files = unzip(&bytes);
    assert_eq!(files.len(), 3, "one .eml per mail");
    for (mail, (name, text)) in mails.iter().zip(&files) {
        assert_eq!(name, &format!("mail-{:06}-invitation.eml", mail.id));
        let fields = headers(text);
        let field = |n: &str| {
            fields
                .iter()
                .find(|(name, _)| name == n)
                .map(|(_, v)| v.as_str())
                .unwrap_or_else(|| panic!("no {n} header in {name}"))
        };
        assert_eq!(field("to"), mail.to);
        assert!(field("from").contains('@'));
        assert!(field("message-id").starts_with('<'));
        assert!(!field("subject").is_empty());
        assert!(!field("date").is_empty());
        assert!(text.contains("/invite/"), "the link is in the body");
    }
    // Filtered like the outbox page.
    let (_, _, sent) = download(&admin, "/admin/outbox.zip?state=sent");
    let sent = unzip(&sent);
    assert_eq!(sent.len(), 1);
    assert!(sent[0].1.contains("To: ben@example.com"), "{}", sent[0].1);
    let (_, _, failed) = download(&admin, "/admin/outbox.zip?state=failed");
    assert!(unzip(&failed).is_empty());
    let bogus = admin.get("/admin/outbox.zip?state=bogus");
    assert_eq!(bogus.status, 400);
    assert!(bogus.text().contains("Choose a state of the outbox"));
    // Others do not see it at all.
    add_user(&server, "user@example.com");
    let mut user = signed_in(&server, "user@example.com");
    assert_eq!(user.get("/admin/outbox.zip").status, 404);

    // More than one download takes: refused with how to narrow it, no zip made.
    {
        let mut db = server.db();
        let tx = db.transaction().unwrap();
        for i in 0..licensedesk::mail::eml::ZIP_MAX_MAILS {
            tx.execute(
                "INSERT INTO outbox (created_at, kind, from_address, to_address, subject, body, \
                 message_id, next_attempt_at) VALUES (1, 'reset', 'a@example.com', \
                 'b@example.com', 's', 'b', ?1, 1)",
                [format!("<bulk-{i}@example.com>")],
            )
            .unwrap();
        }
        tx.commit().unwrap();
    }
    let too_many = admin.get("/admin/outbox.zip");
    assert_eq!(too_many.status, 422);
    assert!(
        too_many.text().contains("more than one download takes"),
        "{}",
        too_many.text()
    );
    let (status, _, sent) = download(&admin, "/admin/outbox.zip?state=sent");
    assert_eq!(status, 200);
    assert_eq!(unzip(&sent).len(), 1);
}

#[test]
fn the_audit_log_shows_before_and_after_as_the_fields_that_changed() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let confirm = admin.get(&format!("/admin/accounts/{bob}/disable"));
    admin.post(
        &format!("/admin/accounts/{bob}/disable"),
        &[("csrf", &confirm.csrf())],
    );
    let page = admin.get("/admin/audit?action=account-disabled");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("state: active → disabled"), "{text}");
    assert!(
        !page.body.contains("&quot;state&quot;"),
        "no raw JSON: {}",
        page.body
    );
    // Fields only in the after are "added", only in the before "removed"; equal ones left out.
    server
        .db()
        .execute(
            "INSERT INTO audit_log (at, actor_label, action, detail, before_json, after_json) \
             VALUES (1, 'command line', 'profile-changed', '', \
             '{\"name\":\"Bob\",\"language\":\"en\",\"old\":\"gone\"}', \
             '{\"name\":\"Bob\",\"language\":\"de\",\"new\":[1,2]}')",
            [],
        )
        .unwrap();
    let text = admin.get("/admin/audit?action=profile-changed").text();
    assert!(text.contains("language: en → de"), "{text}");
    assert!(text.contains("old: gone removed"), "{text}");
    assert!(text.contains("new: [1,2] added"), "{text}");
    assert!(!text.contains("name: Bob"), "{text}");
}

#[test]
fn a_bad_date_filter_keeps_what_was_typed_and_searches_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let confirm = admin.get(&format!("/admin/accounts/{bob}/disable"));
    admin.post(
        &format!("/admin/accounts/{bob}/disable"),
        &[("csrf", &confirm.csrf())],
    );
    let entries = server.count("SELECT count(*) FROM audit_log");
    let good = admin.get("/admin/audit");
    assert!(good.text().contains("account-disabled"));
    for (from, to) in [
        ("2026-13-45", ""),
        ("", "21.11.2026"),
        ("yesterday", "2026-02-30"),
    ] {
        let path = format!("/admin/audit?from={}&to={}", urlencode(from), urlencode(to));
        let bad = admin.get(&path);
        assert_eq!(bad.status, 422, "{path}");
        let text = bad.text();
        assert!(text.contains("A date has the form 2026-11-21."), "{text}");
        assert!(
            text.contains("Correct the filters marked above: nothing was searched."),
            "{text}"
        );
        // What was typed stays in a field that keeps any text (a date field would empty it).
        assert_eq!(bad.field_value("from").as_deref(), Some(from), "{path}");
        assert_eq!(bad.field_value("to").as_deref(), Some(to), "{path}");
        assert!(
            bad.body.contains(r#"name="from" type="text""#),
            "{}",
            bad.body
        );
        // No search: no entries, no "No entries match", no pager, no download of it.
        assert!(!text.contains("account-disabled"), "{text}");
        assert!(!text.contains("No entries match."), "{text}");
        assert!(!text.contains("Page 1 of"), "{text}");
        assert!(!bad.body.contains("/admin/audit.csv"), "{text}");
    }
    assert_eq!(server.count("SELECT count(*) FROM audit_log"), entries);
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
