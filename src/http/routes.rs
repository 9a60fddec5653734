//! The routing table: one `match` on method and path. Also the body limit of each path, which
//! the server applies before reading a body.

use crate::config::{FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT};
use crate::error::{AppError, AppResult};
use crate::paths::Route;

use super::account::{self, PasswordLink};
use super::diagnose;
use super::{Ctx, Method, Response, assets, import, licences};

/// The largest body a request to this path may carry.
pub fn body_limit(path: &str) -> usize {
    // Only the two upload forms take files; every other form, their confirmations included,
    // is a small urlencoded body.
    match path.trim_end_matches('/') {
        "/import" | "/diagnose" => UPLOAD_BODY_LIMIT,
        _ => FORM_BODY_LIMIT,
    }
}

/// Handles a request and always produces a response: errors become their error pages.
pub fn handle(ctx: &mut Ctx) -> Response {
    match route(ctx) {
        Ok(response) => response,
        Err(AppError::Unauthenticated) => {
            // Come back here after signing in, when "here" is a page (not a form post).
            let mut target = Route::SignIn.path();
            if matches!(ctx.req.method, Method::Get | Method::Head) {
                let mut here = ctx.req.path.clone();
                if !ctx.req.query.is_empty() {
                    here.push('?');
                    here.push_str(
                        &form_urlencoded::Serializer::new(String::new())
                            .extend_pairs(&ctx.req.query)
                            .finish(),
                    );
                }
                let next: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("next", &here)
                    .finish();
                target = format!("{target}?{next}");
            }
            Response::see_other(&target)
        }
        Err(error) => super::error_response(ctx.app, &error),
    }
}

