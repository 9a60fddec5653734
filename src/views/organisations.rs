//! The organisations' pages: the list of those the viewer reaches, one organisation's page
//! with its links, an administrator's rename and merge forms, and the "Belongs to" part of a
//! licence's page.

use maud::{Markup, html};

use super::components::csrf_field;
use super::licences::FormState;
use super::licences::fields::post_form;
use crate::domain::Licence;
use crate::domain::organisation::{NAME_MAX_CHARS, NameError, Organisation};
use crate::i18n::Language;
use crate::paths::{AccessRoute, LicenceList, OrganisationRoute, Route};
use crate::tr;

/// Why a typed name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    Invalid(NameError),
    /// Another organisation has the name: it is linked.
    Taken(Organisation),
}

/// One organisation in the list.
pub struct ListRow {
    pub organisation: Organisation,
    /// Its licences that are not archived.
    pub licences: i64,
    /// Its managers' addresses.
    pub managers: Vec<String>,
}

pub struct ListView<'a> {
    pub rows: &'a [ListRow],
    /// An administrator: the "New organisation" form is offered.
    pub is_admin: bool,
    pub csrf: &'a str,
    /// The name typed in the new organisation form, after a refusal.
    pub typed: &'a str,
    pub problem: Option<&'a NameProblem>,
}

fn name_error(lang: Language, error: NameError) -> String {
    match error {
        NameError::Blank => tr!(lang, "org-name-blank"),
        NameError::TooLong => tr!(lang, "org-name-too-long", max = NAME_MAX_CHARS),
        NameError::ControlCharacter => tr!(lang, "org-name-control"),
    }
}

/// The name field of the create and rename forms, with its refusal beside it.
fn name_field(lang: Language, typed: &str, problem: Option<&NameProblem>) -> Markup {
    html! {
        div {
            label for="field-name" { (tr!(lang, "org-name-label")) }
            input #field-name type="text" name="name" value=(typed) required
                maxlength=(NAME_MAX_CHARS)
                aria-invalid=[problem.map(|_| "true")]
                aria-describedby=[problem.map(|_| "field-name-error")];
            @match problem {
                Some(NameProblem::Invalid(error)) => {
                    p.field-error #field-name-error { (name_error(lang, *error)) }
                }
                Some(NameProblem::Taken(other)) => {
                    p.field-error #field-name-error {
                        (tr!(lang, "org-name-taken")) " "
                        a href=(OrganisationRoute::Page(other.id).path()) { (other.name) }
                    }
                }
                None => {}
            }
        }
    }
}

