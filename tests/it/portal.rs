//! The licence portal through HTTP: the list with its sections, search, sort and
//! paging; a licence's details; the Server ID gate; adding licences; renew, upgrade, orders;
//! evaluations; developer licences; archive and restore; download; and who may see and change
//! what. Each test checks what a user sees (status, page text) and what is in the database
//! after the request.

use jiff::ToSpan;
use jiff::civil::Date;
use licensedesk::domain::LicenceFields;
use licensedesk::domain::{AccountState, Email, LicenceId};
use licensedesk::store::accounts::{self, NewAccount};
use licensedesk::store::licences;

use crate::support::encoder;
use crate::support::{Client, Resp, TestServer, corpus};

/// A test-signed Jira key (it decodes but is not genuine).
fn jira_key(sen: &str, extra: &[(&str, &str)]) -> String {
    encoder::test_key(sen, "jira", extra)
}

pub const PASSWORD: &str = "a long enough password";

fn today() -> Date {
    jiff::Zoned::now().date()
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

/// A signed-in client for a new non-admin account.
pub fn user(server: &TestServer, email: &str) -> Client {
    let hash = bcrypt::hash(PASSWORD, 4).unwrap();
    accounts::insert(
        &server.db(),
        &NewAccount {
            email: &Email::parse(email).unwrap(),
            display_name: "",
            password_hash: Some(&hash),
            is_admin: false,
            state: AccountState::Active,
        },
        now(),
    )
    .unwrap();
    let mut client = server.client();
    client.sign_in(email, PASSWORD, false);
    client
}

pub fn account_id(server: &TestServer, email: &str) -> licensedesk::domain::AccountId {
    accounts::by_email(&server.db(), &Email::parse(email).unwrap())
        .unwrap()
        .unwrap()
        .id
}

pub fn new_licence(sen: &str) -> LicenceFields {
    LicenceFields {
        product: "JIRA".into(),
        name: "JIRA (Server) 500 Users: Commercial License".into(),
        user_tier: Some(500),
        organisation: "Example Ltd".into(),
        licensed_to: "Ada Lovelace".into(),
        purchase_date: Some(jiff::civil::date(2024, 2, 1)),
        support_expiry: Some(today() + 200.days()),
        support_level: "Enterprise Support".into(),
        ..LicenceFields::sample(sen)
    }
}

pub fn insert(server: &TestServer, licence: LicenceFields) -> LicenceId {
    licences::insert(&server.db(), &licence, now()).unwrap()
}

fn contact(server: &TestServer, licence: LicenceId, email: &str, role: &str, at: i64) {
    let account = account_id(server, email);
    licences::add_contact(&server.db(), licence, account, role, at).unwrap();
}

/// The first column of the first row, as text ("" for NULL).
fn one(server: &TestServer, sql: &str) -> String {
    use rusqlite::types::Value;
    match server
        .db()
        .query_row(sql, [], |row| row.get::<_, Value>(0))
        .unwrap()
    {
        Value::Null => String::new(),
        Value::Integer(n) => n.to_string(),
        Value::Real(x) => x.to_string(),
        Value::Text(text) => text,
        Value::Blob(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// Everything a licence action could change, to show that a refused request changed nothing.
fn snapshot(server: &TestServer) -> String {
    let db = server.db();
    let mut out = String::new();
    for table in [
        "licences",
        "licence_contacts",
        "server_id_history",
        "key_history",
        "orders",
    ] {
        let mut stmt = db
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                Ok((0..columns)
                    .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        for row in rows {
            out.push_str(&format!("{table}: {}\n", row.unwrap()));
        }
    }
    let audited: i64 = db
        .query_row(
            "SELECT count(*) FROM audit_log WHERE licence_id IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    out.push_str(&format!("audit: {audited}\n"));
    out
}

/// Follows a redirect and returns the next page.
fn follow(client: &mut Client, response: &Resp) -> Resp {
    assert_eq!(response.status, 303, "{}", response.text());
    client.get(response.location())
}

/// Every visible input, select and textarea of a page has a label pointing at it, and the page
/// has no inline style or script (the Content-Security-Policy would refuse them).
fn assert_labelled(page: &Resp) {
    let body = &page.body;
    assert!(
        !body.contains(" style=") && !body.contains("<style"),
        "inline style"
    );
    assert_eq!(
        body.matches("<script").count(),
        body.matches("<script src=\"/assets/app.js").count(),
        "inline script"
    );
    assert!(!body.contains(" onclick="), "inline handler");
    for tag in ["<input", "<select", "<textarea"] {
        for (at, _) in body.match_indices(tag) {
            let end = at + body[at..].find('>').unwrap();
            let element = &body[at..end];
            if element.contains("type=\"hidden\"") {
                continue;
            }
            let id_at = element
                .find(" id=\"")
                .unwrap_or_else(|| panic!("no id on {element}"));
            let id = &element[id_at + 5..];
            let id = &id[..id.find('"').unwrap()];
            assert!(
                body.contains(&format!("for=\"{id}\"")),
                "no label for {id} in {element}"
            );
        }
    }
}

#[test]
fn the_list_has_sections_columns_expanding_rows_and_marks_support_that_ends_soon() {
    let (server, mut admin) = TestServer::with_admin();
    insert(
        &server,
        LicenceFields {
            support_expiry: Some(today() + 23.days()),
            ..new_licence("SEN-1001")
        },
    );
    insert(
        &server,
        LicenceFields {
            support_expiry: Some(today() - 4.days()),
            name: "Confluence (Server) 10 Users: Commercial License".into(),
            product: "Confluence".into(),
            ..new_licence("SEN-1002")
        },
    );
    insert(&server, new_licence("SEN-1003"));
    insert(
        &server,
        LicenceFields {
            is_evaluation: true,
            name: "Bamboo (Server): Evaluation License".into(),
            ..new_licence("SEN-L1004")
        },
    );
    insert(
        &server,
        LicenceFields {
            archived: true,
            name: "Crowd (Server) 50 Users: Commercial License".into(),
            ..new_licence("SEN-1005")
        },
    );

    let page = admin.get("/licences");
    assert_eq!(page.status, 200);
    assert_labelled(&page);
    let text = page.text();
    assert!(
        text.contains(
            "Product Organisation SEN Support Expires ▲ (sorted, first to last) Support State"
        ),
        "{text}"
    );
    assert_eq!(page.body.matches("<tr class=\"row").count(), 3);
    // Soonest first; the expired one is marked by word and colour.
    let expired = text.find("SEN-1002").unwrap_or(usize::MAX);
    let expiring = text.find("SEN-1001").unwrap();
    assert!(
        text.find("Confluence (Server)").unwrap() < text.find("JIRA (Server) 500").unwrap(),
        "{text}"
    );
    assert!(expired < usize::MAX && expiring < usize::MAX);
    let in_23 = (today() + 23.days()).to_string();
    assert!(text.contains(&format!("{in_23} (in 23 days)")), "{text}");
    assert!(text.contains("(expired 4 days ago)"), "{text}");
    assert!(page.body.contains("class=\"badge expiring\">Expires soon<"));
    assert!(page.body.contains("class=\"badge expired\">Expired<"));
    assert!(page.body.contains("class=\"row expired\""));
    assert!(!text.contains("Bamboo") && !text.contains("Crowd"));
    // Rows are light: the details and actions come with the row opened ("+", a link).
    assert!(!text.contains("Auto-renew") && !text.contains("View developer licence"));
    let id_1001 = one(&server, "SELECT id FROM licences WHERE sen = 'SEN-1001'");
    let open_link = format!("href=\"/licences?open={id_1001}#licence-{id_1001}\"");
    assert!(page.body.contains(&open_link), "{}", page.body);
    let opened = admin.get(&format!("/licences?open={id_1001}"));
    assert_eq!(opened.status, 200);
    assert_labelled(&opened);
    let text = opened.text();
    assert!(
        text.contains("Technical contacts") && text.contains("Auto-renew"),
        "{text}"
    );
    assert!(text.contains("Renew") && text.contains("View developer licence"));
    assert_eq!(opened.body.matches("class=\"open-row\"").count(), 1);

    // The top bar's Evaluations link opens the evaluations section.
    assert!(page.body.contains("href=\"/licences?section=evaluations\""));
    let evaluations = admin.get("/licences?section=evaluations");
    assert_eq!(evaluations.status, 200);
    assert!(
        evaluations
            .text()
            .contains("Bamboo (Server): Evaluation License")
    );
    assert!(!evaluations.text().contains("SEN-1001"));
    assert!(
        evaluations
            .body
            .contains("href=\"/licences?section=evaluations\" aria-current=\"page\"")
    );
    let archived = admin.get("/licences?section=archived");
    assert!(archived.text().contains("Crowd (Server) 50 Users"));
    assert!(!archived.text().contains("SEN-1001"));
    let crowd = one(&server, "SELECT id FROM licences WHERE sen = 'SEN-1005'");
    let archived = admin.get(&format!("/licences?section=archived&open={crowd}"));
    assert!(archived.text().contains("Restore"), "{}", archived.text());

    // A licence has a stable URL.
    let id = one(&server, "SELECT id FROM licences WHERE sen = 'SEN-1003'");
    let details = admin.get(&format!("/licences/{id}"));
    assert_eq!(details.status, 200);
    assert!(
        details
            .text()
            .contains("JIRA (Server) 500 Users: Commercial License")
    );
    assert!(page.body.contains(&format!("href=\"/licences/{id}\"")));
}

#[test]
fn users_see_only_the_licences_they_are_contacts_on_and_admins_see_all() {
    let (server, mut admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let mut bob = user(&server, "bob@example.com");
    let anns = insert(&server, new_licence("SEN-2001"));
    let bobs = insert(&server, new_licence("SEN-2002"));
    contact(&server, anns, "ann@example.com", "technical", now());
    contact(&server, bobs, "bob@example.com", "billing", now());

    let text = ann.get("/licences").text();
    assert!(
        text.contains("SEN-2001") && !text.contains("SEN-2002"),
        "{text}"
    );
    let text = bob.get("/licences").text();
    assert!(
        text.contains("SEN-2002") && !text.contains("SEN-2001"),
        "{text}"
    );
    let text = admin.get("/licences").text();
    assert!(text.contains("SEN-2001") && text.contains("SEN-2002"));
    // A search does not reach past the rule either.
    assert!(!ann.get("/licences?q=SEN-2002").text().contains("SEN-2002 "));
    assert!(
        ann.get("/licences?q=SEN-2002")
            .text()
            .contains("No licences match")
    );
}

#[test]
fn the_list_searches_by_sen_product_organisation_server_id_and_name_sorts_and_pages() {
    let (server, mut admin) = TestServer::with_admin();
    {
        let db = server.db();
        for n in 0..120 {
            licences::insert(
                &db,
                &LicenceFields {
                    product: if n == 7 { "Bitbucket" } else { "JIRA" }.into(),
                    organisation: if n == 8 {
                        "Umbrella Corp"
                    } else {
                        "Example Ltd"
                    }
                    .into(),
                    server_id: (n == 9).then(|| "ABCD-EFGH-IJKL-MNOP".to_owned()),
                    name: if n == 10 {
                        "Special Name".to_owned()
                    } else {
                        format!("Licence {n}")
                    },
                    support_expiry: Some(today() + (n as i64 + 100).days()),
                    ..new_licence(&format!("SEN-{}", 3000 + n))
                },
                now(),
            )
            .unwrap();
        }
    }
    let rows = |page: &Resp| page.body.matches("<tr class=\"row").count();
    for (search, expected) in [
        ("SEN-3005", "SEN-3005"),
        ("sen-3005", "SEN-3005"),
        ("bitbucket", "SEN-3007"),
        ("umbrella", "SEN-3008"),
        ("abcd-efgh-ijkl-mnop", "SEN-3009"),
        ("Special", "SEN-3010"),
    ] {
        let page = admin.get(&format!("/licences?q={search}"));
        assert_eq!(page.status, 200);
        assert_eq!(rows(&page), 1, "{search}");
        assert!(page.text().contains(expected), "{search}");
        assert_eq!(page.field_value("q").as_deref(), Some(search));
    }
    let first = admin.get("/licences");
    assert_eq!(rows(&first), 50);
    assert!(first.text().contains("Showing 1–50 of 120"));
    assert!(first.text().contains("Page 1 of 3"));
    assert!(first.body.contains("href=\"/licences?page=2\""));
    let third = admin.get("/licences?page=3");
    assert_eq!(rows(&third), 20);
    assert!(third.text().contains("SEN-3119"));
    // Latest first puts the last expiry on top.
    let latest = admin.get("/licences?sort=latest");
    let text = latest.text();
    assert!(text.find("SEN-3119").unwrap() < text.find("SEN-3118").unwrap());
    assert!(
        latest
            .body
            .contains("href=\"/licences?sort=latest&amp;page=2\"")
    );
    // Past the end shows the last page; nonsense is a clear 400.
    assert_eq!(rows(&admin.get("/licences?page=99")), 20);
    for bad in [
        "/licences?page=abc",
        "/licences?page=0",
        "/licences?section=secret",
        "/licences?sort=price",
        "/licences?open=x",
    ] {
        let page = admin.get(bad);
        assert_eq!(page.status, 400, "{bad}");
    }
    assert!(
        admin
            .get("/licences?page=-1")
            .text()
            .contains("The page number must be a whole number")
    );
    let long = "x".repeat(201);
    assert_eq!(admin.get(&format!("/licences?q={long}")).status, 400);
}

#[test]
fn a_licence_page_shows_its_details_contacts_and_what_the_key_says() {
    let (server, mut admin) = TestServer::with_admin();
    user(&server, "ann@example.com");
    user(&server, "bob@example.com");
    user(&server, "cy@example.com");
    let key = jira_key("SEN-4001", &[]);
    let id = insert(
        &server,
        LicenceFields {
            licence_key: Some(key.clone()),
            key_genuine: Some(false),
            ..new_licence("SEN-4001")
        },
    );
    contact(&server, id, "ann@example.com", "technical", 10);
    contact(&server, id, "bob@example.com", "technical", 20);
    contact(&server, id, "cy@example.com", "billing", 30);

    let page = admin.get(&format!("/licences/{id}"));
    assert_eq!(page.status, 200);
    assert_labelled(&page);
    let text = page.text();
    for expected in [
        "Belongs to Example Ltd",
        "Organisation on the key Example Ltd",
        "SEN SEN-4001",
        "Licensed to Ada Lovelace",
        "Auto-renew Off",
        "Turn auto-renew on",
        "Support level Enterprise Support",
        "Purchase date 2024-02-01",
        "Technical contacts ann@example.com Primary bob@example.com Make primary",
        "Billing contacts cy@example.com Primary",
        "Installed at No installation of this licence has been recorded yet.",
        "What the key says",
        "Products JIRA",
        "User tier 500 Users",
        "Not genuine The signature does not verify",
        "Renew",
        "Upgrade",
        "View developer licence",
        "Archive",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    // The key itself waits for the Server ID gate.
    assert!(!page.body.contains(&key));
    assert!(text.contains("View licence key"));
}

#[test]
fn organisation_and_server_id_edits_are_checked_audited_and_announced_once() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let id = insert(&server, new_licence("SEN-5001"));
    contact(&server, id, "ann@example.com", "technical", now());
    let page_path = format!("/licences/{id}");

    let before = snapshot(&server);
    let refused = ann.submit(
        &page_path,
        &format!("/licences/{id}/server-id"),
        &[("server_id", "BG9T-XUV4-KZZH")],
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("A Server ID is four groups of four letters or digits")
    );
    assert_eq!(
        refused.field_value("server_id").as_deref(),
        Some("BG9T-XUV4-KZZH")
    );
    assert!(refused.body.contains("aria-invalid=\"true\""));
    let refused = ann.submit(
        &page_path,
        &format!("/licences/{id}/organisation"),
        &[("organisation", "   ")],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("Fill in this field."));
    assert_eq!(snapshot(&server), before);

    let saved = ann.submit(
        &page_path,
        &format!("/licences/{id}/server-id"),
        &[("server_id", " bg9t-xuv4-kzzh-b01w ")],
    );
    let page = follow(&mut ann, &saved);
    assert!(page.text().contains("Server ID updated."));
    assert!(page.text().contains("BG9T-XUV4-KZZH-B01W"));
    // The message is shown once.
    assert!(!ann.get(&page_path).text().contains("Server ID updated."));
    // The history says old, new, who, when and why.
    let history = ann.get(&page_path).text();
    assert!(
        history.contains("— BG9T-XUV4-KZZH-B01W ann@example.com edited"),
        "{history}"
    );
    let saved = ann.submit(
        &page_path,
        &format!("/licences/{id}/server-id"),
        &[("server_id", "AAAA-BBBB-CCCC-DDDD")],
    );
    follow(&mut ann, &saved);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM server_id_history WHERE licence_id = {id}"
        )),
        2
    );
    assert_eq!(
        one(
            &server,
            "SELECT before_json || ' -> ' || after_json FROM audit_log \
             WHERE action = 'server-id-changed' ORDER BY id DESC LIMIT 1"
        ),
        "{\"server_id\":\"BG9T-XUV4-KZZH-B01W\"} -> {\"server_id\":\"AAAA-BBBB-CCCC-DDDD\"}"
    );

    let saved = ann.submit(
        &page_path,
        &format!("/licences/{id}/organisation"),
        &[("organisation", "Example Holdings")],
    );
    assert!(
        follow(&mut ann, &saved)
            .text()
            .contains("Organisation updated.")
    );
    assert_eq!(
        one(
            &server,
            &format!("SELECT organisation FROM licences WHERE id = {id}")
        ),
        "Example Holdings"
    );
    assert_eq!(
        one(
            &server,
            "SELECT before_json || ' -> ' || after_json FROM audit_log \
             WHERE action = 'organisation-changed'"
        ),
        "{\"organisation\":\"Example Ltd\"} -> {\"organisation\":\"Example Holdings\"}"
    );

    let on = ann.submit(
        &page_path,
        &format!("/licences/{id}/auto-renew"),
        &[("auto_renew", "on")],
    );
    assert!(
        follow(&mut ann, &on)
            .text()
            .contains("Auto-renew turned on.")
    );
    assert_eq!(
        server.count(&format!("SELECT auto_renew FROM licences WHERE id = {id}")),
        1
    );
    let bad = ann.submit(
        &page_path,
        &format!("/licences/{id}/auto-renew"),
        &[("auto_renew", "maybe")],
    );
    assert_eq!(bad.status, 400);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action LIKE 'auto-renew-%'"),
        1
    );
}

#[test]
fn the_key_is_shown_after_the_server_id_gate_and_downloads_as_a_sen_file() {
    let (server, mut admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let key = jira_key("SEN-6001", &[]);
    let id = insert(
        &server,
        LicenceFields {
            licence_key: Some(key.clone()),
            key_genuine: Some(false),
            server_id: Some("B1C2-D3E4-F5G6-H7I8".into()),
            ..new_licence("SEN-6001")
        },
    );
    contact(&server, id, "ann@example.com", "technical", now());

    // Before the gate: no key on the page, and no download for a user.
    let page = ann.get(&format!("/licences/{id}"));
    assert!(!page.body.contains(&key));
    let download = ann.get(&format!("/licences/{id}/download"));
    assert_eq!(download.status, 303);
    assert_eq!(download.location(), format!("/licences/{id}/key"));
    assert!(!download.body.contains(&key));
    // An admin may download without the gate.
    let by_admin = admin.get(&format!("/licences/{id}/download"));
    assert_eq!(by_admin.status, 200);
    assert_eq!(by_admin.body.trim(), key);

    let gate = ann.get(&format!("/licences/{id}/key"));
    assert_eq!(gate.status, 200);
    assert_labelled(&gate);
    assert!(gate.text().contains("Enter the Server ID"));
    assert!(gate.text().contains("Reason for purchase (optional)"));
    // Empty: the gate asks where the key goes, and a pre-filled field would pass with one click.
    assert_eq!(gate.field_value("server_id").as_deref(), Some(""));

    let before = snapshot(&server);
    let refused = ann.post(
        &format!("/licences/{id}/key"),
        &[
            ("csrf", &gate.csrf()),
            ("server_id", "not an id"),
            ("reason_for_purchase", "Growth"),
        ],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("A Server ID is four groups"));
    assert!(!refused.body.contains(&key));
    assert_eq!(
        refused.field_value("server_id").as_deref(),
        Some("not an id")
    );
    assert!(refused.body.contains(">Growth</textarea>"));
    assert_eq!(snapshot(&server), before);

    let passed = ann.post(
        &format!("/licences/{id}/key"),
        &[
            ("csrf", &gate.csrf()),
            ("server_id", "BG9T-XUV4-KZZH-B01W"),
            ("reason_for_purchase", "Our team grew"),
        ],
    );
    assert_eq!(passed.location(), format!("/licences/{id}#key"));
    let page = follow(&mut ann, &passed);
    assert!(
        page.text()
            .contains("Server ID saved. Here is the licence key.")
    );
    assert!(page.body.contains(&key));
    assert!(page.body.contains("data-copy-target=\"licence-key-text\""));
    assert!(page.text().contains("Reason for purchase Our team grew"));
    assert!(page.text().contains("entered to retrieve the key"));
    assert_eq!(
        one(
            &server,
            &format!("SELECT reason FROM server_id_history WHERE licence_id = {id}")
        ),
        "gate"
    );
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'key-retrieved'"),
        1
    );
    // The gate is passed once: its page now leads to the key.
    assert_eq!(ann.get(&format!("/licences/{id}/key")).status, 303);

    let download = ann.get(&format!("/licences/{id}/download"));
    assert_eq!(download.status, 200);
    assert_eq!(
        download.header("content-disposition"),
        Some("attachment; filename=\"SEN-6001.txt\"")
    );
    assert!(
        download
            .header("content-type")
            .unwrap()
            .starts_with("text/plain")
    );
    assert_eq!(download.body.trim(), key);
}

#[test]
fn a_pasted_genuine_key_adds_a_filled_in_licence_once() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let form = ann.get("/licences/new");
    assert_eq!(form.status, 200);
    assert_labelled(&form);
    let Some(key) = corpus::key("jira_webtests_LicenseKeysA_V2_COMMERCIAL_LIMITED.txt") else {
        return;
    };
    // Pasted with CRLF line breaks, as from an e-mail.
    let pasted = key.trim().replace('\n', "\r\n");
    let added = ann.submit("/licences/new", "/licences/new/key", &[("key", &pasted)]);
    let page = follow(&mut ann, &added);
    assert!(page.text().contains("Licence added."));
    assert!(
        page.text()
            .contains("JIRA (Server) 5 Users: Commercial License"),
        "{}",
        page.text()
    );
    assert!(page.text().contains("Genuine The signature verifies"));
    assert!(!page.text().contains("Not genuine"));
    assert_eq!(
        one(
            &server,
            "SELECT sen || ' ' || user_tier || ' ' || key_genuine || ' ' || server_id FROM licences"
        ),
        "TestSEN 5 1 BG9T-XUV4-KZZH-B01W"
    );
    // Whoever added it is its technical contact, so it is on their list.
    assert_eq!(
        server.count("SELECT count(*) FROM licence_contacts WHERE role = 'technical'"),
        1
    );
    assert!(
        ann.get("/licences")
            .text()
            .contains("JIRA (Server) 5 Users")
    );
    assert_eq!(
        one(&server, "SELECT reason FROM server_id_history"),
        "import"
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM audit_log WHERE action = 'licence-added' \
             AND before_json IS NULL AND after_json LIKE '%TestSEN%'"
        ),
        1
    );

    // The same key again is refused, and nothing is added.
    let before = snapshot(&server);
    let again = ann.submit("/licences/new", "/licences/new/key", &[("key", &key)]);
    assert_eq!(again.status, 422);
    assert!(
        again
            .text()
            .contains("This key is already in the inventory.")
    );
    assert_eq!(snapshot(&server), before);
}

#[test]
fn a_key_that_does_not_decode_or_verify_gets_a_clear_message_and_changes_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let before = snapshot(&server);
    let empty = admin.submit("/licences/new", "/licences/new/key", &[("key", "  ")]);
    assert_eq!(empty.status, 422);
    assert!(empty.text().contains("Paste the licence key."));
    let damaged = admin.submit(
        "/licences/new",
        "/licences/new/key",
        &[("key", "AAAABBBBCCCCX02ab")],
    );
    assert_eq!(damaged.status, 422);
    assert!(
        damaged.text().contains("This key cannot be read:"),
        "{}",
        damaged.text()
    );
    assert_eq!(damaged.field_value("key"), None);
    assert!(damaged.body.contains(">AAAABBBBCCCCX02ab</textarea>"));
    if let Some(legacy_key) = corpus::key("jira_webtests_LicenseKeys_V1_ENTERPRISE.txt") {
        let legacy = admin.submit(
            "/licences/new",
            "/licences/new/key",
            &[("key", &legacy_key)],
        );
        assert_eq!(legacy.status, 422);
        assert!(legacy.text().contains("legacy version-1 licence key"));
    }

    let key = jira_key("SEN-7001", &[]);
    let unverified = admin.submit("/licences/new", "/licences/new/key", &[("key", &key)]);
    assert_eq!(unverified.status, 422);
    assert!(
        unverified
            .text()
            .contains("it is not a genuine Atlassian key")
    );
    assert!(unverified.text().contains("Add although not genuine"));
    assert_eq!(snapshot(&server), before);

    let added = admin.submit(
        "/licences/new",
        "/licences/new/key",
        &[("key", &key), ("accept_not_genuine", "on")],
    );
    let page = follow(&mut admin, &added);
    assert!(page.text().contains("Licence added."));
    assert!(page.text().contains("Not genuine"));
    assert!(page.text().contains("It was added although not genuine"));
    assert_eq!(server.count("SELECT key_genuine FROM licences"), 0);
    assert!(admin.get("/licences").text().contains("Not genuine"));
    // An admin is not made a contact: admins see every licence anyway.
    assert_eq!(server.count("SELECT count(*) FROM licence_contacts"), 0);
}

