//! The licences list is kept rendered until the data under it changes, and pages go out
//! gzipped to clients that take gzip and as they are to those that do not (`http::page_cache`,
//! `http::response`). These tests look for what a user would notice if either went wrong: a
//! list that misses a change, somebody else's page, a form whose token no longer works, a page
//! a plain client cannot read.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use licensedesk::store::licences;

use crate::portal::{account_id, insert, new_licence, user};
use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, Client, TestServer};

fn cached_pages(server: &TestServer) -> usize {
    server
        .started
        .as_ref()
        .expect("a running server")
        .app
        .pages
        .usage()
        .0
}

#[test]
fn a_second_view_comes_from_the_cache_and_every_change_shows_on_the_next_view() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(&server, new_licence("SEN-4100001"));
    let first = admin.get("/licences");
    assert_eq!(first.status, 200);
    assert!(first.text().contains("Example Ltd"), "{}", first.text());
    // The same page again is the same bytes (a render would mask the CSRF token anew), and
    // `?page=1` is the same page.
    assert_eq!(admin.get("/licences").body, first.body);
    assert_eq!(admin.get("/licences?page=1").body, first.body);
    assert_eq!(cached_pages(&server), 1);

    // A change made beside the server, as `licensedesk import` or `diagnose --apply` would.
    server
        .db()
        .execute(
            "UPDATE licences SET organisation = 'Renamed Pty Ltd' WHERE id = ?1",
            [id.0],
        )
        .unwrap();
    // The key's Organisation text changed, which the list's organisation column shows (the
    // licence still belongs to the organisation its first key named, still in the select).
    let renamed = admin.get("/licences").text();
    assert!(
        renamed.contains("Organisation: Renamed Pty Ltd"),
        "{renamed}"
    );
    assert!(!renamed.contains("Organisation: Example Ltd"), "{renamed}");

    // A contact added, then renamed: both rows of the accounts and contacts tables show in
    // the open row, kept like any other list page.
    let open = format!("/licences?open={}", id.0);
    assert!(!admin.get(&open).text().contains("ann@example.com"));
    let _ann = user(&server, "ann@example.com");
    let ann = account_id(&server, "ann@example.com");
    licences::add_contact(&server.db(), id, ann, "technical", 0).unwrap();
    assert!(admin.get(&open).text().contains("ann@example.com"));
    server
        .db()
        .execute(
            "UPDATE accounts SET display_name = 'Ann Example' WHERE id = ?1",
            [ann.0],
        )
        .unwrap();
    let named = admin.get(&open);
    assert!(
        named.text().contains("Ann Example ann@example.com"),
        "{}",
        named.text()
    );

    // Signing in writes the account's last sign-in time, which no list shows: the page stays.
    let mut again = server.client();
    again.sign_in("ann@example.com", crate::portal::PASSWORD, false);
    assert_eq!(admin.get(&open).body, named.body);

    // A change through the server shows too.
    let page = admin.get(&format!("/licences/{}", id.0));
    let csrf = page.csrf();
    let archived = admin.post(
        &format!("/licences/{}/archive", id.0),
        &[("csrf", &csrf), ("confirm", "yes")],
    );
    assert_eq!(archived.status, 303, "{}", archived.text());
    assert_eq!(
        server.count("SELECT archived FROM licences WHERE sen = 'SEN-4100001'"),
        1
    );
    let after = admin.get("/licences").text();
    assert!(!after.contains("SEN-4100001"), "{after}");
    assert!(
        admin
            .get("/licences?section=archived")
            .text()
            .contains("SEN-4100001")
    );
}

#[test]
fn each_session_gets_its_own_page_and_a_token_works_only_for_its_session() {
    let (server, mut first) = TestServer::with_admin();
    insert(&server, new_licence("SEN-4100002"));
    let mut second = server.client();
    second.sign_in(ADMIN_EMAIL, ADMIN_PASSWORD, false);
    let mut stranger = user(&server, "stranger@example.com");

    let a = first.get("/licences");
    let b = second.get("/licences");
    assert!(a.text().contains("SEN-4100002") && b.text().contains("SEN-4100002"));
    assert_ne!(a.csrf(), b.csrf(), "two sessions were given one page");
    let theirs = stranger.get("/licences");
    assert_eq!(theirs.status, 200);
    assert!(!theirs.text().contains("SEN-4100002"), "{}", theirs.text());
    assert!(theirs.text().contains("Signed in as stranger@example.com"));

    // The first session's token does not sign the second one out.
    let refused = second.post("/signout", &[("csrf", &a.csrf())]);
    assert_eq!(refused.status, 403);
    assert_eq!(second.get("/licences").status, 200);
    // Each session's own (cached) page signs it out.
    assert_eq!(second.post("/signout", &[("csrf", &b.csrf())]).status, 303);
    assert_eq!(second.get("/licences").status, 303);
    let again = first.get("/licences");
    assert_eq!(again.body, a.body);
    assert_eq!(
        first.post("/signout", &[("csrf", &again.csrf())]).status,
        303
    );
}

