//! The licences list: sections Licences / Evaluations / Archived, a summary on the landing
//! page, search, sorting by a column's header, paging, the organisation and state filters,
//! grouping by organisation, and rows that open ("+") to their details and actions. A row opens
//! by a link (`?open=ID`), so the list renders light rows without JavaScript and one row whole.

use std::cell::RefCell;
use std::collections::HashMap;

use jiff::civil::Date;
use maud::{Markup, html};

use super::Today;
use super::dates::state_class;
use crate::domain::listing::{LicenceState, OrganisationFilter, SortColumn};
use crate::domain::organisation::{LicenceAccess, OrganisationRef};
use crate::domain::terms::evaluation_progress;
use crate::domain::{Licence, LicenceKind, SupportState};
use crate::domain::{OrganisationId, Section};
use crate::i18n::Language;
use crate::paths::{self, LicenceList, PeopleRoute, Route};
use crate::views::components::csrf_field;

pub struct ListView<'a> {
    /// The list shown, at the page shown.
    pub list: &'a LicenceList,
    pub pages: i64,
    pub per_page: i64,
    pub total: i64,
    /// The licences of the page, read without their keys (see `store::licences::ListColumns`).
    pub licences: &'a [Licence],
    /// The first organisations the viewer may filter by, by name.
    pub organisations: &'a [OrganisationRef],
    /// Whether the viewer may filter by more organisations than `organisations` holds.
    pub more_organisations: bool,
    /// The organisation the list is filtered by, when the viewer may know of it.
    pub chosen_organisation: Option<&'a OrganisationRef>,
    /// Whether the viewer reaches an organisation's page: its name is a link only then.
    pub reaches: &'a dyn Fn(OrganisationId) -> bool,
    /// The landing page's greeting: on the first page of the main list, unfiltered.
    pub summary: Option<Summary>,
    /// The row shown open, when it is on this page.
    pub open: Option<OpenRow<'a>>,
    pub today: &'a Today,
}

/// What the landing page counts for the viewer, as My Atlassian greets its users.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// The licences the viewer sees, archived ones left out.
    pub licences: i64,
    /// Of those, the ones whose support ends within `EXPIRING_DAYS` days.
    pub expiring: i64,
    /// Consolidation requests that wait for the viewer to accept or decline them.
    pub consolidations_waiting: i64,
}

/// The row shown open: the licence read whole, with what its details and actions need.
pub struct OpenRow<'a> {
    pub licence: &'a Licence,
    pub access: LicenceAccess,
    /// Whether the viewer may download its key.
    pub downloadable: bool,
    /// Its contacts, with the forms to add one and the links to make one primary (for those
    /// who may change it), as the licence's page shows them.
    pub contacts_section: Markup,
    /// What the release data says the licence is good for; `None` when it cannot tell.
    pub compatibility: Option<String>,
    pub csrf: &'a str,
}

/// The words every row repeats, translated once per page, and its expiry cells.
struct Labels {
    /// The support expiry cells of this page, each rendered once (three translated messages)
    /// and shown again for every row with the same date: a list in expiry order shows each
    /// date several times.
    expiry_cells: RefCell<HashMap<(Option<Date>, bool), Markup>>,
    /// The page's language and day, which every cell is rendered in.
    lang: Language,
    today: Date,
    product: String,
    organisation: String,
    sen: String,
    support_expires: String,
    support: String,
    state: String,
    open: String,
    close: String,
    active: String,
    expiring: String,
    expired: String,
}

impl Labels {
    fn new(lang: Language, today: Date) -> Labels {
        let label = |text: String| crate::tr!(lang, "portal-label", label = text);
        Labels {
            expiry_cells: RefCell::default(),
            lang,
            today,
            product: label(crate::tr!(lang, "portal-col-product")),
            organisation: label(crate::tr!(lang, "org-list-col-organisation")),
            sen: label(crate::tr!(lang, "portal-sen")),
            support_expires: label(crate::tr!(lang, "portal-col-support-expires")),
            support: label(crate::tr!(lang, "portal-col-support")),
            state: label(crate::tr!(lang, "list-col-state")),
            open: crate::tr!(lang, "list-open-row"),
            close: crate::tr!(lang, "list-close-row"),
            active: crate::tr!(lang, "list-state-active"),
            expiring: crate::tr!(lang, "portal-badge-expiring"),
            expired: crate::tr!(lang, "portal-badge-expired"),
        }
    }

