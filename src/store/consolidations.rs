//! The `consolidations` and `consolidation_licences` tables: requests to move licences from one
//! account to another, and the record of those applied.

use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::domain::{AccountId, LicenceId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsolidationState {
    Pending,
    Applied,
    Declined,
    Cancelled,
}

impl ConsolidationState {
    pub fn as_str(self) -> &'static str {
        match self {
            ConsolidationState::Pending => "pending",
            ConsolidationState::Applied => "applied",
            ConsolidationState::Declined => "declined",
            ConsolidationState::Cancelled => "cancelled",
        }
    }

    fn parse(value: &str) -> ConsolidationState {
        match value {
            "pending" => ConsolidationState::Pending,
            "applied" => ConsolidationState::Applied,
            "declined" => ConsolidationState::Declined,
            _ => ConsolidationState::Cancelled,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consolidation {
    pub id: i64,
    pub source: AccountId,
    pub target: AccountId,
    pub requested_by: Option<AccountId>,
    pub remove_source: bool,
    pub state: ConsolidationState,
    pub created_at: i64,
    pub expires_at: i64,
    pub decided_at: Option<i64>,
    pub licences: Vec<LicenceId>,
}

const COLUMNS: &str = "id, source_account_id, target_account_id, requested_by, remove_source, \
    state, created_at, expires_at, decided_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Consolidation> {
    let state: String = row.get(5)?;
    Ok(Consolidation {
        id: row.get(0)?,
        source: AccountId(row.get(1)?),
        target: AccountId(row.get(2)?),
        requested_by: row.get::<_, Option<i64>>(3)?.map(AccountId),
        remove_source: row.get(4)?,
        state: ConsolidationState::parse(&state),
        created_at: row.get(6)?,
        expires_at: row.get(7)?,
        decided_at: row.get(8)?,
        licences: Vec::new(),
    })
}

pub struct NewConsolidation<'a> {
    pub source: AccountId,
    pub target: AccountId,
    pub requested_by: AccountId,
    pub remove_source: bool,
    pub state: ConsolidationState,
    pub expires_at: i64,
    pub licences: &'a [LicenceId],
}

pub fn insert(conn: &Connection, new: &NewConsolidation<'_>, now: i64) -> rusqlite::Result<i64> {
    conn.execute(
        "INSERT INTO consolidations (source_account_id, target_account_id, requested_by, \
         remove_source, state, created_at, expires_at, decided_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CASE WHEN ?5 = 'pending' THEN NULL ELSE ?6 END)",
        params![
            new.source.0,
            new.target.0,
            new.requested_by.0,
            new.remove_source,
            new.state.as_str(),
            now,
            new.expires_at
        ],
    )?;
    let id = conn.last_insert_rowid();
    for licence in new.licences {
        conn.execute(
            "INSERT OR IGNORE INTO consolidation_licences (consolidation_id, licence_id) \
             VALUES (?1, ?2)",
            params![id, licence.0],
        )?;
    }
    Ok(id)
}

fn with_licences(conn: &Connection, mut c: Consolidation) -> rusqlite::Result<Consolidation> {
    let mut stmt = conn.prepare_cached(
        "SELECT licence_id FROM consolidation_licences WHERE consolidation_id = ?1 \
         ORDER BY licence_id",
    )?;
    c.licences = stmt
        .query_map([c.id], |row| Ok(LicenceId(row.get(0)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(c)
}

pub fn by_id(conn: &Connection, id: i64) -> rusqlite::Result<Option<Consolidation>> {
    let found = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM consolidations WHERE id = ?1"
        ))?
        .query_row([id], from_row)
        .optional()?;
    found.map(|c| with_licences(conn, c)).transpose()
}

/// Requests waiting for a decision that an account made or received, newest first.
pub fn pending_for(
    conn: &Connection,
    account: AccountId,
    now: i64,
) -> rusqlite::Result<Vec<Consolidation>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM consolidations WHERE state = 'pending' AND expires_at > ?2 \
         AND (source_account_id = ?1 OR target_account_id = ?1) ORDER BY id DESC"
    ))?;
    let rows = stmt
        .query_map(params![account.0, now], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(|c| with_licences(conn, c)).collect()
}

/// How many requests wait for this account to accept or decline them at `now`.
pub fn waiting_for(conn: &Connection, account: AccountId, now: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM consolidations WHERE target_account_id = ?1 \
         AND state = 'pending' AND expires_at > ?2",
    )?
    .query_row(params![account.0, now], |row| row.get(0))
}

/// Decides a pending request. Returns false when it was not pending any more (decided by
/// another request, or expired), so that it is decided once.
pub fn decide(
    conn: &Connection,
    id: i64,
    state: ConsolidationState,
    now: i64,
) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE consolidations SET state = ?2, decided_at = ?3 \
         WHERE id = ?1 AND state = 'pending' AND expires_at > ?3",
        params![id, state.as_str(), now],
    )?;
    Ok(changed == 1)
}
