//! The API's security matrix: every API route, asked with no token, a revoked and an expired
//! one, a read token, a write token of each of the web matrix's nine signed-in roles, and an
//! administrator's token narrowed to another organisation. Each cell is a status, whether the
//! database changed, and (for reads) whether the licence of the web matrix is in the answer.
//! The same fixture as the web's (`security::Fixture`): one licence of Matrix Org with its
//! contacts, managers and consultants.

use licensedesk::domain::api_token::TokenScope;
use licensedesk::paths::Route;

use crate::security::{Fixture, ORGANISATION, Role};
use crate::support::api::{Api, ApiResp, expired_token, revoked_token, token};

/// Who asks, in the order of every row's `expect`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    NoToken,
    /// The primary contact's write token, revoked.
    Revoked,
    /// The primary contact's write token, expired.
    Expired,
    /// The primary contact's read token.
    Read,
    /// A write token of a signed-in role of the web matrix.
    Write(Role),
    /// An administrator's write token narrowed to the outsider's organisation.
    NarrowedAdmin,
}

const CALLERS: [Caller; 14] = [
    Caller::NoToken,
    Caller::Revoked,
    Caller::Expired,
    Caller::Read,
    Caller::Write(Role::NonContact),
    Caller::Write(Role::Secondary),
    Caller::Write(Role::Primary),
    Caller::Write(Role::Admin),
    Caller::Write(Role::Manager),
    Caller::Write(Role::OtherManager),
    Caller::Write(Role::Consultant),
    Caller::Write(Role::KeysConsultant),
    Caller::Write(Role::ExpiredConsultant),
    Caller::NarrowedAdmin,
];

/// What one caller gets from one row's request.
#[derive(Debug, Clone, Copy)]
struct Expect {
    status: u16,
    writes: bool,
    /// Whether the answer names the licence's organisation; `None`: not checked.
    shows_licence: Option<bool>,
}

const fn read(status: u16) -> Expect {
    Expect {
        status,
        writes: false,
        shows_licence: None,
    }
}

const fn write(status: u16) -> Expect {
    Expect {
        status,
        writes: true,
        shows_licence: None,
    }
}

/// 200, nothing changed, and the licence in the answer or not.
const fn sees(shown: bool) -> Expect {
    Expect {
        status: 200,
        writes: false,
        shows_licence: Some(shown),
    }
}

/// The statuses every route answers the callers whose token does not open the API.
const SHUT: [Expect; 3] = [read(401), read(401), read(401)];

struct Row {
    /// "METHOD /api/v1/… (what is tried)": the route is read from the method and the path.
    action: &'static str,
    request: fn(&Api, &Fixture) -> ApiResp,
    expect: [Expect; 14],
}

/// Joins the three closed doors with the eleven answers of the callers with a live token.
const fn row(open: [Expect; 11]) -> [Expect; 14] {
    [
        SHUT[0], SHUT[1], SHUT[2], open[0], open[1], open[2], open[3], open[4], open[5], open[6],
        open[7], open[8], open[9], open[10],
    ]
}

const MATRIX: &[Row] = &[
    Row {
        action: "GET /api/v1/openapi.json",
        request: |api, _| api.get("/api/v1/openapi.json"),
        expect: [read(200); 14],
    },
    Row {
        action: "GET /api/v1/licences",
        request: |api, _| api.get("/api/v1/licences"),
        // Read, non-contact, secondary, primary, admin, manager, other manager, consultant,
        // consultant with keys, ended consultant, narrowed admin.
        expect: row([
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
            sees(false),
        ]),
    },
    Row {
        action: "GET /api/v1/licences/{id}",
        request: |api, f| api.get(&format!("/api/v1/licences/{}", f.licence.0)),
        // The consultant with keys is shown the key: that view is audited (a write).
        expect: row([
            sees(true),
            read(404),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            read(404),
            sees(true),
            write(200),
            read(404),
            read(404),
        ]),
    },
    Row {
        action: "GET /api/v1/check (every date concerns it)",
        request: |api, _| api.get("/api/v1/check?days=10000&critical=0"),
        // The check of what each token reaches: the licence is listed where it is seen.
        expect: row([
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(false),
            sees(false),
        ]),
    },
    Row {
        action: "GET /api/v1/check?sen= (the licence's SEN)",
        request: |api, _| {
            api.get(&format!(
                "/api/v1/check?days=10000&critical=0&sen={}",
                crate::security::SEN
            ))
        },
        // A SEN the token does not reach is refused as one that does not exist.
        expect: row([
            sees(true),
            read(422),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            read(422),
            sees(true),
            sees(true),
            read(422),
            read(422),
        ]),
    },
    Row {
        action: "GET /api/v1/check?organisation= (the licence's organisation)",
        request: |api, _| {
            api.get(&format!(
                "/api/v1/check?days=10000&critical=0&organisation={}",
                ORGANISATION.replace(' ', "%20")
            ))
        },
        expect: row([
            sees(true),
            read(422),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            read(422),
            sees(true),
            sees(true),
            read(422),
            read(422),
        ]),
    },
];

