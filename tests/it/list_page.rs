//! The licences list as a licence administrator uses it every day: what each row shows (SEN,
//! organisation, support level and state apart, "—" for nothing), sorting by a column's header,
//! the landing summary, the search box's limit, the empty list's links, and contacts added and
//! made primary from an open row, which returns to the list where it was.

use jiff::ToSpan;
use licensedesk::domain::LicenceId;

use crate::support::people::{add_contact, add_user, licence_with, primary, signed_in};
use crate::support::{Resp, TestServer};

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// Where each text first shows on the page, in the order given; panics on a missing one.
fn in_order(page: &Resp, texts: &[&str]) -> bool {
    // After the count: the organisation select above the list names them too.
    let text = page.text();
    let text = &text[text.find("Showing").expect("a list")..];
    let at: Vec<usize> = texts
        .iter()
        .map(|t| {
            text.find(t)
                .unwrap_or_else(|| panic!("{t} is not on the page: {text}"))
        })
        .collect();
    at.windows(2).all(|w| w[0] < w[1])
}

#[test]
fn each_row_shows_sen_organisation_support_level_and_state_apart_and_a_dash_for_nothing() {
    let (server, mut admin) = TestServer::with_admin();
    licence_with(&server, "SEN-7001", |l| {
        l.organisation = "汇科技术有限公司".into();
        l.support_level = "Priority Support".into();
        l.support_expiry = Some(today() + 20.days());
    });
    licence_with(&server, "SEN-7002", |l| {
        l.sen = None;
        l.organisation = String::new();
        l.support_level = String::new();
        l.support_expiry = Some(today() + 400.days());
    });

    let page = admin.get("/licences?q=%E6%B1%87%E7%A7%91");
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Showing 1–1 of 1"), "{text}");
    assert!(
        text.contains("汇科技术有限公司"),
        "the organisation searched for shows: {text}"
    );
    assert!(text.contains("SEN-7001"), "{text}");
    // The support level and the state are cells of their own.
    assert!(
        page.body
            .contains("<td><span class=\"label\">Support: </span>Priority Support</td>"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains(
            "<td><span class=\"label\">State: </span><span class=\"badge expiring\">Expires soon</span></td>"
        ),
        "{}",
        page.body
    );

    // A licence without SEN, organisation or support level shows "—" for each.
    let page = admin.get("/licences?sort=latest");
    for label in ["Organisation", "SEN", "Support"] {
        assert!(
            page.body
                .contains(&format!("<span class=\"label\">{label}: </span>—</td>")),
            "{label}: {}",
            page.body
        );
    }
    assert!(
        page.body
            .contains("<span class=\"badge active\">Active</span>")
    );
}

#[test]
fn the_search_box_says_what_it_finds_and_takes_no_more_than_the_server_does() {
    let (_server, mut admin) = TestServer::with_admin();
    let page = admin.get("/licences");
    assert!(page.body.contains("maxlength=\"200\""), "{}", page.body);
    assert!(
        page.body
            .contains("<label for=\"field-q\">Find licences</label>")
    );
    assert!(
        page.body
            .contains("<button type=\"submit\">Search</button>")
    );
    let long = "x".repeat(201);
    assert_eq!(admin.get(&format!("/licences?q={long}")).status, 400);
    assert_eq!(
        admin
            .get(&format!("/licences?q={}", "x".repeat(200)))
            .status,
        200
    );
}

#[test]
fn an_empty_list_links_to_import_and_adding_and_archived_offers_no_new_evaluation() {
    let (_server, mut admin) = TestServer::with_admin();
    let page = admin.get("/licences");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("No licences yet."));
    assert!(
        page.body
            .contains("<a href=\"/import\">Import keys from files or paste them</a>"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<a href=\"/licences/new\">Add a licence by hand</a>")
    );
    assert!(page.text().contains("New evaluation licence"));
    let archived = admin.get("/licences?section=archived");
    assert_eq!(archived.status, 200);
    assert!(
        !archived.text().contains("New evaluation licence"),
        "{}",
        archived.text()
    );
    assert!(!archived.body.contains("href=\"/licences/new-evaluation\""));
    let evaluations = admin.get("/licences?section=evaluations");
    assert!(evaluations.text().contains("New evaluation licence"));
}

