//! The monitoring check over the API (`licensedesk check --url`): the licences the token
//! reaches, judged by `domain::check` through the same use case as the command line, answered
//! as the document `licensedesk check --json` prints.

use crate::app::check::{self as use_case, Scope};
use crate::domain::check::{
    DEFAULT_CRITICAL_DAYS, DEFAULT_WARNING_DAYS, Document, MAX_DAYS, Refusal, ThresholdError,
    Thresholds,
};
use crate::i18n;
use crate::paths::api::CheckQuery;
use crate::tr;

use super::{ApiError, ApiResult, Caller, FieldError, json};
use crate::http::{Ctx, Response};

/// The check of the licences the token reaches.
#[utoipa::path(
    get,
    path = "/api/v1/check",
    tag = "check",
    params(
        ("days" = Option<u32>, Query, description = "WARNING when something ends within this many days (default 30)"),
        ("critical" = Option<u32>, Query, description = "CRITICAL when something ends within this many days (default 7, at most `days`)"),
        ("organisation" = Option<String>, Query, description = "Only this organisation's licences: its name or its number"),
        ("sen" = Option<String>, Query, description = "Only the licence with this SEN"),
    ),
    responses(
        (status = 200, description = "The check: its status, perfdata and the licences that need attention", body = Document),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A threshold that is not a number of days, or `critical` above `days`; a malformed SEN; an organisation or SEN the token does not reach", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn check(ctx: &mut Ctx, caller: &Caller, query: &CheckQuery) -> ApiResult<Response> {
    let lang = ctx.lang;
    let days = |field: &str, given: &Option<String>, default: u32| match given.as_deref() {
        None => Ok(default),
        Some(raw) => raw
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|days| *days <= MAX_DAYS)
            .ok_or_else(|| FieldError {
                field: field.to_owned(),
                detail: tr!(lang, "check-api-days", max = MAX_DAYS),
            }),
    };
    let warning = days("days", &query.days, DEFAULT_WARNING_DAYS);
    let critical = days("critical", &query.critical, DEFAULT_CRITICAL_DAYS);
    let (warning, critical) = match (warning, critical) {
        (Ok(warning), Ok(critical)) => (warning, critical),
        (warning, critical) => {
            let errors = [warning.err(), critical.err()].into_iter().flatten();
            return Err(ApiError::Invalid(errors.collect()));
        }
    };
    let thresholds = Thresholds::new(warning, critical).map_err(|error| {
        let field = match error {
            ThresholdError::CriticalAfterWarning { .. } => "critical",
            ThresholdError::TooLarge { .. } => "days",
        };
        ApiError::field(field, i18n::check::threshold_error(lang, error))
    })?;
    let scope = Scope {
        organisation: query.organisation.clone(),
        sen: query.sen.clone(),
    };
    let today = crate::http::licences::today(ctx).date;
    let checked = use_case::run(
        ctx.conn,
        Some(caller.session.viewer()),
        caller.token.organisation_id(),
        &scope,
        thresholds,
        today,
        ctx.now,
    )
    .map_err(ApiError::from)?;
    match checked {
        Ok(report) => {
            let document = report.document(i18n::check::summary(lang, &report));
            Ok(json(200, &document))
        }
        Err(refusal) => {
            let field = match refusal {
                Refusal::UnknownOrganisation(_) => "organisation",
                Refusal::MalformedSen(_) | Refusal::UnknownSen(_) => "sen",
            };
            Err(ApiError::field(field, i18n::check::refusal(lang, &refusal)))
        }
    }
}
