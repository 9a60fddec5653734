//! The state every request can use: `App` (shared, read-only after start) and `Ctx` (one request,
//! with the worker's own database connection).

use rusqlite::Connection;

use crate::auth::{PasswordHasher, SignInThrottle};
use crate::config::Config;
use crate::i18n::Catalogue;

use super::Request;

pub struct App {
    pub config: Config,
    /// Where users reach the portal, without a trailing slash.
    pub base_url: String,
    /// Mark cookies `Secure`: the portal is reached over https.
    pub secure_cookies: bool,
    pub hasher: PasswordHasher,
    pub throttle: SignInThrottle,
    pub catalogue: &'static Catalogue,
    /// Import previews waiting for their confirmation.
    pub pending_imports: super::import::PendingImports,
    /// Rendered licence lists, until the data under them changes.
    pub pages: super::page_cache::PageCache,
}

impl App {
    pub fn new(config: Config, base_url: String) -> App {
        let secure_cookies = base_url.starts_with("https://");
        App {
            hasher: PasswordHasher::new(config.bcrypt_cost, config.bcrypt_threads),
            throttle: SignInThrottle::new(crate::auth::throttle::WINDOW),
            catalogue: crate::i18n::catalogue("en"),
            pending_imports: super::import::PendingImports::new(config.imports),
            pages: super::page_cache::PageCache::new(config.page_cache_bytes),
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
}

/// Messages shown once on the next page. The cookie carries only this name, never text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    SignedOut,
    SetupDone,
    PasswordSet,
    // Diagnosis.
    ServerIdUpdated,
    ServerIdUnchanged,
    // Contacts and mail.
    People(super::people::flash::PeopleFlash),
    // Licence portal.
    Licence(super::licences::LicenceFlash),
}

pub const FLASH_COOKIE: &str = "ld_flash";

impl Flash {
    fn name(self) -> &'static str {
        match self {
            Flash::SignedOut => "signed-out",
            Flash::SetupDone => "setup-done",
            Flash::PasswordSet => "password-set",
            // Diagnosis.
            Flash::ServerIdUpdated => "server-id-updated",
            Flash::ServerIdUnchanged => "server-id-unchanged",
            // Contacts and mail.
            Flash::People(flash) => flash.name(),
            // Licence portal.
            Flash::Licence(flash) => flash.name(),
        }
    }

    fn parse(name: &str) -> Option<Flash> {
        [
            Flash::SignedOut,
            Flash::SetupDone,
            Flash::PasswordSet,
            // Diagnosis.
            Flash::ServerIdUpdated,
            Flash::ServerIdUnchanged,
        ]
        .into_iter()
        .find(|f| f.name() == name)
        // Contacts and mail.
        .or_else(|| super::people::flash::PeopleFlash::parse(name).map(Flash::People))
        // Licence portal.
        .or_else(|| super::licences::LicenceFlash::parse(name).map(Flash::Licence))
    }

    fn view(self, cat: &Catalogue) -> crate::views::Flash {
        use crate::views::FlashKind;
        let (kind, text) = match self {
            Flash::SignedOut => (FlashKind::Info, cat.signed_out),
            Flash::SetupDone => (FlashKind::Ok, cat.setup_done),
            Flash::PasswordSet => (FlashKind::Ok, cat.password_set),
            // Diagnosis.
            Flash::ServerIdUpdated => (FlashKind::Ok, cat.diagnose.server_id_updated),
            Flash::ServerIdUnchanged => (FlashKind::Info, cat.diagnose.server_id_unchanged),
            // Contacts and mail.
            Flash::People(flash) => flash.view(cat),
            // Licence portal.
            Flash::Licence(flash) => (FlashKind::Ok, flash.text(cat)),
        };
        crate::views::Flash {
            kind,
            text: text.to_owned(),
        }
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

    /// The client's address as the audit log keeps it.
    pub fn client_addr_string(&self) -> Option<String> {
        self.client_addr().map(|a| a.to_string())
    }

    pub fn flash_cookie(&self, flash: Flash) -> crate::error::AppResult<super::HeaderValue> {
        self.cookie(FLASH_COOKIE, flash.name(), None)
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
        let cat = self.app.catalogue;
        let flash = self
            .req
            .cookie(FLASH_COOKIE)
            .and_then(Flash::parse)
            .map(|f| f.view(cat));
        let page = crate::views::Page {
            cat,
            title,
            user: session.map(|s| crate::views::NavUser {
                label: s.account.label(),
                is_admin: s.account.is_admin,
                csrf: &s.csrf,
            }),
            nav,
            flash: flash.as_ref(),
            narrow,
        };
        let mut response = super::Response::html(status, page.render(body));
        if self.req.cookie(FLASH_COOKIE).is_some() {
            response = response.header("Set-Cookie", self.cookie(FLASH_COOKIE, "", Some(0))?);
        }
        Ok(response)
    }
}