#[test]
fn the_landing_page_counts_licences_those_ending_soon_and_requests_waiting() {
    let (server, mut admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    let bob = add_user(&server, "bob@example.com");
    for (sen, days, archived) in [
        ("SEN-9001", 30, false),
        ("SEN-9002", 200, false),
        ("SEN-9003", 10, true),
    ] {
        let id = licence_with(&server, sen, |l| {
            l.support_expiry = Some(today() + days.days());
            l.archived = archived;
        });
        add_contact(&server, id, ann, "technical");
    }
    let others = licence_with(&server, "SEN-9004", |l| {
        l.support_expiry = Some(today() + 20.days());
    });
    add_contact(&server, others, bob, "technical");

    let mut ann_client = signed_in(&server, "ann@example.com");
    ann_client.get("/licences");
    let page = ann_client.get("/licences");
    let text = page.text();
    assert!(text.contains("You have 2 licences."), "{text}");
    assert!(
        text.contains("One has support ending within 90 days."),
        "{text}"
    );
    assert!(page.body.contains("href=\"/licences?state=expiring\""));
    assert!(!text.contains("consolidation request"), "{text}");

    // A request addressed to ann is counted; one she made, or one that ran out, is not.
    let now = jiff::Timestamp::now().as_second();
    for (source, target, expires_at) in [
        (bob.0, ann.0, now + 86_400),
        (ann.0, bob.0, now + 86_400),
        (bob.0, ann.0, now - 10),
    ] {
        server
            .db()
            .execute(
                "INSERT INTO consolidations (source_account_id, target_account_id, requested_by, \
                 remove_source, state, created_at, expires_at) VALUES (?1, ?2, ?1, 0, 'pending', ?3, ?4)",
                [source, target, now - 100, expires_at],
            )
            .unwrap();
    }
    // No write marks a request's arrival or its running out: the page kept before it must not
    // be served after.
    let page = ann_client.get("/licences");
    let text = page.text();
    assert!(
        text.contains("One consolidation request waits for your answer."),
        "{text}"
    );
    assert!(page.body.contains("href=\"/consolidate\""));

    // An administrator manages every licence that is not archived.
    let text = admin.get("/licences").text();
    assert!(text.contains("You have 3 licences."), "{text}");
    assert!(
        text.contains("2 have support ending within 90 days."),
        "{text}"
    );
    // Searched, filtered or further pages are not the landing page.
    for path in [
        "/licences?q=SEN",
        "/licences?section=archived",
        "/licences?state=expiring",
    ] {
        assert!(!admin.get(path).text().contains("You have"), "{path}");
    }
}

#[test]
fn column_headers_sort_both_ways_keeping_the_search_and_say_how_the_list_is_sorted() {
    let (server, mut admin) = TestServer::with_admin();
    for (sen, organisation, product) in [
        ("SEN-3", "beta Ltd", "Confluence"),
        ("SEN-1", "Alpha Ltd", "Jira"),
        ("SEN-2", "Gamma Ltd", "Bamboo"),
    ] {
        licence_with(&server, sen, |l| {
            l.organisation = organisation.into();
            l.product = product.into();
        });
    }
    let page = admin.get("/licences?q=Ltd");
    assert!(
        page.body.contains(
            "<a class=\"sort\" href=\"/licences?q=Ltd&amp;sort=organisation\">Organisation</a>"
        ),
        "{}",
        page.body
    );
    let sorted = admin.get("/licences?q=Ltd&sort=organisation");
    assert!(in_order(&sorted, &["Alpha Ltd", "beta Ltd", "Gamma Ltd"]));
    assert!(
        sorted
            .body
            .contains("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort\" href=\"/licences?q=Ltd&amp;sort=organisation-desc\">Organisation"),
        "{}",
        sorted.body
    );
    assert_eq!(sorted.body.matches("aria-sort=").count(), 1);
    let reversed = admin.get("/licences?q=Ltd&sort=organisation-desc");
    assert!(in_order(&reversed, &["Gamma Ltd", "beta Ltd", "Alpha Ltd"]));
    assert!(reversed.body.contains("aria-sort=\"descending\""));
    assert!(in_order(
        &admin.get("/licences?sort=product"),
        &["Bamboo", "Confluence", "Jira"]
    ));
    assert!(in_order(
        &admin.get("/licences?sort=sen-desc"),
        &["SEN-3", "SEN-2", "SEN-1"]
    ));
    let page = admin.get("/licences?sort=sen");
    assert!(in_order(&page, &["SEN-1", "SEN-2", "SEN-3"]));
    // The search form keeps the order chosen.
    assert_eq!(page.field_value("sort").as_deref(), Some("sen"));
    for bad in ["/licences?sort=price", "/licences?sort=SEN"] {
        let page = admin.get(bad);
        assert_eq!(page.status, 400, "{bad}");
        assert!(page.text().contains("product, organisation or SEN"));
    }
}

/// The id in a `/licences/{id}` path.
fn id_of(server: &TestServer, sen: &str) -> LicenceId {
    LicenceId(
        server
            .db()
            .query_row("SELECT id FROM licences WHERE sen = ?1", [sen], |r| {
                r.get(0)
            })
            .unwrap(),
    )
}

#[test]
fn contacts_are_added_and_made_primary_from_the_open_row_which_they_return_to() {
    let (server, mut admin) = TestServer::with_admin();
    let ann = add_user(&server, "ann@example.com");
    add_user(&server, "bob@example.com");
    let licence = licence_with(&server, "SEN-8001", |_| {});
    add_contact(&server, licence, ann, "technical");
    assert_eq!(id_of(&server, "SEN-8001"), licence);

    let list = format!("/licences?q=SEN-80&open={licence}");
    let open = admin.get(&list);
    assert_eq!(open.status, 200);
    assert_eq!(open.body.matches("class=\"open-row\"").count(), 1);
    let back = open.field_value("back").expect("a way back");
    assert_eq!(back, list);
    let added = admin.post(
        &format!("/licences/{licence}/contacts"),
        &[
            ("csrf", &open.csrf()),
            ("role", "technical"),
            ("email_technical", "bob@example.com"),
            ("back", &back),
        ],
    );
    assert_eq!(added.status, 303, "{}", added.body);
    assert_eq!(added.location(), format!("{list}#licence-{licence}"));
    assert_eq!(
        server.count(
            "SELECT count(*) FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
             WHERE a.email = 'bob@example.com' AND c.role = 'technical'"
        ),
        1
    );

    // Make primary: the open row links to the confirmation, which comes back to the list.
    let open = admin.get(&list);
    let bob = server.count("SELECT id FROM accounts WHERE email = 'bob@example.com'");
    let confirm_link = format!(
        "/licences/{licence}/contacts/primary?role=technical&amp;account={bob}&amp;back=%2Flicences%3Fq%3DSEN-80%26open%3D{licence}"
    );
    assert!(open.body.contains(&confirm_link), "{}", open.body);
    let confirm = admin.get(&crate::support::html_unescape(&confirm_link));
    assert_eq!(confirm.status, 200);
    assert_eq!(confirm.field_value("back").as_deref(), Some(list.as_str()));
    let bob_text = bob.to_string();
    let made = admin.post(
        &format!("/licences/{licence}/contacts/primary"),
        &[
            ("csrf", &confirm.csrf()),
            ("role", "technical"),
            ("account", &bob_text),
            ("back", &list),
        ],
    );
    assert_eq!(made.status, 303, "{}", made.body);
    assert_eq!(made.location(), format!("{list}#licence-{licence}"));
    assert_eq!(
        primary(&server, licence, "technical").as_deref(),
        Some("bob@example.com")
    );

    // A way back that is not one of the list's links leads to the contacts page, never away.
    for back in [
        "https://elsewhere.example/licences",
        "//elsewhere.example",
        "/licences?sort=x",
    ] {
        let open = admin.get(&list);
        let added = admin.post(
            &format!("/licences/{licence}/contacts"),
            &[
                ("csrf", &open.csrf()),
                ("role", "billing"),
                ("email_billing", "ann@example.com"),
                ("back", back),
            ],
        );
        assert_eq!(added.status, 303, "{}", added.body);
        assert_eq!(added.location(), format!("/licences/{licence}/contacts"));
        server
            .db()
            .execute("DELETE FROM licence_contacts WHERE role = 'billing'", [])
            .unwrap();
        server
            .db()
            .execute("DELETE FROM licence_primaries WHERE role = 'billing'", [])
            .unwrap();
    }
    // A row that is not on the page opens nothing; an id not the viewer's shows nothing of it.
    let mut ann_client = signed_in(&server, "ann@example.com");
    let other = licence_with(&server, "SEN-8002", |l| l.name = "Hidden licence".into());
    let page = ann_client.get(&format!("/licences?open={other}"));
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("open-row"));
    assert!(!page.text().contains("Hidden licence"));
}

