//! The auditors' CSV downloads: the audit log with the audit page's filters (administrators
//! only), and the orders each viewer sees on the orders page. Both open in a spreadsheet as
//! they are: a byte order mark, a header, no cell that starts a formula.

use licensedesk::domain::orders::OrderKind;
use licensedesk::domain::{AccountId, Actor, Email, LicenceId};
use licensedesk::store::{self, audit, orders, organisations};

use crate::support::people::{add_contact, add_user, licence_with, signed_in};
use crate::support::{Client, Resp, TestServer};

const BOM: char = '\u{feff}';

/// The CSV's rows after its header, each as its cells; checks what every download shares.
fn csv_rows(answer: &Resp, header: &str, file_name_start: &str) -> Vec<Vec<String>> {
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(
        answer.header("content-type"),
        Some("text/csv; charset=utf-8")
    );
    let disposition = answer.header("content-disposition").unwrap_or("");
    assert!(
        disposition.starts_with(&format!("attachment; filename=\"{file_name_start}")),
        "{disposition}"
    );
    let body = answer
        .body
        .strip_prefix(BOM)
        .expect("a byte order mark first");
    assert!(body.starts_with(&format!("{header}\n")), "{body}");
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Records an entry about a licence as `who` at `at` (an ISO date, midday UTC).
fn entry(
    server: &TestServer,
    who: AccountId,
    email: &str,
    action: &str,
    licence: Option<LicenceId>,
    day: &str,
) {
    let at = format!("{day}T12:00:00Z")
        .parse::<jiff::Timestamp>()
        .unwrap()
        .as_second();
    let actor = Actor::Account {
        id: who,
        email: Email::parse(email).unwrap(),
        client_addr: Some("192.0.2.7".into()),
    };
    let after = serde_json::json!({ "notes": "=HYPERLINK(\"http://evil.example\")" });
    audit::record(
        &server.db(),
        &audit::Entry {
            licence_id: licence,
            detail: DETAIL,
            after: Some(&after),
            ..audit::Entry::new(&actor, action)
        },
        at,
    )
    .unwrap();
}

/// A detail a spreadsheet would run as a command.
const DETAIL: &str = "=cmd|' /C calc'!A0";

const AUDIT_HEADER: &str =
    "time,actor,client_address,action,action_label,licence_id,sen,detail,before,after";

#[test]
fn the_audit_csv_has_exactly_the_entries_the_filters_find() {
    let (server, mut admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    // An address a spreadsheet would read as a formula.
    let plus = add_user(&server, "+1@example.com");
    let first = licence_with(&server, "SEN-AUD-1", |_| {});
    let second = licence_with(&server, "SEN-AUD-2", |_| {});
    entry(
        &server,
        ann,
        "ann@example.com",
        "notes-changed",
        Some(first),
        "2026-03-02",
    );
    entry(
        &server,
        plus,
        "+1@example.com",
        "notes-changed",
        Some(first),
        "2026-03-20",
    );
    entry(
        &server,
        ann,
        "ann@example.com",
        "auto-renew-on",
        Some(first),
        "2026-03-31",
    );
    entry(
        &server,
        ann,
        "ann@example.com",
        "notes-changed",
        Some(first),
        "2026-04-01",
    );
    entry(
        &server,
        ann,
        "ann@example.com",
        "notes-changed",
        Some(second),
        "2026-03-10",
    );
    entry(
        &server,
        ann,
        "ann@example.com",
        "notes-changed",
        None,
        "2026-03-11",
    );

    // The page links to the download with its filters.
    let page = admin.get("/admin/audit?licence=SEN-AUD-1&from=2026-03-01&to=2026-03-31");
    assert_eq!(page.status, 200);
    let link = "/admin/audit.csv?licence=SEN-AUD-1&amp;from=2026-03-01&amp;to=2026-03-31";
    assert!(page.body.contains(link), "{}", page.body);
    assert!(page.text().contains("at most 100000") || page.text().contains("at most 100,000"));

    let csv = admin.get("/admin/audit.csv?licence=SEN-AUD-1&from=2026-03-01&to=2026-03-31");
    let rows = csv_rows(&csv, AUDIT_HEADER, "audit-log-");
    // March on the first licence, newest first: the April entry, the other licence's and the
    // one without a licence are not there.
    let times: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        times,
        [
            "2026-03-31T12:00:00Z",
            "2026-03-20T12:00:00Z",
            "2026-03-02T12:00:00Z"
        ]
    );
    let db_count = server.count(&format!(
        "SELECT count(*) FROM audit_log WHERE licence_id = {} AND at >= 1772323200 \
         AND at < 1775001600",
        first.0
    ));
    assert_eq!(rows.len() as i64, db_count);
    assert_eq!(
        rows[2],
        [
            "2026-03-02T12:00:00Z",
            "ann@example.com",
            "192.0.2.7",
            "notes-changed",
            "Notes changed",
            &first.0.to_string(),
            "SEN-AUD-1",
            "'=cmd|' /C calc'!A0",
            "",
            "{\"notes\":\"=HYPERLINK(\\\"http://evil.example\\\")\"}",
        ]
    );
    assert_eq!(rows[0][3], "auto-renew-on");
    // A formula-like cell is neutralised, not lost.
    assert_eq!(rows[1][1], "'+1@example.com");
    assert_eq!(rows[1][7], format!("'{DETAIL}"));
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell:?}");
        }
    }

    // One action, across licences; and the action's words in the viewer's language.
    server
        .db()
        .execute(
            "UPDATE accounts SET language = 'de' WHERE email = 'admin@example.com'",
            [],
        )
        .unwrap();
    let by_action = admin.get("/admin/audit.csv?action=auto-renew-on");
    let rows = csv_rows(&by_action, AUDIT_HEADER, "audit-log-");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0][4],
        licensedesk::i18n::audit::action(licensedesk::i18n::Language::De, "auto-renew-on")
    );
    assert_ne!(rows[0][4], "Auto-renew on");
    // No filter: every entry (the administrator's own sign-in included).
    let all = admin.get("/admin/audit.csv");
    let rows = csv_rows(&all, AUDIT_HEADER, "audit-log-");
    assert_eq!(
        rows.len() as i64,
        server.count("SELECT count(*) FROM audit_log")
    );
}

