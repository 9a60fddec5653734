//! The calendar feed: made on the account page (its address shown once), read by a calendar
//! program without a session, and read back here by another iCalendar parser than the one that
//! wrote it. Each licence the account sees gets its dates as all-day events with reminders at
//! the reminder thresholds; a replaced, ended, unknown or malformed address, and a disabled
//! account's, find nothing.

use std::collections::BTreeMap;

use licensedesk::auth::Token;
use licensedesk::domain::{AccountId, LicenceId};
use licensedesk::store::{self, organisations};

use crate::support::people::{add_contact, add_user, licence_with, signed_in};
use crate::support::{Client, TestServer};

/// A feed's address path, as the page that made it shows it.
fn feed_path(page: &str) -> String {
    let start = page
        .find("/calendar/")
        .expect("the page shows the feed's address");
    let rest = &page[start..];
    let end = rest.find(".ics").expect("the address ends in .ics") + ".ics".len();
    rest[..end].to_owned()
}

/// Makes (or replaces) the signed-in account's feed as its account page does; returns the
/// address path.
fn make_feed(client: &mut Client) -> String {
    let account = client.get("/account");
    assert_eq!(account.status, 200);
    let made = client.post("/account/calendar", &[("csrf", &account.csrf())]);
    assert_eq!(made.status, 200, "{}", made.text());
    feed_path(&made.text())
}

/// A text value as RFC 5545 escapes it, unescaped (the parser reading it back leaves that to
/// its caller).
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// One event as read back: its properties (name to value, unescaped) and its alarms' triggers.
#[derive(Debug)]
struct ReadEvent {
    properties: BTreeMap<String, String>,
    /// The DTSTART's parameters.
    start_params: Vec<(String, Vec<String>)>,
    triggers: Vec<String>,
    alarm_actions: Vec<String>,
    /// The alarms' DTSTAMPs (RFC 5545 allows none).
    alarm_stamps: Vec<String>,
}

/// The feed read back by the `ical` parser: the calendar's properties, and its events by UID.
fn parse(body: &str) -> (BTreeMap<String, String>, BTreeMap<String, ReadEvent>) {
    let mut reader = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let calendar = reader
        .next()
        .expect("one calendar")
        .unwrap_or_else(|e| panic!("{e}: {body}"));
    assert!(reader.next().is_none(), "exactly one VCALENDAR");
    let value = |p: &ical::property::Property| unescape(p.value.as_deref().unwrap_or(""));
    let properties = calendar
        .properties
        .iter()
        .map(|p| (p.name.clone(), value(p)))
        .collect();
    let mut events = BTreeMap::new();
    for event in &calendar.events {
        let properties: BTreeMap<String, String> = event
            .properties
            .iter()
            .map(|p| (p.name.clone(), value(p)))
            .collect();
        let start_params = event
            .properties
            .iter()
            .find(|p| p.name == "DTSTART")
            .and_then(|p| p.params.clone())
            .unwrap_or_default();
        let alarm_value = |name: &str| -> Vec<String> {
            event
                .alarms
                .iter()
                .filter_map(|a| a.properties.iter().find(|p| p.name == name).map(value))
                .collect()
        };
        let read = ReadEvent {
            start_params,
            triggers: alarm_value("TRIGGER"),
            alarm_actions: alarm_value("ACTION"),
            alarm_stamps: alarm_value("DTSTAMP"),
            properties,
        };
        let uid = read.properties["UID"].clone();
        assert!(events.insert(uid, read).is_none(), "UIDs are unique");
    }
    (properties, events)
}

fn uid(licence: LicenceId, marks: &str) -> String {
    format!("licence-{}-{marks}@127.0.0.1", licence.0)
}

const HARD_NAME: &str = "Confluence (Server) 500 Users; Größe, Prüfung: 技术联系人 \"試験\"\\";
const HARD_ORGANISATION: &str = "Müller & Söhne, GmbH; 東京支社";

