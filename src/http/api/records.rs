//! The API's records: the orders the token's account may see (as the orders page lists them),
//! the installations recorded by diagnoses that it may know of, and, for administrators, the
//! audit log with the admin page's filters.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::Instance;
use crate::domain::audit::AuditRow;
use crate::domain::orders::Order;
use crate::error::AppError;
use crate::http::people::admin::{AUDIT_PER_PAGE, audit_filter, audit_form};
use crate::http::{Ctx, Response};
use crate::paths::AuditQuery;
use crate::paths::api::ApiRoute;
use crate::store;
use crate::tr;

use super::{ApiError, ApiResult, Caller, FieldError, json};

/// Orders on one page, as on the web.
pub const ORDERS_PER_PAGE: i64 = crate::http::licences::orders::PER_PAGE;

/// A moment as RFC 3339 in UTC (`2026-11-21T09:30:00Z`).
fn rfc3339(unix_seconds: i64) -> String {
    jiff::Timestamp::from_second(unix_seconds)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

/// The licence an order or an installation concerns.
#[derive(Debug, Serialize, ToSchema)]
pub struct LicenceRefJson {
    pub id: i64,
    pub name: String,
    pub sen: Option<String>,
}

/// An order: a new purchase, a renewal or an upgrade recorded in the portal.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrderJson {
    /// `LD-000042`.
    pub number: String,
    /// When it was placed, RFC 3339 in UTC.
    pub placed_at: String,
    /// `new`, `renewal` or `upgrade`.
    pub kind: &'static str,
    pub licence: LicenceRefJson,
    pub description: String,
    pub po_number: Option<String>,
    /// As stored: digits with a decimal point (`1200.50`).
    pub amount: Option<String>,
    pub currency: Option<String>,
    /// The address of who placed it, while that account exists.
    pub placed_by: Option<String>,
}

impl OrderJson {
    fn of(order: &Order) -> OrderJson {
        OrderJson {
            number: order.number.clone(),
            placed_at: rfc3339(order.placed_at),
            kind: order.kind.as_str(),
            licence: LicenceRefJson {
                id: order.licence_id.0,
                name: order.licence_name.clone(),
                sen: order.licence_sen.clone(),
            },
            description: order.description.clone(),
            po_number: order.po_number.clone(),
            amount: order.amount.clone(),
            currency: order.currency.clone(),
            placed_by: order.placed_by.clone(),
        }
    }
}

/// One page of orders.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrderPageJson {
    pub orders: Vec<OrderJson>,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
    pub total: i64,
    /// The next page's address, `null` on the last.
    pub next: Option<String>,
}

