//! The licences list: sections Licences / Evaluations / Archived, search, sort, paging, the
//! organisation and state filters, grouping by organisation, and rows that expand ("+") to
//! their details and actions without JavaScript (`<details>`).

use std::collections::HashMap;

use maud::{Markup, html};

use super::Today;
use super::dates::{state_class, support_badge};
use crate::domain::listing::{LicenceState, OrganisationFilter};
use crate::domain::organisation::{LicenceAccess, OrganisationRef};
use crate::domain::terms::evaluation_progress;
use crate::domain::{ContactRole, LicenceContacts};
use crate::domain::{Licence, LicenceId};
use crate::domain::{OrganisationId, Section, SortOrder};
use crate::i18n::Language;
use crate::paths::{self, LicenceList, Route};
use crate::views::components::csrf_field;

pub struct ListView<'a> {
    /// The list shown, at the page shown.
    pub list: &'a LicenceList,
    pub pages: i64,
    pub per_page: i64,
    pub total: i64,
    pub licences: &'a [Licence],
    /// The first organisations the viewer may filter by, by name.
    pub organisations: &'a [OrganisationRef],
    /// Whether the viewer may filter by more organisations than `organisations` holds.
    pub more_organisations: bool,
    /// The organisation the list is filtered by, when the viewer may know of it.
    pub chosen_organisation: Option<&'a OrganisationRef>,
    pub contacts: &'a HashMap<LicenceId, LicenceContacts>,
    /// Licences whose key the viewer may download (gate passed, or an admin).
    pub downloadable: &'a dyn Fn(&Licence) -> bool,
    /// What the viewer may do with each licence shown: a consultant's rows offer no actions,
    /// and name a withheld key as withheld.
    pub access: &'a dyn Fn(&Licence) -> LicenceAccess,
    /// Whether the viewer reaches an organisation's page: its name is a link only then.
    pub reaches: &'a dyn Fn(OrganisationId) -> bool,
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
    let list = view.list;
    let link = |page: i64| Route::Licences(list.at_page(page)).path();
    let first_shown = (list.page - 1) * view.per_page + 1;
    let last_shown = first_shown - 1 + view.licences.len() as i64;
    let filtered = list.organisation.is_some() || list.state.is_some();
    html! {
        div.page-head {
            h1 { (title(lang, list.section)) }
            div.actions {
                @if list.section == Section::Licences {
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
                // A state cuts across the sections: none of them is the page then.
                @if section == list.section && list.state.is_none() {
                    a href=(href) aria-current="page" { (label) }
                } @else {
                    a href=(href) { (label) }
                }
            }
        }
        div.toolbar {
            form.search method="get" action=(Route::licences().path()) role="search" {
                @if let Some(section) = paths::section_name(list.section) {
                    input type="hidden" name="section" value=(section);
                }
                @if let Some(state) = list.state {
                    input type="hidden" name="state" value=(state.as_str());
                }
                @if list.grouped {
                    input type="hidden" name="group" value=(paths::GROUP_BY_ORGANISATION);
                }
                div.fields {
                    div.grow {
                        label for="field-q" { (crate::tr!(lang, "portal-search-label")) }
                        input #field-q type="search" name="q" value=(list.search)
                            aria-describedby="field-q-hint";
                    }
                    (organisation_select(lang, view))
                    div {
                        label for="field-sort" { (crate::tr!(lang, "portal-sort-label")) }
                        select #field-sort name="sort" {
                            option value=(paths::sort_param(SortOrder::ExpirySoonest)) selected[list.sort == SortOrder::ExpirySoonest] {
                                (crate::tr!(lang, "portal-sort-soonest"))
                            }
                            option value=(paths::sort_param(SortOrder::ExpiryLatest)) selected[list.sort == SortOrder::ExpiryLatest] {
                                (crate::tr!(lang, "portal-sort-latest"))
                            }
                        }
                    }
                    div { button type="submit" { (crate::tr!(lang, "portal-search-button")) } }
                }
                p.hint #field-q-hint { (crate::tr!(lang, "portal-search-hint")) }
            }
            div.actions {
                @if list.grouped {
                    a href=(Route::Licences(list.grouped(false)).path()) { (crate::tr!(lang, "org-list-ungroup")) }
                } @else {
                    a href=(Route::Licences(list.grouped(true)).path()) { (crate::tr!(lang, "org-list-group")) }
                }
            }
        }
        @if filtered {
            ul.chips aria-label=(crate::tr!(lang, "org-list-filters-label")) {
                @if let Some(organisation) = list.organisation {
                    @let name = organisation_name(lang, view.chosen_organisation, organisation);
                    (chip(lang, &crate::tr!(lang, "org-list-chip-organisation", name = name),
                        &Route::Licences(list.without_organisation()).path()))
                }
                @if let Some(state) = list.state {
                    (chip(lang, &crate::tr!(lang, "org-list-chip-state", state = state_label(lang, state)),
                        &Route::Licences(list.without_state()).path()))
                }
            }
        }
        @if view.licences.is_empty() {
            div.empty {
                @if !list.search.is_empty() {
                    p { strong { (crate::tr!(lang, "portal-no-match", search = list.search.as_str())) } }
                } @else if filtered {
                    p { strong { (crate::tr!(lang, "org-list-no-match")) } }
                } @else {
                    @match list.section {
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
                    span { (crate::tr!(lang, "org-list-col-organisation")) }
                    span { (crate::tr!(lang, "portal-col-support-expires")) } span { (crate::tr!(lang, "portal-col-support")) }
                }
                @for (index, licence) in view.licences.iter().enumerate() {
                    @if list.grouped && starts_group(view.licences, index) {
                        (group_heading(lang, view, index))
                    }
                    (row(lang, view, licence))
                }
            }
            @if view.pages > 1 {
                nav.pager aria-label=(crate::tr!(lang, "portal-pages-label")) {
                    @if list.page > 1 {
                        a href=(link(list.page - 1)) rel="prev" { (crate::tr!(lang, "portal-previous-page")) }
                    }
                    span { (crate::tr!(lang, "portal-page-of", page = list.page, pages = view.pages)) }
                    @if list.page < view.pages {
                        a href=(link(list.page + 1)) rel="next" { (crate::tr!(lang, "portal-next-page")) }
                    }
                }
            }
        }
    }
}

