//! Carrying out a plan inside one transaction: everything, or nothing when any step fails.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;
use serde_json::json;

use super::restore;
use super::{Change, Extra, Plan, Warning};
use crate::domain::apps::HostProduct;
use crate::domain::licence_history::ServerIdChange;
use crate::domain::orders::OrderKind;
use crate::domain::{AccountId, Actor, LicenceFields, LicenceId, Viewer};
use crate::inventory::{apps, developer};
use crate::store::audit;
use crate::store::licences::{self, Joins, ServerIdReason};
use crate::store::orders::{self, NewOrder};

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    pub added: usize,
    pub updated: usize,
    pub skipped: usize,
    /// Updates that would have replaced a genuine key with one that does not verify, left
    /// out because nobody said to apply them.
    pub held_back: usize,
    /// Accounts created (as invited) for contacts and order placers named in an export.
    pub created_accounts: Vec<AccountId>,
    /// Renewals and upgrades the import recorded as orders.
    pub orders_recorded: usize,
    pub instances_restored: usize,
}

pub struct ApplyContext<'a> {
    /// Who imports, and from where.
    pub actor: &'a Actor,
    /// Made a technical contact of every licence the import adds.
    pub contact: Option<AccountId>,
    /// Who imports: a developer licence is linked only to a production licence they may see.
    /// `None` is the command line.
    pub viewer: Option<Viewer>,
    /// An administrator said to let keys that do not verify replace genuine keys.
    pub replace_genuine: bool,
    /// Words an update's warnings for its audit entry (the catalogue sits above this layer).
    pub warning_words: fn(&Warning) -> String,
    pub now: i64,
}

/// [`apply`] in a transaction of its own.
pub fn apply_in_transaction(
    conn: &mut Connection,
    plan: &Plan,
    context: &ApplyContext<'_>,
    progress: &dyn Fn(u64),
) -> rusqlite::Result<Applied> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let applied = apply(&tx, plan, context, progress)?;
    tx.commit()?;
    Ok(applied)
}

/// Carries out a plan on `conn`, which the caller runs inside a transaction. `progress` is told
/// how many entries are done. The search index takes the import's licences in one go, at the
/// end.
pub fn apply(
    conn: &Connection,
    plan: &Plan,
    context: &ApplyContext<'_>,
    progress: &dyn Fn(u64),
) -> rusqlite::Result<Applied> {
    crate::store::with_page_cache_for(conn, plan.entries.len(), || {
        crate::store::search::in_one_batch(conn, || apply_entries(conn, plan, context, progress))
    })
}