#[test]
fn a_licence_entered_by_hand_is_checked_field_by_field() {
    let (server, mut admin) = TestServer::with_admin();
    let before = snapshot(&server);
    let tomorrow = (today() + 1.day()).to_string();
    let refused = admin.submit(
        "/licences/new",
        "/licences/new/hand",
        &[
            ("product", ""),
            ("licence_type", "Commercial"),
            ("deployment", "server"),
            ("user_tier", "lots"),
            ("sen", "12345"),
            ("server_id", "XXXX"),
            ("organisation", "Example Ltd"),
            ("purchase_date", &tomorrow),
            ("support_expiry", "21/11/2026"),
        ],
    );
    assert_eq!(refused.status, 422);
    let text = refused.text();
    for message in [
        "Fill in this field.",
        "A tier is a whole number of users",
        "A SEN looks like SEN-1234567.",
        "A Server ID is four groups",
        "A purchase date cannot be in the future.",
        "Write the date as year-month-day",
    ] {
        assert!(text.contains(message), "{message} in {text}");
    }
    // What was typed is kept.
    assert_eq!(
        refused.field_value("organisation").as_deref(),
        Some("Example Ltd")
    );
    assert_eq!(
        refused.field_value("support_expiry").as_deref(),
        Some("21/11/2026")
    );
    assert_eq!(snapshot(&server), before);

    let added = admin.submit(
        "/licences/new",
        "/licences/new/hand",
        &[
            ("product", "Confluence"),
            ("name", ""),
            ("licence_type", "Academic"),
            ("deployment", "data-center"),
            ("user_tier", "250"),
            ("sen", "sen-8001"),
            ("server_id", "BG9T-XUV4-KZZH-B01W"),
            ("organisation", "Example University"),
            ("purchase_date", "2025-03-01"),
            ("support_expiry", "2027-03-01"),
            ("support_level", "Priority"),
            ("auto_renew", "on"),
        ],
    );
    let page = follow(&mut admin, &added);
    assert!(
        page.text()
            .contains("Confluence (Data Center) 250 Users: Academic License")
    );
    assert_eq!(
        one(
            &server,
            "SELECT sen || ' ' || deployment || ' ' || auto_renew || ' ' || server_id FROM licences"
        ),
        "SEN-8001 data-center 1 BG9T-XUV4-KZZH-B01W"
    );
    assert_eq!(
        one(&server, "SELECT reason FROM server_id_history"),
        "by-hand"
    );
}

