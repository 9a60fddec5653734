//! Contacts of a licence (SPEC §3.3, seeds 001, 002, 003): listing, adding (inviting unknown
//! addresses), removing with confirmation, making primary with confirmation, and every refusal
//! answered with a clear message and no change in the database.

use crate::support::people::{
    PASSWORD, add_contact, add_licence, add_user, contacts, link_path, mails_to, outbox, primary,
    signed_in,
};
use crate::support::{Client, TestServer};
use licensedesk::domain::{AccountId, LicenceId};

/// Seed 002: hehongqi is the primary technical and billing contact of SEN-12683313;
/// chenxinglin was added as a technical contact.
struct Seed {
    server: TestServer,
    licence: LicenceId,
    heh: AccountId,
    chen: AccountId,
}

const HEH: &str = "hehongqi@hktxcn.com";
const CHEN: &str = "chenxinglin@hktxcn.com";
const SEN: &str = "SEN-12683313";

fn seed() -> Seed {
    let (server, _admin) = TestServer::with_admin();
    let licence = add_licence(&server, SEN);
    let heh = add_user(&server, HEH);
    let chen = add_user(&server, CHEN);
    add_contact(&server, licence, heh, "technical");
    add_contact(&server, licence, heh, "billing");
    add_contact(&server, licence, chen, "technical");
    Seed {
        server,
        licence,
        heh,
        chen,
    }
}

fn contacts_path(licence: LicenceId) -> String {
    format!("/licences/{licence}/contacts")
}

fn audit_count(server: &TestServer, action: &str) -> i64 {
    server.count(&format!(
        "SELECT count(*) FROM audit_log WHERE action = '{action}'"
    ))
}

/// What the database says about people: contacts, primaries, accounts, mail.
fn people_rows(
    server: &TestServer,
    licence: LicenceId,
) -> (Vec<String>, Vec<Option<String>>, i64, usize) {
    (
        contacts(server, licence),
        vec![
            primary(server, licence, "technical"),
            primary(server, licence, "billing"),
        ],
        server.count("SELECT count(*) FROM accounts"),
        outbox(server).len(),
    )
}

#[test]
fn the_contacts_section_lists_both_roles_with_the_primary_marked() {
    let s = seed();
    let mut heh = signed_in(&s.server, HEH);
    let page = heh.get(&contacts_path(s.licence));
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Technical contacts"), "{text}");
    assert!(text.contains("Billing contacts"), "{text}");
    assert!(text.contains(&format!("{HEH} (you) Primary")), "{text}");
    assert!(text.contains(CHEN), "{text}");
    // The primary may promote chen and remove chen, but there is no "x" for the primary.
    assert!(page.body.contains(&format!(
        "/licences/{}/contacts/primary?role=technical&amp;account={}",
        s.licence, s.chen
    )));
    assert!(page.body.contains(&format!(
        "/licences/{}/contacts/remove?role=technical&amp;account={}",
        s.licence, s.chen
    )));
    assert!(
        !page
            .body
            .contains(&format!("remove?role=technical&amp;account={}&", s.heh))
    );
    assert!(
        text.contains("The primary contact cannot be removed until another contact is primary.")
    );
    // Every input has a label.
    assert!(
        page.body
            .contains("<label for=\"field-email_technical\">Add a technical contact")
    );
    assert!(
        page.body
            .contains("<label for=\"field-email_billing\">Add a billing contact")
    );

    // A secondary contact sees "Make primary" only next to themselves.
    let mut chen = signed_in(&s.server, CHEN);
    let page = chen.get(&contacts_path(s.licence));
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(&format!("primary?role=technical&amp;account={}", s.chen))
    );
    assert!(
        !page
            .body
            .contains(&format!("primary?role=technical&amp;account={}", s.heh))
    );
}

#[test]
fn another_users_licence_is_a_404_for_every_contacts_page_and_action() {
    let s = seed();
    add_user(&s.server, "outsider@example.com");
    let mut outsider = signed_in(&s.server, "outsider@example.com");
    let before = people_rows(&s.server, s.licence);
    let base = contacts_path(s.licence);
    for path in [
        base.clone(),
        format!("{base}/remove?role=technical&account={}", s.chen),
        format!("{base}/primary?role=technical&account={}", s.chen),
        "/licences/999999/contacts".to_owned(),
        "/licences/not-a-number/contacts".to_owned(),
    ] {
        let page = outsider.get(&path);
        assert_eq!(page.status, 404, "{path}");
        assert!(page.text().contains("Page not found"), "{path}");
    }
    let csrf = outsider.get("/account").csrf();
    for (path, form) in [
        (
            base.clone(),
            vec![("role", "technical"), ("email_technical", "me@example.com")],
        ),
        (
            format!("{base}/remove"),
            vec![("role", "technical"), ("account", "3")],
        ),
        (
            format!("{base}/primary"),
            vec![("role", "technical"), ("account", "3")],
        ),
    ] {
        let mut fields = vec![("csrf", csrf.as_str())];
        fields.extend(form);
        let answer = outsider.post(&path, &fields);
        assert_eq!(answer.status, 404, "{path}");
    }
    assert_eq!(people_rows(&s.server, s.licence), before);
}