/// The select of the organisations the viewer may filter by. The chosen one stays chosen
/// (under its number when the viewer does not know of it), so searching keeps it, even past
/// the first organisations the select offers.
fn organisation_select(lang: Language, view: &ListView<'_>) -> Markup {
    let chosen = view.list.organisation;
    let offered = |id: OrganisationId| view.organisations.iter().any(|o| o.id == id);
    let extra = match chosen {
        Some(OrganisationFilter::Of(id)) if !offered(id) => {
            let name =
                organisation_name(lang, view.chosen_organisation, OrganisationFilter::Of(id));
            Some((id, name))
        }
        _ => None,
    };
    html! {
        div {
            label for="field-organisation" { (crate::tr!(lang, "org-list-organisation-label")) }
            select #field-organisation name="organisation"
                aria-describedby=[view.more_organisations.then_some("field-organisation-hint")] {
                option value="" selected[chosen.is_none()] { (crate::tr!(lang, "org-list-all-organisations")) }
                @for organisation in view.organisations {
                    option value=(organisation.id) selected[chosen == Some(OrganisationFilter::Of(organisation.id))] {
                        (organisation.name)
                    }
                }
                @if let Some((id, name)) = extra {
                    option value=(id) selected { (name) }
                }
                option value=(paths::organisation_param(OrganisationFilter::Unassigned))
                    selected[chosen == Some(OrganisationFilter::Unassigned)] {
                    (crate::tr!(lang, "org-list-no-organisation"))
                }
            }
            @if view.more_organisations {
                p.hint #field-organisation-hint {
                    (crate::tr!(lang, "org-list-more-organisations", count = view.organisations.len()))
                }
            }
        }
    }
}

/// The name of the organisation a filter names, as far as the viewer may know it: a number
/// that is none of the viewer's organisations is shown as the number it is.
fn organisation_name(
    lang: Language,
    known: Option<&OrganisationRef>,
    filter: OrganisationFilter,
) -> String {
    match (filter, known) {
        (OrganisationFilter::Unassigned, _) => crate::tr!(lang, "org-list-no-organisation"),
        (OrganisationFilter::Of(id), Some(organisation)) if organisation.id == id => {
            organisation.name.clone()
        }
        (OrganisationFilter::Of(id), _) => {
            crate::tr!(lang, "org-list-unknown-organisation", id = id.to_string())
        }
    }
}

/// A filter in force, with the link that lifts it.
fn chip(lang: Language, text: &str, without: &str) -> Markup {
    let remove = crate::tr!(lang, "org-list-remove-filter");
    html! {
        li.chip {
            span { (text) }
            " "
            a.remove href=(without) title=(remove) aria-label=(remove) { "✕" }
        }
    }
}

