//! App (Marketplace) licences and their hosts: which licences are apps, the host licences an
//! app may be linked to, the link made automatically on import when the host is beyond doubt,
//! the link made by hand, and what the pages show of both.
//!
//! The safe rule for a link nobody chose: the app names its host product in its namespace, its
//! organisation is written, and exactly one licence of that organisation (not archived) is a
//! licence of that host product, which whoever imports may see. Anything less certain is left
//! to a person, who chooses among the same organisation's host licences they may see. A link
//! never crosses organisations.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde_json::json;

use crate::atlassian::key;
use crate::domain::apps::{self, AppFinding, HostProduct};
use crate::domain::{Actor, Licence, LicenceFields, LicenceId, LicenceKind, Viewer};
use crate::store;
use crate::store::audit;

/// What makes a licence an app licence: its key covers apps only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppLicence {
    /// The host product its namespace names; `None` when it names none.
    pub host_product: Option<HostProduct>,
}

/// Whether `licence` is an app licence, from its key (a licence without a key, or whose key no
/// longer decodes, is not).
pub fn app_licence(licence: &LicenceFields) -> Option<AppLicence> {
    app_licence_known(licence, &KnownApps::new())
}

/// What the keys an import read say about apps, by canonical key, for the licences whose key
/// tells (see [`key_tells`]): kept from the import's reading, so that linking apps afterwards
/// does not decode those keys again.
pub type KnownApps = HashMap<String, Option<AppLicence>>;

/// Whether only the key can tell if `licence` is an app licence. Host licences are known by
/// their product, and other kinds by the stored kind, without decoding their key. A stored
/// "server" may be an app licence recorded before kinds were stored (the upgrade could not
/// tell from the row), so its key still decides.
pub fn key_tells(licence: &LicenceFields) -> bool {
    let maybe_app = matches!(licence.kind, LicenceKind::App | LicenceKind::Server);
    maybe_app && HostProduct::of_host(&licence.product).is_none() && licence.licence_key.is_some()
}

/// Whether a decoded key is an app licence's.
pub fn app_of_key(decoded: &key::DecodedKey) -> Option<AppLicence> {
    if !decoded.licence.is_app() {
        return None;
    }
    Some(AppLicence {
        host_product: decoded
            .licence
            .primary_product()
            .and_then(|p| HostProduct::of_app(&p.namespace)),
    })
}

/// [`app_licence`], taking what `known` says of the key before decoding it.
fn app_licence_known(licence: &LicenceFields, known: &KnownApps) -> Option<AppLicence> {
    if !key_tells(licence) {
        return None;
    }
    let text = licence.licence_key.as_deref()?;
    match known.get(text) {
        Some(app) => *app,
        None => app_of_key(&key::decode(text).ok()?),
    }
}

/// Whether `host` could be the host of an app running on `product` (any host product when the
/// app does not name one).
fn hosts(host: &Licence, product: Option<HostProduct>) -> bool {
    HostProduct::of_host(&host.product)
        .is_some_and(|host_product| product.is_none_or(|p| p == host_product))
}

/// The licences `app` may be linked to by hand: of its organisation, not archived, licences of
/// its host product (of any host product when it names none), and seen by `viewer`.
pub fn host_choices(
    conn: &Connection,
    app: &Licence,
    info: AppLicence,
    viewer: Viewer,
) -> rusqlite::Result<Vec<Licence>> {
    let mut choices = Vec::new();
    for candidate in store::app_hosts::of_organisation(conn, &app.organisation)? {
        if candidate.id == app.id || !hosts(&candidate, info.host_product) {
            continue;
        }
        if viewer.is_admin || store::licences::visible(conn, viewer, candidate.id)?.is_some() {
            choices.push(candidate);
        }
    }
    Ok(choices)
}

/// Links `app` to `host` (or unlinks it), with an audit entry naming both.
pub fn link(
    conn: &Connection,
    who: &Actor,
    app: LicenceId,
    host: Option<&Licence>,
    how: &str,
    now: i64,
) -> rusqlite::Result<()> {
    let before = store::app_hosts::host_of(conn, app)?;
    store::app_hosts::set_host(conn, app, host.map(|h| h.id))?;
    let detail = match host {
        Some(host) => format!(
            "linked to host licence {} ({}){how}",
            host.id,
            host.sen.as_deref().unwrap_or("no SEN")
        ),
        None => format!("unlinked from its host licence{how}"),
    };
    let before_json = json!({ "host_licence_id": before.map(|id| id.0) });
    let after_json = json!({ "host_licence_id": host.map(|h| h.id.0) });
    audit::record(
        conn,
        &audit::Entry {
            licence_id: Some(app),
            detail: &detail,
            before: Some(&before_json),
            after: Some(&after_json),
            ..audit::Entry::new(who, "app-licence-linked")
        },
        now,
    )
}

/// Links `app` to its host when the safe rule (see the module) finds exactly one; returns the
/// host. `may_see` says whether whoever acts may see a licence.
pub fn link_automatically(
    conn: &Connection,
    who: &Actor,
    app: &Licence,
    may_see: &dyn Fn(&Connection, LicenceId) -> rusqlite::Result<bool>,
    now: i64,
) -> rusqlite::Result<Option<LicenceId>> {
    link_automatically_known(conn, who, app, may_see, &KnownApps::new(), now)
}

