//! What a diagnosis says: the codes in their order of precedence, the findings with the values
//! their sentences need, the notes, and the Server ID updates it offers.

use jiff::civil::Date;
use serde::Serialize;

use super::RecordedInstance;
use crate::atlassian::install::Source;
use crate::atlassian::key::{HashRefusal, KeyError};

/// A finding's kind, and the verdict's. Declared in order of precedence: the verdict is the
/// first of these any finding has, and `Match` when there is none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    LicenceDamaged,
    NotGenuine,
    /// The product refuses the key for its inner licence hash (missing or wrong).
    LicenceHashRefused,
    NoLicence,
    /// No key was read because the product keeps its licences in a database that was not read:
    /// the file cannot tell whether a licence is installed.
    CannotTell,
    LicenceExpired,
    DuplicateServerId,
    SenDiffers,
    KeyDiffersFromRecord,
    KeyNotInInventory,
    DeveloperLicenceInProduction,
    ProductionLicenceInNonProduction,
    ServerIdMismatch,
    Evaluation,
    SupportExpired,
    Match,
}

impl Code {
    pub const ALL: [Code; 16] = [
        Code::LicenceDamaged,
        Code::NotGenuine,
        Code::LicenceHashRefused,
        Code::NoLicence,
        Code::CannotTell,
        Code::LicenceExpired,
        Code::DuplicateServerId,
        Code::SenDiffers,
        Code::KeyDiffersFromRecord,
        Code::KeyNotInInventory,
        Code::DeveloperLicenceInProduction,
        Code::ProductionLicenceInNonProduction,
        Code::ServerIdMismatch,
        Code::Evaluation,
        Code::SupportExpired,
        Code::Match,
    ];

    /// The code as `--json` writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::LicenceDamaged => "licence-damaged",
            Code::NotGenuine => "not-genuine",
            Code::LicenceHashRefused => "licence-hash-refused",
            Code::NoLicence => "no-licence",
            Code::CannotTell => "cannot-tell",
            Code::LicenceExpired => "licence-expired",
            Code::DuplicateServerId => "duplicate-server-id",
            Code::SenDiffers => "sen-differs",
            Code::KeyDiffersFromRecord => "key-differs-from-record",
            Code::KeyNotInInventory => "key-not-in-inventory",
            Code::DeveloperLicenceInProduction => "developer-licence-in-production",
            Code::ProductionLicenceInNonProduction => "production-licence-in-non-production",
            Code::ServerIdMismatch => "server-id-mismatch",
            Code::Evaluation => "evaluation",
            Code::SupportExpired => "support-expired",
            Code::Match => "match",
        }
    }
}

/// Whom a Server ID or SEN was compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Against {
    /// The Server ID written into the installed key.
    Key,
    /// A licence on record.
    Record { id: i64, name: String },
    /// The key given by hand.
    GivenKey,
}

/// One thing the diagnosis found. `key` is the index of the installed key it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub key: Option<usize>,
    pub kind: FindingKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    LicenceDamaged {
        source: Source,
        error: KeyError,
    },
    NotGenuine {
        source: Source,
        sen: Option<String>,
    },
    /// A key created since 2021 without its licence hash, installed in a product that checks it.
    LicenceHashMissing {
        sen: Option<String>,
        refusal: HashRefusal,
    },
    /// A licence hash that does not verify over the key's properties.
    LicenceHashWrong {
        sen: Option<String>,
    },
    NoLicence,
    CannotTell,
    LicenceExpired {
        sen: Option<String>,
        expired_on: Date,
        evaluation: bool,
    },
    DuplicateServerId {
        server_id: String,
        others: Vec<RecordedInstance>,
    },
    SenDiffers {
        installed_sen: Option<String>,
        reference_sen: Option<String>,
        against: Against,
    },
    KeyDiffersFromRecord {
        sen: String,
        against: Against,
    },
    KeyNotInInventory {
        sen: Option<String>,
        source: Source,
    },
    DeveloperLicenceInProduction {
        sen: Option<String>,
        licence_type: String,
    },
    ProductionLicenceInNonProduction {
        sen: Option<String>,
        licence_type: String,
    },
    ServerIdMismatch {
        installation: String,
        expected: String,
        against: Against,
    },
    Evaluation {
        sen: Option<String>,
        expires_on: Option<Date>,
    },
    SupportExpired {
        sen: Option<String>,
        expired_on: Date,
    },
}

