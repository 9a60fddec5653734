//! Sign-in, password links, invitations and primaries used as an attacker would: guessing
//! behind a reverse proxy, megabyte e-mail fields, old reset links, timing the answer for
//! unknown addresses, inviting one person many times, and a secondary contact taking over as
//! primary. Each test checks what the person sees and what the database holds afterwards.

use std::time::{Duration, Instant};

use licensedesk::domain::{AccountState, Email};
use licensedesk::store::{self, accounts};

use crate::support::people::{
    PASSWORD, add_contact, add_licence, add_user, link_path, mails_to, outbox, primary, signed_in,
};
use crate::support::{ADMIN_EMAIL, Client, Resp, TestServer};

const OWNER: &str = "owner@example.com";

/// A server that believes `X-Forwarded-For` from the given proxies, with an owner account.
fn server_trusting(proxies: &[&str]) -> TestServer {
    let data = tempfile::tempdir().unwrap();
    let proxies: Vec<_> = proxies.iter().map(|p| p.parse().unwrap()).collect();
    let server = TestServer::start_with(data, |config| config.trusted_proxies = proxies);
    server.setup_admin();
    add_user(&server, OWNER);
    server
}

/// A sign-in as the proxy passes it on: with `X-Forwarded-For` when `forwarded_for` is given.
fn sign_in_from(
    client: &mut Client,
    forwarded_for: Option<&str>,
    email: &str,
    password: &str,
) -> Resp {
    let csrf = client.get("/signin").csrf();
    let headers: Vec<(&str, &str)> = forwarded_for
        .map(|f| vec![("X-Forwarded-For", f)])
        .unwrap_or_default();
    client.post_with(
        "/signin",
        &[("csrf", &csrf), ("email", email), ("password", password)],
        &headers,
    )
}

