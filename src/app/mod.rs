//! The use cases of accounts (signing in, one-time links, the profile, administration),
//! contacts, consolidation, diagnosis, renewals and the co-term planner, beside the licence use
//! cases in `inventory/`. Each one owns its transaction, its audit entry and the mail it puts in
//! the outbox; `http/` handlers parse a request, call one, and render what it returns, and
//! `commands/` call the same functions from the command line.

pub mod accounts;
pub mod api_tokens;
pub mod auditor_exports;
pub mod calendar_feed;
pub mod check;
pub mod consolidation;
pub mod contacts;
pub mod coterm;
pub mod dashboard;
pub mod data_center_end;
pub mod diagnosis;
pub mod imports;
pub mod key_views;
pub mod licence_changes;
pub mod lifecycle;
pub mod links;
pub mod mailboxes;
pub mod organisation_access;
pub mod organisations;
pub mod renewals;
pub mod sign_in;
pub mod webhooks;

use rusqlite::{Connection, Transaction, TransactionBehavior};

/// A write transaction that holds the database from its first statement, so that what a use
/// case checks cannot change before it writes.
pub(crate) fn write(conn: &mut Connection) -> rusqlite::Result<Transaction<'_>> {
    conn.transaction_with_behavior(TransactionBehavior::Immediate)
}
