//! Diagnosis against the records: the licences on record for each installed key, the other
//! recorded installations with the same Server ID, and setting the Server ID a diagnosis found.
//! `licensedesk diagnose` and the Diagnose page call the same functions; a viewer limits what
//! the page finds to the licences its user may see (the command line sees every licence).
//! Recorded installations: who may see, record and delete one.

use rusqlite::{Connection, TransactionBehavior};
use serde_json::json;

use crate::atlassian::diagnosis::{
    self, Code, InstalledKey, KeyRecords, Record, RecordedInstance, ServerIdUpdate,
};
use crate::atlassian::install::Installation;
use crate::domain::{Actor, Instance, Licence, LicenceId, Viewer};
use crate::mail::webhooks;
use crate::store::{audit, instances, licences};

/// A licence on record, as much of it as the diagnosis needs.
pub fn as_record(licence: &Licence) -> Record {
    Record {
        id: licence.id.0,
        name: licence.name.clone(),
        sen: licence.sen.clone(),
        server_id: licence.server_id.clone(),
        has_key: licence.licence_key.is_some(),
    }
}

/// The licences on record for one installed key: by the key itself, and by its SEN. With a
/// viewer, only the licences that viewer may see; others' licences stay unknown.
pub fn records_for(
    conn: &Connection,
    viewer: Option<Viewer>,
    installed: &InstalledKey,
) -> rusqlite::Result<KeyRecords> {
    let (canonical, sen) = match &installed.decoded {
        Ok(decoded) => (decoded.canonical.as_str(), decoded.licence.sen.as_deref()),
        Err(_) => (installed.raw.as_str(), None),
    };
    let may_see = |licence: &Licence| -> rusqlite::Result<bool> {
        match viewer {
            Some(viewer) => Ok(licences::visible(conn, viewer, licence.id)?.is_some()),
            None => Ok(true),
        }
    };
    let by_key = match licences::by_key(conn, canonical)? {
        Some(licence) if may_see(&licence)? => Some(licence),
        _ => None,
    };
    let mut same_sen = Vec::new();
    if let Some(sen) = sen {
        for licence in licences::by_sen(conn, sen)? {
            if by_key.as_ref().is_none_or(|k| k.id != licence.id) && may_see(&licence)? {
                same_sen.push(as_record(&licence));
            }
        }
    }
    Ok(KeyRecords {
        by_key: by_key.as_ref().map(as_record),
        same_sen,
    })
}

fn recorded(instance: Instance) -> RecordedInstance {
    RecordedInstance {
        id: instance.id,
        product: instance.product,
        label: instance.label,
        host: instance.host,
        server_id: instance.server_id,
        recorded_at: instance.recorded_at,
        cluster_node: instance.cluster_node,
        cluster: instance.cluster,
    }
}

/// The recorded installations other than this one that have this Server ID (see
/// [`diagnosis::others_with_server_id`] for what `this`, the host and label, changes). With a
/// viewer, only installations of licences that viewer may see.
pub fn others_with_server_id(
    conn: &Connection,
    viewer: Option<Viewer>,
    server_id: &str,
    this: Option<(&str, &str)>,
) -> rusqlite::Result<Vec<RecordedInstance>> {
    let found = match viewer {
        Some(viewer) => instances::with_server_id_visible(conn, viewer, server_id)?,
        None => instances::with_server_id(conn, server_id)?,
    };
    Ok(diagnosis::others_with_server_id(
        found.into_iter().map(recorded).collect(),
        this,
    ))
}

/// Sets one licence's Server ID to what a diagnosis found, inside the caller's transaction: the
/// old value goes to its Server ID history, and the audit log keeps the value before and
/// after. False when the licence already had that value.
pub fn set_server_id_in(
    conn: &Connection,
    actor: &Actor,
    licence: LicenceId,
    old: Option<&str>,
    new: &str,
    detail: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let changed = licences::set_server_id(
        conn,
        licence,
        Some(new),
        actor.stored_label(),
        licences::ServerIdReason::Diagnosis,
        now,
    )?;
    if changed {
        let before = json!({ "server_id": old });
        let after = json!({ "server_id": new });
        audit::record(
            conn,
            &audit::Entry {
                licence_id: Some(licence),
                detail,
                before: Some(&before),
                after: Some(&after),
                ..audit::Entry::new(actor, "server-id-changed")
            },
            now,
        )?;
    }
    Ok(changed)
}

