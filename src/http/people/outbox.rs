//! The outbox pages (admins only): the list, one mail, its `.eml` download, and sending a
//! failed mail again.

use crate::app::accounts;
use crate::domain::MailState;
use crate::error::{AppError, AppResult};
use crate::http::{Ctx, HeaderValue, Response};
use crate::mail::eml;
use crate::paths::PeopleRoute;
use crate::store;
use crate::views::Nav;
use crate::views::people::{admin as admin_view, outbox as view};

use super::admin::require_admin;
use super::done;
use super::flash::PeopleFlash;

const PER_PAGE: i64 = 100;

pub fn list(ctx: &mut Ctx, state: Option<MailState>, page: i64) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let (mails, total) = store::outbox::list(ctx.conn, state, PER_PAGE, (page - 1) * PER_PAGE)?;
    let smtp = ctx.app.config.mail.smtp_server_label();
    let lang = ctx.lang;
    let body = view::list(
        lang,
        &view::ListView {
            mails: &mails,
            smtp: smtp.as_deref(),
            state,
            page,
            pages: ((total + PER_PAGE - 1) / PER_PAGE).max(1),
            total,
            csrf: &session.csrf,
            zip_max: eml::ZIP_MAX_MAILS,
        },
    );
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "people-outbox-title"),
        Nav::Admin,
        false,
        200,
        body,
    )
}

fn mail_in_path(ctx: &mut Ctx, raw_id: &str) -> AppResult<crate::domain::OutboxMail> {
    let id: i64 = raw_id.parse().map_err(|_| AppError::NotFound)?;
    store::outbox::by_id(ctx.conn, id)?.ok_or(AppError::NotFound)
}

pub fn show(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let mail = mail_in_path(ctx, raw_id)?;
    let lang = ctx.lang;
    let title = crate::tr!(lang, "people-mail-title", id = mail.id.to_string());
    let body = view::show(lang, &mail, &session.csrf);
    // A mail's body carries one-time links beside names users chose: never gzipped.
    Ok(ctx
        .page(Some(&session), &title, Nav::Admin, false, 200, body)?
        .never_gzipped())
}

/// The mail as an `.eml` file: the same bytes SMTP delivery sends.
pub fn download(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    require_admin(ctx)?;
    let mail = mail_in_path(ctx, raw_id)?;
    let bytes = eml::bytes(&mail).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let disposition = HeaderValue::new(format!(
        "attachment; filename=\"{}\"",
        eml::file_name(&mail)
    ))
    .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(Response::new(200)
        .header("Content-Type", HeaderValue::fixed("message/rfc822"))
        .header("Content-Disposition", disposition)
        .with_body(bytes))
}

/// Every mail of the outbox (of one state, or all) as `.eml` files in a zip, as `licensedesk
/// outbox export` writes them; more than the zip's limit is refused, with how to narrow it.
pub fn download_zip(ctx: &mut Ctx, state: Option<MailState>) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    match eml::zip(ctx.conn, state)? {
        Ok(bytes) => {
            let date = jiff::Timestamp::from_second(ctx.now)
                .map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string())
                .unwrap_or_default();
            let name = match state {
                Some(state) => format!("outbox-{}-{date}.zip", state.as_str()),
                None => format!("outbox-{date}.zip"),
            };
            Ok(crate::http::import::attachment("application/zip", &name, bytes).never_gzipped())
        }
        Err(eml::TooManyMails(count)) => {
            let lang = ctx.lang;
            let title = crate::tr!(lang, "people-outbox-title");
            let body = crate::tr!(
                lang,
                "admin-outbox-zip-too-many",
                count = count,
                max = eml::ZIP_MAX_MAILS
            );
            let back = PeopleRoute::AdminOutbox { state, page: 1 }.path();
            let markup = admin_view::refusal(lang, &title, &body, &back);
            ctx.page(Some(&session), &title, Nav::Admin, true, 422, markup)
        }
    }
}

pub fn retry(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let mail = mail_in_path(ctx, raw_id)?;
    let actor = ctx.actor(&session);
    if !accounts::requeue_mail(ctx.conn, &actor, &mail, ctx.now)? {
        let lang = ctx.lang;
        let title = crate::tr!(lang, "people-mail-title", id = mail.id.to_string());
        let back = PeopleRoute::AdminMail(mail.id).path();
        let body = admin_view::refusal(
            lang,
            &title,
            &crate::tr!(lang, "people-mail-not-failed"),
            &back,
        );
        return ctx.page(Some(&session), &title, Nav::Admin, true, 409, body);
    }
    done(ctx, &PeopleRoute::OUTBOX.path(), PeopleFlash::MailRequeued)
}
