//! Contacts, accounts, consolidation and administration: the routing of their paths (one
//! `match`, called from `http::routes`), and what their handlers share.

pub mod admin;
pub mod consolidate;
pub mod contacts;
pub mod flash;
pub mod outbox;
pub mod profile;

use crate::domain::{AccountId, ContactRole, Licence, LicenceId};
use crate::error::{AppError, AppResult};
use crate::mail::Sender;

use super::context::Flash;
use super::session::Session;
use super::{Ctx, Method, Response};
use flash::PeopleFlash;

/// Whether a path is one of these features' (for `http::routes`).
pub fn owns(segments: &[&str]) -> bool {
    matches!(
        segments,
        ["licences", _, "contacts", ..]
            | ["forgot"]
            | ["account", ..]
            | ["consolidate", ..]
            | ["admin", ..]
    )
}

pub fn route(ctx: &mut Ctx, segments: &[&str]) -> AppResult<Response> {
    use Method::Post;
    let method = ctx.req.method;
    let read = matches!(method, Method::Get | Method::Head);
    // Administration answers 404 to everyone but administrators, whatever the method.
    if segments.first() == Some(&"admin") {
        admin::require_admin(ctx)?;
    }
    match (segments, method) {
        (["licences", id, "contacts"], _) if read => contacts::page(ctx, id),
        (["licences", id, "contacts"], Post) => contacts::add(ctx, id),
        (["licences", id, "contacts", "remove"], _) if read => contacts::confirm_remove(ctx, id),
        (["licences", id, "contacts", "remove"], Post) => contacts::remove(ctx, id),
        (["licences", id, "contacts", "primary"], _) if read => contacts::confirm_primary(ctx, id),
        (["licences", id, "contacts", "primary"], Post) => contacts::make_primary(ctx, id),
        (["forgot"], _) if read => profile::forgot_page(ctx),
        (["forgot"], Post) => profile::forgot(ctx),
        (["account"], _) if read => profile::profile_page(ctx),
        (["account"], Post) => profile::save_profile(ctx),
        (["account", "password"], _) if read => profile::password_page(ctx),
        (["account", "password"], Post) => profile::change_password(ctx),
        (["consolidate"], _) if read => consolidate::start(ctx),
        (["consolidate", "preview"], _) if read => consolidate::preview(ctx),
        (["consolidate", "requests"], Post) => consolidate::request(ctx),
        (["consolidate", "apply"], Post) => consolidate::apply_now(ctx),
        (["consolidate", "requests", id], _) if read => consolidate::show(ctx, id),
        (["consolidate", "requests", id, decision], Post) => consolidate::decide(ctx, id, decision),
        (["admin"], _) if read => admin::home(ctx),
        (["admin", "accounts", id, "disable"], _) if read => admin::confirm_disable(ctx, id),
        (["admin", "accounts", id, "disable"], Post) => admin::disable(ctx, id),
        (["admin", "accounts", id, "enable"], Post) => admin::enable(ctx, id),
        (["admin", "accounts", id, "invite"], Post) => admin::resend_invitation(ctx, id),
        (["admin", "audit"], _) if read => admin::audit(ctx),
        (["admin", "outbox"], _) if read => outbox::list(ctx),
        (["admin", "outbox", id], _) if read => outbox::show(ctx, id),
        (["admin", "outbox", id, "eml"], _) if read => outbox::download(ctx, id),
        (["admin", "outbox", id, "retry"], Post) => outbox::retry(ctx, id),
        (segments, _) if is_known(segments) => Err(AppError::MethodNotAllowed),
        _ => Err(AppError::NotFound),
    }
}

/// Paths that exist for some method, so that a wrong method is a 405 and not a 404.
fn is_known(segments: &[&str]) -> bool {
    matches!(
        segments,
        ["licences", _, "contacts"]
            | ["licences", _, "contacts", "remove" | "primary"]
            | ["forgot"]
            | ["account"]
            | ["account", "password"]
            | ["consolidate"]
            | ["consolidate", "preview" | "requests" | "apply"]
            | ["consolidate", "requests", _]
            | [
                "consolidate",
                "requests",
                _,
                "accept" | "decline" | "cancel"
            ]
            | ["admin"]
            | ["admin", "accounts", _, "disable" | "enable" | "invite"]
            | ["admin", "audit" | "outbox"]
            | ["admin", "outbox", _]
            | ["admin", "outbox", _, "eml" | "retry"]
    )
}

/// The licence in the path, if the signed-in user may see it. Another user's licence is a 404,
/// exactly like one that does not exist.
pub fn visible_licence(ctx: &mut Ctx, session: &Session, raw_id: &str) -> AppResult<Licence> {
    let id: LicenceId = raw_id.parse().map_err(|_| AppError::NotFound)?;
    crate::store::licences::visible(ctx.conn, session.viewer(), id)?.ok_or(AppError::NotFound)
}

pub fn parse_role(ctx: &Ctx, raw: &str) -> AppResult<ContactRole> {
    ContactRole::parse(raw).ok_or_else(|| {
        AppError::BadRequest(ctx.app.catalogue.people.contacts_role_missing.to_owned())
    })
}

pub fn parse_account_id(ctx: &Ctx, raw: &str) -> AppResult<AccountId> {
    raw.parse().map_err(|_| {
        AppError::BadRequest(ctx.app.catalogue.people.account_number_invalid.to_owned())
    })
}

/// A page number from a query: 1 when absent or malformed, and never so large that the offset
/// it makes overflows.
pub fn page_number(raw: Option<&str>) -> i64 {
    raw.and_then(|p| p.parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, 1_000_000)
}

/// A POST's answer: back to a page of ours, with a message shown there once.
pub fn done(ctx: &Ctx, path: &str, flash: PeopleFlash) -> AppResult<Response> {
    Ok(Response::see_other(path).header("Set-Cookie", ctx.flash_cookie(Flash::People(flash))?))
}

/// Who mail is from and where its links point, for this portal.
pub fn sender(app: &super::App) -> Sender<'_> {
    Sender {
        from: &app.config.mail.from,
        base_url: &app.base_url,
    }
}
