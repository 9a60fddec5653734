//! The single binary's web side: first run, signing in and out, sessions, CSRF, throttling,
//! the HTTP hardening, and the database upgrade.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::support::{ADMIN_EMAIL, ADMIN_PASSWORD, TestServer};

#[test]
fn healthz_answers_ok_with_the_security_headers_and_our_own_server_banner() {
    let server = TestServer::start();
    let response = server.client().get("/healthz");
    assert_eq!(response.status, 200);
    assert_eq!(response.body, "ok");
    let csp = response.header("content-security-policy").unwrap();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(
        csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(response.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(response.header("referrer-policy"), Some("same-origin"));
    assert_eq!(response.header("server"), Some("licensedesk"));
}

#[test]
fn the_setup_link_creates_the_first_admin_once() {
    let server = TestServer::start();
    let link = server.setup_link();
    assert!(link.contains("/setup/"), "{link}");
    let path = link.strip_prefix(&server.base).unwrap().to_owned();
    let mut visitor = server.client();

    // A too-short password is refused next to its field and creates nothing.
    let page = visitor.get(&path);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Create the administrator account"));
    let refused = visitor.post(
        &path,
        &[
            ("csrf", &page.csrf()),
            ("email", ADMIN_EMAIL),
            ("password", "short"),
            ("confirm", "short"),
        ],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("The password is too short"));
    assert_eq!(refused.field_value("email").as_deref(), Some(ADMIN_EMAIL));
    assert_eq!(server.count("SELECT count(*) FROM accounts"), 0);

    let mut admin = server.setup_admin();
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE is_admin = 1 AND state = 'active'"),
        1
    );
    assert!(admin.get("/licences").text().contains("No licences yet"));

    // The link is spent: its page says so, and posting to it creates nobody.
    let again = visitor.get(&path);
    assert_eq!(again.status, 410);
    assert!(again.text().contains("This link no longer works"));
    let csrf = visitor.get("/signin").csrf();
    let replay = visitor.post(
        &path,
        &[
            ("csrf", &csrf),
            ("email", "intruder@example.com"),
            ("password", "another long password"),
            ("confirm", "another long password"),
        ],
    );
    assert_eq!(replay.status, 410);
    assert_eq!(server.count("SELECT count(*) FROM accounts"), 1);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'account-created'"),
        1
    );
}

#[test]
fn sign_in_sets_a_strict_session_cookie_and_sign_out_ends_the_session() {
    let (server, _) = TestServer::with_admin();
    let mut user = server.client();
    let signed_in = user.sign_in(ADMIN_EMAIL, ADMIN_PASSWORD, false);
    assert_eq!(signed_in.location(), "/licences");
    let cookie = signed_in
        .headers_named("set-cookie")
        .into_iter()
        .find(|c| c.starts_with("ld_session="))
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Max-Age"),
        "a browser-session cookie: {cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");

    let page = user.get("/licences");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Signed in as Ada Admin"));
    let sessions_before = server.count("SELECT count(*) FROM sessions");

    // The token is stored only as a hash.
    let token = user.cookies["ld_session"].clone();
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM sessions WHERE token_hash = CAST('{token}' AS BLOB)"
        )),
        0
    );

    let csrf = page.csrf();
    let out = user.post("/signout", &[("csrf", &csrf)]);
    assert_eq!(out.status, 303);
    assert_eq!(
        server.count("SELECT count(*) FROM sessions"),
        sessions_before - 1
    );
    let after = user.get("/licences");
    assert_eq!(after.status, 303);
    assert!(after.location().starts_with("/signin"));
    let signin = user.get("/signin");
    assert!(signin.text().contains("You are signed out"));
    assert!(server.count("SELECT count(*) FROM audit_log WHERE action = 'sign-out'") == 1);

    // The old cookie, replayed, opens nothing.
    let mut thief = server.client();
    thief.cookies.insert("ld_session".into(), token);
    assert_eq!(thief.get("/licences").status, 303);
}