/// The client addresses of the audit entries of an action, oldest first.
fn audit_addresses(server: &TestServer, action: &str) -> Vec<String> {
    let db = server.db();
    let mut stmt = db
        .prepare("SELECT coalesce(client_addr, '') FROM audit_log WHERE action = ?1 ORDER BY id")
        .unwrap();
    stmt.query_map([action], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn behind_a_trusted_proxy_each_client_has_its_own_sign_in_limit_and_the_owner_gets_in() {
    let server = server_trusting(&["127.0.0.1"]);
    let mut attacker = server.client();
    for attempt in 0..10 {
        let r = sign_in_from(
            &mut attacker,
            Some("203.0.113.7"),
            OWNER,
            "not the password",
        );
        assert_eq!(r.status, 401, "attempt {attempt}: {}", r.text());
    }
    // The eleventh from the same client is refused without a check, also when the client puts
    // a made-up address in front of the one the proxy appended.
    for forwarded in ["203.0.113.7", "192.0.2.1, 203.0.113.7"] {
        let blocked = sign_in_from(&mut attacker, Some(forwarded), OWNER, PASSWORD);
        assert_eq!(blocked.status, 429, "{forwarded}");
        assert!(
            blocked
                .text()
                .contains("Too many failed sign-ins. Try again in")
        );
        let wait: u64 = blocked.header("retry-after").unwrap().parse().unwrap();
        assert!((1..=60).contains(&wait));
    }
    assert!(!attacker.cookies.contains_key("ld_session"));
    // The owner, through the same proxy from another address, signs in.
    let mut owner = server.client();
    let welcome = sign_in_from(&mut owner, Some("198.51.100.9"), OWNER, PASSWORD);
    assert_eq!(welcome.status, 303, "{}", welcome.text());
    assert!(owner.cookies.contains_key("ld_session"));
    // The audit log names the clients, not the proxy.
    assert_eq!(
        audit_addresses(&server, "sign-in-failed"),
        vec!["203.0.113.7"; 10]
    );
    assert_eq!(
        audit_addresses(&server, "sign-in")
            .last()
            .map(String::as_str),
        Some("198.51.100.9")
    );

    // Guessing from many addresses meets the looser limit of the account as a whole (50 a
    // minute): four more addresses make 50, and then even the owner waits.
    for address in 1..=4 {
        let mut other = server.client();
        let forwarded = format!("203.0.113.{}", 100 + address);
        for _ in 0..10 {
            let r = sign_in_from(&mut other, Some(&forwarded), OWNER, "not the password");
            assert_eq!(r.status, 401, "{forwarded}");
        }
    }
    let mut late = server.client();
    let blocked = sign_in_from(&mut late, Some("198.51.100.10"), OWNER, PASSWORD);
    assert_eq!(blocked.status, 429, "{}", blocked.text());
    // Another account from that address is not affected.
    let mut admin = server.client();
    let other_account = sign_in_from(
        &mut admin,
        Some("198.51.100.10"),
        ADMIN_EMAIL,
        crate::support::ADMIN_PASSWORD,
    );
    assert_eq!(other_account.status, 303);
}

#[test]
fn forwarded_addresses_from_a_peer_that_is_not_a_trusted_proxy_are_ignored() {
    // Only 10.9.9.9 is a proxy: the test client's own address (127.0.0.1) is not.
    let server = server_trusting(&["10.9.9.9"]);
    let mut attacker = server.client();
    for attempt in 0..10 {
        let forwarded = format!("203.0.113.{attempt}");
        let r = sign_in_from(&mut attacker, Some(&forwarded), OWNER, "not the password");
        assert_eq!(r.status, 401);
    }
    let blocked = sign_in_from(&mut attacker, Some("203.0.113.77"), OWNER, PASSWORD);
    assert_eq!(
        blocked.status, 429,
        "a new made-up address does not reset the count"
    );
    assert_eq!(
        audit_addresses(&server, "sign-in-failed"),
        vec!["127.0.0.1"; 10]
    );
}

#[test]
fn an_overlong_e_mail_is_refused_before_it_is_counted_checked_or_logged() {
    let (server, mut admin) = TestServer::with_admin();
    add_user(&server, OWNER);
    let audit_rows = server.count("SELECT count(*) FROM audit_log");
    let mut attacker = server.client();
    // Twelve tries, past the limit of ten, with fields up to most of a megabyte.
    let overlong = format!("{}@example.com", "a".repeat(243));
    assert_eq!(overlong.len(), 255);
    let huge = "x".repeat(900 * 1024);
    for (i, email) in [overlong.as_str(), huge.as_str()]
        .iter()
        .cycle()
        .take(12)
        .enumerate()
    {
        let r = sign_in_from(&mut attacker, None, email, "not the password");
        assert_eq!(r.status, 422, "try {i}");
        assert!(
            r.text()
                .contains("That e-mail address is too long: an address has at most 254 bytes."),
            "{}",
            r.text()
        );
        assert!(
            !r.body.contains("aaaaaaaaaa") && !r.body.contains("xxxxxxxxxx"),
            "not sent back"
        );
    }
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log"),
        audit_rows,
        "nothing logged"
    );
    // None of them counted: the owner signs in from the same address.
    assert_eq!(
        sign_in_from(&mut attacker, None, OWNER, PASSWORD).status,
        303
    );

    // A failed sign-in with the longest field allowed writes at most that much.
    let mut other = server.client();
    let longest = format!("{}\u{1}@", "b".repeat(252));
    assert_eq!(longest.len(), 254);
    assert_eq!(
        sign_in_from(&mut other, None, &longest, "not the password").status,
        401
    );
    let detail: String = server
        .db()
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'sign-in-failed' ORDER BY id DESC",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(detail, format!("failed sign-in for {}@", "b".repeat(252)));

    // The other forms with an address refuse it the same way and change nothing.
    let outbox_rows = outbox(&server).len();
    let csrf = other.get("/forgot").csrf();
    let forgot = other.post("/forgot", &[("csrf", &csrf), ("email", &huge)]);
    assert_eq!(forgot.status, 422);
    assert!(forgot.text().contains("That e-mail address is too long"));
    let licence = add_licence(&server, "SEN-LONG-1");
    let path = format!("/licences/{licence}/contacts");
    let add = admin.submit(
        &path,
        &path,
        &[("role", "technical"), ("email_technical", &huge)],
    );
    assert_eq!(add.status, 422);
    assert!(add.text().contains("That e-mail address is too long"));
    assert!(!add.body.contains("xxxxxxxxxx"));
    assert_eq!(outbox(&server).len(), outbox_rows);
    assert_eq!(server.count("SELECT count(*) FROM accounts"), 2);
}

/// The paths of the reset links mailed to an address, oldest first.
fn reset_links(server: &TestServer, email: &str) -> Vec<String> {
    mails_to(server, email, "reset")
        .iter()
        .map(|m| link_path(server, &m.body, "reset"))
        .collect()
}

fn ask_for_reset(server: &TestServer, email: &str) {
    let mut anyone = server.client();
    let csrf = anyone.get("/forgot").csrf();
    let r = anyone.post("/forgot", &[("csrf", &csrf), ("email", email)]);
    assert_eq!(r.status, 200);
}

fn unused_links(server: &TestServer, email: &str) -> i64 {
    server.count(&format!(
        "SELECT count(*) FROM one_time_links l JOIN accounts a ON a.id = l.account_id \
         WHERE a.email = '{email}' AND l.used_at IS NULL"
    ))
}

fn set_password_through(server: &TestServer, link: &str, password: &str) -> Resp {
    let mut visitor = server.client();
    let page = visitor.get(link);
    assert_eq!(page.status, 200, "{}", page.text());
    let csrf = page.csrf();
    visitor.post(
        link,
        &[
            ("csrf", &csrf),
            ("password", password),
            ("confirm", password),
        ],
    )
}

#[test]
fn reset_links_end_when_one_is_used_when_the_password_changes_and_when_disabled() {
    let (server, mut admin) = TestServer::with_admin();
    add_user(&server, OWNER);
    // Two outstanding links: using the older ends the newer.
    ask_for_reset(&server, OWNER);
    ask_for_reset(&server, OWNER);
    let links = reset_links(&server, OWNER);
    assert_eq!(links.len(), 2);
    let done = set_password_through(&server, &links[0], "a brand new password");
    assert_eq!(done.status, 303);
    let newer = server.client().get(&links[1]);
    assert_eq!(newer.status, 410);
    assert!(newer.text().contains("This link no longer works"));
    assert_eq!(unused_links(&server, OWNER), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'password-reset'"),
        1
    );

    // A link asked for before a password change does not work after it.
    ask_for_reset(&server, OWNER);
    let before_change = reset_links(&server, OWNER)[2].clone();
    let mut owner = server.client();
    owner.sign_in(OWNER, "a brand new password", false);
    let changed = owner.submit(
        "/account/password",
        "/account/password",
        &[
            ("current", "a brand new password"),
            ("password", "another new password"),
            ("confirm", "another new password"),
        ],
    );
    assert_eq!(changed.status, 303, "{}", changed.text());
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'password-changed' \
             AND detail = 'password changed; other sessions and every reset link ended'"
        ),
        1
    );
    assert_eq!(server.client().get(&before_change).status, 410);
    assert_eq!(unused_links(&server, OWNER), 0);

    // Disabling ends the links of the account, and enabling does not bring them back.
    let bob = add_user(&server, "bob@example.com");
    ask_for_reset(&server, "bob@example.com");
    let bobs = reset_links(&server, "bob@example.com")[0].clone();
    assert_eq!(server.client().get(&bobs).status, 200);
    let csrf = admin.get("/admin").csrf();
    let disabled = admin.post(
        &format!("/admin/accounts/{bob}/disable"),
        &[("csrf", &csrf)],
    );
    assert_eq!(disabled.status, 303);
    assert_eq!(unused_links(&server, "bob@example.com"), 0);
    let enabled = admin.post(&format!("/admin/accounts/{bob}/enable"), &[("csrf", &csrf)]);
    assert_eq!(enabled.status, 303);
    assert_eq!(server.client().get(&bobs).status, 410);
    // Bob's old password still works: only the link ended.
    signed_in(&server, "bob@example.com");
}

