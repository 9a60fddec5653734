//! The routes of the JSON API under `/api/v1`: how they print and how they parse. Unlike the
//! pages, the API tells its routes apart by every method it answers (GET, POST, PATCH,
//! DELETE), and answers a method a path does not take with a 405 listing those it does.
//! `http::api` dispatches on them; its OpenAPI document declares the same templates, and a
//! test holds the two to each other.

use std::fmt;

use crate::domain::{AccountId, ContactRole, LicenceId};

use super::{AuditQuery, ExportFormat, LicenceList, Method, Query, QueryError, with_query};

/// Where every route of the API starts.
pub const PREFIX: &str = "/api/v1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiRoute {
    /// The OpenAPI document describing every other route (no token needed).
    OpenApi,
    /// The licences the token reaches, with the web list's search, sort, filters and paging.
    Licences(LicenceList),
    /// A new licence from its key (POST).
    NewLicence,
    Licence(LicenceId),
    /// Changing a licence's own fields (PATCH).
    EditLicence(LicenceId),
    /// Recording a renewal, as an order (POST).
    Renew(LicenceId),
    /// Recording an upgrade, as an order (POST).
    Upgrade(LicenceId),
    Archive(LicenceId),
    Restore(LicenceId),
    /// A licence's contacts.
    Contacts(LicenceId),
    /// Adding a contact, by address (POST).
    AddContact(LicenceId),
    /// Removing a contact from one role (DELETE).
    Contact(LicenceId, ContactRole, AccountId),
    /// Making a contact the primary one of their role (POST).
    Primary(LicenceId, ContactRole, AccountId),
    Orders {
        page: i64,
    },
    /// Licence keys and the portal's own CSV/JSON exports (POST); `dry_run` only previews.
    Import {
        dry_run: bool,
    },
    Export(ExportFormat),
    /// An installation's text or support zip compared with the records (POST).
    Diagnose,
    /// The installations recorded by diagnoses.
    Instances,
    /// The audit log, with the admin page's filters (administrators).
    Audit(AuditQuery),
    /// The monitoring check (`licensedesk check --url`) of the licences the token reaches.
    Check(CheckQuery),
}

/// The monitoring check's parameters, as given: the handler judges them (the thresholds are
/// numbers of days, the organisation a name or a number, the SEN a SEN), so that a refusal
/// names its field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckQuery {
    /// The warning threshold in days; absent: the default.
    pub days: Option<String>,
    /// The critical threshold in days; absent: the default.
    pub critical: Option<String>,
    pub organisation: Option<String>,
    pub sen: Option<String>,
}

impl CheckQuery {
    fn parse(query: Query<'_>) -> CheckQuery {
        let given = |name: &str| {
            query
                .get(name)
                .filter(|v| !v.trim().is_empty())
                .map(str::to_owned)
        };
        CheckQuery {
            days: given("days"),
            critical: given("critical"),
            organisation: given("organisation"),
            sen: given("sen"),
        }
    }

    fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        [
            ("days", &self.days),
            ("critical", &self.critical),
            ("organisation", &self.organisation),
            ("sen", &self.sen),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
    }
}