#[test]
fn the_feed_has_each_visible_licence_with_its_dates_and_reminders() {
    let (server, _admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let bob = add_user(&server, "bob@example.com");
    let support_only = licence_with(&server, "SEN-CAL-1", |l| {
        l.name = HARD_NAME.into();
        l.organisation = HARD_ORGANISATION.into();
        l.support_expiry = Some(jiff::civil::date(2027, 3, 1));
        l.licence_expiry = None;
    });
    let subscription = licence_with(&server, "SEN-CAL-2", |l| {
        l.product = "Jira Software".into();
        l.name = "Jira Software (Data Center) 1000 Users".into();
        l.support_expiry = Some(jiff::civil::date(2027, 6, 30));
        l.licence_expiry = Some(jiff::civil::date(2027, 7, 1));
    });
    let evaluation = licence_with(&server, "SEN-L-CAL-3", |l| {
        l.name = "Bitbucket: Evaluation License".into();
        l.is_evaluation = true;
        l.licence_type = "Evaluation".into();
        l.support_expiry = Some(jiff::civil::date(2027, 1, 10));
        l.licence_expiry = Some(jiff::civil::date(2027, 1, 10));
    });
    let archived = licence_with(&server, "SEN-CAL-GONE", |l| l.archived = true);
    let bobs = licence_with(&server, "SEN-CAL-BOB", |_| {});
    for licence in [support_only, subscription, evaluation, archived] {
        add_contact(&server, licence, ann, "technical");
    }
    add_contact(&server, bobs, bob, "technical");

    let mut client = signed_in(&server, "ann@example.com");
    let account = client.get("/account").text();
    assert!(account.contains("Calendar feed"), "{account}");
    assert!(account.contains("You have no calendar feed."), "{account}");
    let csrf = client.get("/account").csrf();
    let made = client.post("/account/calendar", &[("csrf", &csrf)]);
    assert_eq!(made.status, 200);
    let text = made.text();
    assert!(text.contains("It is shown only now"), "{text}");
    assert!(
        text.contains("Thunderbird:") && text.contains("Outlook:"),
        "{text}"
    );
    let path = feed_path(&text);
    let secret = &path["/calendar/".len()..path.len() - ".ics".len()];
    assert_eq!(secret.len(), 43);
    assert!(
        text.contains(&format!("{}{path}", server.base)),
        "the whole address"
    );
    // The database keeps only the hash; the account page no longer shows the address.
    let db = server.db();
    let stored: Vec<u8> = db
        .query_row(
            "SELECT token_hash FROM calendar_feeds WHERE account_id = ?1",
            [ann.0],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(stored, Token::from_client(secret).unwrap().hash());
    assert_eq!(
        server.count(&format!(
            "SELECT count(*) FROM audit_log WHERE action = 'calendar-feed-created' \
             AND subject_account_id = {}",
            ann.0
        )),
        1
    );
    let again = client.get("/account").text();
    assert!(!again.contains(secret), "shown once");
    assert!(again.contains("Your calendar feed was made on"), "{again}");

    // A calendar program has no session.
    let feed = server.client().get(&path);
    assert_eq!(feed.status, 200, "{}", feed.body);
    assert_eq!(
        feed.header("content-type"),
        Some("text/calendar; charset=utf-8")
    );
    // Lines end in CRLF and are folded to at most 75 octets.
    assert!(feed.body.ends_with("END:VCALENDAR\r\n"));
    for line in feed.body.split("\r\n") {
        assert!(line.len() <= 75, "unfolded line {line:?}");
    }
    let (calendar, events) = parse(&feed.body);
    assert_eq!(calendar["PRODID"], "-//licensedesk//licensedesk//EN");
    assert_eq!(calendar["VERSION"], "2.0");
    assert_eq!(
        calendar["X-WR-CALNAME"],
        "licensedesk (127.0.0.1): licences of ann@example.com"
    );
    let expected: Vec<String> = vec![
        uid(support_only, "support"),
        uid(subscription, "support"),
        uid(subscription, "licence"),
        uid(evaluation, "evaluation"),
    ];
    let mut found: Vec<String> = events.keys().cloned().collect();
    let mut wanted = expected.clone();
    found.sort();
    wanted.sort();
    assert_eq!(
        found, wanted,
        "the archived and Bob's licences are not there"
    );

    let support = &events[&uid(support_only, "support")];
    assert_eq!(support.properties["DTSTART"], "20270301");
    assert_eq!(
        support.start_params,
        vec![("VALUE".to_owned(), vec!["DATE".to_owned()])]
    );
    assert_eq!(support.properties["DTEND"], "20270302", "one whole day");
    assert!(support.properties["DTSTAMP"].ends_with('Z'));
    assert_eq!(
        support.properties["SUMMARY"],
        format!("Support ends: Jira: {HARD_NAME} (SEN-CAL-1)"),
        "commas, semicolons, quotes, backslashes and CJK survive"
    );
    let licence_url = format!("{}/licences/{}", server.base, support_only.0);
    assert_eq!(support.properties["URL"], licence_url);
    assert_eq!(
        support.properties["DESCRIPTION"],
        format!("Organisation: {HARD_ORGANISATION}\nLicence page: {licence_url}")
    );
    assert_eq!(support.triggers, ["-P90D", "-P60D", "-P30D", "-P15D"]);
    assert_eq!(support.alarm_actions, ["DISPLAY"; 4]);
    assert!(support.alarm_stamps.is_empty());

    let renewal = &events[&uid(subscription, "licence")];
    assert_eq!(renewal.properties["DTSTART"], "20270701");
    assert_eq!(
        renewal.properties["SUMMARY"],
        "Licence expires: Jira Software: Jira Software (Data Center) 1000 Users (SEN-CAL-2)"
    );
    assert_eq!(
        events[&uid(subscription, "support")].properties["DTSTART"],
        "20270630"
    );
    let ends = &events[&uid(evaluation, "evaluation")];
    assert_eq!(ends.properties["DTSTART"], "20270110");
    assert!(ends.properties["SUMMARY"].starts_with("Evaluation ends: Jira: Bitbucket"));
    assert_eq!(ends.triggers, ["-P7D", "-P1D"]);

    // The UIDs stay the same from one fetch to the next, so calendars update the events; and
    // a calendar that sends the ETag back hears that nothing changed.
    let later = server.client().get(&path);
    assert_eq!(later.body, feed.body);
    let etag = feed.header("etag").expect("an ETag").to_owned();
    let unchanged = server
        .client()
        .get_with(&path, &[("If-None-Match", etag.as_str())]);
    assert_eq!(unchanged.status, 304);
    assert!(unchanged.body.is_empty());
    // A change to a licence changes the feed.
    server
        .db()
        .execute(
            "UPDATE licences SET support_expiry = '2027-04-01', updated_at = updated_at + 1 \
             WHERE id = ?1",
            [support_only.0],
        )
        .unwrap();
    let changed = server
        .client()
        .get_with(&path, &[("If-None-Match", etag.as_str())]);
    assert_eq!(changed.status, 200);
    let (_, events) = parse(&changed.body);
    assert_eq!(
        events[&uid(support_only, "support")].properties["DTSTART"],
        "20270401"
    );
}

#[test]
fn a_manager_sees_the_organisations_licences_in_their_language() {
    let (server, _admin) = TestServer::with_admin();
    let manager = add_user(&server, "mia@example.com");
    let licence = licence_with(&server, "SEN-ORG-1", |l| {
        l.organisation = "Beta GmbH".into();
        l.support_expiry = Some(jiff::civil::date(2027, 9, 15));
    });
    let other = licence_with(&server, "SEN-ORG-OTHER", |l| {
        l.organisation = "Gamma AG".into();
    });
    let organisation = |id: LicenceId| {
        store::licences::by_id(&server.db(), id)
            .unwrap()
            .unwrap()
            .belongs_to
            .unwrap()
            .id
    };
    organisations::add_manager(&server.db(), organisation(licence), manager, "admin", 1).unwrap();
    assert_ne!(organisation(licence), organisation(other));
    server
        .db()
        .execute(
            "UPDATE accounts SET language = 'de' WHERE id = ?1",
            [manager.0],
        )
        .unwrap();
    let mut client = signed_in(&server, "mia@example.com");
    let path = make_feed(&mut client);
    let feed = server.client().get(&path);
    assert_eq!(feed.status, 200);
    let (calendar, events) = parse(&feed.body);
    assert_eq!(
        calendar["X-WR-CALNAME"],
        "licensedesk (127.0.0.1): Lizenzen von mia@example.com"
    );
    assert_eq!(events.len(), 1, "{:?}", events.keys());
    let event = &events[&uid(licence, "support")];
    assert_eq!(
        event.properties["SUMMARY"],
        "Support endet: Jira: JIRA (Server) 10 Users: Commercial License (SEN-ORG-1)"
    );
    assert!(
        event.properties["DESCRIPTION"].starts_with("Organisation: Beta GmbH\nLizenzseite: "),
        "{:?}",
        event.properties["DESCRIPTION"]
    );
    assert_eq!(event.triggers, ["-P90D", "-P60D", "-P30D", "-P15D"]);
}

/// The answer to an address that opens no feed, its own path (which the page's language links
/// repeat) left out: the same for every such address.
fn assert_not_found(server: &TestServer, path: &str) -> String {
    let answer = server.client().get(path);
    assert_eq!(answer.status, 404, "{path}");
    assert!(!answer.body.contains("BEGIN:VCALENDAR"));
    answer.body.replace(path, "PATH")
}

#[test]
fn a_replaced_revoked_unknown_or_malformed_address_finds_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let licence = licence_with(&server, "SEN-REV-1", |_| {});
    add_contact(&server, licence, ann, "technical");
    let mut client = signed_in(&server, "ann@example.com");
    let first = make_feed(&mut client);
    assert_eq!(server.client().get(&first).status, 200);
    // A new address: the old one stops working.
    let second = make_feed(&mut client);
    assert_ne!(first, second);
    assert_eq!(server.client().get(&second).status, 200);
    let unknown = assert_not_found(&server, &first);
    assert_eq!(
        server.count("SELECT count(*) FROM calendar_feeds"),
        1,
        "one feed per account"
    );
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'calendar-feed-regenerated'"),
        1
    );
    // Unknown and malformed secrets get the very same answer.
    let never = format!("/calendar/{}.ics", Token::generate().as_str());
    assert_eq!(assert_not_found(&server, &never), unknown);
    let too_long = format!("/calendar/{}A.ics", Token::generate().as_str());
    let wrong_characters = format!("/calendar/{}.ics", "!".repeat(43));
    for malformed in [
        "/calendar/short.ics",
        too_long.as_str(),
        wrong_characters.as_str(),
        "/calendar/.ics",
    ] {
        assert_eq!(assert_not_found(&server, malformed), unknown, "{malformed}");
    }
    assert_eq!(server.client().get(&second.replace(".ics", "")).status, 404);

    // Ending the feed asks first, then the address finds nothing.
    let confirm = client.get("/account/calendar/revoke");
    assert_eq!(confirm.status, 200);
    assert!(confirm.text().contains("End the calendar feed?"));
    assert_eq!(
        server.client().get(&second).status,
        200,
        "asking ends nothing"
    );
    let ended = client.post("/account/calendar/revoke", &[("csrf", &confirm.csrf())]);
    assert_eq!(ended.status, 303);
    assert_eq!(ended.location(), "/account");
    assert!(
        client
            .get("/account")
            .text()
            .contains("Your calendar feed has ended.")
    );
    assert_eq!(assert_not_found(&server, &second), unknown);
    assert_eq!(server.count("SELECT count(*) FROM calendar_feeds"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action = 'calendar-feed-revoked'"),
        1
    );
    // Without a feed there is nothing to confirm or end.
    let nothing = client.get("/account/calendar/revoke");
    assert_eq!(nothing.status, 303);
    let audit_before = server.count("SELECT count(*) FROM audit_log");
    let again = client.post("/account/calendar/revoke", &[("csrf", &confirm.csrf())]);
    assert_eq!(again.status, 303);
    assert_eq!(server.count("SELECT count(*) FROM audit_log"), audit_before);
}

#[test]
fn a_disabled_accounts_feed_finds_nothing() {
    let (server, _admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let licence = licence_with(&server, "SEN-DIS-1", |_| {});
    add_contact(&server, licence, ann, "technical");
    let path = make_feed(&mut signed_in(&server, "ann@example.com"));
    assert_eq!(server.client().get(&path).status, 200);
    set_state(&server, ann, "disabled");
    assert_not_found(&server, &path);
    // Enabled again, the same address works again: disabling ends no feed by itself.
    set_state(&server, ann, "active");
    assert_eq!(server.client().get(&path).status, 200);
}

fn set_state(server: &TestServer, account: AccountId, state: &str) {
    server
        .db()
        .execute(
            "UPDATE accounts SET state = ?1 WHERE id = ?2",
            rusqlite::params![state, account.0],
        )
        .unwrap();
}

#[test]
fn making_a_feed_without_the_forms_token_changes_nothing() {
    let (server, _admin) = TestServer::with_admin();
    add_user(&server, "ann@example.com");
    let mut client = signed_in(&server, "ann@example.com");
    let refused = client.post("/account/calendar", &[("csrf", "wrong")]);
    assert_eq!(refused.status, 403);
    assert_eq!(server.count("SELECT count(*) FROM calendar_feeds"), 0);
    assert_eq!(
        server.count("SELECT count(*) FROM audit_log WHERE action LIKE 'calendar-%'"),
        0
    );
    // Anonymous visitors are sent to sign in.
    let anonymous = server.client().post("/account/calendar", &[]);
    assert_ne!(anonymous.status, 200);
    assert_eq!(server.count("SELECT count(*) FROM calendar_feeds"), 0);
}