#[test]
fn stay_signed_in_makes_a_30_day_cookie_and_https_base_url_marks_it_secure() {
    let data = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(data, |c| {
        c.base_url = Some("https://licences.example.com".into())
    });
    // Setting up through the https base URL: the Origin check follows the base URL or the host.
    let link = server.setup_link();
    assert!(
        link.starts_with("https://licences.example.com/setup/"),
        "{link}"
    );
    let path = link.strip_prefix("https://licences.example.com").unwrap();
    let mut client = server.client();
    let csrf = client.get(path).csrf();
    let created = client.post(
        path,
        &[
            ("csrf", &csrf),
            ("email", ADMIN_EMAIL),
            ("password", ADMIN_PASSWORD),
            ("confirm", ADMIN_PASSWORD),
        ],
    );
    assert_eq!(created.status, 303);
    let signed_in = server.client().sign_in(ADMIN_EMAIL, ADMIN_PASSWORD, true);
    let cookie = signed_in
        .headers_named("set-cookie")
        .into_iter()
        .find(|c| c.starts_with("ld_session="))
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains(&format!("Max-Age={}", 30 * 24 * 3600)),
        "{cookie}"
    );
    assert!(cookie.contains("Secure"), "{cookie}");
    let lifetime =
        server.count("SELECT expires_at - created_at FROM sessions WHERE persistent = 1");
    assert_eq!(lifetime, 30 * 24 * 3600);
}

#[test]
fn a_wrong_password_is_refused_and_recorded() {
    let (server, _) = TestServer::with_admin();
    let mut user = server.client();
    let csrf = user.get("/signin").csrf();
    let refused = user.post(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", ADMIN_EMAIL),
            ("password", "not the password"),
        ],
    );
    assert_eq!(refused.status, 401);
    assert!(refused.text().contains("do not match an account"));
    assert_eq!(refused.field_value("email").as_deref(), Some(ADMIN_EMAIL));
    assert!(!user.cookies.contains_key("ld_session"));
    // An unknown address gets the very same answer.
    let unknown = user.post(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", "nobody@example.com"),
            ("password", "not the password"),
        ],
    );
    assert_eq!(unknown.status, 401);
    assert!(unknown.text().contains("do not match an account"));
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'sign-in-failed'"),
        2
    );
}

#[test]
fn failed_sign_ins_are_throttled_with_a_wait_in_seconds() {
    let (server, _) = TestServer::with_admin();
    let mut attacker = server.client();
    let csrf = attacker.get("/signin").csrf();
    for attempt in 0..10 {
        let r = attacker.post(
            "/signin",
            &[
                ("csrf", &csrf),
                ("email", ADMIN_EMAIL),
                ("password", "guess number one"),
            ],
        );
        assert_eq!(r.status, 401, "attempt {attempt}");
    }
    let blocked = attacker.post(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", ADMIN_EMAIL),
            ("password", ADMIN_PASSWORD),
        ],
    );
    assert_eq!(blocked.status, 429);
    assert!(
        blocked.text().contains("Try again in"),
        "{}",
        blocked.text()
    );
    let seconds: u64 = blocked.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&seconds));
    // Even the right password is refused while throttled: no session was made.
    assert!(!attacker.cookies.contains_key("ld_session"));
}

#[test]
fn posts_without_the_right_csrf_token_are_403_and_change_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let sessions = server.count("SELECT count(*) FROM sessions");
    // Sign-out without a token, with a wrong one, and from another origin.
    assert_eq!(admin.post("/signout", &[]).status, 403);
    assert_eq!(admin.post("/signout", &[("csrf", "wrong")]).status, 403);
    let csrf = admin.get("/licences").csrf();
    let cross = admin.post_with(
        "/signout",
        &[("csrf", &csrf)],
        &[("Origin", "https://evil.example")],
    );
    assert_eq!(cross.status, 403);
    assert!(cross.text().contains("did not come from this site"));
    assert_eq!(server.count("SELECT count(*) FROM sessions"), sessions);
    // Sign-in without the anonymous token.
    let mut anonymous = server.client();
    let refused = anonymous.post(
        "/signin",
        &[("email", ADMIN_EMAIL), ("password", ADMIN_PASSWORD)],
    );
    assert_eq!(refused.status, 403);
    assert!(!anonymous.cookies.contains_key("ld_session"));
    // The right token from the right origin works.
    let ok = admin.post_with("/signout", &[("csrf", &csrf)], &[("Origin", &server.base)]);
    assert_eq!(ok.status, 303);
}

