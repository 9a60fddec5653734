//! App (Marketplace) licences on a licence's page: for an app licence its host, what is wrong
//! with it there and the form that links it; for a host the apps that run on it. Also the
//! confirmation of a link.

use maud::{Markup, html};

use super::dates::{Today, date_with_hint};
use super::fields::post_form;
use super::tier_shown;
use crate::domain::Licence;
use crate::domain::apps::{AppFinding, HostProduct, SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM};
use crate::i18n::Language;
use crate::i18n::format;
use crate::inventory::apps::{AppSide, AppsOfLicence};
use crate::paths::Route;
use crate::views::components::{ConfirmActions, licence_subject};

/// A licence named with its SEN: "Confluence (Data Center) 500 Users (SEN-1)".
fn named(lang: Language, licence: &Licence) -> String {
    match &licence.sen {
        Some(sen) => crate::tr!(
            lang,
            "portal-name-with-detail",
            name = licence.name.as_str(),
            detail = sen.as_str()
        ),
        None => licence.name.clone(),
    }
}

/// The host product in words.
fn host_product_name(lang: Language, product: HostProduct) -> String {
    match product {
        HostProduct::Jira => crate::tr!(lang, "apps-host-jira"),
        HostProduct::Confluence => crate::tr!(lang, "apps-host-confluence"),
        HostProduct::Bitbucket => crate::tr!(lang, "apps-host-bitbucket"),
        HostProduct::Bamboo => crate::tr!(lang, "apps-host-bamboo"),
        HostProduct::Crowd => crate::tr!(lang, "apps-host-crowd"),
        HostProduct::FisheyeCrucible => crate::tr!(lang, "apps-host-fisheye-crucible"),
    }
}

/// A finding in words.
pub fn finding(lang: Language, finding: &AppFinding) -> String {
    match *finding {
        AppFinding::TierBelowHost { app, host } => crate::tr!(
            lang,
            "apps-finding-tier-below-host",
            app = tier_shown(lang, Some(app)),
            host = tier_shown(lang, host)
        ),
        AppFinding::ServerAppOnDataCenterHost {
            started: Some(started),
        } => crate::tr!(
            lang,
            "apps-finding-server-app-on-data-center",
            cutoff = format::date(lang, SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM),
            started = format::date(lang, started)
        ),
        AppFinding::ServerAppOnDataCenterHost { started: None } => crate::tr!(
            lang,
            "apps-finding-server-app-on-data-center-undated",
            cutoff = format::date(lang, SERVER_APPS_REFUSED_ON_DATA_CENTER_FROM)
        ),
        AppFinding::SupportEndsBeforeHost { app, host } => crate::tr!(
            lang,
            "apps-finding-support-before-host",
            app = format::date(lang, app),
            host = format::date(lang, host)
        ),
    }
}

fn findings_list(lang: Language, findings: &[AppFinding]) -> Markup {
    html! {
        @if findings.is_empty() {
            span.muted { (crate::tr!(lang, "apps-no-findings")) }
        } @else {
            ul.findings {
                @for f in findings {
                    li data-finding=(f.code()) { (finding(lang, f)) }
                }
            }
        }
    }
}

