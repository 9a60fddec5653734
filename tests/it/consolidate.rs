//! Consolidation (SPEC §3.6, seed 002): licences bought under several e-mail accounts move into
//! one. A user's move is requested by the account that gives the licences up and applied only
//! when the receiving account accepts, each signed in as itself; an administrator moves at once.

use crate::support::people::{
    add_contact, add_licence, add_user, contacts, mails_to, primary, signed_in,
};
use crate::support::{Client, Resp, TestServer};
use licensedesk::domain::LicenceId;

const OLD: &str = "old@example.com";
const NEW: &str = "new@example.com";

struct Setup {
    server: TestServer,
    admin: Client,
    /// OLD is primary technical and billing.
    mine: LicenceId,
    /// OLD is a secondary technical contact; someone else is primary.
    shared: LicenceId,
    /// OLD is no contact at all.
    foreign: LicenceId,
}

fn setup() -> Setup {
    let (server, admin) = TestServer::with_admin();
    let old = add_user(&server, OLD);
    add_user(&server, NEW);
    let colleague = add_user(&server, "colleague@example.com");
    let mine = add_licence(&server, "SEN-100");
    let shared = add_licence(&server, "SEN-200");
    let foreign = add_licence(&server, "SEN-300");
    add_contact(&server, mine, old, "technical");
    add_contact(&server, mine, old, "billing");
    add_contact(&server, shared, colleague, "technical");
    add_contact(&server, shared, old, "technical");
    add_contact(&server, foreign, colleague, "technical");
    server
        .db()
        .execute(
            "INSERT INTO orders (number, placed_at, kind, licence_id) VALUES ('AT-2019-1', 5, 'new', ?1)",
            [mine.0],
        )
        .unwrap();
    Setup {
        server,
        admin,
        mine,
        shared,
        foreign,
    }
}

fn preview(client: &mut Client, to: &str, licences: &[LicenceId], source: &str) -> Resp {
    let mut query = format!(
        "/consolidate/preview?to={}&source={source}",
        to.replace('@', "%40")
    );
    for licence in licences {
        query.push_str(&format!("&licence={licence}"));
    }
    client.get(&query)
}

fn request(client: &mut Client, to: &str, licences: &[LicenceId]) -> Resp {
    let csrf = client.get("/consolidate").csrf();
    let ids: Vec<String> = licences.iter().map(|l| l.to_string()).collect();
    let mut form = vec![("csrf", csrf.as_str()), ("to", to), ("source", "remove")];
    for id in &ids {
        form.push(("licence", id));
    }
    client.post("/consolidate/requests", &form)
}

fn snapshot(s: &Setup) -> Vec<Vec<String>> {
    [s.mine, s.shared, s.foreign]
        .iter()
        .map(|l| contacts(&s.server, *l))
        .collect()
}

