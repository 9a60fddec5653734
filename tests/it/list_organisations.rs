//! The licence list by organisation: the organisation column, the organisation and state
//! filters (the partner dashboard links to them), grouping by organisation, what a contact sees
//! whatever a link names, refused parameters, and kept pages that never mix two filters. The
//! inventory is seeded with dates relative to today, in two organisations and none.

use std::collections::BTreeSet;

use jiff::civil::Date;
use licensedesk::domain::{
    AccountId, AccountState, Email, LicenceFields, LicenceId, LicenceKind, OrganisationId, Password,
};
use licensedesk::store::{accounts, licences, organisations};

use crate::support::people::{PASSWORD, signed_in};
use crate::support::{Client, TestServer};

const DAY: i64 = 86_400;

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn in_days(days: i64) -> Date {
    jiff::Zoned::now()
        .date()
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
}

/// An account created `days_ago` days ago that has never signed in.
fn account(server: &TestServer, email: &str, days_ago: i64, state: AccountState) -> AccountId {
    let hash = licensedesk::auth::PasswordHasher::new(4, 1)
        .hash(&Password::new(PASSWORD).unwrap())
        .unwrap();
    accounts::insert(
        &server.db(),
        &accounts::NewAccount {
            email: &Email::parse(email).unwrap(),
            display_name: "",
            password_hash: Some(&hash),
            is_admin: false,
            state,
        },
        now() - days_ago * DAY,
    )
    .unwrap()
}

/// A licence of the organisation its key names (`""` for none), support ending in
/// `support_days` days.
fn licence(
    server: &TestServer,
    sen: &str,
    organisation: &str,
    support_days: i64,
    adjust: impl FnOnce(&mut LicenceFields),
) -> LicenceId {
    let mut fields = LicenceFields {
        product: "Jira".into(),
        name: format!("Jira licence {sen}"),
        organisation: organisation.into(),
        support_expiry: Some(in_days(support_days)),
        ..LicenceFields::sample(sen)
    };
    adjust(&mut fields);
    licences::insert(&server.db(), &fields, now()).unwrap()
}

fn contact(server: &TestServer, licence: LicenceId, account: AccountId, role: &str) {
    licences::add_contact(&server.db(), licence, account, role, now()).unwrap();
}

fn organisation(server: &TestServer, name: &str) -> OrganisationId {
    organisations::named(&server.db(), name).unwrap().unwrap()
}

/// The seeded inventory, and who is who in it.
struct Inventory {
    server: TestServer,
    admin: Client,
    alpha: OrganisationId,
    beta: OrganisationId,
}

/// Seven licences: in Alpha GmbH (1, 2, and 6 archived), in Beta Ltd (3, and the evaluation 4)
/// and in none (the test licence 5, and 7 whose licence itself has ended). Ann is a contact of
/// 1, 2 and 7; Carl (disabled) of 5; Dave (not signed in for 200 days) is 7's primary
/// technical contact.
fn seeded() -> Inventory {
    let (server, admin) = TestServer::with_admin();
    let ann = account(&server, "ann@example.com", 0, AccountState::Active);
    let bob = account(&server, "bob@example.com", 0, AccountState::Active);
    let carl = account(&server, "carl@example.com", 0, AccountState::Disabled);
    let dave = account(&server, "dave@example.com", 200, AccountState::Active);

    let one = licence(&server, "SEN-5000001", "Alpha GmbH", 200, |_| {});
    contact(&server, one, ann, "technical");
    contact(&server, one, bob, "billing");
    let two = licence(&server, "SEN-5000002", "ALPHA GMBH.", 30, |_| {});
    contact(&server, two, ann, "technical");
    licence(&server, "SEN-5000003", "Beta Ltd", -10, |_| {});
    licence(&server, "SEN-5000004", "Beta Ltd", 20, |l| {
        l.is_evaluation = true;
        l.kind = LicenceKind::Evaluation;
        l.licence_expiry = Some(in_days(20));
    });
    let five = licence(&server, "SEN-5000005", "", 100, |l| {
        l.kind = LicenceKind::Test
    });
    contact(&server, five, carl, "technical");
    contact(&server, five, carl, "billing");
    licence(&server, "SEN-5000006", "Alpha GmbH", 30, |l| {
        l.archived = true
    });
    let seven = licence(&server, "SEN-5000007", "", -5, |l| {
        l.kind = LicenceKind::DataCenter;
        l.licence_expiry = Some(in_days(-5));
    });
    contact(&server, seven, dave, "technical");
    contact(&server, seven, ann, "billing");

    let alpha = organisation(&server, "Alpha GmbH");
    let beta = organisation(&server, "Beta Ltd");
    Inventory {
        server,
        admin,
        alpha,
        beta,
    }
}