pub fn list(lang: Language, view: &ListView<'_>) -> Markup {
    html! {
        h1 { (tr!(lang, "org-title")) }
        @if view.rows.is_empty() && view.is_admin {
            p.empty { (tr!(lang, "org-none-yet")) }
        } @else if view.rows.is_empty() {
            p.empty { (tr!(lang, "org-none")) }
        } @else {
            div.scroll {
                table.organisations {
                    thead { tr {
                        th { (tr!(lang, "org-col-name")) }
                        th { (tr!(lang, "org-col-licences")) }
                        th { (tr!(lang, "org-col-managers")) }
                    } }
                    tbody {
                        @for row in view.rows {
                            tr data-organisation=(row.organisation.id.to_string()) {
                                td { a href=(OrganisationRoute::Page(row.organisation.id).path()) { (row.organisation.name) } }
                                td { (row.licences) }
                                td {
                                    @if row.managers.is_empty() {
                                        span.muted { (tr!(lang, "org-no-managers")) }
                                    } @else {
                                        (row.managers.join(", "))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        @if view.is_admin {
            h2 { (tr!(lang, "org-new-heading")) }
            form.stack method="post" action=(OrganisationRoute::List.path()) {
                (csrf_field(view.csrf))
                (name_field(lang, view.typed, view.problem))
                div { button.primary type="submit" { (tr!(lang, "org-create-button")) } }
            }
        }
    }
}

pub struct PageView<'a> {
    pub organisation: &'a Organisation,
    /// Its licences that are not archived.
    pub licences: i64,
    pub is_admin: bool,
    /// An administrator or a manager of the organisation (not a consultant): the monthly
    /// report is theirs.
    pub manages: bool,
    pub csrf: &'a str,
    /// The name in the rename form: the organisation's, or what was typed before a refusal.
    pub typed: &'a str,
    pub problem: Option<&'a NameProblem>,
    /// The section of its role mailboxes (`super::mailboxes::section`).
    pub mailboxes: Markup,
}

pub fn page(lang: Language, view: &PageView<'_>) -> Markup {
    let organisation = view.organisation;
    let id = organisation.id;
    html! {
        p.breadcrumb { a href=(OrganisationRoute::List.path()) { (tr!(lang, "org-back-to-list")) } }
        h1 { (organisation.name) }
        ul.organisation-links {
            li { a href=(Route::Licences(LicenceList::of_organisation(id)).path()) { (tr!(lang, "org-licence-count", count = view.licences)) } }
            li { a href=(Route::OrganisationAccess(AccessRoute::People(id)).path()) { (tr!(lang, "org-link-people")) } }
            li { a href=(Route::Dashboard(Some(id)).path()) { (tr!(lang, "org-link-dashboard")) } }
            li { a href=(Route::OrganisationCoterm(id, String::new()).path()) { (tr!(lang, "org-link-coterm")) } }
            @if view.manages {
                li { a href=(Route::OrganisationReport(id).path()) { (tr!(lang, "org-link-report")) } }
            }
        }
        @if view.is_admin {
            h2 { (tr!(lang, "org-rename-heading")) }
            form.stack method="post" action=(OrganisationRoute::Rename(id).path()) {
                (csrf_field(view.csrf))
                (name_field(lang, view.typed, view.problem))
                div { button type="submit" { (tr!(lang, "org-rename-button")) } }
            }
            p { a href=(OrganisationRoute::Merge { id, into: None }.path()) { (tr!(lang, "org-merge-link")) } }
        }
        (view.mailboxes)
    }
}

/// The first step of a merge: which organisation takes this one's licences and people.
pub fn merge_choice(
    lang: Language,
    organisation: &Organisation,
    others: &[Organisation],
    error: Option<&str>,
) -> Markup {
    let id = organisation.id;
    html! {
        h1 { (tr!(lang, "org-merge-title", name = organisation.name.as_str())) }
        @if let Some(error) = error {
            p.notice.error role="alert" { (error) }
        }
        @if others.is_empty() {
            p.empty { (tr!(lang, "org-merge-no-other")) }
        } @else {
            p { (tr!(lang, "org-merge-intro")) }
            // A GET form: choosing shows the confirmation, which changes nothing yet.
            form.stack method="get" action=(OrganisationRoute::Merge { id, into: None }.path()) {
                div {
                    label for="field-into" { (tr!(lang, "org-merge-into-label")) }
                    select #field-into name="into" {
                        @for other in others {
                            option value=(other.id.to_string()) { (other.name) }
                        }
                    }
                }
                div { button type="submit" { (tr!(lang, "org-merge-next")) } }
            }
        }
        p { a href=(OrganisationRoute::Page(id).path()) { (tr!(lang, "org-cancel")) } }
    }
}

/// What a merge moves: the licences (archived ones too), the managers, and the consultants'
/// grants still running.
pub struct Moving {
    pub licences: i64,
    pub managers: i64,
    pub grants: i64,
}

/// The confirmation of a merge: both names and what moves.
pub fn merge_confirm(
    lang: Language,
    from: &Organisation,
    into: &Organisation,
    moving: &Moving,
    csrf: &str,
) -> Markup {
    html! {
        h1 { (tr!(lang, "org-merge-title", name = from.name.as_str())) }
        p.lead { (tr!(lang, "org-merge-confirm", from = from.name.as_str(), into = into.name.as_str())) }
        ul {
            li { (tr!(lang, "org-merge-licences", count = moving.licences)) }
            li { (tr!(lang, "org-merge-managers", count = moving.managers)) }
            @if moving.grants > 0 {
                li { (tr!(lang, "org-merge-grants", count = moving.grants)) }
            }
        }
        p { (tr!(lang, "org-merge-gone", name = from.name.as_str())) }
        form.confirm method="post" action=(OrganisationRoute::Merge { id: from.id, into: None }.path()) {
            (csrf_field(csrf))
            input type="hidden" name="into" value=(into.id.to_string());
            (crate::views::components::ConfirmActions {
                confirm: &tr!(lang, "org-merge-button"),
                danger: true,
                cancel: &tr!(lang, "org-cancel"),
                cancel_href: &OrganisationRoute::Page(from.id).path(),
            })
        }
    }
}

/// "Belongs to: <organisation>" on a licence's page; with `choices` (an administrator's) the
/// form that moves the licence to another organisation. `form` carries a refused move.
pub fn belongs_to(
    lang: Language,
    licence: &Licence,
    linked: bool,
    choices: Option<&[Organisation]>,
    csrf: &str,
    form: &FormState,
) -> Markup {
    let current = licence.belongs_to.as_ref().map(|o| o.id.to_string());
    let chosen = match form.value("belongs_to") {
        "" => current.unwrap_or_default(),
        typed => typed.to_owned(),
    };
    let error = form.error_for("belongs_to");
    html! {
        dt { (tr!(lang, "org-belongs-to")) }
        dd.belongs-to {
            @match &licence.belongs_to {
                Some(organisation) if linked => a href=(OrganisationRoute::Page(organisation.id).path()) { (organisation.name) },
                Some(organisation) => (organisation.name),
                None => span.muted { (tr!(lang, "org-no-organisation")) },
            }
            @if let Some(choices) = choices.filter(|c| !c.is_empty()) {
                (post_form(&Route::LicenceBelongsTo(licence.id).path(), csrf, "inline", html! {
                    label.vh for="field-belongs_to" { (tr!(lang, "org-move-label")) }
                    select #field-belongs_to name="organisation" aria-invalid=[error.map(|_| "true")] {
                        @for organisation in choices {
                            @let value = organisation.id.to_string();
                            option value=(value) selected[value == chosen] { (organisation.name) }
                        }
                    }
                    " "
                    button type="submit" { (tr!(lang, "org-move-button")) }
                    @if let Some(error) = error {
                        p.field-error { (error) }
                    }
                }))
            }
        }
    }
}
