//! Importing licence keys and the portal's own exports, in three steps: `read` decodes and
//! checks every entry of the inputs without touching the database (this is what a preview keeps
//! while it waits for its confirmation); `decide` compares the entries with the inventory and
//! says what each would do (the preview, or `--dry-run`); `apply` carries a decision out inside
//! the caller's transaction. Importing the same thing twice changes nothing the second time.
//!
//! The rules that make an import trustworthy live in `decide`: what a key says wins over what a
//! file says beside it, a key that does not verify never silently replaces a genuine one, a
//! support expiry on record never moves earlier, and someone who is not an administrator
//! neither changes nor names licences that are not theirs.

mod apply;
mod decide;
mod files;
mod read;
mod reasons;
mod restore;

use rusqlite::Connection;

use super::export::{ExportedInstance, ExportedLicence};
use crate::domain::{LicenceFields, LicenceId, Viewer};
use crate::inventory::apps::{AppLicence, KnownApps};

pub use apply::{Applied, ApplyContext, apply, apply_in_transaction};
pub use decide::{decide, replacement};
pub use files::{MAX_FILE_BYTES, read_paths};
pub use read::{read, unreadable_in};
pub use reasons::{Invalid, Refusal, Skip, Warning};

/// One input: a file's name (for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// An entry that will not be imported, with where it was and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub origin: String,
    pub reason: Refusal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Add,
    Update {
        id: LicenceId,
        before: Box<LicenceFields>,
    },
    Skip {
        reason: Skip,
    },
}

/// What an entry brings besides the licence's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Extra {
    Key,
    /// A row of the portal's CSV export, with its reference to the licence it was exported from.
    Csv {
        reference: Option<(LicenceId, i64)>,
        /// Whether the sheet has the notes column (older exports do not).
        with_notes: bool,
    },
    Exported(Box<ExportedLicence>),
}

impl Extra {
    /// Whether the entry says what the notes are: a key file never does, nor an export made
    /// before notes were exported. Otherwise the notes on record stay.
    pub fn gives_notes(&self) -> bool {
        match self {
            Extra::Key => false,
            Extra::Csv { with_notes, .. } => *with_notes,
            Extra::Exported(exported) => exported.notes.is_some(),
        }
    }

    /// Whether the entry says what kind of licence it is: a key does, and so does an export
    /// that carries the kind. A sheet's kind column is for reading only.
    pub fn gives_kind(&self) -> bool {
        match self {
            Extra::Key => true,
            Extra::Csv { .. } => false,
            Extra::Exported(exported) => exported.kind.is_some(),
        }
    }
}

/// An entry as read: decoded and checked, not yet compared with the inventory.
#[derive(Debug, Clone)]
pub struct Item {
    /// `file:line` (or `file: ref`) of the entry.
    pub origin: String,
    pub record: LicenceFields,
    pub extra: Extra,
    /// The tier and support expiry the entry's key says, where the record keeps an export's
    /// own (an administrator's restore of a licence renewed or upgraded without a new key).
    /// An update of a licence on record takes the key's.
    pub key_terms: Option<(Option<i64>, Option<jiff::civil::Date>)>,
}

/// Everything the inputs hold, decoded: what a preview keeps instead of the uploaded bytes.
#[derive(Debug, Clone, Default)]
pub struct Decoded {
    pub items: Vec<Item>,
    pub rejected: Vec<Rejection>,
    /// Recorded installations an export carries (restored by administrators only).
    pub instances: Vec<ExportedInstance>,
    /// What the keys read say about apps, where only a key can tell: linking apps after the
    /// import takes it from here instead of decoding those keys again.
    pub apps: KnownApps,
}

impl Decoded {
    /// About how many bytes of memory this holds, with the fingerprint of the preview it makes:
    /// what the pending previews are budgeted by.
    pub fn held_bytes(&self) -> usize {
        std::mem::size_of::<Decoded>()
            + self.items.iter().map(item_bytes).sum::<usize>()
            + self.rejected.iter().map(rejection_bytes).sum::<usize>()
            + self.instances.iter().map(instance_bytes).sum::<usize>()
            + self.apps.keys().map(|k| known_app_bytes(k)).sum::<usize>()
    }

    /// How many keys the entries carry (the cap on keys per upload counts these).
    pub fn key_count(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.record.licence_key.is_some())
            .count()
    }
}

/// The bytes one entry of a plan's fingerprint holds besides its origin and warnings.
const FINGERPRINT_ENTRY: usize = std::mem::size_of::<(String, Option<i64>, Vec<String>)>();

/// An item as held, with its line of the preview's fingerprint (its origin again; warnings are
/// counted when the plan is known).
fn item_bytes(item: &Item) -> usize {
    std::mem::size_of::<Item>()
        + FINGERPRINT_ENTRY
        + 2 * item.origin.len()
        + record_bytes(&item.record)
        + match &item.extra {
            Extra::Exported(e) => exported_bytes(e),
            _ => 0,
        }
}

