//! Administration (SPEC §3.1; seed 003): only administrators see it; accounts with their state,
//! last sign-in and licences; disabling (sessions end) and enabling; a new invitation; fixing a
//! licence whose primary contact left; the audit log and its filters.

use crate::support::people::{
    PASSWORD, add_contact, add_licence, add_user, contacts, link_path, mails_to, primary, signed_in,
};
use crate::support::{ADMIN_EMAIL, TestServer};

#[test]
fn administration_is_a_404_for_everyone_but_administrators() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let mut user = signed_in(&server, "bob@example.com");
    let pages = [
        "/admin".to_owned(),
        "/admin/audit".to_owned(),
        "/admin/outbox".to_owned(),
        format!("/admin/accounts/{bob}/disable"),
        "/admin/no-such-page".to_owned(),
    ];
    for path in &pages {
        let page = user.get(path);
        assert_eq!(page.status, 404, "{path}");
        assert!(page.text().contains("Page not found"));
    }
    let csrf = user.get("/account").csrf();
    for action in ["disable", "enable", "invite"] {
        let path = format!("/admin/accounts/{bob}/{action}");
        assert_eq!(user.post(&path, &[("csrf", &csrf)]).status, 404, "{path}");
    }
    // Not signed in: sign in first.
    let anonymous = server.client().get("/admin");
    assert_eq!(anonymous.status, 303);
    assert!(anonymous.location().starts_with("/signin"));
    assert_eq!(admin.get("/admin").status, 200);
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE state = 'active'"),
        2
    );
    // The Admin section is in the top bar of administrators only.
    assert!(admin.get("/account").body.contains("href=\"/admin\""));
    assert!(!user.get("/account").body.contains("href=\"/admin\""));
}

#[test]
fn the_accounts_list_shows_state_last_sign_in_and_licences() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let licence = add_licence(&server, "SEN-1");
    add_contact(&server, licence, bob, "technical");
    add_contact(&server, licence, bob, "billing");
    add_user(&server, "never@example.com");
    signed_in(&server, "bob@example.com");
    let page = admin.get("/admin");
    let text = page.text();
    assert!(text.contains("bob@example.com active"), "{text}");
    assert!(text.contains("1 (primary contact in 2 roles)"), "{text}");
    assert!(text.contains("never@example.com active never"), "{text}");
    assert!(
        text.contains(&format!("{ADMIN_EMAIL} admin Ada Admin active")),
        "{text}"
    );
}

#[test]
fn disabling_an_account_is_confirmed_ends_its_sessions_and_enabling_restores_it() {
    let (server, mut admin) = TestServer::with_admin();
    let bob = add_user(&server, "bob@example.com");
    let mut session = signed_in(&server, "bob@example.com");
    let confirm = admin.get(&format!("/admin/accounts/{bob}/disable"));
    assert_eq!(confirm.status, 200);
    assert!(confirm.text().contains("Disable bob@example.com?"));
    assert!(
        confirm
            .text()
            .contains("signed out everywhere and can no longer sign in")
    );
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE state = 'disabled'"),
        0
    );

    let done = admin.post(
        &format!("/admin/accounts/{bob}/disable"),
        &[("csrf", &confirm.csrf())],
    );
    assert_eq!(done.status, 303);
    assert!(
        admin
            .get("/admin")
            .text()
            .contains("The account is disabled and signed out everywhere.")
    );
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE state = 'disabled'"),
        1
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM sessions WHERE account_id = {bob}"
        )),
        0
    );
    assert_eq!(session.get("/account").status, 303, "the session ended");
    let mut again = server.client();
    let csrf = again.get("/signin").csrf();
    let refused = again.post(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", "bob@example.com"),
            ("password", PASSWORD),
        ],
    );
    // The right password of a disabled account is told so (a wrong one reads as any other).
    assert_eq!(refused.status, 403);
    assert!(
        refused.text().contains("This account is disabled."),
        "{}",
        refused.text()
    );

    let csrf = admin.get("/admin").csrf();
    let done = admin.post(&format!("/admin/accounts/{bob}/enable"), &[("csrf", &csrf)]);
    assert_eq!(done.status, 303);
    signed_in(&server, "bob@example.com");
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action IN ('account-disabled', 'account-enabled')"
        ),
        2
    );
}