#[test]
fn renew_counts_from_the_previous_expiry_records_an_order_and_keeps_the_old_key() {
    let (server, mut admin) = TestServer::with_admin();
    let old_key = jira_key("SEN-9001", &[("NumberOfUsers", "500")]);
    let expired = today() - 10.days();
    let id = insert(
        &server,
        LicenceFields {
            support_expiry: Some(expired),
            licence_key: Some(old_key.clone()),
            key_genuine: Some(false),
            ..new_licence("SEN-9001")
        },
    );
    let path = format!("/licences/{id}/renew");
    let form = admin.get(&path);
    assert_eq!(form.status, 200);
    assert_labelled(&form);
    let in_a_year = expired + 12.months();
    assert!(
        form.text()
            .contains(&format!("12 months, until {in_a_year}"))
    );

    let before = snapshot(&server);
    let other = jira_key("SEN-9999", &[]);
    for (fields, message) in [
        (
            vec![("months", "7")],
            "Choose one of the terms in the list.",
        ),
        (
            vec![
                ("months", "12"),
                ("key", other.as_str()),
                ("accept_not_genuine", "on"),
            ],
            "This key is for SEN-9999, but this licence is SEN-9001.",
        ),
        (
            vec![("months", "12"), ("amount", "12,00"), ("currency", "EUR")],
            "Write the amount as a number",
        ),
        (
            vec![("months", "12"), ("amount", "1200")],
            "Give the currency of the amount",
        ),
        (
            vec![("months", "12"), ("key", "garbage")],
            "This key cannot be read",
        ),
    ] {
        let refused = admin.submit(&path, &path, &fields);
        assert_eq!(refused.status, 422, "{message}");
        assert!(
            refused.text().contains(message),
            "{message} in {}",
            refused.text()
        );
    }
    assert_eq!(snapshot(&server), before);

    let new_key = jira_key(
        "SEN-9001",
        &[
            ("NumberOfUsers", "500"),
            ("MaintenanceExpiryDate", "2031-01-15"),
        ],
    );
    let renewed = admin.submit(
        &path,
        &path,
        &[
            ("months", "12"),
            ("key", &new_key),
            ("accept_not_genuine", "on"),
            ("po_number", "PO-77"),
            ("amount", "1200.50"),
            ("currency", "eur"),
        ],
    );
    let page = follow(&mut admin, &renewed);
    assert!(page.text().contains("Licence renewed"));
    assert_eq!(
        one(
            &server,
            &format!("SELECT support_expiry FROM licences WHERE id = {id}")
        ),
        in_a_year.to_string()
    );
    assert_eq!(
        one(
            &server,
            "SELECT number || ' ' || kind || ' ' || po_number || ' ' || amount || ' ' || currency \
             || ' ' || description FROM orders"
        ),
        format!(
            "LD-000001 renewal PO-77 1200.50 EUR Renewal for 12 months: support until {in_a_year}"
        )
    );
    assert_eq!(one(&server, "SELECT licence_key FROM key_history"), old_key);
    assert_eq!(
        one(
            &server,
            &format!("SELECT licence_key FROM licences WHERE id = {id}")
        ),
        new_key
    );
    // The page compares the old key with the new one.
    let text = page.text();
    assert!(text.contains("Replaced keys"), "{text}");
    assert!(text.contains("Key 1, replaced"));
    assert!(text.contains("(renewal)"));
    assert!(
        text.contains("Support expiry (key) 2025-01-15 2031-01-15 changed"),
        "{text}"
    );
    assert!(text.contains("SEN SEN-9001 SEN-9001"));
    assert!(text.contains("LD-000001"));
    assert!(
        one(
            &server,
            "SELECT after_json FROM audit_log WHERE action = 'licence-renewed'"
        )
        .contains(&in_a_year.to_string())
    );
}