/// A rejection as held, with its line of the preview's fingerprint (origin and reason again).
fn rejection_bytes(r: &Rejection) -> usize {
    std::mem::size_of::<Rejection>()
        + FINGERPRINT_ENTRY
        + std::mem::size_of::<String>()
        + 2 * (r.origin.len() + format!("{:?}", r.reason).len())
}

/// One key's entry of what the keys say about apps.
fn known_app_bytes(key: &str) -> usize {
    std::mem::size_of::<(String, Option<AppLicence>)>() + key.len()
}

fn instance_bytes(i: &ExportedInstance) -> usize {
    std::mem::size_of::<ExportedInstance>()
        + i.product.len()
        + i.label.len()
        + i.host.len()
        + i.home.len()
        + i.verdict.len()
        + i.recorded_by.len()
        + i.keys
            .iter()
            .map(|k| 64 + k.licence_key.len())
            .sum::<usize>()
}

fn record_bytes(r: &LicenceFields) -> usize {
    r.product.len()
        + r.name.len()
        + r.licence_type.as_str().len()
        + r.sen.as_ref().map_or(0, String::len)
        + r.licence_key.as_ref().map_or(0, String::len)
        + r.server_id.as_ref().map_or(0, String::len)
        + r.organisation.len()
        + r.licensed_to.len()
        + r.support_level.len()
        + r.notes.len()
}

fn exported_bytes(e: &ExportedLicence) -> usize {
    // The export row repeats the record's text; its histories, contacts and orders are extra.
    std::mem::size_of::<ExportedLicence>()
        + e.reference.len()
        + e.licence_key.as_ref().map_or(0, String::len)
        + e.contacts.iter().map(|c| 64 + c.email.len()).sum::<usize>()
        + e.key_history
            .iter()
            .map(|k| 64 + k.licence_key.len() + k.replaced_by.len() + k.reason.len())
            .sum::<usize>()
        + e.server_id_history
            .iter()
            .map(|h| 96 + h.changed_by.len())
            .sum::<usize>()
        + e.orders
            .iter()
            .map(|o| 128 + o.description.len() + o.number.len())
            .sum::<usize>()
        + e.primary_terms.len() * 64
}

/// One licence that would change, or not, and why.
#[derive(Debug, Clone)]
pub struct Entry {
    pub origin: String,
    pub change: Change,
    /// The licence as it would be stored: for an update, after every rule below was applied.
    pub record: LicenceFields,
    pub extra: Extra,
    /// The licence on record the entry matched (also for a skipped entry).
    pub existing: Option<LicenceId>,
    /// What a reviewer should look at before confirming.
    pub warnings: Vec<Warning>,
    /// A key that does not verify would replace a genuine key: applied only when an
    /// administrator says so in the preview.
    pub replaces_genuine: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub entries: Vec<Entry>,
    pub rejected: Vec<Rejection>,
    /// Installations to record again (administrators only).
    pub instances: Vec<ExportedInstance>,
    /// Contacts named by the export rows to add; restored only for an administrator, else
    /// ignored (the preview says which).
    pub contacts_in_files: usize,
    /// Orders and primary periods the export rows carry: restored only for an administrator,
    /// else left out (the preview says so).
    pub orders_in_files: usize,
    pub primary_terms_in_files: usize,
    /// Whether the contacts an export names are restored (administrators, the command line).
    pub restores: bool,
    /// What the keys read say about apps (as `Decoded::apps`).
    pub apps: KnownApps,
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
            || !self.instances.is_empty()
    }

    /// What the plan would do, entry by entry: a confirmation applies a plan only while the
    /// inventory still gives the same one.
    pub fn fingerprint(&self) -> Vec<(String, Option<i64>, Vec<String>)> {
        self.entries
            .iter()
            .map(|e| {
                let target = match &e.change {
                    Change::Add => None,
                    Change::Update { id, .. } => Some(id.0),
                    Change::Skip { .. } => Some(-1),
                };
                let warnings = e.warnings.iter().map(|w| format!("{w:?}")).collect();
                (e.origin.clone(), target, warnings)
            })
            .chain(
                self.rejected
                    .iter()
                    .map(|r| (r.origin.clone(), Some(-2), vec![format!("{:?}", r.reason)])),
            )
            .collect()
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Import keys whose signature does not verify, marked as not genuine.
    pub allow_unverified: bool,
    /// Who imports; `None` is the command line, which may do what an administrator may.
    pub viewer: Option<Viewer>,
    /// Refuse inputs holding more keys than this (an upload's cap); `None`: no cap.
    pub max_keys: Option<usize>,
    /// Stop reading once the entries decoded so far would hold more bytes than this (as
    /// `Decoded::held_bytes` counts them); `None`: no budget.
    pub max_held_bytes: Option<usize>,
}

impl Options {
    /// Whether the importer restores what an export carries beyond the licence's own fields
    /// (contacts and primaries, orders, histories, the gate, installations), may see every
    /// licence, and may keep an export's tier and support expiry beside its key.
    pub fn restores(&self) -> bool {
        self.viewer.is_none_or(|v| v.is_admin)
    }
}