fn apply_entries(
    conn: &Connection,
    plan: &Plan,
    context: &ApplyContext<'_>,
    progress: &dyn Fn(u64),
) -> rusqlite::Result<Applied> {
    let mut applied = Applied::default();
    let mut references: HashMap<String, LicenceId> = HashMap::new();
    let mut production_links: Vec<(LicenceId, String)> = Vec::new();
    // App licences whose host an export names by SEN, and those whose link (or absence of
    // one) an export decided, which the automatic linking leaves as they are.
    let mut host_links: Vec<(LicenceId, String)> = Vec::new();
    let mut hosts_decided: HashSet<LicenceId> = HashSet::new();
    let mut added: HashSet<LicenceId> = HashSet::new();
    let label = context.actor.stored_label().to_owned();
    let who = context.actor;
    let actor_account = context.actor.account_id();
    for (index, entry) in plan.entries.iter().enumerate() {
        let exported = match &entry.extra {
            Extra::Exported(e) => Some(e.as_ref()),
            _ => None,
        };
        if let (Some(exported), Some(existing)) = (exported, entry.existing) {
            references.insert(exported.reference.clone(), existing);
        }
        match &entry.change {
            Change::Skip { .. } => applied.skipped += 1,
            Change::Update { .. } if entry.replaces_genuine && !context.replace_genuine => {
                applied.skipped += 1;
                applied.held_back += 1;
            }
            Change::Add => {
                let record = &entry.record;
                let restoring = plan.restores && exported.is_some();
                let (created, updated) = match exported {
                    Some(e) if restoring => (e.created_at, e.updated_at),
                    _ => (context.now, context.now),
                };
                // A restored backup keeps the organisation the licence belonged to, which may
                // not be the one its key names (an administrator moved it, or merged two); who
                // may put a licence into which organisation is the same either way.
                let joins = Joins::for_viewer(context.viewer);
                let joins = match exported.and_then(|e| e.belongs_to.as_deref()) {
                    Some(name) if restoring => match joins.resolve(conn, name, context.now)? {
                        Some(organisation) => Joins::Chosen(organisation),
                        None => Joins::Nothing,
                    },
                    _ => joins,
                };
                let id = licences::insert_with(conn, record, created, updated, joins)?;
                added.insert(id);
                if let Some(exported) = exported {
                    references.insert(exported.reference.clone(), id);
                    if let Some(production) = &exported.production_licence {
                        production_links.push((id, production.clone()));
                    }
                    if let Some(host_sen) = &exported.host_sen {
                        host_links.push((id, host_sen.clone()));
                    }
                    if restoring || exported.host_sen.is_some() {
                        hosts_decided.insert(id);
                    }
                }
                match exported {
                    Some(exported) if restoring => {
                        restore::licence(conn, id, exported, context.now, &mut applied)?;
                    }
                    _ => {
                        if let Some(server_id) = &record.server_id {
                            licences::record_server_id_change(
                                conn,
                                id,
                                &ServerIdChange {
                                    old_value: None,
                                    new_value: Some(server_id.clone()),
                                    changed_by: label.clone(),
                                    changed_at: context.now,
                                    reason: ServerIdReason::Import.as_str().into(),
                                },
                            )?;
                        }
                    }
                }
                // A developer licence belongs to the production licence with its SEN and
                // product, when the importer may see that licence (an export names its
                // production licence itself, linked below).
                if exported.is_none_or(|e| e.production_licence.is_none() && !restoring) {
                    link_developer(conn, id, record, &added, context, who)?;
                }
                if let Some(contact) = context.contact {
                    licences::add_contact(conn, id, contact, "technical", context.now)?;
                }
                let after = audit_json(record);
                audit::record(
                    conn,
                    &audit::Entry {
                        licence_id: Some(id),
                        detail: &entry.origin,
                        after: Some(&after),
                        ..audit::Entry::new(context.actor, "licence-imported")
                    },
                    context.now,
                )?;
                applied.added += 1;
            }
            Change::Update { id, before } => {
                let record = &entry.record;
                if let Some(old_key) = &before.licence_key
                    && before.licence_key != record.licence_key
                {
                    licences::record_key_change(
                        conn,
                        *id,
                        &licences::KeyChange {
                            licence_key: old_key.clone(),
                            replaced_at: context.now,
                            replaced_by: label.clone(),
                            reason: "import".into(),
                        },
                    )?;
                }
                if before.server_id != record.server_id {
                    licences::record_server_id_change(
                        conn,
                        *id,
                        &ServerIdChange {
                            old_value: before.server_id.clone(),
                            new_value: record.server_id.clone(),
                            changed_by: label.clone(),
                            changed_at: context.now,
                            reason: ServerIdReason::Import.as_str().into(),
                        },
                    )?;
                }
                licences::overwrite(conn, *id, record, context.now)?;
                let placed_by = context.contact.or(actor_account);
                applied.orders_recorded += record_orders(
                    conn,
                    *id,
                    before,
                    record,
                    &entry.origin,
                    placed_by,
                    context.now,
                )?;
                if before.support_expiry != record.support_expiry
                    && let Some(production) = licences::by_id(conn, *id)?
                {
                    developer::sync_support_expiry(conn, who, &production, context.now)?;
                }
                let (before_json, after_json) = (audit_json(before), audit_json(record));
                let detail = if entry.warnings.is_empty() {
                    entry.origin.clone()
                } else {
                    let words: Vec<String> =
                        entry.warnings.iter().map(context.warning_words).collect();
                    format!("{} ({})", entry.origin, words.join("; "))
                };
                audit::record(
                    conn,
                    &audit::Entry {
                        licence_id: Some(*id),
                        detail: &detail,
                        before: Some(&before_json),
                        after: Some(&after_json),
                        ..audit::Entry::new(context.actor, "licence-updated-by-import")
                    },
                    context.now,
                )?;
                applied.updated += 1;
            }
        }
        progress(index as u64 + 1);
    }
    for (developer, reference) in production_links {
        if let Some(production) = references.get(&reference) {
            licences::set_production_link(conn, developer, *production)?;
        }
    }
    for (app, host_sen) in host_links {
        link_host_by_sen(conn, app, &host_sen, &added, context)?;
    }
    apps::link_after_import_known(
        conn,
        who,
        context.viewer,
        &added,
        &hosts_decided,
        &plan.apps,
        context.now,
    )?;
    for instance in &plan.instances {
        restore::instance(conn, instance, &references)?;
        applied.instances_restored += 1;
    }
    Ok(applied)
}

