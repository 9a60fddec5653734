//! Comparing decoded entries with the inventory: which licence each entry is, what would
//! change, and what must not. Reads the database, never writes.

use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::{
    Change, Decoded, Entry, Extra, Item, Options, Plan, Refusal, Rejection, Skip, Warning,
};
use crate::domain::LicenceFields;
use crate::domain::{Licence, LicenceId};
use crate::store::licences;
use crate::store::{instances, orders};

/// Says what every decoded entry would do to the inventory as it is now.
pub fn decide(conn: &Connection, decoded: &Decoded, options: Options) -> rusqlite::Result<Plan> {
    let mut decider = Decider {
        conn,
        options,
        seen_keys: HashMap::new(),
        seen_targets: HashMap::new(),
        seen_orders: HashSet::new(),
        seen_added: HashMap::new(),
        plan: Plan {
            rejected: decoded.rejected.clone(),
            restores: options.restores(),
            apps: decoded.apps.clone(),
            ..Plan::default()
        },
    };
    for item in &decoded.items {
        decider.item(item)?;
    }
    let mut plan = decider.plan;
    warn_of_lost_production_links(&mut plan);
    if options.restores() {
        for instance in &decoded.instances {
            // An installation recorded already stays as it is: importing twice changes nothing.
            if !instances::exists(conn, &instance.host, &instance.label)? {
                plan.instances.push(instance.clone());
            }
        }
    } else if !decoded.instances.is_empty() {
        plan.rejected.push(Rejection {
            origin: format!("{} recorded installation(s)", decoded.instances.len()),
            reason: Refusal::InstallationsAdminOnly,
        });
    }
    Ok(plan)
}

/// A developer row whose production licence (named by the export) is not imported would be
/// added without its link: the preview says so before it happens.
fn warn_of_lost_production_links(plan: &mut Plan) {
    let imported: HashSet<String> = plan
        .entries
        .iter()
        .filter_map(|entry| match &entry.extra {
            Extra::Exported(exported) => Some(exported.reference.clone()),
            _ => None,
        })
        .collect();
    for entry in &mut plan.entries {
        if let Extra::Exported(exported) = &entry.extra
            && let Some(production) = &exported.production_licence
            && !imported.contains(production)
        {
            entry.warnings.push(Warning::ProductionNotImported {
                production: production.clone(),
            });
        }
    }
}

struct Decider<'a> {
    conn: &'a Connection,
    options: Options,
    /// Canonical keys seen earlier in this import, with where.
    seen_keys: HashMap<String, String>,
    /// Licences on record an earlier entry of this import already changes, with where.
    seen_targets: HashMap<LicenceId, String>,
    /// Order numbers restored by earlier entries of this import.
    seen_orders: HashSet<String>,
    /// The SEN, product and name of licences without a key that earlier entries of this
    /// import add, with where: a second row for one of them is the same licence.
    seen_added: HashMap<(String, String, String), String>,
    plan: Plan,
}

/// How an entry relates to the licences on record.
enum Match {
    /// Nothing on record is this licence.
    New,
    /// A licence holds exactly this key.
    SameKey(Licence),
    /// This is that licence (a renewed key, a row of its export).
    Is(Licence),
}

