//! Personal access tokens on the account page: making one (the answer is the page itself,
//! showing the secret once, never a redirect: the secret must not travel in a cookie or a
//! URL), and revoking one after a confirmation. Only one's own tokens: another account's token
//! is a 404, exactly like one that does not exist.

use maud::Markup;

use crate::app::api_tokens::{self, TokenRefused, TokenRequest};
use crate::domain::OrganisationId;
use crate::domain::api_token::{TokenRequestError, TokenScope};
use crate::error::{AppError, AppResult};
use crate::http::session::Session;
use crate::http::{Ctx, Response};
use crate::i18n::Language;
use crate::paths::PeopleRoute;
use crate::store;
use crate::views::Nav;
use crate::views::people::tokens::{self as view, MadeToken, TokenErrors, TokenForm};

use super::done;
use super::flash::PeopleFlash;
use super::profile::render_profile;

/// The tokens section of the account page for `session`'s account.
pub fn section(
    ctx: &mut Ctx,
    session: &Session,
    form: TokenForm<'_>,
    errors: TokenErrors<'_>,
    made: Option<MadeToken<'_>>,
) -> AppResult<Markup> {
    let tokens = store::api_tokens::list(ctx.conn, session.account.id)?;
    let organisations = store::organisations::reachable(ctx.conn, session.viewer(), ctx.now)?;
    Ok(view::section(
        ctx.lang,
        &view::TokensView {
            tokens: &tokens,
            organisations: &organisations,
            form,
            errors,
            made,
            now: ctx.now,
            csrf: &session.csrf,
        },
    ))
}

fn request_error(lang: Language, error: TokenRequestError) -> String {
    match error {
        TokenRequestError::NameMissing => crate::tr!(lang, "token-name-missing"),
        TokenRequestError::NameTooLong => crate::tr!(lang, "token-name-too-long"),
        TokenRequestError::NameUnprintable => crate::tr!(lang, "token-name-unprintable"),
        TokenRequestError::Days => crate::tr!(lang, "token-days-invalid"),
    }
}

/// Makes a token and answers with the account page showing its secret (200), or the form
/// again with the typed values and the reason beside its field (422), nothing stored.
pub fn create(ctx: &mut Ctx) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    let lang = ctx.lang;
    let typed = TokenForm {
        name: form.get("token_name"),
        // Anything but "write" is the narrower scope, as the form offers it by default.
        scope: TokenScope::parse(form.get("scope")).unwrap_or(TokenScope::Read),
        organisation: form.get("organisation"),
        days: form.get("days"),
    };
    let raw_organisation = typed.organisation.trim();
    let organisation = if raw_organisation.is_empty() {
        Ok(None)
    } else {
        raw_organisation
            .parse::<OrganisationId>()
            .map(Some)
            .map_err(|_| TokenRefused::Organisation)
    };
    let result = match organisation {
        Ok(organisation) => {
            let actor = ctx.actor(&session);
            let request = TokenRequest {
                name: typed.name,
                scope: typed.scope,
                organisation,
                days: typed.days,
            };
            api_tokens::create(ctx.conn, &actor, &session.account, &request, ctx.now)?
        }
        Err(refused) => Err(refused),
    };
    match result {
        Ok(made) => {
            let base_url = ctx.app.base_url.clone();
            let tokens = section(
                ctx,
                &session,
                TokenForm::default(),
                TokenErrors::default(),
                Some(MadeToken {
                    name: &made.token.name,
                    secret: &made.secret,
                    base_url: base_url.trim_end_matches('/'),
                }),
            )?;
            own_profile(ctx, &session, 200, tokens)
        }
        Err(refused) => {
            let message = match refused {
                TokenRefused::Request(e) => request_error(lang, e),
                TokenRefused::Organisation => crate::tr!(lang, "token-organisation-unknown"),
            };
            let mut errors = TokenErrors::default();
            match refused {
                TokenRefused::Request(TokenRequestError::Days) => errors.days = Some(&message),
                TokenRefused::Request(_) => errors.name = Some(&message),
                TokenRefused::Organisation => errors.organisation = Some(&message),
            }
            let tokens = section(ctx, &session, typed, errors, None)?;
            own_profile(ctx, &session, 422, tokens)
        }
    }
}

/// The account page with the profile as stored and the given tokens section.
fn own_profile(
    ctx: &mut Ctx,
    session: &Session,
    status: u16,
    tokens: Markup,
) -> AppResult<Response> {
    let account = session.account.clone();
    render_profile(
        ctx,
        session,
        status,
        &account.display_name,
        &account.language,
        Default::default(),
        tokens,
    )
}

pub fn confirm_revoke(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let token = store::api_tokens::of_account(ctx.conn, session.account.id, id)?
        .ok_or(AppError::NotFound)?;
    if token.revoked_at.is_some() {
        return Ok(Response::see_other(&PeopleRoute::Profile.path()));
    }
    let lang = ctx.lang;
    let body = view::confirm_revoke(
        lang,
        &view::RevokeView {
            token: &token,
            csrf: &session.csrf,
        },
    );
    let title = crate::tr!(lang, "token-revoke-title", name = token.name.clone());
    ctx.page(Some(&session), &title, Nav::None, true, 200, body)
}

/// Revokes one of one's own tokens: scripts using it are refused from now on.
pub fn revoke(ctx: &mut Ctx, id: i64) -> AppResult<Response> {
    let session = ctx.require_session()?;
    let form = ctx.req.form();
    ctx.check_csrf(&session, &form)?;
    if store::api_tokens::of_account(ctx.conn, session.account.id, id)?.is_none() {
        return Err(AppError::NotFound);
    }
    let actor = ctx.actor(&session);
    // Revoked already (a second click): nothing changes, and the page says the same.
    api_tokens::revoke(ctx.conn, &actor, &session.account, id, ctx.now)?;
    done(ctx, &PeopleRoute::Profile.path(), PeopleFlash::TokenRevoked)
}