fn route(ctx: &mut Ctx) -> AppResult<Response> {
    use Method::{Get, Head, Post};
    let path = ctx.req.path.clone();
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let method = ctx.req.method;
    let read = matches!(method, Get | Head);
    match (segments.as_slice(), method) {
        ([], _) if read => home(ctx),
        (["healthz"], _) if read => Ok(Response::text(200, "ok")),
        (["assets", name], _) if read => assets::serve(ctx, name),
        (["signin"], _) if read => account::sign_in_page(ctx),
        (["signin"], Post) => account::sign_in(ctx),
        (["signout"], Post) => account::sign_out(ctx),
        (["setup", token], _) if read => account::setup_page(ctx, token),
        (["setup", token], Post) => account::setup(ctx, token),
        (["reset", token], _) if read => {
            account::password_link_page(ctx, PasswordLink::Reset, token)
        }
        (["reset", token], Post) => account::use_password_link(ctx, PasswordLink::Reset, token),
        (["invite", token], _) if read => {
            account::password_link_page(ctx, PasswordLink::Invitation, token)
        }
        (["invite", token], Post) => {
            account::use_password_link(ctx, PasswordLink::Invitation, token)
        }
        (["licences"], _) if read => licences::list(ctx),
        // Import and export.
        (["import"], _) if read => import::page(ctx),
        (["import"], Post) => import::preview(ctx),
        (["import", "confirm"], Post) => import::confirm(ctx),
        (["export"], _) if read => import::download(ctx),
        (["diagnose"], _) if read => diagnose::page(ctx),
        (["diagnose"], Post) => diagnose::run(ctx),
        (["diagnose", "apply"], Post) => diagnose::apply(ctx),
        (["licences", "new"], _) if read => licences::add::page(ctx),
        (["licences", "new", "key"], Post) => licences::add::by_key(ctx),
        (["licences", "new", "hand"], Post) => licences::add::by_hand(ctx),
        (["licences", "new-evaluation"], _) if read => licences::add::evaluation_page(ctx),
        (["licences", "new-evaluation"], Post) => licences::add::evaluation(ctx),
        (["licences", id], _) if read => licences::details(ctx, id),
        (["licences", id, "organisation"], Post) => licences::edit::organisation(ctx, id),
        (["licences", id, "notes"], Post) => licences::edit::notes(ctx, id),
        (["licences", id, "server-id"], Post) => licences::edit::server_id(ctx, id),
        (["licences", id, "auto-renew"], Post) => licences::edit::auto_renew(ctx, id),
        (["licences", id, "key"], _) if read => licences::edit::gate_page(ctx, id),
        (["licences", id, "key"], Post) => licences::edit::gate(ctx, id),
        (["licences", id, "download"], _) if read => licences::edit::download(ctx, id),
        (["licences", id, "archive"], _) if read => licences::edit::archive_page(ctx, id),
        (["licences", id, "archive"], Post) => licences::edit::archive(ctx, id),
        (["licences", id, "restore"], Post) => licences::edit::restore(ctx, id),
        (["licences", id, "renew"], _) if read => licences::terms::renew_page(ctx, id),
        (["licences", id, "renew"], Post) => licences::terms::renew(ctx, id),
        (["licences", id, "upgrade"], _) if read => licences::terms::upgrade_page(ctx, id),
        (["licences", id, "upgrade"], Post) => licences::terms::upgrade(ctx, id),
        (["licences", id, "extend"], _) if read => licences::terms::extend_page(ctx, id),
        (["licences", id, "extend"], Post) => licences::terms::extend(ctx, id),
        (["licences", id, "attach-key"], _) if read => licences::terms::attach_page(ctx, id),
        (["licences", id, "attach-key"], Post) => licences::terms::attach(ctx, id),
        (["licences", id, "developer"], _) if read => licences::developer::page(ctx, id),
        (["licences", id, "developer"], Post) => licences::developer::add(ctx, id),
        (["licences", id, "key-history", entry, "restore"], _) if read => {
            licences::keys::restore_page(ctx, id, entry)
        }
        (["licences", id, "key-history", entry, "restore"], Post) => {
            licences::keys::restore(ctx, id, entry)
        }
        (["licences", id, "replace-key"], _) if read => licences::keys::replace_page(ctx, id),
        (["licences", id, "replace-key"], Post) => licences::keys::replace(ctx, id),
        (["licences", id, "delete"], _) if read => licences::keys::delete_page(ctx, id),
        (["licences", id, "delete"], Post) => licences::keys::delete(ctx, id),
        (["orders"], _) if read => licences::orders::page(ctx),
        (["__panic"], _) if ctx.app.config.enable_panic_route => {
            panic!("the test route panicked on purpose")
        }
        (segments, _) if super::people::owns(segments) => super::people::route(ctx, segments),
        (segments, _) if is_known(segments) => Err(AppError::MethodNotAllowed),
        _ => Err(AppError::NotFound),
    }
}

/// Paths that exist for some method, so that a wrong method is a 405 and not a 404.
fn is_known(segments: &[&str]) -> bool {
    matches!(
        segments,
        [] | ["healthz"]
            | ["assets", _]
            | ["signin"]
            | ["signout"]
            | ["setup", _]
            | ["reset", _]
            | ["invite", _]
            | ["licences"]
            | ["import"]
            | ["import", "confirm"]
            | ["export"]
            | ["diagnose"]
            | ["diagnose", "apply"]
            | ["licences", _]
            | ["licences", "new", "key" | "hand"]
            | [
                "licences",
                _,
                "organisation" | "notes" | "server-id" | "auto-renew" | "key" | "download"
            ]
            | [
                "licences",
                _,
                "archive" | "restore" | "renew" | "upgrade" | "extend"
            ]
            | [
                "licences",
                _,
                "attach-key" | "developer" | "delete" | "replace-key"
            ]
            | ["licences", _, "key-history", _, "restore"]
            | ["orders"]
    )
}

fn home(ctx: &mut Ctx) -> AppResult<Response> {
    let target = if ctx.session()?.is_some() {
        Route::Licences
    } else {
        Route::SignIn
    };
    Ok(Response::see_other(&target.path()))
}
