//! Who is asking: the session cookie turned into a signed-in account before a handler runs, and
//! the CSRF checks every state-changing request passes.

use crate::auth::Token;
use crate::auth::tokens::{mask, matches_masked};
use crate::domain::{Account, AccountId, AccountState, Actor, Viewer};
use crate::error::{AppError, AppResult};
use crate::store;

use super::response::Cookie;
use super::{Ctx, Form, HeaderValue};

pub const SESSION_COOKIE: &str = "ld_session";
/// Carries the CSRF token of forms shown before sign-in (double-submit).
pub const ANONYMOUS_CSRF_COOKIE: &str = "ld_csrf";

/// A session without "stay signed in" ends after this much idle time (and with the browser).
pub const IDLE_LIMIT_SECONDS: i64 = 12 * 3600;
/// A "stay signed in" session lasts this long.
pub const PERSISTENT_SECONDS: i64 = 30 * 24 * 3600;
/// Activity moves an idle session's expiry at most this often, so reading pages is not a write.
const TOUCH_EVERY_SECONDS: i64 = 60;

/// A signed-in, active account and its session.
#[derive(Debug, Clone)]
pub struct Session {
    pub account: Account,
    /// The CSRF token as this request's pages carry it in their forms: masked with fresh random
    /// bytes (see `auth::tokens::mask`), so no two renders carry the same bytes for it.
    pub csrf: String,
    /// The session's CSRF token itself, which a form's value must unmask to.
    pub csrf_secret: String,
    pub token_hash: [u8; 32],
}

impl Session {
    /// Who is looking: what this account may see.
    pub fn viewer(&self) -> Viewer {
        Viewer::of(&self.account)
    }
}

impl Ctx<'_> {
    /// Who acts in this request: the signed-in account, from the request's client address.
    pub fn actor(&self, session: &Session) -> Actor {
        Actor::account(&session.account, self.client_addr_string())
    }

    /// Someone not signed in, from the request's client address.
    pub fn anonymous(&self) -> Actor {
        Actor::Anonymous {
            client_addr: self.client_addr_string(),
        }
    }

    /// The session the request's cookie names, if it is live and its account active.
    pub fn session(&mut self) -> AppResult<Option<Session>> {
        let Some(token) = self.req.cookie(SESSION_COOKIE).and_then(Token::from_client) else {
            return Ok(None);
        };
        let token_hash = token.hash();
        let Some((row, account)) = store::sessions::find(self.conn, &token_hash, self.now)? else {
            return Ok(None);
        };
        if account.state != AccountState::Active {
            return Ok(None);
        }
        self.lang = crate::i18n::Language::from_code(&account.language)
            .unwrap_or(self.app.config.default_language);
        if !row.persistent && self.now - row.last_seen_at >= TOUCH_EVERY_SECONDS {
            store::sessions::touch(
                self.conn,
                &token_hash,
                self.now,
                self.now + IDLE_LIMIT_SECONDS,
            )?;
        }
        Ok(Some(Session {
            account,
            csrf: mask(&row.csrf_token),
            csrf_secret: row.csrf_token,
            token_hash,
        }))
    }

    pub fn require_session(&mut self) -> AppResult<Session> {
        self.session()?.ok_or(AppError::Unauthenticated)
    }

    /// A signed-in POST: the form's token must be the session's, and the Origin (when the
    /// browser sends one) this site's.
    pub fn check_csrf(&self, session: &Session, form: &Form) -> AppResult<()> {
        self.check_origin()?;
        if matches_masked(form.get("csrf"), &session.csrf_secret) {
            Ok(())
        } else {
            Err(AppError::Forbidden(crate::tr!(self.lang, "csrf-refused")))
        }
    }

    /// A POST before sign-in: the form's token must equal the one in our cookie.
    pub fn check_anonymous_csrf(&self, form: &Form) -> AppResult<()> {
        self.check_origin()?;
        let cookie = self.req.cookie(ANONYMOUS_CSRF_COOKIE).unwrap_or("");
        if matches_masked(form.get("csrf"), cookie) {
            Ok(())
        } else {
            Err(AppError::Forbidden(crate::tr!(self.lang, "csrf-refused")))
        }
    }

    /// A browser's Origin must be this site: the configured base URL, or the host it asked for.
    fn check_origin(&self) -> AppResult<()> {
        let Some(origin) = self.req.header("origin") else {
            return Ok(());
        };
        let origin = origin.trim_end_matches('/');
        let base = self.app.base_url.as_str();
        let same_host = self.req.header("host").is_some_and(|host| {
            origin == format!("http://{host}") || origin == format!("https://{host}")
        });
        if origin == base || same_host {
            Ok(())
        } else {
            Err(AppError::Forbidden(crate::tr!(self.lang, "csrf-refused")))
        }
    }

    /// The CSRF token for a form shown before sign-in (masked, as forms carry it), and the
    /// cookie to set when it is new.
    pub fn anonymous_csrf(&self) -> AppResult<(String, Option<HeaderValue>)> {
        if let Some(existing) = self
            .req
            .cookie(ANONYMOUS_CSRF_COOKIE)
            .and_then(Token::from_client)
        {
            return Ok((mask(existing.as_str()), None));
        }
        let token = Token::generate();
        let cookie = self.cookie(ANONYMOUS_CSRF_COOKIE, token.as_str(), None)?;
        Ok((mask(token.as_str()), Some(cookie)))
    }

    pub fn cookie(&self, name: &str, value: &str, max_age: Option<i64>) -> AppResult<HeaderValue> {
        Cookie {
            name,
            value,
            max_age,
            secure: self.app.secure_cookies,
        }
        .header_value()
        .map_err(|e| AppError::Internal(e.to_string()))
    }

    /// Starts a new session for the account and returns its cookie. Any session the browser
    /// brought with it is ended first, so an id planted before sign-in is never kept.
    pub fn start_session(
        &mut self,
        account: AccountId,
        persistent: bool,
    ) -> AppResult<HeaderValue> {
        if let Some(old) = self.req.cookie(SESSION_COOKIE).and_then(Token::from_client) {
            store::sessions::delete(self.conn, &old.hash())?;
        }
        let token = Token::generate();
        let csrf = Token::generate();
        let lifetime = if persistent {
            PERSISTENT_SECONDS
        } else {
            IDLE_LIMIT_SECONDS
        };
        store::sessions::insert(
            self.conn,
            &store::sessions::NewSession {
                token_hash: &token.hash(),
                account_id: account,
                csrf_token: csrf.as_str(),
                persistent,
                expires_at: self.now + lifetime,
            },
            self.now,
        )?;
        store::sessions::delete_expired(self.conn, self.now)?;
        self.cookie(
            SESSION_COOKIE,
            token.as_str(),
            persistent.then_some(PERSISTENT_SECONDS),
        )
    }

    /// A cookie that makes the browser forget the session.
    pub fn expired_session_cookie(&self) -> AppResult<HeaderValue> {
        self.cookie(SESSION_COOKIE, "", Some(0))
    }
}
