//! Personal access tokens as their owner makes and ends them: on the account page (the secret
//! shown once in the answer to the form, only its hash kept, the form again with the typed
//! values on a refusal, a confirmation before revoking, nobody else's token reachable) and with
//! `licensedesk token create|list|revoke` on the server's own terminal.

use licensedesk::domain::{AccountId, OrganisationId};
use licensedesk::store::{organisations, unix_now};
use sha2::{Digest, Sha256};

use crate::support::people::{add_user, signed_in};
use crate::support::{Client, Resp, TestServer};

const OWNER: &str = "owner@example.com";
const OTHER: &str = "other@example.com";

/// The secret in a page, if it shows one.
fn secret_in(page: &Resp) -> Option<String> {
    let at = page.body.find("ldpat_")?;
    let end = at + page.body[at..].find(['"', '<', ' '])?;
    Some(page.body[at..end].to_owned())
}

/// The SHA-256 the table keeps for a secret: of the part after `ldpat_`, as the API hashes
/// what a request presents.
fn sha256_of(secret: &str) -> Vec<u8> {
    let random = secret
        .strip_prefix("ldpat_")
        .expect("a secret starts with ldpat_");
    Sha256::digest(random.as_bytes()).to_vec()
}

/// Every token row: (account, name, scope, organisation, hash, created, expires, revoked).
type TokenRow = (
    i64,
    String,
    String,
    Option<i64>,
    Vec<u8>,
    i64,
    i64,
    Option<i64>,
);

fn tokens(server: &TestServer) -> Vec<TokenRow> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT account_id, name, scope, organisation_id, token_hash, created_at, \
             expires_at, revoked_at FROM api_tokens ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |row| {
        Ok((
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
            row.get(6)?,
            row.get(7)?,
        ))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn audit_count(server: &TestServer, action: &str) -> i64 {
    server
        .db()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE action = ?1",
            [action],
            |row| row.get(0),
        )
        .unwrap()
}

/// Posts the new-token form from the account page with these fields.
fn create(client: &mut Client, fields: &[(&str, &str)]) -> Resp {
    client.submit("/account", "/account/tokens", fields)
}

fn organisation(server: &TestServer, name: &str) -> OrganisationId {
    organisations::create(&server.db(), name, unix_now())
        .unwrap()
        .unwrap()
}

fn make_manager(server: &TestServer, organisation: OrganisationId, account: AccountId) {
    organisations::add_manager(&server.db(), organisation, account, "admin", unix_now()).unwrap();
}

/// A token of `email` made directly in the table, as the account page would; its number.
fn token_of(server: &TestServer, account: AccountId, name: &str) -> i64 {
    let (_, hash) = licensedesk::auth::api_tokens::new_secret();
    let now = unix_now();
    licensedesk::store::api_tokens::insert(
        &server.db(),
        &licensedesk::store::api_tokens::NewToken {
            account_id: account,
            name,
            token_hash: &hash,
            scope: licensedesk::domain::api_token::TokenScope::Read,
            organisation_id: None,
            expires_at: now + 86_400,
        },
        now,
    )
    .unwrap()
}