/// What a state is called in the list.
pub fn state_label(lang: Language, state: LicenceState) -> String {
    use crate::domain::listing::{EXPIRING_DAYS, INACTIVE_DAYS};
    match state {
        LicenceState::Active => crate::tr!(lang, "org-list-state-active"),
        LicenceState::Expiring => crate::tr!(lang, "org-list-state-expiring", days = EXPIRING_DAYS),
        LicenceState::SupportExpired => crate::tr!(lang, "org-list-state-support-expired"),
        LicenceState::Evaluation => crate::tr!(lang, "org-list-state-evaluation"),
        LicenceState::Test => crate::tr!(lang, "org-list-state-test"),
        LicenceState::SingleContact => crate::tr!(lang, "org-list-state-single-contact"),
        LicenceState::PrimaryInactive => {
            crate::tr!(
                lang,
                "org-list-state-primary-inactive",
                days = INACTIVE_DAYS
            )
        }
        LicenceState::NoBilling => crate::tr!(lang, "org-list-state-no-billing"),
    }
}

/// The organisation a licence belongs to, as the list groups by it.
fn group_of(licence: &Licence) -> Option<OrganisationId> {
    licence.belongs_to.as_ref().map(|o| o.id)
}

/// Whether the licence at `index` is the first of its organisation on this page.
fn starts_group(licences: &[Licence], index: usize) -> bool {
    index == 0 || group_of(&licences[index - 1]) != group_of(&licences[index])
}

/// The heading of the group that starts at `index`: its organisation and how many of its
/// licences this page shows.
fn group_heading(lang: Language, view: &ListView<'_>, index: usize) -> Markup {
    let licences = view.licences;
    let group = group_of(&licences[index]);
    let count = licences[index..]
        .iter()
        .take_while(|l| group_of(l) == group)
        .count();
    html! {
        h2.group-head {
            @match &licences[index].belongs_to {
                Some(organisation) if (view.reaches)(organisation.id) => a href=(paths::organisation_path(organisation.id)) { (organisation.name) },
                Some(organisation) => (organisation.name),
                None => (crate::tr!(lang, "org-list-no-organisation")),
            }
            " "
            span.muted { (crate::tr!(lang, "org-list-group-count", count = count)) }
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
    let access = (view.access)(licence);
    let mut links = vec![
        html! { a href=(Route::Licence(id).path()) { (crate::tr!(lang, "portal-open-details")) } },
    ];
    if access.may_manage() {
        links.extend(super::details::action_links(
            lang,
            licence,
            (view.downloadable)(licence),
        ));
    }
    html! {
        details class=(state_class(licence.shown_state(today))) id={"licence-" (id)} {
            summary {
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-product"))) } (licence.product) (super::marks(lang, licence)) }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-name"))) } (licence.name) }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "org-list-col-organisation"))) }
                    @match &licence.belongs_to {
                        Some(organisation) if (view.reaches)(organisation.id) => a href=(paths::organisation_path(organisation.id)) { (organisation.name) },
                        Some(organisation) => (organisation.name),
                        None => span.muted { "—" },
                    }
                }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-support-expires"))) }
                    (super::kinds::expiry_cell(lang, licence, shown_expiry, today)) }
                span.cell { span.label { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-col-support"))) }
                    (licence.support_level) " " (support_badge(lang, licence.shown_state(today))) }
                @if let Some(notes) = licence.notes_matching(&view.list.search) {
                    span.notes-match { strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-notes-matched"))) } (notes) }
                }
            }
            div {
                dl.facts {
                    dt { (crate::tr!(lang, "org-list-organisation-on-key")) } dd { (licence.organisation) }
                    dt { (crate::tr!(lang, "portal-sen")) } dd { (licence.sen.as_deref().unwrap_or("—")) }
                    dt { (crate::tr!(lang, "portal-licensed-to")) } dd { (licence.licensed_to) }
                    dt { (crate::tr!(lang, "portal-server-id")) } dd { code { (licence.server_id.as_deref().unwrap_or("—")) } }
                    dt { (crate::tr!(lang, "portal-licence-key")) }
                    dd {
                        @if licence.licence_key.is_none() {
                            (crate::tr!(lang, "portal-no-key-yet"))
                        } @else if !access.sees_keys() {
                            (crate::tr!(lang, "org-access-key-withheld"))
                        } @else if licence.key_retrieved_at.is_some() {
                            a href={(Route::Licence(id).path()) "#key"} { (crate::tr!(lang, "portal-view-licence-key")) }
                        } @else if access.may_manage() {
                            a href=(Route::LicenceKey(id).path()) { (crate::tr!(lang, "portal-view-licence-key")) }
                        } @else {
                            (crate::tr!(lang, "portal-key-gate-hint"))
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
                    @if licence.archived && access.may_manage() {
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