impl Decider<'_> {
    fn reject(&mut self, origin: &str, reason: Refusal) {
        self.plan.rejected.push(Rejection {
            origin: origin.to_owned(),
            reason,
        });
    }

    fn push(&mut self, item: &Item, change: Change, existing: Option<LicenceId>) {
        self.plan.entries.push(Entry {
            origin: item.origin.clone(),
            change,
            record: item.record.clone(),
            extra: item.extra.clone(),
            existing,
            warnings: Vec::new(),
            replaces_genuine: false,
        });
    }

    fn may_see(&self, id: LicenceId) -> rusqlite::Result<bool> {
        match self.options.viewer {
            Some(viewer) if !viewer.is_admin => {
                Ok(licences::visible(self.conn, viewer, id)?.is_some())
            }
            _ => Ok(true),
        }
    }

    /// Whether the importer may change the licence: a consultant reads an organisation's
    /// licences but changes none of them.
    fn may_change(&self, id: LicenceId) -> rusqlite::Result<bool> {
        match self.options.viewer {
            Some(viewer) if !viewer.is_admin => Ok(licences::with_access(self.conn, viewer, id)?
                .is_some_and(|(_, access)| access.may_manage())),
            _ => Ok(true),
        }
    }

    /// Why a new licence without a key is not added: an earlier entry of this import adds the
    /// licence of the same SEN, product and name (the entry is noted for later ones if not).
    fn added_earlier(&mut self, item: &Item) -> Option<Skip> {
        let record = &item.record;
        let sen = record
            .sen
            .as_ref()
            .filter(|_| record.licence_key.is_none())?;
        let identity = (sen.clone(), record.product.clone(), record.name.clone());
        match self.seen_added.get(&identity) {
            Some(first) => Some(Skip::AddedEarlierInImport {
                first: first.clone(),
            }),
            None => {
                self.seen_added.insert(identity, item.origin.clone());
                None
            }
        }
    }

    fn item(&mut self, item: &Item) -> rusqlite::Result<()> {
        let record = &item.record;
        if let Some(key) = &record.licence_key {
            if let Some(first) = self.seen_keys.get(key) {
                let reason = Skip::KeyEarlierInImport {
                    first: first.clone(),
                };
                self.push(item, Change::Skip { reason }, None);
                return Ok(());
            }
            self.seen_keys.insert(key.clone(), item.origin.clone());
        }
        if let Extra::Exported(exported) = &item.extra {
            self.plan.contacts_in_files += exported.contacts.len();
            self.plan.orders_in_files += exported.orders.len();
            self.plan.primary_terms_in_files += exported.primary_terms.len();
        }
        let found = match &item.extra {
            Extra::Csv {
                reference: Some((id, created_at)),
                ..
            } => match licences::by_id(self.conn, *id)? {
                // The same portal's sheet: the reference names the licence exactly.
                Some(licence) if licence.created_at == *created_at => Match::Is(licence),
                _ => self.match_by_content(record)?,
            },
            Extra::Exported(exported) if record.sen.is_none() && record.licence_key.is_none() => {
                self.match_keyless(record, exported.created_at)?
            }
            _ => self.match_by_content(record)?,
        };
        let existing = match found {
            Match::New => {
                if let Some(reason) = self.added_earlier(item) {
                    self.push(item, Change::Skip { reason }, None);
                    return Ok(());
                }
                let warnings = self.restore_warnings(item)?;
                self.push(item, Change::Add, None);
                if let Some(entry) = self.plan.entries.last_mut() {
                    entry.warnings = warnings;
                }
                return Ok(());
            }
            Match::SameKey(licence) if matches!(item.extra, Extra::Key) => {
                let reason = Skip::AlreadyInInventory {
                    licence: self.may_see(licence.id)?.then_some(licence.id),
                };
                self.push(item, Change::Skip { reason }, Some(licence.id));
                return Ok(());
            }
            Match::SameKey(licence) | Match::Is(licence) => licence,
        };
        if !self.may_change(existing.id)? {
            self.reject(&item.origin, Refusal::NotAContact);
            return Ok(());
        }
        if let Some(first) = self.seen_targets.get(&existing.id) {
            let reason = Skip::ChangedByEarlierEntry {
                licence: existing.id,
                first: first.clone(),
            };
            self.push(item, Change::Skip { reason }, Some(existing.id));
            return Ok(());
        }
        self.seen_targets.insert(existing.id, item.origin.clone());
        let before = existing.fields.clone();
        let mut entry_record = record.clone();
        // A licence on record takes the terms its key says, not an export's.
        if let Some((tier, support)) = item.key_terms {
            entry_record.user_tier = tier;
            entry_record.support_expiry = support;
        }
        let merged = merge(&before, &entry_record, &item.extra);
        if let Some(key) = &merged.record.licence_key
            && before.licence_key.as_ref() != Some(key)
            && let Some(holder) = licences::by_key(self.conn, key)?
            && holder.id != existing.id
        {
            let licence = self.may_see(holder.id)?.then_some(holder.id);
            self.reject(&item.origin, Refusal::KeyOnOtherLicence { licence });
            return Ok(());
        }
        if merged.replaces_genuine && !self.options.restores() {
            let licence = existing.id;
            self.reject(&item.origin, Refusal::WouldReplaceGenuine { licence });
            return Ok(());
        }
        if merged.record == before {
            let reason = Skip::Unchanged {
                licence: existing.id,
            };
            self.push(item, Change::Skip { reason }, Some(existing.id));
            return Ok(());
        }
        self.plan.entries.push(Entry {
            origin: item.origin.clone(),
            change: Change::Update {
                id: existing.id,
                before: Box::new(before),
            },
            record: merged.record,
            extra: item.extra.clone(),
            existing: Some(existing.id),
            warnings: merged.warnings,
            replaces_genuine: merged.replaces_genuine,
        });
        Ok(())
    }

    /// What of an export row a restore would leave out: orders whose number is taken (by the
    /// inventory, or by an earlier row of this import).
    fn restore_warnings(&mut self, item: &Item) -> rusqlite::Result<Vec<Warning>> {
        let mut warnings = Vec::new();
        let Extra::Exported(exported) = &item.extra else {
            return Ok(warnings);
        };
        if !self.options.restores() {
            return Ok(warnings);
        }
        for order in &exported.orders {
            let taken = orders::number_taken(self.conn, &order.number)?
                || !self.seen_orders.insert(order.number.clone());
            if taken {
                warnings.push(Warning::OrderNotRestored {
                    number: order.number.clone(),
                });
            }
        }
        Ok(warnings)
    }

    /// A row of a JSON export with neither SEN nor key (an evaluation started in the portal) is
    /// the licence of its product and name created when it says, not yet matched by an earlier
    /// row: the export carries no ids, and re-importing it adds nothing. Only a licence the
    /// importer may see is matched (someone else's evaluation is no reason to refuse a row).
    fn match_keyless(&self, record: &LicenceFields, created_at: i64) -> rusqlite::Result<Match> {
        let candidates =
            licences::keyless_created(self.conn, &record.product, &record.name, created_at)?;
        for licence in candidates {
            if !self.seen_targets.contains_key(&licence.id) && self.may_see(licence.id)? {
                return Ok(Match::Is(licence));
            }
        }
        Ok(Match::New)
    }

    /// An entry with a key is the licence holding that key, or the licence it renews or
    /// upgrades (same SEN, product and kind); one without is the licence with its SEN, product
    /// and name.
    fn match_by_content(&self, record: &LicenceFields) -> rusqlite::Result<Match> {
        if let Some(key) = &record.licence_key {
            if let Some(licence) = licences::by_key(self.conn, key)? {
                return Ok(Match::SameKey(licence));
            }
            if let Some(sen) = &record.sen {
                let developer = record.licence_type.is_developer();
                let renewed = licences::by_sen(self.conn, sen)?.into_iter().find(|l| {
                    l.product == record.product
                        && l.licence_type.is_developer() == developer
                        && l.is_evaluation == record.is_evaluation
                });
                if let Some(licence) = renewed {
                    return Ok(Match::Is(licence));
                }
            }
            return Ok(Match::New);
        }
        let Some(sen) = &record.sen else {
            return Ok(Match::New);
        };
        Ok(licences::by_sen(self.conn, sen)?
            .into_iter()
            .find(|l| l.product == record.product && l.name == record.name)
            .map_or(Match::New, Match::Is))
    }
}

