//! The licences list: sections Licences / Evaluations / Archived, search, sort, paging, and
//! rows that expand ("+") to their details and actions without JavaScript (`<details>`).

use std::collections::HashMap;

use maud::{Markup, html};

use super::Today;
use super::dates::{state_class, support_badge};
use crate::domain::terms::evaluation_progress;
use crate::domain::{ContactRole, LicenceContacts};
use crate::domain::{Licence, LicenceId};
use crate::domain::{Section, SortOrder};
use crate::i18n::Language;
use crate::paths::{self, LicenceList, Route};
use crate::views::components::csrf_field;

pub struct ListView<'a> {
    pub section: Section,
    pub search: &'a str,
    pub sort: SortOrder,
    pub page: i64,
    pub pages: i64,
    pub per_page: i64,
    pub total: i64,
    pub licences: &'a [Licence],
    pub contacts: &'a HashMap<LicenceId, LicenceContacts>,
    /// Licences whose key the viewer may download (gate passed, or an admin).
    pub downloadable: &'a dyn Fn(&Licence) -> bool,
    pub today: &'a Today,
    pub csrf: &'a str,
}

pub fn title(lang: Language, section: Section) -> String {
    match section {
        Section::Licences => crate::tr!(lang, "licences-title"),
        Section::Evaluations => crate::tr!(lang, "portal-evaluations-title"),
        Section::Archived => crate::tr!(lang, "portal-archived-title"),
    }
}

pub fn list(lang: Language, view: &ListView<'_>) -> Markup {
    let link = |page: i64| {
        Route::Licences(LicenceList {
            section: view.section,
            search: view.search.to_owned(),
            sort: view.sort,
            page,
        })
        .path()
    };
    let first_shown = (view.page - 1) * view.per_page + 1;
    let last_shown = first_shown - 1 + view.licences.len() as i64;
    html! {
        div.page-head {
            h1 { (title(lang, view.section)) }
            div.actions {
                @if view.section == Section::Licences {
                    a.button href=(Route::NewLicence.path()) { (crate::tr!(lang, "portal-add-licence")) }
                }
                a.button href=(Route::NewEvaluation.path()) { (crate::tr!(lang, "portal-new-evaluation")) }
            }
        }
        nav.tabs aria-label=(crate::tr!(lang, "portal-sections-label")) {
            @for (section, label) in [(Section::Licences, crate::tr!(lang, "licences-title")),
                                      (Section::Evaluations, crate::tr!(lang, "portal-evaluations-title")),
                                      (Section::Archived, crate::tr!(lang, "portal-archived-title"))] {
                @let href = Route::section(section).path();
                @if section == view.section {
                    a href=(href) aria-current="page" { (label) }
                } @else {
                    a href=(href) { (label) }
                }
            }
        }
        div.toolbar {
            form.search method="get" action=(Route::licences().path()) role="search" {
                @if let Some(section) = paths::section_name(view.section) {
                    input type="hidden" name="section" value=(section);
                }
                div.fields {
                    div.grow {
                        label for="field-q" { (crate::tr!(lang, "portal-search-label")) }
                        input #field-q type="search" name="q" value=(view.search)
                            aria-describedby="field-q-hint";
                    }
                    div {
                        label for="field-sort" { (crate::tr!(lang, "portal-sort-label")) }
                        select #field-sort name="sort" {
                            option value=(paths::sort_param(SortOrder::ExpirySoonest)) selected[view.sort == SortOrder::ExpirySoonest] {
                                (crate::tr!(lang, "portal-sort-soonest"))
                            }
                            option value=(paths::sort_param(SortOrder::ExpiryLatest)) selected[view.sort == SortOrder::ExpiryLatest] {
                                (crate::tr!(lang, "portal-sort-latest"))
                            }
                        }
                    }
                    div { button type="submit" { (crate::tr!(lang, "portal-search-button")) } }
                }
                p.hint #field-q-hint { (crate::tr!(lang, "portal-search-hint")) }
            }
        }
        @if view.licences.is_empty() {
            div.empty {
                @if !view.search.is_empty() {
                    p { strong { (crate::tr!(lang, "portal-no-match", search = view.search)) } }
                } @else {
                    @match view.section {
                        Section::Licences => {
                            p { strong { (crate::tr!(lang, "licences-empty")) } }
                            p { (crate::tr!(lang, "licences-empty-hint")) }
                        }
                        Section::Evaluations => p { strong { (crate::tr!(lang, "portal-evaluations-empty")) } },
                        Section::Archived => p { strong { (crate::tr!(lang, "portal-archived-empty")) } },
                    }
                }
            }
        } @else {
            p.count {
                (crate::tr!(lang, "portal-showing", from = first_shown, to = last_shown, total = view.total))
            }
            div.licence-list {
                div.list-head aria-hidden="true" {
                    span { (crate::tr!(lang, "portal-col-product")) } span { (crate::tr!(lang, "portal-col-name")) }
                    span { (crate::tr!(lang, "portal-col-support-expires")) } span { (crate::tr!(lang, "portal-col-support")) }
                }
                @for licence in view.licences {
                    (row(lang, view, licence))
                }
            }
            @if view.pages > 1 {
                nav.pager aria-label=(crate::tr!(lang, "portal-pages-label")) {
                    @if view.page > 1 {
                        a href=(link(view.page - 1)) rel="prev" { (crate::tr!(lang, "portal-previous-page")) }
                    }
                    span { (crate::tr!(lang, "portal-page-of", page = view.page, pages = view.pages)) }
                    @if view.page < view.pages {
                        a href=(link(view.page + 1)) rel="next" { (crate::tr!(lang, "portal-next-page")) }
                    }
                }
            }
        }
    }
}