#[test]
fn a_bad_audit_filter_is_refused_like_the_page() {
    let (server, mut admin) = TestServer::with_admin();
    licence_with(&server, "SEN-AUD-1", |_| {});
    for (query, message) in [
        ("from=yesterday", "A date has the form"),
        ("licence=SEN-NOPE", "No licence has that SEN or number."),
        (
            "account=nobody%40example.com",
            "No account has that address.",
        ),
    ] {
        let page = admin.get(&format!("/admin/audit?{query}"));
        assert_eq!(page.status, 422, "{query}");
        assert!(
            !page.body.contains("/admin/audit.csv"),
            "no link to a refusal"
        );
        let csv = admin.get(&format!("/admin/audit.csv?{query}"));
        assert_eq!(csv.status, 400, "{query}");
        assert!(csv.text().contains(message), "{query}: {}", csv.text());
        assert!(csv.header("content-disposition").is_none());
    }
}

#[test]
fn only_administrators_download_the_audit_log() {
    let (server, _admin) = TestServer::with_admin();
    let licence = licence_with(&server, "SEN-AUD-1", |_| {});
    let carl = add_user(&server, "carl@example.com");
    add_contact(&server, licence, carl, "technical");
    add_user(&server, "nobody@example.com");
    for email in ["carl@example.com", "nobody@example.com"] {
        let answer = signed_in(&server, email).get("/admin/audit.csv?licence=SEN-AUD-1");
        assert_eq!(answer.status, 404, "{email}");
        assert!(!answer.body.contains("SEN-AUD-1"));
        assert!(answer.header("content-disposition").is_none());
    }
    let anonymous = server.client().get("/admin/audit.csv");
    assert_eq!(anonymous.status, 303);
    assert!(anonymous.location().starts_with("/signin"));
}