/// [`set_server_id_in`] in a transaction of its own, for the Diagnose page's confirmation: what
/// it records is the diagnosis' finding that the Server ID on record differs, which the
/// webhooks are told of when it changed the record.
pub fn set_server_id(
    conn: &mut Connection,
    actor: &Actor,
    licence: &Licence,
    new: &str,
    detail: &str,
    now: i64,
) -> rusqlite::Result<bool> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let changed = set_server_id_in(
        &tx,
        actor,
        licence.id,
        licence.server_id.as_deref(),
        new,
        detail,
        now,
    )?;
    if changed {
        webhooks::raise(
            &tx,
            &webhooks::Event::DiagnosisFindings {
                server_id: Some(new),
                findings: &[Code::ServerIdMismatch.as_str()],
            },
            Some(licence),
            now,
        )?;
    }
    tx.commit()?;
    Ok(changed)
}

/// An installation to keep as a recorded instance: where it runs, what it runs, and the
/// licences on record found for its keys (in the order of the keys).
pub struct Snapshot<'a> {
    pub installation: &'a Installation,
    pub label: &'a str,
    pub host: &'a str,
    pub keys: &'a [InstalledKey],
    pub records: &'a [KeyRecords],
    pub verdict: Code,
    /// What the diagnosis found, most important first: the webhooks are told when it is not
    /// empty.
    pub findings: &'a [Code],
}

/// What [`keep`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kept {
    /// The indexes of the updates that changed a Server ID on record.
    pub applied: Vec<usize>,
    /// The recorded instance's id.
    pub instance: Option<i64>,
}

/// Keeps what a diagnosis of `installation` found, in one transaction: sets the Server IDs of
/// `updates` on record, and records the installation as an instance when given a snapshot
/// (with an audit entry: the command line's `--record` and the Diagnose page alike).
pub fn keep(
    conn: &mut Connection,
    actor: &Actor,
    installation: &Installation,
    updates: &[ServerIdUpdate],
    snapshot: Option<&Snapshot<'_>>,
    now: i64,
) -> rusqlite::Result<Kept> {
    let mut kept = Kept::default();
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for (index, update) in updates.iter().enumerate() {
        let detail = format!(
            "Server ID set to {} by a diagnosis of {}",
            update.new,
            installation.home.display()
        );
        let licence = LicenceId(update.licence_id);
        let old = update.old.as_deref();
        if set_server_id_in(&tx, actor, licence, old, &update.new, &detail, now)? {
            kept.applied.push(index);
        }
    }
    if let Some(snapshot) = snapshot {
        let keys: Vec<instances::InstanceKey> = snapshot
            .keys
            .iter()
            .zip(
                snapshot
                    .records
                    .iter()
                    .map(Some)
                    .chain(std::iter::repeat(None)),
            )
            .map(|(installed, found)| snapshot_key(installed, found))
            .collect();
        kept.instance = Some(instances::record(
            &tx,
            &instances::NewInstance {
                product: installation.product.name(),
                label: snapshot.label,
                host: snapshot.host,
                home: &installation.home.display().to_string(),
                server_id: installation.server_id.as_ref().map(|s| s.value.as_str()),
                verdict: snapshot.verdict.as_str(),
                recorded_by: actor.stored_label(),
                keys: &keys,
                cluster_node: installation
                    .cluster
                    .as_ref()
                    .and_then(|node| node.node_id.as_deref()),
                cluster: installation
                    .cluster
                    .as_ref()
                    .and_then(|node| node.cluster.as_deref()),
            },
            now,
        )?);
        let recorded = json!({
            "label": snapshot.label,
            "host": snapshot.host,
            "product": installation.product.name(),
            "server_id": installation.server_id.as_ref().map(|s| s.value.as_str()),
            "verdict": snapshot.verdict.as_str(),
        });
        let detail = format!("{} on {}", snapshot.label, snapshot.host);
        audit::record(
            &tx,
            &audit::Entry {
                licence_id: keys.iter().find_map(|k| k.licence_id),
                detail: &detail,
                after: Some(&recorded),
                ..audit::Entry::new(actor, "instance-recorded")
            },
            now,
        )?;
        if !snapshot.findings.is_empty() {
            let mut codes: Vec<&str> = Vec::new();
            for code in snapshot.findings {
                if !codes.contains(&code.as_str()) {
                    codes.push(code.as_str());
                }
            }
            // The first licence on record among the keys, so that its organisation's webhooks
            // are told too.
            let licence_id = keys.iter().find_map(|k| k.licence_id);
            let licence = match licence_id {
                Some(id) => licences::by_id(&tx, id)?,
                None => None,
            };
            webhooks::raise(
                &tx,
                &webhooks::Event::DiagnosisFindings {
                    server_id: installation.server_id.as_ref().map(|s| s.value.as_str()),
                    findings: &codes,
                },
                licence.as_ref(),
                now,
            )?;
        }
    }
    tx.commit()?;
    Ok(kept)
}

