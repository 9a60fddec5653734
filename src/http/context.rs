//! The state every request can use: `App` (shared, read-only after start) and `Ctx` (one request,
//! with the worker's own database connection).

use rusqlite::Connection;

use crate::auth::{PasswordHasher, SignInThrottle};
use crate::config::Config;
use crate::i18n::Language;

use super::Request;

pub struct App {
    pub config: Config,
    /// Where users reach the portal, without a trailing slash.
    pub base_url: String,
    /// Mark cookies `Secure`: the portal is reached over https.
    pub secure_cookies: bool,
    pub hasher: PasswordHasher,
    pub throttle: SignInThrottle,
    /// Import previews waiting for their confirmation.
    pub pending_imports: super::import::PendingImports,
    /// Rendered licence lists, until the data under them changes.
    pub pages: super::page_cache::PageCache,
    /// The organisations the list offers each viewer to filter by, until the data changes.
    pub choices: super::page_cache::ChoiceCache,
    /// Uploads being read (support zips, key files): at most half the workers at once, so
    /// that a burst of them leaves the other half to everyone else.
    pub heavy_reads: HeavySlots,
}

/// A count of requests doing heavy work, with a ceiling; past it, the request is answered
/// "busy" at once instead of waiting for a worker that everyone needs.
pub struct HeavySlots {
    taken: std::sync::atomic::AtomicUsize,
    most: usize,
}

/// One slot, given back when dropped.
pub struct HeavySlot<'a>(&'a HeavySlots);

impl HeavySlots {
    pub fn new(most: usize) -> HeavySlots {
        HeavySlots {
            taken: std::sync::atomic::AtomicUsize::new(0),
            most: most.max(1),
        }
    }

    /// A slot, or `AppError::Busy` (503) when every one is taken.
    pub fn enter(&self) -> Result<HeavySlot<'_>, crate::error::AppError> {
        use std::sync::atomic::Ordering;
        self.taken
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |taken| {
                (taken < self.most).then_some(taken + 1)
            })
            .map(|_| HeavySlot(self))
            .map_err(|_| crate::error::AppError::Busy)
    }
}

impl Drop for HeavySlot<'_> {
    fn drop(&mut self) {
        self.0
            .taken
            .fetch_sub(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl App {
    pub fn new(config: Config, base_url: String) -> App {
        let secure_cookies = base_url.starts_with("https://");
        App {
            hasher: PasswordHasher::new(config.bcrypt_cost, config.bcrypt_threads),
            throttle: SignInThrottle::new(crate::auth::throttle::WINDOW),
            pending_imports: super::import::PendingImports::new(config.imports),
            pages: super::page_cache::PageCache::new(config.page_cache_bytes),
            choices: super::page_cache::ChoiceCache::new(config.page_cache_bytes > 0),
            heavy_reads: HeavySlots::new(config.workers / 2),
            config,
            base_url,
            secure_cookies,
        }
    }
}

pub struct Ctx<'a> {
    pub app: &'a App,
    pub conn: &'a mut Connection,
    pub req: &'a Request,
    /// Unix seconds, read once per request.
    pub now: i64,
    /// The language this request is answered in: the account's once a session is found, the
    /// browser's choice before (see [`Ctx::language_before_sign_in`]).
    pub lang: Language,
    /// The personal access token an API request came with, once it is found: the audit log
    /// says what was done with which token (after a leak, what that token did).
    pub api_token: Option<i64>,
}

/// The cookie that keeps a language chosen with `?lang=` before sign-in.
pub const LANGUAGE_COOKIE: &str = "ld_lang";

impl Ctx<'_> {
    /// The language a `?lang=` in the address switches to (the last one), if it names one we
    /// speak.
    pub fn language_switch(req: &Request) -> Option<Language> {
        let (_, code) = req.query.iter().rev().find(|(name, _)| name == "lang")?;
        Language::from_code(code)
    }

    /// The language the person chose themselves: a `?lang=` switch now, or the one kept from
    /// before (the cookie).
    pub fn language_chosen(req: &Request) -> Option<Language> {
        Ctx::language_switch(req)
            .or_else(|| req.cookie(LANGUAGE_COOKIE).and_then(Language::from_code))
    }

    /// The language of a request nobody is signed in to: the one the person chose (see
    /// [`Ctx::language_chosen`]), then the browser's `Accept-Language`, then the server's default.
    pub fn language_before_sign_in(req: &Request, default: Language) -> Language {
        Ctx::language_chosen(req)
            .or_else(|| {
                // Several header lines are one list, as HTTP joins them.
                let lines: Vec<&str> = req
                    .headers
                    .iter()
                    .filter(|(name, _)| name == "accept-language")
                    .map(|(_, value)| value.as_str())
                    .collect();
                Language::from_accept_language(&lines.join(","))
            })
            .unwrap_or(default)
    }
}

/// Messages shown once on the next page. The cookie carries only this name, never text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    SignedOut,
    SetupDone,
    PasswordSet,
    ServerIdUpdated,
    ServerIdUnchanged,
    /// A recorded installation was deleted.
    InstanceDeleted,
    People(super::people::flash::PeopleFlash),
    Licence(super::licences::LicenceFlash),
    /// The co-term planner created this many renewal orders (a number, still no text).
    RenewalOrdersCreated(u32),
    Organisation(super::organisations::OrganisationFlash),
}

pub const FLASH_COOKIE: &str = "ld_flash";

impl Flash {
    /// The prefix of the name that carries a count of renewal orders.
    const RENEWAL_ORDERS: &'static str = "renewal-orders-";