impl ApiRoute {
    /// The route's method and path template, as the OpenAPI document names it.
    pub fn template(&self) -> (Method, &'static str) {
        use Method::{Delete, Get, Patch, Post};
        match self {
            ApiRoute::OpenApi => (Get, "/api/v1/openapi.json"),
            ApiRoute::Licences(_) => (Get, "/api/v1/licences"),
            ApiRoute::NewLicence => (Post, "/api/v1/licences"),
            ApiRoute::Licence(_) => (Get, "/api/v1/licences/{id}"),
            ApiRoute::EditLicence(_) => (Patch, "/api/v1/licences/{id}"),
            ApiRoute::Renew(_) => (Post, "/api/v1/licences/{id}/renew"),
            ApiRoute::Upgrade(_) => (Post, "/api/v1/licences/{id}/upgrade"),
            ApiRoute::Archive(_) => (Post, "/api/v1/licences/{id}/archive"),
            ApiRoute::Restore(_) => (Post, "/api/v1/licences/{id}/restore"),
            ApiRoute::Contacts(_) => (Get, "/api/v1/licences/{id}/contacts"),
            ApiRoute::AddContact(_) => (Post, "/api/v1/licences/{id}/contacts"),
            ApiRoute::Contact(..) => (Delete, "/api/v1/licences/{id}/contacts/{role}/{account}"),
            ApiRoute::Primary(..) => (
                Post,
                "/api/v1/licences/{id}/contacts/{role}/{account}/primary",
            ),
            ApiRoute::Orders { .. } => (Get, "/api/v1/orders"),
            ApiRoute::Import { .. } => (Post, "/api/v1/import"),
            ApiRoute::Export(_) => (Get, "/api/v1/export"),
            ApiRoute::Diagnose => (Post, "/api/v1/diagnose"),
            ApiRoute::Instances => (Get, "/api/v1/instances"),
            ApiRoute::Audit(_) => (Get, "/api/v1/audit"),
            ApiRoute::Check(_) => (Get, "/api/v1/check"),
        }
    }

    /// The method a request to this route is made with (the template's).
    pub fn method(&self) -> Method {
        self.template().0
    }

    /// Whether the route only reads: what a token of the read scope may ask.
    pub fn reads(&self) -> bool {
        self.method() == Method::Get
    }

    pub fn path(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for ApiRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiRoute::OpenApi => write!(f, "{PREFIX}/openapi.json"),
            ApiRoute::Licences(list) => f.write_str(&list.link(&format!("{PREFIX}/licences"))),
            ApiRoute::NewLicence => write!(f, "{PREFIX}/licences"),
            ApiRoute::Licence(id) | ApiRoute::EditLicence(id) => {
                write!(f, "{PREFIX}/licences/{id}")
            }
            ApiRoute::Renew(id) => write!(f, "{PREFIX}/licences/{id}/renew"),
            ApiRoute::Upgrade(id) => write!(f, "{PREFIX}/licences/{id}/upgrade"),
            ApiRoute::Archive(id) => write!(f, "{PREFIX}/licences/{id}/archive"),
            ApiRoute::Restore(id) => write!(f, "{PREFIX}/licences/{id}/restore"),
            ApiRoute::Contacts(id) | ApiRoute::AddContact(id) => {
                write!(f, "{PREFIX}/licences/{id}/contacts")
            }
            ApiRoute::Contact(id, role, account) => write!(
                f,
                "{PREFIX}/licences/{id}/contacts/{}/{account}",
                role.as_str()
            ),
            ApiRoute::Primary(id, role, account) => write!(
                f,
                "{PREFIX}/licences/{id}/contacts/{}/{account}/primary",
                role.as_str()
            ),
            ApiRoute::Orders { page } => {
                let page = super::page_pair(*page);
                f.write_str(&with_query(
                    &format!("{PREFIX}/orders"),
                    page.as_deref().map(|p| ("page", p)),
                ))
            }
            ApiRoute::Import { dry_run } => f.write_str(&with_query(
                &format!("{PREFIX}/import"),
                dry_run.then_some(("dry_run", "true")),
            )),
            ApiRoute::Export(format) => {
                write!(f, "{PREFIX}/export?format={}", format.as_str())
            }
            ApiRoute::Diagnose => write!(f, "{PREFIX}/diagnose"),
            ApiRoute::Instances => write!(f, "{PREFIX}/instances"),
            ApiRoute::Audit(query) => f.write_str(&query.link(&format!("{PREFIX}/audit"))),
            ApiRoute::Check(query) => {
                f.write_str(&with_query(&format!("{PREFIX}/check"), query.pairs()))
            }
        }
    }
}

/// Why a request under `/api/` names no route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiRouteError {
    NotFound,
    /// The path exists for other methods: these.
    MethodNotAllowed {
        allow: &'static str,
    },
    BadQuery(QueryError),
}

/// Whether a (percent-decoded) path is the API's: everything under `/api/`.
pub fn is_api_path(path: &str) -> bool {
    path.split('/').find(|s| !s.is_empty()) == Some("api")
}

