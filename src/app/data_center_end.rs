//! The end of Data Center for administrators: every Data Center licence still in use, grouped
//! by organisation, with what each cut-off date of the table in use (see [`super::lifecycle`])
//! means for it, sorted by the nearest decision; and the same rows as a CSV download.

use jiff::civil::Date;
use rusqlite::Connection;

use super::lifecycle::{self, Origin};
use crate::domain::data_center_end::{Outlook, outlook_of_licence};
use crate::domain::lifecycle::{Cutoff, LifecycleFile};
use crate::domain::{Deployment, Licence};
use crate::error::{AppError, AppResult};
use crate::inventory::export::neutralise_cell;
use crate::store;

/// One licence of the overview and what the cut-offs mean for it.
#[derive(Debug, Clone)]
pub struct LicenceOutlook {
    pub licence: Licence,
    pub outlook: Outlook,
}

/// The licences of one organisation (as the licences name it; empty when none is recorded),
/// nearest decision first.
#[derive(Debug, Clone)]
pub struct OrganisationGroup {
    pub organisation: String,
    pub licences: Vec<LicenceOutlook>,
}

impl OrganisationGroup {
    /// The group's nearest decision: that of its first licence.
    pub fn next_decision(&self) -> Option<Date> {
        self.licences.first().and_then(|l| l.outlook.next_decision)
    }
}

/// The overview on one day.
#[derive(Debug, Clone)]
pub struct Overview {
    pub today: Date,
    /// The cut-offs of the table in use that apply to Data Center licences, by date.
    pub cutoffs: Vec<Cutoff>,
    /// Where the table in use comes from.
    pub origin: Origin,
    /// The organisations, nearest decision first.
    pub groups: Vec<OrganisationGroup>,
}

/// Sorts by a date, a missing date (nothing left to decide) last.
fn decision_order(date: Option<Date>) -> (bool, Option<Date>) {
    (date.is_none(), date)
}

/// Every Data Center licence that is not archived, by organisation, with its outlook on
/// `today` by the cut-off table in use.
pub fn overview(conn: &Connection, today: Date) -> AppResult<Overview> {
    let cutoffs = lifecycle::cutoffs(conn)?;
    let (_, origin) = lifecycle::text(conn, LifecycleFile::Cutoffs)?;
    let mut groups: Vec<OrganisationGroup> = Vec::new();
    for licence in store::data_center::licences_in_use(conn)? {
        let outlook = outlook_of_licence(&cutoffs, &licence, today);
        let organisation = licence.organisation.trim().to_owned();
        let row = LicenceOutlook { licence, outlook };
        match groups.iter_mut().find(|g| g.organisation == organisation) {
            Some(group) => group.licences.push(row),
            None => groups.push(OrganisationGroup {
                organisation,
                licences: vec![row],
            }),
        }
    }
    for group in &mut groups {
        group.licences.sort_by(|a, b| {
            decision_order(a.outlook.next_decision)
                .cmp(&decision_order(b.outlook.next_decision))
                .then_with(|| a.licence.sen.cmp(&b.licence.sen))
                .then_with(|| a.licence.id.cmp(&b.licence.id))
        });
    }
    groups.sort_by(|a, b| {
        decision_order(a.next_decision())
            .cmp(&decision_order(b.next_decision()))
            .then_with(|| a.organisation.cmp(&b.organisation))
    });
    Ok(Overview {
        today,
        cutoffs: cutoffs
            .rows
            .into_iter()
            .filter(|c| c.applies_to == Deployment::DataCenter)
            .collect(),
        origin,
        groups,
    })
}

/// The columns of the CSV download: one row per licence and cut-off, codes and ISO dates.
const CSV_HEADER: [&str; 15] = [
    "organisation",
    "licence_id",
    "sen",
    "product",
    "name",
    "user_tier",
    "licence_expiry",
    "support_expiry",
    "next_decision",
    "event",
    "cutoff_date",
    "consequence",
    "days_left",
    "source_url",
    "reported_by",
];

