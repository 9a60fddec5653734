//! Signing in and out, the first-run setup link, and the set-password pages behind reset and
//! invitation links.

use std::time::Instant;

use crate::app::links::{self, LinkInvalid};
use crate::app::sign_in::{self, SignIn};
use crate::auth::Token;
use crate::auth::throttle::Key;
use crate::domain::{EMAIL_MAX_BYTES, Email};
use crate::error::{AppError, AppResult};
use crate::paths::{self, Route};
use crate::tr;
use crate::views::{self, Nav};

use super::context::Flash;
use super::fields::{NewPasswordError, check_new_password, email_to_show_again};
use super::{Ctx, Response};

pub use crate::app::links::PasswordLink;

pub fn sign_in_page(ctx: &mut Ctx) -> AppResult<Response> {
    if ctx.session()?.is_some() {
        return Ok(Response::see_other(&Route::licences().path()));
    }
    let next = ctx
        .req
        .query_param("next")
        .filter(|n| paths::is_local_path(n));
    render_sign_in(ctx, 200, "", false, None, next)
}

fn render_sign_in(
    ctx: &mut Ctx,
    status: u16,
    email: &str,
    stay_signed_in: bool,
    error: Option<&str>,
    next: Option<&str>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let body = views::auth::sign_in(
        lang,
        &views::auth::SignInForm {
            email,
            stay_signed_in,
            error,
            next,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(
        None,
        &tr!(lang, "sign-in-title"),
        Nav::None,
        true,
        status,
        body,
    )?;
    if let Some(cookie) = cookie {
        response = response.header("Set-Cookie", cookie);
    }
    Ok(response)
}

pub fn sign_in(ctx: &mut Ctx) -> AppResult<Response> {
    let form = ctx.req.form();
    ctx.check_anonymous_csrf(&form)?;
    let lang = ctx.lang;
    let raw_email = form.get("email");
    let stay = form.checked("stay_signed_in");
    let next = Some(form.get("next")).filter(|n| paths::is_local_path(n));
    // No account has a longer address: refused before it is counted, checked or logged, and
    // not sent back.
    if raw_email.trim().len() > EMAIL_MAX_BYTES {
        return render_sign_in(ctx, 422, "", stay, Some(&tr!(lang, "email-too-long")), next);
    }
    let client = ctx.client_addr();
    let keys = Key::sign_in(&raw_email.trim().to_lowercase(), client);
    if let Some(seconds) = ctx.app.throttle.blocked_for(&keys, Instant::now()) {
        let message = tr!(lang, "sign-in-try-again-in", seconds = seconds);
        let mut response = render_sign_in(ctx, 429, raw_email, stay, Some(&message), next)?;
        if let Ok(value) = super::HeaderValue::new(seconds.to_string()) {
            response = response.header("Retry-After", value);
        }
        return Ok(response);
    }
    let account = match sign_in::sign_in(
        ctx.conn,
        &ctx.app.hasher,
        raw_email,
        form.get("password"),
        ctx.client_addr_string(),
        ctx.now,
    )? {
        SignIn::Accepted(account) => account,
        SignIn::Refused => {
            ctx.app.throttle.record_failure(&keys, Instant::now());
            return render_sign_in(
                ctx,
                401,
                raw_email,
                stay,
                Some(&tr!(lang, "sign-in-failed")),
                next,
            );
        }
    };
    let cookie = ctx.start_session(account.id, stay)?;
    // The owner's success forgets their own mistakes from this address; the account's total
    // keeps counting what others tried.
    ctx.app.throttle.clear(&keys[0]);
    let target = next.map_or_else(|| Route::licences().path(), str::to_owned);
    Ok(Response::see_other(&target).header("Set-Cookie", cookie))
}

pub fn sign_out(ctx: &mut Ctx) -> AppResult<Response> {
    let form = ctx.req.form();
    let Some(session) = ctx.session()? else {
        return Ok(Response::see_other(&Route::SignIn.path()));
    };
    ctx.check_csrf(&session, &form)?;
    let actor = ctx.actor(&session);
    sign_in::sign_out(ctx.conn, &actor, &session.token_hash, ctx.now)?;
    Ok(Response::see_other(&Route::SignIn.path())
        .header("Set-Cookie", ctx.expired_session_cookie()?)
        .header("Set-Cookie", ctx.flash_cookie(Flash::SignedOut)?))
}

fn link_token(raw: &str) -> Option<Token> {
    Token::from_client(raw)
}

fn link_invalid(ctx: &mut Ctx) -> AppResult<Response> {
    let lang = ctx.lang;
    ctx.page(
        None,
        &tr!(lang, "link-invalid-title"),
        Nav::None,
        true,
        410,
        views::auth::link_invalid(lang),
    )
}

pub fn setup_page(ctx: &mut Ctx, raw_token: &str) -> AppResult<Response> {
    let valid = match link_token(raw_token) {
        Some(token) => links::setup_link_works(ctx.conn, &token, ctx.now)?,
        None => false,
    };
    if !valid {
        return link_invalid(ctx);
    }
    render_setup(ctx, raw_token, 200, "", "", Default::default())
}

fn render_setup(
    ctx: &mut Ctx,
    raw_token: &str,
    status: u16,
    email: &str,
    name: &str,
    errors: views::auth::PasswordFormErrors<'_>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let action = Route::Setup(raw_token.to_owned()).path();
    let body = views::auth::setup(
        lang,
        &views::auth::SetupForm {
            action: &action,
            email,
            name,
            errors,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(
        None,
        &tr!(lang, "setup-title"),
        Nav::None,
        true,
        status,
        body,
    )?;
    if let Some(cookie) = cookie {
        response = response.header("Set-Cookie", cookie);
    }
    Ok(response)
}

pub fn setup(ctx: &mut Ctx, raw_token: &str) -> AppResult<Response> {
    let form = ctx.req.form();
    ctx.check_anonymous_csrf(&form)?;
    let Some(token) = link_token(raw_token) else {
        return link_invalid(ctx);
    };
    let lang = ctx.lang;
    let email = Email::parse(form.get("email")).map_err(|e| crate::i18n::email_error(lang, &e));
    let password = check_new_password(lang, form.get("password"), form.get("confirm"));
    let (Ok(email), Ok(password)) = (&email, &password) else {
        let mut errors = password_errors(&password);
        errors.email = email.as_ref().err().map(String::as_str);
        if !links::setup_link_pending(ctx.conn, &token, ctx.now)? {
            return link_invalid(ctx);
        }
        let (email, name) = (email_to_show_again(form.get("email")), form.get("name"));
        return render_setup(ctx, raw_token, 422, email, name, errors);
    };
    let hash = ctx.app.hasher.hash(password)?;
    let actor = ctx.anonymous();
    let admin = links::FirstAdmin {
        email,
        name: form.get("name"),
        password_hash: &hash,
        language: ctx.lang,
    };
    if let Err(LinkInvalid) = links::create_first_admin(ctx.conn, &actor, &token, &admin, ctx.now)?
    {
        return link_invalid(ctx);
    }
    Ok(Response::see_other(&Route::SignIn.path())
        .header("Set-Cookie", ctx.flash_cookie(Flash::SetupDone)?))
}

/// A refused new password's error, next to the field it concerns.
fn password_errors<T>(
    checked: &Result<T, NewPasswordError>,
) -> views::auth::PasswordFormErrors<'_> {
    let mut errors = views::auth::PasswordFormErrors::default();
    match checked {
        Err(NewPasswordError::Password(message)) => errors.password = Some(message),
        Err(NewPasswordError::Confirm(message)) => errors.confirm = Some(message),
        Ok(_) => {}
    }
    errors
}

/// The path a password link's form posts to.
fn link_path(kind: PasswordLink, token: &str) -> String {
    kind.route(token).path()
}

fn link_account(
    ctx: &mut Ctx,
    kind: PasswordLink,
    raw_token: &str,
) -> AppResult<Option<crate::domain::Account>> {
    let account = match link_token(raw_token) {
        Some(token) => links::link_account(ctx.conn, kind, &token, ctx.now)?,
        None => None,
    };
    // The page a mailed link opens goes on in the mail's language, the account's, unless the
    // person chose another here (`?lang=`, or before).
    if let Some(account) = &account
        && Ctx::language_chosen(ctx.req).is_none()
        && let Some(language) = crate::i18n::Language::from_code(&account.language)
    {
        ctx.lang = language;
    }
    Ok(account)
}

pub fn password_link_page(
    ctx: &mut Ctx,
    kind: PasswordLink,
    raw_token: &str,
) -> AppResult<Response> {
    match link_account(ctx, kind, raw_token)? {
        Some(account) => render_password_link(
            ctx,
            kind,
            raw_token,
            account.email.as_str(),
            200,
            Default::default(),
        ),
        None => link_invalid(ctx),
    }
}

fn render_password_link(
    ctx: &mut Ctx,
    kind: PasswordLink,
    raw_token: &str,
    email: &str,
    status: u16,
    errors: views::auth::PasswordFormErrors<'_>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (title, intro) = match kind {
        PasswordLink::Reset => (
            tr!(lang, "reset-title"),
            tr!(lang, "reset-intro", email = email),
        ),
        PasswordLink::Invitation => (
            tr!(lang, "invitation-title"),
            tr!(lang, "invitation-intro", email = email),
        ),
    };
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let action = link_path(kind, raw_token);
    let body = views::auth::set_password(
        lang,
        &views::auth::SetPasswordForm {
            title: &title,
            intro: &intro,
            email,
            action: &action,
            errors,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(None, &title, Nav::None, true, status, body)?;
    if let Some(cookie) = cookie {
        response = response.header("Set-Cookie", cookie);
    }
    Ok(response)
}

pub fn use_password_link(
    ctx: &mut Ctx,
    kind: PasswordLink,
    raw_token: &str,
) -> AppResult<Response> {
    let form = ctx.req.form();
    ctx.check_anonymous_csrf(&form)?;
    let Some(account) = link_account(ctx, kind, raw_token)? else {
        return link_invalid(ctx);
    };
    let password = check_new_password(ctx.lang, form.get("password"), form.get("confirm"));
    let Ok(password) = &password else {
        let errors = password_errors(&password);
        return render_password_link(ctx, kind, raw_token, account.email.as_str(), 422, errors);
    };
    let hash = ctx.app.hasher.hash(password)?;
    let token = link_token(raw_token).ok_or(AppError::NotFound)?;
    let addr = ctx.client_addr_string();
    if let Err(LinkInvalid) =
        links::set_password_by_link(ctx.conn, kind, &token, &account, &hash, addr, ctx.now)?
    {
        return link_invalid(ctx);
    }
    Ok(Response::see_other(&Route::SignIn.path())
        .header("Set-Cookie", ctx.flash_cookie(Flash::PasswordSet)?))
}
