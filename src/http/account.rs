//! Signing in and out, the first-run setup link, and the set-password pages behind reset and
//! invitation links.

use std::time::Instant;

use crate::auth::Token;
use crate::auth::throttle::Key;
use crate::domain::{AccountState, EMAIL_MAX_BYTES, Email, EmailError, Password, PasswordError};
use crate::error::{AppError, AppResult};
use crate::i18n::{Catalogue, fill};
use crate::paths::{self, Route};
use crate::store::{self, audit, links::LinkPurpose};
use crate::views::{self, Nav};

use super::context::Flash;
use super::{Ctx, Response};

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
    let cat = ctx.app.catalogue;
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let body = views::auth::sign_in(
        cat,
        &views::auth::SignInForm {
            email,
            stay_signed_in,
            error,
            next,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(None, cat.sign_in_title, Nav::None, true, status, body)?;
    if let Some(cookie) = cookie {
        response = response.header("Set-Cookie", cookie);
    }
    Ok(response)
}

/// A typed address as a form shows it again after a refusal: not at all when it is longer
/// than any address can be (the field may be a megabyte).
pub(crate) fn email_to_show_again(raw: &str) -> &str {
    if raw.trim().len() > EMAIL_MAX_BYTES {
        ""
    } else {
        raw
    }
}

/// What a failed sign-in writes into the audit log of the address typed: at most an address's
/// length, without control characters (the field itself may be a megabyte of anything).
fn typed_address_for_audit(raw: &str) -> String {
    let mut kept = String::new();
    for c in raw.trim().chars().filter(|c| !c.is_control()) {
        if kept.len() + c.len_utf8() > EMAIL_MAX_BYTES {
            break;
        }
        kept.push(c);
    }
    kept
}

pub fn sign_in(ctx: &mut Ctx) -> AppResult<Response> {
    let form = ctx.req.form();
    ctx.check_anonymous_csrf(&form)?;
    let cat = ctx.app.catalogue;
    let raw_email = form.get("email");
    let stay = form.checked("stay_signed_in");
    let next = Some(form.get("next")).filter(|n| paths::is_local_path(n));
    // No account has a longer address: refused before it is counted, checked or logged, and
    // not sent back.
    if raw_email.trim().len() > EMAIL_MAX_BYTES {
        return render_sign_in(ctx, 422, "", stay, Some(cat.email_too_long), next);
    }
    let client = ctx.client_addr();
    let addr = client.map(|a| a.to_string()).unwrap_or_default();
    let keys = Key::sign_in(&raw_email.trim().to_lowercase(), client);
    if let Some(seconds) = ctx.app.throttle.blocked_for(&keys, Instant::now()) {
        let message = fill(cat.sign_in_try_again_in, &[("seconds", &seconds)]);
        let mut response = render_sign_in(ctx, 429, raw_email, stay, Some(&message), next)?;
        if let Ok(value) = super::HeaderValue::new(seconds.to_string()) {
            response = response.header("Retry-After", value);
        }
        return Ok(response);
    }
    let email = Email::parse(raw_email).ok();
    let credentials = match &email {
        Some(email) => store::accounts::credentials(ctx.conn, email)?,
        None => None,
    };
    let hash = credentials
        .as_ref()
        .filter(|(account, _)| account.state == AccountState::Active)
        .and_then(|(_, hash)| hash.clone());
    // Without a hash to check, a hash as dear as the dearest account's is checked instead:
    // the answer takes as long whether or not the address has an account.
    let dummy_cost = store::accounts::highest_password_cost(ctx.conn)?.unwrap_or(0);
    let password = form.get("password");
    let matched = ctx
        .app
        .hasher
        .verify_or_dummy(password, hash.as_deref(), dummy_cost)?;
    let account = match (matched, credentials) {
        (true, Some((account, _))) => account,
        (_, credentials) => {
            ctx.app.throttle.record_failure(&keys, Instant::now());
            let detail = format!("failed sign-in for {}", typed_address_for_audit(raw_email));
            audit::record(
                ctx.conn,
                &audit::Entry {
                    client_addr: Some(&addr),
                    subject_account_id: credentials.map(|(a, _)| a.id),
                    detail: &detail,
                    ..audit::Entry::new(&audit::Actor::Anonymous, "sign-in-failed")
                },
                ctx.now,
            )?;
            return render_sign_in(ctx, 401, raw_email, stay, Some(cat.sign_in_failed), next);
        }
    };
    // A hash at another cost than the configured one is made again now that the password is
    // known, so that every account costs the same time to check. A busy hasher only puts
    // this off to the next sign-in.
    let mut detail = String::new();
    if let Some(old) = hash.as_deref().filter(|h| ctx.app.hasher.needs_rehash(h))
        && let Ok(checked) = Password::new(password)
        && let Ok(new) = ctx.app.hasher.hash(&checked)
        && store::accounts::rehash_password(ctx.conn, account.id, old, &new)? == 1
    {
        detail = format!(
            "password hash made again at cost {} (was {})",
            ctx.app.hasher.cost(),
            crate::auth::passwords::hash_cost(old)
                .map_or_else(|| "unknown".to_owned(), |c| c.to_string())
        );
    }
    let cookie = ctx.start_session(account.id, stay)?;
    store::accounts::record_sign_in(ctx.conn, account.id, ctx.now)?;
    audit::record(
        ctx.conn,
        &audit::Entry {
            client_addr: Some(&addr),
            subject_account_id: Some(account.id),
            detail: &detail,
            ..audit::Entry::new(
                &audit::Actor::Account {
                    id: account.id,
                    email: account.email.to_string(),
                },
                "sign-in",
            )
        },
        ctx.now,
    )?;
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
    store::sessions::delete(ctx.conn, &session.token_hash)?;
    let addr = ctx.client_addr_string();
    audit::record(
        ctx.conn,
        &audit::Entry {
            client_addr: addr.as_deref(),
            subject_account_id: Some(session.account.id),
            ..audit::Entry::new(&session.actor(), "sign-out")
        },
        ctx.now,
    )?;
    Ok(Response::see_other(&Route::SignIn.path())
        .header("Set-Cookie", ctx.expired_session_cookie()?)
        .header("Set-Cookie", ctx.flash_cookie(Flash::SignedOut)?))
}

fn link_token(raw: &str) -> Option<Token> {
    Token::from_client(raw)
}

fn link_invalid(ctx: &mut Ctx) -> AppResult<Response> {
    let cat = ctx.app.catalogue;
    ctx.page(
        None,
        cat.link_invalid_title,
        Nav::None,
        true,
        410,
        views::auth::link_invalid(cat),
    )
}

pub(crate) fn email_message(cat: &Catalogue, e: &EmailError) -> &'static str {
    match e {
        EmailError::Empty => cat.email_empty,
        EmailError::Malformed => cat.email_malformed,
        EmailError::TooLong => cat.email_too_long,
    }
}

