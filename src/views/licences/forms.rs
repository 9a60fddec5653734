//! The forms behind the licence actions: adding a licence (pasted key or by hand), a new
//! evaluation, the Server ID gate, renew, upgrade, extending an evaluation, adding a key,
//! developer licences, and the archive confirmation.

use maud::{Markup, html};

use super::dates::date_with_hint;
use super::details::progress_text;
use super::fields::{
    FormState, checkbox, date, key_fields, order_fields, post_form, select, text, textarea,
};
use super::{Today, tier};
use crate::domain::terms::{
    self, EVALUATION_PRODUCTS, RENEWAL_TERMS_MONTHS, evaluation_latest_expiry, evaluation_progress,
    renewed_expiry,
};
use crate::domain::{Licence, Section};
use crate::i18n::{PortalCatalogue, fill};
use crate::paths::Route;

fn back(licence: &Licence) -> Markup {
    html! {
        p.breadcrumb { a href=(Route::Licence(licence.id).path()) { "← " (licence.name) } }
    }
}

fn deployment_options(t: &PortalCatalogue) -> Vec<(String, String)> {
    vec![
        ("server".into(), t.server.into()),
        ("data-center".into(), t.data_center.into()),
    ]
}

/// Add a licence: paste its key, or enter its fields by hand.
pub fn add(t: &PortalCatalogue, csrf: &str, by_key: &FormState, by_hand: &FormState) -> Markup {
    let types: Vec<(String, String)> = crate::domain::LicenceType::BY_HAND
        .iter()
        .map(|v| (v.as_str().to_owned(), t.licence_type(v).to_owned()))
        .collect();
    html! {
        p.breadcrumb { a href=(Route::licences().path()) { (t.back_to_list) } }
        h1 { (t.add_licence_title) }
        section aria-labelledby="by-key" {
            h2 #by-key { (t.add_by_key_title) }
            p.lead { (t.add_by_key_intro) }
            (post_form(&Route::NewLicenceByKey.path(), csrf, "stack", html! {
                (key_fields(t, by_key, t.licence_key, true))
                div { button.primary type="submit" { (t.add_licence_button) } }
            }))
        }
        section aria-labelledby="by-hand" {
            h2 #by-hand { (t.add_by_hand_title) }
            p.lead { (t.add_by_hand_intro) }
            (post_form(&Route::NewLicenceByHand.path(), csrf, "stack", html! {
                (text(by_hand, "product", t.product, Some(t.product_hint), true))
                (text(by_hand, "name", t.licence_name, Some(t.licence_name_hint), false))
                (select(by_hand, "licence_type", t.licence_type, &types, None))
                (select(by_hand, "deployment", t.deployment, &deployment_options(t), None))
                (text(by_hand, "user_tier", t.user_tier, Some(t.user_tier_hint), true))
                (text(by_hand, "sen", t.sen, Some(t.sen_hint), false))
                (text(by_hand, "server_id", t.server_id, Some(t.server_id_hint), false))
                (text(by_hand, "organisation", t.organisation, None, true))
                (text(by_hand, "licensed_to", t.licensed_to, None, false))
                (date(by_hand, "purchase_date", t.purchase_date, Some(t.purchase_date_hint), false))
                (date(by_hand, "support_expiry", t.support_expires, Some(t.date_hint), true))
                (text(by_hand, "support_level", t.support_level, Some(t.support_level_hint), false))
                (checkbox(by_hand, "auto_renew", t.auto_renew, None))
                div { button.primary type="submit" { (t.add_licence_button) } }
            }))
        }
    }
}

/// A new evaluation licence: product, deployment and Server ID; 30 days from today.
pub fn new_evaluation(t: &PortalCatalogue, today: &Today, csrf: &str, state: &FormState) -> Markup {
    let products: Vec<(String, String)> = EVALUATION_PRODUCTS
        .iter()
        .map(|p| (p.to_string(), p.to_string()))
        .collect();
    let until = terms::evaluation_expiry(today.date)
        .map(|d| d.to_string())
        .unwrap_or_default();
    html! {
        p.breadcrumb { a href=(Route::section(Section::Evaluations).path()) { (t.back_to_evaluations) } }
        h1 { (t.new_evaluation_title) }
        p.lead { (fill(t.new_evaluation_intro, &[("until", &until)])) }
        (post_form(&Route::NewEvaluation.path(), csrf, "stack", html! {
            (select(state, "product", t.product, &products, None))
            (select(state, "deployment", t.deployment, &deployment_options(t), None))
            (text(state, "server_id", t.server_id, Some(t.server_id_hint), true))
            div { button.primary type="submit" { (t.start_evaluation) } }
        }))
    }
}

/// The Server ID gate (seed 000): the Server ID of the installation, and optionally why the
/// licence was bought; then the key is shown.
pub fn gate(t: &PortalCatalogue, licence: &Licence, csrf: &str, state: &FormState) -> Markup {
    html! {
        (back(licence))
        h1 { (t.gate_title) }
        p.lead { (t.gate_intro) }
        p { (t.gate_where) }
        (post_form(&Route::LicenceKey(licence.id).path(), csrf, "stack", html! {
            (text(state, "server_id", t.server_id, Some(t.server_id_hint), true))
            (textarea(state, "reason_for_purchase", t.reason_for_purchase_optional,
                      Some(t.reason_for_purchase_hint), false))
            div { button.primary type="submit" { (t.gate_button) } }
        }))
    }
}