#[test]
fn a_message_after_an_action_is_shown_once_and_not_kept() {
    let (server, mut admin) = TestServer::with_admin();
    insert(&server, new_licence("SEN-4100003"));
    let message = "Licence archived.";
    let before = admin.get("/licences");
    admin
        .cookies
        .insert("ld_flash".into(), "licence-archived".into());
    let with_message = admin.get("/licences");
    assert!(with_message.text().contains(message));
    let next = admin.get("/licences");
    assert!(!next.text().contains(message), "the message was kept");
    assert_eq!(next.body, before.body);
}

/// One request on a fresh connection: the response's head and its body as sent.
fn exchange(server: &TestServer, path: &str, headers: &str) -> (String, Vec<u8>) {
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{headers}\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a response head");
    let head = String::from_utf8_lossy(&answer[..split]).to_ascii_lowercase();
    (head, answer[split + 4..].to_vec())
}

fn gunzip(bytes: &[u8]) -> String {
    let mut out = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut out)
        .expect("a gzip body");
    out
}

fn session_cookie(client: &Client) -> String {
    format!("Cookie: ld_session={}\r\n", client.cookies["ld_session"])
}

#[test]
fn pages_are_gzipped_only_for_clients_that_take_gzip() {
    let (server, admin) = TestServer::with_admin();
    for n in 0..30 {
        insert(&server, new_licence(&format!("SEN-42000{n:02}")));
    }
    let cookie = session_cookie(&admin);
    let mut plain_pages = Vec::new();
    for accept in [
        "",
        "Accept-Encoding: identity\r\n",
        "Accept-Encoding: gzip;q=0, br\r\n",
    ] {
        for _ in 0..2 {
            let (head, body) = exchange(&server, "/licences", &format!("{cookie}{accept}"));
            assert!(head.starts_with("http/1.1 200"), "{head}");
            assert!(!head.contains("content-encoding"), "{accept:?}: {head}");
            assert!(head.contains("vary: accept-encoding"), "{head}");
            assert!(head.contains(&format!("content-length: {}", body.len())));
            let html = String::from_utf8(body).expect("a plain page");
            assert_eq!(html.matches("<tr class=\"row").count(), 30);
            plain_pages.push(html);
        }
    }
    // A client that does not take gzip is served the page kept for it (a render would mask
    // the CSRF token anew): every view above is the first one's bytes, kept once.
    assert!(plain_pages.iter().all(|page| *page == plain_pages[0]));
    assert_eq!(cached_pages(&server), 1);
    // A change beside the server shows on its next view.
    insert(&server, new_licence("SEN-4200099"));
    let (_, body) = exchange(&server, "/licences", &cookie);
    let html = String::from_utf8(body).expect("a plain page");
    assert_eq!(html.matches("<tr class=\"row").count(), 31);
    assert!(html.contains("SEN-4200099"));
    for accept in ["gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "*"] {
        for _ in 0..2 {
            let (head, body) = exchange(
                &server,
                "/licences",
                &format!("{cookie}Accept-Encoding: {accept}\r\n"),
            );
            assert!(
                head.contains("content-encoding: gzip"),
                "{accept:?}: {head}"
            );
            assert!(head.contains("vary: accept-encoding"), "{head}");
            assert!(head.contains(&format!("content-length: {}", body.len())));
            let html = gunzip(&body);
            assert_eq!(html.matches("<tr class=\"row").count(), 31);
            assert!(
                body.len() * 4 < html.len(),
                "{} of {}",
                body.len(),
                html.len()
            );
        }
    }
    // Styles are gzipped too; a two-byte answer is not worth it.
    let (head, body) = exchange(&server, "/assets/style.css", "Accept-Encoding: gzip\r\n");
    assert!(head.contains("content-encoding: gzip"), "{head}");
    assert!(gunzip(&body).contains("body"));
    let (head, body) = exchange(&server, "/healthz", "Accept-Encoding: gzip\r\n");
    assert!(!head.contains("content-encoding"), "{head}");
    assert_eq!(body, b"ok");
}

