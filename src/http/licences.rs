//! The licences pages.

use crate::error::AppResult;
use crate::store::licences::{ListQuery, Section};
use crate::views::{self, Nav};

use super::{Ctx, Response};

pub fn list(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let section = match ctx.req.query_param("section") {
        Some("evaluations") => Section::Evaluations,
        Some("archived") => Section::Archived,
        _ => Section::Licences,
    };
    let search = ctx.req.query_param("q").unwrap_or("");
    let page = crate::store::licences::list(
        ctx.conn,
        session.viewer(),
        &ListQuery {
            section,
            search,
            page: 1,
            per_page: 50,
        },
    )?;
    let cat = ctx.app.catalogue;
    let nav = if section == Section::Evaluations {
        Nav::Evaluations
    } else {
        Nav::Licences
    };
    ctx.page(
        Some(&session),
        cat.licences_title,
        nav,
        false,
        200,
        views::licences::list(cat, &page.licences),
    )
}
