//! The partner dashboard's and the monthly organisation report's reads: licences counted by
//! state per organisation, the licences behind each bus-factor warning, what changed on an
//! organisation's licences (from the audit log), and the `organisation_reports_sent` table.
//! Every state is [`super::licences::state_condition`]'s, the one definition the licence list
//! shares.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::licences::state_condition;
use crate::domain::dashboard::{
    Change, Flagged, Flags, InactivePrimary, LicenceChange, LicenceLine, Scope, StateCounts,
    Warning,
};
use crate::domain::listing::{INACTIVE_DAYS, LicenceState};
use crate::domain::{ContactRole, LicenceId, OrganisationId};

/// The SQL condition on a licence row `l` that keeps it in the scope. The ids are numbers,
/// written into the statement as such.
fn scope_condition(scope: &Scope) -> String {
    match scope {
        Scope::Everything => "1".to_owned(),
        Scope::Organisations(ids) if ids.is_empty() => "0".to_owned(),
        Scope::Organisations(ids) => {
            let ids: Vec<String> = ids.iter().map(|id| id.0.to_string()).collect();
            format!("l.organisation_id IN ({})", ids.join(", "))
        }
    }
}

/// The licences in the scope counted by state, one row per organisation (`None`: licences
/// without one), in one grouped query. Organisations without licences have no row.
pub fn counts(
    conn: &Connection,
    scope: &Scope,
    today: Date,
    now: i64,
) -> rusqlite::Result<Vec<(Option<OrganisationId>, StateCounts)>> {
    let sums: Vec<String> = LicenceState::ALL
        .iter()
        .map(|state| {
            format!(
                "sum(CASE WHEN {} THEN 1 ELSE 0 END)",
                state_condition(*state, today, now)
            )
        })
        .collect();
    let next_renewal = format!(
        "min(CASE WHEN {} AND l.support_expiry >= '{today}' THEN l.support_expiry END)",
        state_condition(LicenceState::Active, today, now)
    );
    let sql = format!(
        "SELECT l.organisation_id, {}, {next_renewal} FROM licences l \
         WHERE NOT l.archived AND {} GROUP BY l.organisation_id",
        sums.join(", "),
        scope_condition(scope)
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |row| {
        let mut counts = StateCounts::default();
        for (i, count) in counts.counts.iter_mut().enumerate() {
            *count = row.get(i + 1)?;
        }
        counts.next_renewal = row.get(LicenceState::ALL.len() + 1)?;
        Ok((row.get(0)?, counts))
    })?;
    rows.collect()
}

const LINE_COLUMNS: &str = "l.id, l.product, l.name, l.sen, l.support_expiry";

fn line_from_row(row: &Row<'_>) -> rusqlite::Result<LicenceLine> {
    Ok(LicenceLine {
        id: row.get(0)?,
        product: row.get(1)?,
        name: row.get(2)?,
        sen: row.get(3)?,
        support_expiry: row.get(4)?,
    })
}

/// The licences in the scope in a state, soonest support expiry first: at most `limit` of
/// them, and how many there are.
fn in_state(
    conn: &Connection,
    scope: &Scope,
    state: LicenceState,
    today: Date,
    now: i64,
    limit: i64,
) -> rusqlite::Result<(Vec<LicenceLine>, i64)> {
    let condition = format!(
        "{} AND {}",
        state_condition(state, today, now),
        scope_condition(scope)
    );
    let total = conn.query_row(
        &format!("SELECT count(*) FROM licences l WHERE {condition}"),
        [],
        |row| row.get(0),
    )?;
    let mut stmt = conn.prepare(&format!(
        "SELECT {LINE_COLUMNS} FROM licences l WHERE {condition} \
         ORDER BY l.support_expiry IS NULL, l.support_expiry, l.sen, l.id LIMIT ?1"
    ))?;
    let lines = stmt
        .query_map([limit], line_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok((lines, total))
}

/// The licences in the scope whose support ends within the expiring window, soonest first.
pub fn expiring(
    conn: &Connection,
    scope: &Scope,
    today: Date,
    now: i64,
    limit: i64,
) -> rusqlite::Result<(Vec<LicenceLine>, i64)> {
    in_state(conn, scope, LicenceState::Expiring, today, now, limit)
}

/// The licences in the scope with each of the three bus-factor warnings, at most `limit` of
/// each, with why.
pub fn bus_factor_flags(
    conn: &Connection,
    scope: &Scope,
    today: Date,
    now: i64,
    limit: i64,
) -> rusqlite::Result<Vec<Flags>> {
    LicenceState::ALL
        .into_iter()
        .filter(|s| s.is_bus_factor())
        .map(|state| flags(conn, scope, state, today, now, limit))
        .collect()
}

/// The licences in the scope with a bus-factor warning (`state` is one of the three), at most
/// `limit`, each with why.
fn flags(
    conn: &Connection,
    scope: &Scope,
    state: LicenceState,
    today: Date,
    now: i64,
    limit: i64,
) -> rusqlite::Result<Flags> {
    let (lines, total) = in_state(conn, scope, state, today, now, limit)?;
    let mut shown = Vec::with_capacity(lines.len());
    for licence in lines {
        let warning = match state {
            LicenceState::SingleContact => Warning::SingleContact {
                email: only_contact(conn, licence.id)?,
            },
            LicenceState::PrimaryInactive => Warning::PrimaryInactive {
                primaries: inactive_primaries(conn, licence.id, now)?,
            },
            _ => Warning::NoBilling,
        };
        shown.push(Flagged { licence, warning });
    }
    Ok(Flags {
        state,
        shown,
        total,
    })
}

fn only_contact(conn: &Connection, licence: LicenceId) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached(
        "SELECT a.email FROM licence_contacts c JOIN accounts a ON a.id = c.account_id \
         WHERE c.licence_id = ?1 ORDER BY c.role LIMIT 1",
    )?
    .query_row([licence], |row| row.get(0))
    .optional()
}

