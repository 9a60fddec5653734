//! The end of Data Center for administrators: the cut-off dates in use with their sources, and
//! every Data Center licence in use by organisation, each with what the cut-offs mean for it.
//! A page of links and tables: it works without JavaScript.

use maud::{Markup, html};

use crate::app::data_center_end::{LicenceOutlook, Overview};
use crate::app::lifecycle::Origin;
use crate::i18n::{Language, data_center_end as words, format};
use crate::paths::Route;
use crate::views::licences::tier;
use crate::views::people::admin::{AdminPage, subnav};
use crate::views::people::format::when;

pub fn page(lang: Language, overview: &Overview) -> Markup {
    let date = |d: Option<jiff::civil::Date>| d.map(|d| format::date(lang, d)).unwrap_or_default();
    html! {
        div.page-head {
            h1 { (crate::tr!(lang, "eodc-title")) }
            a href=(Route::EndOfDataCenterCsv.path()) download { (crate::tr!(lang, "eodc-download-csv")) }
        }
        (subnav(lang, AdminPage::EndOfDataCenter))
        p { (crate::tr!(lang, "eodc-intro")) }
        section aria-labelledby="cutoffs" {
            h2 #cutoffs { (crate::tr!(lang, "eodc-cutoffs-heading")) }
            p.hint {
                @match &overview.origin {
                    Origin::Shipped => (crate::tr!(lang, "eodc-cutoffs-shipped")),
                    Origin::Imported { at, by } => (crate::tr!(lang, "eodc-cutoffs-imported", by = by.as_str(), date = when(lang, *at))),
                }
            }
            table.cutoffs {
                thead { tr { th { (crate::tr!(lang, "eodc-col-event")) } th { (crate::tr!(lang, "eodc-col-date")) } th { (crate::tr!(lang, "eodc-col-source")) } } }
                tbody {
                    @for cutoff in &overview.cutoffs {
                        tr data-event=(cutoff.event.code()) {
                            td { (words::event(lang, cutoff.event)) }
                            td { time datetime=(cutoff.date.to_string()) { (format::date(lang, cutoff.date)) } }
                            td { a href=(cutoff.source_url) rel="noreferrer" { (cutoff.reported_by) } }
                        }
                    }
                }
            }
        }
        @if overview.groups.is_empty() {
            p.empty { (crate::tr!(lang, "eodc-empty")) }
        }
        @for (index, group) in overview.groups.iter().enumerate() {
            @let heading = format!("organisation-{index}");
            section.organisation aria-labelledby=(heading) {
                h2 id=(heading) {
                    @if group.organisation.is_empty() {
                        (crate::tr!(lang, "eodc-no-organisation"))
                    } @else {
                        (group.organisation)
                    }
                    " " span.muted { (crate::tr!(lang, "eodc-group-count", count = group.licences.len())) }
                }
                div.scroll {
                    table {
                        thead {
                            tr {
                                th { (crate::tr!(lang, "eodc-col-licence")) }
                                th { (crate::tr!(lang, "eodc-col-product")) }
                                th { (crate::tr!(lang, "eodc-col-tier")) }
                                th { (crate::tr!(lang, "eodc-col-licence-expiry")) }
                                th { (crate::tr!(lang, "eodc-col-support-expiry")) }
                                th { (crate::tr!(lang, "eodc-col-meaning")) }
                            }
                        }
                        tbody {
                            @for row in &group.licences {
                                (licence_row(lang, row, &date))
                            }
                        }
                    }
                }
            }
        }
    }
}

fn licence_row(
    lang: Language,
    row: &LicenceOutlook,
    date: &dyn Fn(Option<jiff::civil::Date>) -> String,
) -> Markup {
    let licence = &row.licence;
    let label = licence
        .sen
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| licence.name.clone());
    html! {
        tr data-licence=(licence.id.to_string()) {
            td { a href=(Route::Licence(licence.id).path()) { (label) } }
            td { (licence.product) }
            td { (tier(lang, licence)) }
            td { (date(licence.licence_expiry)) }
            td { (date(licence.support_expiry)) }
            td {
                @match row.outlook.next_decision {
                    Some(next) => p { strong { (crate::tr!(lang, "eodc-next-decision", date = format::date(lang, next))) } },
                    None => p.muted { (crate::tr!(lang, "eodc-nothing-ahead")) },
                }
                @if row.outlook.lines.is_empty() {
                    p.muted { (crate::tr!(lang, "eodc-no-cutoff")) }
                } @else {
                    ul {
                        @for line in &row.outlook.lines {
                            li data-consequence=(line.consequence.code()) {
                                (words::line(lang, line))
                                " "
                                a.hint-inline href=(line.cutoff.source_url) rel="noreferrer" {
                                    (crate::tr!(lang, "eodc-source", who = line.cutoff.reported_by.as_str()))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
