//! The JSON API under `/api/v1`, for scripts, infrastructure-as-code and monitoring hosts.
//!
//! A request authenticates with a personal access token (`Authorization: Bearer ldpat_…`),
//! never with the session cookie: a browser sends cookies on its own, a bearer token only when
//! told to, so the API needs no CSRF token and a page cannot make a signed-in browser call it.
//! The token acts for its account with the account's rights, through the same functions the
//! pages use, narrowed by its scope (a read token is refused every change, before anything is
//! looked up) and, when it has one, to one organisation's licences (any other is a 404, as a
//! licence the account cannot see is).
//!
//! Every answer is JSON; every error is `application/problem+json` (RFC 9457) whose `detail`
//! is the message the page would show, in the account's language. Each handler is declared
//! with `#[utoipa::path]` beside its code, and the OpenAPI document (`openapi.rs`) is generated
//! from those declarations.

pub mod check;
pub mod contacts;
pub mod data;
pub mod licence_changes;
pub mod licences;
pub mod openapi;
pub mod records;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::api_token::{ApiToken, TokenState};
use crate::domain::{AccountState, Licence, LicenceId};
use crate::error::AppError;
use crate::i18n::Language;
use crate::paths::QueryError;
use crate::paths::api::{self, ApiRoute, ApiRouteError};
use crate::store;
use crate::tr;

use super::session::Session;
use super::{Ctx, HeaderValue, Response};

/// What an API handler answers, or the error to answer as a problem.
pub type ApiResult<T> = Result<T, ApiError>;

/// An error of the API, answered as `application/problem+json`.
#[derive(Debug)]
pub enum ApiError {
    /// The same errors the pages answer, with the same messages.
    App(AppError),
    /// No token, or one that does not open the API (401): why, in words.
    Unauthorized(String),
    /// Fields the request got wrong (422): each with the message its form would show beside
    /// it.
    Invalid(Vec<FieldError>),
    /// A change the thing's state does not allow now (409), e.g. removing a role's primary
    /// contact before another is primary: the page's explanation.
    Conflict(String),
    /// A body larger than the route takes (413), saying why in the page's words (the server's
    /// own 413, before the body is read, names only the limit).
    TooLarge(String),
}

/// One field a request got wrong.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    /// The field, as the request named it.
    pub field: String,
    pub detail: String,
}

impl ApiError {
    /// A 422 for one field.
    pub fn field(field: &str, detail: impl Into<String>) -> ApiError {
        ApiError::Invalid(vec![FieldError {
            field: field.to_owned(),
            detail: detail.into(),
        }])
    }
}

impl From<AppError> for ApiError {
    fn from(error: AppError) -> ApiError {
        ApiError::App(error)
    }
}

impl From<rusqlite::Error> for ApiError {
    fn from(error: rusqlite::Error) -> ApiError {
        ApiError::App(error.into())
    }
}

impl From<crate::store::StoreError> for ApiError {
    fn from(error: crate::store::StoreError) -> ApiError {
        ApiError::App(error.into())
    }
}

/// The body of every error answer (RFC 9457).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The status's title, in the account's language.
    pub title: String,
    pub status: u16,
    /// What went wrong, as the page would say it.
    pub detail: String,
    /// The fields a 422 refused, each with its message.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

/// Who is asking: the token and its account, as a session the page handlers take.
pub struct Caller {
    pub session: Session,
    pub token: ApiToken,
}

/// Answers a request under `/api/`: always JSON, errors included.
pub fn handle(ctx: &mut Ctx) -> Response {
    match respond(ctx) {
        Ok(response) => response,
        Err(error) => problem(ctx.lang, &error),
    }
}

