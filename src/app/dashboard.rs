//! The partner dashboard: per organisation the viewer reaches, its licences counted by state,
//! the next renewal and the bus-factor warnings, with the licences behind each warning. And the
//! monthly report's switch, which administrators and the organisation's managers turn.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::domain::dashboard::{Flags, Scope, StateCounts};
use crate::domain::organisation::{Organisation, OrganisationRef};
use crate::domain::{Actor, OrganisationId, Viewer};
use crate::error::{AppError, AppResult};
use crate::store::{self, audit};

/// The most licences listed under each warning; the rest are a link to the filtered list.
pub const DETAILS_LIMIT: i64 = 50;

/// One line of the table: an organisation (`None`: the licences without one) and its counts.
#[derive(Debug, Clone)]
pub struct Row {
    pub organisation: Option<OrganisationRef>,
    pub counts: StateCounts,
    /// Whether the viewer may open the organisation's monthly report (administrators and its
    /// managers).
    pub report: bool,
}

/// The dashboard as one viewer sees it on one day.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub today: Date,
    pub rows: Vec<Row>,
    /// The sum of the rows: administrators' view of every organisation.
    pub totals: Option<StateCounts>,
    /// The licences behind each bus-factor warning, in the scope of the rows.
    pub flags: Vec<Flags>,
    /// The one organisation shown, when the page asked for one.
    pub only: Option<OrganisationRef>,
    /// Which list holds every licence behind a warning (where "and N more" leads).
    pub whole_list: WholeList,
}

/// The list that holds the same licences as the dashboard's warnings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WholeList {
    /// Every licence: an administrator's dashboard of every organisation.
    Everything,
    /// One organisation's licences.
    Organisation(OrganisationId),
    /// None: several organisations of someone who is also a contact elsewhere, which no one
    /// list cuts out; each organisation's row links its own.
    Nothing,
}

/// The dashboard of the organisations a viewer reaches (all of one organisation with `only`).
/// Not found for a viewer who reaches no organisation, and for an organisation they do not
/// reach (or that does not exist), alike.
pub fn dashboard(
    conn: &Connection,
    viewer: Viewer,
    only: Option<OrganisationId>,
    today: Date,
    now: i64,
) -> AppResult<Dashboard> {
    let mut organisations = store::organisations::reachable(conn, viewer, now)?;
    if let Some(id) = only {
        organisations.retain(|o| o.id == id);
    }
    if organisations.is_empty() && (only.is_some() || !viewer.is_admin) {
        return Err(AppError::NotFound);
    }
    let everything = viewer.is_admin && only.is_none();
    let scope = if everything {
        Scope::Everything
    } else {
        Scope::Organisations(organisations.iter().map(|o| o.id).collect())
    };
    let counted = store::dashboard::counts(conn, &scope, today, now)?;
    let counts_of = |id: Option<OrganisationId>| {
        counted
            .iter()
            .find(|(of, _)| *of == id)
            .map(|(_, counts)| counts.clone())
            .unwrap_or_default()
    };
    let managed: Vec<OrganisationId> = if viewer.is_admin {
        Vec::new()
    } else {
        store::organisations::managed_by(conn, viewer.account_id)?
            .into_iter()
            .map(|o| o.id)
            .collect()
    };
    let mut rows: Vec<Row> = organisations
        .iter()
        .map(|o| Row {
            organisation: Some(reference(o)),
            counts: counts_of(Some(o.id)),
            report: viewer.is_admin || managed.contains(&o.id),
        })
        .collect();
    if everything && counted.iter().any(|(of, _)| of.is_none()) {
        rows.push(Row {
            organisation: None,
            counts: counts_of(None),
            report: false,
        });
    }
    let totals = everything.then(|| {
        let mut totals = StateCounts::default();
        for row in &rows {
            totals.add(&row.counts);
        }
        totals
    });
    let flags = store::dashboard::bus_factor_flags(conn, &scope, today, now, DETAILS_LIMIT)?;
    let whole_list = match organisations.as_slice() {
        _ if everything => WholeList::Everything,
        [one] => WholeList::Organisation(one.id),
        _ => WholeList::Nothing,
    };
    Ok(Dashboard {
        today,
        whole_list,
        only: only.and_then(|_| organisations.first().map(reference)),
        rows,
        totals,
        flags,
    })
}

fn reference(organisation: &Organisation) -> OrganisationRef {
    OrganisationRef {
        id: organisation.id,
        name: organisation.name.clone(),
    }
}

/// The organisation whose monthly report the viewer may see and switch: administrators any,
/// managers their own. Not found for everyone else, whether or not it exists.
pub fn report_organisation(
    conn: &Connection,
    viewer: Viewer,
    id: OrganisationId,
    now: i64,
) -> AppResult<Organisation> {
    match super::organisation_access::standing(conn, viewer, id, now)? {
        Some((organisation, standing)) if standing.may_change() => Ok(organisation),
        _ => Err(AppError::NotFound),
    }
}

/// Switches an organisation's monthly report on or off, with its audit entry; nothing when it
/// already was. Call it inside the request's write transaction.
pub fn set_reports(
    conn: &Connection,
    who: &Actor,
    organisation: &Organisation,
    on: bool,
    now: i64,
) -> AppResult<()> {
    if organisation.reports == on {
        return Ok(());
    }
    store::organisations::set_reports(conn, organisation.id, on)?;
    let detail = format!("{} ({})", organisation.name, organisation.id);
    audit::record(
        conn,
        &audit::Entry {
            detail: &detail,
            before: Some(&serde_json::json!({ "reports": organisation.reports })),
            after: Some(&serde_json::json!({ "reports": on })),
            ..audit::Entry::new(
                who,
                if on {
                    "organisation-reports-on"
                } else {
                    "organisation-reports-off"
                },
            )
        },
        now,
    )?;
    Ok(())
}
