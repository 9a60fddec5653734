//! The forms behind the licence actions: adding a licence (pasted key or by hand), a new
//! evaluation, the Server ID gate, renew, upgrade, extending an evaluation, adding a key,
//! developer licences, and the archive confirmation.

use maud::{Markup, html};

use super::dates::date_with_hint;
use super::details::progress_text;
use super::fields::{
    FormState, checkbox, date, key_fields, order_fields, post_form, prose_textarea, select, text,
};
use super::{Today, tier};
use crate::domain::terms::{
    self, EVALUATION_PRODUCTS, RENEWAL_TERMS_MONTHS, evaluation_latest_expiry, evaluation_progress,
    renewed_expiry,
};
use crate::domain::{Licence, Section};
use crate::i18n::{Language, format};
use crate::paths::Route;
use crate::views::components::{ConfirmActions, error_summary, licence_subject};

fn back(licence: &Licence) -> Markup {
    html! {
        p.breadcrumb { a href=(Route::Licence(licence.id).path()) { "← " (licence.name) } }
    }
}

fn deployment_options(lang: Language) -> Vec<(String, String)> {
    vec![
        ("server".into(), crate::tr!(lang, "portal-server")),
        ("data-center".into(), crate::tr!(lang, "portal-data-center")),
    ]
}

/// Add a licence: paste its key, or enter its fields by hand.
pub fn add(lang: Language, csrf: &str, by_key: &FormState, by_hand: &FormState) -> Markup {
    let types: Vec<(String, String)> = crate::domain::LicenceType::BY_HAND
        .iter()
        .map(|v| {
            (
                v.as_str().to_owned(),
                crate::views::licences::licence_type_name(lang, v).to_owned(),
            )
        })
        .collect();
    html! {
        p.breadcrumb { a href=(Route::licences().path()) { (crate::tr!(lang, "portal-back-to-list")) } }
        h1 { (crate::tr!(lang, "portal-add-licence-title")) }
        section aria-labelledby="by-key" {
            h2 #by-key { (crate::tr!(lang, "portal-add-by-key-title")) }
            p.lead { (crate::tr!(lang, "portal-add-by-key-intro")) }
            (error_summary(lang, by_key.errors()))
            (post_form(&Route::NewLicenceByKey.path(), csrf, "stack", html! {
                (key_fields(lang, by_key, &crate::tr!(lang, "portal-licence-key"), true))
                div { button.primary type="submit" { (crate::tr!(lang, "portal-add-licence-button")) } }
            }))
        }
        section aria-labelledby="by-hand" {
            h2 #by-hand { (crate::tr!(lang, "portal-add-by-hand-title")) }
            p.lead { (crate::tr!(lang, "portal-add-by-hand-intro")) }
            (error_summary(lang, by_hand.errors()))
            (post_form(&Route::NewLicenceByHand.path(), csrf, "stack", html! {
                (text(by_hand, "product", &crate::tr!(lang, "portal-product"), Some(&crate::tr!(lang, "portal-product-hint")), true))
                (text(by_hand, "name", &crate::tr!(lang, "portal-licence-name"), Some(&crate::tr!(lang, "portal-licence-name-hint")), false))
                (select(by_hand, "licence_type", &crate::tr!(lang, "portal-licence-type"), &types, None))
                (select(by_hand, "deployment", &crate::tr!(lang, "portal-deployment"), &deployment_options(lang), None))
                (text(by_hand, "user_tier", &crate::tr!(lang, "portal-user-tier"), Some(&crate::tr!(lang, "portal-user-tier-hint")), true))
                (text(by_hand, "sen", &crate::tr!(lang, "portal-sen"), Some(&crate::tr!(lang, "portal-sen-hint")), false))
                (text(by_hand, "server_id", &crate::tr!(lang, "portal-server-id"), Some(&crate::tr!(lang, "portal-server-id-hint")), false))
                (text(by_hand, "organisation", &crate::tr!(lang, "portal-organisation"), None, true))
                (text(by_hand, "licensed_to", &crate::tr!(lang, "portal-licensed-to"), None, false))
                (date(by_hand, "purchase_date", &crate::tr!(lang, "portal-purchase-date"), Some(&crate::tr!(lang, "portal-purchase-date-hint")), false))
                (date(by_hand, "support_expiry", &crate::tr!(lang, "portal-support-expires"), Some(&crate::tr!(lang, "portal-date-field-hint")), true))
                (text(by_hand, "support_level", &crate::tr!(lang, "portal-support-level"), Some(&crate::tr!(lang, "portal-support-level-hint")), false))
                (checkbox(by_hand, "auto_renew", &crate::tr!(lang, "portal-auto-renew"), None))
                div { button.primary type="submit" { (crate::tr!(lang, "portal-add-licence-button")) } }
            }))
        }
    }
}