#[test]
fn upgrade_raises_the_tier_renames_the_licence_and_records_an_order() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(&server, new_licence("SEN-9101"));
    let path = format!("/licences/{id}/upgrade");
    let before = snapshot(&server);
    let lower = admin.submit(&path, &path, &[("user_tier", "100")]);
    assert_eq!(lower.status, 422);
    assert!(
        lower
            .text()
            .contains("An upgrade raises the tier: choose more than 500 Users.")
    );
    assert_eq!(lower.field_value("user_tier").as_deref(), Some("100"));
    let key_for_other_tier = jira_key("SEN-9101", &[("NumberOfUsers", "2000")]);
    let mismatch = admin.submit(
        &path,
        &path,
        &[
            ("user_tier", "1000"),
            ("key", &key_for_other_tier),
            ("accept_not_genuine", "on"),
        ],
    );
    assert_eq!(mismatch.status, 422);
    assert!(
        mismatch
            .text()
            .contains("This key is for 2,000 Users, not 1,000 Users.")
    );
    assert_eq!(snapshot(&server), before);

    let upgraded = admin.submit(&path, &path, &[("user_tier", "1000")]);
    let page = follow(&mut admin, &upgraded);
    assert!(page.text().contains("Licence upgraded"));
    assert!(
        page.text()
            .contains("JIRA (Server) 1000 Users: Commercial License")
    );
    assert_eq!(
        one(&server, "SELECT kind || ': ' || description FROM orders"),
        "upgrade: Upgrade from 500 Users to 1000 Users"
    );
    let unlimited = admin.submit(&path, &path, &[("user_tier", "unlimited")]);
    follow(&mut admin, &unlimited);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE id = {id} AND user_tier IS NULL"
        )),
        1
    );
    assert_eq!(server.count("SELECT count(*) FROM orders"), 2);
}