/// An update as it would be stored, and what a reviewer should see about it.
struct Merged {
    record: LicenceFields,
    warnings: Vec<Warning>,
    replaces_genuine: bool,
}

/// Applies the rules of an update to what an entry says about a licence on record.
fn merge(before: &LicenceFields, entry: &LicenceFields, extra: &Extra) -> Merged {
    let mut after = entry.clone();
    let mut warnings = Vec::new();
    // The link to a production licence is kept as it is on record.
    after.production_licence_id = before.production_licence_id;
    if !extra.gives_notes() {
        after.notes.clone_from(&before.notes);
    }
    // An entry that does not say the kind (a sheet, an older export) derived it from its
    // fields: where those are the ones on record, the kind on record stays; where they changed,
    // the kind follows them, as after a hand edit. (With a key on record, the key's kind stays:
    // see below.)
    if !extra.gives_kind()
        && after.licence_type == before.licence_type
        && after.deployment == before.deployment
        && after.product == before.product
        && after.is_evaluation == before.is_evaluation
    {
        after.kind = before.kind;
    }
    if matches!(extra, Extra::Key) {
        // A renewed or upgraded key: what the portal knows beyond the key stays.
        after.server_id = before.server_id.clone().or(after.server_id);
        after.auto_renew = before.auto_renew;
        after.support_level = before.support_level.clone();
        after.archived = before.archived;
    }
    // A row without a key (a sheet with the column emptied, or a key left out of an export)
    // never takes the key away.
    if after.licence_key.is_none() && before.licence_key.is_some() {
        after.licence_key = before.licence_key.clone();
        after.key_genuine = before.key_genuine;
    }
    // Nor does a row without a key, or with the key on record, change what that key says: the
    // signed terms stay as they are on record (the key's, or an upgrade or renewal made in the
    // portal since), whatever the file beside the key says.
    if before.licence_key.is_some() && after.licence_key == before.licence_key {
        keep_signed_terms(&mut after, before);
        // The name beside a key is the one the key gives: the one on record may be newer.
        if entry.licence_key.is_some() {
            after.name.clone_from(&before.name);
        } else {
            // A row without the key says nothing about the key's kind; an entry with the key
            // brings the key's, which also mends a kind the migration could only guess.
            after.kind = before.kind;
        }
    }
    match (before.support_expiry, after.support_expiry) {
        (Some(kept), Some(said)) if said < kept => {
            after.support_expiry = Some(kept);
            warnings.push(Warning::SupportExpiryKept {
                kept,
                said: Some(said),
            });
        }
        (Some(kept), None) => {
            after.support_expiry = Some(kept);
            warnings.push(Warning::SupportExpiryKept { kept, said: None });
        }
        _ => {}
    }
    let key_changes = after.licence_key != before.licence_key;
    let replaces_genuine =
        key_changes && before.key_genuine == Some(true) && after.key_genuine != Some(true);
    if replaces_genuine {
        warnings.push(Warning::GenuineKeyReplaced);
    }
    let lower = match (before.user_tier, after.user_tier) {
        (None, Some(_)) => true,
        (Some(was), Some(is)) => is < was,
        _ => false,
    };
    if lower {
        warnings.push(Warning::LowerUserTier {
            from: before.user_tier,
            to: after.user_tier,
        });
    }
    if after.product != before.product {
        warnings.push(Warning::OtherProduct {
            from: before.product.clone(),
            to: after.product.clone(),
        });
    }
    if after.licence_type != before.licence_type {
        warnings.push(Warning::OtherLicenceType {
            from: before.licence_type.clone(),
            to: after.licence_type.clone(),
        });
    }
    if after.sen != before.sen {
        warnings.push(Warning::SenChanges {
            from: before.sen.clone(),
            to: after.sen.clone(),
        });
    }
    Merged {
        record: after,
        warnings,
        replaces_genuine,
    }
}