/// A new evaluation licence: product, deployment and Server ID; 30 days from today.
pub fn new_evaluation(lang: Language, today: &Today, csrf: &str, state: &FormState) -> Markup {
    let products: Vec<(String, String)> = EVALUATION_PRODUCTS
        .iter()
        .map(|p| (p.to_string(), p.to_string()))
        .collect();
    let until = terms::evaluation_expiry(today.date)
        .map(|d| format::date(lang, d))
        .unwrap_or_default();
    html! {
        p.breadcrumb { a href=(Route::section(Section::Evaluations).path()) { (crate::tr!(lang, "portal-back-to-evaluations")) } }
        h1 { (crate::tr!(lang, "portal-new-evaluation-title")) }
        p.lead { (crate::tr!(lang, "portal-new-evaluation-intro", until = until.as_str())) }
        (post_form(&Route::NewEvaluation.path(), csrf, "stack", html! {
            (select(state, "product", &crate::tr!(lang, "portal-product"), &products, None))
            (select(state, "deployment", &crate::tr!(lang, "portal-deployment"), &deployment_options(lang), None))
            (text(state, "server_id", &crate::tr!(lang, "portal-server-id"), Some(&crate::tr!(lang, "portal-server-id-hint")), true))
            div { button.primary type="submit" { (crate::tr!(lang, "portal-start-evaluation")) } }
        }))
    }
}

/// The Server ID gate (seed 000): the Server ID of the installation, and optionally why the
/// licence was bought; then the key is shown.
pub fn gate(lang: Language, licence: &Licence, csrf: &str, state: &FormState) -> Markup {
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-gate-title")) }
        p.lead { (crate::tr!(lang, "portal-gate-intro")) }
        (licence_subject(lang, licence))
        p { (crate::tr!(lang, "details-gate-where-intro")) }
        ul.server-id-where {
            li { (crate::tr!(lang, "details-gate-where-jira")) }
            li { (crate::tr!(lang, "details-gate-where-confluence")) }
            li { (crate::tr!(lang, "details-gate-where-bitbucket")) }
            li { (crate::tr!(lang, "details-gate-where-bamboo")) }
            li { (crate::tr!(lang, "details-gate-where-crowd")) }
            li { (crate::tr!(lang, "details-gate-where-fisheye")) }
        }
        (post_form(&Route::LicenceKey(licence.id).path(), csrf, "stack", html! {
            (text(state, "server_id", &crate::tr!(lang, "portal-server-id"), Some(&crate::tr!(lang, "details-gate-server-id-hint")), true))
            (prose_textarea(state, "reason_for_purchase", &crate::tr!(lang, "portal-reason-for-purchase-optional"),
                      Some(&crate::tr!(lang, "portal-reason-for-purchase-hint")), false))
            div { button.primary type="submit" { (crate::tr!(lang, "portal-gate-button")) } }
        }))
    }
}

/// Renew: a term from the previous expiry date, an optional new key, the order's details.
pub fn renew(
    lang: Language,
    licence: &Licence,
    today: &Today,
    csrf: &str,
    state: &FormState,
) -> Markup {
    let from = licence.support_expiry.unwrap_or(today.date);
    let terms_offered: Vec<(String, String)> = RENEWAL_TERMS_MONTHS
        .iter()
        .map(|months| {
            let until = renewed_expiry(from, *months)
                .map(|d| format::date(lang, d))
                .unwrap_or_default();
            let label = crate::tr!(
                lang,
                "portal-term-months",
                n = months,
                until = until.as_str()
            );
            (months.to_string(), label)
        })
        .collect();
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-renew-title")) }
        @if licence.support_expiry.is_some() {
            p.lead { (crate::tr!(lang, "portal-renew-intro")) }
            p {
                (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-support-expires")))
                (date_with_hint(lang, licence.support_expiry, today.date, true))
            }
        } @else {
            p.lead { (crate::tr!(lang, "portal-renew-no-expiry")) }
        }
        (error_summary(lang, state.errors()))
        (post_form(&Route::LicenceRenew(licence.id).path(), csrf, "stack", html! {
            (select(state, "months", &crate::tr!(lang, "portal-term-label"), &terms_offered, Some(&crate::tr!(lang, "portal-term-hint"))))
            (key_fields(lang, state, &crate::tr!(lang, "portal-renewed-key-optional"), false))
            (order_fields(lang, state))
            div { button.primary type="submit" { (crate::tr!(lang, "portal-renew-button")) } }
        }))
    }
}

