//! The monitoring check as a use case: the licences a caller may see (every one from the
//! command line, a token's owner's over the API), narrowed to an organisation or a SEN, judged
//! by `domain::check`. It only reads.

use jiff::civil::Date;
use rusqlite::Connection;

use crate::domain::check::{self, Checked, Refusal, Report, Thresholds};
use crate::domain::{Licence, OrganisationId, Sen, Viewer};
use crate::error::AppResult;
use crate::store;

/// What the check is narrowed to, as given (a name or number, a SEN).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// An organisation's name (matched by its name key, as the organisations are) or number.
    pub organisation: Option<String>,
    pub sen: Option<String>,
}

/// Checks the licences `viewer` may see (all of them for `None`, the command line), only those
/// of the organisation `restricted_to` when given (a token narrowed to one), within `scope`, on
/// `today`. `now` (Unix seconds) decides which consultants' grants still run.
pub fn run(
    conn: &Connection,
    viewer: Option<Viewer>,
    restricted_to: Option<OrganisationId>,
    scope: &Scope,
    thresholds: Thresholds,
    today: Date,
    now: i64,
) -> AppResult<Result<Report, Refusal>> {
    let mut licences = match viewer {
        None => store::licences::all(conn)?,
        Some(viewer) => store::licences::all_visible(conn, viewer)?,
    };
    if let Some(only) = restricted_to {
        licences.retain(|l| belongs_to(l, only));
    }
    if let Some(given) = scope.organisation.as_deref() {
        let found = organisation_named(conn, viewer, given, &licences, now)?
            .filter(|id| restricted_to.is_none_or(|only| only == *id));
        let Some(organisation) = found else {
            return Ok(Err(Refusal::UnknownOrganisation(given.trim().to_owned())));
        };
        licences.retain(|l| belongs_to(l, organisation));
    }
    if let Some(given) = scope.sen.as_deref() {
        let Ok(sen) = Sen::parse(given) else {
            return Ok(Err(Refusal::MalformedSen(given.trim().to_owned())));
        };
        licences.retain(|l| l.sen.as_deref() == Some(sen.as_str()));
        if licences.is_empty() {
            return Ok(Err(Refusal::UnknownSen(sen.into_string())));
        }
    }
    let checked: Vec<Checked> = licences.iter().map(checked_of).collect();
    Ok(Ok(check::check(&checked, today, thresholds)))
}

/// The organisation a name or number names, if the viewer reaches it: as its administrator,
/// manager or consultant, or as a contact of one of its licences they see.
fn organisation_named(
    conn: &Connection,
    viewer: Option<Viewer>,
    given: &str,
    visible: &[Licence],
    now: i64,
) -> AppResult<Option<OrganisationId>> {
    let given = given.trim();
    let by_number = match given.parse::<i64>() {
        Ok(number) => store::organisations::by_id(conn, OrganisationId(number))?.map(|o| o.id),
        Err(_) => None,
    };
    let found = match by_number {
        Some(id) => Some(id),
        None => store::organisations::named(conn, given)?,
    };
    let (Some(id), Some(viewer)) = (found, viewer) else {
        return Ok(found);
    };
    let sees_a_licence = visible.iter().any(|l| belongs_to(l, id));
    let stands =
        sees_a_licence || super::organisation_access::standing(conn, viewer, id, now)?.is_some();
    Ok(stands.then_some(id))
}

fn belongs_to(licence: &Licence, organisation: OrganisationId) -> bool {
    licence
        .belongs_to
        .as_ref()
        .is_some_and(|o| o.id == organisation)
}

fn checked_of(licence: &Licence) -> Checked {
    Checked {
        id: licence.id,
        sen: licence.sen.clone(),
        product: licence.product.clone(),
        name: licence.name.clone(),
        organisation: licence.belongs_to.as_ref().map(|o| o.name.clone()),
        support_expiry: licence.support_expiry,
        licence_expiry: licence.licence_expiry,
        is_evaluation: licence.is_evaluation,
        archived: licence.archived,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::LicenceFields;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 12, 2);

    fn database() -> Connection {
        store::open_in_memory().expect("db")
    }

    fn add(conn: &Connection, sen: &str, organisation: &str, support: Date) {
        let fields = LicenceFields {
            organisation: organisation.into(),
            support_expiry: Some(support),
            ..LicenceFields::sample(sen)
        };
        store::licences::insert(conn, &fields, 1).unwrap();
    }

    #[test]
    fn the_command_line_checks_every_licence_narrowed_by_organisation_or_sen() {
        let conn = database();
        add(&conn, "SEN-1", "Example Ltd", date(2026, 12, 5));
        add(&conn, "SEN-2", "Other GmbH", date(2026, 12, 20));
        let all = run(
            &conn,
            None,
            None,
            &Scope::default(),
            Thresholds::default(),
            TODAY,
            0,
        )
        .unwrap()
        .unwrap();
        assert_eq!((all.checked, all.concerns.len()), (2, 2));
        let other = Scope {
            organisation: Some(" other gmbh ".into()),
            sen: None,
        };
        let report = run(&conn, None, None, &other, Thresholds::default(), TODAY, 0)
            .unwrap()
            .unwrap();
        assert_eq!(report.checked, 1);
        assert_eq!(report.concerns[0].sen.as_deref(), Some("SEN-2"));
        let sen = Scope {
            organisation: None,
            sen: Some("sen-1".into()),
        };
        let report = run(&conn, None, None, &sen, Thresholds::default(), TODAY, 0)
            .unwrap()
            .unwrap();
        assert_eq!(report.concerns[0].sen.as_deref(), Some("SEN-1"));
    }

    #[test]
    fn an_unknown_organisation_or_sen_is_refused() {
        let conn = database();
        add(&conn, "SEN-1", "Example Ltd", date(2026, 12, 5));
        let refused = |scope: Scope| {
            run(&conn, None, None, &scope, Thresholds::default(), TODAY, 0)
                .unwrap()
                .unwrap_err()
        };
        assert_eq!(
            refused(Scope {
                organisation: Some("Nobody".into()),
                sen: None
            }),
            Refusal::UnknownOrganisation("Nobody".into())
        );
        assert_eq!(
            refused(Scope {
                organisation: Some("999".into()),
                sen: None
            }),
            Refusal::UnknownOrganisation("999".into())
        );
        assert_eq!(
            refused(Scope {
                organisation: None,
                sen: Some("SEN-404".into())
            }),
            Refusal::UnknownSen("SEN-404".into())
        );
        assert_eq!(
            refused(Scope {
                organisation: None,
                sen: Some("hello".into())
            }),
            Refusal::MalformedSen("hello".into())
        );
    }
}
