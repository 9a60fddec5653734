//! The API's security matrix: every API route, asked with no token, a revoked and an expired
//! one, a read token, a write token of each of the web matrix's nine signed-in roles, and an
//! administrator's token narrowed to another organisation. Each cell is a status, whether the
//! database changed, and (for reads) whether the licence of the web matrix is in the answer.
//! The same fixture as the web's (`security::Fixture`): one licence of Matrix Org with its
//! contacts, managers and consultants.

use licensedesk::domain::api_token::TokenScope;
use licensedesk::paths::Route;

use serde_json::json;

use crate::security::{Fixture, ORGANISATION, Role, SEN};
use crate::support::api::{Api, ApiResp, expired_token, revoked_token, token};
use crate::support::encoder;

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
    // Changes to the licence: its contacts, managers and admin change it; a consultant reads it
    // only (403); whoever does not see it, or a token narrowed elsewhere, finds nothing (404).
    Row {
        action: "POST /api/v1/licences (a new key naming Matrix Org)",
        request: |api, _| {
            let key = encoder::test_key("SEN-API-NEW", "conf", &[("Organisation", ORGANISATION)]);
            api.send_json(
                "POST",
                "/api/v1/licences",
                &json!({ "key": key, "accept_not_genuine": true }),
            )
        },
        // Anyone may add a licence, as on the web; a token narrowed to the outsider's
        // organisation may not add one that joins Matrix Org.
        expect: row([
            read(403),
            write(201),
            write(201),
            write(201),
            write(201),
            write(201),
            write(201),
            write(201),
            write(201),
            write(201),
            read(422),
        ]),
    },
    Row {
        action: "PATCH /api/v1/licences/{id} (new notes)",
        request: |api, f| {
            api.send_json(
                "PATCH",
                &licence_path(f, ""),
                &json!({ "notes": "Asked through the API" }),
            )
        },
        expect: row(CHANGES_LICENCE_200),
    },
    Row {
        action: "POST /api/v1/licences/{id}/renew (12 months)",
        request: |api, f| {
            api.send_json("POST", &licence_path(f, "/renew"), &json!({ "months": 12 }))
        },
        expect: row(CHANGES_LICENCE_201),
    },
    Row {
        action: "POST /api/v1/licences/{id}/upgrade (to 1,000 users)",
        request: |api, f| {
            api.send_json(
                "POST",
                &licence_path(f, "/upgrade"),
                &json!({ "user_tier": 1000 }),
            )
        },
        expect: row(CHANGES_LICENCE_201),
    },
    Row {
        action: "POST /api/v1/licences/{id}/archive",
        request: |api, f| api.send_json("POST", &licence_path(f, "/archive"), &json!({})),
        expect: row(CHANGES_LICENCE_200),
    },
    Row {
        action: "POST /api/v1/licences/{id}/restore (a licence that is not archived: unchanged)",
        request: |api, f| api.send_json("POST", &licence_path(f, "/restore"), &json!({})),
        expect: row([
            read(403),
            read(404),
            read(200),
            read(200),
            read(200),
            read(200),
            read(404),
            read(403),
            read(403),
            read(404),
            read(404),
        ]),
    },
    Row {
        action: "GET /api/v1/licences/{id}/contacts",
        request: |api, f| api.get(&licence_path(f, "/contacts")),
        expect: row([
            read(200),
            read(404),
            read(200),
            read(200),
            read(200),
            read(200),
            read(404),
            read(200),
            read(200),
            read(404),
            read(404),
        ]),
    },
    Row {
        action: "POST /api/v1/licences/{id}/contacts (a new billing contact)",
        request: |api, f| {
            api.send_json(
                "POST",
                &licence_path(f, "/contacts"),
                &json!({ "email": "billing@example.com", "role": "billing" }),
            )
        },
        expect: row(CHANGES_LICENCE_201),
    },
    Row {
        action: "DELETE /api/v1/licences/{id}/contacts/{role}/{account} (the third contact)",
        request: |api, f| {
            let path = licence_path(f, &format!("/contacts/technical/{}", f.third.0));
            api.send("DELETE", &path, None)
        },
        expect: row(CHANGES_LICENCE_200),
    },
    Row {
        action: "POST /api/v1/licences/{id}/contacts/{role}/{account}/primary (the third contact)",
        request: |api, f| {
            let path = licence_path(f, &format!("/contacts/technical/{}/primary", f.third.0));
            api.send_json("POST", &path, &json!({}))
        },
        // A secondary contact may make only themselves primary.
        expect: row([
            read(403),
            read(404),
            read(403),
            write(200),
            write(200),
            write(200),
            read(404),
            read(403),
            read(403),
            read(404),
            read(404),
        ]),
    },
    // Records: each lists what its token reaches, and an administrator's audit log is theirs.
    Row {
        action: "GET /api/v1/orders",
        request: |api, _| api.get("/api/v1/orders"),
        // The licence's one order was placed by its primary contact.
        expect: row([
            sees(true),
            sees(false),
            sees(false),
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
        action: "GET /api/v1/instances",
        request: |api, _| api.get("/api/v1/instances"),
        expect: row([read(200); 11]),
    },
    Row {
        action: "GET /api/v1/audit",
        request: |api, _| api.get("/api/v1/audit"),
        expect: row([
            read(404),
            read(404),
            read(404),
            read(404),
            read(200),
            read(404),
            read(404),
            read(404),
            read(404),
            read(404),
            read(403),
        ]),
    },
    Row {
        action: "POST /api/v1/import (a new key, not a dry run)",
        request: |api, _| {
            let key = encoder::test_key("SEN-API-IMPORT", "conf", &[]);
            api.send(
                "POST",
                "/api/v1/import?allow_unverified=true",
                Some(("text/plain", key.into_bytes())),
            )
        },
        // Anyone may import what they have, as on the Import page, and becomes its contact; a
        // token narrowed to an organisation may not import at all.
        expect: row([
            read(403),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            write(200),
            read(403),
        ]),
    },
    Row {
        action: "GET /api/v1/export?format=json",
        request: |api, _| api.get("/api/v1/export?format=json"),
        // The consultant with keys takes the key: that is audited.
        expect: row([
            sees(true),
            sees(false),
            sees(true),
            sees(true),
            sees(true),
            sees(true),
            sees(false),
            sees(true),
            Expect {
                status: 200,
                writes: true,
                shows_licence: Some(true),
            },
            sees(false),
            sees(false),
        ]),
    },
    Row {
        action: "POST /api/v1/diagnose (an installation's text with the licence's Server ID)",
        request: |api, _| {
            api.send_json(
                "POST",
                "/api/v1/diagnose",
                &json!({ "text": "serverId=B1C2-D3E4-F5G6-H7I8\n" }),
            )
        },
        expect: row([
            read(403),
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
        ]),
    },
];

/// What a change to the licence answers each caller with a live token when it changes it with
/// this status: read token, non-contact, secondary, primary, admin, manager, other manager,
/// consultant, consultant with keys, ended consultant, narrowed admin.
const fn changes_licence(status: u16) -> [Expect; 11] {
    [
        read(403),
        read(404),
        write(status),
        write(status),
        write(status),
        write(status),
        read(404),
        read(403),
        read(403),
        read(404),
        read(404),
    ]
}

const CHANGES_LICENCE_200: [Expect; 11] = changes_licence(200);
const CHANGES_LICENCE_201: [Expect; 11] = changes_licence(201);

/// A path under the licence in the API: `/api/v1/licences/{id}{rest}`.
fn licence_path(f: &Fixture, rest: &str) -> String {
    format!("/api/v1/licences/{}{rest}", f.licence.0)
}

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

/// Whether the licence is in the answer: its organisation, or its SEN (an order names its
/// licence by SEN).
fn shows_licence(answer: &ApiResp) -> bool {
    answer.body.contains(ORGANISATION) || answer.body.contains(SEN)
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
