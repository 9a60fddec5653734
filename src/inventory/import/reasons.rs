//! Why an entry is skipped or refused, and what a preview warns of: codes with their values,
//! worded for people by the catalogue (`i18n::import`), never English kept as data.

use jiff::civil::Date;

use crate::atlassian::key::KeyError;
use crate::domain::{ContactRole, LicenceId, LicenceType, SenError, ServerIdError};

/// Why an entry that was read changes nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// A licence without a key, of the same SEN, product and name, is added by an earlier
    /// entry of this import, at `first`.
    AddedEarlierInImport {
        first: String,
    },
    /// The same key came earlier in this import, at `first`.
    KeyEarlierInImport {
        first: String,
    },
    /// The key is on record already; the licence is named only to those who may see it.
    AlreadyInInventory {
        licence: Option<LicenceId>,
    },
    /// An earlier entry of this import (at `first`) already changes the licence.
    ChangedByEarlierEntry {
        licence: LicenceId,
        first: String,
    },
    Unchanged {
        licence: LicenceId,
    },
}

/// Why an entry, a file or a part of one is not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    // Files on disk (the command line).
    CannotRead {
        detail: String,
    },
    LinkToFolder,
    BrokenLink {
        detail: String,
    },
    NotRegularFile,
    ReadAlready,
    CannotList {
        detail: String,
    },
    TooLarge {
        length: u64,
        max: u64,
    },
    GrewWhileRead {
        max: u64,
    },
    // What a file holds.
    Binary,
    NoKeyFound,
    Undecodable(KeyError),
    /// Text outside the keys found that looks like one, and why it cannot be read.
    KeyLike(KeyError),
    NotGenuine,
    NotAnExport {
        detail: String,
    },
    UnsupportedVersion {
        version: u32,
        oldest: u32,
        newest: u32,
    },
    ReferenceTwice {
        reference: String,
    },
    ChainedProduction {
        production: String,
    },
    DanglingInstallation {
        reference: String,
    },
    InstallationsAdminOnly,
    /// A sheet with the portal's column names, separated by semicolons.
    SemicolonSheet,
    /// A sheet with a SEN and a product column that is not one of the portal's exports.
    UnknownSheetColumns,
    CsvFieldCount {
        found: u64,
        expected: u64,
    },
    CsvHeader {
        detail: String,
    },
    CsvRow {
        detail: String,
    },
    UnknownCsvReference {
        raw: String,
    },
    Invalid(Invalid),
    // Against the inventory.
    NotAContact,
    /// The key is on another licence; named only to those who may see it.
    KeyOnOtherLicence {
        licence: Option<LicenceId>,
    },
    WouldReplaceGenuine {
        licence: LicenceId,
    },
    // Replacing the key of one licence.
    AlreadyTheKey,
    WouldReplaceOwnGenuineKey,
}

/// A value of an export row or CSV row that the database would refuse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    EmptyProduct,
    Sen {
        value: String,
        error: SenError,
    },
    NotesTooLong {
        max: usize,
    },
    NotesControlCharacter,
    ServerId {
        value: String,
        error: ServerIdError,
    },
    /// A CSV cell that is neither a number of users nor `unlimited`.
    UserTier {
        value: String,
    },
    /// An export's `user_tier` below zero (`null` is unlimited).
    NegativeUserTier {
        tier: i64,
    },
    Deployment {
        value: String,
    },
    Date {
        column: &'static str,
        value: String,
    },
    YesNo {
        column: &'static str,
        value: String,
    },
    UnknownProduction {
        production: String,
    },
    OwnProduction,
    ContactEmail {
        value: String,
    },
    ContactRole {
        value: String,
    },
    TwoPrimaries {
        role: ContactRole,
    },
    HistoryReason {
        value: String,
    },
    EmptyHistoryKey,
    OrderKind {
        value: String,
    },
    OrderNumber {
        value: String,
    },
    OrderPlacedBy {
        value: String,
    },
    TermRole {
        value: String,
    },
    TermAccount {
        value: String,
    },
}

/// What a reviewer should look at before confirming an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    ProductionNotImported {
        production: String,
    },
    OrderNotRestored {
        number: String,
    },
    /// The later support expiry on record is kept; `said` is what the entry says, if anything.
    SupportExpiryKept {
        kept: Date,
        said: Option<Date>,
    },
    GenuineKeyReplaced,
    /// `None` is unlimited.
    LowerUserTier {
        from: Option<i64>,
        to: Option<i64>,
    },
    OtherProduct {
        from: String,
        to: String,
    },
    OtherLicenceType {
        from: LicenceType,
        to: LicenceType,
    },
    SenChanges {
        from: Option<String>,
        to: Option<String>,
    },
}

impl Skip {
    /// The licence on record the reason names, if it names one.
    pub fn licence(&self) -> Option<LicenceId> {
        match self {
            Skip::AlreadyInInventory { licence } => *licence,
            Skip::ChangedByEarlierEntry { licence, .. } | Skip::Unchanged { licence } => {
                Some(*licence)
            }
            Skip::AddedEarlierInImport { .. } | Skip::KeyEarlierInImport { .. } => None,
        }
    }
}

impl Refusal {
    /// The licence on record the reason names, if it names one.
    pub fn licence(&self) -> Option<LicenceId> {
        match self {
            Refusal::KeyOnOtherLicence { licence } => *licence,
            Refusal::WouldReplaceGenuine { licence } => Some(*licence),
            _ => None,
        }
    }
}

impl From<Invalid> for Refusal {
    fn from(invalid: Invalid) -> Refusal {
        Refusal::Invalid(invalid)
    }
}
