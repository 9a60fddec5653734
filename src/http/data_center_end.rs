//! The end of Data Center overview for administrators (everyone else gets a 404, as for every
//! page under /admin), and its CSV download.

use crate::app::data_center_end;
use crate::error::AppResult;
use crate::http::people::admin::require_admin;
use crate::http::{Ctx, Response};
use crate::views::Nav;

/// Today as the server's clock and zone see it, as the licence pages count days.
fn today(ctx: &Ctx) -> jiff::civil::Date {
    super::licences::today(ctx).date
}

pub fn page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let overview = data_center_end::overview(ctx.conn, today(ctx))?;
    let lang = ctx.lang;
    let body = crate::views::data_center_end::page(lang, &overview);
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "eodc-title"),
        Nav::Admin,
        false,
        200,
        body,
    )
}

pub fn csv(ctx: &mut Ctx) -> AppResult<Response> {
    require_admin(ctx)?;
    let today = today(ctx);
    let overview = data_center_end::overview(ctx.conn, today)?;
    let body = data_center_end::to_csv(&overview)?;
    Ok(super::import::attachment(
        "text/csv; charset=utf-8",
        &format!("end-of-data-center-{today}.csv"),
        body,
    ))
}