/// Renew: a term from the previous expiry date, an optional new key, the order's details.
pub fn renew(
    t: &PortalCatalogue,
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
                .map(|d| d.to_string())
                .unwrap_or_default();
            let label = if *months == 1 {
                fill(t.term_one_month, &[("until", &until)])
            } else {
                fill(t.term_months, &[("n", months), ("until", &until)])
            };
            (months.to_string(), label)
        })
        .collect();
    html! {
        (back(licence))
        h1 { (t.renew_title) }
        p.lead {
            @if licence.support_expiry.is_some() {
                (t.renew_intro) " " (t.support_expires) ": "
                (date_with_hint(t, licence.support_expiry, today.date, true))
            } @else {
                (t.renew_no_expiry)
            }
        }
        (post_form(&Route::LicenceRenew(licence.id).path(), csrf, "stack", html! {
            (select(state, "months", t.term_label, &terms_offered, Some(t.term_hint)))
            (key_fields(t, state, t.renewed_key_optional, false))
            (order_fields(t, state))
            div { button.primary type="submit" { (t.renew_button) } }
        }))
    }
}

/// Upgrade: a higher user tier, an optional new key, the order's details.
pub fn upgrade(t: &PortalCatalogue, licence: &Licence, csrf: &str, state: &FormState) -> Markup {
    html! {
        (back(licence))
        h1 { (t.upgrade_title) }
        p.lead { (fill(t.upgrade_intro, &[("tier", &tier(licence))])) }
        (post_form(&Route::LicenceUpgrade(licence.id).path(), csrf, "stack", html! {
            (text(state, "user_tier", t.new_user_tier, Some(t.user_tier_hint), true))
            (key_fields(t, state, t.upgraded_key_optional, false))
            (order_fields(t, state))
            div { button.primary type="submit" { (t.upgrade_button) } }
        }))
    }
}

/// Extend an evaluation to a later date, at most 90 days after it started.
pub fn extend(
    t: &PortalCatalogue,
    licence: &Licence,
    today: &Today,
    csrf: &str,
    state: &FormState,
) -> Markup {
    let start = licence.purchase_date.unwrap_or(today.date);
    let expiry = licence.licence_expiry.unwrap_or(today.date);
    let latest = evaluation_latest_expiry(start)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let progress = evaluation_progress(start, expiry, today.date);
    let hint = fill(t.extend_hint, &[("latest", &latest)]);
    html! {
        (back(licence))
        h1 { (t.extend_title) }
        p.lead { (progress_text(t, &progress)) }
        p {
            (t.licence_expires) ": " (date_with_hint(t, licence.licence_expiry, today.date, true))
            ". " (fill(t.extend_limit, &[("latest", &latest), ("max", &terms::EVALUATION_MAX_DAYS)]))
        }
        @if progress.extendable == 0 {
            p.notice.warn { (t.extend_used_up) }
        } @else {
            (post_form(&Route::LicenceExtend(licence.id).path(), csrf, "stack", html! {
                (date(state, "licence_expiry", t.new_expiry_date, Some(&hint), true))
                div { button.primary type="submit" { (t.extend_button) } }
            }))
        }
    }
}

/// Add the key of a licence that has none yet (an evaluation's key when it arrives).
pub fn attach_key(t: &PortalCatalogue, licence: &Licence, csrf: &str, state: &FormState) -> Markup {
    html! {
        (back(licence))
        h1 { (t.attach_key_title) }
        p.lead { (t.attach_key_intro) }
        (post_form(&Route::LicenceAttachKey(licence.id).path(), csrf, "stack", html! {
            (key_fields(t, state, t.licence_key, true))
            div { button.primary type="submit" { (t.attach_key_button) } }
        }))
    }
}

/// The developer licences of a production licence, and adding one from its key.
pub fn developer(
    t: &PortalCatalogue,
    licence: &Licence,
    developers: &[Licence],
    today: &Today,
    csrf: &str,
    state: &FormState,
) -> Markup {
    html! {
        (back(licence))
        h1 { (t.developer_title) }
        p.lead { (t.developer_intro) }
        @if developers.is_empty() {
            p.empty { (t.developer_none) }
        } @else {
            table {
                thead { tr {
                    th { (t.col_name) } th { (t.sen) } th { (t.col_support_expires) } th.optional { (t.server_id) }
                } }
                tbody {
                    @for developer in developers {
                        tr {
                            td { a href=(Route::Licence(developer.id).path()) { (developer.name) }
                                 (super::marks(t, developer)) }
                            td { (developer.sen.as_deref().unwrap_or("—")) }
                            td { (date_with_hint(t, developer.support_expiry, today.date, true)) }
                            td.optional { code { (developer.server_id.as_deref().unwrap_or("—")) } }
                        }
                    }
                }
            }
        }
        h2 { (t.developer_add_title) }
        (post_form(&Route::LicenceDeveloper(licence.id).path(), csrf, "stack", html! {
            (key_fields(t, state, t.developer_key, true))
            div { button.primary type="submit" { (t.developer_add_button) } }
        }))
    }
}

/// Archive: says exactly what will happen before it does.
pub fn archive(t: &PortalCatalogue, licence: &Licence, contact_count: usize, csrf: &str) -> Markup {
    let sen = licence.sen.as_deref().unwrap_or("—");
    html! {
        (back(licence))
        h1 { (t.archive_title) }
        p.lead { (fill(t.archive_intro, &[("name", &licence.name), ("sen", &sen)])) }
        ul {
            li { (t.archive_moves) }
            li { (fill(t.archive_contacts, &[("n", &contact_count)])) }
            li { (t.archive_keeps) }
            li { (t.archive_restore) }
        }
        (post_form(&Route::LicenceArchive(licence.id).path(), csrf, "inline", html! {
            button.primary.danger type="submit" { (t.archive_button) }
            " " a href=(Route::Licence(licence.id).path()) { (t.cancel) }
        }))
    }
}
