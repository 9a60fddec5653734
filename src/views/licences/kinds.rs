//! A licence's kind on the pages: the short label beside its product (list and details), the
//! expiry of a test licence whose key counts it from when it is applied, and, on its own page,
//! what each of its dates means for that kind.

use jiff::civil::Date;
use maud::{Markup, html};

use super::dates::date_with_hint;
use crate::atlassian::key::KeyDate;
use crate::domain::{Licence, LicenceKind};
use crate::i18n::Language;
use crate::i18n::kind::{date_meaning, date_meanings, kind_name, relative_expiry_short};
use crate::inventory::pasted_key::KeyFacts;

/// The kind's label as a badge: a word, never a colour alone. A developer licence already
/// carries the developer mark, so its kind adds nothing.
pub fn kind_badge(lang: Language, licence: &Licence) -> Markup {
    if licence.kind == LicenceKind::Developer && licence.is_developer() {
        return html! {};
    }
    html! {
        " " span.badge.neutral.kind data-kind=(licence.kind.code()) { (kind_name(lang, licence.kind)) }
    }
}

/// The expiry a list row or the details page shows: the date with its hint, or for a test
/// licence without a calendar date, that it counts from when the licence is applied (rather
/// than "no date", which would read as a licence that never ends).
pub fn expiry_cell(lang: Language, licence: &Licence, date: Option<Date>, today: Date) -> Markup {
    if date.is_none() && licence.kind == LicenceKind::Test {
        html! { span.relative-expiry { (relative_expiry_short(lang)) } }
    } else {
        date_with_hint(lang, date, today, true)
    }
}

/// What the dates of this licence mean, one sentence each, for its page. `key_facts` are its
/// key's (for an expiry counted from when the key is applied); `production` is a developer
/// licence's production licence, whose support expiry it follows.
pub fn dates_explained(
    lang: Language,
    licence: &Licence,
    key_facts: Option<&KeyFacts>,
    production: Option<&Licence>,
) -> Markup {
    let relative = key_facts.and_then(|facts| {
        [&facts.licence_expiry, &facts.support_expiry]
            .into_iter()
            .flatten()
            .find(|date| matches!(date, KeyDate::Relative { .. }))
    });
    let meanings = date_meanings(
        licence.kind,
        licence.support_expiry,
        licence.licence_expiry,
        relative,
        production.and_then(|p| p.support_expiry),
    );
    html! {
        div.lifecycle data-kind=(licence.kind.code()) {
            p.kind {
                strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "kind-label"))) }
                (kind_name(lang, licence.kind))
            }
            @for meaning in &meanings {
                p.date-meaning { (date_meaning(lang, meaning)) }
            }
        }
    }
}