/// Upgrade: a higher user tier, an optional new key, the order's details.
pub fn upgrade(lang: Language, licence: &Licence, csrf: &str, state: &FormState) -> Markup {
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-upgrade-title")) }
        @if licence.user_tier.is_none() {
            // Unlimited users is the highest tier: there is nothing to upgrade to.
            p.notice.upgrade-unlimited { (crate::tr!(lang, "details-upgrade-unlimited")) }
            p { a href=(Route::Licence(licence.id).path()) { (crate::tr!(lang, "portal-cancel")) } }
        } @else {
        p.lead { (crate::tr!(lang, "portal-upgrade-intro", tier = tier(lang, licence))) }
        (error_summary(lang, state.errors()))
        (post_form(&Route::LicenceUpgrade(licence.id).path(), csrf, "stack", html! {
            (text(state, "user_tier", &crate::tr!(lang, "portal-new-user-tier"), Some(&crate::tr!(lang, "portal-user-tier-hint")), true))
            (key_fields(lang, state, &crate::tr!(lang, "portal-upgraded-key-optional"), false))
            (order_fields(lang, state))
            div { button.primary type="submit" { (crate::tr!(lang, "portal-upgrade-button")) } }
        }))
        }
    }
}

/// Extend an evaluation to a later date, at most 90 days after it started.
pub fn extend(
    lang: Language,
    licence: &Licence,
    today: &Today,
    csrf: &str,
    state: &FormState,
) -> Markup {
    let start = licence.purchase_date.unwrap_or(today.date);
    let expiry = licence.licence_expiry.unwrap_or(today.date);
    let latest = evaluation_latest_expiry(start)
        .map(|d| format::date(lang, d))
        .unwrap_or_default();
    let progress = evaluation_progress(start, expiry, today.date);
    let hint = crate::tr!(lang, "portal-extend-hint", latest = latest.as_str());
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-extend-title")) }
        p.lead { (progress_text(lang, &progress)) }
        p {
            (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-licence-expires"))) (date_with_hint(lang, licence.licence_expiry, today.date, true))
        }
        p { (crate::tr!(lang, "portal-extend-limit", latest = latest.as_str(), max = terms::EVALUATION_MAX_DAYS)) }
        @if progress.extendable == 0 {
            p.notice.warn { (crate::tr!(lang, "portal-extend-used-up")) }
        } @else {
            (post_form(&Route::LicenceExtend(licence.id).path(), csrf, "stack", html! {
                (date(state, "licence_expiry", &crate::tr!(lang, "portal-new-expiry-date"), Some(&hint), true))
                div { button.primary type="submit" { (crate::tr!(lang, "portal-extend-button")) } }
            }))
        }
    }
}

/// Add the key of a licence that has none yet (an evaluation's key when it arrives).
pub fn attach_key(lang: Language, licence: &Licence, csrf: &str, state: &FormState) -> Markup {
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-attach-key-title")) }
        p.lead { (crate::tr!(lang, "portal-attach-key-intro")) }
        (post_form(&Route::LicenceAttachKey(licence.id).path(), csrf, "stack", html! {
            (key_fields(lang, state, &crate::tr!(lang, "portal-licence-key"), true))
            div { button.primary type="submit" { (crate::tr!(lang, "portal-attach-key-button")) } }
        }))
    }
}

/// What the developer licences page shows.
pub struct DeveloperView<'a> {
    pub licence: &'a Licence,
    pub developers: &'a [Licence],
    /// Developer licences in the portal linked to no production licence, that the viewer may
    /// change: the ones "Link" offers.
    pub linkable: &'a [Licence],
    pub today: &'a Today,
    pub csrf: &'a str,
    pub state: &'a FormState,
}