    fn name(self) -> std::borrow::Cow<'static, str> {
        match self {
            Flash::SignedOut => "signed-out".into(),
            Flash::SetupDone => "setup-done".into(),
            Flash::PasswordSet => "password-set".into(),
            Flash::ServerIdUpdated => "server-id-updated".into(),
            Flash::ServerIdUnchanged => "server-id-unchanged".into(),
            Flash::InstanceDeleted => "instance-deleted".into(),
            Flash::People(flash) => flash.name().into(),
            Flash::Licence(flash) => flash.name().into(),
            Flash::RenewalOrdersCreated(count) => {
                format!("{}{count}", Flash::RENEWAL_ORDERS).into()
            }
            Flash::Organisation(flash) => flash.name().into(),
        }
    }

    fn parse(name: &str) -> Option<Flash> {
        [
            Flash::SignedOut,
            Flash::SetupDone,
            Flash::PasswordSet,
            Flash::ServerIdUpdated,
            Flash::ServerIdUnchanged,
            Flash::InstanceDeleted,
        ]
        .into_iter()
        .find(|f| f.name() == name)
        .or_else(|| super::people::flash::PeopleFlash::parse(name).map(Flash::People))
        .or_else(|| super::licences::LicenceFlash::parse(name).map(Flash::Licence))
        .or_else(|| {
            let count = name.strip_prefix(Flash::RENEWAL_ORDERS)?;
            // Digits only, as the name was written: no sign, no spaces.
            let digits = !count.is_empty() && count.bytes().all(|b| b.is_ascii_digit());
            digits
                .then(|| count.parse().ok())
                .flatten()
                .map(Flash::RenewalOrdersCreated)
        })
        .or_else(|| super::organisations::OrganisationFlash::parse(name).map(Flash::Organisation))
    }

    fn view(self, lang: Language) -> crate::views::Flash {
        use crate::tr;
        use crate::views::FlashKind;
        let (kind, text) = match self {
            Flash::SignedOut => (FlashKind::Info, tr!(lang, "signed-out")),
            Flash::SetupDone => (FlashKind::Ok, tr!(lang, "setup-done")),
            Flash::PasswordSet => (FlashKind::Ok, tr!(lang, "password-set")),
            Flash::ServerIdUpdated => (FlashKind::Ok, tr!(lang, "diagnose-server-id-updated")),
            Flash::ServerIdUnchanged => {
                (FlashKind::Info, tr!(lang, "diagnose-server-id-unchanged"))
            }
            Flash::InstanceDeleted => (FlashKind::Ok, tr!(lang, "installation-deleted")),
            Flash::People(flash) => flash.view(lang),
            Flash::Licence(flash) => (FlashKind::Ok, flash.text(lang)),
            Flash::RenewalOrdersCreated(count) => (
                FlashKind::Ok,
                tr!(lang, "org-coterm-flash-created", count = count),
            ),
            Flash::Organisation(flash) => (FlashKind::Ok, flash.text(lang)),
        };
        crate::views::Flash { kind, text }
    }
}

impl Ctx<'_> {
    /// The client's address: the peer's, or the one a trusted reverse proxy forwarded for.
    pub fn client_addr(&self) -> Option<std::net::IpAddr> {
        super::client_addr::effective(
            self.req.peer_addr,
            &self.req.headers,
            &self.app.config.trusted_proxies,
        )
    }

    /// The client's address as the audit log keeps it, with the API token it used.
    pub fn client_addr_string(&self) -> Option<String> {
        let addr = self.client_addr().map(|a| a.to_string());
        match (addr, self.api_token) {
            (addr, None) => addr,
            (Some(addr), Some(token)) => Some(format!("{addr} (API token {token})")),
            (None, Some(token)) => Some(format!("API token {token}")),
        }
    }

    pub fn flash_cookie(&self, flash: Flash) -> crate::error::AppResult<super::HeaderValue> {
        self.cookie(FLASH_COOKIE, &flash.name(), None)
    }

    /// The top bar's account of a signed-in user. Organisations and the dashboard are in the
    /// top bar of administrators and of anyone who manages an organisation or holds running
    /// access to one.
    pub fn nav_user<'s>(
        &self,
        session: &'s super::session::Session,
    ) -> crate::error::AppResult<crate::views::NavUser<'s>> {
        let reaches_organisations = session.account.is_admin
            || crate::store::organisations::reaches_any(self.conn, session.account.id, self.now)?;
        Ok(crate::views::NavUser {
            label: session.account.label(),
            is_admin: session.account.is_admin,
            reaches_organisations,
            csrf: &session.csrf,
        })
    }

    /// Renders a page in the layout, with the pending flash message (which is then cleared).
    pub fn page(
        &self,
        session: Option<&super::session::Session>,
        title: &str,
        nav: crate::views::Nav,
        narrow: bool,
        status: u16,
        body: maud::Markup,
    ) -> crate::error::AppResult<super::Response> {
        let lang = self.lang;
        let flash = self
            .req
            .cookie(FLASH_COOKIE)
            .and_then(Flash::parse)
            .map(|f| f.view(lang));
        // A page before sign-in offers its languages; one reached by a form post would be
        // reached again by a link only if its path also shows a page, which every such page's
        // does (sign-in, setup, reset, invitation).
        let here = crate::views::Here {
            path: &self.req.path,
            query: &self.req.query,
        };
        let user = match session {
            Some(session) => Some(self.nav_user(session)?),
            None => None,
        };
        let page = crate::views::Page {
            lang: self.lang,
            title,
            user,
            nav,
            flash: flash.as_ref(),
            narrow,
            here: Some(here),
        };
        let mut response = super::Response::html(status, page.render(body));
        if self.req.cookie(FLASH_COOKIE).is_some() {
            response = response.header("Set-Cookie", self.cookie(FLASH_COOKIE, "", Some(0))?);
        }
        Ok(response)
    }
}