/// A licence's primary contacts that make it [`LicenceState::PrimaryInactive`]: disabled, or
/// not signed in (since their account was made, when never) for [`INACTIVE_DAYS`] days.
fn inactive_primaries(
    conn: &Connection,
    licence: LicenceId,
    now: i64,
) -> rusqlite::Result<Vec<InactivePrimary>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.role, a.email, a.state = 'disabled', a.last_sign_in_at, a.created_at \
         FROM licence_primaries p JOIN accounts a ON a.id = p.account_id \
         WHERE p.licence_id = ?1 AND (a.state = 'disabled' \
         OR coalesce(a.last_sign_in_at, a.created_at) < ?2) ORDER BY p.role",
    )?;
    let rows = stmt.query_map(params![licence, now - INACTIVE_DAYS * 86_400], |row| {
        let role: String = row.get(0)?;
        Ok(InactivePrimary {
            // The table's CHECK constraint allows only the two roles.
            role: ContactRole::parse(&role).unwrap_or(ContactRole::Technical),
            email: row.get(1)?,
            disabled: row.get(2)?,
            last_sign_in_at: row.get(3)?,
            created_at: row.get(4)?,
        })
    })?;
    rows.collect()
}

/// The audit actions a report tells, by what they mean. A renewal is any change that moved
/// the support expiry: a renewal, an upgrade, or an import that brought a new date.
const CHANGE_CASE: &str = "CASE \
     WHEN x.action IN ('licence-added', 'licence-imported') THEN 0 \
     WHEN x.action = 'licence-renewed' OR (x.action IN ('licence-updated-by-import', \
         'licence-upgraded') AND json_type(x.after_json, '$.support_expiry') IS NOT NULL \
         AND json_extract(x.after_json, '$.support_expiry') \
             IS NOT json_extract(x.before_json, '$.support_expiry')) THEN 1 \
     WHEN x.action = 'licence-archived' THEN 2 \
     WHEN x.action = 'licence-restored' THEN 3 \
     WHEN x.action IN ('contact-added', 'contact-removed', 'primary-changed') THEN 4 \
     END";

/// What changed on an organisation's licences after `since` (Unix seconds: when the previous
/// report was queued, which told what changed up to then), oldest first; a licence's contacts
/// changing several times is told once.
pub fn changes_since(
    conn: &Connection,
    organisation: OrganisationId,
    since: i64,
) -> rusqlite::Result<Vec<LicenceChange>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT change, min(at), {LINE_COLUMNS} FROM (SELECT {CHANGE_CASE} AS change, x.at AS at, \
         x.licence_id AS licence_id FROM audit_log x WHERE x.at > ?2 AND x.licence_id IN \
         (SELECT id FROM licences WHERE organisation_id = ?1)) c \
         JOIN licences l ON l.id = c.licence_id WHERE change IS NOT NULL \
         GROUP BY change, l.id ORDER BY min(at), l.id"
    ))?;
    let rows = stmt.query_map(params![organisation, since], |row| {
        let code: i64 = row.get(0)?;
        Ok(LicenceChange {
            change: usize::try_from(code)
                .ok()
                .and_then(|i| Change::ALL.get(i).copied())
                .unwrap_or(Change::ContactsChanged),
            at: row.get(1)?,
            licence: LicenceLine {
                id: row.get(2)?,
                product: row.get(3)?,
                name: row.get(4)?,
                sen: row.get(5)?,
                support_expiry: row.get(6)?,
            },
        })
    })?;
    rows.collect()
}

