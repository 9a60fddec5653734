//! Accounts an administrator manages on the web, as `licensedesk user` does on the server's
//! terminal: inviting a new user, making an account an administrator (or one no longer), and
//! mailing an account a password-reset link.

use crate::app::accounts::{self, AddressTaken, LastAdmin, NewUser};
use crate::app::links;
use crate::domain::{AccountId, AccountState, Email, Language};
use crate::error::AppResult;
use crate::http::fields::email_to_show_again;
use crate::http::{Ctx, Response};
use crate::paths::{PeopleRoute, Route};
use crate::views::Nav;
use crate::views::people::admin::{self as view, InviteErrors, InviteForm};

use super::admin::{account_in_path, home_page, refused, require_admin};
use super::done;
use super::flash::PeopleFlash;
use super::sender;

/// The longest display name an invitation takes, as the profile's.
const NAME_MAX_CHARS: usize = 200;

/// Invites a new user: an invited account (no password yet) and the invitation mail in the
/// outbox. A refused form comes back with the error next to its field and nothing created.
pub fn invite(ctx: &mut Ctx) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let lang = ctx.lang;
    let raw_email = form.get("email");
    let name = form.get("name").trim();
    let raw_language = form.get("language");
    let mut typed = InviteForm {
        email: email_to_show_again(raw_email).to_owned(),
        name: name.to_owned(),
        language: raw_language.to_owned(),
        admin: form.get("admin") == "1",
    };
    let mut errors = InviteErrors::default();
    let email = match Email::parse(raw_email) {
        Ok(email) => Some(email),
        Err(e) => {
            errors.email = Some(crate::i18n::email_error(lang, &e));
            None
        }
    };
    if name.chars().count() > NAME_MAX_CHARS || name.chars().any(char::is_control) {
        errors.name = Some(crate::tr!(lang, "people-profile-name-too-long"));
        typed.name = name.chars().take(NAME_MAX_CHARS).collect();
    }
    let language = if raw_language.is_empty() {
        Some(lang)
    } else {
        Language::from_code(raw_language)
    };
    if language.is_none() {
        errors.language = Some(crate::tr!(lang, "people-profile-language-unknown"));
    }
    let (Some(email), Some(language), false) = (email, language, errors.any()) else {
        return home_page(ctx, &session, 422, &typed, &errors);
    };
    let new = NewUser {
        email: &email,
        name,
        password_hash: None,
        is_admin: typed.admin,
        language,
    };
    let (app, now) = (ctx.app, ctx.now);
    let actor = ctx.actor(&session);
    match accounts::invite_user(ctx.conn, sender(app), &actor, &new, now)? {
        Ok(_) => done(ctx, &Route::Admin.path(), PeopleFlash::UserInvited),
        Err(AddressTaken) => {
            errors.email = Some(crate::tr!(
                lang,
                "admin-invite-taken",
                email = email.to_string()
            ));
            home_page(ctx, &session, 409, &typed, &errors)
        }
    }
}

/// The confirmation before making an account an administrator, or an administrator no longer;
/// the last active administrator is told at once that it cannot stop being one.
pub fn confirm_admin(ctx: &mut Ctx, id: AccountId) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let account = account_in_path(ctx, &id.to_string())?;
    let make = !account.is_admin;
    let lang = ctx.lang;
    let title = view::role_title(lang, account.email.as_str(), make);
    if !make
        && account.state == AccountState::Active
        && crate::store::people::active_admins(ctx.conn)? <= 1
    {
        let body = crate::tr!(
            lang,
            "admin-role-last-admin",
            email = account.email.to_string()
        );
        return refused(ctx, &session, 409, &title, &body);
    }
    let body = view::confirm_role(
        lang,
        &view::RoleView {
            account_id: account.id,
            email: account.email.as_str(),
            make,
            yourself: account.id == session.account.id,
            csrf: &session.csrf,
        },
    );
    ctx.page(Some(&session), &title, Nav::Admin, true, 200, body)
}

/// Makes an account an administrator (`admin=1`) or an administrator no longer (`admin=0`):
/// the form says which, so that sending it twice does not undo it. Never the last active
/// administrator.
pub fn set_admin(ctx: &mut Ctx, id: AccountId) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let account = account_in_path(ctx, &id.to_string())?;
    let lang = ctx.lang;
    let make = match form.get("admin") {
        "1" => true,
        "0" => false,
        _ => {
            return Err(crate::error::AppError::BadRequest(crate::tr!(
                lang,
                "admin-role-choice-missing"
            )));
        }
    };
    let actor = ctx.actor(&session);
    let now = ctx.now;
    if let Err(LastAdmin) = accounts::set_admin(ctx.conn, &actor, &account, make, now)? {
        let title = view::role_title(lang, account.email.as_str(), make);
        let body = crate::tr!(
            lang,
            "admin-role-last-admin",
            email = account.email.to_string()
        );
        return refused(ctx, &session, 409, &title, &body);
    }
    if !make && account.id == session.account.id {
        // No longer an administrator: the administration pages are gone for them.
        return done(ctx, &Route::Home.path(), PeopleFlash::AdminRevoked);
    }
    let flash = if make {
        PeopleFlash::AdminGranted
    } else {
        PeopleFlash::AdminRevoked
    };
    done(ctx, &Route::Admin.path(), flash)
}

/// Mails an active account a password-reset link (one hour, once), through the outbox.
pub fn send_reset_link(ctx: &mut Ctx, id: AccountId) -> AppResult<Response> {
    let session = require_admin(ctx)?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let account = account_in_path(ctx, &id.to_string())?;
    let (app, now) = (ctx.app, ctx.now);
    let actor = ctx.actor(&session);
    if let Err(state) = links::send_reset_link(ctx.conn, sender(app), &actor, &account, now)? {
        let lang = ctx.lang;
        let title = crate::tr!(
            lang,
            "admin-reset-link-title",
            email = account.email.to_string()
        );
        let body = crate::tr!(lang, "admin-reset-link-refused", state = state.as_str());
        return refused(ctx, &session, 409, &title, &body);
    }
    done(ctx, &PeopleRoute::OUTBOX.path(), PeopleFlash::ResetLinkSent)
}