/// Takes from the licence on record the fields its key signs.
fn keep_signed_terms(after: &mut LicenceFields, before: &LicenceFields) {
    after.sen.clone_from(&before.sen);
    after.product.clone_from(&before.product);
    after.licence_type.clone_from(&before.licence_type);
    after.deployment = before.deployment;
    after.user_tier = before.user_tier;
    after.purchase_date = before.purchase_date;
    after.support_expiry = before.support_expiry;
    after.licence_expiry = before.licence_expiry;
    after.is_evaluation = before.is_evaluation;
}

/// A key pasted to replace the key of one licence ("Replace key" on its page): the update it
/// would make under the import's rules, or why it cannot.
pub fn replacement(
    conn: &Connection,
    licence: &Licence,
    decoded: &crate::atlassian::key::DecodedKey,
    options: Options,
    origin: &str,
) -> rusqlite::Result<Result<Entry, Refusal>> {
    let record = crate::inventory::from_key::new_licence_from_key(decoded);
    let before = licence.fields.clone();
    if before.licence_key == record.licence_key {
        return Ok(Err(Refusal::AlreadyTheKey));
    }
    if let Some(key) = &record.licence_key
        && let Some(holder) = licences::by_key(conn, key)?
        && holder.id != licence.id
    {
        let visible = match options.viewer {
            Some(viewer) if !viewer.is_admin => {
                licences::visible(conn, viewer, holder.id)?.is_some()
            }
            _ => true,
        };
        return Ok(Err(Refusal::KeyOnOtherLicence {
            licence: visible.then_some(holder.id),
        }));
    }
    let merged = merge(&before, &record, &Extra::Key);
    if merged.replaces_genuine && !options.restores() {
        return Ok(Err(Refusal::WouldReplaceOwnGenuineKey));
    }
    Ok(Ok(Entry {
        origin: origin.to_owned(),
        change: Change::Update {
            id: licence.id,
            before: Box::new(before),
        },
        record: merged.record,
        extra: Extra::Key,
        existing: Some(licence.id),
        warnings: merged.warnings,
        replaces_genuine: merged.replaces_genuine,
    }))
}
