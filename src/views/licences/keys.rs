//! The confirmations of keys over time: restoring an earlier key, deleting a licence.

use maud::{Markup, html};

use super::FormState;
use super::fields::{key_fields, post_form};
use crate::domain::Licence;
use crate::domain::licence_history::DeletionCounts;
use crate::i18n::import as words;
use crate::i18n::{PortalCatalogue, fill};
use crate::inventory::import::Entry;
use crate::inventory::pasted_key::KeyFacts;
use crate::paths::Route;

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

pub fn restore(t: &PortalCatalogue, view: &RestoreView<'_>) -> Markup {
    let licence = view.licence;
    let sen = licence.sen.as_deref().unwrap_or("—");
    html! {
        (back(licence))
        h1 { (t.restore_key_title) }
        p.lead {
            (fill(t.restore_key_intro, &[
                ("name", &licence.name),
                ("sen", &sen),
                ("when", &view.replaced_at),
                ("who", &t.recorded_actor(view.replaced_by)),
            ]))
        }
        @if let Some(facts) = view.facts {
            ul {
                li { (t.licence_type) ": " (t.licence_type(&facts.licence_type)) }
                li { (t.user_tier) ": " (facts.tier) }
                @if let Some(sen) = &facts.sen { li { "SEN: " (sen) } }
                @if let Some(date) = &facts.support_expiry { li { (t.key_support_expiry) ": " (date) } }
            }
        }
        p { (t.restore_key_keeps) }
        @if let Some(refusal) = view.refusal {
            div.notice.error role="alert" { (refusal) }
            p { a href=(Route::Licence(licence.id).path()) { (t.cancel) } }
        } @else {
            (post_form(view.action, view.csrf, "inline", html! {
                button.primary type="submit" { (t.restore_key_button) }
                " " a href=(Route::Licence(licence.id).path()) { (t.cancel) }
            }))
        }
    }
}

pub fn delete(
    t: &PortalCatalogue,
    licence: &Licence,
    counts: &DeletionCounts,
    csrf: &str,
) -> Markup {
    let sen = licence.sen.as_deref().unwrap_or("—");
    html! {
        (back(licence))
        h1 { (t.delete_title) }
        p.lead { (fill(t.delete_intro, &[("name", &licence.name), ("sen", &sen)])) }
        ul {
            li {
                (fill(t.delete_goes, &[
                    ("contacts", &counts.contacts),
                    ("orders", &counts.orders),
                    ("keys", &counts.keys),
                    ("server_ids", &counts.server_ids),
                ]))
            }
            li {
                (fill(t.delete_stays, &[
                    ("developers", &counts.developers),
                    ("instances", &counts.instances),
                ]))
            }
            li { (t.delete_audit) }
        }
        (post_form(&Route::LicenceDelete(licence.id).path(), csrf, "inline", html! {
            button.primary.danger type="submit" { (t.delete_button) }
            " " a href=(Route::Licence(licence.id).path()) { (t.cancel) }
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
    /// The reader's language, for the import's warnings.
    pub lang: crate::i18n::Language,
}

pub fn replace(t: &PortalCatalogue, view: &ReplaceView<'_>) -> Markup {
    let licence = view.licence;
    let sen = licence.sen.as_deref().unwrap_or("—");
    let action = Route::LicenceReplaceKey(licence.id).path();
    html! {
        (back(licence))
        h1 { (t.replace_key_title) }
        p.lead { (fill(t.replace_key_intro, &[("name", &licence.name), ("sen", &sen)])) }
        @if let Some(entry) = view.review {
            @if let crate::inventory::import::Change::Update { before, .. } = &entry.change {
                p { (t.replace_key_review) }
                ul {
                    @for (field, was, is) in words::changed_fields(view.lang, before, &entry.record) {
                        li { (field) ": " (was) " → " (is) }
                    }
                }
            }
            @if !entry.warnings.is_empty() {
                div.notice role="alert" {
                    ul.plain { @for warning in &entry.warnings { li { (words::warning(view.lang, warning)) } } }
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
                            (t.replace_key_allow_genuine)
                        }
                    }
                }
                div {
                    button.primary type="submit" { (t.replace_key_confirm_button) }
                    " " a href=(Route::Licence(licence.id).path()) { (t.cancel) }
                }
            }))
        } @else {
            (post_form(&action, view.csrf, "stack", html! {
                (key_fields(t, view.state, t.licence_key, true))
                div { button.primary type="submit" { (t.replace_key_button) } }
            }))
        }
    }
}