/// How long a wrong sign-in takes, the middle of three.
fn wrong_sign_in_time(server: &TestServer, email: &str) -> Duration {
    let mut times: Vec<Duration> = (0..3)
        .map(|_| {
            let mut client = server.client();
            let csrf = client.get("/signin").csrf();
            let start = Instant::now();
            let r = client.post(
                "/signin",
                &[
                    ("csrf", &csrf),
                    ("email", email),
                    ("password", "not the password"),
                ],
            );
            let took = start.elapsed();
            assert_eq!(r.status, 401);
            took
        })
        .collect();
    times.sort();
    times[1]
}

#[test]
fn sign_in_takes_as_long_for_an_unknown_address_and_old_hashes_are_made_again() {
    // The server hashes at cost 4; an account made elsewhere has a hash at cost 8, sixteen
    // times the work. (A debug build checks cost 8 in about 200 ms.)
    let (server, _) = TestServer::with_admin();
    let hash = bcrypt::hash(PASSWORD, 8).unwrap();
    accounts::insert(
        &store::open(&server.database_path()).unwrap(),
        &accounts::NewAccount {
            email: &Email::parse("veteran@example.com").unwrap(),
            display_name: "",
            password_hash: Some(&hash),
            is_admin: false,
            state: AccountState::Active,
        },
        1,
    )
    .unwrap();
    let known = wrong_sign_in_time(&server, "veteran@example.com");
    let unknown = wrong_sign_in_time(&server, "nobody@example.com");
    // Without the dummy at the highest cost the unknown address took a sixteenth as long.
    assert!(
        unknown * 2 > known,
        "unknown address {unknown:?}, known one {known:?}"
    );

    // A sign-in with the right password makes the hash again at the configured cost.
    let mut veteran = server.client();
    veteran.sign_in("veteran@example.com", PASSWORD, false);
    let stored: String = server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = 'veteran@example.com'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert!(stored.starts_with("$2b$04$"), "{stored}");
    assert!(bcrypt::verify(PASSWORD, &stored).unwrap());
    let detail: String = server
        .db()
        .query_row(
            "SELECT detail FROM audit_log WHERE action = 'sign-in' ORDER BY id DESC",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(detail, "password hash made again at cost 4 (was 8)");
    // The password still works, and the next sign-in leaves the hash alone.
    signed_in(&server, "veteran@example.com");
    let again: String = server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = 'veteran@example.com'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(again, stored);
}

#[test]
fn one_invitation_per_person_however_many_licences_they_are_added_to() {
    let (server, mut admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let sens = ["SEN-INV-1", "SEN-INV-2", "SEN-INV-3"];
    let licences: Vec<_> = sens
        .iter()
        .map(|sen| {
            let licence = add_licence(&server, sen);
            add_contact(&server, licence, ann, "technical");
            licence
        })
        .collect();
    let mut ann_client = signed_in(&server, "ann@example.com");
    for licence in &licences {
        let path = format!("/licences/{licence}/contacts");
        let done = ann_client.submit(
            &path,
            &path,
            &[
                ("role", "billing"),
                ("email_billing", "newcomer@example.com"),
            ],
        );
        assert_eq!(done.status, 303);
    }
    // One invitation, with the one link; the later licences come as notices naming them.
    let invitations = mails_to(&server, "newcomer@example.com", "invitation");
    assert_eq!(invitations.len(), 1);
    assert!(invitations[0].body.contains("SEN-INV-1"));
    let link = link_path(&server, &invitations[0].body, "invite");
    let notices = mails_to(&server, "newcomer@example.com", "contact-added");
    assert_eq!(notices.len(), 2);
    for (notice, sen) in notices.iter().zip(["SEN-INV-2", "SEN-INV-3"]) {
        assert!(notice.subject.contains(sen), "{}", notice.subject);
        assert!(notice.body.contains("invitation link sent to you earlier"));
        assert!(!notice.body.contains("/invite/"), "no new link");
    }
    assert_eq!(unused_links(&server, "newcomer@example.com"), 1);
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'contact-added' AND detail = \
             'newcomer@example.com added as a billing contact; their invitation sent earlier \
             still stands, no new link'"
        ),
        2
    );
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'account-invited'"),
        1
    );
    // The first link still works and opens all three licences.
    let accepted = set_password_through(&server, &link, "newcomer's own password");
    assert_eq!(accepted.status, 303);
    let mut newcomer = server.client();
    newcomer.sign_in("newcomer@example.com", "newcomer's own password", false);
    let list = newcomer.get("/licences").text();
    for sen in sens {
        assert!(list.contains(sen), "{sen} missing");
    }

    // Disabling an invited account ends its invitation; enabling it does not bring it back.
    let path = format!("/licences/{}/contacts", licences[0]);
    let done = ann_client.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "late@example.com"),
        ],
    );
    assert_eq!(done.status, 303);
    let late_link = link_path(
        &server,
        &mails_to(&server, "late@example.com", "invitation")[0].body,
        "invite",
    );
    assert_eq!(server.client().get(&late_link).status, 200);
    let late: i64 = server.count("SELECT id FROM accounts WHERE email = 'late@example.com'");
    let csrf = admin.get("/admin").csrf();
    let disable = admin.post(
        &format!("/admin/accounts/{late}/disable"),
        &[("csrf", &csrf)],
    );
    assert_eq!(disable.status, 303);
    assert_eq!(server.client().get(&late_link).status, 410);
    let enable = admin.post(
        &format!("/admin/accounts/{late}/enable"),
        &[("csrf", &csrf)],
    );
    assert_eq!(enable.status, 303);
    let state: String = server
        .db()
        .query_row("SELECT state FROM accounts WHERE id = ?1", [late], |row| {
            row.get(0)
        })
        .unwrap();
    assert_eq!(state, "invited");
    let old = server.client().get(&late_link);
    assert_eq!(old.status, 410);
    assert!(old.text().contains("This link no longer works"));
    assert_eq!(unused_links(&server, "late@example.com"), 0);
    // Added to another licence now, with no invitation that works, they get a new one.
    let path = format!("/licences/{}/contacts", licences[1]);
    let done = ann_client.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "late@example.com"),
        ],
    );
    assert_eq!(done.status, 303);
    let invitations = mails_to(&server, "late@example.com", "invitation");
    assert_eq!(invitations.len(), 2);
    let fresh = link_path(&server, &invitations[1].body, "invite");
    assert_eq!(server.client().get(&fresh).status, 200);
}