/// [`link_automatically`], with what an import already knows of its keys.
fn link_automatically_known(
    conn: &Connection,
    who: &Actor,
    app: &Licence,
    may_see: &dyn Fn(&Connection, LicenceId) -> rusqlite::Result<bool>,
    known: &KnownApps,
    now: i64,
) -> rusqlite::Result<Option<LicenceId>> {
    if app.organisation.trim().is_empty() || store::app_hosts::host_of(conn, app.id)?.is_some() {
        return Ok(None);
    }
    let Some(AppLicence {
        host_product: Some(product),
    }) = app_licence_known(app, known)
    else {
        return Ok(None);
    };
    let candidates: Vec<Licence> = store::app_hosts::of_organisation(conn, &app.organisation)?
        .into_iter()
        .filter(|c| c.id != app.id && hosts(c, Some(product)))
        .collect();
    let [host] = candidates.as_slice() else {
        return Ok(None);
    };
    if !may_see(conn, host.id)? {
        return Ok(None);
    }
    link(conn, who, app.id, Some(host), " (automatically)", now)?;
    Ok(Some(host.id))
}

/// After an import: links each app licence it added, and each unlinked app licence of the
/// organisations of the host licences it added, where the safe rule finds the host. `exempt`
/// are added licences whose link an export decided (linked or not): they are left as it says.
pub fn link_after_import(
    conn: &Connection,
    who: &Actor,
    viewer: Option<Viewer>,
    added: &HashSet<LicenceId>,
    exempt: &HashSet<LicenceId>,
    now: i64,
) -> rusqlite::Result<usize> {
    link_after_import_known(conn, who, viewer, added, exempt, &KnownApps::new(), now)
}

/// [`link_after_import`], with what the import knows of the keys it read.
pub fn link_after_import_known(
    conn: &Connection,
    who: &Actor,
    viewer: Option<Viewer>,
    added: &HashSet<LicenceId>,
    exempt: &HashSet<LicenceId>,
    known: &KnownApps,
    now: i64,
) -> rusqlite::Result<usize> {
    let may_see = |conn: &Connection, id: LicenceId| -> rusqlite::Result<bool> {
        Ok(match viewer {
            Some(viewer) if !viewer.is_admin => {
                added.contains(&id) || store::licences::visible(conn, viewer, id)?.is_some()
            }
            _ => true,
        })
    };
    let mut organisations: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut ids: Vec<&LicenceId> = added.iter().collect();
    ids.sort();
    for id in ids {
        if let Some(organisation) = store::licences::organisation_text(conn, *id)?
            && !organisation.trim().is_empty()
            && seen.insert(organisation.clone())
        {
            organisations.push(organisation);
        }
    }
    let mut linked = 0;
    for organisation in organisations {
        // Only app licences are linked: hosts are passed over before their rows are read.
        for (id, product) in store::app_hosts::products_of_organisation(conn, &organisation)? {
            if exempt.contains(&id) || HostProduct::of_host(&product).is_some() {
                continue;
            }
            let Some(licence) = store::licences::by_id(conn, id)? else {
                continue;
            };
            // Linking changes the app licence: one the importer only reads stays as it is.
            let may_change = match viewer {
                Some(viewer) if !viewer.is_admin && !added.contains(&licence.id) => {
                    store::licences::with_access(conn, viewer, licence.id)?
                        .is_some_and(|(_, access)| access.may_manage())
                }
                _ => true,
            };
            if !may_change {
                continue;
            }
            if link_automatically_known(conn, who, &licence, &may_see, known, now)?.is_some() {
                linked += 1;
            }
        }
    }
    Ok(linked)
}

/// An app licence as its host's page lists it.
#[derive(Debug, Clone)]
pub struct HostedApp {
    pub licence: Licence,
    pub findings: Vec<AppFinding>,
}

/// What a licence's page shows about apps: for an app licence, its host (when the viewer may
/// see it) with the findings and the hosts it may be linked to; for a host, the apps on it
/// that the viewer may see, each with its findings.
#[derive(Debug, Clone, Default)]
pub struct AppsOfLicence {
    /// Set for an app licence.
    pub app: Option<AppSide>,
    pub hosted: Vec<HostedApp>,
}

#[derive(Debug, Clone)]
pub struct AppSide {
    pub host_product: Option<HostProduct>,
    /// The host it is linked to, when the viewer may see it.
    pub host: Option<Licence>,
    /// Linked to a host the viewer may not see.
    pub host_hidden: bool,
    pub findings: Vec<AppFinding>,
    pub choices: Vec<Licence>,
}

pub fn of_licence(
    conn: &Connection,
    licence: &Licence,
    viewer: Viewer,
) -> rusqlite::Result<AppsOfLicence> {
    let mut view = AppsOfLicence::default();
    if let Some(info) = app_licence(licence) {
        let host_id = store::app_hosts::host_of(conn, licence.id)?;
        let host = match host_id {
            Some(id) => store::licences::visible(conn, viewer, id)?,
            None => None,
        };
        view.app = Some(AppSide {
            host_product: info.host_product,
            findings: host
                .as_ref()
                .map(|h| apps::findings(licence, h))
                .unwrap_or_default(),
            host_hidden: host_id.is_some() && host.is_none(),
            host,
            choices: host_choices(conn, licence, info, viewer)?,
        });
    }
    for app in store::app_hosts::apps_of(conn, licence.id)? {
        if viewer.is_admin || store::licences::visible(conn, viewer, app.id)?.is_some() {
            view.hosted.push(HostedApp {
                findings: apps::findings(&app, licence),
                licence: app,
            });
        }
    }
    Ok(view)
}