impl Finding {
    pub fn code(&self) -> Code {
        match &self.kind {
            FindingKind::LicenceDamaged { .. } => Code::LicenceDamaged,
            FindingKind::NotGenuine { .. } => Code::NotGenuine,
            FindingKind::LicenceHashMissing { .. } | FindingKind::LicenceHashWrong { .. } => {
                Code::LicenceHashRefused
            }
            FindingKind::NoLicence => Code::NoLicence,
            FindingKind::CannotTell => Code::CannotTell,
            FindingKind::LicenceExpired { .. } => Code::LicenceExpired,
            FindingKind::DuplicateServerId { .. } => Code::DuplicateServerId,
            FindingKind::SenDiffers { .. } => Code::SenDiffers,
            FindingKind::KeyDiffersFromRecord { .. } => Code::KeyDiffersFromRecord,
            FindingKind::KeyNotInInventory { .. } => Code::KeyNotInInventory,
            FindingKind::DeveloperLicenceInProduction { .. } => Code::DeveloperLicenceInProduction,
            FindingKind::ProductionLicenceInNonProduction { .. } => {
                Code::ProductionLicenceInNonProduction
            }
            FindingKind::ServerIdMismatch { .. } => Code::ServerIdMismatch,
            FindingKind::Evaluation { .. } => Code::Evaluation,
            FindingKind::SupportExpired { .. } => Code::SupportExpired,
        }
    }
}

/// Something worth knowing that is not a problem and does not change the verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// No portal records were consulted.
    KeysOnly,
    /// The installation's Server ID is unknown, so no Server ID was compared.
    NoServerId,
    /// A date counted from when the key is applied, which cannot be judged offline.
    RelativeExpiry { sen: Option<String>, raw: String },
    /// A date that is neither a calendar date nor a relative one.
    UnrecognisedDate { sen: Option<String>, raw: String },
    /// The record agrees with the installation; the key still carries the Server ID it was
    /// issued for, which is expected and harmless.
    KeyCarriesOtherServerId {
        sen: Option<String>,
        key_server_id: String,
    },
    /// A signature that does not verify, accepted because the user said so.
    UnverifiedAccepted { sen: Option<String> },
    /// A licence with this SEN is on record but holds no key.
    RecordWithoutKey { id: i64, name: String },
    /// Other recorded installations with this Server ID are nodes of the same Data Center
    /// cluster (`node` is this installation's node id): one installation, not a clone.
    OtherClusterNodes {
        server_id: String,
        node: Option<String>,
        others: Vec<RecordedInstance>,
    },
    /// A test licence's Server ID (or its record's) differs from the installation's; test
    /// licences are not bound to a Server ID.
    ServerIdNotEnforcedForTest {
        sen: Option<String>,
        installation: String,
        expected: String,
    },
}

/// A Server ID on record that can be set to the installation's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerIdUpdate {
    pub licence_id: i64,
    pub name: String,
    pub sen: Option<String>,
    pub old: Option<String>,
    pub new: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis {
    pub verdict: Code,
    /// Most important first.
    pub findings: Vec<Finding>,
    pub notes: Vec<Note>,
    /// Records whose Server ID differs from (or is missing for) the installation's.
    pub updates: Vec<ServerIdUpdate>,
}

impl Diagnosis {
    /// Whether any finding has this code.
    pub fn has(&self, code: Code) -> bool {
        self.findings.iter().any(|f| f.code() == code)
    }
}
