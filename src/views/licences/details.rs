//! A licence's own page (/licences/{id}): its details with the organisation, Server ID and notes
//! editable, the key behind the Server ID gate, the decoded key's facts, contacts, actions,
//! and the Server ID and key histories.

use maud::{Markup, html};

use super::dates::{date_with_hint, support_badge};
use super::fields::{FormState, post_form, text, textarea};
use super::{Today, marks, tier};
use crate::domain::licence_history::ServerIdChange;
use crate::domain::orders::Order;
use crate::domain::terms::{EvaluationProgress, evaluation_progress};
use crate::domain::{Licence, Section};
use crate::i18n::{PortalCatalogue, fill};
use crate::inventory::pasted_key::KeyFacts;
use crate::paths::Route;

/// How much of the key the viewer sees.
pub enum KeyView<'a> {
    /// The licence has no key yet.
    None,
    /// The Server ID gate has not been passed: only the key's first characters.
    Hidden {
        start: &'a str,
    },
    Shown(&'a str),
}

/// One replaced key beside the key that replaced it.
pub struct KeyComparison {
    pub replaced_at: i64,
    pub replaced_by: String,
    pub reason: String,
    pub old: Option<KeyFacts>,
    pub new: Option<KeyFacts>,
    /// "Restore this key", for an administrator or a primary contact.
    pub restore: Option<String>,
}

pub struct DetailsView<'a> {
    pub licence: &'a Licence,
    pub today: &'a Today,
    pub key: KeyView<'a>,
    pub key_facts: Option<&'a KeyFacts>,
    /// The contacts section (contacts and mail render it; it has its own forms).
    pub contacts: Markup,
    /// Where the licence is installed, as diagnoses recorded it.
    pub installed_at: Markup,
    pub server_id_history: &'a [ServerIdChange],
    pub key_history: &'a [KeyComparison],
    pub orders: &'a [Order],
    /// For a developer licence: its production licence, when the viewer may see it.
    pub production: Option<&'a Licence>,
    pub developer_count: usize,
    pub can_download: bool,
    /// An administrator: "Delete licence" is offered.
    pub can_delete: bool,
    pub csrf: &'a str,
    /// The organisation and Server ID forms after a refused edit.
    pub form: &'a FormState,
}

/// "Day 12 of 30 · 19 days left"; "Expired 3 days ago" once over.
pub fn progress_text(t: &PortalCatalogue, progress: &EvaluationProgress) -> String {
    let day = fill(
        t.evaluation_day_of,
        &[("day", &progress.day.max(1)), ("length", &progress.length)],
    );
    let left = match progress.left {
        n if n < 0 => fill(t.evaluation_over, &[("n", &-n)]),
        1 => t.evaluation_one_day_left.to_owned(),
        n => fill(t.evaluation_days_left, &[("n", &n)]),
    };
    format!("{day} · {left}")
}

/// The actions of a licence as links, in My Atlassian's order. Restore is a form of its own.
pub fn action_links(t: &PortalCatalogue, licence: &Licence, can_download: bool) -> Vec<Markup> {
    let id = licence.id;
    let developer = licence.is_developer();
    let mut links = Vec::new();
    if licence.is_evaluation {
        links.push(html! { a href=(Route::LicenceExtend(id).path()) { (t.extend_evaluation) } });
    } else if !developer {
        links.push(html! { a href=(Route::LicenceRenew(id).path()) { (t.renew) } });
        links.push(html! { a href=(Route::LicenceUpgrade(id).path()) { (t.upgrade) } });
    }
    if licence.licence_key.is_none() {
        links.push(html! { a href=(Route::LicenceAttachKey(id).path()) { (t.attach_key) } });
    } else if can_download {
        links.push(html! {
            a href=(Route::LicenceDownload(id).path()) download { (t.download_licence) }
        });
    }
    if !developer && !licence.is_evaluation {
        links.push(html! {
            a href=(Route::LicenceDeveloper(id).path()) { (t.view_developer_licence) }
        });
    }
    if !licence.archived {
        links.push(html! { a href=(Route::LicenceArchive(id).path()) { (t.archive) } });
    }
    links
}

