//! The API's licences: the list (with the web list's search, filters, sort and paging) and one
//! licence, in the shape [`LicenceJson`] describes.

use serde::Serialize;
use utoipa::ToSchema;

use crate::app::key_views::KeyView;
use crate::domain::listing::OrganisationFilter;
use crate::domain::organisation::LicenceAccess;
use crate::domain::{Licence, LicenceId, SupportState};
use crate::paths::LicenceList;
use crate::paths::api::ApiRoute;
use crate::store;
use crate::store::licences::{ListColumns, ListQuery, StateFilter};

use super::{ApiResult, Caller, json};
use crate::http::{Ctx, Response};

/// Licences on one page of the list, as on the web.
pub const PER_PAGE: i64 = crate::http::licences::PER_PAGE;

/// The organisation a licence belongs to.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrganisationJson {
    pub id: i64,
    pub name: String,
}

/// A licence as the API shows it. Dates are `YYYY-MM-DD`; times are RFC 3339 in UTC.
#[derive(Debug, Serialize, ToSchema)]
pub struct LicenceJson {
    pub id: i64,
    /// The Support Entitlement Number, when the licence has one.
    pub sen: Option<String>,
    pub product: String,
    /// The licence's own name (the product and its tier, as My Atlassian shows it).
    pub name: String,
    /// `server`, `data-center`, `app`, …: what kind of licence this is.
    pub kind: String,
    /// Commercial, Academic, Evaluation, …, as the key says.
    pub licence_type: String,
    pub deployment: String,
    /// Users the licence covers; `null` is unlimited.
    pub user_tier: Option<i64>,
    /// The organisation (customer company) the licence belongs to in the portal.
    pub belongs_to: Option<OrganisationJson>,
    /// The organisation the key itself names.
    pub key_organisation: String,
    pub licensed_to: String,
    pub server_id: Option<String>,
    #[schema(value_type = Option<String>, format = Date)]
    pub purchase_date: Option<jiff::civil::Date>,
    #[schema(value_type = Option<String>, format = Date)]
    pub support_expiry: Option<jiff::civil::Date>,
    /// When the licence itself stops working; `null` for a perpetual licence.
    #[schema(value_type = Option<String>, format = Date)]
    pub licence_expiry: Option<jiff::civil::Date>,
    pub support_level: String,
    /// `active`, `expiring` (within 90 days; an evaluation within 7), `expired` or `unknown`.
    pub support_state: &'static str,
    /// Days until support ends (negative: since it ended); `null` when unknown.
    pub support_days: Option<i32>,
    pub evaluation: bool,
    pub archived: bool,
    pub auto_renew: bool,
    pub notes: String,
    /// Whether the key's signature verifies; `null` without a key.
    pub key_genuine: Option<bool>,
    /// Whether the licence has a key on record.
    pub has_key: bool,
    /// The developer licence's production licence.
    pub production_licence_id: Option<i64>,
    /// The licence's page in the portal.
    pub url: String,
}

/// One licence with its key, when the caller may take it.
#[derive(Debug, Serialize, ToSchema)]
pub struct LicenceWithKeyJson {
    #[serde(flatten)]
    pub licence: LicenceJson,
    /// The licence key, when the token's account may take it away (as the page's download);
    /// `null` otherwise, with `key_withheld` saying why.
    pub key: Option<String>,
    /// Why the key is not given: `no-key`, `server-id-gate` (a contact first confirms the
    /// Server ID on the licence's page) or `not-granted` (a consultant's access without keys).
    pub key_withheld: Option<&'static str>,
}

/// One page of licences.
#[derive(Debug, Serialize, ToSchema)]
pub struct LicencePageJson {
    pub licences: Vec<LicenceJson>,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
    pub total: i64,
    /// The next page's address, `null` on the last.
    pub next: Option<String>,
}

impl LicenceJson {
    pub fn of(ctx: &Ctx, licence: &Licence) -> LicenceJson {
        let today = crate::http::licences::today(ctx).date;
        let (support_state, support_days) = match licence.shown_state(today) {
            SupportState::Active => (
                "active",
                licence.support_expiry.map(|d| (d - today).get_days()),
            ),
            SupportState::Expiring(days) => ("expiring", Some(days)),
            SupportState::Expired(days) => ("expired", Some(-days)),
            SupportState::Unknown => ("unknown", None),
        };
        LicenceJson {
            id: licence.id.0,
            sen: licence.sen.clone(),
            product: licence.product.clone(),
            name: licence.name.clone(),
            kind: licence.kind.code().to_owned(),
            licence_type: licence.licence_type.as_str().to_owned(),
            deployment: licence.deployment.as_str().to_owned(),
            user_tier: licence.user_tier,
            belongs_to: licence.belongs_to.as_ref().map(|o| OrganisationJson {
                id: o.id.0,
                name: o.name.clone(),
            }),
            key_organisation: licence.organisation.clone(),
            licensed_to: licence.licensed_to.clone(),
            server_id: licence.server_id.clone(),
            purchase_date: licence.purchase_date,
            support_expiry: licence.support_expiry,
            licence_expiry: licence.licence_expiry,
            support_level: licence.support_level.clone(),
            support_state,
            support_days,
            evaluation: licence.is_evaluation,
            archived: licence.archived,
            auto_renew: licence.auto_renew,
            notes: licence.notes.clone(),
            key_genuine: licence.key_genuine,
            has_key: licence.licence_key.is_some(),
            production_licence_id: licence.production_licence_id.map(|l| l.0),
            url: crate::paths::Route::Licence(licence.id).url(&ctx.app.base_url),
        }
    }
}

