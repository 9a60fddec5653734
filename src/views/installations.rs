//! Recorded installations: the confirmation before a stale one is deleted, naming it and the
//! licences whose "Installed at" lists lose it.

use maud::{Markup, html};

use super::components::csrf_field;
use crate::domain::{Instance, Licence};
use crate::i18n::{self, Language};
use crate::paths::Route;
use crate::tr;

/// What the confirmation names.
pub struct ConfirmDelete<'a> {
    pub instance: &'a Instance,
    /// The licences it runs that the viewer sees.
    pub licences: &'a [Licence],
    /// Where Cancel leads.
    pub back: &'a str,
    pub csrf: &'a str,
}

pub fn confirm_delete(lang: Language, view: &ConfirmDelete<'_>) -> Markup {
    let instance = view.instance;
    let none = || tr!(lang, "installation-none");
    let server_id = instance
        .server_id
        .clone()
        .unwrap_or_else(|| tr!(lang, "diagnose-server-id-unknown"));
    let recorded = jiff::Timestamp::from_second(instance.recorded_at)
        .map(|ts| i18n::format::date(lang, ts.to_zoned(jiff::tz::TimeZone::UTC).date()))
        .unwrap_or_default();
    html! {
        h1 { (tr!(lang, "installation-delete-title")) }
        p.lead {
            (tr!(
                lang,
                "installation-delete-question",
                label = instance.label.clone(),
                host = if instance.host.is_empty() { none() } else { instance.host.clone() },
                product = instance.product.clone(),
                server_id = server_id
            ))
        }
        p { (tr!(lang, "installation-delete-recorded", date = recorded, by = instance.recorded_by.clone())) }
        @if !view.licences.is_empty() {
            p { (tr!(lang, "installation-delete-licences")) }
            ul {
                @for licence in view.licences {
                    li {
                        a href=(Route::Licence(licence.id).path()) { (licence.name) }
                        @if let Some(sen) = licence.sen.as_deref().filter(|s| !s.is_empty()) {
                            " (" (sen) ")"
                        }
                    }
                }
            }
        }
        p { (tr!(lang, "installation-delete-keeps")) }
        form.confirm method="post" action=(Route::InstanceDelete(instance.id).path()) {
            (csrf_field(view.csrf))
            button.danger type="submit" { (tr!(lang, "installation-delete-button")) }
            " "
            a.button href=(view.back) { (tr!(lang, "installation-cancel")) }
        }
    }
}