#[test]
fn orders_are_seen_by_the_primary_contact_from_when_they_became_primary() {
    let (server, mut admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let mut bob = user(&server, "bob@example.com");
    let mut cy = user(&server, "cy@example.com");
    let id = insert(&server, new_licence("SEN-9201"));
    // The first renewal happens before Cy is a contact.
    let path = format!("/licences/{id}/renew");
    let renewed = admin.submit(&path, &path, &[("months", "12")]);
    follow(&mut admin, &renewed);
    contact(&server, id, "ann@example.com", "technical", 0);
    contact(&server, id, "bob@example.com", "technical", 1);
    contact(&server, id, "cy@example.com", "billing", now() + 3600);
    let renewed = ann.submit(&path, &path, &[("months", "6")]);
    follow(&mut ann, &renewed);

    // Ann, the primary technical contact since long ago, sees both; Bob, secondary, none;
    // Cy became billing primary after both orders, so sees none yet; the admin sees all.
    let text = ann.get("/orders").text();
    assert!(
        text.contains("LD-000001") && text.contains("LD-000002"),
        "{text}"
    );
    assert!(text.contains("Renewal for 6 months"));
    assert!(!bob.get("/orders").text().contains("LD-0000"));
    assert!(bob.get("/orders").text().contains("No orders yet."));
    assert!(!cy.get("/orders").text().contains("LD-0000"));
    let text = admin.get("/orders").text();
    assert!(text.contains("LD-000001") && text.contains("LD-000002"));
    assert!(text.contains("Every order."));
    assert_eq!(admin.get("/orders?page=x").status, 400);
}

#[test]
fn an_evaluation_runs_30_days_extends_to_90_at_most_and_takes_its_key() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let form = ann.get("/licences/new-evaluation");
    assert_eq!(form.status, 200);
    assert_labelled(&form);
    let before = snapshot(&server);
    let refused = ann.submit(
        "/licences/new-evaluation",
        "/licences/new-evaluation",
        &[
            ("product", "Confluence"),
            ("deployment", "server"),
            ("server_id", "B0W"),
        ],
    );
    assert_eq!(refused.status, 422);
    assert!(refused.text().contains("A Server ID is four groups"));
    let unknown = ann.submit(
        "/licences/new-evaluation",
        "/licences/new-evaluation",
        &[
            ("product", "Notepad"),
            ("deployment", "server"),
            ("server_id", "BG9T-XUV4-KZZH-B01W"),
        ],
    );
    assert_eq!(unknown.status, 422);
    assert!(
        unknown
            .text()
            .contains("Choose one of the products in the list.")
    );
    assert_eq!(snapshot(&server), before);

    let started = ann.submit(
        "/licences/new-evaluation",
        "/licences/new-evaluation",
        &[
            ("product", "Confluence"),
            ("deployment", "server"),
            ("server_id", "BG9T-XUV4-KZZH-B01W"),
        ],
    );
    let page = follow(&mut ann, &started);
    assert!(page.text().contains("Evaluation started"));
    assert!(
        page.text()
            .contains("Confluence (Server): Evaluation License")
    );
    assert!(
        page.text().contains("Day 1 of 30 · 30 days left"),
        "{}",
        page.text()
    );
    let id = one(&server, "SELECT id FROM licences");
    let thirty = (today() + 30.days()).to_string();
    assert_eq!(
        one(
            &server,
            "SELECT licence_expiry || ' ' || support_expiry || ' ' || is_evaluation FROM licences"
        ),
        format!("{thirty} {thirty} 1")
    );
    // The list names how long it has left; its opened row, which day of how many it is on.
    assert!(
        ann.get("/licences?section=evaluations")
            .text()
            .contains("(in 30 days)")
    );
    assert!(
        ann.get(&format!("/licences?section=evaluations&open={id}"))
            .text()
            .contains("Day 1 of 30")
    );
    assert!(
        !ann.get("/licences")
            .text()
            .contains("Confluence (Server): Evaluation")
    );
    // Evaluations are extended, not renewed.
    assert_eq!(ann.get(&format!("/licences/{id}/renew")).status, 400);

    let path = format!("/licences/{id}/extend");
    let before = snapshot(&server);
    let ninety_one = (today() + 91.days()).to_string();
    let ninety = (today() + 90.days()).to_string();
    for (date, message) in [
        (ninety_one.as_str(), format!("choose {ninety} or earlier")),
        (
            (today() - 1.day()).to_string().as_str(),
            "Choose a date after today.".to_owned(),
        ),
        (
            (today() + 10.days()).to_string().as_str(),
            format!("after the current expiry, {thirty}"),
        ),
        ("soon", "Write the date as year-month-day".to_owned()),
    ] {
        let refused = ann.submit(&path, &path, &[("licence_expiry", date)]);
        assert_eq!(refused.status, 422, "{date}");
        assert!(
            refused.text().contains(&message),
            "{message} in {}",
            refused.text()
        );
    }
    assert_eq!(snapshot(&server), before);
    let extended = ann.submit(&path, &path, &[("licence_expiry", &ninety)]);
    let page = follow(&mut ann, &extended);
    assert!(page.text().contains("Evaluation extended."));
    assert!(page.text().contains("Day 1 of 90 · 90 days left"));
    assert!(ann.get(&path).text().contains("cannot be extended further"));

    // The key arrives.
    let key = jira_key(
        "SEN-L9301",
        &[("Evaluation", "true"), ("NumberOfUsers", "-1")],
    );
    let attach = format!("/licences/{id}/attach-key");
    let added = ann.submit(
        &attach,
        &attach,
        &[("key", &key), ("accept_not_genuine", "on")],
    );
    let page = follow(&mut ann, &added);
    assert!(page.text().contains("Key added."));
    assert_eq!(
        one(&server, "SELECT sen || ' ' || server_id FROM licences"),
        "SEN-L9301 BG9T-XUV4-KZZH-B01W"
    );
    assert_eq!(one(&server, "SELECT licence_key FROM licences"), key);
    assert_eq!(ann.get(&attach).status, 400);
}