#[test]
fn a_user_requests_a_move_the_preview_says_what_changes_and_the_target_accepts() {
    let s = setup();
    let mut old = signed_in(&s.server, OLD);
    let start = old.get("/consolidate");
    assert_eq!(start.status, 200);
    let text = start.text();
    assert!(
        text.contains("SEN-100") && text.contains("SEN-200"),
        "{text}"
    );
    assert!(
        !text.contains("SEN-300"),
        "only the account's own licences: {text}"
    );
    // The licences the account is primary on are ticked.
    assert!(
        start
            .body
            .contains(&format!("value=\"{}\" checked", s.mine)),
        "{}",
        start.body
    );
    assert!(
        !start
            .body
            .contains(&format!("value=\"{}\" checked", s.shared))
    );

    let page = preview(&mut old, NEW, &[s.mine, s.shared], "remove");
    assert_eq!(page.status, 200);
    let text = page.text();
    for expected in [
        format!("Move licences from {OLD} to {NEW}"),
        format!("{NEW} becomes a technical contact."),
        format!("{NEW} becomes the primary technical contact in place of {OLD}."),
        format!("{OLD} is removed as a technical contact."),
        format!("{NEW} becomes the primary billing contact in place of {OLD}."),
        "Past orders that do not move (they stay with whoever was primary when they were placed): AT-2019-1".to_owned(),
        format!("{NEW} must accept it, signed in as {NEW}, within 7 days."),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in {text}");
    }
    let before = snapshot(&s);
    let sent = request(&mut old, NEW, &[s.mine, s.shared]);
    assert_eq!(sent.status, 303, "{}", sent.body);
    assert!(
        old.get("/consolidate")
            .text()
            .contains("The request was sent.")
    );
    assert_eq!(
        snapshot(&s),
        before,
        "nothing moves before the target accepts"
    );
    let mails = mails_to(&s.server, NEW, "consolidation");
    assert_eq!(mails.len(), 1);
    let id: i64 = s
        .server
        .count("SELECT id FROM consolidations WHERE state = 'pending'");
    assert!(
        mails[0]
            .body
            .contains(&format!("/consolidate/requests/{id}")),
        "{}",
        mails[0].body
    );

    // The receiving account, signed in as itself, sees the request and accepts it.
    let mut new = signed_in(&s.server, NEW);
    assert!(
        new.get("/consolidate")
            .text()
            .contains(&format!("{OLD} asks to move 2 licences"))
    );
    let page = new.get(&format!("/consolidate/requests/{id}"));
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Accept and move"));
    let accepted = new.post(
        &format!("/consolidate/requests/{id}/accept"),
        &[("csrf", &page.csrf())],
    );
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    assert_eq!(
        contacts(&s.server, s.mine),
        [format!("billing:{NEW}"), format!("technical:{NEW}")]
    );
    assert_eq!(
        primary(&s.server, s.mine, "technical").as_deref(),
        Some(NEW)
    );
    assert_eq!(primary(&s.server, s.mine, "billing").as_deref(), Some(NEW));
    assert_eq!(
        contacts(&s.server, s.shared),
        [
            "technical:colleague@example.com".to_owned(),
            format!("technical:{NEW}")
        ]
    );
    assert_eq!(
        primary(&s.server, s.shared, "technical").as_deref(),
        Some("colleague@example.com")
    );
    assert_eq!(
        s.server
            .count("SELECT count(*) FROM audit_log WHERE action = 'consolidated'"),
        2
    );
    assert_eq!(
        s.server
            .count("SELECT count(*) FROM consolidations WHERE state = 'applied'"),
        1
    );
    // The order stays where it was: nothing moved it.
    assert_eq!(
        s.server
            .count("SELECT count(*) FROM orders WHERE number = 'AT-2019-1'"),
        1
    );
    assert_eq!(mails_to(&s.server, OLD, "consolidation").len(), 1);
    assert_eq!(mails_to(&s.server, NEW, "consolidation").len(), 2);

    // Accepting again changes nothing.
    let after = snapshot(&s);
    let again = new.post(
        &format!("/consolidate/requests/{id}/accept"),
        &[("csrf", &page.csrf())],
    );
    assert_eq!(again.status, 409);
    assert!(again.text().contains("This request was accepted"));
    assert_eq!(snapshot(&s), after);
}

#[test]
fn nobody_can_pull_licences_from_an_account_they_do_not_control() {
    let s = setup();
    add_user(&s.server, "thief@example.com");
    let mut thief = signed_in(&s.server, "thief@example.com");
    let before = snapshot(&s);

    // The thief is never the giving account of OLD's licences.
    let page = preview(&mut thief, "thief@example.com", &[s.mine], "remove");
    assert_eq!(page.status, 422);
    assert!(
        page.text()
            .contains("Choose an account other than the one the licences come from.")
    );
    let page = preview(&mut thief, NEW, &[s.mine], "remove");
    assert_eq!(page.status, 422);
    assert!(
        page.text()
            .contains("One of the chosen licences is not one of this account's.")
    );
    let refused = request(&mut thief, NEW, &[s.mine]);
    assert_eq!(refused.status, 422);
    // A "from" field is ignored for users: a request always gives up the requester's licences.
    let csrf = thief.get("/consolidate").csrf();
    let mine = s.mine.to_string();
    let refused = thief.post(
        "/consolidate/requests",
        &[
            ("csrf", &csrf),
            ("from", OLD),
            ("to", "thief@example.com"),
            ("licence", &mine),
        ],
    );
    assert_eq!(refused.status, 422);
    // Applying at once is for administrators only.
    let refused = thief.post(
        "/consolidate/apply",
        &[
            ("csrf", &csrf),
            ("from", OLD),
            ("to", "thief@example.com"),
            ("licence", &mine),
        ],
    );
    assert_eq!(refused.status, 404);
    assert_eq!(s.server.count("SELECT count(*) FROM consolidations"), 0);

    // A real request from OLD to NEW: only NEW decides it, only OLD cancels it.
    let mut old = signed_in(&s.server, OLD);
    assert_eq!(request(&mut old, NEW, &[s.mine]).status, 303);
    let id: i64 = s.server.count("SELECT id FROM consolidations");
    assert_eq!(
        thief.get(&format!("/consolidate/requests/{id}")).status,
        404
    );
    for decision in ["accept", "decline", "cancel"] {
        let path = format!("/consolidate/requests/{id}/{decision}");
        assert_eq!(thief.post(&path, &[("csrf", &csrf)]).status, 404, "{path}");
    }
    let old_csrf = old.get("/consolidate").csrf();
    assert_eq!(
        old.post(
            &format!("/consolidate/requests/{id}/accept"),
            &[("csrf", &old_csrf)]
        )
        .status,
        404,
        "the giving account cannot accept for the receiving one"
    );
    let mut new = signed_in(&s.server, NEW);
    assert_eq!(
        new.post(&format!("/consolidate/requests/{id}/accept"), &[])
            .status,
        403,
        "not without the form's token"
    );
    assert_eq!(snapshot(&s), before);
    assert_eq!(
        s.server
            .count("SELECT count(*) FROM consolidations WHERE state = 'pending'"),
        1
    );
}

