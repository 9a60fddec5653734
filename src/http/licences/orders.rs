//! The orders page (/orders): the orders the viewer may see under SPEC §3.4 (see
//! `store::orders` for the rule).

use crate::error::AppResult;
use crate::views::licences::orders::OrdersView;
use crate::views::{self, Nav};

use super::super::{Ctx, Response};
use super::{page_count, today};

/// Orders on one page.
pub const PER_PAGE: i64 = 50;

pub fn page(ctx: &mut Ctx, mut page: i64) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let lang = ctx.lang;
    let viewer = session.viewer();
    let mut found = crate::store::orders::visible(ctx.conn, viewer, None, None, page, PER_PAGE)?;
    let pages = page_count(found.total, PER_PAGE);
    if page > pages {
        page = pages;
        found = crate::store::orders::visible(ctx.conn, viewer, None, None, page, PER_PAGE)?;
    }
    let today = today(ctx);
    let body = views::licences::orders::page(
        lang,
        &OrdersView {
            orders: &found.orders,
            total: found.total,
            page,
            pages,
            is_admin: session.account.is_admin,
            today: &today,
        },
    );
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "portal-orders-title"),
        Nav::Orders,
        false,
        200,
        body,
    )
}