/// An installed key as a recorded instance keeps it, with the licence on record it belongs to.
fn snapshot_key(installed: &InstalledKey, found: Option<&KeyRecords>) -> instances::InstanceKey {
    let (licence_key, sen) = match &installed.decoded {
        Ok(decoded) => (decoded.canonical.clone(), decoded.licence.sen.clone()),
        Err(_) => (installed.raw.clone(), None),
    };
    let licence_id = found.and_then(|records| {
        records
            .by_key
            .as_ref()
            .or(records.same_sen.first())
            .map(|r| LicenceId(r.id))
    });
    instances::InstanceKey {
        licence_key,
        sen,
        licence_id,
    }
}

/// A recorded installation as a viewer may know of it.
pub struct InstanceSeen {
    pub instance: Instance,
    /// The licences on record it runs that the viewer may see, in the order of its keys.
    pub licences: Vec<Licence>,
    /// Whether the viewer may delete it (or record over it): an administrator, or someone who
    /// may change every licence it runs.
    pub may_change: bool,
}

/// A recorded installation, when the viewer may know of it: every one for an administrator,
/// otherwise one running a licence the viewer may see (as the licence pages list them).
pub fn instance_seen(
    conn: &Connection,
    viewer: Viewer,
    instance_id: i64,
) -> rusqlite::Result<Option<InstanceSeen>> {
    let Some(instance) = instances::by_id(conn, instance_id)? else {
        return Ok(None);
    };
    let runs = instances::licences_of(conn, instance_id)?;
    let mut seen = Vec::new();
    let mut manages_every_one = !runs.is_empty();
    for id in runs {
        match licences::with_access(conn, viewer, id)? {
            Some((licence, access)) => {
                manages_every_one &= access.may_manage();
                seen.push(licence);
            }
            None => manages_every_one = false,
        }
    }
    if seen.is_empty() && !viewer.is_admin {
        return Ok(None);
    }
    Ok(Some(InstanceSeen {
        instance,
        licences: seen,
        may_change: viewer.is_admin || manages_every_one,
    }))
}

/// Whether `viewer` may record an installation whose keys belong to `licences` on record (as
/// [`keep`] links them): an administrator always; anyone else only one running licences that
/// they may all change, and none other.
pub fn may_record(conn: &Connection, viewer: Viewer, runs: &[LicenceId]) -> rusqlite::Result<bool> {
    if viewer.is_admin {
        return Ok(true);
    }
    if runs.is_empty() {
        return Ok(false);
    }
    for id in runs {
        match licences::with_access(conn, viewer, *id)? {
            Some((_, access)) if access.may_manage() => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// The licences on record a snapshot of these keys would be linked to, each once.
pub fn snapshot_licences(keys: &[InstalledKey], records: &[KeyRecords]) -> Vec<LicenceId> {
    let mut runs = Vec::new();
    for (installed, found) in keys.iter().zip(records.iter()) {
        if let Some(id) = snapshot_key(installed, Some(found)).licence_id
            && !runs.contains(&id)
        {
            runs.push(id);
        }
    }
    runs
}

/// Deletes a recorded installation in a transaction of its own, with an audit entry keeping
/// what it was (on the first licence it ran, so that the licence's history shows it). False
/// when it was already gone.
pub fn delete_instance(
    conn: &mut Connection,
    actor: &Actor,
    instance: &Instance,
    now: i64,
) -> rusqlite::Result<bool> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let runs = instances::licences_of(&tx, instance.id)?;
    let deleted = instances::delete(&tx, instance.id)?;
    if deleted {
        let before = json!({
            "label": instance.label,
            "host": instance.host,
            "product": instance.product,
            "home": instance.home,
            "server_id": instance.server_id,
            "verdict": instance.verdict,
            "recorded_at": instance.recorded_at,
            "licences": runs.iter().map(|l| l.0).collect::<Vec<_>>(),
        });
        let detail = format!("{} on {}", instance.label, instance.host);
        audit::record(
            &tx,
            &audit::Entry {
                licence_id: runs.first().copied(),
                detail: &detail,
                before: Some(&before),
                ..audit::Entry::new(actor, "instance-deleted")
            },
            now,
        )?;
    }
    tx.commit()?;
    Ok(deleted)
}
