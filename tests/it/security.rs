//! Who may do what, and what no request can do. The matrix sends the same request as each of
//! ten people (anonymous, a non-contact, the licence's secondary contact, its primary contact,
//! an administrator, a manager of the licence's organisation, a manager of another
//! organisation, a consultant with running access to the licence's organisation without keys
//! and one with keys, and a consultant whose access ended) and checks the status each one gets,
//! whether the licence shows, and whether the database changed. A new route or action is one
//! row in `MATRIX`.
//!
//! "Primary" is the licence's primary technical contact (the first contact of a role becomes its
//! primary) and "secondary" a second technical contact added later; a third technical contact
//! (not one of the five roles) is there to be promoted by someone else.
//!
//! Then the checks that hold for every route: CSRF on every POST, session fixation, cookie
//! flags, security headers on every response, stored text rendered escaped everywhere and
//! neutralised in CSV, oversized and malformed bodies, path traversal, off-site redirects.

use std::collections::BTreeMap;

use licensedesk::auth::Token;
use licensedesk::domain::consolidation::REQUEST_SECONDS;
use licensedesk::domain::{AccountId, AccountState, Email, LicenceId, OrganisationId};
use licensedesk::store::consolidations::{self, ConsolidationState};
use licensedesk::store::{self, accounts, licences, links, organisations};

use crate::support::encoder;
use crate::support::{Client, Resp, TestServer};

const PASSWORD: &str = "matrix password 1";
pub(crate) const SEN: &str = "SEN-MATRIX-1";
pub(crate) const ORGANISATION: &str = "Matrix Org";
const LICENCE_NAME: &str = "Confluence (Server) 500 Users: Commercial License";
/// A third technical contact of the licence, for "promote someone else".
const THIRD: &str = "third@example.com";
/// The PO number of the licence's one order, placed by its primary contact.
const ORDER_PO: &str = "PO-MATRIX-77";
/// The evaluation licence of the same two contacts (no key, no SEN): its pages show its name.
const EVALUATION_NAME: &str = "Confluence (Server): Evaluation License";
/// An account an administrator disabled, and one invited that never chose a password.
const DISABLED: &str = "disabled@example.com";
const INVITED: &str = "invited@example.com";

/// The ten people every row is tried as, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Anonymous,
    NonContact,
    Secondary,
    Primary,
    Admin,
    /// Manages the licence's organisation (Matrix Org); a contact of nothing.
    Manager,
    /// Manages the outsider's organisation (Outsider Org) only.
    OtherManager,
    /// Reads Matrix Org until next week, keys withheld.
    Consultant,
    /// Reads Matrix Org until next week, keys included.
    KeysConsultant,
    /// Read Matrix Org until yesterday.
    ExpiredConsultant,
}

pub(crate) const ROLES: [Role; 10] = [
    Role::Anonymous,
    Role::NonContact,
    Role::Secondary,
    Role::Primary,
    Role::Admin,
    Role::Manager,
    Role::OtherManager,
    Role::Consultant,
    Role::KeysConsultant,
    Role::ExpiredConsultant,
];

impl Role {
    pub(crate) fn email(self) -> Option<&'static str> {
        match self {
            Role::Anonymous => None,
            Role::NonContact => Some("outsider@example.com"),
            Role::Secondary => Some("secondary@example.com"),
            Role::Primary => Some("primary@example.com"),
            Role::Admin => Some("admin@example.com"),
            Role::Manager => Some("manager@example.com"),
            Role::OtherManager => Some("other-manager@example.com"),
            Role::Consultant => Some("consultant@example.com"),
            Role::KeysConsultant => Some("keys-consultant@example.com"),
            Role::ExpiredConsultant => Some("expired-consultant@example.com"),
        }
    }
}

/// A server with one licence (SEN-MATRIX-1) whose primary and secondary technical contacts,
/// an outsider who is a contact on another licence only, and an administrator exist; one signed
/// in client per role. The same two contacts hold an evaluation licence, and the secondary has
/// asked to move its licence into the primary's account (a pending consolidation request).
pub(crate) struct Fixture {
    pub(crate) server: TestServer,
    pub(crate) licence: LicenceId,
    /// The outsider's own licence.
    pub(crate) other_licence: LicenceId,
    /// An evaluation without a key yet, with the same primary and secondary contacts.
    pub(crate) evaluation: LicenceId,
    pub(crate) accounts: BTreeMap<&'static str, AccountId>,
    /// The third technical contact.
    pub(crate) third: AccountId,
    /// A disabled account, and an invited one (no password yet); contacts on nothing.
    pub(crate) disabled: AccountId,
    pub(crate) invited: AccountId,
    /// The pending request: from the secondary's account to the primary's, for the licence.
    pub(crate) consolidation: i64,
    /// The organisation of the licence and the evaluation (Matrix Org), and the outsider's.
    pub(crate) matrix_org: OrganisationId,
    pub(crate) outsider_org: OrganisationId,
}

fn new_licence(sen: &str, key: String, organisation: &str) -> licensedesk::domain::LicenceFields {
    licensedesk::domain::LicenceFields {
        name: LICENCE_NAME.into(),
        user_tier: Some(500),
        licence_key: Some(key),
        key_genuine: Some(false),
        server_id: Some("B1C2-D3E4-F5G6-H7I8".into()),
        organisation: organisation.into(),
        support_expiry: Some(jiff::civil::date(2030, 1, 15)),
        ..licensedesk::domain::LicenceFields::sample(sen)
    }
}

impl Fixture {
    pub(crate) fn new() -> Fixture {
        let data = tempfile::tempdir().unwrap();
        let mut accounts_by_email = BTreeMap::new();
        let (
            licence,
            other_licence,
            third,
            evaluation,
            disabled,
            invited,
            consolidation,
            (matrix_org, outsider_org),
        ) = {
            let conn = store::open(&data.path().join(store::DATABASE_FILE)).unwrap();
            let hash = bcrypt::hash(PASSWORD, 4).unwrap();
            for role in ROLES {
                let Some(email) = role.email() else { continue };
                let id = accounts::insert(
                    &conn,
                    &accounts::NewAccount {
                        email: &Email::parse(email).unwrap(),
                        display_name: "",
                        password_hash: Some(&hash),
                        is_admin: role == Role::Admin,
                        state: AccountState::Active,
                    },
                    1,
                )
                .unwrap();
                accounts_by_email.insert(email, id);
            }
            let licence = licences::insert(
                &conn,
                &new_licence(
                    SEN,
                    encoder::test_key(SEN, "conf", &[("NumberOfUsers", "500")]),
                    ORGANISATION,
                ),
                1,
            )
            .unwrap();
            let other = licences::insert(
                &conn,
                &new_licence(
                    "SEN-OTHER-2",
                    encoder::test_key("SEN-OTHER-2", "conf", &[("NumberOfUsers", "25")]),
                    "Outsider Org",
                ),
                1,
            )
            .unwrap();
            let id = |role: Role| accounts_by_email[role.email().unwrap()];
            licences::add_contact(&conn, licence, id(Role::Primary), "technical", 100).unwrap();
            licences::add_contact(&conn, licence, id(Role::Secondary), "technical", 200).unwrap();
            licences::add_contact(&conn, other, id(Role::NonContact), "technical", 100).unwrap();
            // The organisations the two keys named, and who reaches them without being a
            // contact: their managers, and consultants for a week (one ended yesterday).
            let organisation_of = |licence: LicenceId| {
                licences::by_id(&conn, licence)
                    .unwrap()
                    .unwrap()
                    .belongs_to
                    .unwrap()
                    .id
            };
            let (matrix_org, outsider_org) = (organisation_of(licence), organisation_of(other));
            let now = store::unix_now();
            organisations::add_manager(&conn, matrix_org, id(Role::Manager), "admin", 1).unwrap();
            organisations::add_manager(&conn, outsider_org, id(Role::OtherManager), "admin", 1)
                .unwrap();
            let week = 7 * 86_400;
            organisations::grant(
                &conn,
                matrix_org,
                id(Role::Consultant),
                false,
                "admin",
                1,
                now + week,
            )
            .unwrap();
            organisations::grant(
                &conn,
                matrix_org,
                id(Role::KeysConsultant),
                true,
                "admin",
                1,
                now + week,
            )
            .unwrap();
            organisations::grant(
                &conn,
                matrix_org,
                id(Role::ExpiredConsultant),
                true,
                "admin",
                1,
                now - 86_400,
            )
            .unwrap();
            let third = accounts::insert(
                &conn,
                &accounts::NewAccount {
                    email: &Email::parse(THIRD).unwrap(),
                    display_name: "",
                    password_hash: Some(&hash),
                    is_admin: false,
                    state: AccountState::Active,
                },
                1,
            )
            .unwrap();
            licences::add_contact(&conn, licence, third, "technical", 300).unwrap();
            store::orders::insert(
                &conn,
                &store::orders::NewOrder {
                    kind: licensedesk::domain::orders::OrderKind::Renewal,
                    licence_id: licence,
                    description: "Renewal for 12 months",
                    po_number: Some(ORDER_PO),
                    amount: None,
                    currency: None,
                    placed_by: Some(id(Role::Primary)),
                },
                1000,
            )
            .unwrap();
            // One mail in the outbox about the licence, to its primary contact.
            store::outbox::enqueue(
                &conn,
                &store::outbox::NewMail {
                    kind: "reminder",
                    from_address: "licensedesk@example.com",
                    to_address: "primary@example.com",
                    account_id: Some(id(Role::Primary)),
                    licence_id: Some(licence),
                    subject: "Support for SEN-MATRIX-1 ends soon",
                    body: "Matrix Org: support ends on 2030-01-15.",
                    message_id: "<matrix-1@example.com>",
                },
                1000,
            )
            .unwrap();
            // It failed (so that an administrator can retry it).
            conn.execute(
                "UPDATE outbox SET state = 'failed', attempts = 5, \
                 last_error = 'connection refused'",
                [],
            )
            .unwrap();
            // An evaluation started ten days ago, expiring in twenty: it can be extended and
            // its key attached.
            let today = jiff::Zoned::now().date();
            let evaluation = licences::insert(
                &conn,
                &licensedesk::domain::LicenceFields {
                    name: EVALUATION_NAME.into(),
                    licence_type: "Evaluation".into(),
                    user_tier: None,
                    sen: None,
                    licence_key: None,
                    key_genuine: None,
                    server_id: Some("E1V2-A3L4-M5A6-T7R8".into()),
                    organisation: String::new(),
                    purchase_date: today.checked_sub(jiff::Span::new().days(10)).ok(),
                    support_expiry: today.checked_add(jiff::Span::new().days(20)).ok(),
                    licence_expiry: today.checked_add(jiff::Span::new().days(20)).ok(),
                    is_evaluation: true,
                    ..new_licence("unused", String::new(), "")
                },
                1,
            )
            .unwrap();
            licences::add_contact(&conn, evaluation, id(Role::Primary), "technical", 100).unwrap();
            // Its key names no organisation; an administrator put it in Matrix Org.
            organisations::set_licence(&conn, evaluation, organisation_of(licence)).unwrap();
            licences::add_contact(&conn, evaluation, id(Role::Secondary), "technical", 200)
                .unwrap();
            let other_account = |email: &str, hash: Option<&str>, state: AccountState| {
                accounts::insert(
                    &conn,
                    &accounts::NewAccount {
                        email: &Email::parse(email).unwrap(),
                        display_name: "",
                        password_hash: hash,
                        is_admin: false,
                        state,
                    },
                    1,
                )
                .unwrap()
            };
            let disabled = other_account(DISABLED, Some(&hash), AccountState::Disabled);
            let invited = other_account(INVITED, None, AccountState::Invited);
            let consolidation = consolidations::insert(
                &conn,
                &consolidations::NewConsolidation {
                    source: id(Role::Secondary),
                    target: id(Role::Primary),
                    requested_by: id(Role::Secondary),
                    remove_source: true,
                    state: ConsolidationState::Pending,
                    expires_at: store::unix_now() + REQUEST_SECONDS,
                    licences: &[licence],
                },
                store::unix_now(),
            )
            .unwrap();
            (
                licence,
                other,
                third,
                evaluation,
                disabled,
                invited,
                consolidation,
                (matrix_org, outsider_org),
            )
        };
        // Behind a reverse proxy on this machine: its forwarded client addresses are believed.
        let server = TestServer::start_with(data, |config| {
            config.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        });
        Fixture {
            server,
            licence,
            other_licence,
            evaluation,
            accounts: accounts_by_email,
            third,
            disabled,
            invited,
            consolidation,
            matrix_org,
            outsider_org,
        }
    }

    /// A path under the evaluation's page: `/licences/{id}{rest}`.
    fn evaluation_path(&self, rest: &str) -> String {
        format!("/licences/{}{rest}", self.evaluation.0)
    }

    /// The running grant of a consultant role to Matrix Org.
    fn grant_of(&self, role: Role) -> i64 {
        self.server
            .db()
            .query_row(
                "SELECT id FROM organisation_access WHERE account_id = ?1",
                [self.account(role).0],
                |row| row.get(0),
            )
            .unwrap()
    }

    /// A path under the licence's page: `/licences/{id}{rest}`.
    fn path(&self, rest: &str) -> String {
        format!("/licences/{}{rest}", self.licence.0)
    }

    /// A role mailbox of an organisation (`None`: of the portal), added straight to the
    /// database unless a row before added it; its id.
    fn mailbox(&self, organisation: Option<OrganisationId>) -> i64 {
        let conn = self.server.db();
        let address = Email::parse("records@matrix.example").unwrap();
        store::mailboxes::add(
            &conn,
            &store::mailboxes::NewMailbox {
                organisation_id: organisation,
                address: &address,
                language: licensedesk::domain::Language::En,
                created_by: "admin@example.com",
            },
            1,
        )
        .unwrap();
        store::mailboxes::of(&conn, organisation)
            .unwrap()
            .into_iter()
            .find(|m| m.address == address)
            .unwrap()
            .id
    }

    /// The answer, with the licence's organisation named when the mailbox is still there (and
    /// not otherwise): the matrix's "shows the licence" then says whether the mailbox was kept.
    fn mailbox_kept(&self, mut answer: Resp, mailbox: i64) -> Resp {
        let kept = self.server.count(&format!(
            "SELECT count(*) FROM role_mailboxes WHERE id = {mailbox}"
        ));
        if kept == 1 {
            answer.body.push_str(&format!(" [kept: {ORGANISATION}] "));
        } else {
            answer.body = answer.body.replace(ORGANISATION, "");
        }
        answer
    }

    /// The answer, with the licence's organisation named when the installation is still
    /// recorded (and not otherwise): "shows the licence" then says whether it was kept.
    fn installation_kept(&self, mut answer: Resp, id: i64) -> Resp {
        let kept = self
            .server
            .count(&format!("SELECT count(*) FROM instances WHERE id = {id}"));
        if kept == 1 {
            answer.body.push_str(&format!(" [kept: {ORGANISATION}] "));
        } else {
            answer.body = answer.body.replace(ORGANISATION, "");
        }
        answer
    }

    /// A path under the licence's organisation: `/organisations/{id}{rest}`.
    fn organisation_path(&self, rest: &str) -> String {
        format!("/organisations/{}{rest}", self.matrix_org.0)
    }

