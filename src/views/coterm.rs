//! The co-term planner of an organisation: the common date asked for, the table of renewals
//! that reach it, the licences left out, and the confirmation that lists every renewal order
//! before they are created. Links and forms only: it works without JavaScript.

use jiff::civil::Date;
use maud::{Markup, html};

use crate::domain::Licence;
use crate::domain::coterm::Plan;
use crate::domain::organisation::Organisation;
use crate::i18n::{Language, coterm as words, format};
use crate::paths::Route;
use crate::views::licences::FormState;
use crate::views::licences::fields::{date, post_form};

/// What the planner page shows.
pub struct CotermView<'a> {
    pub organisation: &'a Organisation,
    /// The common date as typed, with its error when it was refused.
    pub form: &'a FormState,
    /// The date proposed when none is asked for.
    pub proposed: Date,
    /// The plan; `None` when the date asked for was refused.
    pub plan: Option<&'a Plan>,
    /// Whether the viewer may create the renewal orders (consultants read only).
    pub may_order: bool,
    /// Why the orders were refused, when they were.
    pub problem: Option<&'a str>,
    pub csrf: &'a str,
}

/// A licence as a link to its page: its SEN, else its name.
fn licence_link(licence: &Licence) -> Markup {
    let label = licence
        .sen
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| licence.name.clone());
    html! { a href=(Route::Licence(licence.id).path()) { (label) } }
}

fn title(lang: Language, organisation: &Organisation) -> String {
    crate::tr!(
        lang,
        "org-coterm-title",
        organisation = organisation.name.as_str()
    )
}

pub fn page(lang: Language, view: &CotermView<'_>) -> Markup {
    let organisation = view.organisation;
    let here = Route::OrganisationCoterm(organisation.id, String::new()).path();
    let hint = crate::tr!(
        lang,
        "org-coterm-until-hint",
        date = format::date(lang, view.proposed)
    );
    html! {
        div.page-head {
            h1 { (title(lang, organisation)) }
            @if let Some(plan) = view.plan {
                a href=(Route::OrganisationCotermCsv(organisation.id, plan.target.to_string()).path()) download {
                    (crate::tr!(lang, "org-coterm-download-csv"))
                }
            }
        }
        p.lead { (crate::tr!(lang, "org-coterm-intro")) }
        form method="get" action=(here) class="portal inline" {
            (date(view.form, "until", &crate::tr!(lang, "org-coterm-until-label"), Some(&hint), false))
            div { button type="submit" { (crate::tr!(lang, "org-coterm-show")) } }
        }
        @if let Some(problem) = view.problem {
            div.notice.error role="alert" { (problem) }
        }
        @if let Some(plan) = view.plan {
            (plan_table(lang, plan))
            @if plan.renewals().next().is_some() {
                @if view.may_order {
                    (post_form(&here, view.csrf, "inline", html! {
                        input type="hidden" name="until" value=(plan.target.to_string());
                        button.primary type="submit" { (crate::tr!(lang, "org-coterm-create")) }
                    }))
                } @else {
                    p.muted { (crate::tr!(lang, "org-coterm-read-only")) }
                }
            }
            @if !plan.left_out.is_empty() {
                section aria-labelledby="left-out" {
                    h2 #left-out { (crate::tr!(lang, "org-coterm-left-out-heading")) }
                    ul.left-out {
                        @for (licence, reason) in &plan.left_out {
                            li data-licence=(licence.id.to_string()) data-reason=(reason.code()) {
                                (licence_link(licence)) " " (licence.name) ": " (words::left_out(lang, *reason))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn plan_table(lang: Language, plan: &Plan) -> Markup {
    if plan.rows.is_empty() {
        return html! { p.empty { (crate::tr!(lang, "org-coterm-empty")) } };
    }
    html! {
        div.scroll {
            table.coterm {
                thead {
                    tr {
                        th { (crate::tr!(lang, "org-coterm-col-licence")) }
                        th { (crate::tr!(lang, "org-coterm-col-sen")) }
                        th { (crate::tr!(lang, "org-coterm-col-expiry")) }
                        th { (crate::tr!(lang, "org-coterm-col-months")) }
                        th { (crate::tr!(lang, "org-coterm-col-new-expiry")) }
                        th { (crate::tr!(lang, "org-coterm-col-note")) }
                    }
                }
                tbody {
                    @for row in &plan.rows {
                        @let renewal = row.term.renewal();
                        tr data-licence=(row.licence.id.to_string()) {
                            td { a href=(Route::Licence(row.licence.id).path()) { (row.licence.name) } }
                            td { (row.licence.sen.as_deref().unwrap_or("")) }
                            td { (format::date(lang, row.term.from())) }
                            td.months { @if let Some((months, ..)) = renewal { (months) } }
                            td.until { @if let Some((.., until)) = renewal { (format::date(lang, until)) } }
                            td { (words::note(lang, row.term, plan.target)) }
                        }
                    }
                }
            }
        }
    }
}

/// The confirmation: every renewal order the plan creates, and the button that creates them.
pub fn confirm(lang: Language, organisation: &Organisation, plan: &Plan, csrf: &str) -> Markup {
    let count = plan.renewals().count();
    let target = plan.target.to_string();
    html! {
        p.breadcrumb {
            a href=(Route::OrganisationCoterm(organisation.id, target.clone()).path()) { (title(lang, organisation)) }
        }
        h1 { (crate::tr!(lang, "org-coterm-confirm-title", count = count)) }
        p.lead {
            (crate::tr!(lang, "org-coterm-confirm-intro", organisation = organisation.name.as_str(), target = format::date(lang, plan.target)))
        }
        ul.orders {
            @for (licence, months, from, until) in plan.renewals() {
                li data-licence=(licence.id.to_string()) {
                    (licence_link(licence)) " " (licence.name) ": "
                    (crate::tr!(lang, "org-coterm-note-exact", months = months, from = format::date(lang, from), until = format::date(lang, until)))
                }
            }
        }
        (post_form(&Route::OrganisationCoterm(organisation.id, String::new()).path(), csrf, "confirm", html! {
            input type="hidden" name="until" value=(target);
            input type="hidden" name="confirm" value="1";
            (crate::views::components::ConfirmActions {
                confirm: &crate::tr!(lang, "org-coterm-confirm-button"),
                danger: false,
                cancel: &crate::tr!(lang, "portal-cancel"),
                cancel_href: &Route::OrganisationCoterm(organisation.id, target.clone()).path(),
            })
        }))
    }
}
