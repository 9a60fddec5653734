//! Signing in and out, the first-run setup link, and the set-password pages behind reset and
//! invitation links.

use std::time::Instant;

use crate::app::links::{self, LinkInvalid};
use crate::app::sign_in::{self, SignIn};
use crate::auth::Token;
use crate::auth::throttle::Key;
use crate::domain::account::display_name_fits;
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
        SignIn::Disabled => {
            // Counted as any refusal: the throttle still bounds how fast passwords are tried.
            ctx.app.throttle.record_failure(&keys, Instant::now());
            return render_sign_in(
                ctx,
                403,
                raw_email,
                stay,
                Some(&tr!(lang, "sign-in-account-disabled")),
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
    let name_error = (!display_name_fits(form.get("name").trim()))
        .then(|| tr!(lang, "people-profile-name-too-long"));
    let (Ok(email), Ok(password), None) = (&email, &password, &name_error) else {
        let mut errors = password_errors(&password);
        errors.email = email.as_ref().err().map(String::as_str);
        errors.name = name_error.as_deref();
        if !links::setup_link_pending(ctx.conn, &token, ctx.now)? {
            return link_invalid(ctx);
        }
        // A name too long to keep is not sent back either.
        let name = if name_error.is_some() {
            ""
        } else {
            form.get("name")
        };
        let email = email_to_show_again(form.get("email"));
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
    let Ok(id) = links::create_first_admin(ctx.conn, &actor, &token, &admin, ctx.now)? else {
        return link_invalid(ctx);
    };
    signed_in_by_link(ctx, id, Flash::SetupDone)
}

/// The answer to a used setup, invitation or reset link: its user is signed in (a session
/// that ends when the browser closes) and goes to the licences.
fn signed_in_by_link(
    ctx: &mut Ctx,
    account: crate::domain::AccountId,
    flash: Flash,
) -> AppResult<Response> {
    let session = ctx.start_session(account, false)?;
    Ok(Response::see_other(&Route::licences().path())
        .header("Set-Cookie", session)
        .header("Set-Cookie", ctx.flash_cookie(flash)?))
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
        Some(account) => {
            // An invitation asks for the name; what an administrator entered is offered.
            let name = (kind == PasswordLink::Invitation).then_some(account.display_name.as_str());
            let page = PasswordLinkPage {
                kind,
                raw_token,
                email: account.email.as_str(),
                name,
            };
            render_password_link(ctx, &page, 200, Default::default())
        }
        None => link_invalid(ctx),
    }
}

/// A password link's form as it is shown again.
struct PasswordLinkPage<'a> {
    kind: PasswordLink,
    raw_token: &'a str,
    email: &'a str,
    /// The name field's value, on an invitation.
    name: Option<&'a str>,
}

fn render_password_link(
    ctx: &mut Ctx,
    page: &PasswordLinkPage<'_>,
    status: u16,
    errors: views::auth::PasswordFormErrors<'_>,
) -> AppResult<Response> {
    let (kind, raw_token, email) = (page.kind, page.raw_token, page.email);
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
            name: page.name,
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
    let lang = ctx.lang;
    let password = check_new_password(lang, form.get("password"), form.get("confirm"));
    // An invitation asks for the name; left empty, the name on record stays.
    let name = (kind == PasswordLink::Invitation).then(|| form.get("name").trim());
    let name_error = match name {
        Some(name) if !display_name_fits(name) => Some(tr!(lang, "people-profile-name-too-long")),
        _ => None,
    };
    let (Ok(password), None) = (&password, &name_error) else {
        let mut errors = password_errors(&password);
        errors.name = name_error.as_deref();
        let page = PasswordLinkPage {
            kind,
            raw_token,
            email: account.email.as_str(),
            // A name too long to keep is not sent back.
            name: name.map(|n| {
                if display_name_fits(n) {
                    form.get("name")
                } else {
                    ""
                }
            }),
        };
        return render_password_link(ctx, &page, 422, errors);
    };
    let hash = ctx.app.hasher.hash(password)?;
    let token = link_token(raw_token).ok_or(AppError::NotFound)?;
    let addr = ctx.client_addr_string();
    let new = links::NewPassword {
        password_hash: &hash,
        display_name: name.filter(|n| !n.is_empty()),
    };
    if let Err(LinkInvalid) =
        links::set_password_by_link(ctx.conn, kind, &token, &account, &new, addr, ctx.now)?
    {
        return link_invalid(ctx);
    }
    signed_in_by_link(ctx, account.id, Flash::PasswordSet)
}