#[test]
fn developer_licences_are_linked_to_production_and_follow_its_support_expiry() {
    let (server, mut admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let production = insert(&server, new_licence("SEN-9401"));
    contact(&server, production, "ann@example.com", "technical", now());
    let path = format!("/licences/{production}/developer");
    let page = ann.get(&path);
    assert_eq!(page.status, 200);
    assert_labelled(&page);
    assert!(page.text().contains("No developer licence is linked"));

    let before = snapshot(&server);
    let commercial = jira_key("SEN-9401", &[]);
    let refused = ann.submit(
        &path,
        &path,
        &[("key", &commercial), ("accept_not_genuine", "on")],
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("This is a Commercial key, not a developer licence key.")
    );
    let wrong_sen = jira_key("SEN-0001", &[("LicenseTypeName", "DEVELOPER")]);
    let refused = ann.submit(
        &path,
        &path,
        &[("key", &wrong_sen), ("accept_not_genuine", "on")],
    );
    assert!(
        refused
            .text()
            .contains("This key is for SEN-0001, but this licence is SEN-9401.")
    );
    assert_eq!(snapshot(&server), before);

    let developer_key = jira_key("SEN-9401", &[("LicenseTypeName", "DEVELOPER")]);
    let added = ann.submit(
        &path,
        &path,
        &[("key", &developer_key), ("accept_not_genuine", "on")],
    );
    let page = follow(&mut ann, &added);
    assert!(page.text().contains("Developer licence added."));
    assert!(
        page.text()
            .contains("JIRA (Server) 500 Users: Developer License")
    );
    let developer = one(
        &server,
        "SELECT id FROM licences WHERE licence_type = 'Developer'",
    );
    let expiry = one(
        &server,
        &format!("SELECT support_expiry FROM licences WHERE id = {production}"),
    );
    assert_eq!(
        one(
            &server,
            &format!(
                "SELECT production_licence_id || ' ' || support_expiry FROM licences WHERE id = {developer}"
            )
        ),
        format!("{production} {expiry}")
    );
    // Ann sees it (the production licence's contacts come with it), marked non-production.
    let details = ann.get(&format!("/licences/{developer}"));
    assert_eq!(details.status, 200);
    assert!(
        details
            .text()
            .contains("This is a developer licence (non-production). Its support expiry follows its production licence:")
    );
    assert!(ann.get("/licences").text().contains("Developer"));
    // Renewing the production licence moves the developer licence's expiry with it.
    let renew = format!("/licences/{production}/renew");
    let renewed = ann.submit(&renew, &renew, &[("months", "24")]);
    follow(&mut ann, &renewed);
    let renewed = one(
        &server,
        &format!("SELECT support_expiry FROM licences WHERE id = {production}"),
    );
    assert_eq!(
        one(
            &server,
            &format!("SELECT support_expiry FROM licences WHERE id = {developer}")
        ),
        renewed
    );
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'developer-licence-synced'"),
        1
    );
    // A developer licence cannot be renewed itself.
    assert_eq!(ann.get(&format!("/licences/{developer}/renew")).status, 400);

    // A DEVELOPER key pasted as a new licence is linked by its SEN, as the import does.
    let second = jira_key(
        "SEN-9401",
        &[
            ("LicenseTypeName", "DEVELOPER"),
            ("ServerID", "ZZZZ-YYYY-XXXX-WWWW"),
        ],
    );
    let added = admin.submit(
        "/licences/new",
        "/licences/new/key",
        &[("key", &second), ("accept_not_genuine", "on")],
    );
    follow(&mut admin, &added);
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE production_licence_id = {production}"
        )),
        2
    );
    assert!(ann.get(&path).text().contains("ZZZZ-YYYY-XXXX-WWWW"));

    // Someone who cannot see the production licence adds a developer key with its SEN: it is
    // not linked, and its support expiry and contacts stay its own.
    let mut mallory = user(&server, "mallory@example.com");
    let third = jira_key(
        "SEN-9401",
        &[
            ("LicenseTypeName", "DEVELOPER"),
            ("SEN", "SEN-9401"),
            ("LicenseID", "L3"),
        ],
    );
    let added = mallory.submit(
        "/licences/new",
        "/licences/new/key",
        &[("key", &third), ("accept_not_genuine", "on")],
    );
    let page = follow(&mut mallory, &added);
    assert!(
        !page
            .text()
            .contains("This is a developer licence (non-production). Its support expiry follows its production licence:")
    );
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM licences WHERE production_licence_id = {production}"
        )),
        2
    );
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licence_contacts c JOIN licences l ON l.id = c.licence_id \
                      WHERE l.licence_key IS NOT NULL AND c.account_id = (SELECT id FROM accounts \
                      WHERE email = 'ann@example.com') AND l.production_licence_id IS NULL \
                      AND l.licence_type = 'Developer'"
        ),
        0
    );
}

