//! The webhooks' administration (administrators only; the router answers 404 to everyone else
//! under /admin): the list and the creation form, one webhook's page, its test event, pausing
//! and resuming it, its deletion after a confirmation, and sending a failed delivery again.

use crate::app::webhooks::{self as hooks, Portal, Refusals, WebhookRequest};
use crate::domain::webhooks::Webhook;
use crate::error::{AppError, AppResult};
use crate::paths::WebhookRoute;
use crate::store;
use crate::views::Nav;
use crate::views::webhooks as view;

use super::people::admin::require_admin;
use super::session::Session;
use super::{Ctx, Method, Response};

/// How many of the latest deliveries the list shows.
const DELIVERIES_SHOWN: i64 = 100;

pub fn route(ctx: &mut Ctx, route: WebhookRoute) -> AppResult<Response> {
    let post = ctx.req.method == Method::Post;
    match route {
        WebhookRoute::List if post => create(ctx),
        WebhookRoute::List => list(ctx),
        WebhookRoute::Page(id) => page(ctx, id),
        WebhookRoute::Test(id) => test(ctx, id),
        WebhookRoute::Delete(id) if post => delete(ctx, id),
        WebhookRoute::Delete(id) => confirm_delete(ctx, id),
        WebhookRoute::Enabled(id) => set_enabled(ctx, id),
        WebhookRoute::RetryDelivery(id) => retry(ctx, id),
    }
}

fn list(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let request = WebhookRequest {
        format: "json".into(),
        ..WebhookRequest::default()
    };
    show_list(ctx, &session, &request, &Refusals::default(), 200)
}

fn show_list(
    ctx: &mut Ctx,
    session: &Session,
    request: &WebhookRequest,
    refusals: &Refusals,
    status: u16,
) -> AppResult<Response> {
    let hooks = store::webhooks::all(ctx.conn)?;
    let organisations = store::organisations::all(ctx.conn)?;
    let deliveries = store::webhooks::recent_deliveries(ctx.conn, DELIVERIES_SHOWN)?;
    let lang = ctx.lang;
    let body = view::list(
        lang,
        &view::ListView {
            hooks: &hooks,
            organisations: &organisations,
            deliveries: &deliveries,
            request,
            refusals,
            csrf: &session.csrf,
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "hook-title"),
        Nav::Admin,
        false,
        status,
        body,
    )
}

fn create(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let request = WebhookRequest {
        url: form.get("url").to_owned(),
        format: form.get("format").to_owned(),
        organisation: form.get("organisation").to_owned(),
        events: form.all("events").to_vec(),
    };
    let actor = ctx.actor(&session);
    let portal = Portal {
        language: ctx.app.config.default_language,
        base_url: &ctx.app.base_url,
    };
    match hooks::create(ctx.conn, &actor, portal, &request, ctx.now)? {
        Ok(id) => Ok(Response::see_other(&WebhookRoute::Page(id).path())),
        Err(refusals) => show_list(ctx, &session, &request, &refusals, 422),
    }
}

fn webhook(ctx: &mut Ctx, id: i64) -> AppResult<Webhook> {
    store::webhooks::by_id(ctx.conn, id)?.ok_or(AppError::NotFound)
}

fn page(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let hook = webhook(ctx, id)?;
    let organisations = store::organisations::all(ctx.conn)?;
    let lang = ctx.lang;
    let body = view::page(lang, &hook, &organisations, &session.csrf);
    // The page carries the signing secret beside an address an administrator typed.
    Ok(ctx
        .page(
            Some(&session),
            &crate::tr!(lang, "hook-page-title", id = id.to_string()),
            Nav::Admin,
            false,
            200,
            body,
        )?
        .never_gzipped())
}

fn test(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let hook = webhook(ctx, id)?;
    let actor = ctx.actor(&session);
    hooks::send_test(ctx.conn, &actor, &hook, ctx.now)?;
    Ok(Response::see_other(&WebhookRoute::List.path()))
}

fn set_enabled(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let hook = webhook(ctx, id)?;
    let enabled = match form.get("on") {
        "1" => true,
        "0" => false,
        _ => {
            return Err(AppError::BadRequest(crate::tr!(
                ctx.lang,
                "hook-error-enabled"
            )));
        }
    };
    let actor = ctx.actor(&session);
    hooks::set_enabled(ctx.conn, &actor, &hook, enabled, ctx.now)?;
    Ok(Response::see_other(&WebhookRoute::Page(id).path()))
}

fn confirm_delete(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let hook = webhook(ctx, id)?;
    let lang = ctx.lang;
    let body = view::confirm_delete(lang, &hook, &session.csrf);
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "hook-delete-title", id = id.to_string()),
        Nav::Admin,
        true,
        200,
        body,
    )
}

fn delete(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let hook = webhook(ctx, id)?;
    let actor = ctx.actor(&session);
    if !hooks::delete(ctx.conn, &actor, &hook, ctx.now)? {
        return Err(AppError::NotFound);
    }
    Ok(Response::see_other(&WebhookRoute::List.path()))
}

fn retry(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let delivery = store::webhooks::delivery(ctx.conn, id)?.ok_or(AppError::NotFound)?;
    let actor = ctx.actor(&session);
    if !hooks::retry_delivery(ctx.conn, &actor, &delivery, ctx.now)? {
        let lang = ctx.lang;
        let body = view::refusal(lang, &crate::tr!(lang, "hook-retry-refused"));
        return ctx.page(
            Some(&session),
            &crate::tr!(lang, "hook-title"),
            Nav::Admin,
            true,
            409,
            body,
        );
    }
    Ok(Response::see_other(&WebhookRoute::List.path()))
}