#[test]
fn an_open_row_says_which_releases_the_licence_runs_when_the_release_table_can_tell() {
    let (_server, mut admin) = TestServer::with_admin();
    let server = &_server;
    let jira = licence_with(server, "SEN-2020", |l| {
        l.product = "Jira".into();
        l.user_tier = Some(100);
        l.support_expiry = Some(jiff::civil::date(2020, 6, 15));
    });
    let evaluation = licence_with(server, "SEN-L2021", |l| {
        l.product = "Jira".into();
        l.is_evaluation = true;
        l.support_expiry = Some(jiff::civil::date(2020, 6, 15));
    });
    let app = licence_with(server, "SEN-2022", |l| {
        l.product = "Some Marketplace app".into();
        l.support_expiry = Some(jiff::civil::date(2020, 6, 15));
    });
    // 8.10 came out in June 2020, which the table dates by its month: not before the 15th for
    // sure, so 8.9 (May) is the latest it can vouch for.
    let text = admin.get(&format!("/licences?open={jira}")).text();
    assert!(
        text.contains("Compatibility Runs Jira 8.9 and earlier releases"),
        "{text}"
    );
    assert!(text.contains("and includes 100 Users."), "{text}");
    for (section, id) in [("evaluations", evaluation), ("licences", app)] {
        let page = admin.get(&format!("/licences?section={section}&open={id}"));
        assert!(page.body.contains("open-row"), "{section}");
        assert!(!page.text().contains("Compatibility"), "{section}");
    }
}