/// Links separated by middle dots.
pub fn joined(links: &[Markup]) -> Markup {
    html! {
        @for (index, link) in links.iter().enumerate() {
            @if index > 0 { " · " }
            (link)
        }
    }
}

pub fn details(t: &PortalCatalogue, view: &DetailsView<'_>) -> Markup {
    let licence = view.licence;
    let today = view.today.date;
    let id = licence.id;
    let shown_expiry = licence.shown_expiry();
    html! {
        p.breadcrumb {
            @if licence.is_evaluation {
                a href=(Route::section(Section::Evaluations).path()) { (t.back_to_evaluations) }
            } @else if licence.archived {
                a href=(Route::section(Section::Archived).path()) { (t.back_to_archived) }
            } @else {
                a href=(Route::licences().path()) { (t.back_to_list) }
            }
        }
        h1 { (licence.name) }
        p.lead { (licence.product) (marks(t, licence)) " " (support_badge(t, shown_expiry, today)) }
        @if let Some(production) = view.production {
            p.notice {
                (t.developer_of) " "
                a href=(Route::Licence(production.id).path()) { (production.name) }
                @if let Some(sen) = &production.sen { " (" (sen) ")" }
                ". " (t.developer_follows)
            }
        }
        @if licence.key_genuine == Some(false) {
            p.notice.error { (t.not_genuine_notice) }
        }
        dl.facts.details {
            dt { (t.organisation) }
            dd { (editable(t, view, "organisation", &licence.organisation,
                           &Route::LicenceOrganisation(id).path(), t.organisation, None)) }
            dt { (t.sen) } dd { (licence.sen.as_deref().unwrap_or("—")) }
            dt #key { (t.licence_key) }
            dd { (key_markup(t, view)) }
            dt { (t.server_id) }
            dd { (editable(t, view, "server_id", licence.server_id.as_deref().unwrap_or(""),
                           &Route::LicenceServerId(id).path(), t.server_id,
                           Some(t.server_id_hint))) }
            dt { (t.licensed_to) } dd { (licence.licensed_to) }
            dt { (t.licence_type) } dd { (t.licence_type(&licence.licence_type)) }
            dt { (t.deployment) }
            dd { @if licence.deployment == crate::domain::Deployment::DataCenter { (t.data_center) } @else { (t.server) } }
            dt { (t.user_tier) } dd { (tier(licence)) }
            @if !licence.is_evaluation {
                dt { (t.auto_renew) }
                dd {
                    (post_form(&Route::LicenceAutoRenew(id).path(), view.csrf, "inline", html! {
                        @if licence.auto_renew {
                            (t.on) " "
                            input type="hidden" name="auto_renew" value="off";
                            button.link type="submit" { (t.turn_auto_renew_off) }
                        } @else {
                            (t.off) " "
                            input type="hidden" name="auto_renew" value="on";
                            button.link type="submit" { (t.turn_auto_renew_on) }
                        }
                    }))
                }
            }
            dt { (t.support_level) } dd { (licence.support_level) }
            dt { @if licence.is_evaluation { (t.evaluation_started) } @else { (t.purchase_date) } }
            dd { (date_with_hint(t, licence.purchase_date, today, false)) }
            dt { (t.support_expires) } dd { (date_with_hint(t, licence.support_expiry, today, true)) }
            @if licence.licence_expiry.is_some() {
                dt { (t.licence_expires) } dd { (date_with_hint(t, licence.licence_expiry, today, true)) }
            }
            @if licence.is_evaluation {
                @if let (Some(start), Some(expiry)) = (licence.purchase_date, licence.licence_expiry) {
                    dt { (t.evaluation) }
                    dd { (progress_text(t, &evaluation_progress(start, expiry, today))) }
                }
            }
            @if let Some(reason) = &licence.reason_for_purchase {
                dt { (t.reason_for_purchase) } dd { (reason) }
            }
            @if view.developer_count > 0 {
                dt { (t.developer_licences) }
                dd { a href=(Route::LicenceDeveloper(id).path()) {
                    (fill(t.developer_count, &[("n", &view.developer_count)])) } }
            }
        }
        p.actions {
            strong { (t.actions) ": " }
            (joined(&action_links(t, licence, view.can_download)))
            @if licence.licence_key.is_some() {
                " · " a href=(Route::LicenceReplaceKey(licence.id).path()) { (t.replace_key_link) }
            }
            @if view.can_delete {
                " · " a href=(Route::LicenceDelete(licence.id).path()) { (t.delete_link) }
            }
        }
        @if licence.archived {
            (post_form(&Route::LicenceRestore(id).path(), view.csrf, "inline", html! {
                button.primary type="submit" { (t.restore) }
                " " span.hint { (t.restore_hint) }
            }))
        }
        (notes(t, view))
        (view.contacts)
        @if let Some(facts) = view.key_facts {
            h2 { (t.key_facts_title) }
            (key_facts(t, facts))
        }
        (view.installed_at)
        h2 { (t.server_id_history_title) }
        @if view.server_id_history.is_empty() {
            p.muted { (t.server_id_history_empty) }
        } @else {
            table.compact {
                thead { tr {
                    th { (t.col_when) } th { (t.col_old) } th { (t.col_new) }
                    th { (t.col_who) } th { (t.col_why) }
                } }
                tbody {
                    @for change in view.server_id_history {
                        tr {
                            td { (view.today.stamp(change.changed_at)) }
                            td { code { (change.old_value.as_deref().unwrap_or("—")) } }
                            td { code { (change.new_value.as_deref().unwrap_or("—")) } }
                            td { (t.recorded_actor(&change.changed_by)) }
                            td { (server_id_reason(t, &change.reason)) }
                        }
                    }
                }
            }
        }
        @if !view.key_history.is_empty() {
            h2 { (t.key_history_title) }
            @for (index, comparison) in view.key_history.iter().enumerate().rev() {
                (key_comparison(t, view.today, index + 1, comparison))
            }
        }
        @if !view.orders.is_empty() {
            h2 { (t.orders_of_licence) }
            (super::orders::table(t, view.today, view.orders, false))
        }
    }
}