/// The tokens of every caller, made before the first snapshot.
struct Tokens(Vec<Option<String>>);

impl Tokens {
    fn new(f: &Fixture) -> Tokens {
        let server = &f.server;
        let primary = f.account(Role::Primary);
        Tokens(
            CALLERS
                .iter()
                .map(|caller| match caller {
                    Caller::NoToken => None,
                    Caller::Revoked => Some(revoked_token(server, primary)),
                    Caller::Expired => Some(expired_token(server, primary)),
                    Caller::Read => Some(token(server, primary, TokenScope::Read, None)),
                    Caller::Write(role) => {
                        Some(token(server, f.account(*role), TokenScope::Write, None))
                    }
                    Caller::NarrowedAdmin => Some(token(
                        server,
                        f.account(Role::Admin),
                        TokenScope::Write,
                        Some(f.outsider_org),
                    )),
                })
                .collect(),
        )
    }
}

fn shows_licence(answer: &ApiResp) -> bool {
    answer.body.contains(ORGANISATION)
}

#[test]
fn every_api_route_as_every_token_gets_its_status_and_changes_only_what_it_may() {
    let mut failures = Vec::new();
    let shared = Fixture::new();
    let shared_tokens = Tokens::new(&shared);
    for row in MATRIX {
        let writes = row.expect.iter().any(|e| e.writes);
        for (i, caller) in CALLERS.iter().enumerate() {
            let fresh;
            let fresh_tokens;
            let (fixture, tokens) = if writes {
                fresh = Fixture::new();
                fresh_tokens = Tokens::new(&fresh);
                (&fresh, &fresh_tokens)
            } else {
                (&shared, &shared_tokens)
            };
            let api = Api::new(&fixture.server, tokens.0[i].as_deref());
            let before = fixture.snapshot();
            let answer = (row.request)(&api, fixture);
            let after = fixture.snapshot();
            let expect = row.expect[i];
            let mut problems = Vec::new();
            if answer.status != expect.status {
                problems.push(format!(
                    "status {} (expected {}): {}",
                    answer.status,
                    expect.status,
                    answer.body.chars().take(200).collect::<String>()
                ));
            }
            if answer.status >= 400
                && answer.header("content-type") != Some("application/problem+json")
            {
                problems.push("an error that is not a problem document".to_owned());
            }
            if !expect.writes && before != after {
                problems.push("the database changed".to_owned());
            }
            if expect.writes && before == after {
                problems.push("the database did not change".to_owned());
            }
            if let Some(shown) = expect.shows_licence
                && shows_licence(&answer) != shown
            {
                problems.push(format!(
                    "the licence {}",
                    if shown { "is missing" } else { "is shown" }
                ));
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "{} as {caller:?}: {}",
                    row.action,
                    problems.join("; ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "API security matrix ({} rows):\n{}",
        MATRIX.len(),
        failures.join("\n")
    );
}

/// The route a row's action names: its method and path, matched against the templates.
fn template_of(action: &str) -> (String, String) {
    let (method, rest) = action.split_once(' ').expect("METHOD /path");
    let path = rest.split([' ', '?']).next().unwrap_or("");
    (method.to_owned(), path.to_owned())
}

#[test]
fn every_api_route_has_rows() {
    let rows: Vec<(String, String)> = MATRIX.iter().map(|r| template_of(r.action)).collect();
    let mut missing = Vec::new();
    for route in Route::samples(3) {
        let Route::Api(route) = route else { continue };
        let (method, path) = route.template();
        let method = format!("{method:?}").to_uppercase();
        if !rows.iter().any(|(m, p)| *m == method && p == path) {
            missing.push(format!("{method} {path}"));
        }
    }
    assert!(missing.is_empty(), "API routes without a row: {missing:#?}");
}
