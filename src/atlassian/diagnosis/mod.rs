//! The mismatch diagnosis of SPEC §5: compares what an installation runs (its Server ID and
//! installed keys) with the portal's records, or with a key given by hand, and gives one verdict
//! with every finding behind it.
//!
//! Pure: no SQL, no clock (`today` is passed in), no wording. Findings carry the values a
//! sentence needs; the sentences themselves are in the message catalogue (`i18n::diagnose`),
//! so the command line and the web page say exactly the same thing.
//!
//! How dates are judged: a calendar date is compared with `today` (a licence is valid through
//! its expiry day). A relative expiry (`P3H`, `Duration:60000`), as in Atlassian's published
//! test licences, counts from the moment the key was applied to the product, which nothing we
//! read records: such a key is neither judged expired nor reported as an evaluation, and a note
//! says so.
//!
//! The verdict is the most important finding, in the order of [`Code`]: first whether the key
//! can be trusted at all (damaged, not genuine, refused for its licence hash, none installed), then whether the product still
//! runs (licence expired), then whether the installation is who it claims to be (a cloned Server
//! ID), then whether the key is the one on record, then the environment, and last the findings
//! that need no new key (Server ID differs, evaluation, support expired).

mod findings;

use jiff::civil::Date;
use serde::Serialize;

use super::install::Product;
use super::install::{Installation, Source};
use super::key::{self, DecodedKey, HashRefusal, InnerHash, KeyDate, KeyError};

pub use findings::{Against, Code, Diagnosis, Finding, FindingKind, Note, ServerIdUpdate};

/// What the installation is used for, when the user says (`--env`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Environment {
    Production,
    NonProduction,
}

/// One licence key read from the installation, decoded (or not).
#[derive(Debug, Clone)]
pub struct InstalledKey {
    /// The key as read, whitespace removed.
    pub raw: String,
    /// Where it was read.
    pub source: Source,
    pub decoded: Result<DecodedKey, KeyError>,
}

/// Decodes every licence the installation has, in order.
pub fn decode_installed(installation: &Installation) -> Vec<InstalledKey> {
    installation
        .licences
        .iter()
        .map(|licence| InstalledKey {
            raw: licence.raw.clone(),
            source: licence.source.clone(),
            decoded: key::decode(&licence.raw),
        })
        .collect()
}

/// A licence on record, as much of it as the diagnosis needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Record {
    pub id: i64,
    /// "Confluence (Data Center) 10 Users: Commercial License".
    pub name: String,
    pub sen: Option<String>,
    pub server_id: Option<String>,
    pub has_key: bool,
}

/// The records found for one installed key.
#[derive(Debug, Clone, Default)]
pub struct KeyRecords {
    /// The licence whose key is exactly this key.
    pub by_key: Option<Record>,
    /// Other licences with the key's SEN.
    pub same_sen: Vec<Record>,
}

/// What the installation is compared with.
#[derive(Debug, Clone, Copy)]
pub enum Reference<'a> {
    /// No portal records were consulted: each key is compared with the installation only.
    KeysOnly,
    /// The portal's records, one entry per installed key, in the same order.
    Records(&'a [KeyRecords]),
    /// A key given by hand (copied from My Atlassian, say).
    GivenKey(&'a DecodedKey),
}

/// An installation recorded earlier by `diagnose --record`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordedInstance {
    pub id: i64,
    pub product: String,
    pub label: String,
    pub host: String,
    pub server_id: Option<String>,
    /// Unix seconds.
    pub recorded_at: i64,
    /// The node id and cluster of a Data Center node.
    pub cluster_node: Option<String>,
    pub cluster: Option<String>,
}

/// The recorded installations that share a Server ID with this one, without this one: with
/// `this` (host, label) known, every other; without it (a pasted reading), only when two or
/// more installations are recorded, since a single one may be this very installation. The nodes
/// of one Data Center cluster are one installation.
pub fn others_with_server_id(
    recorded: Vec<RecordedInstance>,
    this: Option<(&str, &str)>,
) -> Vec<RecordedInstance> {
    match this {
        Some((host, label)) => recorded
            .into_iter()
            .filter(|instance| !(instance.host == host && instance.label == label))
            .collect(),
        None if recorded.len() >= 2 && !one_cluster(&recorded) => recorded,
        None => Vec::new(),
    }
}

