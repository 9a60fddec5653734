//! Importing licence keys and the portal's own exports, in two steps: `plan` reads everything
//! and decides, without writing, what each entry would do (the preview, or `--dry-run`);
//! `apply` carries a plan out in one transaction, so an import that fails midway leaves
//! nothing behind. Importing the same thing twice changes nothing the second time.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde_json::json;

use super::changes::Who;
use super::developer;
use super::export::{self, ExportDocument, ExportedLicence};
use super::from_key::new_licence_from_key;
use super::parallel::decode_all;
use crate::atlassian::key::{self, KeyError};
use crate::domain::terms::is_developer_type;
use crate::domain::{AccountId, AccountState, Deployment, Email, LicenceId};
use crate::store::licences::{self, NewLicence, ServerIdReason};
use crate::store::{accounts, audit};

/// Files larger than this are not read: no licence file or export of a portal is this big.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Keys decoded together on all cores before their entries are planned in order.
const DECODE_BATCH: usize = 1024;

/// One input: a file's name (for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// An entry that will not be imported, with where it was and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rejection {
    pub origin: String,
    pub reason: String,
}

#[derive(Debug, Clone)]
pub enum Change {
    Add,
    Update {
        id: LicenceId,
        before: Box<NewLicence>,
    },
    Skip {
        reason: String,
    },
}

/// What an entry brings besides the licence's own fields.
#[derive(Debug, Clone)]
pub enum Extra {
    Key,
    Csv,
    Exported(Box<ExportedLicence>),
}

#[derive(Debug, Clone)]
pub struct Entry {
    /// `file:line` (or `file` / `file: ref`) of the entry.
    pub origin: String,
    pub change: Change,
    pub record: NewLicence,
    pub extra: Extra,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub entries: Vec<Entry>,
    pub rejected: Vec<Rejection>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub skipped: usize,
    pub rejected: usize,
}

impl Plan {
    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            rejected: self.rejected.len(),
            ..Counts::default()
        };
        for entry in &self.entries {
            match entry.change {
                Change::Add => counts.added += 1,
                Change::Update { .. } => counts.updated += 1,
                Change::Skip { .. } => counts.skipped += 1,
            }
        }
        counts
    }

    /// Whether applying would change anything.
    pub fn changes_anything(&self) -> bool {
        self.entries
            .iter()
            .any(|e| !matches!(e.change, Change::Skip { .. }))
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Import keys whose signature does not verify, marked as not genuine.
    pub allow_unverified: bool,
}

/// The not-genuine refusal, with what to do about it.
pub const NOT_GENUINE_REASON: &str = "signature does not verify: not a genuine Atlassian key \
     (to import it anyway, marked as not genuine, allow unverified keys)";

/// Reads files and folders (recursively, in name order; hidden files are passed over). What
/// cannot be read becomes a rejection, not an error, so one bad file does not stop the rest.
pub fn read_paths(paths: &[PathBuf]) -> (Vec<Source>, Vec<Rejection>) {
    let mut sources = Vec::new();
    let mut rejected = Vec::new();
    for path in paths {
        read_path(path, &mut sources, &mut rejected);
    }
    (sources, rejected)
}

fn read_path(path: &Path, sources: &mut Vec<Source>, rejected: &mut Vec<Rejection>) {
    let name = path.display().to_string();
    let reject = |rejected: &mut Vec<Rejection>, reason: String| {
        rejected.push(Rejection {
            origin: name.clone(),
            reason,
        });
    };
    let metadata = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return reject(rejected, format!("cannot be read: {e}")),
    };
    if metadata.is_dir() {
        let mut children: Vec<PathBuf> = match std::fs::read_dir(path) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => return reject(rejected, format!("cannot be listed: {e}")),
        };
        children.sort();
        for child in children {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if !hidden {
                read_path(&child, sources, rejected);
            }
        }
    } else if metadata.len() > MAX_FILE_BYTES {
        reject(
            rejected,
            format!("is {} bytes, larger than an import accepts", metadata.len()),
        );
    } else {
        match std::fs::read(path) {
            Ok(bytes) => sources.push(Source { name, bytes }),
            Err(e) => reject(rejected, format!("cannot be read: {e}")),
        }
    }
}