fn respond(ctx: &mut Ctx) -> ApiResult<Response> {
    let route = match api::parse(ctx.req.method, &ctx.req.path, &ctx.req.query) {
        Ok(route) => route,
        Err(ApiRouteError::NotFound) => return Err(AppError::NotFound.into()),
        Err(ApiRouteError::MethodNotAllowed { allow }) => {
            return Err(AppError::MethodNotAllowed { allow }.into());
        }
        Err(ApiRouteError::BadQuery(error)) => {
            // Told in the token's language when there is a good one.
            let _ = authenticate(ctx);
            return Err(AppError::BadRequest(bad_query(ctx.lang, error)).into());
        }
    };
    dispatch(ctx, route)
}

/// Answers one route of the API.
pub fn dispatch(ctx: &mut Ctx, route: ApiRoute) -> ApiResult<Response> {
    if route == ApiRoute::OpenApi {
        return Ok(openapi::serve());
    }
    let caller = authenticate(ctx)?;
    if !route.reads() && caller.token.scope == crate::domain::api_token::TokenScope::Read {
        return Err(AppError::Forbidden(tr!(ctx.lang, "api-token-read-only")).into());
    }
    match route {
        ApiRoute::OpenApi => Ok(openapi::serve()),
        ApiRoute::Licences(list) => licences::list(ctx, &caller, &list),
        ApiRoute::Licence(id) => licences::get(ctx, &caller, id),
        ApiRoute::Contacts(id) => contacts::list(ctx, &caller, id),
        ApiRoute::AddContact(id) => contacts::add(ctx, &caller, id),
        ApiRoute::Contact(id, role, account) => contacts::remove(ctx, &caller, id, role, account),
        ApiRoute::Primary(id, role, account) => {
            contacts::make_primary(ctx, &caller, id, role, account)
        }
        ApiRoute::Orders { page } => records::orders(ctx, &caller, page),
        ApiRoute::Instances => records::instances(ctx, &caller),
        ApiRoute::Audit(query) => records::audit(ctx, &caller, query),
        ApiRoute::Check(query) => check::check(ctx, &caller, &query),
        ApiRoute::Import { dry_run } => data::import(ctx, &caller, dry_run),
        ApiRoute::Export(format) => data::export(ctx, &caller, format),
        ApiRoute::Diagnose => data::diagnose(ctx, &caller),
        ApiRoute::NewLicence => licence_changes::create(ctx, &caller),
        ApiRoute::EditLicence(id) => licence_changes::update(ctx, &caller, id),
        ApiRoute::Renew(id) => licence_changes::renew(ctx, &caller, id),
        ApiRoute::Upgrade(id) => licence_changes::upgrade(ctx, &caller, id),
        ApiRoute::Archive(id) => licence_changes::archive(ctx, &caller, id),
        ApiRoute::Restore(id) => licence_changes::restore(ctx, &caller, id),
    }
}

/// The token of the request's `Authorization` header, if it opens the API now. The request is
/// answered in its account's language from here on.
pub fn authenticate(ctx: &mut Ctx) -> ApiResult<Caller> {
    let lang = ctx.lang;
    let Some(header) = ctx.req.header("authorization") else {
        return Err(ApiError::Unauthorized(tr!(lang, "api-token-missing")));
    };
    let Some(hash) = crate::auth::api_tokens::hash_of_header(header) else {
        return Err(ApiError::Unauthorized(tr!(lang, "api-token-invalid")));
    };
    let Some((token, account)) = store::api_tokens::find(ctx.conn, &hash)? else {
        return Err(ApiError::Unauthorized(tr!(lang, "api-token-invalid")));
    };
    let lang = Language::from_code(&account.language).unwrap_or(lang);
    ctx.lang = lang;
    match token.state(ctx.now) {
        TokenState::Live => {}
        TokenState::Expired => {
            let date = jiff::Timestamp::from_second(token.expires_at)
                .map(|t| {
                    crate::i18n::format::date(lang, t.to_zoned(jiff::tz::TimeZone::UTC).date())
                })
                .unwrap_or_default();
            return Err(ApiError::Unauthorized(tr!(
                lang,
                "api-token-expired",
                date = date
            )));
        }
        TokenState::Revoked => {
            return Err(ApiError::Unauthorized(tr!(lang, "api-token-revoked")));
        }
    }
    if account.state != AccountState::Active {
        return Err(ApiError::Unauthorized(tr!(
            lang,
            "api-token-account-disabled"
        )));
    }
    // A token narrowed to an organisation its account no longer reaches (a grant ended, a
    // manager removed) opens nothing: answering "nothing here" would look like an empty
    // organisation to a monitor that has lost its eyes.
    if let Some(only) = token.organisation_id()
        && !account.is_admin
        && !store::organisations::reachable(ctx.conn, crate::domain::Viewer::of(&account), ctx.now)?
            .iter()
            .any(|o| o.id == only)
    {
        return Err(AppError::Forbidden(tr!(lang, "api-token-organisation-out-of-reach")).into());
    }
    store::api_tokens::touch(ctx.conn, token.id, ctx.now)?;
    ctx.api_token = Some(token.id);
    Ok(Caller {
        session: Session {
            account,
            // No form is posted to the API: a token is no session, and carries no CSRF token.
            csrf: String::new(),
            csrf_secret: String::new(),
            token_hash: hash,
        },
        token,
    })
}

