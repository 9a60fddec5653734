//! The co-term planner of an organisation: who may see it, the plan of renewals that brings
//! every licence's support to one date, the same plan as CSV, and the renewal orders it makes
//! in one transaction (each the portal's one renewal, [`super::renewals::renew`]).

use jiff::civil::Date;
use rusqlite::Connection;

use super::renewals::{self, OrderDetails, Renewal};
use crate::domain::actor::Actor;
use crate::domain::coterm::{self, Plan, Term};
use crate::domain::organisation::Organisation;
use crate::domain::{OrganisationId, Viewer};
use crate::error::{AppError, AppResult};
use crate::inventory::export::neutralise_cell;
use crate::store;

/// How a viewer reaches an organisation's planner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// An administrator or a manager of the organisation: sees the plan and orders it.
    Orders,
    /// A consultant with a running grant: sees the plan and its CSV, orders nothing.
    Reads,
}

/// The organisation and how the viewer reaches it at `now`; `None` when it does not exist or
/// the viewer may not see it (both a 404, so that ids are not confirmed).
pub fn reach(
    conn: &Connection,
    viewer: Viewer,
    id: OrganisationId,
    now: i64,
) -> AppResult<Option<(Organisation, Reach)>> {
    let standing = super::organisation_access::standing(conn, viewer, id, now)?;
    Ok(standing.map(|(organisation, standing)| {
        let reach = if standing.may_change() {
            Reach::Orders
        } else {
            Reach::Reads
        };
        (organisation, reach)
    }))
}

/// The plan for an organisation's licences towards `until`, or towards the proposed date
/// (the latest support expiry among them) when none is asked for.
pub fn plan(
    conn: &Connection,
    organisation: OrganisationId,
    today: Date,
    until: Option<Date>,
) -> rusqlite::Result<Plan> {
    let licences = store::licences::of_organisation(conn, organisation)?;
    let target = until.unwrap_or_else(|| coterm::proposed_target(today, &licences));
    Ok(Plan::new(target, licences))
}

/// The code a term is exported as.
pub fn term_code(term: Term) -> &'static str {
    match term {
        Term::Exact { .. } => "exact",
        Term::Short { .. } => "short",
        Term::OnTarget { .. } => "on-target",
        Term::AfterTarget { .. } => "after-target",
        Term::WithinAMonth { .. } => "within-a-month",
        Term::TooFar { .. } => "too-far",
    }
}

/// The columns of the CSV download: codes and ISO dates, one row per licence.
const CSV_HEADER: [&str; 11] = [
    "organisation",
    "target",
    "licence_id",
    "sen",
    "product",
    "name",
    "support_expiry",
    "months",
    "new_support_expiry",
    "note",
    "days_short",
];

/// The plan as CSV: the licences it includes in its order, then those it leaves out (their
/// note is why). Cells a spreadsheet would take for a formula are neutralised as in the
/// licence export.
pub fn to_csv(organisation: &Organisation, plan: &Plan) -> AppResult<Vec<u8>> {
    let internal = |e: csv::Error| AppError::Internal(format!("csv: {e}"));
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(internal)?;
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let included = plan.rows.iter().map(|row| {
        let renewal = row.term.renewal();
        let days_short = match row.term {
            Term::Short { days_short, .. } | Term::WithinAMonth { days_short, .. } => {
                days_short.to_string()
            }
            _ => String::new(),
        };
        (
            &row.licence,
            renewal
                .map(|(months, ..)| months.to_string())
                .unwrap_or_default(),
            date(renewal.map(|(.., until)| until)),
            term_code(row.term),
            days_short,
        )
    });
    let left_out = plan.left_out.iter().map(|(licence, reason)| {
        (
            licence,
            String::new(),
            String::new(),
            reason.code(),
            String::new(),
        )
    });
    for (licence, months, until, note, days_short) in included.chain(left_out) {
        let cells = [
            organisation.name.clone(),
            plan.target.to_string(),
            licence.id.to_string(),
            licence.sen.clone().unwrap_or_default(),
            licence.product.clone(),
            licence.name.clone(),
            date(licence.support_expiry),
            months,
            until,
            note.to_owned(),
            days_short,
        ];
        writer
            .write_record(cells.iter().map(|c| neutralise_cell(c)))
            .map_err(internal)?;
    }
    writer
        .into_inner()
        .map_err(|e| AppError::Internal(format!("csv: {}", e.error())))
}

/// Creates the plan's renewal orders, in one transaction: the plan is made again inside it
/// from the licences as they are then (never from what a form posted), and each licence with
/// a whole-month term gets one renewal, audited as a renewal on its page is. `describe` words
/// each order's description from its months and new support expiry. Returns how many.
#[allow(clippy::too_many_arguments)]
pub fn order_renewals(
    conn: &mut Connection,
    who: &Actor,
    describe: &dyn Fn(i32, Date) -> String,
    viewer: Viewer,
    organisation: OrganisationId,
    today: Date,
    until: Date,
    now: i64,
) -> AppResult<usize> {
    let tx = super::write(conn)?;
    let plan = plan(&tx, organisation, today, Some(until))?;
    let mut count = 0;
    for (licence, months, _, until) in plan.renewals() {
        let description = describe(months, until);
        renewals::renew(
            &tx,
            who,
            &Renewal {
                licence,
                months,
                until,
                order: OrderDetails::default(),
                key: None,
                placed_by: viewer.account_id,
                description: &description,
            },
            now,
        )?;
        count += 1;
    }
    tx.commit()?;
    Ok(count)
}