#[test]
fn the_import_links_a_developer_key_by_its_sen() {
    let server = TestServer::start();
    let db = server.db();
    let production = licences::insert(&db, &new_licence("SEN-9501"), now()).unwrap();
    let developer = licences::insert(
        &db,
        &LicenceFields {
            licence_type: "Developer".into(),
            support_expiry: None,
            ..new_licence("SEN-9501")
        },
        now(),
    )
    .unwrap();
    assert_eq!(
        licensedesk::inventory::link_developer_licence(&db, developer).unwrap(),
        Some(production)
    );
    let linked = licences::by_id(&db, developer).unwrap().unwrap();
    assert_eq!(linked.production_licence_id, Some(production));
    assert_eq!(linked.support_expiry, Some(today() + 200.days()));
}

#[test]
fn archive_asks_first_and_restore_brings_the_licence_back() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let id = insert(&server, new_licence("SEN-9601"));
    contact(&server, id, "ann@example.com", "technical", now());
    let confirm = ann.get(&format!("/licences/{id}/archive"));
    assert_eq!(confirm.status, 200);
    let text = confirm.text();
    assert!(text.contains("Archive this licence?"));
    assert!(text.contains(
        "You are about to archive JIRA (Server) 500 Users: Commercial License (SEN-9601)."
    ));
    assert!(text.contains("Nothing is deleted"));
    assert!(text.contains("Its 1 contact will find it under Archived licences only."));
    // Looking at the confirmation changes nothing.
    assert_eq!(server.count("SELECT archived FROM licences"), 0);

    let archived = ann.post(
        &format!("/licences/{id}/archive"),
        &[("csrf", &confirm.csrf())],
    );
    let page = follow(&mut ann, &archived);
    assert!(page.text().contains("Licence archived."));
    assert_eq!(server.count("SELECT archived FROM licences"), 1);
    assert!(!ann.get("/licences").text().contains("SEN-9601"));
    assert!(
        ann.get("/licences?section=archived")
            .text()
            .contains("SEN-9601")
    );

    let restored = ann.post(
        &format!("/licences/{id}/restore"),
        &[("csrf", &page.csrf())],
    );
    assert!(
        follow(&mut ann, &restored)
            .text()
            .contains("Licence restored.")
    );
    assert!(ann.get("/licences").text().contains("SEN-9601"));
    assert_eq!(
        one(
            &server,
            "SELECT group_concat(action || before_json || after_json, ' ') FROM audit_log \
             WHERE action IN ('licence-archived', 'licence-restored')"
        ),
        "licence-archived{\"archived\":false}{\"archived\":true} \
         licence-restored{\"archived\":true}{\"archived\":false}"
    );
}

