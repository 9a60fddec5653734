//! Forgotten password (the same answer whether or not the address has an account), the
//! profile, and the change of password.

use std::time::Instant;

use crate::app::{accounts, links};
use crate::auth::throttle::{Key, PER_ACCOUNT_AND_ADDRESS};
use crate::domain::Email;
use crate::error::AppResult;
use crate::i18n::Language;
use crate::paths::PeopleRoute;
use crate::store;
use crate::views::Nav;
use crate::views::people::profile::{self as view, PasswordErrors, ProfileErrors};

use super::flash::PeopleFlash;
use super::{done, sender};
use crate::http::fields::{NewPasswordError, check_new_password, email_to_show_again};
use crate::http::{Ctx, Response};

pub fn forgot_page(ctx: &mut Ctx) -> AppResult<Response> {
    render_forgot(ctx, 200, "", None)
}

fn render_forgot(
    ctx: &mut Ctx,
    status: u16,
    email: &str,
    error: Option<&str>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let body = view::forgot(
        lang,
        &view::ForgotForm {
            email,
            error,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(
        None,
        &crate::tr!(lang, "people-forgot-title"),
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

pub fn forgot(ctx: &mut Ctx) -> AppResult<Response> {
    let form = ctx.req.form();
    ctx.check_anonymous_csrf(&form)?;
    let (app, now) = (ctx.app, ctx.now);
    let lang = ctx.lang;
    let raw = form.get("email");
    let email = match Email::parse(raw) {
        Ok(email) => email,
        Err(e) => {
            let shown = email_to_show_again(raw);
            let message = crate::i18n::email_error(lang, &e);
            return render_forgot(ctx, 422, shown, Some(&message));
        }
    };
    let actor = ctx.anonymous();
    links::request_reset(ctx.conn, sender(app), &actor, &email, now)?;
    let body = view::forgot_sent(lang, email.as_str());
    ctx.page(
        None,
        &crate::tr!(lang, "people-forgot-sent-title"),
        Nav::None,
        true,
        200,
        body,
    )
}

pub fn profile_page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let account = session.account.clone();
    let tokens =
        super::tokens::section(ctx, &session, Default::default(), Default::default(), None)?;
    render_profile(
        ctx,
        &session,
        200,
        &account.display_name,
        &account.language,
        ProfileErrors::default(),
        tokens,
    )
}

/// The account page: the profile form as given and the API tokens section below it.
pub(super) fn render_profile(
    ctx: &mut Ctx,
    session: &crate::http::session::Session,
    status: u16,
    name: &str,
    language: &str,
    errors: ProfileErrors<'_>,
    tokens: maud::Markup,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let calendar_feed = store::calendar_feeds::created_at(ctx.conn, session.account.id)?;
    let body = view::profile(
        lang,
        &view::ProfileForm {
            email: session.account.email.as_str(),
            name,
            language,
            errors,
            csrf: &session.csrf,
            tokens,
            calendar_feed,
        },
    );
    ctx.page(
        Some(session),
        &crate::tr!(lang, "people-profile-title"),
        Nav::None,
        false,
        status,
        body,
    )
}

pub fn save_profile(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let lang = ctx.lang;
    let name = form.get("name").trim();
    let raw_language = form.get("language");
    let language = Language::from_code(raw_language);
    let name_too_long = crate::tr!(lang, "people-profile-name-too-long");
    let language_unknown = crate::tr!(lang, "people-profile-language-unknown");
    let mut errors = ProfileErrors::default();
    if !crate::domain::account::display_name_fits(name) {
        errors.name = Some(&name_too_long);
    }
    if language.is_none() {
        errors.language = Some(&language_unknown);
    }
    let (None, None, Some(language)) = (errors.name, errors.language, language) else {
        let tokens =
            super::tokens::section(ctx, &session, Default::default(), Default::default(), None)?;
        return render_profile(
            ctx,
            &session,
            422,
            form.get("name"),
            raw_language,
            errors,
            tokens,
        );
    };
    let actor = ctx.actor(&session);
    // The canonical code is stored, whatever case the form sent.
    let code = language.code();
    accounts::save_profile(ctx.conn, &actor, &session.account, name, code, ctx.now)?;
    done(ctx, &PeopleRoute::Profile.path(), PeopleFlash::ProfileSaved)
}

pub fn password_page(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    render_password(ctx, &session, 200, PasswordErrors::default())
}

fn render_password(
    ctx: &mut Ctx,
    session: &crate::http::session::Session,
    status: u16,
    errors: PasswordErrors<'_>,
) -> AppResult<Response> {
    let lang = ctx.lang;
    let body = view::password(lang, session.account.email.as_str(), &errors, &session.csrf);
    ctx.page(
        Some(session),
        &crate::tr!(lang, "people-password-title"),
        Nav::None,
        true,
        status,
        body,
    )
}

pub fn change_password(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let app = ctx.app;
    let lang = ctx.lang;
    // Guessing the current password from a session left open is throttled like signing in.
    let keys = [Key::new(
        format!("password:{}", session.account.id),
        PER_ACCOUNT_AND_ADDRESS,
    )];
    if let Some(seconds) = app.throttle.blocked_for(&keys, Instant::now()) {
        let message = crate::tr!(lang, "sign-in-try-again-in", seconds = seconds);
        let errors = PasswordErrors {
            current: Some(&message),
            ..Default::default()
        };
        return render_password(ctx, &session, 429, errors);
    }
    let hash = store::people::password_hash(ctx.conn, session.account.id)?;
    if !app.hasher.verify(form.get("current"), hash.as_deref())? {
        app.throttle.record_failure(&keys, Instant::now());
        let errors = PasswordErrors {
            current: Some(&crate::tr!(lang, "people-password-current-wrong")),
            ..Default::default()
        };
        return render_password(ctx, &session, 422, errors);
    }
    let password = match check_new_password(lang, form.get("password"), form.get("confirm")) {
        Ok(password) => password,
        Err(refused) => {
            let mut errors = PasswordErrors::default();
            match &refused {
                NewPasswordError::Password(message) => errors.password = Some(message),
                NewPasswordError::Confirm(message) => errors.confirm = Some(message),
            }
            return render_password(ctx, &session, 422, errors);
        }
    };
    app.throttle.clear(&keys[0]);
    let new_hash = app.hasher.hash(&password)?;
    let actor = ctx.actor(&session);
    let account = session.account.id;
    accounts::change_password(
        ctx.conn,
        &actor,
        account,
        &session.token_hash,
        &new_hash,
        ctx.now,
    )?;
    done(
        ctx,
        &PeopleRoute::Profile.path(),
        PeopleFlash::PasswordChanged,
    )
}