/// The orders the token's account may see, newest first: an administrator every order, a
/// contact those placed while they were a primary contact of the licence, a manager or
/// consultant every order of their organisations' licences. A token narrowed to an
/// organisation lists that organisation's only.
#[utoipa::path(
    get,
    path = "/api/v1/orders",
    tag = "records",
    params(("page" = Option<i64>, Query, description = "From 1; 50 orders a page")),
    responses(
        (status = 200, description = "One page of orders", body = OrderPageJson),
        (status = 400, description = "A page that is not a number", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn orders(ctx: &mut Ctx, caller: &Caller, page: i64) -> ApiResult<Response> {
    let viewer = caller.session.viewer();
    let found = store::orders::visible(
        ctx.conn,
        viewer,
        None,
        caller.token.organisation_id(),
        page,
        ORDERS_PER_PAGE,
    )?;
    let pages = crate::http::licences::page_count(found.total, ORDERS_PER_PAGE);
    let next = (page < pages).then(|| {
        let next = ApiRoute::Orders { page: page + 1 };
        format!("{}{next}", ctx.app.base_url)
    });
    let body = OrderPageJson {
        orders: found.orders.iter().map(OrderJson::of).collect(),
        page,
        per_page: ORDERS_PER_PAGE,
        pages,
        total: found.total,
        next,
    };
    Ok(json(200, &body))
}

/// An installation recorded by a diagnosis (`licensedesk diagnose --record`, or the Diagnose
/// page), as its latest snapshot has it.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstanceJson {
    pub id: i64,
    /// `Confluence`, `Jira`, … as the reader named the product.
    pub product: String,
    pub label: String,
    pub host: String,
    pub server_id: Option<String>,
    /// The verdict of the diagnosis that recorded it, e.g. `match`.
    pub verdict: String,
    /// RFC 3339 in UTC.
    pub recorded_at: String,
    /// The node id, when the installation is one node of a Data Center cluster.
    pub cluster_node: Option<String>,
    pub cluster: Option<String>,
    /// The licences on record it runs that the token reaches.
    pub licences: Vec<LicenceRefJson>,
}

/// The installations.
#[derive(Debug, Serialize, ToSchema)]
pub struct InstancesJson {
    pub instances: Vec<InstanceJson>,
}

/// The installations recorded by diagnoses that the token's account may know of, most recently
/// recorded first: an administrator every one, anyone else those running a licence they see
/// (as the licence's page lists where it is installed). A token narrowed to an organisation
/// lists those running one of its licences.
#[utoipa::path(
    get,
    path = "/api/v1/instances",
    tag = "records",
    responses(
        (status = 200, description = "The recorded installations", body = InstancesJson),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn instances(ctx: &mut Ctx, caller: &Caller) -> ApiResult<Response> {
    let viewer = caller.session.viewer();
    let found = store::instances::visible(ctx.conn, viewer, caller.token.organisation_id())?;
    let mut instances = Vec::with_capacity(found.len());
    for instance in found {
        let mut licences: Vec<LicenceRefJson> = Vec::new();
        for key in store::instances::keys(ctx.conn, instance.id)? {
            let Some(id) = key.licence_id else { continue };
            if licences.iter().any(|l| l.id == id.0) {
                continue;
            }
            if let Some(licence) = store::licences::visible(ctx.conn, viewer, id)?
                && caller.reaches(&licence)
            {
                licences.push(LicenceRefJson {
                    id: licence.id.0,
                    name: licence.name.clone(),
                    sen: licence.sen.clone(),
                });
            }
        }
        instances.push(instance_json(instance, licences));
    }
    Ok(json(200, &InstancesJson { instances }))
}

fn instance_json(instance: Instance, licences: Vec<LicenceRefJson>) -> InstanceJson {
    InstanceJson {
        id: instance.id,
        product: instance.product,
        label: instance.label,
        host: instance.host,
        server_id: instance.server_id,
        verdict: instance.verdict,
        recorded_at: rfc3339(instance.recorded_at),
        cluster_node: instance.cluster_node,
        cluster: instance.cluster,
        licences,
    }
}

/// One entry of the audit log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntryJson {
    pub id: i64,
    /// RFC 3339 in UTC.
    pub at: String,
    /// Who acted, as the log names them (an address, `command line`, …).
    pub actor: String,
    /// The client address the request came from, when it came over HTTP.
    pub client_addr: Option<String>,
    /// The action's code, e.g. `contact-added`.
    pub action: String,
    /// The action in the token's account's language.
    pub action_label: String,
    pub licence_id: Option<i64>,
    /// The account the action concerns.
    pub subject_account_id: Option<i64>,
    pub detail: String,
    /// What the change replaced, when the entry keeps it.
    #[schema(value_type = Option<Object>)]
    pub before: Option<serde_json::Value>,
    /// What the change left, when the entry keeps it.
    #[schema(value_type = Option<Object>)]
    pub after: Option<serde_json::Value>,
}

impl AuditEntryJson {
    fn of(lang: crate::i18n::Language, row: &AuditRow) -> AuditEntryJson {
        // Kept as JSON text; anything that does not read as JSON is given as a string.
        let value = |text: &Option<String>| {
            text.as_ref().map(|t| {
                serde_json::from_str(t).unwrap_or_else(|_| serde_json::Value::String(t.clone()))
            })
        };
        AuditEntryJson {
            id: row.id,
            at: rfc3339(row.at),
            actor: row.actor.clone(),
            client_addr: row.client_addr.clone(),
            action: row.action.clone(),
            action_label: crate::i18n::audit::action(lang, &row.action),
            licence_id: row.licence_id.map(|l| l.0),
            subject_account_id: row.subject_account_id.map(|a| a.0),
            detail: row.detail.clone(),
            before: value(&row.before),
            after: value(&row.after),
        }
    }
}

/// One page of the audit log.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPageJson {
    pub entries: Vec<AuditEntryJson>,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
    pub total: i64,
    /// The next page's address, `null` on the last.
    pub next: Option<String>,
}

