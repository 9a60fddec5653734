//! The licences list: sections Licences / Evaluations / Archived, search, sort, paging, and
//! rows that expand ("+") to their details and actions without JavaScript (`<details>`).

use std::collections::HashMap;

use maud::{Markup, html};

use super::Today;
use super::dates::{date_with_hint, state_class, support_badge};
use crate::domain::terms::evaluation_progress;
use crate::domain::{ContactRole, LicenceContacts};
use crate::domain::{Licence, LicenceId};
use crate::domain::{Section, SortOrder};
use crate::i18n::{Catalogue, PortalCatalogue, fill};
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

pub fn title(t: &PortalCatalogue, cat: &Catalogue, section: Section) -> &'static str {
    match section {
        Section::Licences => cat.licences_title,
        Section::Evaluations => t.evaluations_title,
        Section::Archived => t.archived_title,
    }
}

pub fn list(cat: &Catalogue, view: &ListView<'_>) -> Markup {
    let t = cat.portal;
    let link = |page: i64| {
        Route::Licences(LicenceList {
            section: view.section,
            search: view.search.to_owned(),
            sort: view.sort,
            page,
        })
        .path()
    };
    html! {
        div.page-head {
            h1 { (title(t, cat, view.section)) }
            div.actions {
                @if view.section == Section::Licences {
                    a.button href=(Route::NewLicence.path()) { (t.add_licence) }
                }
                a.button href=(Route::NewEvaluation.path()) { (t.new_evaluation) }
            }
        }
        nav.tabs aria-label=(t.sections_label) {
            @for (section, label) in [(Section::Licences, cat.licences_title),
                                      (Section::Evaluations, t.evaluations_title),
                                      (Section::Archived, t.archived_title)] {
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
                        label for="field-q" { (t.search_label) }
                        input #field-q type="search" name="q" value=(view.search)
                            aria-describedby="field-q-hint";
                    }
                    div {
                        label for="field-sort" { (t.sort_label) }
                        select #field-sort name="sort" {
                            option value=(paths::sort_param(SortOrder::ExpirySoonest)) selected[view.sort == SortOrder::ExpirySoonest] {
                                (t.sort_soonest)
                            }
                            option value=(paths::sort_param(SortOrder::ExpiryLatest)) selected[view.sort == SortOrder::ExpiryLatest] {
                                (t.sort_latest)
                            }
                        }
                    }
                    div { button type="submit" { (t.search_button) } }
                }
                p.hint #field-q-hint { (t.search_hint) }
            }
        }
        @if view.licences.is_empty() {
            div.empty {
                @if !view.search.is_empty() {
                    p { strong { (fill(t.no_match, &[("search", &view.search)])) } }
                } @else {
                    @match view.section {
                        Section::Licences => {
                            p { strong { (cat.licences_empty) } }
                            p { (cat.licences_empty_hint) }
                        }
                        Section::Evaluations => p { strong { (t.evaluations_empty) } },
                        Section::Archived => p { strong { (t.archived_empty) } },
                    }
                }
            }
        } @else {
            p.count {
                (fill(t.showing, &[
                    ("from", &((view.page - 1) * view.per_page + 1)),
                    ("to", &((view.page - 1) * view.per_page + view.licences.len() as i64)),
                    ("total", &view.total),
                ]))
            }
            div.licence-list {
                div.list-head aria-hidden="true" {
                    span { (t.col_product) } span { (t.col_name) }
                    span { (t.col_support_expires) } span { (t.col_support) }
                }
                @for licence in view.licences {
                    (row(t, view, licence))
                }
            }
            @if view.pages > 1 {
                nav.pager aria-label=(t.pages_label) {
                    @if view.page > 1 {
                        a href=(link(view.page - 1)) rel="prev" { (t.previous_page) }
                    }
                    span { (fill(t.page_of, &[("page", &view.page), ("pages", &view.pages)])) }
                    @if view.page < view.pages {
                        a href=(link(view.page + 1)) rel="next" { (t.next_page) }
                    }
                }
            }
        }
    }
}