#[test]
fn a_request_can_be_declined_or_cancelled_and_nothing_moves() {
    let s = setup();
    let before = snapshot(&s);
    let mut old = signed_in(&s.server, OLD);
    let mut new = signed_in(&s.server, NEW);
    request(&mut old, NEW, &[s.mine]);
    let first: i64 = s.server.count("SELECT max(id) FROM consolidations");
    let csrf = new.get("/consolidate").csrf();
    let declined = new.post(
        &format!("/consolidate/requests/{first}/decline"),
        &[("csrf", &csrf)],
    );
    assert_eq!(declined.status, 303);
    assert!(
        new.get("/consolidate")
            .text()
            .contains("The request was declined. Nothing moved.")
    );
    request(&mut old, NEW, &[s.mine]);
    let second: i64 = s.server.count("SELECT max(id) FROM consolidations");
    let csrf = old.get("/consolidate").csrf();
    let cancelled = old.post(
        &format!("/consolidate/requests/{second}/cancel"),
        &[("csrf", &csrf)],
    );
    assert_eq!(cancelled.status, 303);
    // A cancelled request cannot be accepted afterwards.
    let csrf = new.get("/consolidate").csrf();
    let late = new.post(
        &format!("/consolidate/requests/{second}/accept"),
        &[("csrf", &csrf)],
    );
    assert_eq!(late.status, 409);
    assert!(
        late.text()
            .contains("This request was cancelled. Nothing moved.")
    );
    assert_eq!(snapshot(&s), before);
}

#[test]
fn an_expired_request_cannot_be_accepted() {
    let s = setup();
    let before = snapshot(&s);
    let mut old = signed_in(&s.server, OLD);
    request(&mut old, NEW, &[s.mine]);
    s.server
        .db()
        .execute("UPDATE consolidations SET expires_at = created_at - 1", [])
        .unwrap();
    let id: i64 = s.server.count("SELECT id FROM consolidations");
    let mut new = signed_in(&s.server, NEW);
    let page = new.get(&format!("/consolidate/requests/{id}"));
    assert!(page.text().contains("This request expired."));
    let csrf = new.get("/consolidate").csrf();
    assert_eq!(
        new.post(
            &format!("/consolidate/requests/{id}/accept"),
            &[("csrf", &csrf)]
        )
        .status,
        409
    );
    assert_eq!(snapshot(&s), before);
}

#[test]
fn an_administrator_moves_licences_between_any_accounts_at_once() {
    let mut s = setup();
    let page = s
        .admin
        .get(&format!("/consolidate?from={}", OLD.replace('@', "%40")));
    assert_eq!(page.status, 200);
    assert!(page.text().contains("SEN-100"));
    let unknown = s.admin.get("/consolidate?from=nobody%40example.com");
    assert_eq!(unknown.status, 422);
    assert!(
        unknown
            .text()
            .contains("There is no account with this address.")
    );

    let mine = s.mine.to_string();
    let preview = s.admin.get(&format!(
        "/consolidate/preview?from={}&to={}&licence={mine}&source=keep",
        OLD.replace('@', "%40"),
        NEW.replace('@', "%40")
    ));
    assert_eq!(preview.status, 200);
    let text = preview.text();
    assert!(
        text.contains(&format!("{OLD} stays a secondary technical contact.")),
        "{text}"
    );
    assert!(text.contains("Move the licences now"));
    let done = s.admin.post(
        "/consolidate/apply",
        &[
            ("csrf", &preview.csrf()),
            ("from", OLD),
            ("to", NEW),
            ("licence", &mine),
            ("source", "keep"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        primary(&s.server, s.mine, "technical").as_deref(),
        Some(NEW)
    );
    assert_eq!(
        contacts(&s.server, s.mine),
        [
            format!("billing:{NEW}"),
            format!("billing:{OLD}"),
            format!("technical:{NEW}"),
            format!("technical:{OLD}")
        ]
    );
    assert_eq!(
        s.server
            .count("SELECT count(*) FROM consolidations WHERE state = 'applied'"),
        1
    );
    let (before, after): (String, String) = s
        .server
        .db()
        .query_row(
            "SELECT before_json, after_json FROM audit_log WHERE action = 'consolidated'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        !before.contains(NEW) && after.contains(NEW),
        "{before} {after}"
    );
}