/// The API route a request names. A HEAD is answered as its GET.
pub fn parse(
    method: Method,
    path: &str,
    query: &[(String, String)],
) -> Result<ApiRoute, ApiRouteError> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let method = if method == Method::Head {
        Method::Get
    } else {
        method
    };
    match parse_segments(method, &segments, Query(query)) {
        Ok(Some(route)) => Ok(route),
        Err(error) => Err(ApiRouteError::BadQuery(error)),
        Ok(None) => {
            // A method answers the path when it parses, or parses but for its query.
            let answers = |m| !matches!(parse_segments(m, &segments, Query(query)), Ok(None));
            let allow =
                match [Method::Get, Method::Post, Method::Patch, Method::Delete].map(answers) {
                    [false, false, false, false] => return Err(ApiRouteError::NotFound),
                    [true, false, false, false] => "GET, HEAD",
                    [false, true, false, false] => "POST",
                    [true, true, false, false] => "GET, HEAD, POST",
                    [true, false, true, false] => "GET, HEAD, PATCH",
                    [false, false, false, true] => "DELETE",
                    _ => "GET, HEAD, POST, PATCH, DELETE",
                };
            Err(ApiRouteError::MethodNotAllowed { allow })
        }
    }
}

/// The API's routing table: the route that answers `method` at these segments.
fn parse_segments(
    method: Method,
    segments: &[&str],
    query: Query<'_>,
) -> Result<Option<ApiRoute>, QueryError> {
    use Method::{Delete, Get, Patch, Post};
    let ["api", "v1", rest @ ..] = segments else {
        return Ok(None);
    };
    let licence = |raw: &str| raw.parse::<LicenceId>().ok();
    let contact = |role: &str, account: &str| {
        let role = ContactRole::parse(role)?;
        let account = account.parse::<i64>().ok().filter(|a| *a > 0)?;
        Some((role, AccountId(account)))
    };
    let route = match (rest, method) {
        (["openapi.json"], Get) => ApiRoute::OpenApi,
        (["licences"], Get) => ApiRoute::Licences(LicenceList::parse(query)?),
        (["licences"], Post) => ApiRoute::NewLicence,
        (["licences", raw, tail @ ..], _) => {
            let Some(id) = licence(raw) else {
                return Ok(None);
            };
            match (tail, method) {
                ([], Get) => ApiRoute::Licence(id),
                ([], Patch) => ApiRoute::EditLicence(id),
                (["renew"], Post) => ApiRoute::Renew(id),
                (["upgrade"], Post) => ApiRoute::Upgrade(id),
                (["archive"], Post) => ApiRoute::Archive(id),
                (["restore"], Post) => ApiRoute::Restore(id),
                (["contacts"], Get) => ApiRoute::Contacts(id),
                (["contacts"], Post) => ApiRoute::AddContact(id),
                (["contacts", role, account], Delete) => match contact(role, account) {
                    Some((role, account)) => ApiRoute::Contact(id, role, account),
                    None => return Ok(None),
                },
                (["contacts", role, account, "primary"], Post) => match contact(role, account) {
                    Some((role, account)) => ApiRoute::Primary(id, role, account),
                    None => return Ok(None),
                },
                _ => return Ok(None),
            }
        }
        (["orders"], Get) => ApiRoute::Orders {
            page: query.page()?,
        },
        (["import"], Post) => ApiRoute::Import {
            dry_run: match query.get("dry_run") {
                None | Some("" | "false") => false,
                Some("true") => true,
                Some(_) => return Err(QueryError::DryRun),
            },
        },
        (["export"], Get) => ApiRoute::Export(ExportFormat::parse(query.get("format"))?),
        (["diagnose"], Post) => ApiRoute::Diagnose,
        (["instances"], Get) => ApiRoute::Instances,
        (["audit"], Get) => ApiRoute::Audit(AuditQuery::parse(query)?),
        (["check"], Get) => ApiRoute::Check(CheckQuery::parse(query)),
        _ => return Ok(None),
    };
    Ok(Some(route))
}
