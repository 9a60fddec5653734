//! Every link the portal builds comes from here, so views never assemble URLs by hand and a
//! renamed page is renamed in one place. `http::routes` matches the same shapes.

use crate::domain::LicenceId;

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
    People(PeopleRoute),
    NewLicence,
    NewLicenceByKey,
    NewLicenceByHand,
    NewEvaluation,
    LicenceOrganisation(LicenceId),
    LicenceNotes(LicenceId),
    LicenceServerId(LicenceId),
    LicenceAutoRenew(LicenceId),
    LicenceKey(LicenceId),
    LicenceDownload(LicenceId),
    LicenceArchive(LicenceId),
    LicenceRestore(LicenceId),
    LicenceRenew(LicenceId),
    LicenceUpgrade(LicenceId),
    LicenceExtend(LicenceId),
    LicenceAttachKey(LicenceId),
    LicenceDeveloper(LicenceId),
    /// An earlier key of the licence (by its key history entry), put back on it.
    LicenceRestoreKey(LicenceId, i64),
    LicenceDelete(LicenceId),
    LicenceReplaceKey(LicenceId),
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
            Route::People(route) => route.path(),
            Route::NewLicence => "/licences/new".into(),
            Route::NewLicenceByKey => "/licences/new/key".into(),
            Route::NewLicenceByHand => "/licences/new/hand".into(),
            Route::NewEvaluation => "/licences/new-evaluation".into(),
            Route::LicenceOrganisation(id) => format!("/licences/{id}/organisation"),
            Route::LicenceNotes(id) => format!("/licences/{id}/notes"),
            Route::LicenceServerId(id) => format!("/licences/{id}/server-id"),
            Route::LicenceAutoRenew(id) => format!("/licences/{id}/auto-renew"),
            Route::LicenceKey(id) => format!("/licences/{id}/key"),
            Route::LicenceDownload(id) => format!("/licences/{id}/download"),
            Route::LicenceArchive(id) => format!("/licences/{id}/archive"),
            Route::LicenceRestore(id) => format!("/licences/{id}/restore"),
            Route::LicenceRenew(id) => format!("/licences/{id}/renew"),
            Route::LicenceUpgrade(id) => format!("/licences/{id}/upgrade"),
            Route::LicenceExtend(id) => format!("/licences/{id}/extend"),
            Route::LicenceAttachKey(id) => format!("/licences/{id}/attach-key"),
            Route::LicenceDeveloper(id) => format!("/licences/{id}/developer"),
            Route::LicenceRestoreKey(id, entry) => {
                format!("/licences/{id}/key-history/{entry}/restore")
            }
            Route::LicenceDelete(id) => format!("/licences/{id}/delete"),
            Route::LicenceReplaceKey(id) => format!("/licences/{id}/replace-key"),
        }
    }
}

/// A page of the licence list: `section` is `None` for the main list, or "evaluations" /
/// "archived"; an empty search, the default sort and page 1 are left out of the link.
pub fn licence_list(section: Option<&str>, search: &str, sort: Option<&str>, page: i64) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(section) = section {
        query.append_pair("section", section);
    }
    if !search.is_empty() {
        query.append_pair("q", search);
    }
    if let Some(sort) = sort {
        query.append_pair("sort", sort);
    }
    if page > 1 {
        query.append_pair("page", &page.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        "/licences".into()
    } else {
        format!("/licences?{query}")
    }
}

/// A page of the orders list.
pub fn orders_page(page: i64) -> String {
    if page > 1 {
        format!("/orders?page={page}")
    } else {
        "/orders".into()
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