/// Decides what every entry of the sources would do, reading the database but not writing.
/// `progress` is told how many bytes of the sources have been read so far.
pub fn plan(
    conn: &Connection,
    sources: &[Source],
    options: Options,
    progress: &dyn Fn(u64),
) -> rusqlite::Result<Plan> {
    let mut planner = Planner {
        conn,
        options,
        plan: Plan::default(),
        seen_keys: HashMap::new(),
    };
    let mut done = 0u64;
    for source in sources {
        planner.source(source)?;
        done += source.bytes.len() as u64;
        progress(done);
    }
    Ok(planner.plan)
}

struct Planner<'a> {
    conn: &'a Connection,
    options: Options,
    plan: Plan,
    /// Canonical keys seen earlier in this import, with where.
    seen_keys: HashMap<String, String>,
}

impl Planner<'_> {
    fn reject(&mut self, origin: String, reason: impl Into<String>) {
        self.plan.rejected.push(Rejection {
            origin,
            reason: reason.into(),
        });
    }

    fn source(&mut self, source: &Source) -> rusqlite::Result<()> {
        if source.bytes.contains(&0) {
            self.reject(
                source.name.clone(),
                "not a text file (it holds binary data)",
            );
            return Ok(());
        }
        let text = String::from_utf8_lossy(&source.bytes);
        let text = text.trim_start_matches('\u{feff}');
        let first_line = text.lines().next().unwrap_or("").trim();
        if text.trim_start().starts_with('{')
            && let Ok(document) = serde_json::from_str::<serde_json::Value>(text)
            && document.get("format").and_then(|f| f.as_str()) == Some(export::FORMAT)
        {
            return self.exported_json(&source.name, document);
        }
        if first_line == export::CSV_HEADER.join(",") {
            return self.exported_csv(&source.name, text);
        }
        self.key_text(&source.name, text)
    }

    fn key_text(&mut self, name: &str, text: &str) -> rusqlite::Result<()> {
        let found = key::find_keys(text);
        if found.is_empty() {
            let reason = match key::decode(text) {
                Err(KeyError::LegacyVersion1) => KeyError::LegacyVersion1.to_string(),
                _ => "no licence key found in this file".to_owned(),
            };
            self.reject(name.to_owned(), reason);
            return Ok(());
        }
        // Keys are decoded a batch at a time on every core; the decisions stay in file order.
        for batch in found.chunks(DECODE_BATCH) {
            let raws: Vec<&str> = batch.iter().map(|c| c.raw.as_str()).collect();
            for (candidate, result) in batch.iter().zip(decode_all(&raws)) {
                let origin = format!("{name}:{}", candidate.line);
                let decoded = match result {
                    Ok(decoded) => decoded,
                    Err(error) => {
                        self.reject(origin, error.to_string());
                        continue;
                    }
                };
                if !decoded.is_genuine() && !self.options.allow_unverified {
                    self.reject(origin, NOT_GENUINE_REASON);
                    continue;
                }
                let record = new_licence_from_key(&decoded);
                let change = self.key_change(&record, &origin)?;
                self.plan.entries.push(Entry {
                    origin,
                    change,
                    record,
                    extra: Extra::Key,
                });
            }
        }
        Ok(())
    }

    /// A decoded key is new, a renewed or upgraded key of a licence on record (same SEN,
    /// product and kind), or already here.
    fn key_change(&mut self, record: &NewLicence, origin: &str) -> rusqlite::Result<Change> {
        let Some(canonical) = record.licence_key.clone() else {
            return Ok(Change::Add);
        };
        if let Some(first) = self.seen_keys.get(&canonical) {
            return Ok(Change::Skip {
                reason: format!("the same key appears earlier in this import ({first})"),
            });
        }
        self.seen_keys.insert(canonical.clone(), origin.to_owned());
        if let Some(existing) = licences::by_key(self.conn, &canonical)? {
            return Ok(Change::Skip {
                reason: format!("already in the inventory (licence {})", existing.id),
            });
        }
        if let Some(sen) = &record.sen {
            let developer = is_developer_type(&record.licence_type);
            let renewed = licences::by_sen(self.conn, sen)?.into_iter().find(|l| {
                l.product == record.product
                    && is_developer_type(&l.licence_type) == developer
                    && l.is_evaluation == record.is_evaluation
            });
            if let Some(existing) = renewed {
                return Ok(Change::Update {
                    id: existing.id,
                    before: Box::new(licences::as_new(&existing)),
                });
            }
        }
        Ok(Change::Add)
    }

    /// A row of an export: matched by its key, else by SEN, product and name.
    fn exported_change(&mut self, record: &NewLicence, origin: &str) -> rusqlite::Result<Change> {
        if let Some(canonical) = &record.licence_key {
            if let Some(first) = self.seen_keys.get(canonical) {
                return Ok(Change::Skip {
                    reason: format!("the same key appears earlier in this import ({first})"),
                });
            }
            self.seen_keys.insert(canonical.clone(), origin.to_owned());
        }
        let existing = match &record.licence_key {
            Some(canonical) => licences::by_key(self.conn, canonical)?,
            None => match &record.sen {
                Some(sen) => licences::by_sen(self.conn, sen)?
                    .into_iter()
                    .find(|l| l.product == record.product && l.name == record.name),
                None => None,
            },
        };
        Ok(match existing {
            None => Change::Add,
            Some(existing) => {
                let mut before = licences::as_new(&existing);
                // The link to a production licence is kept as it is on record.
                before.production_licence_id = existing.production_licence_id;
                let mut compared = record.clone();
                compared.production_licence_id = existing.production_licence_id;
                if before == compared {
                    Change::Skip {
                        reason: format!("unchanged (licence {})", existing.id),
                    }
                } else {
                    Change::Update {
                        id: existing.id,
                        before: Box::new(before),
                    }
                }
            }
        })
    }

    /// Checks a key carried by an export row; `None` when the row must be rejected.
    fn exported_key(&mut self, origin: &str, raw: &str) -> Option<(String, bool)> {
        match key::decode(raw) {
            Err(error) => {
                self.reject(origin.to_owned(), error.to_string());
                None
            }
            Ok(decoded) if !decoded.is_genuine() && !self.options.allow_unverified => {
                self.reject(origin.to_owned(), NOT_GENUINE_REASON);
                None
            }
            Ok(decoded) => Some((decoded.canonical.clone(), decoded.is_genuine())),
        }
    }

    fn exported_json(&mut self, name: &str, value: serde_json::Value) -> rusqlite::Result<()> {
        let document: ExportDocument = match serde_json::from_value(value) {
            Ok(d) => d,
            Err(e) => {
                self.reject(
                    name.to_owned(),
                    format!("not a valid licensedesk export: {e}"),
                );
                return Ok(());
            }
        };
        if document.version != export::VERSION {
            self.reject(
                name.to_owned(),
                format!(
                    "export version {} is not supported (this licensedesk reads version {})",
                    document.version,
                    export::VERSION
                ),
            );
            return Ok(());
        }
        for exported in document.licences {
            let origin = format!("{name}: {}", exported.reference);
            let mut record = record_of_exported(&exported);
            if let Some(raw) = &exported.licence_key {
                let Some((canonical, genuine)) = self.exported_key(&origin, raw) else {
                    continue;
                };
                record.licence_key = Some(canonical);
                record.key_genuine = Some(genuine);
            }
            let change = self.exported_change(&record, &origin)?;
            self.plan.entries.push(Entry {
                origin,
                change,
                record,
                extra: Extra::Exported(Box::new(exported)),
            });
        }
        Ok(())
    }

    fn exported_csv(&mut self, name: &str, text: &str) -> rusqlite::Result<()> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .flexible(false)
            .from_reader(text.as_bytes());
        for row in reader.records() {
            let row = match row {
                Ok(row) => row,
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    self.reject(
                        format!("{name}:{line}"),
                        format!("not a valid CSV row: {e}"),
                    );
                    continue;
                }
            };
            let origin = format!("{name}:{}", row.position().map_or(0, |p| p.line()));
            let cell = |i: usize| export::restore_cell(row.get(i).unwrap_or("").trim()).to_owned();
            let mut record = match record_of_csv(&cell) {
                Ok(r) => r,
                Err(reason) => {
                    self.reject(origin, reason);
                    continue;
                }
            };
            let raw_key = cell(17);
            if !raw_key.is_empty() {
                let Some((canonical, genuine)) = self.exported_key(&origin, &raw_key) else {
                    continue;
                };
                record.licence_key = Some(canonical);
                record.key_genuine = Some(genuine);
            }
            let change = self.exported_change(&record, &origin)?;
            self.plan.entries.push(Entry {
                origin,
                change,
                record,
                extra: Extra::Csv,
            });
        }
        Ok(())
    }
}