#[test]
fn a_change_that_lands_while_a_request_reads_its_session_is_not_kept_under_the_newer_generation() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(&server, new_licence("SEN-4300001"));
    let _bob = user(&server, "bob@example.com");
    let bob = account_id(&server, "bob@example.com");
    licences::add_contact(&server.db(), id, bob, "technical", 0).unwrap();
    assert!(admin.get("/licences").text().contains("SEN-4300001"));

    // The next request moves the session's idle expiry (a write, made after the session and
    // its account were read); a trigger makes that same write take the admin's rights away,
    // as a change committed by someone else at that moment would.
    let db = server.db();
    db.execute("UPDATE sessions SET last_seen_at = last_seen_at - 600", [])
        .unwrap();
    db.execute_batch(
        "CREATE TRIGGER test_demote AFTER UPDATE OF last_seen_at ON sessions BEGIN \
         UPDATE accounts SET is_admin = 0 WHERE email = 'admin@example.com'; END;",
    )
    .unwrap();
    assert_eq!(
        server.count("SELECT is_admin FROM accounts WHERE email = 'admin@example.com'"),
        1
    );
    // This request began before the change: it may still show the admin's list.
    assert_eq!(admin.get("/licences").status, 200);
    assert_eq!(
        server.count("SELECT is_admin FROM accounts WHERE email = 'admin@example.com'"),
        0,
        "the trigger did not run"
    );
    db.execute_batch("DROP TRIGGER test_demote").unwrap();
    // Every request after it sees the account as it is now.
    let after = admin.get("/licences");
    assert_eq!(after.status, 200);
    assert!(
        !after.text().contains("SEN-4300001"),
        "a former admin was shown the admin's list: {}",
        after.text()
    );
    assert!(!after.body.contains("href=\"/admin\""));
}

#[test]
fn a_page_showing_a_licence_key_is_never_gzipped_and_assets_name_each_encoding() {
    let (server, admin) = TestServer::with_admin();
    let mut with_key = new_licence("SEN-4400001");
    with_key.licence_key = Some(format!("AAAB{}", "x".repeat(1200)));
    let shown = insert(&server, with_key.clone());
    with_key.sen = Some("SEN-4400002".into());
    with_key.licence_key = Some(format!("AAAB{}", "y".repeat(1200)));
    let hidden = insert(&server, with_key);
    server
        .db()
        .execute(
            "UPDATE licences SET key_retrieved_at = 1 WHERE id = ?1",
            [shown.0],
        )
        .unwrap();
    let cookie = session_cookie(&admin);
    let accept = format!("{cookie}Accept-Encoding: gzip\r\n");
    let (head, body) = exchange(&server, &format!("/licences/{}", shown.0), &accept);
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(!head.contains("content-encoding"), "{head}");
    assert!(String::from_utf8(body).unwrap().contains(&"x".repeat(1200)));
    let (head, body) = exchange(&server, &format!("/licences/{}", hidden.0), &accept);
    assert!(head.contains("content-encoding: gzip"), "{head}");
    assert!(!gunzip(&body).contains(&"y".repeat(1200)));

    // A gzipped asset's ETag is weak (the bytes differ from the plain one); either form of it
    // is answered with 304.
    let (plain, _) = exchange(&server, "/assets/style.css", "");
    let (gzipped, _) = exchange(&server, "/assets/style.css", "Accept-Encoding: gzip\r\n");
    let etag = |head: &str| {
        head.lines()
            .find_map(|l| l.strip_prefix("etag: "))
            .expect("an etag")
            .to_owned()
    };
    assert!(!etag(&plain).starts_with("w/"), "{plain}");
    assert_eq!(etag(&gzipped), format!("w/{}", etag(&plain)));
    for tag in [etag(&plain), format!("W/{}", etag(&plain))] {
        let (head, body) = exchange(
            &server,
            "/assets/style.css",
            &format!("Accept-Encoding: gzip\r\nIf-None-Match: {tag}\r\n"),
        );
        assert!(head.starts_with("http/1.1 304"), "{tag}: {head}");
        assert!(head.contains("vary: accept-encoding"), "{head}");
        assert!(body.is_empty());
    }
}

#[test]
fn a_page_kept_in_one_language_is_never_served_in_another() {
    let (server, mut admin) = TestServer::with_admin();
    insert(&server, new_licence("SEN-4100009"));
    let english = admin.get("/licences");
    assert_eq!(english.status, 200);
    assert!(
        english.body.contains(r#"<html lang="en""#),
        "{}",
        english.body
    );
    assert_eq!(admin.get("/licences").body, english.body);
    assert_eq!(cached_pages(&server), 1);

    // The account's language changes and the page generation is put back where it was, so
    // nothing but the language tells the two pages apart.
    let switch_to = |language: &str| {
        let db = server.db();
        let generation: i64 = db
            .query_row("SELECT n FROM page_generation", [], |row| row.get(0))
            .unwrap();
        db.execute(
            "UPDATE accounts SET language = ?1 WHERE email = ?2",
            [language, ADMIN_EMAIL],
        )
        .unwrap();
        db.execute("UPDATE page_generation SET n = ?1", [generation])
            .unwrap();
    };
    switch_to("de");
    let german = admin.get("/licences");
    assert_eq!(german.status, 200);
    assert!(
        german.body.contains(r#"<html lang="de""#),
        "{}",
        german.body
    );
    assert_eq!(admin.get("/licences").body, german.body);
    assert_eq!(cached_pages(&server), 2);

    // Back in English, the English page is the one served.
    switch_to("en");
    let again = admin.get("/licences");
    assert!(again.body.contains(r#"<html lang="en""#), "{}", again.body);
    assert_eq!(again.body, english.body);
}
