//! A licence page's lifecycle section: the cut-off dates that apply to the licence, each with
//! its source, and the form that asks whether it can run a product version, with the answer
//! and the dates that decide it.

use jiff::civil::Date;
use maud::{Markup, html};

use crate::domain::LicenceId;
use crate::domain::lifecycle::{Cutoff, Eligibility, ReleaseProduct};
use crate::i18n::{Language, lifecycle as words};
use crate::paths::{EligibilityQuestion, Route};

pub struct LifecycleView<'a> {
    pub licence: LicenceId,
    pub today: Date,
    /// The cut-offs that apply to this licence, by date.
    pub cutoffs: &'a [Cutoff],
    /// The product the form shows chosen: the one asked about, else the licence's own.
    pub product: Option<ReleaseProduct>,
    /// The version as typed.
    pub version: &'a str,
    pub answer: Option<&'a Eligibility>,
    /// Why the question could not be answered (a version that is not one, an unknown product).
    pub error: Option<&'a str>,
}

pub fn section(lang: Language, view: &LifecycleView<'_>) -> Markup {
    let action = Route::LicenceEligibility(
        view.licence,
        EligibilityQuestion {
            product: String::new(),
            version: String::new(),
        },
    )
    .path();
    // The form sends its own fields; the link's empty ones are not part of its action.
    let action = action.split('?').next().unwrap_or_default().to_owned();
    html! {
        section.lifecycle #lifecycle {
            h2 { (crate::tr!(lang, "lifecycle-heading")) }
            @if !view.cutoffs.is_empty() {
                ul.cutoffs {
                    @for cutoff in view.cutoffs {
                        li data-event=(cutoff.event.code()) {
                            (words::cutoff(lang, cutoff.event, cutoff.date, view.today))
                            " "
                            a.source href=(cutoff.source_url) rel="noreferrer" {
                                (crate::tr!(lang, "lifecycle-cutoff-source", who = cutoff.reported_by.as_str()))
                            }
                        }
                    }
                }
            }
            h3 #eligibility { (crate::tr!(lang, "lifecycle-eligibility-heading")) }
            form.inline.eligibility method="get" action=(action) {
                label for="field-product" { (crate::tr!(lang, "lifecycle-eligibility-product")) }
                " "
                select id="field-product" name="product" {
                    @for product in ReleaseProduct::ALL {
                        option value=(product.code()) selected[view.product == Some(product)] {
                            (words::product(lang, product))
                        }
                    }
                }
                " "
                label for="field-version" { (crate::tr!(lang, "lifecycle-eligibility-version")) }
                " "
                input id="field-version" type="text" name="version" value=(view.version)
                    size="8" maxlength="20" aria-describedby="field-version-hint"
                    aria-invalid=[view.error.map(|_| "true")];
                " "
                button type="submit" { (crate::tr!(lang, "lifecycle-eligibility-check")) }
                p.hint id="field-version-hint" { (crate::tr!(lang, "lifecycle-eligibility-hint")) }
            }
            @if let Some(error) = view.error {
                p.field-error #eligibility-error { (error) }
            }
            @if let Some(answer) = view.answer {
                @let class = match answer.verdict() {
                    Some(true) => "notice eligible",
                    Some(false) => "notice error not-eligible",
                    None => "notice cannot-tell",
                };
                div #eligibility-answer class=(class) {
                    p { strong { (words::verdict(lang, answer)) } }
                    @for line in words::answer(lang, answer) {
                        p { (line) }
                    }
                    @if let Some(release) = words::release_of(answer) {
                        p { a href=(release.source_url) rel="noreferrer" { (crate::tr!(lang, "lifecycle-release-notes")) } }
                    }
                }
            }
        }
    }
}
