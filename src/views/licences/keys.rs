//! The confirmations of keys over time: restoring an earlier key, deleting a licence.

use maud::{Markup, html};

use super::FormState;
use super::fields::{key_fields, post_form};
use crate::domain::Licence;
use crate::domain::licence_history::DeletionCounts;
use crate::i18n::Language;
use crate::i18n::import as words;
use crate::inventory::import::Entry;
use crate::inventory::pasted_key::KeyFacts;
use crate::paths::Route;
use crate::views::components::{ConfirmActions, licence_subject};

pub struct RestoreView<'a> {
    pub licence: &'a Licence,
    pub replaced_at: &'a str,
    pub replaced_by: &'a str,
    /// What the earlier key says, when it still decodes.
    pub facts: Option<&'a KeyFacts>,
    pub action: &'a str,
    pub csrf: &'a str,
    /// Why it cannot be restored; no button then.
    pub refusal: Option<&'a str>,
}

fn back(licence: &Licence) -> Markup {
    html! {
        p.breadcrumb { a href=(Route::Licence(licence.id).path()) { "← " (licence.name) } }
    }
}

pub fn restore(lang: Language, view: &RestoreView<'_>) -> Markup {
    let licence = view.licence;
    let sen = licence.sen.as_deref().unwrap_or("—");
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-restore-key-title")) }
        (licence_subject(lang, licence))
        p.lead {
            (crate::tr!(lang, "portal-restore-key-intro", name = licence.name.as_str(), sen = sen, when = view.replaced_at, who = crate::views::licences::recorded_actor(lang, view.replaced_by)))
        }
        @if let Some(facts) = view.facts {
            ul {
                li { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-licence-type"))) (crate::views::licences::licence_type_name(lang, &facts.licence_type)) }
                li { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-user-tier"))) (facts.users.as_ref().map(|u| crate::i18n::key::users(lang, u)).unwrap_or_default()) }
                @if let Some(sen) = &facts.sen { li { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-sen"))) (sen) } }
                @if let Some(date) = &facts.support_expiry { li { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-key-support-expiry"))) (crate::i18n::key::key_date(lang, date)) } }
            }
        }
        p { (crate::tr!(lang, "portal-restore-key-keeps")) }
        @if let Some(refusal) = view.refusal {
            div.notice.error role="alert" { (refusal) }
            p { a href=(Route::Licence(licence.id).path()) { (crate::tr!(lang, "portal-cancel")) } }
        } @else {
            (post_form(view.action, view.csrf, "confirm", html! {
                (ConfirmActions {
                    confirm: &crate::tr!(lang, "portal-restore-key-button"),
                    danger: false,
                    cancel: &crate::tr!(lang, "portal-cancel"),
                    cancel_href: &Route::Licence(licence.id).path(),
                })
            }))
        }
    }
}

pub fn delete(lang: Language, licence: &Licence, counts: &DeletionCounts, csrf: &str) -> Markup {
    let sen = licence.sen.as_deref().unwrap_or("—");
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-delete-title")) }
        (licence_subject(lang, licence))
        p.lead { (crate::tr!(lang, "portal-delete-intro", name = licence.name.as_str(), sen = sen)) }
        ul {
            li {
                (crate::tr!(lang, "portal-delete-goes", contacts = counts.contacts, orders = counts.orders, keys = counts.keys, server_ids = counts.server_ids))
            }
            li {
                (crate::tr!(lang, "portal-delete-stays", developers = counts.developers, instances = counts.instances))
            }
            li { (crate::tr!(lang, "portal-delete-audit")) }
        }
        (post_form(&Route::LicenceDelete(licence.id).path(), csrf, "confirm", html! {
            (ConfirmActions {
                confirm: &crate::tr!(lang, "portal-delete-button"),
                danger: true,
                cancel: &crate::tr!(lang, "portal-cancel"),
                cancel_href: &Route::Licence(licence.id).path(),
            })
        }))
    }
}

pub struct ReplaceView<'a> {
    pub licence: &'a Licence,
    pub csrf: &'a str,
    /// What was pasted, and the error next to it.
    pub state: &'a FormState,
    /// The update the pasted key would make, to confirm.
    pub review: Option<&'a Entry>,
    pub is_admin: bool,
}

pub fn replace(lang: Language, view: &ReplaceView<'_>) -> Markup {
    let licence = view.licence;
    let sen = licence.sen.as_deref().unwrap_or("—");
    let action = Route::LicenceReplaceKey(licence.id).path();
    html! {
        (back(licence))
        h1 { (crate::tr!(lang, "portal-replace-key-title")) }
        (licence_subject(lang, licence))
        p.lead { (crate::tr!(lang, "portal-replace-key-intro", name = licence.name.as_str(), sen = sen)) }
        @if let Some(entry) = view.review {
            @if let crate::inventory::import::Change::Update { before, .. } = &entry.change {
                p { (crate::tr!(lang, "portal-replace-key-review")) }
                ul {
                    @for (field, was, is) in words::changed_fields(lang, before, &entry.record) {
                        li { (crate::tr!(lang, "portal-key-fact-change", fact = field, was = was, is = is)) }
                    }
                }
            }
            @if !entry.warnings.is_empty() {
                div.notice role="alert" {
                    ul.plain { @for warning in &entry.warnings { li { (words::warning(lang, warning)) } } }
                }
            }
            (post_form(&action, view.csrf, "stack", html! {
                input type="hidden" name="key" value=(view.state.value("key"));
                @if view.state.value("accept_not_genuine") == "on" {
                    input type="hidden" name="accept_not_genuine" value="on";
                }
                input type="hidden" name="confirm" value="yes";
                @if entry.replaces_genuine && view.is_admin {
                    div {
                        label.inline {
                            input type="checkbox" name="replace_genuine";
                            (crate::tr!(lang, "portal-replace-key-allow-genuine"))
                        }
                    }
                }
                (ConfirmActions {
                    confirm: &crate::tr!(lang, "portal-replace-key-confirm-button"),
                    danger: false,
                    cancel: &crate::tr!(lang, "portal-cancel"),
                    cancel_href: &Route::Licence(licence.id).path(),
                })
            }))
        } @else {
            (post_form(&action, view.csrf, "stack", html! {
                (key_fields(lang, view.state, &crate::tr!(lang, "portal-licence-key"), true))
                div { button.primary type="submit" { (crate::tr!(lang, "portal-replace-key-button")) } }
            }))
        }
    }
}