/// Why an input cannot be planned at all.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    #[error("the input holds more than {max} licence keys; import it in parts")]
    TooManyKeys { max: usize },
    #[error("the entries read up to {at} hold more than {max} bytes; import it in parts")]
    TooLarge {
        /// Where reading stopped.
        at: String,
        max: usize,
    },
    #[error(transparent)]
    Database(#[from] rusqlite::Error),
}

/// Reads and decides in one go (the command line, and tests).
pub fn plan(
    conn: &Connection,
    sources: &[Source],
    options: Options,
    progress: &dyn Fn(u64),
) -> Result<Plan, PlanError> {
    let decoded = read(sources, options, progress)?;
    Ok(decide(conn, &decoded, options)?)
}

/// A field of a licence record that an update can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Sen,
    Product,
    Name,
    LicenceType,
    Deployment,
    UserTier,
    Key,
    ServerId,
    Organisation,
    LicensedTo,
    Purchased,
    SupportExpiry,
    LicenceExpiry,
    SupportLevel,
    AutoRenew,
    Archived,
    Evaluation,
    Notes,
    Kind,
}

/// A field's value as a preview shows it: a code or a value, worded by the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// No value (no SEN, no key, no date).
    Empty,
    /// Text as stored: a name, a product, a deployment code.
    Text(String),
    LicenceType(crate::domain::LicenceType),
    /// A number of users; `None` is unlimited.
    Users(Option<i64>),
    /// The last characters of a key, and whether its signature verifies.
    Key {
        tail: String,
        genuine: bool,
    },
    Date(jiff::civil::Date),
    YesNo(bool),
    Kind(crate::domain::LicenceKind),
}

/// The fields an update changes, as (field, before, after), for the preview.
pub fn changed_fields(
    before: &LicenceFields,
    after: &LicenceFields,
) -> Vec<(Field, FieldValue, FieldValue)> {
    fn text(value: Option<&String>) -> FieldValue {
        value.map_or(FieldValue::Empty, |v| FieldValue::Text(v.clone()))
    }
    fn date(value: Option<jiff::civil::Date>) -> FieldValue {
        value.map_or(FieldValue::Empty, FieldValue::Date)
    }
    fn key(key: Option<&str>, genuine: Option<bool>) -> FieldValue {
        match key {
            None => FieldValue::Empty,
            Some(k) => {
                let start = k.char_indices().rev().nth(11).map_or(0, |(i, _)| i);
                FieldValue::Key {
                    tail: k.get(start..).unwrap_or_default().to_owned(),
                    genuine: genuine == Some(true),
                }
            }
        }
    }
    let same = |value: &String| FieldValue::Text(value.clone());
    let mut out = Vec::new();
    let mut field = |name: Field, was: FieldValue, is: FieldValue| {
        if was != is {
            out.push((name, was, is));
        }
    };
    field(
        Field::Sen,
        text(before.sen.as_ref()),
        text(after.sen.as_ref()),
    );
    field(Field::Product, same(&before.product), same(&after.product));
    field(Field::Name, same(&before.name), same(&after.name));
    field(
        Field::LicenceType,
        FieldValue::LicenceType(before.licence_type.clone()),
        FieldValue::LicenceType(after.licence_type.clone()),
    );
    field(
        Field::Deployment,
        FieldValue::Text(before.deployment.as_str().to_owned()),
        FieldValue::Text(after.deployment.as_str().to_owned()),
    );
    field(
        Field::UserTier,
        FieldValue::Users(before.user_tier),
        FieldValue::Users(after.user_tier),
    );
    field(
        Field::Key,
        key(before.licence_key.as_deref(), before.key_genuine),
        key(after.licence_key.as_deref(), after.key_genuine),
    );
    field(
        Field::ServerId,
        text(before.server_id.as_ref()),
        text(after.server_id.as_ref()),
    );
    field(
        Field::Organisation,
        same(&before.organisation),
        same(&after.organisation),
    );
    field(
        Field::LicensedTo,
        same(&before.licensed_to),
        same(&after.licensed_to),
    );
    field(
        Field::Purchased,
        date(before.purchase_date),
        date(after.purchase_date),
    );
    field(
        Field::SupportExpiry,
        date(before.support_expiry),
        date(after.support_expiry),
    );
    field(
        Field::LicenceExpiry,
        date(before.licence_expiry),
        date(after.licence_expiry),
    );
    field(
        Field::SupportLevel,
        same(&before.support_level),
        same(&after.support_level),
    );
    field(
        Field::AutoRenew,
        FieldValue::YesNo(before.auto_renew),
        FieldValue::YesNo(after.auto_renew),
    );
    field(
        Field::Archived,
        FieldValue::YesNo(before.archived),
        FieldValue::YesNo(after.archived),
    );
    field(
        Field::Evaluation,
        FieldValue::YesNo(before.is_evaluation),
        FieldValue::YesNo(after.is_evaluation),
    );
    field(Field::Notes, same(&before.notes), same(&after.notes));
    // Shown so that an update whose only change is the kind (a key imported again onto a
    // licence whose kind an upgrade could only guess) says what it changes.
    field(
        Field::Kind,
        FieldValue::Kind(before.kind),
        FieldValue::Kind(after.kind),
    );
    out
}

#[cfg(test)]
mod tests;