#[test]
fn a_session_id_planted_before_sign_in_is_not_kept() {
    let (server, _) = TestServer::with_admin();
    let mut victim = server.client();
    victim.cookies.insert("ld_session".into(), "A".repeat(43));
    victim.sign_in(ADMIN_EMAIL, ADMIN_PASSWORD, false);
    assert_ne!(victim.cookies["ld_session"], "A".repeat(43));
}

#[test]
fn an_off_site_next_parameter_is_ignored_after_sign_in() {
    let (server, _) = TestServer::with_admin();
    let sign_in_with_next = |next: &str| {
        let mut user = server.client();
        let csrf = user.get("/signin?next=https://evil.example/").csrf();
        let fields = [
            ("csrf", csrf.as_str()),
            ("email", ADMIN_EMAIL),
            ("password", ADMIN_PASSWORD),
            ("next", next),
        ];
        let r = user.post("/signin", &fields);
        assert_eq!(r.status, 303, "{next}");
        r.location().to_owned()
    };
    assert_eq!(sign_in_with_next("//evil.example/"), "/licences");
    assert_eq!(
        sign_in_with_next("/licences?section=archived"),
        "/licences?section=archived"
    );
    // A local path with characters outside ASCII still gets its Location, percent-encoded.
    assert_eq!(sign_in_with_next("/。/x"), "/%E3%80%82/x");
}