/// The section of a licence's page: nothing for a licence that is neither an app licence nor
/// the host of an app the viewer may see.
pub fn section(
    lang: Language,
    licence: &Licence,
    apps: &AppsOfLicence,
    today: &Today,
    csrf: &str,
) -> Markup {
    html! {
        @if let Some(app) = &apps.app {
            (app_side(lang, licence, app, csrf))
        }
        @if !apps.hosted.is_empty() {
            h2 #apps { (crate::tr!(lang, "apps-hosted-heading")) }
            table.compact.apps {
                thead { tr {
                    th { (crate::tr!(lang, "apps-col-app")) }
                    th { (crate::tr!(lang, "portal-sen")) }
                    th { (crate::tr!(lang, "portal-user-tier")) }
                    th { (crate::tr!(lang, "portal-support-expires")) }
                    th { (crate::tr!(lang, "apps-col-findings")) }
                } }
                tbody {
                    @for hosted in &apps.hosted {
                        tr {
                            td { a href=(Route::Licence(hosted.licence.id).path()) { (hosted.licence.name) } }
                            td { (hosted.licence.sen.as_deref().unwrap_or("—")) }
                            td { (tier_shown(lang, hosted.licence.user_tier)) }
                            td { (date_with_hint(lang, hosted.licence.support_expiry, today.date, true)) }
                            td { (findings_list(lang, &hosted.findings)) }
                        }
                    }
                }
            }
        }
    }
}

fn app_side(lang: Language, licence: &Licence, app: &AppSide, csrf: &str) -> Markup {
    html! {
        h2 #host { (crate::tr!(lang, "apps-host-heading")) }
        p.hint { (crate::tr!(lang, "apps-is-app-licence")) }
        dl.facts {
            dt { (crate::tr!(lang, "apps-host-product")) }
            dd {
                @match app.host_product {
                    Some(product) => (host_product_name(lang, product)),
                    None => (crate::tr!(lang, "apps-host-product-unknown")),
                }
            }
            dt { (crate::tr!(lang, "apps-runs-on")) }
            dd {
                @if let Some(host) = &app.host {
                    a #host-link href=(Route::Licence(host.id).path()) { (named(lang, host)) }
                } @else if app.host_hidden {
                    (crate::tr!(lang, "apps-host-hidden"))
                } @else {
                    (crate::tr!(lang, "apps-not-linked"))
                }
            }
            @if app.host.is_some() {
                dt { (crate::tr!(lang, "apps-col-findings")) }
                dd { (findings_list(lang, &app.findings)) }
            }
        }
        @if app.choices.is_empty() {
            p.muted { (crate::tr!(lang, "apps-no-choices")) }
        } @else {
            (post_form(&Route::LicenceHost(licence.id).path(), csrf, "inline", html! {
                label for="host" { (crate::tr!(lang, "apps-choose-host")) } " "
                select #host name="host" {
                    @for choice in &app.choices {
                        option value=(choice.id) selected[app.host.as_ref().is_some_and(|h| h.id == choice.id)] {
                            (named(lang, choice))
                        }
                    }
                    @if app.host.is_some() {
                        option value="none" { (crate::tr!(lang, "apps-no-host")) }
                    }
                }
                " " button type="submit" { (crate::tr!(lang, "apps-link-button")) }
                p.hint { (crate::tr!(lang, "apps-choose-hint")) }
            }))
        }
    }
}

/// The confirmation of a link (`host`), or of an unlink (`None`).
pub fn confirm(lang: Language, app: &Licence, host: Option<&Licence>, csrf: &str) -> Markup {
    html! {
        p.breadcrumb { a href=(Route::Licence(app.id).path()) { (app.name) } }
        h1 { (crate::tr!(lang, "apps-confirm-title")) }
        (licence_subject(lang, app))
        p.lead {
            @match host {
                Some(host) => (crate::tr!(lang, "apps-confirm-link", app = named(lang, app), host = named(lang, host))),
                None => (crate::tr!(lang, "apps-confirm-unlink", app = named(lang, app))),
            }
        }
        (post_form(&Route::LicenceHost(app.id).path(), csrf, "confirm", html! {
            input type="hidden" name="host" value=(host.map_or_else(|| "none".to_owned(), |h| h.id.to_string()));
            input type="hidden" name="confirm" value="yes";
            (ConfirmActions {
                confirm: &crate::tr!(lang, "apps-confirm-button"),
                danger: host.is_none(),
                cancel: &crate::tr!(lang, "portal-cancel"),
                cancel_href: &Route::Licence(app.id).path(),
            })
        }))
    }
}