#[test]
fn an_administrator_cannot_disable_their_own_account() {
    let (server, mut admin) = TestServer::with_admin();
    let me: i64 = server.count(&format!(
        "SELECT id FROM accounts WHERE email = '{ADMIN_EMAIL}'"
    ));
    let page = admin.get(&format!("/admin/accounts/{me}/disable"));
    assert_eq!(page.status, 409);
    assert!(page.text().contains("You cannot disable your own account."));
    let csrf = admin.get("/admin").csrf();
    let refused = admin.post(&format!("/admin/accounts/{me}/disable"), &[("csrf", &csrf)]);
    assert_eq!(refused.status, 409);
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE state = 'active'"),
        1
    );
    // Without the form's token nothing happens either.
    let bob = add_user(&server, "bob@example.com");
    assert_eq!(
        admin
            .post(&format!("/admin/accounts/{bob}/disable"), &[])
            .status,
        403
    );
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE state = 'disabled'"),
        0
    );
}

#[test]
fn a_new_invitation_replaces_the_old_link() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = add_licence(&server, "SEN-9");
    let ann = add_user(&server, "ann@example.com");
    add_contact(&server, licence, ann, "technical");
    let mut ann = signed_in(&server, "ann@example.com");
    let path = format!("/licences/{licence}/contacts");
    ann.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "new@example.com"),
        ],
    );
    let first = link_path(
        &server,
        &mails_to(&server, "new@example.com", "invitation")[0].body,
        "invite",
    );
    let new_id: i64 = server.count("SELECT id FROM accounts WHERE email = 'new@example.com'");

    let done = admin.submit("/admin", &format!("/admin/accounts/{new_id}/invite"), &[]);
    assert_eq!(done.status, 303);
    assert!(
        admin
            .get("/admin")
            .text()
            .contains("A new invitation is in the outbox.")
    );
    let mails = mails_to(&server, "new@example.com", "invitation");
    assert_eq!(mails.len(), 2);
    assert!(mails[1].body.contains("An administrator invited you"));
    let second = link_path(&server, &mails[1].body, "invite");
    assert_eq!(
        server.client().get(&first).status,
        410,
        "the old link stopped working"
    );
    let mut newcomer = server.client();
    let page = newcomer.get(&second);
    assert_eq!(page.status, 200);
    let accepted = newcomer.post(
        &second,
        &[
            ("csrf", &page.csrf()),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_eq!(
        accepted.location(),
        "/licences",
        "the link signs its user in"
    );
    server.client().sign_in("new@example.com", PASSWORD, false);

    // An active account gets no invitation.
    let refused = admin.submit("/admin", &format!("/admin/accounts/{new_id}/invite"), &[]);
    assert_eq!(refused.status, 409);
    assert!(
        refused
            .text()
            .contains("Only an invited account can be sent a new invitation")
    );
    assert_eq!(mails_to(&server, "new@example.com", "invitation").len(), 2);
}

#[test]
fn seed_003_an_admin_fixes_a_licence_whose_primary_left() {
    let (server, mut admin) = TestServer::with_admin();
    let licence = add_licence(&server, "SEN-3003");
    let left = add_user(&server, "left@example.com");
    add_contact(&server, licence, left, "technical");
    add_contact(&server, licence, left, "billing");
    // The person left: the admin disables the account.
    let csrf = admin.get("/admin").csrf();
    admin.post(
        &format!("/admin/accounts/{left}/disable"),
        &[("csrf", &csrf)],
    );
    let page = admin.get("/admin");
    let text = page.text();
    assert!(
        text.contains("Licences whose primary contact is disabled"),
        "{text}"
    );
    assert!(text.contains("SEN-3003"), "{text}");
    let fix = format!("/licences/{licence}/contacts");
    assert!(page.body.contains(&format!("href=\"{fix}\"")));

    // The admin adds the successor, makes them primary in both roles, removes the leaver.
    for role in ["technical", "billing"] {
        let field = format!("email_{role}");
        let added = admin.submit(
            &fix,
            &fix,
            &[("role", role), (&field, "successor@example.com")],
        );
        assert_eq!(added.status, 303, "{}", added.body);
    }
    let successor: i64 =
        server.count("SELECT id FROM accounts WHERE email = 'successor@example.com'");
    for role in ["technical", "billing"] {
        let confirm = admin.get(&format!("{fix}/primary?role={role}&account={successor}"));
        assert_eq!(confirm.status, 200);
        // The leaver's account is disabled: no notification is promised or sent.
        assert!(
            !confirm
                .text()
                .contains("A notification e-mail will be sent")
        );
        let done = admin.post(
            &format!("{fix}/primary"),
            &[
                ("csrf", &confirm.csrf()),
                ("role", role),
                ("account", &successor.to_string()),
            ],
        );
        assert_eq!(done.status, 303);
        let done = admin.post(
            &format!("{fix}/remove"),
            &[
                ("csrf", &confirm.csrf()),
                ("role", role),
                ("account", &left.to_string()),
            ],
        );
        assert_eq!(done.status, 303);
    }
    assert_eq!(
        primary(&server, licence, "technical").as_deref(),
        Some("successor@example.com")
    );
    assert_eq!(
        primary(&server, licence, "billing").as_deref(),
        Some("successor@example.com")
    );
    assert_eq!(
        contacts(&server, licence),
        [
            "billing:successor@example.com",
            "technical:successor@example.com"
        ]
    );
    assert!(mails_to(&server, "left@example.com", "primary-changed").is_empty());
    assert!(
        !admin
            .get("/admin")
            .text()
            .contains("Licences whose primary contact is disabled")
    );
}

#[test]
fn the_audit_log_filters_by_licence_account_action_and_date() {
    let (server, mut admin) = TestServer::with_admin();
    let one = add_licence(&server, "SEN-1");
    let two = add_licence(&server, "SEN-2");
    let ann = add_user(&server, "ann@example.com");
    let bob = add_user(&server, "bob@example.com");
    for licence in [one, two] {
        add_contact(&server, licence, ann, "technical");
        add_contact(&server, licence, bob, "technical");
    }
    let mut ann_client = signed_in(&server, "ann@example.com");
    for licence in [one, two] {
        let path = format!("/licences/{licence}/contacts");
        let csrf = ann_client.get(&path).csrf();
        ann_client.post(
            &format!("{path}/primary"),
            &[
                ("csrf", &csrf),
                ("role", "technical"),
                ("account", &bob.to_string()),
            ],
        );
    }
    let all = admin.get("/admin/audit");
    assert_eq!(all.status, 200);
    assert!(all.text().contains("primary-changed"));
    // The pager says where it stands to a screen reader too, with its numbers filled in.
    assert!(
        all.body.contains(r#"aria-label="Page 1 of 1 ("#),
        "{}",
        all.body
    );
    assert!(!all.body.contains("{page}"));
    // A licence named by an entry links to the licence's own page.
    assert!(all.body.contains(r#"<a href="/licences/"#));
    assert!(!all.body.contains("/contacts\">"), "{}", all.body);
    let by_licence = admin.get("/admin/audit?licence=SEN-1&action=primary-changed");
    assert_eq!(by_licence.status, 200);
    let text = by_licence.text();
    assert!(text.contains("Page 1 of 1 (1 entry)"), "{text}");
    assert!(text.contains(
        "bob@example.com made the primary technical contact in place of ann@example.com"
    ));
    // The before and after of the change are on the page.
    assert!(
        by_licence.body.contains("&quot;primary&quot;:true"),
        "{}",
        by_licence.body
    );
    let by_account = admin.get("/admin/audit?account=bob%40example.com&action=primary-changed");
    assert!(
        by_account.text().contains("(2 entries)"),
        "{}",
        by_account.text()
    );
    let by_id = admin.get(&format!(
        "/admin/audit?licence={two}&action=primary-changed"
    ));
    assert!(by_id.text().contains("(1 entry)"));
    let today = jiff::Zoned::now().date();
    let today_only = admin.get(&format!(
        "/admin/audit?from={today}&to={today}&action=primary-changed"
    ));
    assert!(
        today_only.text().contains("(2 entries)"),
        "{}",
        today_only.text()
    );
    let long_ago = admin.get("/admin/audit?from=2001-01-01&to=2001-12-31");
    assert!(long_ago.text().contains("No entries match."));

    // Bad filters are answered next to their field, keeping what was typed.
    let bad = admin.get("/admin/audit?from=21.11.2026&licence=SEN-404&account=nobody%40x.com");
    assert_eq!(bad.status, 422);
    let text = bad.text();
    assert!(text.contains("A date has the form 2026-11-21."), "{text}");
    assert!(text.contains("No licence has that SEN or number."));
    assert!(text.contains("No account has that address."));
    assert_eq!(bad.field_value("from").as_deref(), Some("21.11.2026"));
    assert!(bad.body.contains("id=\"field-from-error\""));
    // Page numbers of any size are answered, not a crash: as on every list, one that is not a
    // page is a 400 that says so, and so is a state the outbox does not have.
    for (path, message) in [
        (
            "/admin/audit?page=9223372036854775807",
            "The page number must be a whole number",
        ),
        (
            "/admin/audit?page=-5",
            "The page number must be a whole number",
        ),
        (
            "/admin/outbox?page=99999999999999999999999",
            "The page number must be a whole number",
        ),
        ("/admin/outbox?state=bogus", "Choose a state of the outbox"),
    ] {
        let answer = admin.get(path);
        assert_eq!(answer.status, 400, "{path}");
        assert!(answer.text().contains(message), "{path}: {}", answer.text());
    }
    for path in ["/admin/audit?page=2", "/admin/outbox?state=failed&page=1"] {
        assert_eq!(admin.get(path).status, 200, "{path}");
    }
}
