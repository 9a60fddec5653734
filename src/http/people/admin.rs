//! Administration (admins only; everyone else gets a 404): the accounts with disable, enable
//! and a new invitation, the licences whose primary contact is disabled (seed 003: the primary
//! left the company), and the audit log with its filters.

use jiff::civil::Date;
use jiff::tz::TimeZone;

use crate::app::accounts::{self, NotInvited};
use crate::domain::{AccountId, AccountState, Email, LicenceId};
use crate::error::{AppError, AppResult};
use crate::http::session::Session;
use crate::http::{Ctx, Response};
use crate::paths::{AuditQuery, Route};
use crate::store::{self, audit_search::AuditFilter};
use crate::views::Nav;
use crate::views::people::admin::{self as view, AuditErrors, AuditForm};

use super::flash::PeopleFlash;
use super::{done, sender};

/// Entries on one page of the audit log.
pub const AUDIT_PER_PAGE: i64 = 100;

/// The signed-in administrator; anyone else is told the page does not exist.
pub fn require_admin(ctx: &mut Ctx) -> AppResult<Session> {
    let session = ctx.require_session()?;
    if session.account.is_admin {
        Ok(session)
    } else {
        Err(AppError::NotFound)
    }
}

pub fn home(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    home_page(
        ctx,
        &session,
        200,
        &view::InviteForm::default(),
        &view::InviteErrors::default(),
    )
}

/// The administration page, with the invitation form as typed and its errors (`status` 422
/// when the form was refused).
pub fn home_page(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    invite: &view::InviteForm,
    invite_errors: &view::InviteErrors,
) -> AppResult<Response> {
    let accounts = store::people::list(ctx.conn)?;
    let orphans = store::contacts::disabled_primaries(ctx.conn)?;
    let lang = ctx.lang;
    let body = view::home(
        lang,
        &view::HomeView {
            accounts: &accounts,
            orphans: &orphans,
            me: session.account.id,
            csrf: &session.csrf,
            invite,
            invite_errors,
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "people-admin-title"),
        Nav::Admin,
        false,
        status,
        body,
    )
}

pub fn account_in_path(ctx: &mut Ctx, raw_id: &str) -> AppResult<crate::domain::Account> {
    let id: AccountId = raw_id.parse().map_err(|_| AppError::NotFound)?;
    store::accounts::by_id(ctx.conn, id)?.ok_or(AppError::NotFound)
}

pub fn refused(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    title: &str,
    body: &str,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let markup = view::refusal(lang, title, body, &Route::Admin.path());
    ctx.page(Some(session), title, Nav::Admin, true, status, markup)
}

fn primary_roles(ctx: &mut Ctx, account: AccountId) -> AppResult<i64> {
    Ok(store::contacts::of_account(ctx.conn, account)?
        .iter()
        .filter(|m| m.is_primary)
        .count() as i64)
}

pub fn confirm_disable(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let account = account_in_path(ctx, raw_id)?;
    let lang = ctx.lang;
    let title = crate::tr!(
        lang,
        "people-disable-title",
        email = account.email.to_string()
    );
    if account.id == session.account.id {
        return refused(
            ctx,
            &session,
            409,
            &title,
            &crate::tr!(lang, "people-disable-yourself"),
        );
    }
    let primary_of = primary_roles(ctx, account.id)?;
    let lang = ctx.lang;
    let body = view::confirm_disable(
        lang,
        &view::DisableView {
            account_id: account.id,
            email: account.email.as_str(),
            primary_of,
            csrf: &session.csrf,
        },
    );
    ctx.page(Some(&session), &title, Nav::Admin, true, 200, body)
}

/// Disables an account: it can no longer sign in, and every session it has ends now.
pub fn disable(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let account = account_in_path(ctx, raw_id)?;
    if account.id == session.account.id {
        let lang = ctx.lang;
        let title = crate::tr!(
            lang,
            "people-disable-title",
            email = account.email.to_string()
        );
        return refused(
            ctx,
            &session,
            409,
            &title,
            &crate::tr!(lang, "people-disable-yourself"),
        );
    }
    let actor = ctx.actor(&session);
    accounts::set_state(ctx.conn, &actor, &account, AccountState::Disabled, ctx.now)?;
    done(ctx, &Route::Admin.path(), PeopleFlash::AccountDisabled)
}

pub fn enable(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let account = account_in_path(ctx, raw_id)?;
    let actor = ctx.actor(&session);
    accounts::set_state(ctx.conn, &actor, &account, AccountState::Active, ctx.now)?;
    done(ctx, &Route::Admin.path(), PeopleFlash::AccountEnabled)
}