/// Notes as a list row shows them: the first 200 characters, the rest left to the licence's page.
fn row(t: &PortalCatalogue, view: &ListView<'_>, licence: &Licence) -> Markup {
    let today = view.today.date;
    let shown_expiry = licence.shown_expiry();
    let no_contacts = LicenceContacts::default();
    let contacts = view.contacts.get(&licence.id).unwrap_or(&no_contacts);
    let id = licence.id;
    let mut links = vec![html! { a href=(Route::Licence(id).path()) { (t.open_details) } }];
    links.extend(super::details::action_links(
        t,
        licence,
        (view.downloadable)(licence),
    ));
    html! {
        details class=(state_class(shown_expiry, today)) id={"licence-" (id)} {
            summary {
                span.cell { span.label { (t.col_product) ": " } (licence.product) (super::marks(t, licence)) }
                span.cell { span.label { (t.col_name) ": " } (licence.name) }
                span.cell { span.label { (t.col_support_expires) ": " }
                    (date_with_hint(t, shown_expiry, today, true)) }
                span.cell { span.label { (t.col_support) ": " }
                    (licence.support_level) " " (support_badge(t, shown_expiry, today)) }
                @if let Some(notes) = licence.notes_matching(view.search) {
                    span.notes-match { strong { (t.notes_matched) ": " } (notes) }
                }
            }
            div {
                dl.facts {
                    dt { (t.organisation) } dd { (licence.organisation) }
                    dt { (t.sen) } dd { (licence.sen.as_deref().unwrap_or("—")) }
                    dt { (t.licensed_to) } dd { (licence.licensed_to) }
                    dt { (t.server_id) } dd { code { (licence.server_id.as_deref().unwrap_or("—")) } }
                    dt { (t.licence_key) }
                    dd {
                        @if licence.licence_key.is_none() {
                            (t.no_key_yet)
                        } @else if licence.key_retrieved_at.is_some() {
                            a href={(Route::Licence(id).path()) "#key"} { (t.view_licence_key) }
                        } @else {
                            a href=(Route::LicenceKey(id).path()) { (t.view_licence_key) }
                        }
                    }
                    @if licence.is_evaluation {
                        @if let (Some(start), Some(expiry)) = (licence.purchase_date, licence.licence_expiry) {
                            @let progress = evaluation_progress(start, expiry, today);
                            dt { (t.evaluation) }
                            dd { (super::details::progress_text(t, &progress)) }
                        }
                    } @else {
                        dt { (t.auto_renew) }
                        dd { @if licence.auto_renew { (t.on) } @else { (t.off) } }
                    }
                    (contact_facts(t, contacts, ContactRole::Technical, t.technical_contact))
                    (contact_facts(t, contacts, ContactRole::Billing, t.billing_contact))
                }
                p.actions {
                    strong { (t.actions) ": " }
                    (super::details::joined(&links))
                    @if licence.archived {
                        form.inline method="post" action=(Route::LicenceRestore(id).path()) {
                            (csrf_field(view.csrf))
                            button.link type="submit" { (t.restore) }
                        }
                    }
                }
            }
        }
    }
}

pub fn contact_facts(
    t: &PortalCatalogue,
    contacts: &LicenceContacts,
    role: ContactRole,
    label: &str,
) -> Markup {
    html! {
        dt { (label) }
        dd {
            @let of_role: Vec<_> = contacts.of_role(role).collect();
            @if of_role.is_empty() {
                span.muted { (t.no_contact) }
            } @else {
                ul.plain {
                    @for contact in of_role {
                        li {
                            (contact.email)
                            @if !contact.display_name.is_empty() { " (" (contact.display_name) ")" }
                            @if contact.is_primary { " " span.badge.neutral { (t.primary) } }
                        }
                    }
                }
            }
        }
    }
}
