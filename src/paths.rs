//! Every link the portal builds comes from here, so views never assemble URLs by hand and a
//! renamed page is renamed in one place. `http::routes` matches the same shapes.

use crate::domain::LicenceId;

// Contacts and mail.
mod people;
pub use people::{ContactsBack, PeopleRoute};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    SignIn,
    SignOut,
    Licences,
    Evaluations,
    Archived,
    Licence(LicenceId),
    Orders,
    Import,
    Diagnose,
    Admin,
    Asset(&'static str),
    // Contacts and mail.
    People(PeopleRoute),
}

impl Route {
    pub fn path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::SignIn => "/signin".into(),
            Route::SignOut => "/signout".into(),
            Route::Licences => "/licences".into(),
            Route::Evaluations => "/licences?section=evaluations".into(),
            Route::Archived => "/licences?section=archived".into(),
            Route::Licence(id) => format!("/licences/{id}"),
            Route::Orders => "/orders".into(),
            Route::Import => "/import".into(),
            Route::Diagnose => "/diagnose".into(),
            Route::Admin => "/admin".into(),
            Route::Asset(name) => format!("/assets/{name}?v={}", crate::assets::version(name)),
            // Contacts and mail.
            Route::People(route) => route.path(),
        }
    }
}

/// A one-time link as printed or mailed: setup, reset or invitation.
pub fn one_time_link(base_url: &str, kind: &str, token: &str) -> String {
    format!("{}/{kind}/{token}", base_url.trim_end_matches('/'))
}

/// Whether a `next` parameter is a path on this site. Anything else (another host, a scheme,
/// `//host`, a backslash trick) is ignored, so a link cannot send a user off-site after sign-in.
pub fn is_local_path(next: &str) -> bool {
    next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains("://")
        // Browsers drop tabs and newlines inside a URL, so `/\t/evil.example` would become
        // `//evil.example`; no control character or space, and no backslash, is allowed.
        && !next.contains(|c: char| c.is_control() || c == ' ' || c == '\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert!(is_local_path("/licences/4"));
        assert!(is_local_path("/licences?q=SEN-1"));
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/x\r\nLocation: y",
            "/redirect?to=http://evil",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
        ] {
            assert!(!is_local_path(bad), "{bad}");
        }
    }
}