fn record_of_exported(e: &ExportedLicence) -> NewLicence {
    NewLicence {
        product: e.product.clone(),
        name: e.name.clone(),
        licence_type: e.licence_type.clone(),
        deployment: e.deployment,
        user_tier: e.user_tier,
        sen: e.sen.clone(),
        licence_key: None,
        key_genuine: None,
        server_id: e.server_id.clone(),
        organisation: e.organisation.clone(),
        licensed_to: e.licensed_to.clone(),
        purchase_date: e.purchase_date,
        support_expiry: e.support_expiry,
        licence_expiry: e.licence_expiry,
        support_level: e.support_level.clone(),
        auto_renew: e.auto_renew,
        archived: e.archived,
        is_evaluation: e.is_evaluation,
        production_licence_id: None,
    }
}

/// A licence from a CSV row of the portal's export; the reason when a cell is not valid.
fn record_of_csv(cell: &dyn Fn(usize) -> String) -> Result<NewLicence, String> {
    let optional = |i: usize| Some(cell(i)).filter(|v| !v.is_empty());
    let date = |i: usize, column: &str| -> Result<Option<jiff::civil::Date>, String> {
        optional(i)
            .map(|v| {
                v.parse::<jiff::civil::Date>()
                    .map_err(|_| format!("{column} {v:?} is not a date like 2026-11-21"))
            })
            .transpose()
    };
    let flag = |i: usize, column: &str| -> Result<bool, String> {
        match cell(i).to_ascii_lowercase().as_str() {
            "yes" | "true" | "1" => Ok(true),
            "no" | "false" | "0" | "" => Ok(false),
            other => Err(format!("{column} {other:?} is not yes or no")),
        }
    };
    let product = cell(1);
    if product.is_empty() {
        return Err("the product is empty".into());
    }
    let deployment = Deployment::parse(&cell(4))
        .ok_or_else(|| format!("deployment {:?} is not server or data-center", cell(4)))?;
    let user_tier = match cell(5).to_ascii_lowercase().as_str() {
        "unlimited" | "" => None,
        n => Some(
            n.parse::<i64>()
                .ok()
                .filter(|n| *n >= 0)
                .ok_or_else(|| format!("user tier {n:?} is not a number or unlimited"))?,
        ),
    };
    let server_id = match optional(8) {
        Some(v) => Some(
            crate::domain::ServerId::parse(&v)
                .map_err(|e| format!("server_id {v:?}: {e}"))?
                .to_string(),
        ),
        None => None,
    };
    Ok(NewLicence {
        sen: optional(0),
        name: optional(2).unwrap_or_else(|| product.clone()),
        product,
        licence_type: optional(3).unwrap_or_else(|| "Other".into()),
        deployment,
        user_tier,
        organisation: cell(6),
        licensed_to: cell(7),
        server_id,
        purchase_date: date(9, "purchase_date")?,
        support_expiry: date(10, "support_expiry")?,
        licence_expiry: date(11, "licence_expiry")?,
        support_level: cell(12),
        auto_renew: flag(13, "auto_renew")?,
        archived: flag(14, "archived")?,
        is_evaluation: flag(15, "evaluation")?,
        key_genuine: None,
        licence_key: None,
        production_licence_id: None,
    })
}