fn revoked_at(server: &TestServer, id: i64) -> Option<i64> {
    server
        .db()
        .query_row(
            "SELECT revoked_at FROM api_tokens WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_token_made_on_the_account_page_is_shown_once_and_only_its_hash_is_kept() {
    let server = TestServer::start();
    let owner = add_user(&server, OWNER);
    let mut client = signed_in(&server, OWNER);

    let page = client.get("/account");
    assert_eq!(page.status, 200);
    assert!(page.text().contains("API tokens"), "{}", page.text());
    assert!(page.text().contains("You have no API tokens."));

    let made = create(
        &mut client,
        &[("token_name", "  Nagios  "), ("scope", "read")],
    );
    assert_eq!(made.status, 200, "{}", made.body);
    assert_eq!(made.header("Cache-Control"), Some("no-store"));
    assert!(made.header("Location").is_none());
    let secret = secret_in(&made).expect("the page shows the secret");
    assert!(
        secret.starts_with("ldpat_") && secret.len() == 6 + 43,
        "{secret}"
    );
    let text = made.text();
    assert!(text.contains("Token Nagios created"), "{text}");
    assert!(
        text.contains("Copy it now: it is not shown again."),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "curl -H \"Authorization: Bearer {secret}\" {}/api/v1/licences",
            server.base
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "licensedesk check --url {} --token {secret}",
            server.base
        )),
        "{text}"
    );
    // The secret travels in no cookie.
    assert!(
        made.headers_named("Set-Cookie")
            .iter()
            .all(|c| !c.contains(&secret[6..]))
    );

    let rows = tokens(&server);
    assert_eq!(rows.len(), 1);
    let (account, name, scope, organisation, hash, created, expires, revoked) = &rows[0];
    assert_eq!(*account, owner.0);
    assert_eq!(name, "Nagios");
    assert_eq!(scope, "read");
    assert_eq!(*organisation, None);
    assert_eq!(*hash, sha256_of(&secret));
    assert_ne!(hash.as_slice(), secret.as_bytes());
    assert_eq!(
        licensedesk::auth::api_tokens::hash_of_header(&format!("Bearer {secret}"))
            .map(|h| h.to_vec()),
        Some(hash.clone())
    );
    assert_eq!(expires - created, 90 * 86_400);
    assert_eq!(*revoked, None);
    // The secret is nowhere in the database, not even in the audit log.
    let dump: i64 = server
        .db()
        .query_row(
            "SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%ldpat_%' \
             OR COALESCE(after_json, '') LIKE '%ldpat_%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dump, 0);
    assert_eq!(audit_count(&server, "api-token-created"), 1);

    // Shown once: the account page lists the token, never its secret again.
    let again = client.get("/account");
    assert_eq!(again.status, 200);
    assert!(!again.body.contains(&secret));
    assert!(secret_in(&again).is_none());
    let text = again.text();
    assert!(text.contains("Nagios"), "{text}");
    assert!(text.contains("all you can see"), "{text}");
    assert!(text.contains("never"), "{text}");
    assert!(text.contains("live"), "{text}");
}

#[test]
fn a_write_token_for_a_managed_organisation_with_its_own_lifetime() {
    let server = TestServer::start();
    let owner = add_user(&server, OWNER);
    let acme = organisation(&server, "Acme Corp");
    make_manager(&server, acme, owner);
    let mut client = signed_in(&server, OWNER);
    // The select offers the organisations the account reaches.
    let page = client.get("/account");
    assert!(page.body.contains(&format!("value=\"{}\"", acme.0)));
    assert!(page.text().contains("Acme Corp"));

    let acme_id = acme.0.to_string();
    let made = create(
        &mut client,
        &[
            ("token_name", "Deploy bot"),
            ("scope", "write"),
            ("organisation", &acme_id),
            ("days", "366"),
        ],
    );
    assert_eq!(made.status, 200, "{}", made.body);
    let rows = tokens(&server);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].2, "write");
    assert_eq!(rows[0].3, Some(acme.0));
    assert_eq!(rows[0].6 - rows[0].5, 366 * 86_400);
    let listed = client.get("/account").text();
    assert!(listed.contains("read and write"), "{listed}");
}