/// A field shown as its value with an "(edit)" disclosure holding its form; open after a
/// refused edit, with the error and what was typed.
fn editable(
    t: &PortalCatalogue,
    view: &DetailsView<'_>,
    name: &'static str,
    current: &str,
    action: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    let failed = view.form.error_for(name).is_some();
    let state = if failed {
        view.form.clone()
    } else {
        FormState::new().keep(name, current)
    };
    html! {
        @if name == "server_id" { code { (if current.is_empty() { "—" } else { current }) } }
        @else { (current) }
        " "
        details.edit open[failed] {
            summary { (t.edit) span.vh { " " (label) } }
            (post_form(action, view.csrf, "stack compact", html! {
                (text(&state, name, label, hint, name == "server_id"))
                div { button.primary type="submit" { (t.save) } }
            }))
        }
    }
}

/// The licence's notes, with an "(edit)" disclosure holding their form: everyone who sees the
/// page (a contact or an administrator) may change them.
fn notes(t: &PortalCatalogue, view: &DetailsView<'_>) -> Markup {
    let licence = view.licence;
    let failed = view.form.error_for("notes").is_some();
    let state = if failed {
        view.form.clone()
    } else {
        FormState::new().keep("notes", &licence.notes)
    };
    html! {
        h2 #notes { (t.notes) }
        @if licence.notes.is_empty() {
            p.muted { (t.notes_none) }
        } @else {
            p.notes { (licence.notes) }
        }
        details.edit open[failed] {
            summary { (t.edit) span.vh { " " (t.notes) } }
            (post_form(&Route::LicenceNotes(licence.id).path(), view.csrf, "stack compact", html! {
                (textarea(&state, "notes", t.notes, Some(t.notes_hint), false))
                div { button.primary type="submit" { (t.save) } }
            }))
        }
    }
}