#[test]
fn a_secondary_who_makes_themselves_billing_primary_tells_the_displaced_primary() {
    let (server, _) = TestServer::with_admin();
    let licence = add_licence(&server, "SEN-TAKEOVER-1");
    let tech = add_user(&server, "tech@example.com");
    let second = add_user(&server, "second@example.com");
    let billing = add_user(&server, "billing@example.com");
    add_contact(&server, licence, tech, "technical");
    add_contact(&server, licence, second, "technical");
    add_contact(&server, licence, billing, "billing");
    let mut taker = signed_in(&server, "second@example.com");
    let path = format!("/licences/{licence}/contacts");
    let added = taker.submit(
        &path,
        &path,
        &[("role", "billing"), ("email_billing", "second@example.com")],
    );
    assert_eq!(added.status, 303);
    let confirm_path = format!("{path}/primary?role=billing&account={second}");
    let confirm = taker.get(&confirm_path);
    assert_eq!(confirm.status, 200);
    assert!(
        confirm.text().contains("billing@example.com"),
        "{}",
        confirm.text()
    );
    let csrf = confirm.csrf();
    let done = taker.post(
        &format!("{path}/primary"),
        &[
            ("csrf", &csrf),
            ("role", "billing"),
            ("account", &second.to_string()),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(
        primary(&server, licence, "billing").as_deref(),
        Some("second@example.com")
    );
    // The displaced primary is told, by a mail in the outbox written with the change.
    let told = mails_to(&server, "billing@example.com", "primary-changed");
    assert_eq!(told.len(), 1);
    assert!(
        told[0].subject.contains("second@example.com"),
        "{}",
        told[0].subject
    );
    assert!(told[0].body.contains("SEN-TAKEOVER-1"));
    assert!(told[0].body.contains("You are now a secondary contact"));
    // The audit entry names both: who took over, and whom they replaced.
    let (actor, detail, before, mail_at, audit_at): (String, String, String, i64, i64) = server
        .db()
        .query_row(
            "SELECT a.actor_label, a.detail, a.before_json, o.created_at, a.at \
             FROM audit_log a, outbox o WHERE a.action = 'primary-changed' \
             AND o.to_address = 'billing@example.com' AND o.kind = 'primary-changed'",
            [],
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            },
        )
        .unwrap();
    assert_eq!(actor, "second@example.com");
    assert_eq!(
        detail,
        "second@example.com made the primary billing contact in place of billing@example.com"
    );
    assert!(before.contains("billing@example.com"));
    assert_eq!(mail_at, audit_at, "one transaction, one clock reading");
}