    /// A licence's support expiry cell (see `kinds::expiry_cell`), which depends, on one page, on
    /// its date and on whether it is a test licence without one.
    fn expiry_cell(&self, licence: &Licence) -> Markup {
        let date = licence.shown_expiry();
        let relative = date.is_none() && licence.kind == LicenceKind::Test;
        self.expiry_cells
            .borrow_mut()
            .entry((date, relative))
            .or_insert_with(|| super::kinds::expiry_cell(self.lang, licence, date, self.today))
            .clone()
    }
}

/// The columns of the list, in order; the first four sort the list by a click on their header.
const COLUMNS: usize = 7;

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
    let labels = Labels::new(lang, view.today.date);
    html! {
        div.page-head {
            h1 { (title(lang, list.section)) }
            div.actions {
                @if list.section == Section::Licences {
                    a.button href=(Route::NewLicence.path()) { (crate::tr!(lang, "portal-add-licence")) }
                }
                // Archived licences are not where an evaluation starts.
                @if list.section != Section::Archived {
                    a.button href=(Route::NewEvaluation.path()) { (crate::tr!(lang, "portal-new-evaluation")) }
                }
            }
        }
        @if let Some(summary) = view.summary {
            (summary_block(lang, summary))
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
                @if let Some(sort) = paths::sort_name(list.sort) {
                    input type="hidden" name="sort" value=(sort);
                }
                div.fields {
                    div.grow {
                        label for="field-q" { (crate::tr!(lang, "list-search-label")) }
                        input #field-q type="search" name="q" value=(list.search)
                            maxlength=(paths::MAX_SEARCH_CHARS) aria-describedby="field-q-hint";
                    }
                    (organisation_select(lang, view))
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
                            p {
                                a href=(Route::Import.path()) { (crate::tr!(lang, "list-empty-import")) }
                                " · "
                                a href=(Route::NewLicence.path()) { (crate::tr!(lang, "list-empty-add")) }
                            }
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
            table.licence-list {
                thead {
                    tr {
                        th.expander scope="col" { span.vh { (crate::tr!(lang, "list-col-open")) } }
                        (sort_header(lang, list, SortColumn::Product, &crate::tr!(lang, "portal-col-product")))
                        (sort_header(lang, list, SortColumn::Organisation, &crate::tr!(lang, "org-list-col-organisation")))
                        (sort_header(lang, list, SortColumn::Sen, &crate::tr!(lang, "portal-sen")))
                        (sort_header(lang, list, SortColumn::SupportExpiry, &crate::tr!(lang, "portal-col-support-expires")))
                        th scope="col" { (crate::tr!(lang, "portal-col-support")) }
                        th scope="col" { (crate::tr!(lang, "list-col-state")) }
                    }
                }
                tbody {
                    @for (index, licence) in view.licences.iter().enumerate() {
                        @if list.grouped && starts_group(view.licences, index) {
                            (group_heading(lang, view, index))
                        }
                        (row(lang, view, &labels, licence))
                    }
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

/// The landing page's greeting: the licences the viewer has, those whose support ends soon
/// (a link to them), and the consolidation requests waiting for them.
fn summary_block(lang: Language, summary: Summary) -> Markup {
    use crate::domain::listing::EXPIRING_DAYS;
    let expiring = LicenceList {
        state: Some(LicenceState::Expiring),
        ..LicenceList::default()
    };
    html! {
        section.summary aria-label=(crate::tr!(lang, "list-summary-label")) {
            p {
                (crate::tr!(lang, "list-summary-licences", count = summary.licences))
                " "
                @if summary.expiring > 0 {
                    a href=(Route::Licences(expiring).path()) {
                        (crate::tr!(lang, "list-summary-expiring", count = summary.expiring, days = EXPIRING_DAYS))
                    }
                } @else {
                    (crate::tr!(lang, "list-summary-expiring", count = summary.expiring, days = EXPIRING_DAYS))
                }
            }
            @if summary.consolidations_waiting > 0 {
                p {
                    a href=(Route::People(PeopleRoute::Consolidate).path()) {
                        (crate::tr!(lang, "list-summary-consolidations", count = summary.consolidations_waiting))
                    }
                }
            }
        }
    }
}

/// A column's header: a link that sorts the list by it (the other way round when it already
/// is), keeping the search, filters and section; `aria-sort` says how the list is sorted.
fn sort_header(lang: Language, list: &LicenceList, column: SortColumn, label: &str) -> Markup {
    let sorted = list.sort.column() == column;
    let direction = match (sorted, list.sort.descending()) {
        (false, _) => None,
        (true, false) => Some("ascending"),
        (true, true) => Some("descending"),
    };
    let href = Route::Licences(list.sorted(list.sort.by(column))).path();
    let hint = match direction {
        Some("ascending") => crate::tr!(lang, "list-sorted-ascending"),
        Some(_) => crate::tr!(lang, "list-sorted-descending"),
        None => String::new(),
    };
    html! {
        th scope="col" aria-sort=[direction] {
            a.sort href=(href) {
                (label)
                @if let Some(direction) = direction {
                    " " span.sort-mark aria-hidden="true" { @if direction == "ascending" { "▲" } @else { "▼" } }
                    span.vh { " " (hint) }
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
        tr.group-head {
            th colspan=(COLUMNS) scope="colgroup" {
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
}

/// "—" for a field with nothing in it.
fn or_dash(text: &str) -> &str {
    if text.trim().is_empty() { "—" } else { text }
}

/// One licence's row: its product (and name), organisation, SEN, support expiry, support level
/// and state; the "+" link opens it (on this page, at this row) and "−" closes it. Notes that
/// a search found follow in a row of their own, and the open row's details after that.
fn row(lang: Language, view: &ListView<'_>, labels: &Labels, licence: &Licence) -> Markup {
    let today = view.today.date;
    let state = licence.shown_state(today);
    let id = licence.id;
    let open = view.open.as_ref().filter(|open| open.licence.id == id);
    // Closing the row keeps the reader at it, as opening does.
    let toggle = match open {
        Some(_) => format!(
            "{}#licence-{id}",
            Route::Licences(view.list.opened(None)).path()
        ),
        None => view.list.opened(Some(id)).path_to_open_row(),
    };
    let what = licence.sen.as_deref().unwrap_or(&licence.name);
    html! {
        tr class=(state_class(state)) id={"licence-" (id)} {
            td.expander {
                a href=(toggle) aria-expanded=(if open.is_some() { "true" } else { "false" })
                    title={ (if open.is_some() { &labels.close } else { &labels.open }) " " (what) }
                    aria-label={ (if open.is_some() { &labels.close } else { &labels.open }) " " (what) } {
                    @if open.is_some() { "−" } @else { "+" }
                }
            }
            td.product { span.label { (labels.product) }
                a href=(Route::Licence(id).path()) { strong { (licence.product) } } (super::marks(lang, licence))
                @if licence.name != licence.product {
                    br; span.muted.name { (licence.name) }
                }
            }
            td { span.label { (labels.organisation) }
                @match &licence.belongs_to {
                    Some(organisation) if (view.reaches)(organisation.id) => a href=(paths::organisation_path(organisation.id)) { (or_dash(&licence.organisation)) },
                    _ => (or_dash(&licence.organisation)),
                }
            }
            td.sen { span.label { (labels.sen) } (or_dash(licence.sen.as_deref().unwrap_or(""))) }
            td { span.label { (labels.support_expires) }
                (labels.expiry_cell(licence)) }
            td { span.label { (labels.support) } (or_dash(&licence.support_level)) }
            td { span.label { (labels.state) }
                // The badges `dates::support_badge` writes, in words translated once per page.
                @match state {
                    SupportState::Active => span.badge.active { (labels.active) },
                    SupportState::Expiring(_) => span.badge.expiring { (labels.expiring) },
                    SupportState::Expired(_) => span.badge.expired { (labels.expired) },
                    SupportState::Unknown => "—",
                }
            }
        }
        @if let Some(notes) = licence.notes_matching(&view.list.search) {
            tr.notes-match {
                td {}
                td colspan=(COLUMNS - 1) { strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-notes-matched"))) } (notes) }
            }
        }
        @if let Some(open) = open {
            tr.open-row {
                td colspan=(COLUMNS) { (open_details(lang, view, open)) }
            }
        }
    }
}

/// The details and actions of the open row, the licence read whole.
fn open_details(lang: Language, view: &ListView<'_>, open: &OpenRow<'_>) -> Markup {
    let licence = open.licence;
    let today = view.today.date;
    let id = licence.id;
    let access = open.access;
    let mut links = vec![
        html! { a href=(Route::Licence(id).path()) { (crate::tr!(lang, "portal-open-details")) } },
    ];
    if access.may_manage() {
        links.extend(super::details::action_links(
            lang,
            licence,
            open.downloadable,
        ));
    }
    html! {
        div.open-details {
            dl.facts {
                dt { (crate::tr!(lang, "org-list-organisation-on-key")) } dd { (or_dash(&licence.organisation)) }
                dt { (crate::tr!(lang, "portal-licensed-to")) } dd { (or_dash(&licence.licensed_to)) }
                dt { (crate::tr!(lang, "portal-server-id")) }
                dd { @match licence.server_id.as_deref() { Some(server_id) => code { (server_id) }, None => "—" } }
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
                @if let Some(note) = &open.compatibility {
                    dt { (crate::tr!(lang, "list-compatibility")) } dd { (note) }
                }
            }
            p.actions {
                strong { (crate::tr!(lang, "portal-label", label = crate::tr!(lang, "portal-actions"))) }
                (super::details::joined(&links))
                @if licence.archived && access.may_manage() {
                    form.inline method="post" action=(Route::LicenceRestore(id).path()) {
                        (csrf_field(open.csrf))
                        button.link type="submit" { (crate::tr!(lang, "portal-restore")) }
                    }
                }
            }
            (open.contacts_section)
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::domain::LicenceFields;

    fn licence(kind: LicenceKind, support_expiry: Option<Date>) -> Licence {
        Licence::read_back(
            1,
            LicenceFields {
                kind,
                support_expiry,
                ..LicenceFields::sample("SEN-1")
            },
        )
    }

    #[test]
    fn an_expiry_cell_rendered_once_is_shown_for_its_date_and_kind_only() {
        let (lang, today) = (Language::En, date(2026, 12, 3));
        let labels = Labels::new(lang, today);
        let cell = |licence: &Licence| labels.expiry_cell(licence).into_string();
        let soon = licence(LicenceKind::Server, Some(date(2026, 12, 15)));
        let later = licence(LicenceKind::Server, Some(date(2027, 2, 1)));
        let undated = licence(LicenceKind::Server, None);
        let undated_test = licence(LicenceKind::Test, None);
        // Each twice, in an order that would show a kept cell in the wrong row.
        for _ in 0..2 {
            for licence in [&undated, &soon, &undated_test, &later] {
                assert_eq!(
                    cell(licence),
                    super::super::kinds::expiry_cell(lang, licence, licence.shown_expiry(), today)
                        .into_string()
                );
            }
        }
        assert!(cell(&soon).contains("in 12 days"), "{}", cell(&soon));
        assert!(cell(&undated_test).contains("counted from when it is applied"));
        assert_eq!(labels.expiry_cells.borrow().len(), 4);
    }
}