/// Notes as a list row shows them: the first 200 characters, the rest left to the licence's page.
fn row(lang: Language, view: &ListView<'_>, licence: &Licence) -> Markup {
    let today = view.today.date;
    let shown_expiry = licence.shown_expiry();
    let no_contacts = LicenceContacts::default();
    let contacts = view.contacts.get(&licence.id).unwrap_or(&no_contacts);
    let id = licence.id;
    let mut links = vec![
        html! { a href=(Route::Licence(id).path()) { (crate::tr!(lang, "portal-open-details")) } },
    ];
    links.extend(super::details::action_links(
        lang,
        licence,
        (view.downloadable)(licence),
    ));
    html! {
        details class=(state_class(shown_expiry, today)) id={"licence-" (id)} {
            summary {
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-product"))) } (licence.product) (super::marks(lang, licence)) }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-name"))) } (licence.name) }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-support-expires"))) }
                    (super::kinds::expiry_cell(lang, licence, shown_expiry, today)) }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-support"))) }
                    (licence.support_level) " " (support_badge(lang, shown_expiry, today)) }
                @if let Some(notes) = licence.notes_matching(view.search) {
                    span.notes-match { strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-notes-matched"))) } (notes) }
                }
            }
            div {
                dl.facts {
                    dt { (crate::tr!(lang, "portal-organisation")) } dd { (licence.organisation) }
                    dt { (crate::tr!(lang, "portal-sen")) } dd { (licence.sen.as_deref().unwrap_or("—")) }
                    dt { (crate::tr!(lang, "portal-licensed-to")) } dd { (licence.licensed_to) }
                    dt { (crate::tr!(lang, "portal-server-id")) } dd { code { (licence.server_id.as_deref().unwrap_or("—")) } }
                    dt { (crate::tr!(lang, "portal-licence-key")) }
                    dd {
                        @if licence.licence_key.is_none() {
                            (crate::tr!(lang, "portal-no-key-yet"))
                        } @else if licence.key_retrieved_at.is_some() {
                            a href={(Route::Licence(id).path()) "#key"} { (crate::tr!(lang, "portal-view-licence-key")) }
                        } @else {
                            a href=(Route::LicenceKey(id).path()) { (crate::tr!(lang, "portal-view-licence-key")) }
                        }
                    }
                    @if licence.is_evaluation {
                        @if let (Some(start), Some(expiry)) = (licence.purchase_date, licence.licence_expiry) {
                            @let progress = evaluation_progress(start, expiry, today);
                            dt { (crate::tr!(lang, "portal-evaluation")) }
                            dd { (super::details::progress_text(lang, &progress)) }
                        }
                    } @else {
                        dt { (crate::tr!(lang, "portal-auto-renew")) }
                        dd { @if licence.auto_renew { (crate::tr!(lang, "portal-on")) } @else { (crate::tr!(lang, "portal-off")) } }
                    }
                    (contact_facts(lang, contacts, ContactRole::Technical, &crate::tr!(lang, "portal-technical-contact")))
                    (contact_facts(lang, contacts, ContactRole::Billing, &crate::tr!(lang, "portal-billing-contact")))
                }
                p.actions {
                    strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-actions"))) }
                    (super::details::joined(&links))
                    @if licence.archived {
                        form.inline method="post" action=(Route::LicenceRestore(id).path()) {
                            (csrf_field(view.csrf))
                            button.link type="submit" { (crate::tr!(lang, "portal-restore")) }
                        }
                    }
                }
            }
        }
    }
}

pub fn contact_facts(
    lang: Language,
    contacts: &LicenceContacts,
    role: ContactRole,
    label: &str,
) -> Markup {
    html! {
        dt { (label) }
        dd {
            @let of_role: Vec<_> = contacts.of_role(role).collect();
            @if of_role.is_empty() {
                span.muted { (crate::tr!(lang, "portal-no-contact")) }
            } @else {
                ul.plain {
                    @for contact in of_role {
                        li {
                            @if contact.display_name.is_empty() {
                                (contact.email)
                            } @else {
                                (crate::tr!(lang, "portal-name-with-detail", name = contact.email.as_str(), detail = contact.display_name.as_str()))
                            }
                            @if contact.is_primary { " " span.badge.neutral { (crate::tr!(lang, "portal-primary")) } }
                        }
                    }
                }
            }
        }
    }
}