#[test]
fn pages_before_sign_in_offer_every_language_and_keep_the_one_chosen() {
    let server = TestServer::start();
    let mut client = server.client();
    let page = client.get("/signin?next=%2Flicences");
    assert_eq!(page.status, 200);
    for (code, name) in [
        ("en", "English"),
        ("zh-CN", "中文（简体）"),
        ("de", "Deutsch"),
        ("ja", "日本語"),
    ] {
        // Plain links to the same page, its `next` kept.
        let link = format!(
            r#"href="/signin?next=%2Flicences&amp;lang={code}" lang="{code}" hreflang="{code}""#
        );
        assert!(page.body.contains(&link), "{link}\n{}", page.body);
        assert!(page.body.contains(name));
    }
    assert!(page.body.contains(r#"aria-current="true">English<"#));

    let german = client.get("/signin?next=%2Flicences&lang=de");
    assert!(german.body.contains(r#"<html lang="de">"#));
    assert!(german.body.contains(r#"aria-current="true">Deutsch<"#));
    // The choice is kept for the pages after it, the error pages included.
    let missing = client.get("/no/such/page");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains(r#"<html lang="de">"#));
    assert!(missing.body.contains(r#"href="/no/such/page?lang=ja""#));
}

#[test]
fn pages_that_need_a_session_send_anonymous_visitors_to_sign_in() {
    let server = TestServer::start();
    let r = server.client().get("/licences?q=SEN-1");
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/signin?next=%2Flicences%3Fq%3DSEN-1");
}

#[test]
fn unknown_pages_are_styled_404s_and_wrong_methods_405() {
    let server = TestServer::start();
    let mut client = server.client();
    let missing = client.get("/no/such/page");
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("Page not found"));
    assert!(missing.body.contains("/assets/style.css"));
    let wrong_method = client.post("/healthz", &[]);
    assert_eq!(wrong_method.status, 405);
    // A 405 says which methods the path does take, as HTTP asks.
    assert_eq!(wrong_method.header("allow"), Some("GET, HEAD"));
    let get_signout = client.get("/signout");
    assert_eq!(get_signout.status, 405);
    assert_eq!(get_signout.header("allow"), Some("POST"));
}

#[test]
fn assets_are_embedded_with_type_and_cache_headers_and_no_traversal() {
    let server = TestServer::start();
    let mut client = server.client();
    let css = client.get("/assets/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(css.header("cache-control").unwrap().contains("max-age"));
    let etag = css.header("etag").unwrap().to_owned();
    assert_eq!(
        client.get("/assets/app.js").header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    for path in [
        "/assets/..%2FCargo.toml",
        "/assets/../Cargo.toml",
        "/assets/%2e%2e/schema.sql",
        "/assets/nothing.css",
    ] {
        assert_eq!(client.get(path).status, 404, "{path}");
    }
    let raw = server.raw(format!("GET /assets/style.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n").as_bytes());
    assert!(raw.starts_with("HTTP/1.1 304"), "{raw}");
}

#[test]
fn bodies_over_the_limit_are_413_before_they_are_read() {
    let server = TestServer::start();
    let declared = server.raw(b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 2000000\r\n\r\nemail=a");
    assert!(declared.starts_with("HTTP/1.1 413"), "{declared}");
    // A length no machine could hold does not take the server down. It is not a length at all
    // to the HTTP parser, which refuses the head (431 for 2^64 - 1, 400 past 64 bits) before
    // any path's limit applies.
    let absurd = server
        .raw(b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Length: 18446744073709551615\r\n\r\n");
    assert!(absurd.starts_with("HTTP/1.1 431"), "{absurd}");
    let huge = server.raw(
        b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999999999999999999\r\n\r\n",
    );
    assert!(huge.starts_with("HTTP/1.1 400"), "{huge}");
    // A chunked body that grows past the limit.
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    stream
        .write_all(b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        .unwrap();
    let chunk = vec![b'a'; 64 * 1024];
    for _ in 0..17 {
        if stream
            .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
            .is_err()
        {
            break;
        }
        if stream.write_all(&chunk).is_err() || stream.write_all(b"\r\n").is_err() {
            break;
        }
    }
    let mut answer = [0u8; 64];
    let n = stream.read(&mut answer).unwrap_or(0);
    assert!(String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 413"));
    assert_eq!(server.client().get("/healthz").status, 200);
}

#[test]
fn ambiguous_request_framing_is_400() {
    let server = TestServer::start();
    let cases: [&[u8]; 4] = [
        b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n",
        b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
        b"POST /signin HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na",
        b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n0\r\n\r\n",
    ];
    for case in cases {
        let answer = server.raw(case);
        assert!(
            answer.starts_with("HTTP/1.1 400"),
            "{}\n=> {answer}",
            String::from_utf8_lossy(case)
        );
    }
    // An endless header line is cut off instead of filling memory.
    let mut long = b"GET /healthz HTTP/1.1\r\nX-Long: ".to_vec();
    long.extend(std::iter::repeat_n(b'a', 100_000));
    long.extend_from_slice(b"\r\n\r\n");
    let answer = server.raw(&long);
    assert!(!answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_eq!(server.client().get("/healthz").status, 200);
}

/// Sends `request`, reads the answer, and says whether the server then closed the connection
/// (within two seconds) instead of keeping it open for another request.
fn answer_and_closed(server: &TestServer, request: &[u8]) -> (String, bool) {
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    stream.write_all(request).unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let closed = loop {
        match stream.read(&mut buf) {
            Ok(0) => break true,
            Ok(n) => answer.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break true,
            Err(_) => break false,
        }
    };
    (String::from_utf8_lossy(&answer).into_owned(), closed)
}

#[test]
fn malformed_framing_is_refused_and_the_connection_closed() {
    let server = TestServer::start();
    let cases: [(&str, &[u8], &str); 6] = [
        (
            "both framings",
            b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n",
            "HTTP/1.1 400",
        ),
        (
            "a +5 chunk size",
            b"POST /signin HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n+5\r\nhello\r\n0\r\n\r\n",
            "HTTP/1.1 400",
        ),
        (
            "an HTTP/2.0 request line",
            b"GET /healthz HTTP/2.0\r\nHost: x\r\n\r\n",
            "HTTP/1.1 400",
        ),
        // Closed without an answer: the preface is not HTTP/1.1 at all.
        ("the HTTP/2 preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", ""),
        // A bare LF could end a header line for hyper and not for a proxy in front (or the
        // other way round): the head is refused and the connection closed.
        (
            "a bare LF inside a header",
            b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: one\nX-B: two\r\n\r\n",
            "",
        ),
        (
            "a request line ended by LF alone",
            b"GET /healthz HTTP/1.1\nHost: x\r\n\r\n",
            "",
        ),
    ];
    for (what, request, expected) in cases {
        let (answer, closed) = answer_and_closed(&server, request);
        assert!(answer.starts_with(expected), "{what}: {answer}");
        assert!(
            closed,
            "{what}: the connection stayed open after {answer:?}"
        );
    }
    // `Connection: upgrade` is an ordinary request: answered at once, the connection kept.
    let (answer, closed) = answer_and_closed(
        &server,
        b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(!closed, "an ordinary request's connection was closed");
    assert_eq!(server.client().get("/healthz").status, 200);
}

#[test]
fn uploads_past_the_memory_budget_are_503_at_once_and_the_budget_comes_back() {
    let data = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(data, |config| {
        config.http.body_budget_bytes = 40 << 20;
    });
    let declare = |length: usize| {
        let mut stream = TcpStream::connect(server.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_millis(700)))
            .unwrap();
        stream
            .write_all(
                format!(
                    "POST /import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {length}\r\n\r\n--b\r\n"
                )
                .as_bytes(),
            )
            .unwrap();
        stream
    };
    let first_line = |stream: &mut TcpStream| {
        let mut buf = [0u8; 64];
        match stream.read(&mut buf) {
            Ok(n) => String::from_utf8_lossy(&buf[..n])
                .lines()
                .next()
                .unwrap_or("")
                .to_owned(),
            Err(_) => "still reading".to_owned(),
        }
    };
    // 30 MiB declared and still arriving holds 30 of the 40 MiB.
    let mut first = declare(30 << 20);
    assert_eq!(first_line(&mut first), "still reading");
    let mut second = declare(30 << 20);
    assert_eq!(first_line(&mut second), "HTTP/1.1 503 Service Unavailable");
    // A small form still fits beside it.
    assert_eq!(server.client().get("/signin").status, 200);
    // The first client goes away: its share comes back.
    drop(first);
    std::thread::sleep(Duration::from_millis(300));
    let mut third = declare(30 << 20);
    assert_eq!(first_line(&mut third), "still reading");
}

/// A connection from a loopback address of our choosing (127.0.0.1 is one client, 127.0.0.2
/// another).
fn connect_from(local: [u8; 4], server: &TestServer) -> TcpStream {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    let from = std::net::SocketAddr::from((local, 0));
    socket.bind(&from.into()).unwrap();
    socket.connect(&server.addr.into()).unwrap();
    let stream: TcpStream = socket.into();
    stream
        .set_read_timeout(Some(Duration::from_millis(700)))
        .unwrap();
    stream
}

/// The first line of what comes back, "closed" when the server closed the connection, or
/// "waiting" when nothing came.
fn first_line_of(stream: &mut TcpStream) -> String {
    let mut buf = [0u8; 64];
    match stream.read(&mut buf) {
        Ok(0) => "closed".to_owned(),
        Ok(n) => String::from_utf8_lossy(&buf[..n])
            .lines()
            .next()
            .unwrap_or("")
            .to_owned(),
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => "closed".to_owned(),
        Err(_) => "waiting".to_owned(),
    }
}

#[test]
fn one_client_cannot_take_every_connection_nor_the_whole_body_budget() {
    let data = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(data, |config| {
        config.http.max_connections_per_client = 20;
        config.http.body_budget_bytes = 512 << 20;
    });
    let healthz = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    // Twenty connections from one address are held; the twenty-first is closed at once.
    let held: Vec<TcpStream> = (0..20)
        .map(|_| connect_from([127, 0, 0, 1], &server))
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let mut one_more = connect_from([127, 0, 0, 1], &server);
    let _ = one_more.write_all(healthz);
    assert_eq!(first_line_of(&mut one_more), "closed");
    // Another client is served meanwhile.
    let mut other = connect_from([127, 0, 0, 2], &server);
    other.write_all(healthz).unwrap();
    assert_eq!(first_line_of(&mut other), "HTTP/1.1 200 OK");
    // When the first client lets go, it is served again.
    drop(held);
    std::thread::sleep(Duration::from_millis(300));
    let mut again = connect_from([127, 0, 0, 1], &server);
    again.write_all(healthz).unwrap();
    assert_eq!(first_line_of(&mut again), "HTTP/1.1 200 OK");

    // Bodies: one client may hold an eighth of the budget (64 of 512 MiB), so two uploads of
    // 30 MiB still arriving, not three; another client's upload still fits.
    let upload = |from: [u8; 4]| {
        let mut stream = connect_from(from, &server);
        stream
            .write_all(
                format!(
                    "POST /import HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: {}\r\n\r\n--b\r\n",
                    30 << 20
                )
                .as_bytes(),
            )
            .unwrap();
        stream
    };
    let mut first = upload([127, 0, 0, 1]);
    let mut second = upload([127, 0, 0, 1]);
    assert_eq!(first_line_of(&mut first), "waiting");
    assert_eq!(first_line_of(&mut second), "waiting");
    let mut third = upload([127, 0, 0, 1]);
    assert_eq!(
        first_line_of(&mut third),
        "HTTP/1.1 503 Service Unavailable"
    );
    let mut elsewhere = upload([127, 0, 0, 2]);
    assert_eq!(first_line_of(&mut elsewhere), "waiting");
}

#[test]
fn a_request_needs_one_host_and_is_answered_after_the_client_shuts_its_side() {
    let server = TestServer::start();
    for (what, request, expected) in [
        (
            "no Host",
            &b"GET /healthz HTTP/1.1\r\n\r\n"[..],
            "HTTP/1.1 400",
        ),
        (
            "two Hosts",
            b"GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "HTTP/1.1 400",
        ),
        (
            "HTTP/1.0 has no Host to give",
            b"GET /healthz HTTP/1.0\r\n\r\n",
            "HTTP/1.0 200",
        ),
    ] {
        let answer = server.raw(request);
        assert!(answer.starts_with(expected), "{what}: {answer}");
    }
    // A request, then the client's half of the connection shut at once: still answered.
    for request in [
        &b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"[..],
        b"GET /healthz HTTP/1.0\r\n\r\n",
    ] {
        let mut stream = TcpStream::connect(server.addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        stream.write_all(request).unwrap();
        stream.shutdown(std::net::Shutdown::Write).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.contains(" 200 OK\r\n"), "{answer:?}");
    }
}

#[test]
fn a_panicking_handler_is_a_500_page_and_the_server_keeps_serving() {
    let server = TestServer::start();
    let mut client = server.client();
    for _ in 0..8 {
        let r = client.get("/__panic");
        assert_eq!(r.status, 500);
        assert!(r.text().contains("Something went wrong"));
    }
    // Every worker has panicked at least once by now (there are 4), and all still serve.
    for _ in 0..8 {
        assert_eq!(client.get("/healthz").status, 200);
    }
}

#[test]
fn an_older_database_is_upgraded_when_the_server_starts() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join(licensedesk::store::DATABASE_FILE);
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        licensedesk::store::migrate_to(&mut conn, 1).unwrap();
        conn.execute("INSERT INTO accounts (email, state, created_at) VALUES ('old@example.com', 'invited', 1)", []).unwrap();
    }
    let server = TestServer::start_in(data);
    let db = server.db();
    let version: i64 = db
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, licensedesk::store::SCHEMA_VERSION);
    assert_eq!(
        server.count("SELECT count(*) FROM accounts WHERE email = 'old@example.com'"),
        1
    );
    assert_eq!(server.count("SELECT count(*) FROM licences"), 0);
}

#[test]
fn a_database_newer_than_the_binary_is_refused_with_a_clear_message() {
    let data = tempfile::tempdir().unwrap();
    let path = data.path().join(licensedesk::store::DATABASE_FILE);
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let error = licensedesk::commands::serve::start(crate::support::config(data.path()))
        .err()
        .expect("refused");
    assert!(
        format!("{error:#}").contains("newer than this licensedesk"),
        "{error:#}"
    );
}