/// The seeded SENs a page lists.
fn sens(body: &str) -> BTreeSet<String> {
    body.match_indices("SEN-500000")
        .filter_map(|(at, _)| body.get(at..at + 11))
        .filter(|sen| sen.as_bytes()[10].is_ascii_digit())
        .map(str::to_owned)
        .collect()
}

fn set(expected: &[&str]) -> BTreeSet<String> {
    expected.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn the_list_shows_each_licences_organisation_and_filters_by_it() {
    let Inventory {
        server,
        mut admin,
        alpha,
        beta,
        ..
    } = seeded();
    // Two spellings of Alpha met in one organisation.
    assert_eq!(server.count("SELECT count(*) FROM organisations"), 2);

    let page = admin.get("/licences");
    assert_eq!(page.status, 200);
    assert_eq!(
        sens(&page.body),
        set(&[
            "SEN-5000001",
            "SEN-5000002",
            "SEN-5000003",
            "SEN-5000005",
            "SEN-5000007"
        ])
    );
    assert!(
        page.body.contains(&format!(
            "<a href=\"/organisations/{alpha}\">Alpha GmbH</a>"
        )),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains(&format!("<a href=\"/organisations/{beta}\">Beta Ltd</a>"))
    );
    // A licence of no organisation shows a dash in the column.
    assert!(
        page.body
            .contains("<span class=\"label\">Organisation: </span>—</td>")
    );
    // The select offers both organisations and "No organisation".
    assert!(
        page.body
            .contains(&format!("<option value=\"{alpha}\">Alpha GmbH</option>"))
    );
    assert!(
        page.body
            .contains("<option value=\"none\">No organisation</option>")
    );

    let of_alpha = admin.get(&format!("/licences?organisation={alpha}"));
    assert_eq!(of_alpha.status, 200);
    assert_eq!(sens(&of_alpha.body), set(&["SEN-5000001", "SEN-5000002"]));
    let text = of_alpha.text();
    assert!(text.contains("Organisation: Alpha GmbH ✕"), "{text}");
    assert!(text.contains("Showing 1–2 of 2"), "{text}");
    assert!(of_alpha.body.contains(&format!(
        "<option value=\"{alpha}\" selected>Alpha GmbH</option>"
    )));
    // The ✕ leads back to every organisation.
    assert!(
        of_alpha
            .body
            .contains("class=\"remove\" href=\"/licences\"")
    );

    let of_none = admin.get("/licences?organisation=none");
    assert_eq!(sens(&of_none.body), set(&["SEN-5000005", "SEN-5000007"]));
    assert!(of_none.text().contains("Organisation: No organisation ✕"));
    // The filter combines with the section, the search and the sort, and the search form keeps it.
    let archived = admin.get(&format!("/licences?section=archived&organisation={alpha}"));
    assert_eq!(sens(&archived.body), set(&["SEN-5000006"]));
    let searched = admin.get(&format!(
        "/licences?organisation={beta}&section=evaluations&q=jira&sort=latest"
    ));
    assert_eq!(sens(&searched.body), set(&["SEN-5000004"]));
    assert_eq!(
        searched.field_value("q").as_deref(),
        Some("jira"),
        "{}",
        searched.body
    );
    assert!(
        searched
            .body
            .contains("name=\"section\" value=\"evaluations\"")
    );
}

#[test]
fn a_contact_sees_only_their_licences_whatever_organisation_a_link_names() {
    let Inventory {
        server,
        alpha,
        beta,
        ..
    } = seeded();
    let mut ann = signed_in(&server, "ann@example.com");
    let all = ann.get("/licences");
    assert_eq!(
        sens(&all.body),
        set(&["SEN-5000001", "SEN-5000002", "SEN-5000007"])
    );
    // Ann's organisations are offered; Beta, where she is nobody, is not named anywhere.
    assert!(all.body.contains("Alpha GmbH"));
    assert!(!all.body.contains("Beta Ltd"), "{}", all.body);

    let of_beta = ann.get(&format!("/licences?organisation={beta}"));
    assert_eq!(of_beta.status, 200);
    assert!(sens(&of_beta.body).is_empty(), "{}", of_beta.body);
    assert!(!of_beta.body.contains("Beta Ltd"));
    assert!(of_beta.text().contains("No licences match these filters."));
    let of_beta_evaluations = ann.get(&format!("/licences?organisation={beta}&state=evaluation"));
    assert!(sens(&of_beta_evaluations.body).is_empty());

    let of_alpha = ann.get(&format!("/licences?organisation={alpha}"));
    assert_eq!(sens(&of_alpha.body), set(&["SEN-5000001", "SEN-5000002"]));
    // A state the dashboard counts: only hers among the licences without a billing contact.
    let no_billing = ann.get("/licences?state=no-billing");
    assert_eq!(sens(&no_billing.body), set(&["SEN-5000002"]));

    // A manager of Beta reaches Beta's licences, in the filter as in the select.
    organisations::add_manager(&server.db(), beta, ann_id(&server), "admin", now()).unwrap();
    let managed = ann.get(&format!("/licences?organisation={beta}"));
    assert_eq!(sens(&managed.body), set(&["SEN-5000003"]));
    assert!(managed.text().contains("Organisation: Beta Ltd ✕"));

    // The organisations the filter offers are kept between her views until the data changes:
    // Beta is offered from now on, and so is the organisation of a licence she is made a
    // contact of, on her next view.
    let offered = |body: &str, id: OrganisationId, name: &str| {
        body.contains(&format!("<option value=\"{id}\">{name}</option>"))
    };
    let plain = ann.get("/licences");
    assert!(offered(&plain.body, beta, "Beta Ltd"), "{}", plain.body);
    assert!(offered(&plain.body, alpha, "Alpha GmbH"), "{}", plain.body);
    let gamma_licence = licence(&server, "SEN-5000008", "Gamma AG", 90, |_| {});
    let gamma = organisation(&server, "Gamma AG");
    assert!(!offered(
        &ann.get("/licences?q=jira").body,
        gamma,
        "Gamma AG"
    ));
    contact(&server, gamma_licence, ann_id(&server), "technical");
    let after = ann.get("/licences?q=jira");
    assert!(offered(&after.body, gamma, "Gamma AG"), "{}", after.body);
    // Her managing Beta ends: Beta is no longer offered (nor its licences listed).
    server
        .db()
        .execute(
            "DELETE FROM organisation_access WHERE account_id = ?1",
            [ann_id(&server).0],
        )
        .unwrap();
    let ended = ann.get("/licences?q=jira");
    assert!(!ended.body.contains("Beta Ltd"), "{}", ended.body);
    assert!(offered(&ended.body, gamma, "Gamma AG"));
}

fn ann_id(server: &TestServer) -> AccountId {
    accounts::by_email(&server.db(), &Email::parse("ann@example.com").unwrap())
        .unwrap()
        .unwrap()
        .id
}

#[test]
fn each_state_lists_exactly_the_licences_its_condition_selects() {
    // The server is kept bound: dropping it stops it.
    let Inventory {
        server: _server,
        mut admin,
        alpha,
        ..
    } = seeded();
    let expected: [(&str, &[&str]); 8] = [
        ("active", &["SEN-5000001", "SEN-5000002", "SEN-5000003"]),
        ("expiring", &["SEN-5000002"]),
        ("support-expired", &["SEN-5000003", "SEN-5000007"]),
        ("evaluation", &["SEN-5000004"]),
        ("test", &["SEN-5000005"]),
        // One contact, or none at all (SEN-5000003 and SEN-5000004).
        (
            "single-contact",
            &["SEN-5000002", "SEN-5000003", "SEN-5000004", "SEN-5000005"],
        ),
        ("primary-inactive", &["SEN-5000005", "SEN-5000007"]),
        ("no-billing", &["SEN-5000002", "SEN-5000003", "SEN-5000004"]),
    ];
    for (state, sens_expected) in expected {
        let page = admin.get(&format!("/licences?state={state}"));
        assert_eq!(page.status, 200, "{state}: {}", page.body);
        assert_eq!(sens(&page.body), set(sens_expected), "{state}");
        let n = sens_expected.len();
        let text = page.text();
        assert!(
            text.contains(&format!("Showing 1–{n} of {n}")),
            "{state}: {text}"
        );
        assert!(text.contains("Showing: "), "{state}: {text}");
        // The state is kept by the search form, and its ✕ leads back to the whole list.
        assert_eq!(page.field_value("state").as_deref(), Some(state));
        assert!(page.body.contains("class=\"remove\" href=\"/licences\""));
    }
    // Combined with an organisation and a search.
    let page = admin.get(&format!("/licences?organisation={alpha}&state=active"));
    assert_eq!(sens(&page.body), set(&["SEN-5000001", "SEN-5000002"]));
    let text = page.text();
    assert!(text.contains("Organisation: Alpha GmbH ✕"), "{text}");
    assert!(text.contains("Showing: Active licences ✕"), "{text}");
    // Each ✕ lifts its own filter and keeps the other.
    assert!(
        page.body
            .contains("class=\"remove\" href=\"/licences?state=active\"")
    );
    assert!(page.body.contains(&format!(
        "class=\"remove\" href=\"/licences?organisation={alpha}\""
    )));
    let searched = admin.get("/licences?state=support-expired&q=SEN-5000007");
    assert_eq!(sens(&searched.body), set(&["SEN-5000007"]));
}

#[test]
fn grouped_by_organisation_the_page_has_a_heading_per_organisation_in_order() {
    let Inventory {
        server: _server,
        mut admin,
        ..
    } = seeded();
    let page = admin.get("/licences?group=organisation");
    assert_eq!(page.status, 200);
    let text = page.text();
    let alpha = text
        .find("Alpha GmbH 2 licences on this page")
        .expect(&text);
    let beta = text.find("Beta Ltd 1 licence on this page").expect(&text);
    let none = text
        .find("No organisation 2 licences on this page")
        .expect(&text);
    assert!(alpha < beta && beta < none, "{text}");
    // Each licence under its organisation's heading.
    let at = |sen: &str| text.find(sen).unwrap();
    assert!(alpha < at("SEN-5000001") && at("SEN-5000002") < beta);
    assert!(beta < at("SEN-5000003") && at("SEN-5000003") < none);
    assert!(none < at("SEN-5000005") && none < at("SEN-5000007"));
    assert!(text.contains("Ungroup"));
    assert!(page.body.contains("name=\"group\" value=\"organisation\""));
    let ungrouped = admin.get("/licences");
    assert!(ungrouped.text().contains("Group by organisation"));
    assert!(!ungrouped.body.contains("group-head"));
    assert!(
        ungrouped
            .body
            .contains("href=\"/licences?group=organisation\"")
    );
}

#[test]
fn grouped_pages_follow_each_other_without_a_gap_or_a_repeat() {
    let (server, mut admin) = TestServer::with_admin();
    for n in 0..35 {
        licence(&server, &format!("SEN-51{n:05}"), "Zeta AG", n, |_| {});
        licence(&server, &format!("SEN-52{n:05}"), "Eta SA", 40 - n, |_| {});
    }
    let listed = |body: &str| -> Vec<String> {
        let cell = "<span class=\"label\">SEN: </span>SEN-5";
        body.match_indices(cell)
            .map(|(at, _)| body[at + cell.len() - 5..at + cell.len() + 6].to_owned())
            .collect()
    };
    let first = admin.get("/licences?group=organisation");
    let second = admin.get("/licences?group=organisation&page=2");
    let (first, second) = (listed(&first.body), listed(&second.body));
    assert_eq!((first.len(), second.len()), (50, 20));
    // Eta before Zeta; within each, soonest support expiry first.
    assert!(first[..35].iter().all(|sen| sen.starts_with("SEN-52")));
    assert_eq!(first[0], "SEN-5200034");
    assert_eq!(first[35], "SEN-5100000");
    assert!(second.iter().all(|sen| sen.starts_with("SEN-51")));
    let all: BTreeSet<&String> = first.iter().chain(&second).collect();
    assert_eq!(all.len(), 70);
    let text = admin.get("/licences?group=organisation&page=2").text();
    assert!(text.contains("Zeta AG 20 licences on this page"), "{text}");
    assert!(text.contains("Showing 51–70 of 70"), "{text}");
}

#[test]
fn malformed_filters_are_refused_and_an_unknown_organisation_lists_nothing() {
    let Inventory {
        server, mut admin, ..
    } = seeded();
    let before = server.count("SELECT count(*) FROM licences");
    for (query, message) in [
        ("organisation=abc", "filtered by an organisation's number"),
        ("organisation=-1", "filtered by an organisation's number"),
        ("organisation=0", "filtered by an organisation's number"),
        ("organisation=1.5", "filtered by an organisation's number"),
        (
            "organisation=99999999999999999999",
            "filtered by an organisation's number",
        ),
        ("state=expired", "filtered by these states"),
        ("state=ACTIVE", "filtered by these states"),
        ("group=product", "only be grouped by organisation"),
    ] {
        let page = admin.get(&format!("/licences?{query}"));
        assert_eq!(page.status, 400, "{query}");
        assert!(page.text().contains(message), "{query}: {}", page.text());
        assert!(sens(&page.body).is_empty(), "{query}");
    }
    assert_eq!(server.count("SELECT count(*) FROM licences"), before);

    let unknown = admin.get("/licences?organisation=987654");
    assert_eq!(unknown.status, 200);
    assert!(sens(&unknown.body).is_empty(), "{}", unknown.body);
    let text = unknown.text();
    assert!(text.contains("No licences match these filters."), "{text}");
    assert!(
        text.contains("Organisation: Organisation no. 987654 ✕"),
        "{text}"
    );
    // Empty values are no filter at all (the select's "All organisations").
    let blank = admin.get("/licences?organisation=&state=&group=");
    assert_eq!(blank.status, 200);
    assert_eq!(sens(&blank.body).len(), 5);
}

#[test]
fn kept_pages_never_answer_for_another_filter_or_an_ended_grant() {
    let Inventory {
        server,
        mut admin,
        alpha,
        beta,
    } = seeded();
    let urls = [
        format!("/licences?organisation={alpha}"),
        format!("/licences?organisation={beta}&section=evaluations"),
        "/licences?organisation=none".to_owned(),
        "/licences?state=expiring".to_owned(),
        "/licences?state=support-expired".to_owned(),
        format!("/licences?organisation={alpha}&state=expiring"),
        "/licences?group=organisation".to_owned(),
        "/licences".to_owned(),
    ];
    let first: Vec<_> = urls.iter().map(|url| admin.get(url)).collect();
    for (url, page) in urls.iter().zip(&first) {
        // The second view comes from the cache, and is the same page.
        let again = admin.get(url);
        assert_eq!(again.body, page.body, "{url}");
    }
    assert_eq!(sens(&first[0].body), set(&["SEN-5000001", "SEN-5000002"]));
    assert_eq!(sens(&first[1].body), set(&["SEN-5000004"]));
    assert_eq!(sens(&first[2].body), set(&["SEN-5000005", "SEN-5000007"]));
    assert_eq!(sens(&first[3].body), set(&["SEN-5000002"]));
    assert_eq!(sens(&first[4].body), set(&["SEN-5000003", "SEN-5000007"]));
    assert_eq!(sens(&first[5].body), set(&["SEN-5000002"]));
    assert!(first[6].body.contains("group-head"));
    assert!(!first[7].body.contains("group-head"));
    let pages = server.started().app.pages.usage().0;
    assert!(pages >= urls.len(), "{pages} pages kept");

    // A consultant's grant that ends (moved into the past, as a revocation does) takes the
    // organisation's licences off their next view, kept page or not.
    let erin = account(&server, "erin@example.com", 0, AccountState::Active);
    organisations::grant(
        &server.db(),
        beta,
        erin,
        false,
        "admin",
        now(),
        now() + 30 * DAY,
    )
    .unwrap();
    let mut erin_client = signed_in(&server, "erin@example.com");
    let url = format!("/licences?organisation={beta}");
    let granted = erin_client.get(&url);
    assert_eq!(sens(&granted.body), set(&["SEN-5000003"]));
    assert_eq!(erin_client.get(&url).body, granted.body);
    server
        .db()
        .execute(
            "UPDATE organisation_access SET ends_at = unixepoch() - 1 WHERE account_id = ?1",
            [erin.0],
        )
        .unwrap();
    let ended = erin_client.get(&url);
    assert_eq!(ended.status, 200);
    assert!(sens(&ended.body).is_empty(), "{}", ended.body);
    assert!(!ended.body.contains("Beta Ltd"));
}

#[test]
fn the_select_offers_the_first_organisations_and_keeps_one_chosen_past_them() {
    let (server, mut admin) = TestServer::with_admin();
    let mut conn = server.db();
    let tx = conn.transaction().unwrap();
    for n in 0..305 {
        let fields = LicenceFields {
            organisation: format!("Customer {n:03}"),
            support_expiry: Some(in_days(100)),
            ..LicenceFields::sample(&format!("SEN-53{n:05}"))
        };
        licences::insert(&tx, &fields, now()).unwrap();
    }
    tx.commit().unwrap();
    let page = admin.get("/licences");
    assert_eq!(page.status, 200);
    let select = &page.body[page.body.find("id=\"field-organisation\"").unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    // Every organisation, the first 300, and no organisation.
    assert_eq!(select.matches("<option ").count(), 1 + 300 + 1);
    assert!(page.body.contains(">Customer 299</option>"));
    assert!(!page.body.contains(">Customer 300</option>"));
    assert!(
        page.text()
            .contains("Only the first 300 organisations by name are offered here")
    );

    let last = organisation(&server, "Customer 304");
    let chosen = admin.get(&format!("/licences?organisation={last}"));
    assert_eq!(chosen.status, 200);
    assert!(chosen.body.contains(&format!(
        "<option value=\"{last}\" selected>Customer 304</option>"
    )));
    assert!(chosen.text().contains("Organisation: Customer 304 ✕"));
    assert!(
        chosen
            .body
            .contains("<span class=\"label\">SEN: </span>SEN-5300304</td>")
    );
}