/// When the latest report of an organisation before `month` was queued: where the report of
/// `month` starts telling what changed.
pub fn previous_report(
    conn: &Connection,
    organisation: OrganisationId,
    month: &str,
) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached(
        "SELECT max(queued_at) FROM organisation_reports_sent \
         WHERE organisation_id = ?1 AND month < ?2",
    )?
    .query_row(params![organisation, month], |row| row.get(0))
}

/// Records that an organisation's report of a month was queued. Returns false when it had
/// been already: the caller queues mail only on true, in the same transaction.
pub fn record_report(
    conn: &Connection,
    organisation: OrganisationId,
    month: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let inserted = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO organisation_reports_sent (organisation_id, month, queued_at) \
             VALUES (?1, ?2, ?3)",
        )?
        .execute(params![organisation, month, now])?;
    Ok(inserted == 1)
}

/// Whether an organisation's report of a month was queued.
pub fn report_queued(
    conn: &Connection,
    organisation: OrganisationId,
    month: &str,
) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM organisation_reports_sent \
         WHERE organisation_id = ?1 AND month = ?2)",
    )?
    .query_row(params![organisation, month], |row| row.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, LicenceFields};
    use crate::store::{audit, licences, open_in_memory, organisations};

    fn entry(
        conn: &Connection,
        licence: LicenceId,
        action: &str,
        at: i64,
        json: Option<(&str, &str)>,
    ) {
        let before = json.map(|(b, _)| serde_json::json!({ "support_expiry": b }));
        let after = json.map(|(_, a)| serde_json::json!({ "support_expiry": a }));
        audit::record(
            conn,
            &audit::Entry {
                licence_id: Some(licence),
                before: before.as_ref(),
                after: after.as_ref(),
                ..audit::Entry::new(&Actor::CommandLine, action)
            },
            at,
        )
        .unwrap();
    }

    #[test]
    fn a_report_tells_each_kind_of_change_once_per_licence_and_nothing_else() {
        let conn = open_in_memory().unwrap();
        let of = |sen: &str, organisation: &str| {
            licences::insert(
                &conn,
                &LicenceFields {
                    organisation: organisation.into(),
                    ..LicenceFields::sample(sen)
                },
                1,
            )
            .unwrap()
        };
        let (one, two, elsewhere) = (
            of("SEN-1", "Acme"),
            of("SEN-2", "Acme"),
            of("SEN-3", "Beta"),
        );
        let acme = organisations::named(&conn, "Acme").unwrap().unwrap();
        entry(&conn, one, "licence-imported", 100, None);
        entry(
            &conn,
            one,
            "licence-updated-by-import",
            110,
            Some(("2026-01-01", "2027-01-01")),
        );
        // An import that left the support expiry as it was renewed nothing.
        entry(
            &conn,
            two,
            "licence-updated-by-import",
            120,
            Some(("2026-05-01", "2026-05-01")),
        );
        entry(&conn, two, "licence-renewed", 130, None);
        entry(&conn, two, "contact-added", 140, None);
        entry(&conn, two, "primary-changed", 150, None);
        entry(&conn, two, "notes-changed", 160, None);
        entry(&conn, elsewhere, "licence-archived", 170, None);
        // Before the previous report: told then.
        entry(&conn, two, "licence-archived", 50, None);

        let told: Vec<(Change, String)> = changes_since(&conn, acme, 50)
            .unwrap()
            .into_iter()
            .map(|c| (c.change, c.licence.sen.unwrap_or_default()))
            .collect();
        assert_eq!(
            told,
            [
                (Change::Added, "SEN-1".to_owned()),
                (Change::Renewed, "SEN-1".to_owned()),
                (Change::Renewed, "SEN-2".to_owned()),
                (Change::ContactsChanged, "SEN-2".to_owned()),
            ]
        );
    }

    #[test]
    fn a_month_is_recorded_once_and_the_previous_one_starts_the_next() {
        let conn = open_in_memory().unwrap();
        let organisation = organisations::create(&conn, "Acme", 1).unwrap().unwrap();
        assert!(record_report(&conn, organisation, "2026-11", 100).unwrap());
        assert!(!record_report(&conn, organisation, "2026-11", 200).unwrap());
        assert!(report_queued(&conn, organisation, "2026-11").unwrap());
        assert!(!report_queued(&conn, organisation, "2026-12").unwrap());
        assert_eq!(
            previous_report(&conn, organisation, "2026-11").unwrap(),
            None
        );
        assert_eq!(
            previous_report(&conn, organisation, "2026-12").unwrap(),
            Some(100)
        );
    }
}
