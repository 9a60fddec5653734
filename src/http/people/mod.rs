//! Contacts, accounts, consolidation and administration: the dispatch of their routes
//! (`paths::PeopleRoute`, one `match`, called from `http::routes`), and what their handlers
//! share.

pub mod accounts;
pub mod admin;
pub mod consolidate;
pub mod contacts;
pub mod flash;
pub mod outbox;
pub mod profile;
pub mod tokens;

use crate::domain::{AccountId, ContactRole, Licence, LicenceId};
use crate::error::{AppError, AppResult};
use crate::mail::Sender;
use crate::paths::PeopleRoute;

use super::context::Flash;
use super::session::Session;
use super::{Ctx, Method, Response};
use flash::PeopleFlash;

/// Dispatches one of these features' routes (for `http::routes`, which has checked the
/// method and, for administration, that the user is an administrator).
pub fn route(ctx: &mut Ctx, route: PeopleRoute) -> AppResult<Response> {
    let post = ctx.req.method == Method::Post;
    match route {
        PeopleRoute::Contacts(id) if post => contacts::add(ctx, &id.to_string()),
        PeopleRoute::Contacts(id) => contacts::page(ctx, &id.to_string()),
        PeopleRoute::ConfirmRemove { licence, .. } => {
            contacts::confirm_remove(ctx, &licence.to_string())
        }
        PeopleRoute::Remove(id) => contacts::remove(ctx, &id.to_string()),
        PeopleRoute::ConfirmPrimary { licence, .. } => {
            contacts::confirm_primary(ctx, &licence.to_string())
        }
        PeopleRoute::Primary(id) => contacts::make_primary(ctx, &id.to_string()),
        PeopleRoute::Forgot if post => profile::forgot(ctx),
        PeopleRoute::Forgot => profile::forgot_page(ctx),
        PeopleRoute::Profile if post => profile::save_profile(ctx),
        PeopleRoute::Profile => profile::profile_page(ctx),
        PeopleRoute::Password if post => profile::change_password(ctx),
        PeopleRoute::Password => profile::password_page(ctx),
        PeopleRoute::Tokens => tokens::create(ctx),
        PeopleRoute::TokenRevoke(id) if post => tokens::revoke(ctx, id),
        PeopleRoute::TokenRevoke(id) => tokens::confirm_revoke(ctx, id),
        PeopleRoute::Consolidate | PeopleRoute::ConsolidateFrom(_) => consolidate::start(ctx),
        PeopleRoute::ConsolidatePreview => consolidate::preview(ctx),
        PeopleRoute::ConsolidateRequests => consolidate::request(ctx),
        PeopleRoute::ConsolidateApply => consolidate::apply_now(ctx),
        PeopleRoute::ConsolidateRequest(id) => consolidate::show(ctx, &id.to_string()),
        PeopleRoute::ConsolidateAccept(id) => consolidate::decide(ctx, &id.to_string(), "accept"),
        PeopleRoute::ConsolidateDecline(id) => consolidate::decide(ctx, &id.to_string(), "decline"),
        PeopleRoute::ConsolidateCancel(id) => consolidate::decide(ctx, &id.to_string(), "cancel"),
        PeopleRoute::AdminDisable(id) if post => admin::disable(ctx, &id.to_string()),
        PeopleRoute::AdminDisable(id) => admin::confirm_disable(ctx, &id.to_string()),
        PeopleRoute::AdminEnable(id) => admin::enable(ctx, &id.to_string()),
        PeopleRoute::AdminInvite(id) => admin::resend_invitation(ctx, &id.to_string()),
        PeopleRoute::AdminNewUser => accounts::invite(ctx),
        PeopleRoute::AdminRole(id) if post => accounts::set_admin(ctx, id),
        PeopleRoute::AdminRole(id) => accounts::confirm_admin(ctx, id),
        PeopleRoute::AdminResetLink(id) => accounts::send_reset_link(ctx, id),
        PeopleRoute::AdminAudit(query) => admin::audit(ctx, query),
        PeopleRoute::AdminOutbox { state, page } => outbox::list(ctx, state, page),
        PeopleRoute::AdminMail(id) => outbox::show(ctx, &id.to_string()),
        PeopleRoute::AdminMailEml(id) => outbox::download(ctx, &id.to_string()),
        PeopleRoute::AdminMailRetry(id) => outbox::retry(ctx, &id.to_string()),
        PeopleRoute::AdminOutboxZip { state } => outbox::download_zip(ctx, state),
    }
}

/// The licence in the path, if the signed-in user may see it. Another user's licence is a 404,
/// exactly like one that does not exist.
pub fn visible_licence(ctx: &mut Ctx, session: &Session, raw_id: &str) -> AppResult<Licence> {
    let id: LicenceId = raw_id.parse().map_err(|_| AppError::NotFound)?;
    crate::store::licences::visible(ctx.conn, session.viewer(), id)?.ok_or(AppError::NotFound)
}

/// The licence in the path, if the signed-in user may change it: a 404 as for
/// [`visible_licence`], a 403 for a consultant's read-only view.
pub fn managed_licence(ctx: &mut Ctx, session: &Session, raw_id: &str) -> AppResult<Licence> {
    let id: LicenceId = raw_id.parse().map_err(|_| AppError::NotFound)?;
    crate::http::licences::managed_licence(ctx, session, id)
}

pub fn parse_role(ctx: &Ctx, raw: &str) -> AppResult<ContactRole> {
    ContactRole::parse(raw).ok_or_else(|| {
        AppError::BadRequest(crate::tr!(ctx.lang, "people-contacts-role-missing").to_owned())
    })
}

pub fn parse_account_id(ctx: &Ctx, raw: &str) -> AppResult<AccountId> {
    raw.parse().map_err(|_| {
        AppError::BadRequest(crate::tr!(ctx.lang, "people-account-number-invalid").to_owned())
    })
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
