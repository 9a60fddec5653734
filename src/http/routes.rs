//! The routing table: one `match` on method and path. Also the body limit of each path, which
//! the server applies before reading a body.

use crate::config::{FORM_BODY_LIMIT, UPLOAD_BODY_LIMIT};
use crate::error::{AppError, AppResult};
use crate::paths::Route;

use super::account::{self, PasswordLink};
use super::{Ctx, Method, Response, assets, import, licences};
// Diagnosis.
use super::diagnose;

/// The largest body a request to this path may carry.
pub fn body_limit(path: &str) -> usize {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    match first {
        "import" | "diagnose" => UPLOAD_BODY_LIMIT,
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
        // Diagnosis.
        (["diagnose"], _) if read => diagnose::page(ctx),
        (["diagnose"], Post) => diagnose::run(ctx),
        (["diagnose", "apply"], Post) => diagnose::apply(ctx),
        (["__panic"], _) if ctx.app.config.enable_panic_route => {
            panic!("the test route panicked on purpose")
        }
        // Contacts and mail.
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
            // Diagnosis.
            | ["diagnose"]
            | ["diagnose", "apply"]
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