/// Links an app licence an export brought to the host licence with the SEN the export names:
/// a host licence (not an app) of the same organisation, which the importer may see or added
/// in this import. Several with that SEN (a licence and its developer licence) take the first
/// that is not a developer licence.
fn link_host_by_sen(
    conn: &Connection,
    app: LicenceId,
    host_sen: &str,
    added: &HashSet<LicenceId>,
    context: &ApplyContext<'_>,
) -> rusqlite::Result<()> {
    let Some(app_licence) = licences::by_id(conn, app)? else {
        return Ok(());
    };
    let mut candidates = licences::by_sen(conn, host_sen)?;
    candidates.retain(|c| {
        c.id != app
            && c.organisation == app_licence.organisation
            && HostProduct::of_host(&c.product).is_some()
    });
    candidates.sort_by_key(|c| (c.is_developer(), c.id));
    let Some(host) = candidates.into_iter().next() else {
        return Ok(());
    };
    let allowed = match context.viewer {
        Some(viewer) if !viewer.is_admin => {
            added.contains(&host.id) || licences::visible(conn, viewer, host.id)?.is_some()
        }
        _ => true,
    };
    if allowed {
        apps::link(
            conn,
            context.actor,
            app,
            Some(&host),
            " (import)",
            context.now,
        )?;
    }
    Ok(())
}

/// Links a newly added developer licence to the production licence with its SEN and product,
/// when the importer may see that licence or added it in this same import.
fn link_developer(
    conn: &Connection,
    id: LicenceId,
    record: &LicenceFields,
    added: &HashSet<LicenceId>,
    context: &ApplyContext<'_>,
    who: &Actor,
) -> rusqlite::Result<()> {
    if !record.licence_type.is_developer() {
        return Ok(());
    }
    let Some(sen) = &record.sen else {
        return Ok(());
    };
    let Some(production) = licences::production_for_developer(conn, sen, &record.product)? else {
        return Ok(());
    };
    if production == id {
        return Ok(());
    }
    let allowed = match context.viewer {
        Some(viewer) if !viewer.is_admin => {
            added.contains(&production) || licences::visible(conn, viewer, production)?.is_some()
        }
        _ => true,
    };
    if !allowed {
        return Ok(());
    }
    if let Some(production) = licences::by_id(conn, production)? {
        developer::link(conn, who, id, &production, context.now)?;
    }
    Ok(())
}

/// A renewal (support expiry later) and an upgrade (more users) are orders, also when an
/// import brings them. Returns how many were recorded.
fn record_orders(
    conn: &Connection,
    id: LicenceId,
    before: &LicenceFields,
    after: &LicenceFields,
    origin: &str,
    placed_by: Option<AccountId>,
    now: i64,
) -> rusqlite::Result<usize> {
    let mut due = Vec::new();
    if let (Some(was), Some(is)) = (before.support_expiry, after.support_expiry)
        && is > was
    {
        let description = format!("Support renewed to {is} (imported from {origin})");
        due.push((OrderKind::Renewal, description));
    }
    let more_users = match (before.user_tier, after.user_tier) {
        (Some(_), None) => true,
        (Some(was), Some(is)) => is > was,
        _ => false,
    };
    if more_users {
        let users = after
            .user_tier
            .map_or_else(|| "unlimited".to_owned(), |n| n.to_string());
        let description = format!("Upgraded to {users} users (imported from {origin})");
        due.push((OrderKind::Upgrade, description));
    }
    for (kind, description) in &due {
        orders::insert(
            conn,
            &NewOrder {
                kind: *kind,
                licence_id: id,
                description,
                po_number: None,
                amount: None,
                currency: None,
                placed_by,
            },
            now,
        )?;
    }
    Ok(due.len())
}

/// The facts of a licence the audit log keeps before and after a change.
fn audit_json(record: &LicenceFields) -> serde_json::Value {
    json!({
        "sen": record.sen,
        "product": record.product,
        "name": record.name,
        "licence_type": record.licence_type,
        "user_tier": record.user_tier,
        "server_id": record.server_id,
        "organisation": record.organisation,
        "support_expiry": record.support_expiry.map(|d| d.to_string()),
        "licence_expiry": record.licence_expiry.map(|d| d.to_string()),
        "archived": record.archived,
        "notes": record.notes,
        "key_genuine": record.key_genuine,
        "key_ends": record.licence_key.as_deref().map(|k| {
            let start = k.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
            k.get(start..).unwrap_or_default().to_owned()
        }),
    })
}