#[test]
fn a_refused_token_shows_the_form_again_and_stores_nothing() {
    let server = TestServer::start();
    add_user(&server, OWNER);
    let stranger = add_user(&server, OTHER);
    let theirs = organisation(&server, "Stranger Holdings");
    make_manager(&server, theirs, stranger);
    let mut client = signed_in(&server, OWNER);
    let long = "n".repeat(81);
    let theirs_id = theirs.0.to_string();
    let cases: [(&[(&str, &str)], &str); 8] = [
        (&[("token_name", "   ")], "Give the token a name."),
        (
            &[("token_name", &long)],
            "A token's name is at most 80 characters.",
        ),
        (
            &[("token_name", "zero"), ("days", "0")],
            "Enter a whole number of days from 1 to 366.",
        ),
        (
            &[("token_name", "too long"), ("days", "367")],
            "Enter a whole number of days from 1 to 366.",
        ),
        (
            &[("token_name", "letters"), ("days", "abc")],
            "Enter a whole number of days from 1 to 366.",
        ),
        (
            &[("token_name", "theirs"), ("organisation", &theirs_id)],
            "Choose one of your organisations",
        ),
        (
            &[("token_name", "nowhere"), ("organisation", "99999")],
            "Choose one of your organisations",
        ),
        (
            &[("token_name", "garbled"), ("organisation", "x1")],
            "Choose one of your organisations",
        ),
    ];
    for (fields, message) in cases {
        let answer = create(&mut client, fields);
        assert_eq!(answer.status, 422, "{fields:?}: {}", answer.body);
        let text = answer.text();
        assert!(text.contains(message), "{fields:?}: {text}");
        assert!(secret_in(&answer).is_none());
        // Typed values come back.
        let name = fields.iter().find(|(k, _)| *k == "token_name").unwrap().1;
        assert_eq!(
            answer.field_value("token_name").as_deref(),
            Some(name),
            "{fields:?}"
        );
        if let Some((_, days)) = fields.iter().find(|(k, _)| *k == "days") {
            assert_eq!(answer.field_value("days").as_deref(), Some(*days));
        }
        // Another customer's organisation is not named back.
        assert!(!text.contains("Stranger Holdings"), "{text}");
    }
    assert!(tokens(&server).is_empty());
    assert_eq!(audit_count(&server, "api-token-created"), 0);
}

#[test]
fn revoking_asks_first_then_ends_the_token_with_an_audit_entry() {
    let server = TestServer::start();
    let owner = add_user(&server, OWNER);
    let id = token_of(&server, owner, "Old script");
    let mut client = signed_in(&server, OWNER);
    let revoke = format!("/account/tokens/{id}/revoke");
    assert!(client.get("/account").body.contains(&revoke));

    let confirm = client.get(&revoke);
    assert_eq!(confirm.status, 200);
    let text = confirm.text();
    assert!(text.contains("Revoke token Old script?"), "{text}");
    assert!(
        text.contains("Scripts using it stop working at once."),
        "{text}"
    );
    assert!(text.contains("Cancel"), "{text}");
    assert_eq!(revoked_at(&server, id), None);

    let done = client.submit(&revoke, &revoke, &[]);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), "/account");
    assert!(revoked_at(&server, id).is_some());
    assert_eq!(audit_count(&server, "api-token-revoked"), 1);
    let page = client.get("/account");
    let text = page.text();
    assert!(text.contains("Token revoked."), "{text}");
    assert!(text.contains("revoked"), "{text}");
    // No Revoke button for a revoked token; a second revoke changes nothing.
    assert!(!page.body.contains(&revoke));
    let twice = client.submit("/account", &revoke, &[]);
    assert_eq!(twice.status, 303);
    assert_eq!(audit_count(&server, "api-token-revoked"), 1);
}

#[test]
fn another_accounts_token_is_not_found_and_stays() {
    let server = TestServer::start();
    add_user(&server, OWNER);
    let other = add_user(&server, OTHER);
    let theirs = token_of(&server, other, "Their monitor");
    let mut client = signed_in(&server, OWNER);
    let revoke = format!("/account/tokens/{theirs}/revoke");
    let page = client.get(&revoke);
    assert_eq!(page.status, 404);
    assert!(!page.text().contains("Their monitor"));
    let post = client.submit("/account", &revoke, &[]);
    assert_eq!(post.status, 404);
    assert_eq!(client.get("/account/tokens/99999/revoke").status, 404);
    assert_eq!(revoked_at(&server, theirs), None);
    assert_eq!(audit_count(&server, "api-token-revoked"), 0);
    // Nor is it listed on the owner's page.
    assert!(!client.get("/account").text().contains("Their monitor"));
}