#[test]
fn another_users_licence_is_404_on_every_page_and_action_and_nothing_changes() {
    let (server, _admin) = TestServer::with_admin();
    let mut ann = user(&server, "ann@example.com");
    let mut mallory = user(&server, "mallory@example.com");
    let id = insert(
        &server,
        LicenceFields {
            licence_key: Some(jira_key("SEN-9701", &[])),
            key_genuine: Some(false),
            ..new_licence("SEN-9701")
        },
    );
    let evaluation = insert(
        &server,
        LicenceFields {
            is_evaluation: true,
            licence_expiry: Some(today() + 10.days()),
            purchase_date: Some(today()),
            ..new_licence("SEN-L9702")
        },
    );
    contact(&server, id, "ann@example.com", "technical", now());
    contact(&server, evaluation, "ann@example.com", "technical", now());
    // Mallory has a valid session and CSRF token of her own.
    let csrf = mallory.get("/licences").csrf();
    let before = snapshot(&server);
    let missing = 999_999;
    for target in [id.0, evaluation.0, missing] {
        for page in [
            "",
            "/key",
            "/download",
            "/archive",
            "/renew",
            "/upgrade",
            "/extend",
            "/attach-key",
            "/developer",
        ] {
            let response = mallory.get(&format!("/licences/{target}{page}"));
            assert_eq!(response.status, 404, "GET {target}{page}");
            assert!(!response.text().contains("SEN-97"), "GET {target}{page}");
        }
        for (action, fields) in [
            ("organisation", vec![("organisation", "Mallory Inc")]),
            ("server-id", vec![("server_id", "AAAA-BBBB-CCCC-DDDD")]),
            ("auto-renew", vec![("auto_renew", "on")]),
            ("key", vec![("server_id", "AAAA-BBBB-CCCC-DDDD")]),
            ("archive", vec![]),
            ("restore", vec![]),
            ("renew", vec![("months", "12")]),
            ("upgrade", vec![("user_tier", "1000")]),
            ("extend", vec![("licence_expiry", "2099-01-01")]),
            ("attach-key", vec![("key", "x")]),
            ("developer", vec![("key", "x")]),
        ] {
            let mut form = vec![("csrf", csrf.as_str())];
            form.extend(fields);
            let response = mallory.post(&format!("/licences/{target}/{action}"), &form);
            assert_eq!(response.status, 404, "POST {target}/{action}");
        }
    }
    assert_eq!(snapshot(&server), before);
    // Non-numeric ids are 404 too, and the owner still sees everything.
    assert_eq!(mallory.get("/licences/abc").status, 404);
    assert_eq!(ann.get(&format!("/licences/{id}")).status, 200);
    assert!(!mallory.get("/orders").text().contains("SEN-97"));
}

#[test]
fn licence_actions_without_the_csrf_token_are_refused_and_change_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(&server, new_licence("SEN-9801"));
    let before = snapshot(&server);
    for (action, fields) in [
        ("organisation", vec![("organisation", "X")]),
        ("archive", vec![]),
        ("renew", vec![("months", "12")]),
    ] {
        let mut form = vec![("csrf", "forged")];
        form.extend(fields);
        let response = admin.post(&format!("/licences/{id}/{action}"), &form);
        assert_eq!(response.status, 403, "{action}");
    }
    let response = admin.post("/licences/new/hand", &[("product", "X")]);
    assert_eq!(response.status, 403);
    assert_eq!(snapshot(&server), before);
    // A GET cannot change anything: the state-changing paths only take POST.
    assert_eq!(admin.get(&format!("/licences/{id}/restore")).status, 405);
    assert_eq!(
        admin.get(&format!("/licences/{id}/organisation")).status,
        405
    );
}

#[test]
fn a_german_account_enters_and_reads_amounts_as_german_writes_them() {
    let (server, mut admin) = TestServer::with_admin();
    let id = insert(&server, new_licence("SEN-9002"));
    server
        .db()
        .execute("UPDATE accounts SET language = 'de' WHERE is_admin = 1", [])
        .unwrap();
    let path = format!("/licences/{id}/renew");
    // A point is the German thousands separator, so `1200.50` is not an amount there.
    let refused = admin.submit(
        &path,
        &path,
        &[("months", "12"), ("amount", "1200.50"), ("currency", "EUR")],
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused.body.contains("field-amount-error"),
        "{}",
        refused.body
    );
    assert_eq!(server.count("SELECT count(*) FROM orders"), 0);

    let renewed = admin.submit(
        &path,
        &path,
        &[
            ("months", "12"),
            ("amount", "1.200,50"),
            ("currency", "EUR"),
        ],
    );
    assert_eq!(renewed.status, 303, "{}", renewed.text());
    assert_eq!(one(&server, "SELECT amount FROM orders"), "1200.50");
    let orders = admin.get("/orders");
    assert!(orders.text().contains("1.200,50 EUR"), "{}", orders.text());
}

#[test]
fn an_evaluation_is_flagged_as_ending_in_its_last_seven_days_not_from_its_first() {
    use crate::support::people::{add_contact, add_user, licence_with, signed_in};
    let server = TestServer::start();
    let today = jiff::Zoned::now().date();
    let in_days = |n: i64| today.checked_add(jiff::Span::new().days(n)).unwrap();
    let person = add_user(&server, "eva@example.com");
    for (sen, started, ends) in [("SEN-EVAL-NEW", -1, 29), ("SEN-EVAL-LAST", -25, 5)] {
        let licence = licence_with(&server, sen, |l| {
            l.is_evaluation = true;
            l.purchase_date = Some(in_days(started));
            l.licence_expiry = Some(in_days(ends));
            l.support_expiry = Some(in_days(ends));
        });
        add_contact(&server, licence, person, "technical");
    }
    let mut client = signed_in(&server, "eva@example.com");
    let page = client.get("/licences?section=evaluations");
    assert_eq!(page.status, 200);
    let row = |sen: &str| {
        let at = page
            .body
            .find(sen)
            .unwrap_or_else(|| panic!("{sen} not listed"));
        let start = page.body[..at].rfind("<tr class=\"row").unwrap();
        let end = at + page.body[at..].find("</tr>").unwrap();
        page.body[start..end].to_owned()
    };
    assert!(
        !row("SEN-EVAL-NEW").contains("Expires soon"),
        "{}",
        row("SEN-EVAL-NEW")
    );
    assert!(
        row("SEN-EVAL-LAST").contains("Expires soon"),
        "{}",
        row("SEN-EVAL-LAST")
    );
}
