//! The JSON API from outside: personal access tokens made in the database the server uses
//! (the pages that make them are tested on their own), and a client that sends them.

use std::io::Read;
use std::time::Duration;

use licensedesk::app::api_tokens::{TokenRequest, create};
use licensedesk::domain::api_token::TokenScope;
use licensedesk::domain::{AccountId, Actor, OrganisationId};
use licensedesk::store::{self, accounts};

use super::TestServer;

/// A live token of `account` with this scope, narrowed to `organisation` when given.
pub fn token(
    server: &TestServer,
    account: AccountId,
    scope: TokenScope,
    organisation: Option<OrganisationId>,
) -> String {
    let mut conn = store::open(&server.database_path()).unwrap();
    let account = accounts::by_id(&conn, account).unwrap().unwrap();
    let request = TokenRequest {
        name: "tests",
        scope,
        organisation,
        days: "30",
    };
    match create(
        &mut conn,
        &Actor::CommandLine,
        &account,
        &request,
        store::unix_now(),
    )
    .unwrap()
    {
        Ok(made) => made.secret,
        Err(refused) => panic!("the token was refused: {refused:?}"),
    }
}

/// A token that expired a minute ago.
pub fn expired_token(server: &TestServer, account: AccountId) -> String {
    let secret = token(server, account, TokenScope::Write, None);
    server
        .db()
        .execute(
            "UPDATE api_tokens SET expires_at = unixepoch() - 60 WHERE id = \
             (SELECT max(id) FROM api_tokens)",
            [],
        )
        .unwrap();
    secret
}

/// A token revoked a minute ago.
pub fn revoked_token(server: &TestServer, account: AccountId) -> String {
    let secret = token(server, account, TokenScope::Write, None);
    server
        .db()
        .execute(
            "UPDATE api_tokens SET revoked_at = unixepoch() - 60 WHERE id = \
             (SELECT max(id) FROM api_tokens)",
            [],
        )
        .unwrap();
    secret
}

/// An answer of the API: its status, headers and body (JSON when it is).
#[derive(Debug)]
pub struct ApiResp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl ApiResp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON; a body that is not JSON fails the test, naming it.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// A problem document's `detail`, after checking it is one with this status.
    pub fn problem(&self, status: u16) -> String {
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(
            self.header("content-type"),
            Some("application/problem+json"),
            "{}",
            self.body
        );
        let json = self.json();
        assert_eq!(json["status"], status, "{}", self.body);
        json["detail"].as_str().unwrap_or_default().to_owned()
    }
}

/// Sends requests to the API, with a token or without.
pub struct Api {
    pub base: String,
    pub token: Option<String>,
}

impl Api {
    pub fn new(server: &TestServer, token: Option<&str>) -> Api {
        Api {
            base: server.client().base,
            token: token.map(str::to_owned),
        }
    }

    pub fn get(&self, path: &str) -> ApiResp {
        self.send("GET", path, None)
    }

    /// A request with a JSON body.
    pub fn send_json(&self, method: &str, path: &str, body: &serde_json::Value) -> ApiResp {
        self.send(
            method,
            path,
            Some(("application/json", body.to_string().into_bytes())),
        )
    }

    /// A request with any body and content type (or none).
    pub fn send(&self, method: &str, path: &str, body: Option<(&str, Vec<u8>)>) -> ApiResp {
        let agent = ureq::AgentBuilder::new()
            .redirects(0)
            .timeout(Duration::from_secs(60))
            .build();
        let mut request = agent.request(method, &format!("{}{path}", self.base));
        if let Some(token) = &self.token {
            request = request.set("Authorization", &format!("Bearer {token}"));
        }
        let result = match body {
            Some((content_type, bytes)) => {
                request.set("Content-Type", content_type).send_bytes(&bytes)
            }
            None => request.call(),
        };
        let response = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("request failed: {e}"),
        };
        let status = response.status();
        let headers = response
            .headers_names()
            .into_iter()
            .filter_map(|n| response.header(&n).map(|v| (n.clone(), v.to_owned())))
            .collect();
        let mut bytes = Vec::new();
        response.into_reader().read_to_end(&mut bytes).unwrap();
        ApiResp {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }
}