pub(crate) fn password_message(cat: &Catalogue, e: PasswordError) -> &'static str {
    match e {
        PasswordError::TooShort => cat.password_too_short,
        PasswordError::TooLong => cat.password_too_long,
    }
}

/// Checks a new password and its repetition; the error goes next to the field it concerns.
pub(crate) fn new_password<'c>(
    cat: &'c Catalogue,
    password: &str,
    confirm: &str,
    errors: &mut views::auth::PasswordFormErrors<'c>,
) -> Option<Password> {
    match Password::new(password) {
        Err(e) => {
            errors.password = Some(password_message(cat, e));
            None
        }
        Ok(_) if password != confirm => {
            errors.confirm = Some(cat.passwords_differ);
            None
        }
        Ok(p) => Some(p),
    }
}

pub fn setup_page(ctx: &mut Ctx, raw_token: &str) -> AppResult<Response> {
    let valid = match link_token(raw_token) {
        Some(token) => {
            store::accounts::count(ctx.conn)? == 0
                && store::links::peek(ctx.conn, &token.hash(), LinkPurpose::Setup, ctx.now)?
                    .is_some()
        }
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
    let cat = ctx.app.catalogue;
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let action = Route::Setup(raw_token.to_owned()).path();
    let body = views::auth::setup(
        cat,
        &views::auth::SetupForm {
            action: &action,
            email,
            name,
            errors,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(None, cat.setup_title, Nav::None, true, status, body)?;
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
    let cat = ctx.app.catalogue;
    let mut errors = views::auth::PasswordFormErrors::default();
    let email = Email::parse(form.get("email"))
        .map_err(|e| errors.email = Some(email_message(cat, &e)))
        .ok();
    let password = new_password(cat, form.get("password"), form.get("confirm"), &mut errors);
    let (Some(email), Some(password)) = (email, password) else {
        if store::links::peek(ctx.conn, &token.hash(), LinkPurpose::Setup, ctx.now)?.is_none() {
            return link_invalid(ctx);
        }
        let (email, name) = (email_to_show_again(form.get("email")), form.get("name"));
        return render_setup(ctx, raw_token, 422, email, name, errors);
    };
    let hash = ctx.app.hasher.hash(&password)?;
    let addr = ctx.client_addr_string();
    let tx = ctx.conn.transaction()?;
    let taken = store::links::take(&tx, &token.hash(), LinkPurpose::Setup, ctx.now)?;
    if taken.is_none() || store::accounts::count(&tx)? > 0 {
        drop(tx);
        return link_invalid(ctx);
    }
    let id = store::accounts::insert(
        &tx,
        &store::accounts::NewAccount {
            email: &email,
            display_name: form.get("name").trim(),
            password_hash: Some(&hash),
            is_admin: true,
            state: AccountState::Active,
        },
        ctx.now,
    )?;
    audit::record(
        &tx,
        &audit::Entry {
            client_addr: addr.as_deref(),
            subject_account_id: Some(id),
            detail: "first administrator created through the setup link",
            ..audit::Entry::new(&audit::Actor::Anonymous, "account-created")
        },
        ctx.now,
    )?;
    tx.commit()?;
    Ok(Response::see_other(&Route::SignIn.path())
        .header("Set-Cookie", ctx.flash_cookie(Flash::SetupDone)?))
}

/// A password link: a reset (1 hour) or an invitation (7 days).
#[derive(Debug, Clone, Copy)]
pub enum PasswordLink {
    Reset,
    Invitation,
}

impl PasswordLink {
    fn purpose(self) -> LinkPurpose {
        match self {
            PasswordLink::Reset => LinkPurpose::Reset,
            PasswordLink::Invitation => LinkPurpose::Invitation,
        }
    }

    fn path(self, token: &str) -> String {
        match self {
            PasswordLink::Reset => Route::Reset(token.to_owned()).path(),
            PasswordLink::Invitation => Route::Invite(token.to_owned()).path(),
        }
    }
}

fn link_account(
    ctx: &mut Ctx,
    kind: PasswordLink,
    raw_token: &str,
) -> AppResult<Option<crate::domain::Account>> {
    let Some(token) = link_token(raw_token) else {
        return Ok(None);
    };
    let Some(Some(account_id)) =
        store::links::peek(ctx.conn, &token.hash(), kind.purpose(), ctx.now)?
    else {
        return Ok(None);
    };
    Ok(store::accounts::by_id(ctx.conn, account_id)?
        .filter(|account| account.state != AccountState::Disabled))
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
    let cat = ctx.app.catalogue;
    let (title, intro_template) = match kind {
        PasswordLink::Reset => (cat.reset_title, cat.reset_intro),
        PasswordLink::Invitation => (cat.invitation_title, cat.invitation_intro),
    };
    let (csrf, cookie) = ctx.anonymous_csrf()?;
    let action = kind.path(raw_token);
    let body = views::auth::set_password(
        cat,
        &views::auth::SetPasswordForm {
            title,
            intro_template,
            email,
            action: &action,
            errors,
            csrf: &csrf,
        },
    );
    let mut response = ctx.page(None, title, Nav::None, true, status, body)?;
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
    let cat = ctx.app.catalogue;
    let mut errors = views::auth::PasswordFormErrors::default();
    let Some(password) = new_password(cat, form.get("password"), form.get("confirm"), &mut errors)
    else {
        return render_password_link(ctx, kind, raw_token, account.email.as_str(), 422, errors);
    };
    let hash = ctx.app.hasher.hash(&password)?;
    let token = link_token(raw_token).ok_or(AppError::NotFound)?;
    let addr = ctx.client_addr_string();
    let tx = ctx.conn.transaction()?;
    if store::links::take(&tx, &token.hash(), kind.purpose(), ctx.now)?.is_none() {
        drop(tx);
        return link_invalid(ctx);
    }
    // Setting the password ends the account's other reset and invitation links too.
    store::accounts::set_password(&tx, account.id, &hash, ctx.now)?;
    // A reset ends every session of the account: whoever knew the old password is signed out.
    store::sessions::delete_for_account(&tx, account.id)?;
    let action = match kind {
        PasswordLink::Reset => "password-reset",
        PasswordLink::Invitation => "invitation-accepted",
    };
    audit::record(
        &tx,
        &audit::Entry {
            client_addr: addr.as_deref(),
            subject_account_id: Some(account.id),
            ..audit::Entry::new(
                &audit::Actor::Account {
                    id: account.id,
                    email: account.email.to_string(),
                },
                action,
            )
        },
        ctx.now,
    )?;
    tx.commit()?;
    Ok(Response::see_other(&Route::SignIn.path())
        .header("Set-Cookie", ctx.flash_cookie(Flash::PasswordSet)?))
}