/// The licences the token reaches.
#[utoipa::path(
    get,
    path = "/api/v1/licences",
    operation_id = "list_licences",
    tag = "licences",
    params(
        ("q" = Option<String>, Query, description = "Search SEN, product, name, organisation, Server ID and notes (at most 200 characters)"),
        ("section" = Option<String>, Query, description = "`licences` (default), `evaluations` or `archived`"),
        ("organisation" = Option<String>, Query, description = "An organisation's id, or `none`"),
        ("state" = Option<String>, Query, description = "A state of the list (e.g. `expiring`, `support-expired`, `evaluation`)"),
        ("sort" = Option<String>, Query, description = "`soonest` (default) or `latest` support expiry first; `product`, `organisation` or `sen` from A to Z, or with `-desc` (`sen-desc`) from Z to A"),
        ("group" = Option<String>, Query, description = "`organisation`: ordered by organisation first"),
        ("page" = Option<i64>, Query, description = "From 1; 50 licences a page"),
    ),
    responses(
        (status = 200, description = "One page of licences", body = LicencePageJson),
        (status = 400, description = "A query parameter the list does not take", body = super::Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn list(ctx: &mut Ctx, caller: &Caller, list: &LicenceList) -> ApiResult<Response> {
    let today = crate::http::licences::today(ctx);
    let organisation = match (caller.token.organisation_id(), list.organisation) {
        (None, asked) => asked,
        (Some(only), None) => Some(OrganisationFilter::Of(only)),
        (Some(only), Some(OrganisationFilter::Of(asked))) if asked == only => {
            Some(OrganisationFilter::Of(only))
        }
        // Another organisation than the token's, or none: nothing the token reaches.
        (Some(_), Some(_)) => {
            return Ok(json(200, &page_of(ctx, list, Vec::new(), 0)));
        }
    };
    let query = ListQuery {
        section: list.section,
        organisation,
        state: list.state.map(|state| StateFilter {
            state,
            today: today.date,
            now: ctx.now,
        }),
        search: &list.search,
        sort: list.sort,
        group_by_organisation: list.grouped,
        page: list.page,
        per_page: PER_PAGE,
        columns: ListColumns::Whole,
    };
    let found = store::licences::list(ctx.conn, caller.session.viewer(), &query)?;
    let licences = found
        .licences
        .iter()
        .map(|l| LicenceJson::of(ctx, l))
        .collect();
    Ok(json(200, &page_of(ctx, list, licences, found.total)))
}

fn page_of(
    ctx: &Ctx,
    list: &LicenceList,
    licences: Vec<LicenceJson>,
    total: i64,
) -> LicencePageJson {
    let pages = crate::http::licences::page_count(total, PER_PAGE);
    let next = (list.page < pages).then(|| {
        let next = ApiRoute::Licences(list.at_page(list.page + 1));
        format!("{}{next}", ctx.app.base_url)
    });
    LicencePageJson {
        licences,
        page: list.page,
        per_page: PER_PAGE,
        pages,
        total,
        next,
    }
}

/// One licence, with its key when the token's account may take it away.
#[utoipa::path(
    get,
    path = "/api/v1/licences/{id}",
    operation_id = "get_licence",
    tag = "licences",
    params(("id" = i64, Path, description = "The licence's number in the portal")),
    responses(
        (status = 200, description = "The licence", body = LicenceWithKeyJson),
        (status = 401, description = "No token, or one that does not open the API", body = super::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence, or not one the token reaches", body = super::Problem, content_type = "application/problem+json"),
    ),
    security(("token" = []))
)]
pub fn get(ctx: &mut Ctx, caller: &Caller, id: LicenceId) -> ApiResult<Response> {
    let licence = caller.licence(ctx, id)?;
    let access = store::licences::access_to(ctx.conn, caller.session.viewer(), &licence)?;
    let (key, key_withheld) =
        if crate::http::licences::may_download(&caller.session, &licence, access) {
            (licence.licence_key.clone(), None)
        } else if licence.licence_key.is_none() {
            (None, Some("no-key"))
        } else if !access.sees_keys() {
            (None, Some("not-granted"))
        } else {
            (None, Some("server-id-gate"))
        };
    if key.is_some() && matches!(access, LicenceAccess::Read { .. }) {
        let actor = ctx.actor(&caller.session);
        crate::app::key_views::keys_viewed(ctx.conn, &actor, &[licence.id], KeyView::Api, ctx.now)?;
    }
    let body = LicenceWithKeyJson {
        licence: LicenceJson::of(ctx, &licence),
        key,
        key_withheld,
    };
    Ok(json(200, &body))
}