impl Caller {
    /// Whether the token reaches this licence besides the account: a token narrowed to an
    /// organisation reaches that organisation's licences only.
    pub fn reaches(&self, licence: &Licence) -> bool {
        match self.token.organisation_id() {
            None => true,
            Some(id) => licence.belongs_to.as_ref().is_some_and(|o| o.id == id),
        }
    }

    /// The licence with this id if the token may see it: a 404 otherwise.
    pub fn licence(&self, ctx: &mut Ctx, id: LicenceId) -> ApiResult<Licence> {
        let licence = super::licences::visible_licence(ctx, &self.session, id)?;
        if !self.reaches(&licence) {
            return Err(AppError::NotFound.into());
        }
        Ok(licence)
    }

    /// The licence with this id if the token may change it: a 404 as for [`Caller::licence`],
    /// a 403 for an account that reads it only (a consultant).
    pub fn managed_licence(&self, ctx: &mut Ctx, id: LicenceId) -> ApiResult<Licence> {
        let licence = self.licence(ctx, id)?;
        Ok(super::licences::managed_licence(
            ctx,
            &self.session,
            licence.id,
        )?)
    }
}

/// A JSON answer.
pub fn json(status: u16, value: &impl Serialize) -> Response {
    match serde_json::to_vec(value) {
        Ok(body) => Response::new(status)
            .header("Content-Type", HeaderValue::fixed("application/json"))
            .with_body(body),
        Err(error) => problem(
            Language::En,
            &ApiError::App(AppError::Internal(format!("JSON: {error}"))),
        ),
    }
}

/// The request's body as the JSON a route takes: a 415-like 400 when it is not JSON, and a
/// 400 naming where and why when it does not fit.
pub fn body<T: DeserializeOwned>(ctx: &Ctx) -> ApiResult<T> {
    let lang = ctx.lang;
    let json_type = ctx.req.header("content-type").is_some_and(|t| {
        let media = t.split(';').next().unwrap_or("").trim();
        media.eq_ignore_ascii_case("application/json")
    });
    if !json_type {
        return Err(AppError::BadRequest(tr!(lang, "api-json-required")).into());
    }
    let bad = |reason: String| -> ApiError {
        AppError::BadRequest(tr!(lang, "api-bad-json", reason = reason)).into()
    };
    // An object, named field by field: serde would also fill a struct from an array, by
    // position, which no caller means.
    let value: serde_json::Value =
        serde_json::from_slice(&ctx.req.body).map_err(|e| bad(e.to_string()))?;
    if !value.is_object() {
        return Err(bad(tr!(lang, "api-json-object")));
    }
    serde_json::from_value(value).map_err(|e| bad(e.to_string()))
}

