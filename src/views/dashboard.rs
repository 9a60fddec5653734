//! The partner dashboard: a table of the organisations the viewer reaches with their licences
//! counted by state, each figure a link to the list cut the same way, and below it the licences
//! behind each bus-factor warning. And an organisation's monthly report: the mail as it would
//! go out this month, and the form that switches it on or off. Links and tables only: it works
//! without JavaScript.

use maud::{Markup, html};

use crate::app::dashboard::{Dashboard, Row, WholeList};
use crate::domain::OrganisationId;
use crate::domain::dashboard::{Flags, StateCounts};
use crate::domain::listing::LicenceState;
use crate::domain::organisation::Organisation;
use crate::i18n::{Language, dashboard as words, format};
use crate::paths::{Route, organisation_state_list, state_list};
use crate::views::components::csrf_field;

/// The states in the table's order: the licences, then the next renewal, then the warnings.
const COUNTED: [LicenceState; 5] = [
    LicenceState::Active,
    LicenceState::Expiring,
    LicenceState::SupportExpired,
    LicenceState::Evaluation,
    LicenceState::Test,
];
const WARNINGS: [LicenceState; 3] = [
    LicenceState::SingleContact,
    LicenceState::PrimaryInactive,
    LicenceState::NoBilling,
];

pub fn page(lang: Language, dashboard: &Dashboard) -> Markup {
    html! {
        div.page-head {
            h1 {
                (crate::tr!(lang, "org-dash-title"))
                @if let Some(only) = &dashboard.only {
                    ": " (only.name)
                }
            }
            @if dashboard.only.is_some() {
                a href=(Route::Dashboard(None).path()) { (crate::tr!(lang, "org-dash-all")) }
            }
        }
        p { (crate::tr!(lang, "org-dash-intro", date = format::date(lang, dashboard.today))) }
        @if dashboard.rows.is_empty() {
            p.empty { (crate::tr!(lang, "org-dash-empty")) }
        } @else {
            div.scroll {
                table.dashboard {
                    thead {
                        tr {
                            th scope="col" { (crate::tr!(lang, "org-dash-col-organisation")) }
                            @for state in COUNTED {
                                th scope="col" { (words::state(lang, state)) }
                            }
                            th scope="col" { (crate::tr!(lang, "org-dash-col-next-renewal")) }
                            @for state in WARNINGS {
                                th scope="col" { (words::state(lang, state)) }
                            }
                            th scope="col" { (crate::tr!(lang, "org-dash-col-report")) }
                        }
                    }
                    tbody {
                        @for row in &dashboard.rows {
                            (row_markup(lang, row))
                        }
                    }
                    @if let Some(totals) = &dashboard.totals {
                        tfoot {
                            tr data-organisation="total" {
                                th scope="row" { (crate::tr!(lang, "org-dash-total")) }
                                (plain_counts(lang, totals))
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="warnings" {
            h2 #warnings { (crate::tr!(lang, "org-dash-warnings-heading")) }
            @for flags in &dashboard.flags {
                (flags_markup(lang, flags, dashboard.whole_list))
            }
        }
    }
}

/// A count: a link to the list cut the same way, or a plain 0.
fn count_cell(
    lang: Language,
    organisation: Option<OrganisationId>,
    state: LicenceState,
    n: i64,
) -> Markup {
    html! {
        td.number data-state=(state.as_str()) {
            @if n == 0 {
                "0"
            } @else {
                a href=(organisation_state_list(organisation, state)) { (format::number(lang, n)) }
            }
        }
    }
}

fn renewal_cell(lang: Language, counts: &StateCounts) -> Markup {
    html! {
        td data-state="next-renewal" {
            @if let Some(date) = counts.next_renewal {
                time datetime=(date.to_string()) { (format::date(lang, date)) }
            }
        }
    }
}

fn row_markup(lang: Language, row: &Row) -> Markup {
    let id = row.organisation.as_ref().map(|o| o.id);
    let key = id.map_or_else(|| "none".to_owned(), |id| id.to_string());
    html! {
        tr data-organisation=(key) {
            th scope="row" {
                @match &row.organisation {
                    Some(o) => a href=(Route::Dashboard(Some(o.id)).path()) { (o.name) },
                    None => (crate::tr!(lang, "org-dash-no-organisation")),
                }
            }
            @for state in COUNTED {
                (count_cell(lang, id, state, row.counts.get(state)))
            }
            (renewal_cell(lang, &row.counts))
            @for state in WARNINGS {
                (count_cell(lang, id, state, row.counts.get(state)))
            }
            td {
                @if let (Some(id), true) = (id, row.report) {
                    a href=(Route::OrganisationReport(id).path()) { (crate::tr!(lang, "org-dash-report-link")) }
                }
            }
        }
    }
}

/// The totals: plain numbers, as no one organisation's list holds them.
fn plain_counts(lang: Language, totals: &StateCounts) -> Markup {
    html! {
        @for state in COUNTED {
            td.number data-state=(state.as_str()) { (format::number(lang, totals.get(state))) }
        }
        (renewal_cell(lang, totals))
        @for state in WARNINGS {
            td.number data-state=(state.as_str()) { (format::number(lang, totals.get(state))) }
        }
        td {}
    }
}

fn flags_markup(lang: Language, flags: &Flags, whole_list: WholeList) -> Markup {
    let heading = format!("warning-{}", flags.state.as_str());
    let list = match whole_list {
        WholeList::Everything => Some(state_list(flags.state)),
        WholeList::Organisation(id) => Some(organisation_state_list(Some(id), flags.state)),
        WholeList::Nothing => None,
    };
    html! {
        section.warning aria-labelledby=(heading) data-state=(flags.state.as_str()) {
            h3 id=(heading) {
                (words::state(lang, flags.state)) " "
                span.muted { (crate::tr!(lang, "org-dash-licence-count", count = flags.total)) }
            }
            @if flags.shown.is_empty() {
                p.muted { (crate::tr!(lang, "org-dash-no-warning")) }
            } @else {
                div.scroll {
                    table {
                        thead {
                            tr {
                                th scope="col" { (crate::tr!(lang, "org-dash-col-sen")) }
                                th scope="col" { (crate::tr!(lang, "org-dash-col-product")) }
                                th scope="col" { (crate::tr!(lang, "org-dash-col-name")) }
                                th scope="col" { (crate::tr!(lang, "org-dash-col-why")) }
                            }
                        }
                        tbody {
                            @for flagged in &flags.shown {
                                tr data-licence=(flagged.licence.id.to_string()) {
                                    td { a href=(Route::Licence(flagged.licence.id).path()) { (words::licence_label(&flagged.licence)) } }
                                    td { (flagged.licence.product) }
                                    td { (flagged.licence.name) }
                                    td { (words::why(lang, &flagged.warning)) }
                                }
                            }
                        }
                    }
                }
                @if flags.more() > 0 {
                    @let more = crate::tr!(lang, "org-dash-more", count = flags.more());
                    p { @if let Some(list) = &list { a href=(list) { (more) } } @else { (more) } }
                }
            }
        }
    }
}

/// What the report page shows.
pub struct ReportView<'a> {
    pub organisation: &'a Organisation,
    pub subject: &'a str,
    pub body: &'a str,
    /// Whether this month's report has been queued.
    pub queued: bool,
    /// How many managers the organisation has.
    pub managers: usize,
    pub csrf: &'a str,
    /// Why the switch was refused.
    pub error: Option<&'a str>,
}

pub fn report(lang: Language, view: &ReportView<'_>) -> Markup {
    let organisation = view.organisation;
    let on = organisation.reports;
    html! {
        div.page-head {
            h1 { (crate::tr!(lang, "org-report-title", organisation = organisation.name.as_str())) }
            a href=(Route::Dashboard(Some(organisation.id)).path()) { (crate::tr!(lang, "org-report-dashboard-link")) }
        }
        p data-reports=(if on { "on" } else { "off" }) {
            @if on {
                (crate::tr!(lang, "org-report-is-on"))
            } @else {
                (crate::tr!(lang, "org-report-is-off"))
            }
        }
        form.stack method="post" action=(Route::OrganisationReports(organisation.id).path()) {
            (csrf_field(view.csrf))
            fieldset {
                legend { (crate::tr!(lang, "org-report-switch-legend")) }
                label { input type="radio" name="on" value="1" checked[on]; " " (crate::tr!(lang, "org-report-switch-on")) }
                label { input type="radio" name="on" value="0" checked[!on]; " " (crate::tr!(lang, "org-report-switch-off")) }
                @if let Some(error) = view.error {
                    p.field-error { (error) }
                }
            }
            div { button.primary type="submit" { (crate::tr!(lang, "org-report-save")) } }
        }
        @if view.managers == 0 {
            p.hint { (crate::tr!(lang, "org-report-no-managers")) }
        }
        p.hint {
            @if view.queued {
                (crate::tr!(lang, "org-report-queued"))
            } @else {
                (crate::tr!(lang, "org-report-not-queued"))
            }
        }
        section aria-labelledby="preview" {
            h2 #preview { (crate::tr!(lang, "org-report-preview-heading")) }
            p { strong { (view.subject) } }
            pre.mail-body { (view.body) }
        }
    }
}