/// The overview as CSV, in its order: a row for each licence and each cut-off that applies to
/// it (one row with empty cut-off columns when none does). Cells a spreadsheet would take for a
/// formula are neutralised as in the licence export.
pub fn to_csv(overview: &Overview) -> AppResult<Vec<u8>> {
    let internal = |e: csv::Error| AppError::Internal(format!("csv: {e}"));
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(internal)?;
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    for group in &overview.groups {
        for row in &group.licences {
            let licence = &row.licence;
            let tier = licence
                .user_tier
                .map_or_else(|| "unlimited".to_owned(), |t| t.to_string());
            let fixed = [
                group.organisation.clone(),
                licence.id.to_string(),
                licence.sen.clone().unwrap_or_default(),
                licence.product.clone(),
                licence.name.clone(),
                tier,
                date(licence.licence_expiry),
                date(licence.support_expiry),
                date(row.outlook.next_decision),
            ];
            let lines: Vec<[String; 6]> = if row.outlook.lines.is_empty() {
                vec![Default::default()]
            } else {
                row.outlook
                    .lines
                    .iter()
                    .map(|line| {
                        [
                            line.cutoff.event.code().to_owned(),
                            line.cutoff.date.to_string(),
                            line.consequence.code().to_owned(),
                            line.consequence
                                .days_left()
                                .map(|d| d.to_string())
                                .unwrap_or_default(),
                            line.cutoff.source_url.clone(),
                            line.cutoff.reported_by.clone(),
                        ]
                    })
                    .collect()
            };
            for line in lines {
                let cells = fixed.iter().chain(line.iter()).map(|c| neutralise_cell(c));
                writer.write_record(cells).map_err(internal)?;
            }
        }
    }
    writer
        .into_inner()
        .map_err(|e| AppError::Internal(format!("csv: {}", e.error())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceFields;
    use jiff::civil::date;

    fn dc(conn: &Connection, sen: &str, organisation: &str, renews: Date) {
        store::licences::insert(
            conn,
            &LicenceFields {
                product: "Confluence".into(),
                deployment: Deployment::DataCenter,
                organisation: organisation.into(),
                licence_expiry: Some(renews),
                support_expiry: Some(renews),
                ..LicenceFields::sample(sen)
            },
            0,
        )
        .expect("insert");
    }

    #[test]
    fn organisations_come_nearest_decision_first() {
        let conn = store::open_in_memory().expect("db");
        dc(&conn, "SEN-1", "Later Ltd", date(2027, 9, 1));
        dc(&conn, "SEN-2", "Sooner GmbH", date(2027, 2, 1));
        dc(&conn, "SEN-3", "Later Ltd", date(2027, 1, 15));
        store::licences::insert(&conn, &LicenceFields::sample("SEN-4"), 0).expect("server");
        let overview = overview(&conn, date(2026, 12, 2)).expect("overview");
        let order: Vec<(&str, Vec<&str>)> = overview
            .groups
            .iter()
            .map(|g| {
                (
                    g.organisation.as_str(),
                    g.licences
                        .iter()
                        .map(|l| l.licence.sen.as_deref().unwrap_or(""))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            order,
            [
                ("Later Ltd", vec!["SEN-3", "SEN-1"]),
                ("Sooner GmbH", vec!["SEN-2"])
            ]
        );
        assert_eq!(overview.cutoffs.len(), 3);
        let csv = String::from_utf8(to_csv(&overview).expect("csv")).expect("utf-8");
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + 3 * 3, "{csv}");
        assert!(lines[0].starts_with("organisation,licence_id,sen,"));
        assert!(
            lines.iter().any(|l| l.contains("SEN-3")
                && l.contains("dc-end-of-life,2029-03-28,last-renewals-before-end-of-life")),
            "{csv}"
        );
    }
}