/// A new invitation for an account that never chose a password; earlier links stop working.
pub fn resend_invitation(ctx: &mut Ctx, raw_id: &str) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let account = account_in_path(ctx, raw_id)?;
    let app = ctx.app;
    let actor = ctx.actor(&session);
    if let Err(NotInvited(state)) =
        accounts::resend_invitation(ctx.conn, sender(app), &actor, &account, ctx.now)?
    {
        let lang = ctx.lang;
        let body = crate::tr!(lang, "people-resend-not-invited", state = state.as_str());
        return refused(
            ctx,
            &session,
            409,
            &crate::tr!(lang, "people-account-resend"),
            &body,
        );
    }
    done(ctx, &Route::Admin.path(), PeopleFlash::InvitationSent)
}

/// The start of a day, UTC, in unix seconds.
fn day_start(date: Date) -> Option<i64> {
    date.to_zoned(TimeZone::UTC)
        .ok()
        .map(|z| z.timestamp().as_second())
}

/// The audit log's filters as typed, read: the filter they make, or what is wrong with each
/// (in the viewer's language). The page and its CSV download read them alike.
pub fn audit_filter(
    ctx: &mut Ctx,
    form: &AuditForm,
) -> AppResult<Result<AuditFilter, AuditErrors>> {
    let lang = ctx.lang;
    let mut errors = AuditErrors::default();
    let mut filter = AuditFilter::default();
    if !form.licence.is_empty() {
        let by_sen = store::licences::by_sen(ctx.conn, &form.licence)?;
        filter.licence = match by_sen.first() {
            Some(licence) => Some(licence.id),
            None => match form.licence.parse::<LicenceId>() {
                Ok(id) if store::licences::by_id(ctx.conn, id)?.is_some() => Some(id),
                _ => {
                    errors.licence =
                        Some(crate::tr!(lang, "people-audit-licence-unknown").to_owned());
                    None
                }
            },
        };
    }
    if !form.account.is_empty() {
        let found = match Email::parse(&form.account) {
            Ok(email) => store::accounts::by_email(ctx.conn, &email)?,
            Err(_) => None,
        };
        match found {
            Some(account) => filter.account = Some(account.id),
            None => {
                errors.account = Some(crate::tr!(lang, "people-audit-account-unknown").to_owned())
            }
        }
    }
    if !form.action.is_empty() {
        filter.action = Some(form.action.clone());
    }
    for (text, slot, error, next_day) in [
        (&form.from, &mut filter.from, &mut errors.from, false),
        (&form.to, &mut filter.until, &mut errors.to, true),
    ] {
        if text.is_empty() {
            continue;
        }
        let parsed = text
            .parse::<Date>()
            .ok()
            .and_then(|d| if next_day { d.tomorrow().ok() } else { Some(d) })
            .and_then(day_start);
        match parsed {
            Some(at) => *slot = Some(at),
            None => *error = Some(crate::tr!(lang, "people-audit-date-invalid").to_owned()),
        }
    }
    let failed = errors.licence.is_some()
        || errors.account.is_some()
        || errors.from.is_some()
        || errors.to.is_some();
    Ok(if failed { Err(errors) } else { Ok(filter) })
}

/// The typed filters of an audit log link.
pub fn audit_form(query: AuditQuery) -> AuditForm {
    AuditForm {
        licence: query.licence,
        account: query.account,
        action: query.action,
        from: query.from,
        to: query.to,
    }
}

pub fn audit(ctx: &mut Ctx, query: AuditQuery) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let page = query.page;
    let form = audit_form(query);
    let (rows, total, errors, failed) = match audit_filter(ctx, &form)? {
        Ok(filter) => {
            let (rows, total) = store::audit_search::search(
                ctx.conn,
                &filter,
                AUDIT_PER_PAGE,
                (page - 1) * AUDIT_PER_PAGE,
            )?;
            (rows, total, AuditErrors::default(), false)
        }
        Err(errors) => (Vec::new(), 0, errors, true),
    };
    let actions = store::audit_search::actions(ctx.conn)?;
    let pages = ((total + AUDIT_PER_PAGE - 1) / AUDIT_PER_PAGE).max(1);
    let lang = ctx.lang;
    let body = view::audit(
        lang,
        &view::AuditView {
            form: &form,
            errors: &errors,
            actions: &actions,
            rows: &rows,
            page,
            pages,
            total,
            refused: failed,
        },
    );
    let status = if failed { 422 } else { 200 };
    ctx.page(
        Some(&session),
        &crate::tr!(lang, "people-audit-title"),
        Nav::Admin,
        false,
        status,
        body,
    )
}