#[test]
fn a_contact_adds_an_existing_account_which_is_notified_and_the_message_shows_once() {
    let s = seed();
    let dave = add_user(&s.server, "dave@hktxcn.com");
    let mut chen = signed_in(&s.server, CHEN);
    let path = contacts_path(s.licence);
    let done = chen.submit(
        &path,
        &path,
        &[
            ("role", "billing"),
            ("email_billing", " Dave@HKTXCN.com "),
            ("back", "contacts"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), path);
    let page = chen.get(&path);
    assert!(
        page.text().contains("The contact was added"),
        "{}",
        page.text()
    );
    assert!(!chen.get(&path).text().contains("The contact was added"));
    assert!(contacts(&s.server, s.licence).contains(&"billing:dave@hktxcn.com".to_owned()));
    // The billing primary stays; dave is secondary.
    assert_eq!(
        primary(&s.server, s.licence, "billing").as_deref(),
        Some(HEH)
    );
    let mails = mails_to(&s.server, "dave@hktxcn.com", "contact-added");
    assert_eq!(mails.len(), 1);
    assert!(mails[0].body.contains(SEN), "{}", mails[0].body);
    let (before, after): (String, String) = s
        .server
        .db()
        .query_row(
            "SELECT before_json, after_json FROM audit_log WHERE action = 'contact-added' \
             AND licence_id = ?1 AND subject_account_id = ?2",
            [s.licence.0, dave.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(!before.contains("dave@"), "{before}");
    assert!(after.contains("dave@hktxcn.com"), "{after}");
}

#[test]
fn an_unknown_address_becomes_an_invited_account_whose_link_works_once() {
    let s = seed();
    let mut heh = signed_in(&s.server, HEH);
    let path = contacts_path(s.licence);
    let done = heh.submit(
        &path,
        &path,
        &[
            ("role", "technical"),
            ("email_technical", "newcomer@hktxcn.com"),
        ],
    );
    assert_eq!(done.status, 303);
    assert!(
        heh.get(&path)
            .text()
            .contains("invited by e-mail to choose a password")
    );
    assert_eq!(
        s.server.count("SELECT count(*) FROM accounts WHERE email = 'newcomer@hktxcn.com' AND state = 'invited' AND password_hash IS NULL"),
        1
    );
    assert!(contacts(&s.server, s.licence).contains(&"technical:newcomer@hktxcn.com".to_owned()));
    let mails = mails_to(&s.server, "newcomer@hktxcn.com", "invitation");
    assert_eq!(mails.len(), 1);
    assert!(mails[0].body.contains("for 7 days"), "{}", mails[0].body);
    let link = link_path(&s.server, &mails[0].body, "invite");
    // The link is stored hashed: its token is nowhere in the links table.
    let token = link.rsplit('/').next().unwrap();
    assert_eq!(
        s.server.count(&format!(
            "SELECT count(*) FROM one_time_links WHERE CAST(token_hash AS TEXT) LIKE '%{token}%'"
        )),
        0
    );
    let expires: i64 = s
        .server
        .db()
        .query_row(
            "SELECT expires_at - created_at FROM one_time_links WHERE purpose = 'invitation'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(expires, 7 * 24 * 3600);

    let mut newcomer = s.server.client();
    let page = newcomer.get(&link);
    assert_eq!(page.status, 200);
    assert!(page.text().contains("newcomer@hktxcn.com"));
    let set = newcomer.post(
        &link,
        &[
            ("csrf", &page.csrf()),
            ("password", PASSWORD),
            ("confirm", PASSWORD),
        ],
    );
    assert_eq!(set.status, 303, "{}", set.body);
    // The invitation signs its newcomer in.
    assert_eq!(set.location(), "/licences");
    assert_eq!(
        newcomer.get(&path).status,
        200,
        "the new contact sees the licence"
    );

    // Replaying the used link changes nothing.
    let hash_before: String = s
        .server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = 'newcomer@hktxcn.com'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut replay = s.server.client();
    assert_eq!(replay.get(&link).status, 410);
    let csrf = replay.get("/signin").csrf();
    let again = replay.post(
        &link,
        &[
            ("csrf", &csrf),
            ("password", "another long password"),
            ("confirm", "another long password"),
        ],
    );
    assert_eq!(again.status, 410);
    assert!(again.text().contains("This link no longer works"));
    let hash_after: String = s
        .server
        .db()
        .query_row(
            "SELECT password_hash FROM accounts WHERE email = 'newcomer@hktxcn.com'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(hash_before, hash_after);
}

#[test]
fn bad_input_to_add_is_answered_next_to_the_field_and_changes_nothing() {
    let s = seed();
    let gone = add_user(&s.server, "gone@hktxcn.com");
    s.server
        .db()
        .execute(
            "UPDATE accounts SET state = 'disabled' WHERE id = ?1",
            [gone.0],
        )
        .unwrap();
    let mut heh = signed_in(&s.server, HEH);
    let path = contacts_path(s.licence);
    let before = people_rows(&s.server, s.licence);
    for (email, message) in [
        (
            "not an address",
            "An e-mail address has the form name@example.com.",
        ),
        ("", "Enter an e-mail address."),
        (
            CHEN,
            "chenxinglin@hktxcn.com is already a technical contact of this licence.",
        ),
        ("gone@hktxcn.com", "The account gone@hktxcn.com is disabled"),
    ] {
        let answer = heh.submit(
            &path,
            &path,
            &[("role", "technical"), ("email_technical", email)],
        );
        assert_eq!(answer.status, 422, "{email}");
        assert!(
            answer.text().contains(message),
            "{email}: {}",
            answer.text()
        );
        // The error sits next to its field, which keeps what was typed.
        assert!(
            answer.body.contains("id=\"field-email_technical-error\""),
            "{email}"
        );
        assert_eq!(
            answer.field_value("email_technical").as_deref(),
            Some(email)
        );
    }
    for query in [
        "role=technical&account=abc",
        "role=owner&account=1",
        "account=1",
    ] {
        let answer = heh.get(&format!("{path}/primary?{query}"));
        assert_eq!(answer.status, 400, "{query}");
        let answer = heh.get(&format!("{path}/remove?{query}"));
        assert_eq!(answer.status, 400, "{query}");
    }
    for role in ["", "owner"] {
        let answer = heh.submit(
            &path,
            &path,
            &[("role", role), ("email_technical", "x@y.com")],
        );
        assert_eq!(answer.status, 400, "{role}");
        assert!(
            answer
                .text()
                .contains("Choose a technical or a billing contact.")
        );
    }
    assert_eq!(people_rows(&s.server, s.licence), before);
}

#[test]
fn posts_without_the_csrf_token_change_nothing() {
    let s = seed();
    let mut heh = signed_in(&s.server, HEH);
    let base = contacts_path(s.licence);
    let before = people_rows(&s.server, s.licence);
    let chen = s.chen.to_string();
    for (path, form) in [
        (
            base.clone(),
            vec![("role", "technical"), ("email_technical", "x@hktxcn.com")],
        ),
        (
            format!("{base}/remove"),
            vec![("role", "technical"), ("account", chen.as_str())],
        ),
        (
            format!("{base}/primary"),
            vec![("role", "technical"), ("account", chen.as_str())],
        ),
    ] {
        let answer = heh.post(&path, &form);
        assert_eq!(answer.status, 403, "{path}");
        assert!(answer.text().contains("This form has expired"), "{path}");
        let mut wrong = form.clone();
        wrong.push(("csrf", "not-the-token"));
        assert_eq!(heh.post(&path, &wrong).status, 403, "{path}");
    }
    assert_eq!(people_rows(&s.server, s.licence), before);
    assert_eq!(audit_count(&s.server, "contact-added"), 0);
}

#[test]
fn removing_a_contact_is_confirmed_first_and_removes_the_licence_from_them() {
    let s = seed();
    let mut heh = signed_in(&s.server, HEH);
    let mut chen = signed_in(&s.server, CHEN);
    let confirm = format!(
        "{}/remove?role=technical&account={}&back=contacts",
        contacts_path(s.licence),
        s.chen
    );
    let page = heh.get(&confirm);
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Remove this contact?"), "{text}");
    assert!(
        text.contains(&format!(
            "You're about to remove {CHEN} as a technical contact of {SEN}."
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("{CHEN} will no longer see this licence.")),
        "{text}"
    );
    // Looking at the confirmation changed nothing.
    assert!(contacts(&s.server, s.licence).contains(&format!("technical:{CHEN}")));

    let done = heh.post(
        &format!("{}/remove", contacts_path(s.licence)),
        &[
            ("csrf", &page.csrf()),
            ("role", "technical"),
            ("account", &s.chen.to_string()),
            ("back", "contacts"),
        ],
    );
    assert_eq!(done.status, 303);
    assert!(!contacts(&s.server, s.licence).contains(&format!("technical:{CHEN}")));
    assert_eq!(chen.get(&contacts_path(s.licence)).status, 404);
    assert_eq!(audit_count(&s.server, "contact-removed"), 1);
    assert_eq!(mails_to(&s.server, CHEN, "contact-removed").len(), 1);
}

#[test]
fn the_primary_cannot_be_removed_and_the_page_says_so() {
    let s = seed();
    let before = people_rows(&s.server, s.licence);
    for who in [CHEN, HEH] {
        let mut client = signed_in(&s.server, who);
        let confirm = format!(
            "{}/remove?role=technical&account={}",
            contacts_path(s.licence),
            s.heh
        );
        let page = client.get(&confirm);
        assert_eq!(page.status, 409, "{who}");
        let text = page.text();
        assert!(
            text.contains("The primary contact cannot be removed"),
            "{text}"
        );
        assert!(
            text.contains("Make another technical contact primary first"),
            "{text}"
        );
        let csrf = client.get(&contacts_path(s.licence)).csrf();
        let refused = client.post(
            &format!("{}/remove", contacts_path(s.licence)),
            &[
                ("csrf", &csrf),
                ("role", "technical"),
                ("account", &s.heh.to_string()),
            ],
        );
        assert_eq!(refused.status, 409, "{who}");
        assert!(
            refused
                .text()
                .contains("The primary contact cannot be removed")
        );
    }
    assert_eq!(people_rows(&s.server, s.licence), before);
    assert_eq!(audit_count(&s.server, "contact-removed"), 0);
}

fn make_primary(
    client: &mut Client,
    licence: LicenceId,
    account: AccountId,
) -> crate::support::Resp {
    let path = format!("{}/primary", contacts_path(licence));
    let csrf = client.get(&contacts_path(licence)).csrf();
    client.post(
        &path,
        &[
            ("csrf", &csrf),
            ("role", "technical"),
            ("account", &account.to_string()),
            ("back", "contacts"),
        ],
    )
}

#[test]
fn the_primary_promotes_a_contact_after_the_seed_002_confirmation() {
    let s = seed();
    let mut heh = signed_in(&s.server, HEH);
    let confirm = format!(
        "{}/primary?role=technical&account={}&back=contacts",
        contacts_path(s.licence),
        s.chen
    );
    let page = heh.get(&confirm);
    assert_eq!(page.status, 200);
    let text = page.text();
    for expected in [
        "Promote to primary technical contact?".to_owned(),
        format!("You're about to make {CHEN} the primary technical contact on {SEN}."),
        "access the invoices for this licence from now on".to_owned(),
        "promote other contacts to primary in the future.".to_owned(),
        format!("Past invoices will not be transferred: they stay with {HEH} under Orders."),
        format!("{HEH} becomes a secondary contact"),
        format!("A notification e-mail will be sent to {HEH}."),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in {text}");
    }
    assert_eq!(
        primary(&s.server, s.licence, "technical").as_deref(),
        Some(HEH)
    );

    let done = heh.post(
        &format!("{}/primary", contacts_path(s.licence)),
        &[
            ("csrf", &page.csrf()),
            ("role", "technical"),
            ("account", &s.chen.to_string()),
            ("back", "contacts"),
        ],
    );
    assert_eq!(done.status, 303, "{}", done.body);
    assert!(
        heh.get(&contacts_path(s.licence))
            .text()
            .contains("The primary contact was changed.")
    );
    assert_eq!(
        primary(&s.server, s.licence, "technical").as_deref(),
        Some(CHEN)
    );
    // The previous primary is still a contact, now secondary, and was told by mail.
    assert!(contacts(&s.server, s.licence).contains(&format!("technical:{HEH}")));
    let notices = mails_to(&s.server, HEH, "primary-changed");
    assert_eq!(notices.len(), 1);
    assert!(notices[0].subject.contains(CHEN), "{}", notices[0].subject);
    assert!(
        notices[0].body.contains("past invoices stay with you"),
        "{}",
        notices[0].body
    );
    assert_eq!(mails_to(&s.server, CHEN, "primary-changed").len(), 1);
    // The billing role is untouched, the change is audited, the terms are recorded.
    assert_eq!(
        primary(&s.server, s.licence, "billing").as_deref(),
        Some(HEH)
    );
    let (before, after): (String, String) = s
        .server
        .db()
        .query_row(
            "SELECT before_json, after_json FROM audit_log WHERE action = 'primary-changed'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        before.contains(&format!("{{\"email\":\"{HEH}\",\"primary\":true}}")),
        "{before}"
    );
    assert!(
        after.contains(&format!("{{\"email\":\"{CHEN}\",\"primary\":true}}")),
        "{after}"
    );
    assert_eq!(
        s.server
            .count("SELECT count(*) FROM primary_terms WHERE role = 'technical'"),
        2
    );
    // Now the old primary can be removed.
    let confirm = format!(
        "{}/remove?role=technical&account={}",
        contacts_path(s.licence),
        s.heh
    );
    assert_eq!(heh.get(&confirm).status, 200);
}

#[test]
fn a_contact_promotes_themselves_as_in_seed_001() {
    let s = seed();
    let mut chen = signed_in(&s.server, CHEN);
    let done = make_primary(&mut chen, s.licence, s.chen);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        primary(&s.server, s.licence, "technical").as_deref(),
        Some(CHEN)
    );
    assert_eq!(mails_to(&s.server, HEH, "primary-changed").len(), 1);
    // Nobody mails chen about what chen did.
    assert_eq!(mails_to(&s.server, CHEN, "primary-changed").len(), 0);
}

#[test]
fn a_secondary_contact_cannot_promote_a_third_person() {
    let s = seed();
    let third = add_user(&s.server, "third@hktxcn.com");
    add_contact(&s.server, s.licence, third, "technical");
    let before = people_rows(&s.server, s.licence);
    let mut chen = signed_in(&s.server, CHEN);
    let confirm = format!(
        "{}/primary?role=technical&account={}",
        contacts_path(s.licence),
        third
    );
    let page = chen.get(&confirm);
    assert_eq!(page.status, 403);
    let text = page.text();
    assert!(
        text.contains("This contact cannot be made primary"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Only the primary technical contact ({HEH}) or an administrator can make someone else primary. third@hktxcn.com can sign in and make themselves primary."
        )),
        "{text}"
    );
    let refused = make_primary(&mut chen, s.licence, third);
    assert_eq!(refused.status, 403);
    assert_eq!(people_rows(&s.server, s.licence), before);
    assert_eq!(audit_count(&s.server, "primary-changed"), 0);
    // Promoting the current primary, or someone who is not a contact, is refused too.
    let refused = make_primary(&mut chen, s.licence, s.heh);
    assert_eq!(refused.status, 409);
    assert!(
        refused
            .text()
            .contains("is already the primary technical contact")
    );
    assert_eq!(people_rows(&s.server, s.licence), before);
}

#[test]
fn an_admin_sets_the_primary_of_any_licence() {
    let s = seed();
    let mut admin = s.server.client();
    admin.sign_in(
        crate::support::ADMIN_EMAIL,
        crate::support::ADMIN_PASSWORD,
        false,
    );
    let page = admin.get(&contacts_path(s.licence));
    assert_eq!(page.status, 200);
    assert!(
        page.body
            .contains(&format!("primary?role=technical&amp;account={}", s.chen))
    );
    let done = make_primary(&mut admin, s.licence, s.chen);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        primary(&s.server, s.licence, "technical").as_deref(),
        Some(CHEN)
    );
    // Both the previous and the new primary are told, since neither did it.
    assert_eq!(mails_to(&s.server, HEH, "primary-changed").len(), 1);
    assert_eq!(mails_to(&s.server, CHEN, "primary-changed").len(), 1);
}

#[test]
fn removing_yourself_leads_back_to_the_licences_with_a_message() {
    let s = seed();
    let mut chen = signed_in(&s.server, CHEN);
    let csrf = chen.get(&contacts_path(s.licence)).csrf();
    let done = chen.post(
        &format!("{}/remove", contacts_path(s.licence)),
        &[
            ("csrf", &csrf),
            ("role", "technical"),
            ("account", &s.chen.to_string()),
            ("back", "licence"),
        ],
    );
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/licences");
    assert!(
        chen.get("/licences")
            .text()
            .contains("You are no longer a contact of that licence.")
    );
    assert_eq!(chen.get(&contacts_path(s.licence)).status, 404);
    // Nobody mails chen about what chen did.
    assert_eq!(mails_to(&s.server, CHEN, "contact-removed").len(), 0);
}