/// The answer to an error: its status and a problem document.
pub fn problem(lang: Language, error: &ApiError) -> Response {
    let (status, detail, errors) = match error {
        ApiError::Unauthorized(detail) => (401, detail.clone(), Vec::new()),
        ApiError::Conflict(detail) => (409, detail.clone(), Vec::new()),
        ApiError::TooLarge(detail) => (413, detail.clone(), Vec::new()),
        ApiError::Invalid(errors) => (
            422,
            tr!(lang, "api-invalid", count = errors.len()),
            errors.clone(),
        ),
        ApiError::App(error) => {
            let (status, detail) = app_error(lang, error);
            (status, detail, Vec::new())
        }
    };
    let body = Problem {
        kind: "about:blank",
        title: title(lang, status),
        status,
        detail,
        errors,
    };
    let body = serde_json::to_vec(&body).unwrap_or_default();
    let mut response = Response::new(status)
        .header(
            "Content-Type",
            HeaderValue::fixed("application/problem+json"),
        )
        .with_body(body);
    match error {
        ApiError::Unauthorized(_) => {
            response = response.header(
                "WWW-Authenticate",
                HeaderValue::fixed("Bearer realm=\"licensedesk\""),
            );
        }
        ApiError::App(AppError::MethodNotAllowed { allow }) => {
            if let Ok(value) = HeaderValue::new((*allow).to_owned()) {
                response = response.header("Allow", value);
            }
        }
        ApiError::App(AppError::TooManyRequests { seconds }) => {
            if let Ok(value) = HeaderValue::new(seconds.to_string()) {
                response = response.header("Retry-After", value);
            }
        }
        ApiError::App(AppError::Busy) => {
            response =
                response.header("Retry-After", HeaderValue::fixed(super::BUSY_RETRY_SECONDS));
        }
        ApiError::App(AppError::PayloadTooLarge { .. } | AppError::RequestTimeout) => {
            response = response.closing();
        }
        _ => {}
    }
    response
}

/// The status and message of one of the pages' errors: the status the pages give it.
fn app_error(lang: Language, error: &AppError) -> (u16, String) {
    let detail = match error {
        AppError::BadRequest(message) | AppError::Forbidden(message) => message.clone(),
        // The API has no sign-in page to send anyone to.
        AppError::Unauthenticated => tr!(lang, "api-token-missing"),
        AppError::NotFound => tr!(lang, "api-not-found"),
        AppError::MethodNotAllowed { allow } => {
            tr!(lang, "api-method-not-allowed", allow = allow.to_string())
        }
        AppError::RequestTimeout => tr!(lang, "error-408-body"),
        AppError::PayloadTooLarge { limit } => {
            tr!(lang, "api-too-large", limit = (*limit as i64))
        }
        AppError::TooManyRequests { seconds } => {
            tr!(lang, "error-429-body", seconds = (*seconds as i64))
        }
        AppError::Busy => tr!(lang, "error-503-body"),
        AppError::Internal(detail) => {
            eprintln!("licensedesk: internal error: {detail}");
            tr!(lang, "error-500-body")
        }
    };
    (error.status(), detail)
}

fn title(lang: Language, status: u16) -> String {
    match status {
        400 => tr!(lang, "error-400-title"),
        401 => tr!(lang, "api-401-title"),
        403 => tr!(lang, "error-403-title"),
        404 => tr!(lang, "api-404-title"),
        405 => tr!(lang, "error-405-title"),
        408 => tr!(lang, "error-408-title"),
        409 => tr!(lang, "api-people-409-title"),
        413 => tr!(lang, "error-413-title"),
        422 => tr!(lang, "api-422-title"),
        429 => tr!(lang, "error-429-title"),
        503 => tr!(lang, "error-503-title"),
        _ => tr!(lang, "error-500-title"),
    }
}

/// A query parameter the route does not take: the page's message, plus the API's own.
fn bad_query(lang: Language, error: QueryError) -> String {
    super::routes::query_message(lang, error)
}