/// The audit log, newest first, with the admin page's filters and their checks: for
/// administrators only (anyone else gets a 404, as for the page). The whole log is the
/// portal's, not one organisation's: a token narrowed to an organisation is refused it (403).
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    tag = "records",
    params(
        ("licence" = Option<String>, Query, description = "A licence's SEN or number"),
        ("account" = Option<String>, Query, description = "An account's address: entries where it acted or was acted on"),
        ("action" = Option<String>, Query, description = "An action code, e.g. `contact-added`"),
        ("from" = Option<String>, Query, description = "The first day, `YYYY-MM-DD` (UTC)"),
        ("to" = Option<String>, Query, description = "The last day, `YYYY-MM-DD` (UTC), included"),
        ("page" = Option<i64>, Query, description = "From 1; 100 entries a page"),
    ),
    responses(
        (status = 200, description = "One page of the audit log", body = AuditPageJson),
        (status = 400, description = "A page that is not a number", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 403, description = "A token narrowed to an organisation", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "The token's account is not an administrator", body = super::Problem, content_type = "application/problem+json"),
        (status = 422, description = "A filter refused (an unknown licence or account, a date not of the form 2026-11-21), with the page's message; nothing is searched", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn audit(ctx: &mut Ctx, caller: &Caller, query: AuditQuery) -> ApiResult<Response> {
    if !caller.session.account.is_admin {
        return Err(AppError::NotFound.into());
    }
    let lang = ctx.lang;
    if caller.token.organisation_id().is_some() {
        return Err(AppError::Forbidden(tr!(lang, "api-people-audit-narrowed")).into());
    }
    let page = query.page;
    let next_query = AuditQuery {
        page: page + 1,
        ..query.clone()
    };
    let filter = match audit_filter(ctx, &audit_form(query))? {
        Ok(filter) => filter,
        Err(errors) => {
            let errors = [
                ("licence", errors.licence),
                ("account", errors.account),
                ("from", errors.from),
                ("to", errors.to),
            ]
            .into_iter()
            .filter_map(|(field, detail)| {
                detail.map(|detail| FieldError {
                    field: field.to_owned(),
                    detail,
                })
            })
            .collect();
            return Err(ApiError::Invalid(errors));
        }
    };
    let (rows, total) = store::audit_search::search(
        ctx.conn,
        &filter,
        AUDIT_PER_PAGE,
        (page - 1) * AUDIT_PER_PAGE,
    )?;
    let pages = ((total + AUDIT_PER_PAGE - 1) / AUDIT_PER_PAGE).max(1);
    let next = (page < pages).then(|| {
        let next = ApiRoute::Audit(next_query);
        format!("{}{next}", ctx.app.base_url)
    });
    let body = AuditPageJson {
        entries: rows
            .iter()
            .map(|row| AuditEntryJson::of(lang, row))
            .collect(),
        page,
        per_page: AUDIT_PER_PAGE,
        pages,
        total,
        next,
    };
    Ok(json(200, &body))
}