/// Whether every one of `recorded` is a node of one cluster: each is a cluster node, and the
/// clusters they name (where they name one) are the same.
fn one_cluster(recorded: &[RecordedInstance]) -> bool {
    let mut clusters = recorded.iter().filter_map(|i| i.cluster.as_deref());
    let first = clusters.next();
    recorded
        .iter()
        .all(|i| i.cluster_node.is_some() || i.cluster.is_some())
        && clusters.all(|other| Some(other.trim()) == first.map(str::trim))
}

/// Everything the diagnosis looks at.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub installation: &'a Installation,
    pub keys: &'a [InstalledKey],
    pub reference: Reference<'a>,
    /// Other recorded installations with the installation's Server ID (never this one).
    pub same_server_id: &'a [RecordedInstance],
    pub environment: Option<Environment>,
    /// The user knows the keys are not signed by Atlassian (test keys): a signature that does
    /// not verify is then a note, not a finding.
    pub allow_unverified: bool,
    pub today: Date,
}

/// Licence types meant for non-production installations.
const NON_PRODUCTION_TYPES: &[&str] = &["DEVELOPER", "TESTING", "DEMONSTRATION"];

/// Whether a key is a developer (non-production) licence.
pub fn is_non_production(decoded: &DecodedKey) -> bool {
    decoded
        .licence
        .licence_type_name
        .as_deref()
        .is_some_and(|t| NON_PRODUCTION_TYPES.contains(&t.trim().to_ascii_uppercase().as_str()))
}