    pub(crate) fn account(&self, role: Role) -> AccountId {
        self.accounts[role.email().expect("a signed-in role")]
    }

    /// Puts an earlier key of the licence into its key history; returns the entry's id.
    fn earlier_key(&self) -> i64 {
        let db = self.server.db();
        db.execute(
            "INSERT INTO key_history (licence_id, licence_key, replaced_at, replaced_by, reason) \
             VALUES (?1, ?2, 50, 'admin@example.com', 'renewal')",
            rusqlite::params![
                self.licence.0,
                encoder::test_key(SEN, "conf", &[("NumberOfUsers", "250")])
            ],
        )
        .unwrap();
        db.last_insert_rowid()
    }

    /// The licence's key, as stored.
    fn key(&self) -> String {
        self.server
            .db()
            .query_row(
                "SELECT licence_key FROM licences WHERE id = ?1",
                [self.licence.0],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// A client as this role: signed in, except for the anonymous visitor.
    fn client(&self, role: Role) -> Client {
        let mut client = self.server.client();
        if let Some(email) = role.email() {
            client.sign_in(email, PASSWORD, false);
        }
        client
    }

    /// Everything the database holds, table by table, as text: compared before and after a
    /// request to prove that it changed nothing. Except when a session or an API token was last
    /// used: reading moves that once a minute (by design), so a matrix that runs longer than a
    /// minute would see its shared sessions "change" on whichever row came next.
    pub(crate) fn snapshot(&self) -> String {
        let conn = self.server.db();
        let tables: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let mut out = String::new();
        for table in tables {
            out.push_str(&format!("== {table}\n"));
            // Rows sorted as text: some tables have no rowid to order by.
            let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let columns: Vec<usize> = stmt
                .column_names()
                .iter()
                .enumerate()
                .filter(|(_, name)| {
                    let moves_on_use = match table.as_str() {
                        "sessions" => matches!(**name, "last_seen_at" | "expires_at"),
                        "api_tokens" => **name == "last_used_at",
                        _ => false,
                    };
                    !moves_on_use
                })
                .map(|(i, _)| i)
                .collect();
            let mut rows = stmt.query([]).unwrap();
            let mut lines = Vec::new();
            while let Some(row) = rows.next().unwrap() {
                let mut line = String::new();
                for &i in &columns {
                    line.push_str(&format!("{:?}|", row.get_ref(i).unwrap()));
                }
                lines.push(line);
            }
            lines.sort();
            for line in lines {
                out.push_str(&line);
                out.push('\n');
            }
        }
        out
    }
}

/// What one role gets from one row's request.
#[derive(Debug, Clone, Copy)]
struct Expect {
    status: u16,
    /// Whether the request may change the database.
    writes: bool,
    /// Whether the answer shows the licence (its SEN); `None`: not checked (redirects, zips).
    shows_licence: Option<bool>,
}

/// The status, with the database unchanged.
const fn read(status: u16) -> Expect {
    Expect {
        status,
        writes: false,
        shows_licence: None,
    }
}

/// The status, with the database changed.
const fn write(status: u16) -> Expect {
    Expect {
        status,
        writes: true,
        shows_licence: None,
    }
}

/// 200, database unchanged, and the licence shown or not.
const fn sees(shown: bool) -> Expect {
    Expect {
        status: 200,
        writes: false,
        shows_licence: Some(shown),
    }
}

/// 200 in a row whose request first passes the licence's Server ID gate itself (so "writes" is
/// the test's own change), and the licence shown or not.
const fn gate_passed(shown: bool) -> Expect {
    Expect {
        status: 200,
        writes: true,
        shows_licence: Some(shown),
    }
}

/// Anonymous visitors are sent to sign in (and change nothing).
const SIGN_IN_FIRST: Expect = read(303);

/// Anonymous visitors are sent to sign in, in a row whose request first changes the database
/// itself (so "writes" is the test's own change, not the visitor's).
const SIGN_IN_FIRST_AFTER_SETUP: Expect = write(303);

/// The status, nothing changed, and the licence not shown (a refusal).
const fn hidden(status: u16) -> Expect {
    Expect {
        status,
        writes: false,
        shows_licence: Some(false),
    }
}

/// `hidden`, in a row whose request first changes the database itself.
const fn write_hidden(status: u16) -> Expect {
    Expect {
        status,
        writes: true,
        shows_licence: Some(false),
    }
}

/// The status, the database changed, and the licence shown or not (in rows whose answer is
/// rewritten to say whether the change reached the licence).
const fn write_sees(status: u16, shown: bool) -> Expect {
    Expect {
        status,
        writes: true,
        shows_licence: Some(shown),
    }
}

/// What a restore row adds to the answer when the request itself changed the database.
const RESTORED: &str = " [restored: Matrix Org] ";

/// The status, and the request itself restored the licence (see the restore row).
const fn restored(status: u16) -> Expect {
    Expect {
        status,
        writes: true,
        shows_licence: Some(true),
    }
}

struct Row {
    /// "METHOD /path (what it is)", with `{...}` for a value in the path: the route it tries
    /// is read from it.
    action: &'static str,
    request: fn(&mut Client, &Fixture) -> Resp,
    /// In the order of `ROLES`: anonymous, non-contact, secondary, primary, admin, manager,
    /// other manager, consultant, consultant with keys, expired consultant.
    expect: [Expect; 10],
}

/// Every route and action. A route added to the routing table without a row here (and, for a
/// POST, without an entry in `POST_ROUTES`) fails `every_route_in_the_routing_table_has_rows`.
/// A cut-off table an administrator may import.
const LIFECYCLE_CUTOFFS: &str = "event,applies_to,except,date,source_url,reported_by\n\
    dc-end-of-life,data-center,,2029-03-28,https://partner.example/eol,A partner\n";

const MATRIX: &[Row] = &[
    Row {
        action: "GET /",
        request: |c, _| c.get("/"),
        expect: [
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
        ],
    },
    Row {
        action: "GET /healthz",
        request: |c, _| c.get("/healthz"),
        expect: [
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "GET /assets/style.css",
        request: |c, _| c.get("/assets/style.css"),
        expect: [
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "GET /signin",
        request: |c, _| c.get("/signin"),
        // Someone signed in is sent on to the licences.
        expect: [
            read(200),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
        ],
    },
    Row {
        action: "GET /licences",
        request: |c, _| c.get("/licences"),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
        ],
    },
    Row {
        action: "GET /licences?q=SEN (search by SEN)",
        request: |c, _| c.get(&format!("/licences?q={SEN}")),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
        ],
    },
    Row {
        action: "GET /licences?q=the licence's Server ID",
        request: |c, _| c.get("/licences?q=B1C2-D3E4-F5G6-H7I8"),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=csv",
        request: |c, _| c.get("/export?format=csv"),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            write_sees(200, true),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=json",
        request: |c, _| c.get("/export?format=json"),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            write_sees(200, true),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=keys (the zip names <SEN>.txt)",
        request: |c, _| {
            let mut r = c.get("/export?format=keys");
            r.body = zip_names(&raw_get(c, "/export?format=keys")).join(" ");
            r
        },
        // The licence's Server ID gate was never passed: its contacts get no key file, as
        // "Download licence" would send them to the gate first.
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(false),
            sees(false),
            sees(true),
            sees(false),
            sees(false),
            sees(false),
            write_sees(200, true),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=keys (its README.txt names the licence whose key was left out)",
        request: |c, _| {
            let mut r = c.get("/export?format=keys");
            let readme = zip_file(&raw_get(c, "/export?format=keys"), "README.txt");
            r.body = if readme.contains(SEN) {
                ORGANISATION.to_owned()
            } else {
                String::new()
            };
            r
        },
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(false),
            sees(true),
            write_sees(200, false),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=csv (the licence's key, its gate not passed)",
        request: |c, f| holds_key(c.get("/export?format=csv"), f),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(false),
            sees(false),
            sees(true),
            sees(false),
            sees(false),
            sees(false),
            write_sees(200, true),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=json (the licence's key, its gate not passed)",
        request: |c, f| holds_key(c.get("/export?format=json"), f),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(false),
            sees(false),
            sees(true),
            sees(false),
            sees(false),
            sees(false),
            write_sees(200, true),
            sees(false),
        ],
    },
    Row {
        action: "GET /export?format=csv (the licence's key, its gate passed)",
        request: |c, f| {
            pass_gate(f);
            holds_key(c.get("/export?format=csv"), f)
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            gate_passed(false),
            gate_passed(true),
            gate_passed(true),
            gate_passed(true),
            gate_passed(true),
            gate_passed(false),
            gate_passed(false),
            gate_passed(true),
            gate_passed(false),
        ],
    },
    Row {
        action: "GET /export?format=json (the licence's key, its gate passed)",
        request: |c, f| {
            pass_gate(f);
            holds_key(c.get("/export?format=json"), f)
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            gate_passed(false),
            gate_passed(true),
            gate_passed(true),
            gate_passed(true),
            gate_passed(true),
            gate_passed(false),
            gate_passed(false),
            gate_passed(true),
            gate_passed(false),
        ],
    },
    Row {
        action: "GET /export?format=keys (the zip names <SEN>.txt, its gate passed)",
        request: |c, f| {
            pass_gate(f);
            let mut r = c.get("/export?format=keys");
            r.body = zip_names(&raw_get(c, "/export?format=keys")).join(" ");
            r
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            gate_passed(false),
            gate_passed(true),
            gate_passed(true),
            gate_passed(true),
            gate_passed(true),
            gate_passed(false),
            gate_passed(false),
            gate_passed(true),
            gate_passed(false),
        ],
    },
    Row {
        action: "GET /import",
        request: |c, _| c.get("/import"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /import (preview a renewed key of the licence)",
        request: |c, _| {
            preview(
                c,
                &encoder::test_key(SEN, "conf", &[("NumberOfUsers", "999")]),
            )
            .0
        },
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /import/confirm (a renewed key of the licence)",
        request: |c, _| {
            import(
                c,
                &encoder::test_key(SEN, "conf", &[("NumberOfUsers", "999")]),
            )
        },
        // The non-contact's preview rejects the key ("not a contact on"): nothing to confirm.
        expect: [
            SIGN_IN_FIRST,
            read(410),
            write(200),
            write(200),
            write(200),
            write(200),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    Row {
        action: "POST /import/confirm (a new licence)",
        request: |c, _| {
            import(
                c,
                &encoder::test_key("SEN-NEW-3", "conf", &[("NumberOfUsers", "10")]),
            )
        },
        expect: [
            SIGN_IN_FIRST,
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
        ],
    },
    Row {
        action: "POST /signout",
        request: |c, _| {
            let csrf = c.get("/signin").field_value("csrf").unwrap_or_default();
            let csrf = c.get("/licences").field_value("csrf").unwrap_or(csrf);
            c.post("/signout", &[("csrf", &csrf)])
        },
        // Anonymous: there is no session to end; sent to sign in, nothing changes.
        expect: [
            read(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "GET /setup/{unknown token}",
        request: |c, _| c.get(&format!("/setup/{}", Token::generate().as_str())),
        expect: [
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    Row {
        action: "GET /reset/{unknown token}",
        request: |c, _| c.get(&format!("/reset/{}", Token::generate().as_str())),
        expect: [
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    Row {
        action: "GET /invite/{unknown token}",
        request: |c, _| c.get(&format!("/invite/{}", Token::generate().as_str())),
        expect: [
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    Row {
        action: "POST /signin (the primary's address and password)",
        request: |c, _| {
            anonymous_form(
                c,
                "/signin",
                &[("email", "primary@example.com"), ("password", PASSWORD)],
            )
        },
        // A new session (anyone signed in is signed in again, their old session ended).
        expect: [
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "POST /signin (a wrong password)",
        request: |c, _| {
            anonymous_form(
                c,
                "/signin",
                &[("email", "primary@example.com"), ("password", "not it")],
            )
        },
        // The failure is audited.
        expect: [
            write(401),
            write(401),
            write(401),
            write(401),
            write(401),
            write(401),
            write(401),
            write(401),
            write(401),
            write(401),
        ],
    },
    Row {
        action: "POST /signin (behind the proxy: ten wrong passwords for the primary from one \
                 client, then the right one from another)",
        request: |c, _| {
            for _ in 0..10 {
                forwarded_sign_in(c, "203.0.113.7", "primary@example.com", "not it");
            }
            forwarded_sign_in(c, "198.51.100.9", "primary@example.com", PASSWORD)
        },
        // The owner is not locked out by someone else's guesses.
        expect: [
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "POST /signin (behind the proxy: the eleventh wrong password from one client, \
                 a made-up address put in front)",
        request: |c, _| {
            for _ in 0..10 {
                forwarded_sign_in(c, "203.0.113.7", "primary@example.com", "not it");
            }
            forwarded_sign_in(c, "192.0.2.1, 203.0.113.7", "primary@example.com", PASSWORD)
        },
        // The ten failures are audited; the eleventh is refused unchecked.
        expect: [
            write(429),
            write(429),
            write(429),
            write(429),
            write(429),
            write(429),
            write(429),
            write(429),
            write(429),
            write(429),
        ],
    },
    Row {
        action: "POST /setup/{unknown token}",
        request: |c, _| {
            anonymous_form(
                c,
                &format!("/setup/{}", Token::generate().as_str()),
                &[
                    ("email", "second-admin@example.com"),
                    ("password", "a long new password"),
                    ("confirm", "a long new password"),
                ],
            )
        },
        expect: [
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    Row {
        action: "POST /reset/{unknown token}",
        request: |c, _| {
            anonymous_form(
                c,
                &format!("/reset/{}", Token::generate().as_str()),
                &[
                    ("password", "a long new password"),
                    ("confirm", "a long new password"),
                ],
            )
        },
        expect: [
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    Row {
        action: "POST /invite/{unknown token}",
        request: |c, _| {
            anonymous_form(
                c,
                &format!("/invite/{}", Token::generate().as_str()),
                &[
                    ("password", "a long new password"),
                    ("confirm", "a long new password"),
                ],
            )
        },
        expect: [
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
            read(410),
        ],
    },
    // The licence page and what hangs off it. Another user's licence is a 404, as if it did
    // not exist: never a 403 that would confirm it does.
    Row {
        action: "GET /licences/{id}",
        request: |c, f| c.get(&f.path("")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            hidden(404),
            sees(true),
            write_sees(200, true),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/eligibility",
        request: |c, f| c.get(&f.path("/eligibility?product=confluence&version=8.5")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            hidden(404),
            sees(true),
            write_sees(200, true),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{the outsider's own licence}",
        request: |c, f| c.get(&format!("/licences/{}", f.other_licence.0)),
        // An administrator, who may see every licence, is offered every organisation (Matrix
        // Org among them) to move this one to: only the status is checked.
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            hidden(404),
            hidden(404),
            read(200),
            hidden(404),
            sees(false),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id that does not exist}",
        request: |c, _| c.get("/licences/999999"),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/key (the Server ID gate)",
        request: |c, f| c.get(&f.path("/key")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/key (pass the gate)",
        request: |c, f| {
            post_form(
                c,
                &f.path("/key"),
                &[
                    ("server_id", "BG9T-XUV4-KZZH-B01W"),
                    ("reason_for_purchase", ""),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/key (a Server ID of the wrong shape)",
        request: |c, f| post_form(c, &f.path("/key"), &[("server_id", "not-a-server-id")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(422),
            read(422),
            read(422),
            read(422),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/download (before the gate: to the gate; admins: the key)",
        request: |c, f| c.get(&f.path("/download")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(303),
            read(303),
            read(200),
            read(303),
            hidden(404),
            hidden(403),
            write(200),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/download (after the gate was passed)",
        request: |c, f| {
            f.server
                .db()
                .execute(
                    "UPDATE licences SET key_retrieved_at = 1 WHERE id = ?1",
                    [f.licence.0],
                )
                .unwrap();
            c.get(&f.path("/download"))
        },
        // The change made here is the test's own, before the request; the row writes.
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write(200),
            write(200),
            write(200),
            write(200),
            write_hidden(404),
            write_hidden(403),
            write(200),
            write_hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/server-id",
        request: |c, f| {
            post_form(
                c,
                &f.path("/server-id"),
                &[("server_id", "ZZ11-YY22-XX33-WW44")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/organisation",
        request: |c, f| {
            post_form(
                c,
                &f.path("/organisation"),
                &[("organisation", "Renamed Org")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    // Organisations: everyone signed in has the list (empty when they reach none); an
    // organisation's page is its managers', consultants' and administrators' only, and its
    // forms, like moving a licence to another organisation, administrators' only.
    Row {
        action: "GET /organisations",
        request: |c, _| c.get("/organisations"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /organisations (create)",
        request: |c, _| post_form(c, "/organisations", &[("name", "Created Org")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}",
        request: |c, f| c.get(&f.organisation_path("")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(200),
            read(200),
            hidden(404),
            read(200),
            read(200),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/rename",
        request: |c, f| post_form(c, &f.organisation_path("/rename"), &[("name", "Renamed")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/merge (confirmation)",
        request: |c, f| {
            let into = f.outsider_org.0;
            c.get(&f.organisation_path(&format!("/merge?into={into}")))
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(200),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/merge",
        request: |c, f| {
            let into = f.outsider_org.0.to_string();
            post_form(c, &f.organisation_path("/merge"), &[("into", &into)])
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/belongs-to",
        request: |c, f| {
            let into = f.outsider_org.0.to_string();
            post_form(c, &f.path("/belongs-to"), &[("organisation", &into)])
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/notes",
        request: |c, f| post_form(c, &f.path("/notes"), &[("notes", "Renewal handled by Ann")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/auto-renew (turn it on)",
        request: |c, f| post_form(c, &f.path("/auto-renew"), &[("auto_renew", "on")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/renew",
        request: |c, f| c.get(&f.path("/renew")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/renew",
        request: |c, f| post_form(c, &f.path("/renew"), &[("months", "12")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/archive (confirmation)",
        request: |c, f| c.get(&f.path("/archive")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/archive",
        request: |c, f| post_form(c, &f.path("/archive"), &[]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/restore (of an archived licence)",
        request: |c, f| {
            f.server
                .db()
                .execute(
                    "UPDATE licences SET archived = 1 WHERE id = ?1",
                    [f.licence.0],
                )
                .unwrap();
            let before = f.snapshot();
            let mut r = post_form(c, &f.path("/restore"), &[]);
            // Whether the request itself changed anything (the archiving above is the test's).
            r.body = format!(
                "{}{}",
                r.body,
                if f.snapshot() == before { "" } else { RESTORED }
            );
            r
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            restored(303),
            restored(303),
            restored(303),
            restored(303),
            write_hidden(404),
            write_hidden(403),
            write_hidden(403),
            write_hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/key-history/{entry}/restore (confirmation)",
        request: |c, f| {
            let entry = f.earlier_key();
            c.get(&f.path(&format!("/key-history/{entry}/restore")))
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write(403),
            write(200),
            write(200),
            write(200),
            write_hidden(404),
            write(403),
            write(403),
            write_hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/key-history/{entry}/restore",
        request: |c, f| {
            let entry = f.earlier_key();
            let before = f.snapshot();
            let mut r = post_form(c, &f.path(&format!("/key-history/{entry}/restore")), &[]);
            // Whether the request itself changed anything (the history entry is the test's).
            r.body = if f.snapshot() == before {
                String::new()
            } else {
                RESTORED.to_owned()
            };
            r
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write_hidden(403),
            restored(303),
            restored(303),
            restored(303),
            write_hidden(404),
            write_hidden(403),
            write_hidden(403),
            write_hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/replace-key",
        request: |c, f| c.get(&f.path("/replace-key")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/replace-key (the review of a pasted key)",
        request: |c, f| {
            let key = encoder::test_key(SEN, "conf", &[("NumberOfUsers", "999")]);
            post_form(
                c,
                &f.path("/replace-key"),
                &[("key", &key), ("accept_not_genuine", "on")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/replace-key (confirmed)",
        request: |c, f| {
            let key = encoder::test_key(SEN, "conf", &[("NumberOfUsers", "999")]);
            post_form(
                c,
                &f.path("/replace-key"),
                &[
                    ("key", &key),
                    ("accept_not_genuine", "on"),
                    ("confirm", "yes"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/delete (confirmation)",
        request: |c, f| c.get(&f.path("/delete")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(403),
            read(403),
            read(200),
            read(403),
            hidden(404),
            read(403),
            read(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/delete",
        request: |c, f| post_form(c, &f.path("/delete"), &[]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(403),
            read(403),
            write(303),
            read(403),
            hidden(404),
            read(403),
            read(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/host (the licence is no app licence: it has no host)",
        request: |c, f| post_form(c, &f.path("/host"), &[("host", "none"), ("confirm", "yes")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(404),
            read(404),
            read(404),
            read(404),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/upgrade",
        request: |c, f| c.get(&f.path("/upgrade")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/upgrade (500 to 1000 users)",
        request: |c, f| post_form(c, &f.path("/upgrade"), &[("user_tier", "1000")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{evaluation}/upgrade (evaluations are extended instead)",
        request: |c, f| c.get(&f.evaluation_path("/upgrade")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(400),
            read(400),
            read(400),
            read(400),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    // The evaluation: extended, then given its key.
    Row {
        action: "GET /licences/{evaluation}/extend",
        request: |c, f| shown_by(c.get(&f.evaluation_path("/extend")), EVALUATION_NAME),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{evaluation}/extend (to 60 days from its start)",
        request: |c, f| {
            let until = jiff::Zoned::now()
                .date()
                .checked_add(jiff::Span::new().days(50))
                .unwrap()
                .to_string();
            post_form(
                c,
                &f.evaluation_path("/extend"),
                &[("licence_expiry", &until)],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/extend (not an evaluation)",
        request: |c, f| c.get(&f.path("/extend")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(400),
            read(400),
            read(400),
            read(400),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{evaluation}/attach-key",
        request: |c, f| shown_by(c.get(&f.evaluation_path("/attach-key")), EVALUATION_NAME),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{evaluation}/attach-key (its key arrived)",
        request: |c, f| {
            let key = encoder::test_key(
                "SEN-L-MATRIX",
                "conf",
                &[("NumberOfUsers", "10"), ("Evaluation", "true")],
            );
            post_form(
                c,
                &f.evaluation_path("/attach-key"),
                &[("key", &key), ("accept_not_genuine", "on")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/attach-key (it has a key already)",
        request: |c, f| c.get(&f.path("/attach-key")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(400),
            read(400),
            read(400),
            read(400),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/developer",
        request: |c, f| c.get(&f.path("/developer")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/developer (a developer key with its SEN)",
        request: |c, f| {
            let key = encoder::test_key(
                SEN,
                "conf",
                &[("NumberOfUsers", "500"), ("LicenseTypeName", "DEVELOPER")],
            );
            post_form(
                c,
                &f.path("/developer"),
                &[("key", &key), ("accept_not_genuine", "on")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/developer (link the outsider's licence: unseen, so 404 before anything)",
        request: |c, f| {
            let other = f.other_licence.to_string();
            post_form(
                c,
                &f.path("/developer"),
                &[
                    ("action", "link"),
                    ("developer", &other),
                    ("confirm", "yes"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(400),
            hidden(404),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/developer (link the evaluation: no developer licence)",
        request: |c, f| {
            let evaluation = f.evaluation.to_string();
            post_form(
                c,
                &f.path("/developer"),
                &[
                    ("action", "link"),
                    ("developer", &evaluation),
                    ("confirm", "yes"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(400),
            read(400),
            read(400),
            read(400),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/developer (unlink a licence that is not linked to it)",
        request: |c, f| {
            let evaluation = f.evaluation.to_string();
            post_form(
                c,
                &f.path("/developer"),
                &[
                    ("action", "unlink"),
                    ("developer", &evaluation),
                    ("confirm", "yes"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(400),
            read(400),
            read(400),
            read(400),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{evaluation}/developer (evaluations have none)",
        request: |c, f| c.get(&f.evaluation_path("/developer")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(400),
            read(400),
            read(400),
            read(400),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    // Adding licences: anyone signed in may, and becomes the new licence's contact.
    Row {
        action: "GET /licences/new",
        request: |c, _| c.get("/licences/new"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /licences/new/key (a key not recorded yet)",
        request: |c, _| {
            let key = encoder::test_key("SEN-NEW-5", "conf", &[("NumberOfUsers", "25")]);
            post_form(
                c,
                "/licences/new/key",
                &[("key", &key), ("accept_not_genuine", "on")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "POST /licences/new/key (the licence's own key: recorded once)",
        request: |c, f| {
            let key = f.key();
            post_form(
                c,
                "/licences/new/key",
                &[("key", &key), ("accept_not_genuine", "on")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(422),
            read(422),
            read(422),
            read(422),
            read(422),
            hidden(422),
            read(422),
            read(422),
            hidden(422),
        ],
    },
    Row {
        action: "POST /licences/new/key (a developer key with the licence's SEN: linked to it?)",
        request: |c, f| {
            let key = encoder::test_key(
                SEN,
                "conf",
                &[("NumberOfUsers", "500"), ("LicenseTypeName", "DEVELOPER")],
            );
            let mut r = post_form(
                c,
                "/licences/new/key",
                &[("key", &key), ("accept_not_genuine", "on")],
            );
            // Linking gives the new licence the licence's contacts and expiry: only for
            // someone who may see the licence.
            let linked = f.server.count(&format!(
                "SELECT count(*) FROM licences WHERE production_licence_id = {}",
                f.licence.0
            ));
            r.body = if linked > 0 {
                ORGANISATION.to_owned()
            } else {
                String::new()
            };
            r
        },
        expect: [
            SIGN_IN_FIRST,
            write_sees(303, false),
            write_sees(303, true),
            write_sees(303, true),
            write_sees(303, true),
            write_sees(303, true),
            write_sees(303, false),
            write_sees(303, false),
            write_sees(303, false),
            write_sees(303, false),
        ],
    },
    Row {
        action: "POST /licences/new/hand",
        request: |c, _| {
            post_form(
                c,
                "/licences/new/hand",
                &[
                    ("product", "Jira"),
                    ("licence_type", "Commercial"),
                    ("deployment", "server"),
                    ("user_tier", "50"),
                    ("organisation", "Hand Org"),
                    ("support_expiry", "2031-01-01"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "GET /licences/new-evaluation",
        request: |c, _| c.get("/licences/new-evaluation"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /licences/new-evaluation",
        request: |c, _| {
            post_form(
                c,
                "/licences/new-evaluation",
                &[
                    ("product", "Confluence"),
                    ("deployment", "server"),
                    ("server_id", "BG9T-XUV4-KZZH-B01W"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    // Contacts.
    Row {
        action: "GET /licences/{id}/contacts",
        request: |c, f| shown_by(c.get(&f.path("/contacts")), SEN),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts (add a technical contact by e-mail)",
        request: |c, f| {
            post_form(
                c,
                &f.path("/contacts"),
                &[
                    ("role", "technical"),
                    ("email_technical", "newcomer@example.com"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts (the invited account, which has an invitation)",
        request: |c, f| {
            let link = invitation_link(f);
            let added = post_form(
                c,
                &f.path("/contacts"),
                &[("role", "technical"), ("email_technical", INVITED)],
            );
            // Its invitation must still work afterwards, whoever added it: the answer turns
            // into the link's when it does not.
            link_still_works(c, &link, added)
        },
        // Anonymous and the non-contact: the row's own link is the change.
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            write_hidden(404),
            write_hidden(403),
            write_hidden(403),
            write_hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/contacts/remove (confirmation, the secondary)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            c.get(&f.path(&format!(
                "/contacts/remove?role=technical&account={account}"
            )))
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts/remove (the secondary)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0.to_string();
            post_form(
                c,
                &f.path("/contacts/remove"),
                &[("role", "technical"), ("account", &account)],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts/remove (the third contact, not primary)",
        request: |c, f| {
            let account = f.third.0.to_string();
            post_form(
                c,
                &f.path("/contacts/remove"),
                &[("role", "technical"), ("account", &account)],
            )
        },
        // As the contacts section says: "Any contact can add and remove contacts" (SPEC §3.3
        // does not say who may remove; only that the primary cannot be removed).
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts/remove (the primary: refused)",
        request: |c, f| {
            let account = f.account(Role::Primary).0.to_string();
            post_form(
                c,
                &f.path("/contacts/remove"),
                &[("role", "technical"), ("account", &account)],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(409),
            read(409),
            read(409),
            read(409),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/contacts/primary (confirmation, the secondary)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            c.get(&f.path(&format!(
                "/contacts/primary?role=technical&account={account}"
            )))
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(200),
            read(200),
            read(200),
            read(200),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts/primary (the secondary: themselves, or by others)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0.to_string();
            post_form(
                c,
                &f.path("/contacts/primary"),
                &[("role", "technical"), ("account", &account)],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /licences/{id}/contacts/primary (confirmation, a third person)",
        request: |c, f| {
            let account = f.third.0;
            c.get(&f.path(&format!(
                "/contacts/primary?role=technical&account={account}"
            )))
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(403),
            read(200),
            read(200),
            read(200),
            hidden(404),
            read(403),
            read(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /licences/{id}/contacts/primary (a third person)",
        request: |c, f| {
            let account = f.third.0.to_string();
            post_form(
                c,
                &f.path("/contacts/primary"),
                &[("role", "technical"), ("account", &account)],
            )
        },
        // A secondary contact cannot promote a third person (SPEC §3.3).
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            read(403),
            write(303),
            write(303),
            write(303),
            hidden(404),
            read(403),
            read(403),
            hidden(404),
        ],
    },
    // Orders: a primary sees the orders placed while they were primary; admins see all.
    Row {
        action: "GET /orders (the licence's order shows by its PO number)",
        request: |c, _| {
            let mut r = c.get("/orders");
            r.body = if r.body.contains(ORDER_PO) {
                ORGANISATION.to_owned()
            } else {
                String::new()
            };
            r
        },
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
        ],
    },
    Row {
        action: "GET /orders.csv (the licence's order shows by its PO number)",
        request: |c, _| {
            let mut r = c.get("/orders.csv");
            r.body = if r.body.contains(ORDER_PO) {
                ORGANISATION.to_owned()
            } else {
                String::new()
            };
            r
        },
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
        ],
    },
    // Administration: 404 to everyone but administrators, as if it did not exist.
    Row {
        action: "GET /admin",
        request: |c, _| c.get("/admin"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/outbox",
        request: |c, _| c.get("/admin/outbox"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/end-of-data-center",
        request: |c, _| c.get("/admin/end-of-data-center"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/end-of-data-center.csv",
        request: |c, _| c.get("/admin/end-of-data-center.csv"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/coterm",
        request: |c, f| c.get(&f.organisation_path("/coterm")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/coterm.csv",
        request: |c, f| c.get(&f.organisation_path("/coterm.csv?until=2031-01-15")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(200),
            read(200),
            hidden(404),
            read(200),
            read(200),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/coterm (confirmed renewal orders)",
        request: |c, f| {
            post_form(
                c,
                &f.organisation_path("/coterm"),
                &[("until", "2031-01-15"), ("confirm", "1")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /dashboard",
        request: |c, _| c.get("/dashboard"),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            hidden(404),
        ],
    },
    Row {
        action: "GET /dashboard?organisation={the outsider's organisation}",
        request: |c, f| c.get(&format!("/dashboard?organisation={}", f.outsider_org.0)),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(false),
            hidden(404),
            sees(false),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/report",
        request: |c, f| c.get(&f.organisation_path("/report")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/reports (switch the monthly report off)",
        request: |c, f| post_form(c, &f.organisation_path("/reports"), &[("on", "0")]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            write(303),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /admin/audit",
        request: |c, _| c.get("/admin/audit"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/audit.csv (the audit log's entries as CSV)",
        request: |c, _| c.get("/admin/audit.csv"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/outbox/1 (a mail about the licence)",
        request: |c, _| c.get("/admin/outbox/1"),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(true),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "GET /admin/outbox/1/eml",
        request: |c, _| c.get("/admin/outbox/1/eml"),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(true),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "POST /admin/outbox/1/retry",
        request: |c, _| post_form(c, "/admin/outbox/1/retry", &[]),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/outbox.zip (every mail as .eml files)",
        request: |c, _| c.get("/admin/outbox.zip"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/webhooks",
        request: |c, _| c.get("/admin/webhooks"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/webhooks (create a portal webhook)",
        request: |c, _| {
            post_form(
                c,
                "/admin/webhooks",
                &[
                    ("url", "https://hooks.example/matrix"),
                    ("format", "json"),
                    ("organisation", ""),
                    ("events", "licence-expired"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/webhooks/{id} (its page, with its secret)",
        request: |c, f| {
            let id = webhook(f);
            c.get(&format!("/admin/webhooks/{id}"))
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(200),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "POST /admin/webhooks/{id}/test",
        request: |c, f| {
            let id = webhook(f);
            post_form(c, &format!("/admin/webhooks/{id}/test"), &[])
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(303),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "GET /admin/webhooks/{id}/delete (the confirmation)",
        request: |c, f| {
            let id = webhook(f);
            c.get(&format!("/admin/webhooks/{id}/delete"))
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(200),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "POST /admin/webhooks/{id}/delete",
        request: |c, f| {
            let id = webhook(f);
            post_form(c, &format!("/admin/webhooks/{id}/delete"), &[])
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(303),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "POST /admin/webhooks/{id}/enabled (pause it)",
        request: |c, f| {
            let id = webhook(f);
            post_form(c, &format!("/admin/webhooks/{id}/enabled"), &[("on", "0")])
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(303),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "POST /admin/webhooks/deliveries/{id}/retry",
        request: |c, f| {
            let id = failed_delivery(f);
            post_form(c, &format!("/admin/webhooks/deliveries/{id}/retry"), &[])
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(303),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "GET /admin/lifecycle",
        request: |c, _| c.get("/admin/lifecycle"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/lifecycle/cutoffs/download",
        request: |c, _| c.get("/admin/lifecycle/cutoffs/download"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/lifecycle/cutoffs/preview (no file: refused, nothing changes)",
        request: |c, _| {
            let csrf = c.get("/licences").field_value("csrf").unwrap_or_default();
            multipart(c, "/admin/lifecycle/cutoffs/preview", &[("csrf", &csrf)])
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(422),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/lifecycle/cutoffs/confirm",
        request: |c, _| {
            post_form(
                c,
                "/admin/lifecycle/cutoffs/confirm",
                &[("content", LIFECYCLE_CUTOFFS)],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/lifecycle/cutoffs/reset (nothing imported: nothing changes)",
        request: |c, _| post_form(c, "/admin/lifecycle/cutoffs/reset", &[]),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/accounts/{secondary}/disable (confirmation)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            c.get(&format!("/admin/accounts/{account}/disable"))
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{secondary}/disable",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            post_form(c, &format!("/admin/accounts/{account}/disable"), &[])
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{invited}/disable (then its invitation link)",
        request: |c, f| {
            let link = invitation_link(f);
            post_form(c, &format!("/admin/accounts/{}/disable", f.invited.0), &[]);
            c.get(&format!("/invite/{link}"))
        },
        // Only an administrator can disable it, and then the link has ended.
        expect: [
            write(200),
            write(200),
            write(200),
            write(200),
            write(410),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
        ],
    },
    Row {
        action: "POST /admin/accounts/{invited}/enable (disabled with an invitation: it stays ended)",
        request: |c, f| {
            let link = invitation_link(f);
            let conn = f.server.db();
            store::people::set_state(&conn, f.invited, AccountState::Disabled, store::unix_now())
                .unwrap();
            post_form(c, &format!("/admin/accounts/{}/enable", f.invited.0), &[]);
            c.get(&format!("/invite/{link}"))
        },
        expect: [
            write(410),
            write(410),
            write(410),
            write(410),
            write(410),
            write(410),
            write(410),
            write(410),
            write(410),
            write(410),
        ],
    },
    Row {
        action: "POST /admin/accounts/{disabled}/enable",
        request: |c, f| post_form(c, &format!("/admin/accounts/{}/enable", f.disabled.0), &[]),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{invited}/invite (a new invitation)",
        request: |c, f| post_form(c, &format!("/admin/accounts/{}/invite", f.invited.0), &[]),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{secondary}/invite (active: nothing to re-send)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            post_form(c, &format!("/admin/accounts/{account}/invite"), &[])
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(409),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts (invite a new user)",
        request: |c, _| post_form(c, "/admin/accounts", &[("email", "matrix-new@example.com")]),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts (an address that has an account)",
        request: |c, _| post_form(c, "/admin/accounts", &[("email", "secondary@example.com")]),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(409),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/accounts/{secondary}/admin (confirmation)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            c.get(&format!("/admin/accounts/{account}/admin"))
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{secondary}/admin (make an administrator)",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            post_form(
                c,
                &format!("/admin/accounts/{account}/admin"),
                &[("admin", "1")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{admin}/admin (the last administrator steps down)",
        request: |c, f| {
            let account = f.account(Role::Admin).0;
            post_form(
                c,
                &format!("/admin/accounts/{account}/admin"),
                &[("admin", "0")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(409),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{secondary}/reset-link",
        request: |c, f| {
            let account = f.account(Role::Secondary).0;
            post_form(c, &format!("/admin/accounts/{account}/reset-link"), &[])
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/accounts/{invited}/reset-link (invited: no password to reset)",
        request: |c, f| {
            post_form(
                c,
                &format!("/admin/accounts/{}/reset-link", f.invited.0),
                &[],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(409),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    // Diagnosis: the comparison names only the licences the user may see.
    Row {
        action: "GET /diagnose",
        request: |c, _| c.get("/diagnose"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /diagnose (the licence's key, another Server ID)",
        request: |c, f| {
            let key = f.key();
            let mut r = post_form(
                c,
                "/diagnose",
                &[("key", &key), ("server_id", "ZZ11-YY22-XX33-WW44")],
            );
            // The licence on record is named "#<id> <name>" in the comparison.
            let named = format!("#{} {}", f.licence.0, LICENCE_NAME);
            r.body = if r.text().contains(&named) {
                ORGANISATION.to_owned()
            } else {
                String::new()
            };
            r
        },
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
        ],
    },
    Row {
        action: "POST /diagnose/apply (update the Server ID on record, confirmed)",
        request: |c, f| {
            let licence = f.licence.0.to_string();
            post_form(
                c,
                "/diagnose/apply",
                &[
                    ("licence", &licence),
                    ("server_id", "ZZ11-YY22-XX33-WW44"),
                    ("confirmed", "yes"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            write(303),
            write(303),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    // A recorded installation of the licence: deleted by whoever may change the licence.
    Row {
        action: "GET /instances/{id}/delete (confirmation)",
        request: |c, f| {
            let id = installation(f);
            c.get(&format!("/instances/{id}/delete"))
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write(200),
            write(200),
            write(200),
            write(200),
            write_hidden(404),
            write_hidden(403),
            write_hidden(403),
            write_hidden(404),
        ],
    },
    Row {
        action: "POST /instances/{id}/delete",
        // The answer names the licence's organisation while the installation is still there:
        // a refusal "shows" it, a deletion does not.
        request: |c, f| {
            let id = installation(f);
            let answer = post_form(c, &format!("/instances/{id}/delete"), &[]);
            f.installation_kept(answer, id)
        },
        expect: [
            write_sees(303, true),
            write_sees(404, true),
            write_sees(303, false),
            write_sees(303, false),
            write_sees(303, false),
            write_sees(303, false),
            write_sees(404, true),
            write_sees(403, true),
            write_sees(403, true),
            write_sees(404, true),
        ],
    },
    // Profile and password: one's own account only.
    Row {
        action: "GET /account",
        request: |c, _| c.get("/account"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /account (name and language)",
        request: |c, _| post_form(c, "/account", &[("name", "New Name"), ("language", "en")]),
        expect: [
            SIGN_IN_FIRST,
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "GET /account/password",
        request: |c, _| c.get("/account/password"),
        expect: [
            SIGN_IN_FIRST,
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /account/password (the current password, a new one)",
        request: |c, _| {
            post_form(
                c,
                "/account/password",
                &[
                    ("current", PASSWORD),
                    ("password", "a long new password"),
                    ("confirm", "a long new password"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    Row {
        action: "POST /account/password (a wrong current password)",
        request: |c, _| {
            post_form(
                c,
                "/account/password",
                &[
                    ("current", "not it"),
                    ("password", "a long new password"),
                    ("confirm", "a long new password"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
        ],
    },
    // Personal access tokens: one's own only; narrowing one to an organisation needs to reach
    // it now (an administrator reaches all), and a refusal does not name the organisation.
    Row {
        action: "POST /account/tokens (a read token for every licence one sees)",
        request: |c, _| {
            post_form(
                c,
                "/account/tokens",
                &[("token_name", "Matrix"), ("scope", "read")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
        ],
    },
    Row {
        action: "POST /account/tokens (narrowed to the licence's organisation)",
        request: |c, f| {
            let organisation = f.matrix_org.0.to_string();
            post_form(
                c,
                "/account/tokens",
                &[
                    ("token_name", "Matrix"),
                    ("scope", "write"),
                    ("organisation", &organisation),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(422),
            hidden(422),
            hidden(422),
            write(200),
            write(200),
            hidden(422),
            write(200),
            write(200),
            hidden(422),
        ],
    },
    Row {
        action: "GET /account/tokens/{id}/revoke (the primary contact's token)",
        request: |c, f| {
            let id = primary_token(f);
            c.get(&format!("/account/tokens/{id}/revoke"))
        },
        // The token made here is the test's own, before the request; the row writes.
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write_hidden(404),
            write(200),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
        ],
    },
    Row {
        action: "POST /account/tokens/{id}/revoke (the primary contact's token)",
        request: |c, f| {
            let id = primary_token(f);
            post_form(c, &format!("/account/tokens/{id}/revoke"), &[])
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write_hidden(404),
            write(303),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
        ],
    },
    // The calendar feed: one's own, made on the account page; the feed shows the licences its
    // account sees (the licence by its organisation, named in each event's description).
    Row {
        action: "GET /calendar/{secret}.ics (one's own feed, made on the account page)",
        request: |c, _| own_feed(c),
        expect: [
            SIGN_IN_FIRST,
            write_sees(200, false),
            write_sees(200, true),
            write_sees(200, true),
            write_sees(200, true),
            write_sees(200, true),
            write_sees(200, false),
            write_sees(200, true),
            write_sees(200, true),
            write_sees(200, false),
        ],
    },
    Row {
        action: "GET /calendar/{a secret no feed has}.ics (while the primary has a feed)",
        request: |c, f| {
            let token = Token::generate();
            f.server
                .db()
                .execute(
                    "INSERT OR REPLACE INTO calendar_feeds (account_id, token_hash, created_at) \
                     VALUES (?1, ?2, 1)",
                    rusqlite::params![f.account(Role::Primary).0, Token::generate().hash()],
                )
                .unwrap();
            c.get(&format!("/calendar/{}.ics", token.as_str()))
        },
        expect: [
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
        ],
    },
    Row {
        action: "POST /account/calendar (a new feed address, shown once)",
        request: |c, _| post_form(c, "/account/calendar", &[]),
        expect: [
            SIGN_IN_FIRST,
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
        ],
    },
    Row {
        action: "GET /account/calendar/revoke (without a feed: back to the account)",
        request: |c, _| c.get("/account/calendar/revoke"),
        expect: [
            SIGN_IN_FIRST,
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
            read(303),
        ],
    },
    Row {
        action: "GET /account/calendar/revoke (the confirmation, after making a feed)",
        request: |c, _| {
            let made = post_form(c, "/account/calendar", &[]);
            if made.status != 200 {
                return made;
            }
            c.get("/account/calendar/revoke")
        },
        expect: [
            SIGN_IN_FIRST,
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
        ],
    },
    Row {
        action: "POST /account/calendar/revoke (after making a feed)",
        request: |c, _| {
            let made = post_form(c, "/account/calendar", &[]);
            if made.status != 200 {
                return made;
            }
            post_form(c, "/account/calendar/revoke", &[])
        },
        expect: [
            SIGN_IN_FIRST,
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
            write(303),
        ],
    },
    // Consolidation: a user gives up only their own licences, and a request is seen and
    // decided only by its two accounts (the fixture's: from the secondary to the primary).
    // Administrators name the giving account and apply at once. Pages name licences by SEN.
    Row {
        action: "GET /consolidate?from=primary@example.com (a user's own licences, always)",
        request: |c, _| shown_by(c.get("/consolidate?from=primary%40example.com"), SEN),
        expect: [
            SIGN_IN_FIRST,
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(false),
            sees(false),
            sees(false),
            sees(false),
        ],
    },
    Row {
        action: "GET /consolidate/preview (the licence, from the secondary to the third contact)",
        request: |c, f| {
            let path = format!(
                "/consolidate/preview?from=secondary%40example.com&to=third%40example.com&licence={}",
                f.licence.0
            );
            shown_by(c.get(&path), SEN)
        },
        // Not a contact: "not yours", as for an id that does not exist.
        expect: [
            SIGN_IN_FIRST,
            hidden(422),
            sees(true),
            sees(true),
            sees(true),
            hidden(422),
            hidden(422),
            hidden(422),
            hidden(422),
            hidden(422),
        ],
    },
    Row {
        action: "POST /consolidate/requests (the licence, to the third contact)",
        request: |c, f| {
            let licence = f.licence.0.to_string();
            post_form(
                c,
                "/consolidate/requests",
                &[("to", THIRD), ("licence", &licence)],
            )
        },
        // A request gives up the requester's own licences: an administrator holds none.
        expect: [
            SIGN_IN_FIRST,
            read(422),
            write(303),
            write(303),
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
            read(422),
        ],
    },
    Row {
        action: "POST /consolidate/apply (from the secondary to the third contact)",
        request: |c, f| {
            let licence = f.licence.0.to_string();
            post_form(
                c,
                "/consolidate/apply",
                &[
                    ("from", "secondary@example.com"),
                    ("to", THIRD),
                    ("licence", &licence),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /consolidate/requests/{request}",
        request: |c, f| {
            shown_by(
                c.get(&format!("/consolidate/requests/{}", f.consolidation)),
                SEN,
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
        ],
    },
    Row {
        action: "POST /consolidate/requests/{request}/accept",
        request: |c, f| {
            post_form(
                c,
                &format!("/consolidate/requests/{}/accept", f.consolidation),
                &[],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /consolidate/requests/{request}/decline",
        request: |c, f| {
            post_form(
                c,
                &format!("/consolidate/requests/{}/decline", f.consolidation),
                &[],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /consolidate/requests/{request}/cancel",
        request: |c, f| {
            post_form(
                c,
                &format!("/consolidate/requests/{}/cancel", f.consolidation),
                &[],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    // Forgot password: the same answer whether or not the address has an account.
    Row {
        action: "GET /forgot",
        request: |c, _| c.get("/forgot"),
        expect: [
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "POST /forgot (an address with an account)",
        request: |c, _| forgot(c, "secondary@example.com"),
        expect: [
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
        ],
    },
    Row {
        action: "POST /forgot (an address without an account)",
        request: |c, _| forgot(c, "nobody@example.com"),
        expect: [
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
            read(200),
        ],
    },
    Row {
        action: "GET /organisations/{id}/people",
        request: |c, f| c.get(&f.organisation_path("/people")),
        // Administrators, and the organisation's managers and consultants (none here): the
        // licences' contacts reach the licences, not the organisation's people.
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
            sees(true),
            sees(true),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/managers",
        request: |c, f| {
            post_form(
                c,
                &f.organisation_path("/managers"),
                &[("email", THIRD), ("language", "en")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/managers/{third}/remove (not a manager)",
        request: |c, f| c.get(&f.organisation_path(&format!("/managers/{}/remove", f.third.0))),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(409),
            read(409),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/managers/{third}/remove (not a manager)",
        request: |c, f| {
            let path = f.organisation_path(&format!("/managers/{}/remove", f.third.0));
            post_form(c, &path, &[])
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(409),
            read(409),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/grants",
        request: |c, f| {
            let until = jiff::Zoned::now().date().tomorrow().unwrap().to_string();
            post_form(
                c,
                &f.organisation_path("/grants"),
                &[
                    ("email", THIRD),
                    ("until", until.as_str()),
                    ("language", "en"),
                ],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/grants/{grant}/revoke (the consultant's running grant)",
        request: |c, f| {
            let path =
                f.organisation_path(&format!("/grants/{}/revoke", f.grant_of(Role::Consultant)));
            post_form(c, &path, &[])
        },
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/managers/{manager}/remove (the manager, by others)",
        request: |c, f| {
            let path =
                f.organisation_path(&format!("/managers/{}/remove", f.account(Role::Manager).0));
            post_form(c, &path, &[])
        },
        // The organisation's only manager: an administrator may remove them, nobody else.
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            read(409),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/mailboxes",
        request: |c, f| {
            post_form(
                c,
                &f.organisation_path("/mailboxes"),
                &[("address", "licences@matrix.example"), ("language", "de")],
            )
        },
        // Administrators and the organisation's managers; a consultant reads, changes nothing.
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            write(303),
            write(303),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/mailboxes/{mailbox}/remove (no such mailbox)",
        request: |c, f| c.get(&f.organisation_path("/mailboxes/999999/remove")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(404),
            read(404),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/mailboxes/{mailbox}/remove (no such mailbox)",
        request: |c, f| post_form(c, &f.organisation_path("/mailboxes/999999/remove"), &[]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(404),
            read(404),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "GET /organisations/{id}/mailboxes/{mailbox}/remove (the confirmation)",
        request: |c, f| {
            let mailbox = f.mailbox(Some(f.matrix_org));
            c.get(&f.organisation_path(&format!("/mailboxes/{mailbox}/remove")))
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_hidden(404),
            write_hidden(404),
            write_hidden(404),
            write(200),
            write(200),
            write_hidden(404),
            write_hidden(403),
            write_hidden(403),
            write_hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/mailboxes/{mailbox}/remove (the organisation's mailbox)",
        request: |c, f| {
            let mailbox = f.mailbox(Some(f.matrix_org));
            let path = f.organisation_path(&format!("/mailboxes/{mailbox}/remove"));
            f.mailbox_kept(post_form(c, &path, &[]), mailbox)
        },
        // The answer says whether the mailbox is still there ("shows the licence" = kept).
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(303, false),
            write_sees(303, false),
            write_sees(404, true),
            write_sees(403, true),
            write_sees(403, true),
            write_sees(404, true),
        ],
    },
    Row {
        action: "POST /organisations/{id}/mailboxes/{mailbox}/remove (the other organisation's)",
        request: |c, f| {
            let mailbox = f.mailbox(Some(f.outsider_org));
            let path = f.organisation_path(&format!("/mailboxes/{mailbox}/remove"));
            f.mailbox_kept(post_form(c, &path, &[]), mailbox)
        },
        // Named under the wrong organisation, nobody removes it.
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(403, true),
            write_sees(403, true),
            write_sees(404, true),
        ],
    },
    Row {
        action: "GET /admin/mailboxes",
        request: |c, _| c.get("/admin/mailboxes"),
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "POST /admin/mailboxes",
        request: |c, _| {
            post_form(
                c,
                "/admin/mailboxes",
                &[("address", "ops@matrix.example"), ("language", "en")],
            )
        },
        expect: [
            SIGN_IN_FIRST,
            read(404),
            read(404),
            read(404),
            write(303),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
        ],
    },
    Row {
        action: "GET /admin/mailboxes/{mailbox}/remove (the confirmation)",
        request: |c, f| {
            let mailbox = f.mailbox(None);
            c.get(&format!("/admin/mailboxes/{mailbox}/remove"))
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write(404),
            write(404),
            write(404),
            write(200),
            write(404),
            write(404),
            write(404),
            write(404),
            write(404),
        ],
    },
    Row {
        action: "POST /admin/mailboxes/{mailbox}/remove (a portal mailbox)",
        request: |c, f| {
            let mailbox = f.mailbox(None);
            let answer = post_form(c, &format!("/admin/mailboxes/{mailbox}/remove"), &[]);
            f.mailbox_kept(answer, mailbox)
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(303, false),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
        ],
    },
    Row {
        action: "POST /admin/mailboxes/{mailbox}/remove (an organisation's mailbox)",
        request: |c, f| {
            let mailbox = f.mailbox(Some(f.matrix_org));
            let answer = post_form(c, &format!("/admin/mailboxes/{mailbox}/remove"), &[]);
            f.mailbox_kept(answer, mailbox)
        },
        expect: [
            SIGN_IN_FIRST_AFTER_SETUP,
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
            write_sees(404, true),
        ],
    },
    Row {
        action: "GET /organisations/{id}/grants/{grant}/revoke (no such grant)",
        request: |c, f| c.get(&f.organisation_path("/grants/999999/revoke")),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            read(404),
            read(404),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
    Row {
        action: "POST /organisations/{id}/grants/{grant}/revoke (no such grant)",
        request: |c, f| post_form(c, &f.organisation_path("/grants/999999/revoke"), &[]),
        expect: [
            SIGN_IN_FIRST,
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(404),
            hidden(403),
            hidden(403),
            hidden(404),
        ],
    },
];

/// Posts a form as a person does: with the CSRF token their pages carry (the session's, or
/// the anonymous cookie's for someone not signed in).
/// A webhook of the whole portal, made in the database; its address takes no connection
/// (port 9), so its deliveries fail and wait.
/// An installation recorded by the command line, running the licence; its id.
fn installation(fixture: &Fixture) -> i64 {
    store::instances::record(
        &fixture.server.db(),
        &store::instances::NewInstance {
            product: "Confluence",
            label: "matrix wiki",
            host: "matrix-host.example",
            home: "/srv/confluence",
            server_id: Some("B1C2-D3E4-F5G6-H7I8"),
            verdict: "match",
            recorded_by: "command line",
            keys: &[store::instances::InstanceKey {
                licence_key: fixture.key(),
                sen: Some(SEN.into()),
                licence_id: Some(fixture.licence),
            }],
            cluster_node: None,
            cluster: None,
        },
        store::unix_now(),
    )
    .unwrap()
}

fn webhook(fixture: &Fixture) -> i64 {
    use licensedesk::domain::webhooks::{WebhookEvent, WebhookFormat};
    store::webhooks::insert(
        &fixture.server.db(),
        &store::webhooks::NewWebhook {
            organisation_id: None,
            url: "http://127.0.0.1:9/matrix",
            format: WebhookFormat::Json,
            events: &[WebhookEvent::LicenceExpired],
            secret: "matrix-secret",
            language: licensedesk::domain::Language::En,
            portal_url: "https://portal.example",
            created_by: None,
        },
        store::unix_now(),
    )
    .unwrap()
}

/// A delivery of a [`webhook`] that has failed for good.
fn failed_delivery(fixture: &Fixture) -> i64 {
    use licensedesk::domain::webhooks::WebhookEvent;
    let hook = webhook(fixture);
    let conn = fixture.server.db();
    let id = store::webhooks::enqueue(
        &conn,
        &store::webhooks::NewDelivery {
            webhook_id: hook,
            url: "http://127.0.0.1:9/matrix",
            event: WebhookEvent::Test,
            licence_id: None,
            body: "{}",
            delivery_key: &format!("<{}@webhook>", Token::generate().as_str()),
        },
        store::unix_now(),
    )
    .unwrap();
    conn.execute(
        "UPDATE outbox SET state = 'failed', attempts = 6, last_error = 'HTTP 500' WHERE id = ?1",
        [id],
    )
    .unwrap();
    id
}

fn post_form(client: &mut Client, path: &str, fields: &[(&str, &str)]) -> Resp {
    let csrf = client
        .get("/licences")
        .field_value("csrf")
        .or_else(|| client.get("/forgot").field_value("csrf"))
        .unwrap_or_default();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    client.post(path, &all)
}

/// Makes the client's own calendar feed on the account page and reads it as a calendar
/// program does (the answer that made it, when it was refused).
fn own_feed(client: &mut Client) -> Resp {
    let made = post_form(client, "/account/calendar", &[]);
    if made.status != 200 {
        return made;
    }
    let start = made.body.find("/calendar/").expect("the feed's address");
    let end = start + made.body[start..].find(".ics").expect(".ics") + ".ics".len();
    let path = made.body[start..end].to_owned();
    client.get(&path)
}

/// A sign-in through the reverse proxy, for the client at `forwarded_for`.
fn forwarded_sign_in(
    client: &mut Client,
    forwarded_for: &str,
    email: &str,
    password: &str,
) -> Resp {
    let csrf = client
        .get("/forgot")
        .field_value("csrf")
        .unwrap_or_default();
    client.post_with(
        "/signin",
        &[("csrf", &csrf), ("email", email), ("password", password)],
        &[("X-Forwarded-For", forwarded_for)],
    )
}

/// An invitation for the invited account (valid 7 days): its token.
fn invitation_link(fixture: &Fixture) -> String {
    let token = Token::generate();
    links::insert(
        &fixture.server.db(),
        &token.hash(),
        links::LinkPurpose::Invitation,
        Some(fixture.invited),
        store::unix_now(),
        store::unix_now() + 7 * 24 * 3600,
    )
    .unwrap();
    token.as_str().to_owned()
}

/// `answer`, unless the invitation `link` no longer opens its page: then that page's answer.
fn link_still_works(client: &mut Client, link: &str, answer: Resp) -> Resp {
    let page = client.get(&format!("/invite/{link}"));
    if page.status == 200 { answer } else { page }
}

/// Posts a form of the signed-out pages (sign-in, setup and password links) with the token
/// they carry: the anonymous cookie's, which the forgot-password page shows to everyone.
fn anonymous_form(client: &mut Client, path: &str, fields: &[(&str, &str)]) -> Resp {
    let csrf = client
        .get("/forgot")
        .field_value("csrf")
        .unwrap_or_default();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    client.post(path, &all)
}

/// The answer, with the licence counted as shown when it carries `mark`: for pages that name a
/// licence by its SEN or its name rather than by its organisation.
fn shown_by(mut r: Resp, mark: &str) -> Resp {
    r.body = if r.body.contains(mark) {
        ORGANISATION.to_owned()
    } else {
        String::new()
    };
    r
}

/// Asks for a reset link on the forgot-password page, with the token that page carries.
fn forgot(client: &mut Client, email: &str) -> Resp {
    let csrf = client
        .get("/forgot")
        .field_value("csrf")
        .unwrap_or_default();
    client.post("/forgot", &[("csrf", &csrf), ("email", email)])
}

/// Previews pasted keys on the import page: the preview and its token (if it offers one).
fn preview(client: &mut Client, keys: &str) -> (Resp, Option<String>) {
    let csrf = client
        .get("/import")
        .field_value("csrf")
        .unwrap_or_default();
    let r = multipart(
        client,
        "/import",
        &[("csrf", &csrf), ("keys", keys), ("allow_unverified", "on")],
    );
    let token = r.field_value("preview");
    (r, token)
}

/// Previews, then confirms with the preview's token (or a made-up one when none was offered).
fn import(client: &mut Client, keys: &str) -> Resp {
    let (preview, token) = preview(client, keys);
    if preview.status == 303 {
        return preview;
    }
    let csrf = preview.field_value("csrf").unwrap_or_default();
    let token = token.unwrap_or_else(|| Token::generate().as_str().to_owned());
    client.post("/import/confirm", &[("csrf", &csrf), ("preview", &token)])
}

fn multipart(client: &mut Client, path: &str, fields: &[(&str, &str)]) -> Resp {
    let boundary = "----licensedeskMatrixBoundary";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    client.post_bytes(
        path,
        &format!("multipart/form-data; boundary={boundary}"),
        body.as_bytes(),
    )
}

/// A GET whose body is kept as bytes (downloads), with the client's cookies.
fn raw_get(client: &Client, path: &str) -> Vec<u8> {
    let cookies = client
        .cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let response = ureq::AgentBuilder::new()
        .redirects(0)
        .build()
        .get(&format!("{}{path}", client.base))
        .set("Cookie", &cookies)
        .call();
    let response = match response {
        Ok(r) | Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{path}: {e}"),
    };
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut bytes).unwrap();
    bytes
}

/// The file names inside a zip (empty when it is not one).
fn zip_names(bytes: &[u8]) -> Vec<String> {
    let Ok(archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return Vec::new();
    };
    archive.file_names().map(str::to_owned).collect()
}

/// One file of a zip, as text (empty when it is not there).
fn zip_file(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return String::new();
    };
    let mut text = String::new();
    if let Ok(mut file) = archive.by_name(name) {
        let _ = file.read_to_string(&mut text);
    }
    text
}

/// The answer with its body replaced by whether it holds the licence's key: the organisation
/// when it does (what `shows_licence` looks for), nothing when it does not.
fn holds_key(mut r: Resp, f: &Fixture) -> Resp {
    r.body = if r.body.contains(&f.key()) {
        ORGANISATION.to_owned()
    } else {
        String::new()
    };
    r
}

/// A live read token of the licence's primary contact, made as the account page makes one;
/// its number.
fn primary_token(f: &Fixture) -> i64 {
    let (_, hash) = licensedesk::auth::api_tokens::new_secret();
    let now = store::unix_now();
    store::api_tokens::insert(
        &f.server.db(),
        &store::api_tokens::NewToken {
            account_id: f.account(Role::Primary),
            name: "Primary's monitor",
            token_hash: &hash,
            scope: licensedesk::domain::api_token::TokenScope::Read,
            organisation_id: None,
            expires_at: now + 86_400,
        },
        now,
    )
    .unwrap()
}

/// Marks the licence's Server ID gate as passed, as the gate form does.
fn pass_gate(f: &Fixture) {
    f.server
        .db()
        .execute(
            "UPDATE licences SET key_retrieved_at = 5 WHERE id = ?1",
            [f.licence.0],
        )
        .unwrap();
}

/// Whether the licence itself is in the answer: its organisation, which (unlike the SEN) a
/// search box never echoes back, or, in a zip of key files, its `<SEN>.txt`.
fn shows_licence(r: &Resp) -> bool {
    r.body.contains(ORGANISATION) || r.body.split(' ').any(|name| name == format!("{SEN}.txt"))
}

#[test]
fn every_route_as_every_role_gets_its_status_and_changes_only_what_it_may() {
    let mut failures = Vec::new();
    // Rows that only read share one fixture; a row that may write gets a fresh one per role,
    // so that each role starts from the same database.
    let shared = Fixture::new();
    let mut clients: Vec<Client> = ROLES.iter().map(|r| shared.client(*r)).collect();
    for row in MATRIX {
        let writes = row.expect.iter().any(|e| e.writes);
        for (i, role) in ROLES.iter().enumerate() {
            let fresh;
            let mut fresh_client;
            let (fixture, client) = if writes {
                fresh = Fixture::new();
                fresh_client = fresh.client(*role);
                (&fresh, &mut fresh_client)
            } else {
                (&shared, &mut clients[i])
            };
            let before = fixture.snapshot();
            let response = (row.request)(client, fixture);
            let after = fixture.snapshot();
            let expect = row.expect[i];
            let mut problems = Vec::new();
            if response.status != expect.status {
                problems.push(format!(
                    "status {} (expected {})",
                    response.status, expect.status
                ));
            }
            if !expect.writes && before != after {
                problems.push("the database changed".to_owned());
            }
            if expect.writes && before == after {
                problems.push("the database did not change".to_owned());
            }
            if let Some(shown) = expect.shows_licence
                && shows_licence(&response) != shown
            {
                problems.push(format!(
                    "the licence {}",
                    if shown { "is missing" } else { "is shown" }
                ));
            }
            if expect.status == 303 && *role == Role::Anonymous && row.expect[1].status != 303 {
                let location = response.location();
                if !location.starts_with("/signin") {
                    problems.push(format!("redirected to {location:?}, not to sign in"));
                }
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{} as {role:?}: {}",
                    row.action,
                    problems.join("; ")
                ));
            }
        }
    }
    // Each licence is still visible to exactly its own contacts.
    assert!(shared.licence != shared.other_licence && shared.accounts.len() == ROLES.len() - 1);
    assert!(
        failures.is_empty(),
        "security matrix ({} rows):\n{}",
        MATRIX.len(),
        failures.join("\n")
    );
}

/// A form's fields (name, value), without the CSRF token.
type Fields = Vec<(&'static str, String)>;

/// A POST as a person sends it: who sends it, to where, with which fields (the CSRF token is
/// added by the caller). Every POST route is one entry.
struct PostRoute {
    /// "POST /path (what it is)", as in `Row::action`.
    action: &'static str,
    role: Role,
    /// The path and the fields of a valid request, built against the fixture (one-time links
    /// are made here).
    build: fn(&Fixture) -> (String, Fields),
    multipart: bool,
}

fn one_time_link(fixture: &Fixture, purpose: links::LinkPurpose, role: Option<Role>) -> String {
    let token = Token::generate();
    let conn = fixture.server.db();
    links::insert(
        &conn,
        &token.hash(),
        purpose,
        role.and_then(Role::email).map(|e| fixture.accounts[e]),
        store::unix_now(),
        store::unix_now() + 3600,
    )
    .unwrap();
    token.as_str().to_owned()
}

const POST_ROUTES: &[PostRoute] = &[
    PostRoute {
        action: "POST /signin",
        role: Role::Anonymous,
        build: |_| {
            (
                "/signin".into(),
                vec![
                    ("email", "primary@example.com".into()),
                    ("password", PASSWORD.into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /signout",
        role: Role::Primary,
        build: |_| ("/signout".into(), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /setup/{token}",
        role: Role::Anonymous,
        build: |f| {
            let token = one_time_link(f, links::LinkPurpose::Setup, None);
            (
                format!("/setup/{token}"),
                vec![
                    ("email", "second-admin@example.com".into()),
                    ("password", "a long new password".into()),
                    ("confirm", "a long new password".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /reset/{token}",
        role: Role::Anonymous,
        build: |f| {
            let token = one_time_link(f, links::LinkPurpose::Reset, Some(Role::Secondary));
            (
                format!("/reset/{token}"),
                vec![
                    ("password", "a long new password".into()),
                    ("confirm", "a long new password".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /invite/{token}",
        role: Role::Anonymous,
        build: |f| {
            let token = one_time_link(f, links::LinkPurpose::Invitation, Some(Role::NonContact));
            (
                format!("/invite/{token}"),
                vec![
                    ("password", "a long new password".into()),
                    ("confirm", "a long new password".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /import",
        role: Role::Primary,
        build: |_| {
            (
                "/import".into(),
                vec![
                    (
                        "keys",
                        encoder::test_key("SEN-CSRF-4", "conf", &[("NumberOfUsers", "10")]),
                    ),
                    ("allow_unverified", "on".into()),
                ],
            )
        },
        multipart: true,
    },
    PostRoute {
        action: "POST /import/confirm",
        role: Role::Primary,
        build: |f| {
            // Previewed by the same account (the preview is the account's, not the session's).
            let (_, token) = preview(
                &mut f.client(Role::Primary),
                &encoder::test_key(SEN, "conf", &[("NumberOfUsers", "999")]),
            );
            ("/import/confirm".into(), vec![("preview", token.unwrap())])
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/new/key",
        role: Role::NonContact,
        build: |_| {
            (
                "/licences/new/key".into(),
                vec![
                    (
                        "key",
                        encoder::test_key("SEN-CSRF-5", "conf", &[("NumberOfUsers", "10")]),
                    ),
                    ("accept_not_genuine", "on".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/new/hand",
        role: Role::NonContact,
        build: |_| {
            (
                "/licences/new/hand".into(),
                vec![
                    ("product", "Jira".into()),
                    ("licence_type", "Commercial".into()),
                    ("deployment", "server".into()),
                    ("user_tier", "50".into()),
                    ("organisation", "Hand Org".into()),
                    ("support_expiry", "2031-01-01".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/new-evaluation",
        role: Role::NonContact,
        build: |_| {
            (
                "/licences/new-evaluation".into(),
                vec![
                    ("product", "Confluence".into()),
                    ("deployment", "server".into()),
                    ("server_id", "BG9T-XUV4-KZZH-B01W".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/key (the Server ID gate)",
        role: Role::Secondary,
        build: |f| {
            (
                f.path("/key"),
                vec![("server_id", "BG9T-XUV4-KZZH-B01W".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/server-id",
        role: Role::Primary,
        build: |f| {
            (
                f.path("/server-id"),
                vec![("server_id", "ZZ11-YY22-XX33-WW44".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/organisation",
        role: Role::Primary,
        build: |f| {
            (
                f.path("/organisation"),
                vec![("organisation", "Renamed Org".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations",
        role: Role::Admin,
        build: |_| {
            (
                "/organisations".into(),
                vec![("name", "Created Org".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/rename",
        role: Role::Admin,
        build: |f| {
            (
                f.organisation_path("/rename"),
                vec![("name", "Renamed".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/merge",
        role: Role::Admin,
        build: |f| {
            let into = f.outsider_org.0.to_string();
            (f.organisation_path("/merge"), vec![("into", into)])
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/belongs-to",
        role: Role::Admin,
        build: |f| {
            let into = f.outsider_org.0.to_string();
            (f.path("/belongs-to"), vec![("organisation", into)])
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/notes",
        role: Role::Secondary,
        build: |f| {
            (
                f.path("/notes"),
                vec![("notes", "Renewal handled by Ann".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/auto-renew",
        role: Role::Secondary,
        build: |f| (f.path("/auto-renew"), vec![("auto_renew", "on".into())]),
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/renew",
        role: Role::Primary,
        build: |f| (f.path("/renew"), vec![("months", "12".into())]),
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/coterm",
        role: Role::Admin,
        build: |f| {
            (
                f.organisation_path("/coterm"),
                vec![("until", "2031-01-15".into()), ("confirm", "1".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/upgrade",
        role: Role::Primary,
        build: |f| (f.path("/upgrade"), vec![("user_tier", "1000".into())]),
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{evaluation}/extend",
        role: Role::Secondary,
        build: |f| {
            let until = jiff::Zoned::now()
                .date()
                .checked_add(jiff::Span::new().days(50))
                .unwrap();
            (
                f.evaluation_path("/extend"),
                vec![("licence_expiry", until.to_string())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{evaluation}/attach-key",
        role: Role::Primary,
        build: |f| {
            (
                f.evaluation_path("/attach-key"),
                vec![
                    (
                        "key",
                        encoder::test_key(
                            "SEN-L-MATRIX",
                            "conf",
                            &[("NumberOfUsers", "10"), ("Evaluation", "true")],
                        ),
                    ),
                    ("accept_not_genuine", "on".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/developer",
        role: Role::Secondary,
        build: |f| {
            (
                f.path("/developer"),
                vec![
                    (
                        "key",
                        encoder::test_key(
                            SEN,
                            "conf",
                            &[("NumberOfUsers", "500"), ("LicenseTypeName", "DEVELOPER")],
                        ),
                    ),
                    ("accept_not_genuine", "on".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/key-history/{entry}/restore",
        role: Role::Primary,
        build: |f| {
            let entry = f.earlier_key();
            (f.path(&format!("/key-history/{entry}/restore")), vec![])
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/replace-key",
        role: Role::Primary,
        build: |f| {
            (
                f.path("/replace-key"),
                vec![
                    (
                        "key",
                        encoder::test_key(SEN, "conf", &[("NumberOfUsers", "999")]),
                    ),
                    ("accept_not_genuine", "on".into()),
                    ("confirm", "yes".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /instances/{id}/delete",
        role: Role::Primary,
        build: |f| (format!("/instances/{}/delete", installation(f)), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/delete",
        role: Role::Admin,
        build: |f| (f.path("/delete"), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/host",
        role: Role::Primary,
        build: |f| {
            (
                f.path("/host"),
                vec![("host", "none".into()), ("confirm", "yes".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/archive",
        role: Role::Primary,
        build: |f| (f.path("/archive"), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/restore",
        role: Role::Primary,
        build: |f| {
            f.server
                .db()
                .execute(
                    "UPDATE licences SET archived = 1 WHERE id = ?1",
                    [f.licence.0],
                )
                .unwrap();
            (f.path("/restore"), vec![])
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/contacts (add)",
        role: Role::Secondary,
        build: |f| {
            (
                f.path("/contacts"),
                vec![
                    ("role", "technical".into()),
                    ("email_technical", "newcomer@example.com".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/contacts/remove",
        role: Role::Primary,
        build: |f| {
            (
                f.path("/contacts/remove"),
                vec![
                    ("role", "technical".into()),
                    ("account", f.account(Role::Secondary).0.to_string()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /licences/{id}/contacts/primary",
        role: Role::Primary,
        build: |f| {
            (
                f.path("/contacts/primary"),
                vec![
                    ("role", "technical".into()),
                    ("account", f.account(Role::Secondary).0.to_string()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/accounts/{id}/disable",
        role: Role::Admin,
        build: |f| {
            (
                format!("/admin/accounts/{}/disable", f.account(Role::Secondary).0),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/accounts/{id}/enable",
        role: Role::Admin,
        build: |f| (format!("/admin/accounts/{}/enable", f.disabled.0), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/accounts/{id}/invite",
        role: Role::Admin,
        build: |f| (format!("/admin/accounts/{}/invite", f.invited.0), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/accounts",
        role: Role::Admin,
        build: |_| {
            (
                "/admin/accounts".into(),
                vec![("email", "csrf-new@example.com".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/accounts/{id}/admin",
        role: Role::Admin,
        build: |f| {
            (
                format!("/admin/accounts/{}/admin", f.account(Role::Secondary).0),
                vec![("admin", "1".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/accounts/{id}/reset-link",
        role: Role::Admin,
        build: |f| {
            (
                format!(
                    "/admin/accounts/{}/reset-link",
                    f.account(Role::Secondary).0
                ),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/outbox/{id}/retry",
        role: Role::Admin,
        build: |_| ("/admin/outbox/1/retry".into(), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/webhooks",
        role: Role::Admin,
        build: |_| {
            (
                "/admin/webhooks".into(),
                vec![
                    ("url", "https://hooks.example/matrix".into()),
                    ("format", "json".into()),
                    ("events", "licence-expired".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/webhooks/{id}/test",
        role: Role::Admin,
        build: |f| (format!("/admin/webhooks/{}/test", webhook(f)), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/webhooks/{id}/delete",
        role: Role::Admin,
        build: |f| (format!("/admin/webhooks/{}/delete", webhook(f)), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/webhooks/{id}/enabled",
        role: Role::Admin,
        build: |f| {
            (
                format!("/admin/webhooks/{}/enabled", webhook(f)),
                vec![("on", "0".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/webhooks/deliveries/{id}/retry",
        role: Role::Admin,
        build: |f| {
            (
                format!("/admin/webhooks/deliveries/{}/retry", failed_delivery(f)),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/reports",
        role: Role::Admin,
        build: |f| (f.organisation_path("/reports"), vec![("on", "0".into())]),
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/lifecycle/cutoffs/preview",
        role: Role::Admin,
        build: |_| ("/admin/lifecycle/cutoffs/preview".into(), vec![]),
        multipart: true,
    },
    PostRoute {
        action: "POST /admin/lifecycle/cutoffs/confirm",
        role: Role::Admin,
        build: |_| {
            (
                "/admin/lifecycle/cutoffs/confirm".into(),
                vec![("content", LIFECYCLE_CUTOFFS.into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/lifecycle/cutoffs/reset",
        role: Role::Admin,
        build: |_| ("/admin/lifecycle/cutoffs/reset".into(), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /diagnose",
        role: Role::Primary,
        build: |f| {
            (
                "/diagnose".into(),
                vec![
                    ("key", f.key()),
                    ("server_id", "ZZ11-YY22-XX33-WW44".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /diagnose (multipart)",
        role: Role::Primary,
        build: |f| {
            (
                "/diagnose".into(),
                vec![
                    ("key", f.key()),
                    ("server_id", "ZZ11-YY22-XX33-WW44".into()),
                ],
            )
        },
        multipart: true,
    },
    PostRoute {
        action: "POST /diagnose/apply",
        role: Role::Primary,
        build: |f| {
            (
                "/diagnose/apply".into(),
                vec![
                    ("licence", f.licence.0.to_string()),
                    ("server_id", "ZZ11-YY22-XX33-WW44".into()),
                    ("confirmed", "yes".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /forgot",
        role: Role::Anonymous,
        build: |_| {
            (
                "/forgot".into(),
                vec![("email", "secondary@example.com".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /account",
        role: Role::NonContact,
        build: |_| {
            (
                "/account".into(),
                vec![("name", "New Name".into()), ("language", "en".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /account/calendar",
        role: Role::Primary,
        build: |_| ("/account/calendar".into(), vec![]),
        multipart: false,
    },
    PostRoute {
        action: "POST /account/calendar/revoke",
        role: Role::Consultant,
        build: |f| {
            f.server
                .db()
                .execute(
                    "INSERT OR REPLACE INTO calendar_feeds (account_id, token_hash, created_at) \
                     VALUES (?1, ?2, 1)",
                    rusqlite::params![f.account(Role::Consultant).0, Token::generate().hash()],
                )
                .unwrap();
            ("/account/calendar/revoke".into(), vec![])
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /account/password",
        role: Role::Secondary,
        build: |_| {
            (
                "/account/password".into(),
                vec![
                    ("current", PASSWORD.into()),
                    ("password", "a long new password".into()),
                    ("confirm", "a long new password".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /account/tokens",
        role: Role::NonContact,
        build: |_| {
            (
                "/account/tokens".into(),
                vec![("token_name", "Forged".into()), ("scope", "write".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /account/tokens/{id}/revoke",
        role: Role::Primary,
        build: |f| {
            (
                format!("/account/tokens/{}/revoke", primary_token(f)),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /consolidate/requests",
        role: Role::Primary,
        build: |f| {
            (
                "/consolidate/requests".into(),
                vec![("to", THIRD.into()), ("licence", f.licence.0.to_string())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /consolidate/apply",
        role: Role::Admin,
        build: |f| {
            (
                "/consolidate/apply".into(),
                vec![
                    ("from", "secondary@example.com".into()),
                    ("to", THIRD.into()),
                    ("licence", f.licence.0.to_string()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /consolidate/requests/{request}/accept",
        role: Role::Primary,
        build: |f| {
            (
                format!("/consolidate/requests/{}/accept", f.consolidation),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /consolidate/requests/{request}/decline",
        role: Role::Primary,
        build: |f| {
            (
                format!("/consolidate/requests/{}/decline", f.consolidation),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /consolidate/requests/{request}/cancel",
        role: Role::Secondary,
        build: |f| {
            (
                format!("/consolidate/requests/{}/cancel", f.consolidation),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/managers",
        role: Role::Admin,
        build: |f| {
            (
                f.organisation_path("/managers"),
                vec![("email", THIRD.into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/managers/{account}/remove",
        role: Role::Admin,
        build: |f| {
            let third = f.third.0;
            store::organisations::add_manager(
                &f.server.db(),
                OrganisationId(f.matrix_org.0),
                f.third,
                "admin@example.com",
                1,
            )
            .unwrap();
            (
                f.organisation_path(&format!("/managers/{third}/remove")),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/grants",
        role: Role::Admin,
        build: |f| {
            let until = jiff::Zoned::now().date().tomorrow().unwrap().to_string();
            (
                f.organisation_path("/grants"),
                vec![("email", THIRD.into()), ("until", until)],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/grants/{grant}/revoke",
        role: Role::Admin,
        build: |f| {
            let grant = store::organisations::grant(
                &f.server.db(),
                OrganisationId(f.matrix_org.0),
                f.third,
                false,
                "admin@example.com",
                1,
                store::unix_now() + 3600,
            )
            .unwrap();
            (
                f.organisation_path(&format!("/grants/{grant}/revoke")),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/mailboxes",
        role: Role::Manager,
        build: |f| {
            (
                f.organisation_path("/mailboxes"),
                vec![
                    ("address", "licences@matrix.example".into()),
                    ("language", "de".into()),
                ],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /organisations/{id}/mailboxes/{mailbox}/remove",
        role: Role::Manager,
        build: |f| {
            let mailbox = f.mailbox(Some(f.matrix_org));
            (
                f.organisation_path(&format!("/mailboxes/{mailbox}/remove")),
                vec![],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/mailboxes",
        role: Role::Admin,
        build: |_| {
            (
                "/admin/mailboxes".into(),
                vec![("address", "ops@matrix.example".into())],
            )
        },
        multipart: false,
    },
    PostRoute {
        action: "POST /admin/mailboxes/{mailbox}/remove",
        role: Role::Admin,
        build: |f| {
            let mailbox = f.mailbox(None);
            (format!("/admin/mailboxes/{mailbox}/remove"), vec![])
        },
        multipart: false,
    },
];

fn send_post(
    client: &mut Client,
    route: &PostRoute,
    path: &str,
    fields: &[(&str, String)],
    csrf: Option<&str>,
    origin: Option<&str>,
) -> Resp {
    let mut all: Vec<(&str, &str)> = Vec::new();
    if let Some(csrf) = csrf {
        all.push(("csrf", csrf));
    }
    all.extend(fields.iter().map(|(k, v)| (*k, v.as_str())));
    if route.multipart {
        assert!(
            origin.is_none(),
            "multipart posts are sent without Origin here"
        );
        multipart(client, path, &all)
    } else {
        let headers: Vec<(&str, &str)> = origin.map(|o| ("Origin", o)).into_iter().collect();
        client.post_with(path, &all, &headers)
    }
}

#[test]
fn every_post_without_the_right_csrf_token_or_from_another_site_is_403_and_changes_nothing() {
    let mut failures = Vec::new();
    for route in POST_ROUTES {
        let fixture = Fixture::new();
        let mut client = fixture.client(route.role);
        let (path, fields) = (route.build)(&fixture);
        // The token the page would carry: the session's, or the anonymous cookie's.
        let csrf = client
            .get(if route.role == Role::Anonymous {
                "/signin"
            } else {
                "/import"
            })
            .csrf();
        let mut attempts: Vec<(&str, Option<String>, Option<&str>)> = vec![
            ("no token", None, None),
            ("a wrong token", Some("A".repeat(csrf.len())), None),
        ];
        if !route.multipart {
            attempts.push((
                "the right token from another site",
                Some(csrf.clone()),
                Some("https://evil.example"),
            ));
        }
        for (what, token, origin) in attempts {
            let before = fixture.snapshot();
            let r = send_post(&mut client, route, &path, &fields, token.as_deref(), origin);
            if r.status != 403 {
                failures.push(format!("{} with {what}: status {}", route.action, r.status));
            }
            if fixture.snapshot() != before {
                failures.push(format!(
                    "{} with {what}: the database changed",
                    route.action
                ));
            }
        }
        // The same request with the right token is accepted: the refusals were the token's.
        let r = send_post(&mut client, route, &path, &fields, Some(&csrf), None);
        if r.status == 403 {
            failures.push(format!(
                "{} with the right token: 403 {}",
                route.action,
                r.text()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// One route of the routing table: a method and the path's segments.
struct TableRoute {
    method: &'static str,
    segments: Vec<Segment>,
}

/// A segment of a route's path: a fixed name, or a value (an id, a token) the handler reads.
enum Segment {
    Fixed(String),
    Value(String),
}

impl TableRoute {
    /// Whether a row's or a POST entry's action ("GET /licences/{id}/key (the gate)") is a
    /// request to this route. A `{...}` segment of an action is a value: it matches a segment
    /// that takes one, never a fixed name.
    fn matches(&self, action: &str) -> bool {
        let (method, rest) = action.split_once(' ').unwrap_or((action, ""));
        // The path ends at the first space or query outside braces ("{id that does not exist}").
        let mut depth = 0;
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                depth == 0 && (c == ' ' || c == '?')
            })
            .map_or(rest.len(), |(i, _)| i);
        let segments: Vec<&str> = rest[..end].split('/').filter(|s| !s.is_empty()).collect();
        method == self.method
            && segments.len() == self.segments.len()
            && segments
                .iter()
                .zip(&self.segments)
                .all(|(segment, route)| match route {
                    Segment::Fixed(name) => name == segment,
                    Segment::Value(_) => true,
                })
    }
}

impl std::fmt::Display for TableRoute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let segments: Vec<String> = self
            .segments
            .iter()
            .map(|segment| match segment {
                Segment::Fixed(name) => name.clone(),
                Segment::Value(name) => format!("{{{name}}}"),
            })
            .collect();
        write!(f, "{} /{}", self.method, segments.join("/"))
    }
}

/// The routes, from `paths::Route` itself: every route once (`Route::samples`, in the order
/// the routing table tries them), with each method it answers (GET for reads). A segment is a
/// value where the samples of two seeds differ, a fixed name where they agree; routes that
/// differ only in their query are one path. The test-only
/// route that panics on purpose is left out.
fn routing_table() -> Vec<TableRoute> {
    use licensedesk::paths::{Method, Route};
    let path_of = |route: &Route| -> Vec<String> {
        let link = route.path();
        let path = link.split('?').next().unwrap_or("").to_owned();
        path.split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (first, second) = (Route::samples(1), Route::samples(2));
    assert_eq!(
        first.len(),
        second.len(),
        "the samples of two seeds differ in number"
    );
    let mut table = Vec::new();
    for (route, other) in first.iter().zip(&second) {
        // The API's routes are held to their own matrix (`security_api`), by token.
        if *route == Route::Panic || matches!(route, Route::Api(_)) {
            continue;
        }
        let (segments, others) = (path_of(route), path_of(other));
        assert_eq!(segments.len(), others.len(), "{route:?} and {other:?}");
        for (method, name) in [(Method::Get, "GET"), (Method::Post, "POST")] {
            if !route.answers(method) {
                continue;
            }
            let segments = segments
                .iter()
                .zip(&others)
                .map(|(one, two)| {
                    if one == two {
                        Segment::Fixed(one.clone())
                    } else {
                        Segment::Value(one.clone())
                    }
                })
                .collect();
            let route = TableRoute {
                method: name,
                segments,
            };
            // Routes told apart only by their query (`/consolidate` and
            // `/consolidate?from=...`) are one path of the table.
            if !table
                .iter()
                .any(|known: &TableRoute| known.to_string() == route.to_string())
            {
                table.push(route);
            }
        }
    }
    assert!(table.len() > 40, "only {} routes found", table.len());
    table
}

#[test]
fn every_route_in_the_routing_table_has_rows() {
    let table = routing_table();
    // An action counts for the first route that answers it, as the `match` would choose.
    let first_route = |action: &str| table.iter().position(|route| route.matches(action));
    let in_matrix: Vec<Option<usize>> = MATRIX.iter().map(|row| first_route(row.action)).collect();
    let in_csrf_check: Vec<Option<usize>> = POST_ROUTES
        .iter()
        .map(|route| first_route(route.action))
        .collect();
    let mut missing = Vec::new();
    for (i, route) in table.iter().enumerate() {
        if !in_matrix.contains(&Some(i)) {
            missing.push(format!("{route}: no row in MATRIX"));
        }
        if route.method == "POST" && !in_csrf_check.contains(&Some(i)) {
            missing.push(format!("{route}: no entry in POST_ROUTES (the CSRF check)"));
        }
    }
    assert!(
        missing.is_empty(),
        "{} routes in the routing table; without rows:\n{}",
        table.len(),
        missing.join("\n")
    );
}

#[test]
fn a_session_id_planted_by_someone_else_is_replaced_at_sign_in() {
    let fixture = Fixture::new();
    // The victim opens the sign-in page; then the attacker, signed in themselves, plants their
    // own valid session id in the victim's browser before the victim submits the form.
    let attacker = fixture.client(Role::NonContact);
    let planted = attacker.cookies["ld_session"].clone();
    let mut victim = fixture.server.client();
    let csrf = victim.get("/signin").csrf();
    victim.cookies.insert("ld_session".into(), planted.clone());
    let signed_in = victim.post(
        "/signin",
        &[
            ("csrf", &csrf),
            ("email", "primary@example.com"),
            ("password", PASSWORD),
        ],
    );
    assert_eq!(signed_in.status, 303);
    assert_ne!(
        victim.cookies["ld_session"], planted,
        "the planted id was kept"
    );
    let page = victim.get("/licences");
    assert!(
        page.text().contains("Signed in as primary@example.com"),
        "{}",
        page.text()
    );
    assert!(shows_licence(&page));
    // The planted id was ended with the sign-in: it opens nothing, least of all the victim's
    // session.
    let mut replay = fixture.server.client();
    replay.cookies.insert("ld_session".into(), planted);
    let replayed = replay.get("/licences");
    assert_eq!(replayed.status, 303);
    assert!(replayed.location().starts_with("/signin"));
}

#[test]
fn every_cookie_is_http_only_same_site_and_secure_behind_https() {
    for https in [false, true] {
        let data = tempfile::tempdir().unwrap();
        let server = TestServer::start_with(data, |c| {
            if https {
                c.base_url = Some("https://licences.example.com".into());
            }
        });
        let link = server.setup_link();
        let path = link[link.find("/setup/").unwrap()..].to_owned();
        let mut client = server.client();
        let mut cookies: Vec<String> = Vec::new();
        let mut keep = |r: &Resp| {
            cookies.extend(r.headers_named("set-cookie").into_iter().map(str::to_owned));
        };
        let page = client.get(&path);
        keep(&page);
        let created = client.post(
            &path,
            &[
                ("csrf", &page.csrf()),
                ("email", "admin@example.com"),
                ("password", PASSWORD),
                ("confirm", PASSWORD),
            ],
        );
        keep(&created);
        // The setup signs its administrator in: out again, to sign in both ways below.
        let csrf = client.get("/licences").csrf();
        keep(&client.post("/signout", &[("csrf", &csrf)]));
        keep(&client.get("/signin"));
        for stay in [false, true] {
            keep(&client.sign_in("admin@example.com", PASSWORD, stay));
            let csrf = client.get("/licences").csrf();
            keep(&client.post("/signout", &[("csrf", &csrf)]));
            keep(&client.get("/signin"));
        }
        let names: Vec<&str> = cookies.iter().filter_map(|c| c.split('=').next()).collect();
        for expected in ["ld_session", "ld_csrf", "ld_flash"] {
            assert!(
                names.contains(&expected),
                "{expected} never set: {cookies:?}"
            );
        }
        for cookie in &cookies {
            assert!(cookie.contains("HttpOnly"), "{cookie}");
            assert!(
                cookie.contains("SameSite=Lax") || cookie.contains("SameSite=Strict"),
                "{cookie}"
            );
            assert!(cookie.contains("Path=/"), "{cookie}");
            assert_eq!(cookie.contains("Secure"), https, "{cookie}");
        }
    }
}

/// The headers every response must carry, whatever it is.
fn security_header_problems(what: &str, headers: &[(String, String)]) -> Vec<String> {
    let get = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let mut problems = Vec::new();
    match get("content-security-policy") {
        Some(csp)
            if csp.contains("frame-ancestors 'none'")
                && csp.contains("default-src 'none'")
                && !csp.contains("unsafe-inline")
                && !csp.contains("unsafe-eval") => {}
        other => problems.push(format!("{what}: Content-Security-Policy {other:?}")),
    }
    for (name, value) in [
        ("x-content-type-options", "nosniff"),
        ("referrer-policy", "same-origin"),
        ("x-frame-options", "DENY"),
    ] {
        if get(name) != Some(value) {
            problems.push(format!("{what}: {name} {:?}", get(name)));
        }
    }
    problems
}

fn raw_headers(answer: &str) -> Vec<(String, String)> {
    answer
        .split("\r\n\r\n")
        .next()
        .unwrap_or("")
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

#[test]
fn every_response_carries_the_security_headers_errors_and_assets_included() {
    let fixture = Fixture::new();
    let mut problems = Vec::new();
    // Every row of the matrix, as every role: pages, redirects, downloads, 403s, 410s.
    for row in MATRIX {
        // A row that writes (disabling an account, say) gets a database of its own.
        let own;
        let fixture = if row.expect.iter().any(|e| e.writes) {
            own = Fixture::new();
            &own
        } else {
            &fixture
        };
        for role in ROLES {
            let mut client = fixture.client(role);
            let r = (row.request)(&mut client, fixture);
            problems.extend(security_header_problems(
                &format!("{} as {role:?} ({})", row.action, r.status),
                &r.headers,
            ));
        }
    }
    let mut admin = fixture.client(Role::Admin);
    for (what, path) in [
        ("404", "/no/such/page"),
        ("404 asset", "/assets/missing.css"),
        ("400 export format", "/export?format=pdf"),
        ("500 panic", "/__panic"),
        ("JavaScript asset", "/assets/app.js"),
        ("icon asset", "/assets/icon.svg"),
    ] {
        let r = admin.get(path);
        problems.extend(security_header_problems(
            &format!("{what} ({})", r.status),
            &r.headers,
        ));
    }
    let r = admin.post("/healthz", &[]);
    assert_eq!(r.status, 405);
    problems.extend(security_header_problems("405", &r.headers));
    // Answers made before a handler runs: 304, 413, 400 for bad framing, 400 for a bad line.
    let etag = admin
        .get("/assets/style.css")
        .header("etag")
        .unwrap()
        .to_owned();
    for (what, request) in [
        (
            "304",
            format!(
                "GET /assets/style.css HTTP/1.1\r\nHost: x\r\nIf-None-Match: {etag}\r\nConnection: close\r\n\r\n"
            ),
        ),
        (
            "413",
            "POST /signin HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n".to_owned(),
        ),
        (
            "400 framing",
            "POST /signin HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na"
                .to_owned(),
        ),
        (
            "HEAD",
            "HEAD /signin HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_owned(),
        ),
    ] {
        let answer = fixture.server.raw(request.as_bytes());
        problems.extend(security_header_problems(
            &format!("{what}: {}", answer.lines().next().unwrap_or("")),
            &raw_headers(&answer),
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const SCRIPT: &str = "<script>alert('x')</script>";
const IMAGE: &str = "<img src=x onerror=alert(1)>";

#[test]
fn stored_text_is_escaped_on_every_page_and_neutralised_in_csv() {
    let fixture = Fixture::new();
    let mut admin = fixture.client(Role::Admin);
    // Hostile values in every text property a key can carry, imported through the page.
    let hostile = encoder::test_key(
        "SEN-<b>5</b>",
        "conf",
        &[
            ("NumberOfUsers", "10"),
            (
                "Organisation",
                &format!("=HYPERLINK(\"http://evil\") {SCRIPT}"),
            ),
            ("ContactName", IMAGE),
            ("ContactEMail", "\"><svg onload=alert(1)>@example.com"),
            ("Description", &format!("+{SCRIPT}")),
            ("ServerID", "@SUM(1+1)<i>"),
            ("LicenseTypeName", &format!("-{IMAGE}")),
        ],
    );
    let (preview_page, token) = preview(&mut admin, &hostile);
    let csrf = preview_page.csrf();
    let done = admin.post(
        "/import/confirm",
        &[("csrf", &csrf), ("preview", &token.unwrap())],
    );
    assert!(done.text().contains("1 added"), "{}", done.text());
    assert_eq!(
        fixture
            .server
            .count("SELECT count(*) FROM licences WHERE organisation LIKE '%<script>%'"),
        1,
        "stored as given: escaping is the pages' job"
    );
    // A display name too (the top bar shows it).
    fixture
        .server
        .db()
        .execute(
            "UPDATE accounts SET display_name = ?1 WHERE email = 'admin@example.com'",
            [SCRIPT],
        )
        .unwrap();

    let pages: Vec<(&str, Resp)> = vec![
        ("import preview", preview_page),
        ("import done", done),
        ("licences", admin.get("/licences")),
        ("search", admin.get("/licences?q=SEN-%3Cb%3E5%3C%2Fb%3E")),
        (
            "search for a script",
            admin.get("/licences?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ),
        ("import page", admin.get("/import")),
        (
            "sign-in with a hostile next",
            fixture
                .server
                .client()
                .get("/signin?next=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ),
    ];
    for (what, page) in &pages {
        for raw in [
            SCRIPT,
            IMAGE,
            "<svg onload",
            "<b>5</b>",
            "<i>",
            "<script>alert(1)",
        ] {
            assert!(
                !page.body.contains(raw),
                "{what}: unescaped {raw:?} in\n{}",
                page.body
            );
        }
    }
    // Escaped, not dropped: the person sees the text as it was.
    let list = &pages[2].1;
    assert!(
        list.text().contains(SCRIPT) || list.text().contains("SEN-<b>5</b>"),
        "{}",
        list.text()
    );
    assert!(
        pages[3].1.text().contains("SEN-<b>5</b>"),
        "{}",
        pages[3].1.text()
    );

    // CSV: no cell starts a formula.
    let csv = admin.get("/export?format=csv");
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let header = reader.headers().unwrap().clone();
    let mut checked = 0;
    for record in reader.records() {
        let record = record.unwrap();
        for (name, cell) in header.iter().zip(record.iter()) {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "CSV column {name} starts a formula: {cell:?}"
            );
            if ["'=", "'+", "'-", "'@"].iter().any(|p| cell.starts_with(p)) {
                checked += 1;
            }
        }
    }
    assert!(
        checked >= 3,
        "the hostile cells were neutralised, not lost ({checked})\n{}",
        csv.body
    );
    // JSON is served as JSON, never as a page.
    let json = admin.get("/export?format=json");
    assert_eq!(json.header("content-type"), Some("application/json"));
    assert!(
        json.header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
}

#[test]
fn oversized_and_malformed_bodies_are_refused_and_change_nothing() {
    let fixture = Fixture::new();
    let primary = fixture.client(Role::Primary);
    let cookie = primary
        .cookies
        .iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    let before = fixture.snapshot();
    let post = |path: &str, content_type: &str, body: &[u8]| -> String {
        let mut request = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        request.extend_from_slice(body);
        fixture.server.raw(&request)
    };
    let status =
        |answer: &str| -> u16 { answer.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0) };
    let mut problems = Vec::new();
    let form = "application/x-www-form-urlencoded";
    for path in [
        "/signin",
        "/signout",
        "/import/confirm",
        "/setup/x",
        "/reset/x",
        "/invite/x",
    ] {
        // Over the path's limit, declared: refused before it is read. Everything under
        // /import takes uploads (32 MiB); the other forms 1 MiB.
        let limit = licensedesk::http::routes::body_limit(path);
        let declared = fixture.server.raw(
            format!(
                "POST {path} HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nContent-Length: {}\r\n\r\n",
                limit + 1
            )
            .as_bytes(),
        );
        if status(&declared) != 413 {
            problems.push(format!(
                "{path}: {} bytes declared -> {}",
                limit + 1,
                status(&declared)
            ));
        }
        for (what, content_type, body) in [
            ("bad percent escapes", form, b"csrf=%zz&email=%".to_vec()),
            (
                "invalid UTF-8",
                form,
                b"csrf=\xff\xfe&email=\xc3\x28".to_vec(),
            ),
            ("no content type", "", b"csrf=x".to_vec()),
            ("a JSON body", "application/json", b"{\"csrf\": 1}".to_vec()),
            (
                "binary noise",
                form,
                (0..=255u8).cycle().take(4096).collect(),
            ),
        ] {
            let answer = post(path, content_type, &body);
            let s = status(&answer);
            if !(400..500).contains(&s) {
                problems.push(format!("{path} with {what}: {s}"));
            }
        }
    }
    // The upload route: over 32 MiB declared, then malformed multipart bodies.
    let huge = fixture.server.raw(
        format!("POST /import HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 33554433\r\n\r\n").as_bytes(),
    );
    if status(&huge) != 413 {
        problems.push(format!("/import: 32 MiB + 1 declared -> {}", status(&huge)));
    }
    for (what, content_type, body) in [
        (
            "no boundary",
            "multipart/form-data",
            b"--b\r\n\r\n".to_vec(),
        ),
        (
            "a truncated part",
            "multipart/form-data; boundary=b",
            b"--b\r\nContent-Disposition: form-data; name=\"keys\"\r\n\r\nAAAA".to_vec(),
        ),
        (
            "no closing boundary",
            "multipart/form-data; boundary=b",
            b"--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nx\r\n".to_vec(),
        ),
        (
            "garbage",
            "multipart/form-data; boundary=b",
            vec![0u8; 2048],
        ),
        ("a urlencoded body", form, b"csrf=x&keys=y".to_vec()),
    ] {
        let s = status(&post("/import", content_type, &body));
        if !(400..500).contains(&s) {
            problems.push(format!("/import with {what}: {s}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        fixture.snapshot(),
        before,
        "a refused body changed the database"
    );
    assert_eq!(fixture.server.client().get("/healthz").status, 200);
}

#[test]
fn paths_that_climb_out_of_assets_or_downloads_find_nothing() {
    let fixture = Fixture::new();
    let mut admin = fixture.client(Role::Admin);
    for path in [
        "/assets/../Cargo.toml",
        "/assets/..%2FCargo.toml",
        "/assets/..%2f..%2f..%2fetc%2fpasswd",
        "/assets/%2e%2e/schema.sql",
        "/assets/%2e%2e%2fsrc%2fmain.rs",
        "/assets/..%5cCargo.toml",
        "/assets/%252e%252e%252fCargo.toml",
        "/assets//etc/passwd",
        "/assets/style.css%00.png",
        "/assets/./style.css/../../Cargo.toml",
    ] {
        let r = admin.get(path);
        assert!(
            r.status == 404 || r.status == 400,
            "{path}: {} {}",
            r.status,
            &r.body[..r.body.len().min(200)]
        );
        assert!(
            !r.body.contains("[package]") && !r.body.contains("root:"),
            "{path}"
        );
    }
    for format in [
        "../../etc/passwd",
        "..%2F..%2Fetc%2Fpasswd",
        "csv/../../x",
        "/etc/passwd",
    ] {
        assert_eq!(
            admin.get(&format!("/export?format={format}")).status,
            400,
            "{format}"
        );
    }
    // A SEN that names a path becomes a harmless file name in the key download.
    let (_, token) = preview(
        &mut admin,
        &encoder::test_key("../../../etc/cron.d/x", "conf", &[("NumberOfUsers", "10")]),
    );
    let csrf = admin.get("/import").csrf();
    admin.post(
        "/import/confirm",
        &[("csrf", &csrf), ("preview", &token.unwrap())],
    );
    let names = zip_names(&raw_get(&admin, "/export?format=keys"));
    assert!(names.len() >= 3, "{names:?}");
    for name in &names {
        assert!(
            !name.contains('/') && !name.contains('\\') && !name.contains(".."),
            "{name}"
        );
    }
}

#[test]
fn a_next_parameter_that_leaves_the_site_is_refused() {
    let fixture = Fixture::new();
    for next in [
        "https://evil.example/",
        "//evil.example/",
        "/\\evil.example/",
        "\\\\evil.example",
        "https:evil.example",
        "/\t/evil.example/",
        "/\n/evil.example/",
        "/ /evil.example/",
        "javascript:alert(1)",
        "/%0d%0aSet-Cookie:x=y",
        " //evil.example",
    ] {
        let mut client = fixture.server.client();
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("next", next)
            .finish();
        let page = client.get(&format!("/signin?{query}"));
        let csrf = page.csrf();
        let r = client.post(
            "/signin",
            &[
                ("csrf", &csrf),
                ("email", "primary@example.com"),
                ("password", PASSWORD),
                ("next", next),
            ],
        );
        assert_eq!(r.status, 303, "{next:?}");
        let location = r.location();
        // What a browser makes of it: tabs and newlines are dropped, backslashes are slashes.
        let browser_sees: String = location
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .map(|c| if c == '\\' { '/' } else { c })
            .collect();
        assert!(
            browser_sees.starts_with('/') && !browser_sees.starts_with("//"),
            "next={next:?} sent the browser to {location:?}"
        );
        assert!(
            r.header("set-cookie").is_none_or(|c| !c.starts_with("x=")),
            "{next:?}"
        );
    }
}

#[test]
fn the_forgot_password_answer_is_the_same_whether_or_not_the_address_has_an_account() {
    let fixture = Fixture::new();
    let known = forgot(&mut fixture.server.client(), "Secondary@Example.com ");
    let unknown = forgot(&mut fixture.server.client(), "nobody@example.com");
    assert_eq!((known.status, unknown.status), (200, 200));
    assert_eq!(
        known.text().replace("secondary@example.com", "ADDRESS"),
        unknown.text().replace("nobody@example.com", "ADDRESS"),
        "the answer tells whether an account exists"
    );
    let db = fixture.server.db();
    let mails = |to: &str| -> i64 {
        db.query_row(
            "SELECT count(*) FROM outbox WHERE to_address = ?1 AND kind = 'reset'",
            [to],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(mails("secondary@example.com"), 1);
    assert_eq!(mails("nobody@example.com"), 0);
    assert_eq!(
        fixture
            .server
            .count("SELECT count(*) FROM accounts WHERE email = 'nobody@example.com'"),
        0,
        "no account is made for an unknown address"
    );
}