/// A licence as a choice or a row names it: its name, with its SEN when it has one.
fn name_with_sen(lang: Language, licence: &Licence) -> String {
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

/// The developer licences of a production licence: unlinking one, linking one already in the
/// portal, and adding one from its key.
pub fn developer(lang: Language, view: &DeveloperView<'_>) -> Markup {
    let licence = view.licence;
    let action = Route::LicenceDeveloper(licence.id).path();
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-developer-title")) }
        p.lead { (crate::tr!(lang, "portal-developer-intro")) }
        @if view.developers.is_empty() {
            p.empty { (crate::tr!(lang, "portal-developer-none")) }
        } @else {
            div.scroll {
            table {
                thead { tr {
                    th { (crate::tr!(lang, "portal-col-name")) } th { (crate::tr!(lang, "portal-sen")) } th { (crate::tr!(lang, "portal-col-support-expires")) } th.optional { (crate::tr!(lang, "portal-server-id")) }
                    th { span.vh { (crate::tr!(lang, "portal-actions")) } }
                } }
                tbody {
                    @for developer in view.developers {
                        tr {
                            td { a href=(Route::Licence(developer.id).path()) { (developer.name) }
                                 (super::marks(lang, developer)) }
                            td.nowrap { (developer.sen.as_deref().unwrap_or("—")) }
                            td.nowrap { (date_with_hint(lang, developer.support_expiry, view.today.date, true)) }
                            td.optional { code.server-id { (developer.server_id.as_deref().unwrap_or("—")) } }
                            td.actions {
                                (post_form(&action, view.csrf, "inline", html! {
                                    input type="hidden" name="action" value="unlink";
                                    input type="hidden" name="developer" value=(developer.id);
                                    button.link type="submit" {
                                        (crate::tr!(lang, "details-developer-unlink-button"))
                                        span.vh { " " (developer.name) }
                                    }
                                }))
                            }
                        }
                    }
                }
            }
            }
        }
        @if !view.linkable.is_empty() {
            h2 #link-developer { (crate::tr!(lang, "details-developer-link-heading")) }
            (post_form(&action, view.csrf, "stack", html! {
                input type="hidden" name="action" value="link";
                div {
                    label for="field-developer" { (crate::tr!(lang, "details-developer-link-label")) }
                    select #field-developer name="developer" {
                        @for candidate in view.linkable {
                            option value=(candidate.id) { (name_with_sen(lang, candidate)) }
                        }
                    }
                    p.hint { (crate::tr!(lang, "details-developer-link-hint")) }
                }
                div { button.primary type="submit" { (crate::tr!(lang, "details-developer-link-button")) } }
            }))
        }
        h2 { (crate::tr!(lang, "portal-developer-add-title")) }
        (post_form(&action, view.csrf, "stack", html! {
            (key_fields(lang, view.state, &crate::tr!(lang, "portal-developer-key"), true))
            div { button.primary type="submit" { (crate::tr!(lang, "portal-developer-add-button")) } }
        }))
    }
}

/// The confirmation of linking (`link`) a developer licence to a production licence, or of
/// unlinking it.
pub fn developer_confirm(
    lang: Language,
    production: &Licence,
    developer: &Licence,
    link: bool,
    csrf: &str,
) -> Markup {
    let developer_name = name_with_sen(lang, developer);
    let production_name = name_with_sen(lang, production);
    html! {
        (back(production))
        @if link {
            h1 { (crate::tr!(lang, "details-developer-link-title")) }
        } @else {
            h1 { (crate::tr!(lang, "details-developer-unlink-title")) }
        }
        (licence_subject(lang, developer))
        @if link {
            p.lead { (crate::tr!(lang, "details-developer-link-intro", developer = developer_name.as_str(), production = production_name.as_str())) }
        } @else {
            p.lead { (crate::tr!(lang, "details-developer-unlink-intro", developer = developer_name.as_str(), production = production_name.as_str())) }
        }
        (post_form(&Route::LicenceDeveloper(production.id).path(), csrf, "confirm", html! {
            input type="hidden" name="action" value=(if link { "link" } else { "unlink" });
            input type="hidden" name="developer" value=(developer.id);
            input type="hidden" name="confirm" value="yes";
            (ConfirmActions {
                confirm: &if link { crate::tr!(lang, "details-developer-link-confirm") } else { crate::tr!(lang, "details-developer-unlink-confirm") },
                danger: !link,
                cancel: &crate::tr!(lang, "portal-cancel"),
                cancel_href: &Route::LicenceDeveloper(production.id).path(),
            })
        }))
    }
}

/// Archive: says exactly what will happen before it does.
pub fn archive(lang: Language, licence: &Licence, contact_count: usize, csrf: &str) -> Markup {
    let sen = licence.sen.as_deref().unwrap_or("—");
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-archive-title")) }
        (licence_subject(lang, licence))
        p.lead { (crate::tr!(lang, "portal-archive-intro", name = licence.name.as_str(), sen = sen)) }
        ul {
            li { (crate::tr!(lang, "portal-archive-moves")) }
            li { (crate::tr!(lang, "portal-archive-contacts", n = contact_count)) }
            li { (crate::tr!(lang, "portal-archive-keeps")) }
            li { (crate::tr!(lang, "portal-archive-restore")) }
        }
        (post_form(&Route::LicenceArchive(licence.id).path(), csrf, "confirm", html! {
            (ConfirmActions {
                confirm: &crate::tr!(lang, "portal-archive-button"),
                danger: true,
                cancel: &crate::tr!(lang, "portal-cancel"),
                cancel_href: &Route::Licence(licence.id).path(),
            })
        }))
    }
}
