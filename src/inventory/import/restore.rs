//! What an administrator's import of the portal's JSON export restores beside a licence:
//! the gate state, Server ID and key histories, contacts with their primaries and primary
//! terms, orders with who placed them, and recorded installations.

use std::collections::HashMap;

use rusqlite::Connection;

use super::Applied;
use crate::domain::{AccountId, AccountState, ContactRole, Email, LicenceId};
use crate::inventory::export::{ExportedInstance, ExportedLicence};
use crate::store::instances::{self, InstanceKey, NewInstance};
use crate::store::orders::{self, ExportOrder};
use crate::store::{accounts, contacts, licences};

/// Restores what an export carries with a licence just added as `id`.
pub fn licence(
    conn: &Connection,
    id: LicenceId,
    exported: &ExportedLicence,
    now: i64,
    applied: &mut Applied,
) -> rusqlite::Result<()> {
    licences::set_gate(
        conn,
        id,
        exported.reason_for_purchase.as_deref(),
        exported.key_retrieved_at,
    )?;
    for change in &exported.server_id_history {
        licences::record_server_id_change(conn, id, change)?;
    }
    for change in &exported.key_history {
        licences::record_key_change(conn, id, change)?;
    }
    // Each role's primary first: the first contact of a role becomes its primary.
    let mut ordered: Vec<_> = exported.contacts.iter().collect();
    ordered.sort_by_key(|c| (c.role != "technical", !c.primary));
    for contact in ordered {
        // The plan checked both; a row that failed the check never gets here.
        let (Ok(email), Some(role)) = (
            Email::parse(&contact.email),
            ContactRole::parse(&contact.role),
        ) else {
            continue;
        };
        let account = account_for(conn, &email, now, applied)?;
        contacts::restore(
            conn,
            id,
            account,
            role,
            contact.added_at.unwrap_or(now),
            contact
                .primary_since
                .filter(|_| contact.primary)
                .or(contact.added_at.filter(|_| contact.primary)),
        )?;
    }
    // A version-1 export has no terms: the ones the schema opened for the primaries stay.
    if !exported.primary_terms.is_empty() {
        let mut terms = Vec::with_capacity(exported.primary_terms.len());
        for term in &exported.primary_terms {
            let Some(role) = ContactRole::parse(&term.role) else {
                continue;
            };
            let account = match term.account.as_deref().map(Email::parse) {
                Some(Ok(email)) => Some(account_for(conn, &email, now, applied)?),
                _ => None,
            };
            terms.push((role, account, term.started_at, term.ended_at));
        }
        contacts::restore_terms(conn, id, &terms)?;
    }
    for order in &exported.orders {
        // A number taken already (the preview said so) leaves that order out.
        if orders::number_taken(conn, &order.number)? {
            continue;
        }
        let placed_by = match order.placed_by.as_deref().map(Email::parse) {
            Some(Ok(email)) => Some(account_for(conn, &email, now, applied)?),
            _ => None,
        };
        orders::restore(
            conn,
            id,
            &ExportOrder {
                number: order.number.clone(),
                placed_at: order.placed_at,
                kind: order.kind.clone(),
                description: order.description.clone(),
                po_number: order.po_number.clone(),
                amount: order.amount.clone(),
                currency: order.currency.clone(),
                placed_by: None,
            },
            placed_by,
        )?;
    }
    Ok(())
}

/// The account with this address, created as invited when there is none.
fn account_for(
    conn: &Connection,
    email: &Email,
    now: i64,
    applied: &mut Applied,
) -> rusqlite::Result<AccountId> {
    if let Some(account) = accounts::by_email(conn, email)? {
        return Ok(account.id);
    }
    let id = accounts::insert(
        conn,
        &accounts::NewAccount {
            email,
            display_name: "",
            password_hash: None,
            is_admin: false,
            state: AccountState::Invited,
        },
        now,
    )?;
    applied.created_accounts.push(id);
    Ok(id)
}

/// Records an exported installation again, its keys linked to the licences of this import.
pub fn instance(
    conn: &Connection,
    instance: &ExportedInstance,
    references: &HashMap<String, LicenceId>,
) -> rusqlite::Result<()> {
    let keys: Vec<InstanceKey> = instance
        .keys
        .iter()
        .map(|k| InstanceKey {
            licence_key: k.licence_key.clone(),
            sen: k.sen.clone(),
            licence_id: k.licence.as_ref().and_then(|r| references.get(r).copied()),
        })
        .collect();
    instances::record(
        conn,
        &NewInstance {
            product: &instance.product,
            label: &instance.label,
            host: &instance.host,
            home: &instance.home,
            server_id: instance.server_id.as_deref(),
            verdict: &instance.verdict,
            recorded_by: &instance.recorded_by,
            keys: &keys,
            cluster_node: instance.cluster_node.as_deref(),
            cluster: instance.cluster.as_deref(),
        },
        instance.recorded_at,
    )?;
    Ok(())
}