fn key_markup(t: &PortalCatalogue, view: &DetailsView<'_>) -> Markup {
    let id = view.licence.id;
    match view.key {
        KeyView::None => html! {
            (t.no_key_yet) " · " a href=(Route::LicenceAttachKey(id).path()) { (t.attach_key) }
        },
        KeyView::Hidden { start } => html! {
            code { (start) "…" } " "
            a.button href=(Route::LicenceKey(id).path()) { (t.view_licence_key) }
            p.hint { (t.key_gate_hint) }
        },
        KeyView::Shown(key) => html! {
            pre.key #licence-key-text { (key) }
            button type="button" hidden data-copy-target="licence-key-text"
                data-copied-label=(t.copied) { (t.copy_key) }
        },
    }
}

fn server_id_reason<'t>(t: &'t PortalCatalogue, reason: &str) -> &'t str {
    match reason {
        "manual" => t.reason_manual,
        "diagnosis" => t.reason_diagnosis,
        "import" => t.reason_import,
        "gate" => t.reason_gate,
        _ => t.reason_other,
    }
}

fn key_facts(t: &PortalCatalogue, facts: &KeyFacts) -> Markup {
    html! {
        dl.facts {
            dt { (t.key_products) } dd { (facts.products.join(", ")) }
            dt { (t.licence_type) } dd { (t.licence_type(&facts.licence_type)) }
            dt { (t.user_tier) } dd { (facts.tier) }
            dt { (t.sen) } dd { (facts.sen.as_deref().unwrap_or("—")) }
            dt { (t.server_id) } dd { code { (facts.server_id.as_deref().unwrap_or("—")) } }
            dt { (t.key_support_expiry) } dd { (facts.support_expiry.as_deref().unwrap_or("—")) }
            dt { (t.signature) }
            dd {
                @if facts.genuine {
                    span.badge.active { (t.genuine) } " " (t.genuine_text)
                } @else {
                    span.badge.expired { (t.not_genuine) } " " (t.not_genuine_text)
                }
            }
        }
    }
}

/// The facts a key comparison shows, in order, as (label, value).
fn compared_facts<'t>(t: &'t PortalCatalogue, facts: Option<&KeyFacts>) -> [(&'t str, String); 7] {
    let text = |value: Option<&String>| value.cloned().unwrap_or_default();
    [
        (t.user_tier, text(facts.map(|f| &f.tier))),
        (
            t.licence_type,
            facts.map_or_else(String::new, |f| t.licence_type(&f.licence_type).to_owned()),
        ),
        (
            t.key_support_expiry,
            text(facts.and_then(|f| f.support_expiry.as_ref())),
        ),
        (
            t.licence_expires,
            text(facts.and_then(|f| f.licence_expiry.as_ref())),
        ),
        (t.sen, text(facts.and_then(|f| f.sen.as_ref()))),
        (t.server_id, text(facts.and_then(|f| f.server_id.as_ref()))),
        (
            t.signature,
            match facts {
                Some(f) if f.genuine => t.genuine.to_owned(),
                Some(_) => t.not_genuine.to_owned(),
                None => String::new(),
            },
        ),
    ]
}

fn key_comparison(t: &PortalCatalogue, today: &Today, number: usize, c: &KeyComparison) -> Markup {
    let old = compared_facts(t, c.old.as_ref());
    let new = compared_facts(t, c.new.as_ref());
    let reason = match c.reason.as_str() {
        "renewal" => t.key_reason_renewal,
        "upgrade" => t.key_reason_upgrade,
        _ => t.key_reason_other,
    };
    html! {
        details.comparison {
            summary {
                (fill(t.key_replaced, &[
                    ("n", &number),
                    ("when", &today.stamp(c.replaced_at)),
                    ("who", &t.recorded_actor(&c.replaced_by)),
                    ("why", &reason),
                ]))
            }
            table.compact {
                thead { tr { th { span.vh { (t.col_fact) } } th { (t.old_key) } th { (t.new_key) } } }
                tbody {
                    @for ((label, old), (_, new)) in old.iter().zip(new.iter()) {
                        tr.changed[old != new] {
                            th scope="row" { (label) }
                            td { (old) }
                            td { (new) @if old != new { " " span.badge.neutral { (t.changed) } } }
                        }
                    }
                }
            }
            @if let Some(restore) = &c.restore {
                p { a href=(restore) { (t.restore_key_link) } }
            }
        }
    }
}