#[test]
fn posts_without_the_csrf_token_are_refused_and_change_nothing() {
    let server = TestServer::start();
    let owner = add_user(&server, OWNER);
    let id = token_of(&server, owner, "Kept");
    let mut client = signed_in(&server, OWNER);
    let made = client.post("/account/tokens", &[("token_name", "Forged")]);
    assert_eq!(made.status, 403);
    let revoke = client.post(&format!("/account/tokens/{id}/revoke"), &[]);
    assert_eq!(revoke.status, 403);
    let rows = tokens(&server);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].7, None);
    // Signed out: sent to sign in, nothing made.
    let mut anonymous = server.client();
    let answer = anonymous.post("/account/tokens", &[("token_name", "Anon")]);
    assert!(
        answer.status == 303 || answer.status == 403,
        "{}",
        answer.status
    );
    assert_eq!(tokens(&server).len(), 1);
}

#[test]
fn the_command_line_makes_lists_and_revokes_tokens() {
    let server = TestServer::start();
    let owner = add_user(&server, OWNER);
    let acme = organisation(&server, "Acme Corp");
    make_manager(&server, acme, owner);
    let data = server.data.path().to_str().unwrap().to_owned();

    let (code, out, err) = crate::cli::run(
        &[
            "token",
            "create",
            "--data-dir",
            &data,
            "--user",
            OWNER,
            "--name",
            "Icinga",
            "--organisation",
            "Acme Corp",
            "--days",
            "30",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    // The secret alone on standard output; notes on standard error.
    let secret = out.trim_end().to_owned();
    assert_eq!(out, format!("{secret}\n"));
    assert!(secret.starts_with("ldpat_"), "{out}");
    assert!(err.contains("Copy it now"), "{err}");
    let rows = tokens(&server);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, owner.0);
    assert_eq!(rows[0].3, Some(acme.0));
    assert_eq!(rows[0].4, sha256_of(&secret));
    assert_eq!(rows[0].6 - rows[0].5, 30 * 86_400);
    let (actor, subject): (Option<i64>, i64) = server
        .db()
        .query_row(
            "SELECT actor_account_id, subject_account_id FROM audit_log \
             WHERE action = 'api-token-created'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((actor, subject), (None, owner.0));

    // By number too, and a write token.
    let acme_id = acme.0.to_string();
    let (code, _, err) = crate::cli::run(
        &[
            "token",
            "create",
            "--data-dir",
            &data,
            "--user",
            OWNER,
            "--name",
            "Writer",
            "--scope",
            "write",
            "--organisation",
            &acme_id,
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(tokens(&server).len(), 2);

    let (code, out, err) = crate::cli::run(&["token", "list", "--data-dir", &data], None);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("ldpat_"), "{out}");
    assert!(out.contains("Icinga") && out.contains("Writer"), "{out}");
    assert!(out.contains(OWNER) && out.contains("Acme Corp"), "{out}");
    assert!(out.contains("live") && out.contains("never"), "{out}");
    assert_eq!(out.lines().count(), 3, "{out}");

    let first = server
        .db()
        .query_row("SELECT id FROM api_tokens WHERE name = 'Icinga'", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap()
        .to_string();
    let (code, out, err) = crate::cli::run(
        &[
            "token",
            "revoke",
            "--data-dir",
            &data,
            "--user",
            OWNER,
            &first,
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("revoked"), "{out}");
    assert_eq!(audit_count(&server, "api-token-revoked"), 1);
    let (_, out, _) = crate::cli::run(
        &["token", "list", "--data-dir", &data, "--user", OWNER],
        None,
    );
    assert!(out.contains("revoked"), "{out}");
}

#[test]
fn the_command_line_refuses_with_status_2_and_changes_nothing() {
    let server = TestServer::start();
    add_user(&server, OWNER);
    let other = add_user(&server, OTHER);
    let theirs = organisation(&server, "Stranger Holdings");
    make_manager(&server, theirs, other);
    let their_token = token_of(&server, other, "Theirs");
    let data = server.data.path().to_str().unwrap().to_owned();
    let long = "n".repeat(81);
    let their_token = their_token.to_string();
    let refused: [&[&str]; 7] = [
        &["create", "--user", "nobody@example.com", "--name", "x"],
        &["create", "--user", OWNER, "--name", "   "],
        &["create", "--user", OWNER, "--name", &long],
        &["create", "--user", OWNER, "--name", "x", "--days", "0"],
        &["create", "--user", OWNER, "--name", "x", "--days", "367"],
        &[
            "create",
            "--user",
            OWNER,
            "--name",
            "x",
            "--organisation",
            "Stranger Holdings",
        ],
        &["revoke", "--user", OWNER, &their_token],
    ];
    for args in refused {
        let mut full = vec!["token", "--data-dir"];
        full.insert(1, args[0]);
        full.push(&data);
        full.extend_from_slice(&args[1..]);
        let (code, out, err) = crate::cli::run(&full, None);
        assert_eq!(code, 2, "{full:?}: {out} {err}");
        assert!(out.is_empty(), "{full:?}: {out}");
        assert!(err.starts_with("licensedesk: "), "{full:?}: {err}");
    }
    let rows = tokens(&server);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].7, None);
    assert_eq!(audit_count(&server, "api-token-created"), 0);
    assert_eq!(audit_count(&server, "api-token-revoked"), 0);
}

#[test]
fn the_token_commands_have_help() {
    for command in [
        ["token", "--help"].as_slice(),
        &["token", "create", "--help"],
        &["token", "list", "--help"],
        &["token", "revoke", "--help"],
    ] {
        let (code, out, err) = crate::cli::run(command, None);
        assert_eq!(code, 0, "{command:?}: {err}");
        assert!(out.contains("Usage:"), "{command:?}: {out}");
    }
    let (_, create, _) = crate::cli::run(&["token", "create", "--help"], None);
    for option in ["--user", "--name", "--scope", "--organisation", "--days"] {
        assert!(create.contains(option), "{option}: {create}");
    }
}

#[test]
fn the_tokens_section_speaks_the_accounts_language_and_admins_may_narrow_to_any_organisation() {
    let (server, mut admin) = TestServer::with_admin();
    let acme = organisation(&server, "Acme Corp");
    server
        .db()
        .execute(
            "UPDATE accounts SET language = 'de' WHERE email = ?1",
            [crate::support::ADMIN_EMAIL],
        )
        .unwrap();
    let page = admin.get("/account");
    let text = page.text();
    assert!(text.contains("API-Tokens"), "{text}");
    assert!(text.contains("Alle Lizenzen, die Sie sehen"), "{text}");
    assert!(text.contains("Acme Corp"), "{text}");
    let acme_id = acme.0.to_string();
    let made = create(
        &mut admin,
        &[("token_name", "Überwachung"), ("organisation", &acme_id)],
    );
    assert_eq!(made.status, 200, "{}", made.body);
    let text = made.text();
    assert!(
        text.contains("Kopieren Sie es jetzt: Es wird nicht noch einmal angezeigt."),
        "{text}"
    );
    assert_eq!(tokens(&server)[0].3, Some(acme.0));
    let refused = create(&mut admin, &[("token_name", "x"), ("days", "400")]);
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("Geben Sie eine ganze Zahl von Tagen zwischen 1 und 366 ein."),
        "{}",
        refused.text()
    );
    assert_eq!(tokens(&server).len(), 1);
}