fn same_id(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Diagnoses one installation.
pub fn diagnose(input: &Input<'_>) -> Diagnosis {
    let mut run = Run {
        findings: Vec::new(),
        notes: Vec::new(),
        updates: Vec::new(),
    };
    let server_id = input
        .installation
        .server_id
        .as_ref()
        .map(|reading| reading.value.as_str());
    if server_id.is_none() {
        run.notes.push(Note::NoServerId);
    }
    if matches!(input.reference, Reference::KeysOnly) {
        run.notes.push(Note::KeysOnly);
    }
    if input.keys.is_empty() {
        // A product that keeps its licences in a database that was not read may well have one.
        let kind = if input.installation.licences_in_database.is_some() {
            FindingKind::CannotTell
        } else {
            FindingKind::NoLicence
        };
        run.finding(None, kind);
    }
    for (index, installed) in input.keys.iter().enumerate() {
        match &installed.decoded {
            Err(error) => run.finding(
                Some(index),
                FindingKind::LicenceDamaged {
                    source: installed.source.clone(),
                    error: error.clone(),
                },
            ),
            Ok(decoded) => run.key(input, index, installed, decoded, server_id),
        }
    }
    if let Some(server_id) = server_id
        && !input.same_server_id.is_empty()
    {
        // Every node of a Data Center cluster has the cluster's Server ID: another node of
        // this installation's cluster is no clone.
        let this_node = input.installation.cluster.as_ref();
        let (nodes, clones): (Vec<RecordedInstance>, Vec<RecordedInstance>) =
            input.same_server_id.iter().cloned().partition(|other| {
                this_node.is_some_and(|node| {
                    node.same_cluster_as(other.cluster_node.as_deref(), other.cluster.as_deref())
                })
            });
        if !clones.is_empty() {
            run.finding(
                None,
                FindingKind::DuplicateServerId {
                    server_id: server_id.to_string(),
                    others: clones,
                },
            );
        }
        if !nodes.is_empty() {
            run.note(Note::OtherClusterNodes {
                server_id: server_id.to_string(),
                node: this_node.and_then(|node| node.node_id.clone()),
                others: nodes,
            });
        }
    }
    // Most important first; the order among equals is the order found.
    run.findings.sort_by_key(Finding::code);
    let verdict = run.findings.first().map_or(Code::Match, Finding::code);
    Diagnosis {
        verdict,
        findings: run.findings,
        notes: run.notes,
        updates: run.updates,
    }
}

struct Run {
    findings: Vec<Finding>,
    notes: Vec<Note>,
    updates: Vec<ServerIdUpdate>,
}

impl Run {
    fn finding(&mut self, key: Option<usize>, kind: FindingKind) {
        let finding = Finding { key, kind };
        if !self.findings.contains(&finding) {
            self.findings.push(finding);
        }
    }

    fn note(&mut self, note: Note) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    fn key(
        &mut self,
        input: &Input<'_>,
        index: usize,
        installed: &InstalledKey,
        decoded: &DecodedKey,
        server_id: Option<&str>,
    ) {
        let licence = &decoded.licence;
        let sen = licence.sen.clone();
        if !decoded.is_genuine() {
            if input.allow_unverified {
                self.note(Note::UnverifiedAccepted { sen: sen.clone() });
            } else {
                self.finding(
                    Some(index),
                    FindingKind::NotGenuine {
                        source: installed.source.clone(),
                        sen: sen.clone(),
                    },
                );
            }
        }
        self.inner_hash(input.installation.product, index, decoded);
        self.reference(input, index, installed, decoded, server_id);
        if licence.is_test() {
            self.not_enforced_for_test(index, &sen);
        }
        self.dates(input.today, index, decoded);
        match input.environment {
            Some(Environment::Production) if is_non_production(decoded) => self.finding(
                Some(index),
                FindingKind::DeveloperLicenceInProduction {
                    sen,
                    licence_type: licence.licence_type_name.clone().unwrap_or_default(),
                },
            ),
            Some(Environment::NonProduction)
                if !is_non_production(decoded) && !licence.evaluation =>
            {
                self.finding(
                    Some(index),
                    FindingKind::ProductionLicenceInNonProduction {
                        sen,
                        licence_type: licence.licence_type_name.clone().unwrap_or_default(),
                    },
                )
            }
            _ => {}
        }
    }

    /// The inner licence hash: a wrong one is refused wherever it is checked; a missing one
    /// only by the products known to check it (Bitbucket 8.9 and later), so a key without it
    /// is a finding only when it is installed in one of them.
    fn inner_hash(&mut self, product: Product, index: usize, decoded: &DecodedKey) {
        let sen = decoded.licence.sen.clone();
        match &decoded.inner_hash {
            InnerHash::Wrong => self.finding(Some(index), FindingKind::LicenceHashWrong { sen }),
            InnerHash::MissingRequired => {
                let namespace = match product {
                    Product::Bitbucket => Some("stash"),
                    _ => None,
                };
                if let Some(refusal) = namespace.and_then(HashRefusal::for_namespace) {
                    self.finding(
                        Some(index),
                        FindingKind::LicenceHashMissing { sen, refusal },
                    );
                }
            }
            _ => {}
        }
    }

    /// Compares the key (and the installation's Server ID) with the records or the given key.
    fn reference(
        &mut self,
        input: &Input<'_>,
        index: usize,
        installed: &InstalledKey,
        decoded: &DecodedKey,
        server_id: Option<&str>,
    ) {
        let key_server_id = decoded.licence.server_id.as_deref();
        match input.reference {
            Reference::KeysOnly => self.compare_with_key(index, server_id, key_server_id),
            Reference::GivenKey(given) => {
                self.compare_with_given_key(index, decoded, given, server_id);
            }
            Reference::Records(all) => {
                let empty = KeyRecords::default();
                let records = all.get(index).unwrap_or(&empty);
                let sen = decoded.licence.sen.clone();
                let compared = self.records_compared(index, installed, &sen, records);
                self.compare_with_records(index, &sen, server_id, key_server_id, &compared);
            }
        }
    }

    /// The key someone says should be installed, against the installed one.
    fn compare_with_given_key(
        &mut self,
        index: usize,
        decoded: &DecodedKey,
        given: &DecodedKey,
        server_id: Option<&str>,
    ) {
        if given.canonical != decoded.canonical {
            let kind = match (&decoded.licence.sen, &given.licence.sen) {
                (Some(ours), Some(theirs)) if same_id(ours, theirs) => {
                    FindingKind::KeyDiffersFromRecord {
                        sen: ours.clone(),
                        against: Against::GivenKey,
                    }
                }
                (ours, theirs) if ours.is_some() || theirs.is_some() => FindingKind::SenDiffers {
                    installed_sen: ours.clone(),
                    reference_sen: theirs.clone(),
                    against: Against::GivenKey,
                },
                // Neither key has a SEN: only the keys themselves can be told apart.
                _ => FindingKind::KeyDiffersFromRecord {
                    sen: String::new(),
                    against: Against::GivenKey,
                },
            };
            self.finding(Some(index), kind);
        }
        if let (Some(ours), Some(theirs)) = (server_id, given.licence.server_id.as_deref())
            && !same_id(ours, theirs)
        {
            self.finding(
                Some(index),
                FindingKind::ServerIdMismatch {
                    installation: ours.to_string(),
                    expected: theirs.to_string(),
                    against: Against::GivenKey,
                },
            );
        }
    }

    /// The records the installed key is compared with: the licence holding this very key, or
    /// else those with its SEN (each of which holds another key, or none); with the findings
    /// and notes that choice makes.
    fn records_compared<'r>(
        &mut self,
        index: usize,
        installed: &InstalledKey,
        sen: &Option<String>,
        records: &'r KeyRecords,
    ) -> Vec<&'r Record> {
        if let Some(record) = &records.by_key {
            if let (Some(ours), Some(theirs)) = (sen, &record.sen)
                && !same_id(ours, theirs)
            {
                self.finding(
                    Some(index),
                    FindingKind::SenDiffers {
                        installed_sen: sen.clone(),
                        reference_sen: record.sen.clone(),
                        against: Against::Record {
                            id: record.id,
                            name: record.name.clone(),
                        },
                    },
                );
            }
            return vec![record];
        }
        if records.same_sen.is_empty() {
            self.finding(
                Some(index),
                FindingKind::KeyNotInInventory {
                    sen: sen.clone(),
                    source: installed.source.clone(),
                },
            );
            return Vec::new();
        }
        for record in &records.same_sen {
            if record.has_key {
                self.finding(
                    Some(index),
                    FindingKind::KeyDiffersFromRecord {
                        sen: sen.clone().unwrap_or_default(),
                        against: Against::Record {
                            id: record.id,
                            name: record.name.clone(),
                        },
                    },
                );
            } else {
                self.note(Note::RecordWithoutKey {
                    id: record.id,
                    name: record.name.clone(),
                });
            }
        }
        records.same_sen.iter().collect()
    }

    /// Without a record: the installation's Server ID against the one in the key.
    fn compare_with_key(
        &mut self,
        index: usize,
        server_id: Option<&str>,
        key_server_id: Option<&str>,
    ) {
        if let (Some(ours), Some(theirs)) = (server_id, key_server_id)
            && !same_id(ours, theirs)
        {
            self.finding(
                Some(index),
                FindingKind::ServerIdMismatch {
                    installation: ours.to_string(),
                    expected: theirs.to_string(),
                    against: Against::Key,
                },
            );
        }
    }

    /// The records' Server IDs win over the key's: the record is what the user keeps up to
    /// date, the key keeps the Server ID it was issued for.
    fn compare_with_records(
        &mut self,
        index: usize,
        sen: &Option<String>,
        server_id: Option<&str>,
        key_server_id: Option<&str>,
        records: &[&Record],
    ) {
        let Some(server_id) = server_id else {
            return;
        };
        let mut any_record_agrees = false;
        let mut any_record_has_one = false;
        for record in records {
            match record.server_id.as_deref() {
                Some(on_record) if same_id(on_record, server_id) => {
                    any_record_agrees = true;
                    any_record_has_one = true;
                }
                on_record => {
                    if let Some(on_record) = on_record {
                        any_record_has_one = true;
                        self.finding(
                            Some(index),
                            FindingKind::ServerIdMismatch {
                                installation: server_id.to_string(),
                                expected: on_record.to_string(),
                                against: Against::Record {
                                    id: record.id,
                                    name: record.name.clone(),
                                },
                            },
                        );
                    }
                    let update = ServerIdUpdate {
                        licence_id: record.id,
                        name: record.name.clone(),
                        sen: record.sen.clone(),
                        old: on_record.map(str::to_string),
                        new: server_id.to_string(),
                    };
                    if !self.updates.iter().any(|u| u.licence_id == record.id) {
                        self.updates.push(update);
                    }
                }
            }
        }
        if !any_record_has_one {
            self.compare_with_key(index, Some(server_id), key_server_id);
        } else if any_record_agrees
            && let Some(key_server_id) = key_server_id
            && !same_id(key_server_id, server_id)
        {
            self.note(Note::KeyCarriesOtherServerId {
                sen: sen.clone(),
                key_server_id: key_server_id.to_string(),
            });
        }
    }

    /// A test licence runs on any installation (SPEC §9): a Server ID that differs from the
    /// one it was issued for, or from the record's, is said in a note, never a finding.
    fn not_enforced_for_test(&mut self, index: usize, sen: &Option<String>) {
        let (moved, kept): (Vec<Finding>, Vec<Finding>) = std::mem::take(&mut self.findings)
            .into_iter()
            .partition(|finding| {
                finding.key == Some(index)
                    && matches!(finding.kind, FindingKind::ServerIdMismatch { .. })
            });
        self.findings = kept;
        for finding in moved {
            if let FindingKind::ServerIdMismatch {
                installation,
                expected,
                ..
            } = finding.kind
            {
                self.note(Note::ServerIdNotEnforcedForTest {
                    sen: sen.clone(),
                    installation,
                    expected,
                });
            }
        }
    }

    fn dates(&mut self, today: Date, index: usize, decoded: &DecodedKey) {
        let licence = &decoded.licence;
        let sen = licence.sen.clone();
        let mut licence_expired = false;
        match &licence.licence_expiry_date {
            Some(KeyDate::Absolute(date)) if *date < today => {
                licence_expired = true;
                self.finding(
                    Some(index),
                    FindingKind::LicenceExpired {
                        sen: sen.clone(),
                        expired_on: *date,
                        evaluation: licence.evaluation,
                    },
                );
            }
            Some(KeyDate::Absolute(date)) if licence.evaluation => self.finding(
                Some(index),
                FindingKind::Evaluation {
                    sen: sen.clone(),
                    expires_on: Some(*date),
                },
            ),
            Some(KeyDate::Relative { raw, .. }) => self.note(Note::RelativeExpiry {
                sen: sen.clone(),
                raw: raw.clone(),
            }),
            Some(KeyDate::Unrecognised(raw)) => self.note(Note::UnrecognisedDate {
                sen: sen.clone(),
                raw: raw.clone(),
            }),
            None if licence.evaluation => self.finding(
                Some(index),
                FindingKind::Evaluation {
                    sen: sen.clone(),
                    expires_on: None,
                },
            ),
            _ => {}
        }
        // An evaluation's support ends with it, and an expired licence says more than its
        // support: neither is repeated as "support expired".
        match &licence.maintenance_expiry_date {
            Some(KeyDate::Absolute(date))
                if *date < today && !licence.evaluation && !licence_expired =>
            {
                self.finding(
                    Some(index),
                    FindingKind::SupportExpired {
                        sen,
                        expired_on: *date,
                    },
                )
            }
            Some(KeyDate::Relative { raw, .. }) => self.note(Note::RelativeExpiry {
                sen,
                raw: raw.clone(),
            }),
            Some(KeyDate::Unrecognised(raw)) => self.note(Note::UnrecognisedDate {
                sen,
                raw: raw.clone(),
            }),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