const ORDERS_HEADER: &str = "number,placed_at,kind,product,licence_name,sen,organisation,\
    description,po_number,amount,currency,placed_by,licence_id";

fn order(
    server: &TestServer,
    licence: LicenceId,
    kind: OrderKind,
    description: &str,
    by: AccountId,
    at: i64,
) -> String {
    orders::insert(
        &server.db(),
        &orders::NewOrder {
            kind,
            licence_id: licence,
            description,
            po_number: Some("PO-7"),
            amount: Some("1200.50"),
            currency: Some("EUR"),
            placed_by: Some(by),
        },
        at,
    )
    .unwrap()
}

/// The order numbers of a viewer's orders CSV.
fn order_numbers(server: &TestServer, email: &str) -> Vec<String> {
    numbers_in(&mut signed_in(server, email))
}

fn numbers_in(client: &mut Client) -> Vec<String> {
    let csv = client.get("/orders.csv");
    csv_rows(&csv, ORDERS_HEADER, "orders-")
        .into_iter()
        .map(|row| row[0].clone())
        .collect()
}

#[test]
fn the_orders_csv_has_the_orders_each_viewer_sees() {
    let (server, mut admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let bob = add_user(&server, "bob@example.com");
    let mia = add_user(&server, "mia@example.com");
    add_user(&server, "nobody@example.com");
    let anns = licence_with(&server, "SEN-ORD-1", |l| {
        l.organisation = "Alpha Ltd".into();
    });
    let bobs = licence_with(&server, "SEN-ORD-2", |l| {
        l.product = "Confluence".into();
        l.name = "Confluence (Server) 50 Users".into();
        l.organisation = "Beta GmbH, Köln".into();
    });
    add_contact(&server, anns, ann, "technical");
    add_contact(&server, bobs, bob, "technical");
    let beta = store::licences::by_id(&server.db(), bobs)
        .unwrap()
        .unwrap()
        .belongs_to
        .unwrap()
        .id;
    organisations::add_manager(&server.db(), beta, mia, "admin", 1).unwrap();
    let first = order(
        &server,
        anns,
        OrderKind::Renewal,
        "Renewal for 12 months",
        ann,
        1000,
    );
    let second = order(
        &server,
        bobs,
        OrderKind::Upgrade,
        "=SUM(1+1) upgrade",
        bob,
        2000,
    );
    let third = order(&server, anns, OrderKind::New, "Bought", ann, 3000);

    assert_eq!(
        order_numbers(&server, "ann@example.com"),
        [third.clone(), first.clone()]
    );
    assert_eq!(order_numbers(&server, "bob@example.com"), [second.as_str()]);
    assert_eq!(
        order_numbers(&server, "mia@example.com"),
        [second.as_str()],
        "a manager sees their organisation's orders"
    );
    assert!(order_numbers(&server, "nobody@example.com").is_empty());
    assert_eq!(numbers_in(&mut admin), [third, second.clone(), first]);

    let csv = admin.get("/orders.csv");
    let rows = csv_rows(&csv, ORDERS_HEADER, "orders-");
    let upgrade = rows.iter().find(|r| r[0] == second).unwrap();
    assert_eq!(
        upgrade,
        &[
            second.as_str(),
            "1970-01-01T00:33:20Z",
            "upgrade",
            "Confluence",
            "Confluence (Server) 50 Users",
            "SEN-ORD-2",
            "Beta GmbH, Köln",
            "'=SUM(1+1) upgrade",
            "PO-7",
            "1200.50",
            "EUR",
            "bob@example.com",
            &bobs.0.to_string(),
        ]
    );
    // The orders page links to it.
    let page = admin.get("/orders");
    assert!(page.body.contains("href=\"/orders.csv\""), "{}", page.body);
    // Anonymous visitors are sent to sign in.
    let anonymous = server.client().get("/orders.csv");
    assert_eq!(anonymous.status, 303);
}