/// Narrows a plan to what a user who is not an administrator may do: they may add licences and
/// update their own, but a licence they are not a contact on is neither changed nor named.
pub fn restrict_to_viewer(
    conn: &Connection,
    plan: Plan,
    viewer: licences::Viewer,
) -> rusqlite::Result<Plan> {
    if viewer.is_admin {
        return Ok(plan);
    }
    let mut restricted = Plan {
        entries: Vec::with_capacity(plan.entries.len()),
        rejected: plan.rejected,
    };
    for mut entry in plan.entries {
        match &entry.change {
            Change::Update { id, .. } if licences::visible(conn, viewer, *id)?.is_none() => {
                restricted.rejected.push(Rejection {
                    origin: entry.origin,
                    reason: "a licence you are not a contact on has this SEN; ask an \
                             administrator to import it"
                        .into(),
                });
                continue;
            }
            Change::Skip { reason } if reason.contains("(licence ") => {
                let general = reason
                    .split(" (licence ")
                    .next()
                    .unwrap_or(reason)
                    .to_owned();
                entry.change = Change::Skip { reason: general };
            }
            _ => {}
        }
        restricted.entries.push(entry);
    }
    Ok(restricted)
}

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Applied {
    pub added: usize,
    pub updated: usize,
    pub skipped: usize,
    /// Accounts created (as invited) for contacts named in an export.
    pub accounts_created: usize,
}

