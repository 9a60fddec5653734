//! Accounts, licences and contacts for the contacts, mail and administration tests, made
//! directly in the database the server uses (the pages that make them are not what those tests
//! are about), and readers of the outbox.

use licensedesk::domain::{AccountId, AccountState, Email, LicenceId, Password};
use licensedesk::store::{self, accounts, licences};

use super::{Client, TestServer};

pub const PASSWORD: &str = "a long enough password";

fn conn(server: &TestServer) -> rusqlite::Connection {
    store::open(&server.database_path()).unwrap()
}

/// An active account that can sign in with [`PASSWORD`].
pub fn add_user(server: &TestServer, email: &str) -> AccountId {
    let hash = licensedesk::auth::PasswordHasher::new(4, 1)
        .hash(&Password::new(PASSWORD).unwrap())
        .unwrap();
    accounts::insert(
        &conn(server),
        &accounts::NewAccount {
            email: &Email::parse(email).unwrap(),
            display_name: "",
            password_hash: Some(&hash),
            is_admin: false,
            state: AccountState::Active,
        },
        1,
    )
    .unwrap()
}

pub fn licence_with(
    server: &TestServer,
    sen: &str,
    adjust: impl FnOnce(&mut licensedesk::domain::LicenceFields),
) -> LicenceId {
    let mut new = licensedesk::domain::LicenceFields {
        product: "Jira".into(),
        name: "JIRA (Server) 10 Users: Commercial License".into(),
        organisation: "Example Ltd".into(),
        ..licensedesk::domain::LicenceFields::sample(sen)
    };
    adjust(&mut new);
    licences::insert(&conn(server), &new, 1).unwrap()
}

pub fn add_licence(server: &TestServer, sen: &str) -> LicenceId {
    licence_with(server, sen, |_| {})
}

/// Adds a contact the way import does (the first of a role becomes its primary).
pub fn add_contact(server: &TestServer, licence: LicenceId, account: AccountId, role: &str) {
    licences::add_contact(&conn(server), licence, account, role, 1).unwrap();
}

pub fn signed_in(server: &TestServer, email: &str) -> Client {
    let mut client = server.client();
    client.sign_in(email, PASSWORD, false);
    client
}

/// The e-mail address of a role's primary contact.
pub fn primary(server: &TestServer, licence: LicenceId, role: &str) -> Option<String> {
    use rusqlite::OptionalExtension;
    server
        .db()
        .query_row(
            "SELECT a.email FROM licence_primaries p JOIN accounts a ON a.id = p.account_id \
             WHERE p.licence_id = ?1 AND p.role = ?2",
            rusqlite::params![licence.0, role],
            |row| row.get(0),
        )
        .optional()
        .unwrap()
}

/// Every contact of a licence as "role:email", sorted.
pub fn contacts(server: &TestServer, licence: LicenceId) -> Vec<String> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT c.role || ':' || a.email FROM licence_contacts c \
             JOIN accounts a ON a.id = c.account_id WHERE c.licence_id = ?1 ORDER BY 1",
        )
        .unwrap();
    stmt.query_map([licence.0], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub id: i64,
    pub to: String,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub state: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

pub fn outbox(server: &TestServer) -> Vec<Mail> {
    let db = server.db();
    let mut stmt = db
        .prepare(
            "SELECT id, to_address, kind, subject, body, state, attempts, last_error \
             FROM outbox ORDER BY id",
        )
        .unwrap();
    stmt.query_map([], |row| {
        Ok(Mail {
            id: row.get(0)?,
            to: row.get(1)?,
            kind: row.get(2)?,
            subject: row.get(3)?,
            body: row.get(4)?,
            state: row.get(5)?,
            attempts: row.get(6)?,
            last_error: row.get(7)?,
        })
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The mails of a kind to an address.
pub fn mails_to(server: &TestServer, to: &str, kind: &str) -> Vec<Mail> {
    outbox(server)
        .into_iter()
        .filter(|m| m.to == to && m.kind == kind)
        .collect()
}

/// The path of the one-time link (`/reset/...`, `/invite/...`) in a mail's body.
pub fn link_path(server: &TestServer, body: &str, kind: &str) -> String {
    let marker = format!("{}/{kind}/", server.base);
    let start = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no {kind} link in:\n{body}"));
    let link: String = body[start..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    link.strip_prefix(&server.base).unwrap().to_owned()
}

/// Waits until a condition on the database holds (for the background threads).
pub fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    // Generous: a loaded 2-core machine can hold a background thread back for seconds, and a
    // passing check returns at once.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !check() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
}