/// The facts of a licence the audit log keeps before and after a change.
fn audit_json(record: &NewLicence) -> serde_json::Value {
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
        "key_genuine": record.key_genuine,
        "key_ends": record.licence_key.as_deref().map(|k| k.chars().rev().take(12).collect::<String>().chars().rev().collect::<String>()),
    })
}

pub struct ApplyContext<'a> {
    pub actor: &'a audit::Actor,
    pub client_addr: Option<&'a str>,
    /// Made a technical contact of every licence the import adds.
    pub contact: Option<AccountId>,
    pub now: i64,
}

/// Carries out a plan in one transaction: everything, or nothing when any step fails.
/// `progress` is told how many entries are done.
pub fn apply(
    conn: &mut Connection,
    plan: &Plan,
    context: &ApplyContext<'_>,
    progress: &dyn Fn(u64),
) -> rusqlite::Result<Applied> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut applied = Applied::default();
    let mut references: HashMap<String, LicenceId> = HashMap::new();
    let mut production_links: Vec<(LicenceId, String)> = Vec::new();
    let actor_label = match context.actor {
        audit::Actor::Account { email, .. } => email.clone(),
        audit::Actor::Anonymous => "anonymous".into(),
        audit::Actor::CommandLine => "command line".into(),
    };
    let who = Who {
        actor: context.actor.clone(),
        label: actor_label.clone(),
        client_addr: context.client_addr.map(str::to_owned),
    };
    for (index, entry) in plan.entries.iter().enumerate() {
        let mut record = entry.record.clone();
        let exported = match &entry.extra {
            Extra::Exported(e) => Some(e.as_ref()),
            _ => None,
        };
        match &entry.change {
            Change::Skip { .. } => {
                applied.skipped += 1;
            }
            Change::Add => {
                let (created, updated) =
                    exported.map_or((context.now, context.now), |e| (e.created_at, e.updated_at));
                let id = licences::insert_at(&tx, &record, created, updated)?;
                if let Some(exported) = exported {
                    references.insert(exported.reference.clone(), id);
                    if let Some(production) = &exported.production_licence {
                        production_links.push((id, production.clone()));
                    }
                    restore_exported(&tx, id, exported, context.now, &mut applied)?;
                } else if let Some(server_id) = &record.server_id {
                    licences::record_server_id_change(
                        &tx,
                        id,
                        &licences::ServerIdChange {
                            old_value: None,
                            new_value: Some(server_id.clone()),
                            changed_by: actor_label.clone(),
                            changed_at: context.now,
                            reason: ServerIdReason::Import.as_str().into(),
                        },
                    )?;
                }
                // A developer licence belongs to the production licence with its SEN and
                // product: the portal's own linking sets the link, the support expiry and the
                // contacts (an export names its production licence itself, linked below).
                if exported.is_none_or(|e| e.production_licence.is_none()) {
                    developer::link_developer_licence_by(&tx, id, &who, context.now)?;
                }
                if let Some(contact) = context.contact {
                    licences::add_contact(&tx, id, contact, "technical", context.now)?;
                }
                let after = audit_json(&record);
                audit::record(
                    &tx,
                    &audit::Entry {
                        client_addr: context.client_addr,
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
                if matches!(entry.extra, Extra::Key) {
                    // A renewed or upgraded key: what the portal knows beyond the key stays.
                    record.server_id = before.server_id.clone().or(record.server_id);
                    record.auto_renew = before.auto_renew;
                    record.support_level = before.support_level.clone();
                    record.archived = before.archived;
                    record.production_licence_id = before.production_licence_id;
                } else {
                    record.production_licence_id = before.production_licence_id;
                }
                if before.licence_key.is_some() && before.licence_key != record.licence_key {
                    licences::record_key_change(
                        &tx,
                        *id,
                        &licences::KeyChange {
                            licence_key: before.licence_key.clone().unwrap_or_default(),
                            replaced_at: context.now,
                            replaced_by: actor_label.clone(),
                            reason: "import".into(),
                        },
                    )?;
                }
                if before.server_id != record.server_id {
                    licences::record_server_id_change(
                        &tx,
                        *id,
                        &licences::ServerIdChange {
                            old_value: before.server_id.clone(),
                            new_value: record.server_id.clone(),
                            changed_by: actor_label.clone(),
                            changed_at: context.now,
                            reason: ServerIdReason::Import.as_str().into(),
                        },
                    )?;
                }
                licences::overwrite(&tx, *id, &record, context.now)?;
                let (before_json, after_json) = (audit_json(before), audit_json(&record));
                audit::record(
                    &tx,
                    &audit::Entry {
                        client_addr: context.client_addr,
                        licence_id: Some(*id),
                        detail: &entry.origin,
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
            tx.execute(
                "UPDATE licences SET production_licence_id = ?2 WHERE id = ?1",
                [developer.0, production.0],
            )?;
        }
    }
    tx.commit()?;
    Ok(applied)
}

/// Contacts, histories and the gate state that an export carries with a licence.
fn restore_exported(
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
    for contact in &exported.contacts {
        let Ok(email) = Email::parse(&contact.email) else {
            continue;
        };
        let account = match accounts::by_email(conn, &email)? {
            Some(account) => account.id,
            None => {
                applied.accounts_created += 1;
                accounts::insert(
                    conn,
                    &accounts::NewAccount {
                        email: &email,
                        display_name: "",
                        password_hash: None,
                        is_admin: false,
                        state: AccountState::Invited,
                    },
                    now,
                )?
            }
        };
        let role = if contact.role == "billing" {
            "billing"
        } else {
            "technical"
        };
        licences::add_contact(conn, id, account, role, now)?;
    }
    Ok(())
}
