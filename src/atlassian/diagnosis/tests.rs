//! The diagnosis on decoded keys built from properties (no key is encoded or signed here).

use std::path::PathBuf;

use jiff::civil::date;

use super::*;
use crate::atlassian::install::{Product, RawLicence, ServerIdReading, Source};
use crate::atlassian::key::{Licence, SignatureVerdict};

const SID: &str = "B7QW-LK2M-9HZD-XR4T";
const OLD_SID: &str = "BG9T-XUV4-KZZH-B01W";

fn today() -> Date {
    date(2026, 6, 1)
}

fn decoded(canonical: &str, genuine: bool, pairs: &[(&str, &str)]) -> DecodedKey {
    let properties: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let licence = Licence::from_properties(&properties);
    DecodedKey {
        canonical: canonical.to_string(),
        version: 2,
        inner_hash: crate::atlassian::key::check_inner_hash(
            &properties,
            licence.creation_date.as_ref(),
            crate::atlassian::key::KeyVersions::built_in(),
        ),
        licence,
        properties,
        signature: if genuine {
            SignatureVerdict::Valid
        } else {
            SignatureVerdict::Invalid
        },
    }
}

/// A genuine-looking Confluence key: SEN-500, issued for OLD_SID, support until 2027.
fn confluence(extra: &[(&str, &str)]) -> DecodedKey {
    let mut pairs = vec![
        ("conf.active", "true"),
        ("SEN", "SEN-500"),
        ("ServerID", OLD_SID),
        ("LicenseTypeName", "COMMERCIAL"),
        ("MaintenanceExpiryDate", "2027-01-01"),
        ("NumberOfUsers", "10"),
    ];
    for (k, v) in extra {
        pairs.retain(|(key, _)| key != k);
        pairs.push((k, v));
    }
    decoded("KEY-A", true, &pairs)
}

fn installation(server_id: Option<&str>, keys: usize) -> Installation {
    Installation {
        product: Product::Confluence,
        home: PathBuf::from("/srv/confluence-home"),
        server_id: server_id.map(|value| ServerIdReading {
            value: value.to_string(),
            source: Source::Text("confluence.cfg.xml".to_string()),
        }),
        licences: (0..keys)
            .map(|i| RawLicence {
                raw: format!("KEY{i}"),
                source: Source::Text("confluence.cfg.xml".to_string()),
            })
            .collect(),
        database: None,
        licences_in_database: None,
        cluster: None,
        notes: Vec::new(),
    }
}

fn installed(key: DecodedKey) -> InstalledKey {
    InstalledKey {
        raw: key.canonical.clone(),
        source: Source::Property {
            file: "confluence.cfg.xml".to_string(),
            key: "atlassian.license.message".to_string(),
        },
        decoded: Ok(key),
    }
}

fn record(id: i64, server_id: Option<&str>) -> Record {
    Record {
        id,
        name: "Confluence (Server) 10 Users: Commercial License".to_string(),
        sen: Some("SEN-500".to_string()),
        server_id: server_id.map(str::to_string),
        has_key: true,
    }
}

struct Case {
    installation: Installation,
    keys: Vec<InstalledKey>,
    records: Option<Vec<KeyRecords>>,
    given: Option<DecodedKey>,
    others: Vec<RecordedInstance>,
    environment: Option<Environment>,
    allow_unverified: bool,
}

impl Case {
    fn new(server_id: Option<&str>, keys: Vec<DecodedKey>) -> Case {
        Case {
            installation: installation(server_id, keys.len()),
            keys: keys.into_iter().map(installed).collect(),
            records: None,
            given: None,
            others: Vec::new(),
            environment: None,
            allow_unverified: false,
        }
    }

    fn run(&self) -> Diagnosis {
        let reference = match (&self.records, &self.given) {
            (_, Some(given)) => Reference::GivenKey(given),
            (Some(records), None) => Reference::Records(records),
            (None, None) => Reference::KeysOnly,
        };
        diagnose(&Input {
            installation: &self.installation,
            keys: &self.keys,
            reference,
            same_server_id: &self.others,
            environment: self.environment,
            allow_unverified: self.allow_unverified,
            today: today(),
        })
    }
}

fn codes(diagnosis: &Diagnosis) -> Vec<Code> {
    diagnosis.findings.iter().map(Finding::code).collect()
}

#[test]
fn a_key_issued_for_this_server_id_matches() {
    let case = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::Match);
    assert!(diagnosis.findings.is_empty());
    assert_eq!(diagnosis.notes, vec![Note::KeysOnly]);
}

#[test]
fn a_new_installation_has_another_server_id_than_its_key() {
    let diagnosis = Case::new(Some(SID), vec![confluence(&[])]).run();
    assert_eq!(diagnosis.verdict, Code::ServerIdMismatch);
    assert_eq!(
        diagnosis.findings[0].kind,
        FindingKind::ServerIdMismatch {
            installation: SID.to_string(),
            expected: OLD_SID.to_string(),
            against: Against::Key,
        }
    );
    assert!(diagnosis.updates.is_empty(), "nothing on record to update");
}

#[test]
fn the_record_is_compared_and_offered_for_update() {
    let mut case = Case::new(Some(SID), vec![confluence(&[])]);
    case.records = Some(vec![KeyRecords {
        by_key: Some(record(7, Some(OLD_SID))),
        same_sen: Vec::new(),
    }]);
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::ServerIdMismatch);
    assert_eq!(
        diagnosis.updates,
        vec![ServerIdUpdate {
            licence_id: 7,
            name: record(7, None).name,
            sen: Some("SEN-500".to_string()),
            old: Some(OLD_SID.to_string()),
            new: SID.to_string(),
        }]
    );

    // Once the record holds the installation's Server ID, the old one in the key is a note.
    case.records = Some(vec![KeyRecords {
        by_key: Some(record(7, Some(SID))),
        same_sen: Vec::new(),
    }]);
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::Match);
    assert!(diagnosis.updates.is_empty());
    assert!(diagnosis.notes.contains(&Note::KeyCarriesOtherServerId {
        sen: Some("SEN-500".to_string()),
        key_server_id: OLD_SID.to_string(),
    }));
}

#[test]
fn a_record_without_a_server_id_is_offered_one_and_the_key_decides() {
    let mut case = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    case.records = Some(vec![KeyRecords {
        by_key: Some(record(3, None)),
        same_sen: Vec::new(),
    }]);
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::Match);
    assert_eq!(diagnosis.updates.len(), 1);
    assert_eq!(diagnosis.updates[0].old, None);
}

#[test]
fn keys_and_sens_against_the_records() {
    let mut case = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    case.records = Some(vec![KeyRecords::default()]);
    assert_eq!(case.run().verdict, Code::KeyNotInInventory);

    case.records = Some(vec![KeyRecords {
        by_key: None,
        same_sen: vec![record(4, Some(OLD_SID))],
    }]);
    assert_eq!(case.run().verdict, Code::KeyDiffersFromRecord);

    let mut without_key = record(4, Some(OLD_SID));
    without_key.has_key = false;
    case.records = Some(vec![KeyRecords {
        by_key: None,
        same_sen: vec![without_key],
    }]);
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::Match);
    assert!(matches!(
        diagnosis.notes[..],
        [Note::RecordWithoutKey { id: 4, .. }]
    ));

    let mut other_sen = record(5, Some(OLD_SID));
    other_sen.sen = Some("SEN-501".to_string());
    case.records = Some(vec![KeyRecords {
        by_key: Some(other_sen),
        same_sen: Vec::new(),
    }]);
    assert_eq!(case.run().verdict, Code::SenDiffers);
}

#[test]
fn a_key_given_by_hand() {
    let mut case = Case::new(Some(SID), vec![confluence(&[])]);
    case.given = Some(confluence(&[("ServerID", SID)]));
    // Same SEN, another key text.
    case.given.as_mut().unwrap().canonical = "KEY-B".to_string();
    let diagnosis = case.run();
    assert_eq!(codes(&diagnosis), vec![Code::KeyDiffersFromRecord]);

    case.given = Some(confluence(&[("SEN", "SEN-999")]));
    case.given.as_mut().unwrap().canonical = "KEY-C".to_string();
    assert_eq!(
        codes(&case.run()),
        vec![Code::SenDiffers, Code::ServerIdMismatch]
    );

    case.given = Some(confluence(&[]));
    assert_eq!(codes(&case.run()), vec![Code::ServerIdMismatch]);
}

#[test]
fn damaged_not_genuine_and_missing_keys() {
    let mut case = Case::new(Some(OLD_SID), vec![]);
    assert_eq!(case.run().verdict, Code::NoLicence);

    // Licences kept in a database that was not read: no key found says nothing.
    case.installation.licences_in_database = Some(crate::atlassian::install::DatabaseQueries {
        server_id_sql: None,
        licence_sql: "SELECT license FROM productlicense".to_string(),
    });
    assert_eq!(codes(&case.run()), vec![Code::CannotTell]);
    case.installation.licences_in_database = None;

    case = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    case.keys[0].decoded = Err(KeyError::MissingTrailer);
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::LicenceDamaged);
    assert!(matches!(
        &diagnosis.findings[0].kind,
        FindingKind::LicenceDamaged {
            error: KeyError::MissingTrailer,
            ..
        }
    ));

    let mut forged = confluence(&[("ServerID", SID)]);
    forged.signature = SignatureVerdict::Invalid;
    case = Case::new(Some(OLD_SID), vec![forged]);
    assert_eq!(
        codes(&case.run()),
        vec![Code::NotGenuine, Code::ServerIdMismatch]
    );
    case.allow_unverified = true;
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::ServerIdMismatch);
    assert!(diagnosis.notes.contains(&Note::UnverifiedAccepted {
        sen: Some("SEN-500".to_string())
    }));
}

#[test]
fn dates_are_judged_against_today_and_relative_ones_are_not() {
    let expired_support = Case::new(
        Some(OLD_SID),
        vec![confluence(&[("MaintenanceExpiryDate", "2026-05-31")])],
    );
    assert_eq!(expired_support.run().verdict, Code::SupportExpired);
    let last_day = Case::new(
        Some(OLD_SID),
        vec![confluence(&[("MaintenanceExpiryDate", "2026-06-01")])],
    );
    assert_eq!(last_day.run().verdict, Code::Match);

    let expired = Case::new(
        Some(OLD_SID),
        vec![confluence(&[
            ("LicenseExpiryDate", "2026-01-01"),
            ("MaintenanceExpiryDate", "2026-01-01"),
        ])],
    );
    assert_eq!(
        codes(&expired.run()),
        vec![Code::LicenceExpired],
        "support expiry is not repeated"
    );

    let evaluation = Case::new(
        Some(OLD_SID),
        vec![confluence(&[
            ("Evaluation", "true"),
            ("SEN", "SEN-L123"),
            ("LicenseExpiryDate", "2026-06-30"),
        ])],
    );
    assert_eq!(codes(&evaluation.run()), vec![Code::Evaluation]);

    let timebomb = Case::new(
        Some(OLD_SID),
        vec![confluence(&[
            ("Evaluation", "true"),
            ("LicenseExpiryDate", "P3H"),
            ("MaintenanceExpiryDate", "P3H"),
        ])],
    );
    let diagnosis = timebomb.run();
    assert_eq!(diagnosis.verdict, Code::Match);
    assert!(diagnosis.notes.contains(&Note::RelativeExpiry {
        sen: Some("SEN-500".to_string()),
        raw: "P3H".to_string(),
    }));
}

#[test]
fn the_environment_decides_which_licence_type_belongs() {
    let mut production_key = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    production_key.environment = Some(Environment::NonProduction);
    assert_eq!(
        production_key.run().verdict,
        Code::ProductionLicenceInNonProduction
    );
    production_key.environment = Some(Environment::Production);
    assert_eq!(production_key.run().verdict, Code::Match);

    let mut developer_key = Case::new(
        Some(OLD_SID),
        vec![confluence(&[("LicenseTypeName", "DEVELOPER")])],
    );
    developer_key.environment = Some(Environment::Production);
    assert_eq!(
        developer_key.run().verdict,
        Code::DeveloperLicenceInProduction
    );
    developer_key.environment = Some(Environment::NonProduction);
    assert_eq!(developer_key.run().verdict, Code::Match);
    developer_key.environment = None;
    assert_eq!(developer_key.run().verdict, Code::Match);
}

#[test]
fn another_installation_with_the_same_server_id_is_a_clone() {
    let instance = |id: i64, host: &str| RecordedInstance {
        id,
        product: "Confluence".to_string(),
        label: "confluence-home".to_string(),
        host: host.to_string(),
        server_id: Some(OLD_SID.to_string()),
        recorded_at: 0,
        cluster_node: None,
        cluster: None,
    };
    let mut case = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    case.others = others_with_server_id(
        vec![instance(1, "a"), instance(2, "b")],
        Some(("a", "confluence-home")),
    );
    assert_eq!(
        case.others.len(),
        1,
        "this installation is not its own clone"
    );
    assert_eq!(case.run().verdict, Code::DuplicateServerId);
    assert!(others_with_server_id(vec![instance(1, "a")], None).is_empty());
    assert_eq!(
        others_with_server_id(vec![instance(1, "a"), instance(2, "b")], None).len(),
        2
    );
}

#[test]
fn the_verdict_is_the_most_important_finding() {
    let mut case = Case::new(
        Some(SID),
        vec![confluence(&[("MaintenanceExpiryDate", "2020-01-01")])],
    );
    case.keys[0]
        .decoded
        .as_mut()
        .map(|k| k.signature = SignatureVerdict::Invalid)
        .ok();
    case.environment = Some(Environment::NonProduction);
    let diagnosis = case.run();
    assert_eq!(
        codes(&diagnosis),
        vec![
            Code::NotGenuine,
            Code::ProductionLicenceInNonProduction,
            Code::ServerIdMismatch,
            Code::SupportExpired
        ]
    );
    assert_eq!(diagnosis.verdict, Code::NotGenuine);
    let mut sorted = Code::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, Code::ALL, "ALL lists the codes in precedence order");
    assert_eq!(Code::Match.as_str(), "match");
    assert_eq!(
        serde_json::to_string(&Code::ProductionLicenceInNonProduction).unwrap(),
        "\"production-licence-in-non-production\""
    );
}

#[test]
fn without_a_server_id_nothing_is_compared_and_it_is_said() {
    let diagnosis = Case::new(None, vec![confluence(&[])]).run();
    assert_eq!(diagnosis.verdict, Code::Match);
    assert!(diagnosis.notes.contains(&Note::NoServerId));
}

#[test]
fn a_missing_licence_hash_is_a_finding_where_the_product_checks_it() {
    use crate::atlassian::key::InnerHash;
    // Created in 2023, without the hash: Bitbucket 8.9 and later refuse it, Confluence does not.
    let recent = |ns: &str| {
        decoded(
            "KEY-H",
            true,
            &[
                (&format!("{ns}.active"), "true"),
                ("SEN", "SEN-600"),
                ("CreationDate", "2023-03-01"),
            ],
        )
    };
    let mut case = Case::new(Some(OLD_SID), vec![recent("stash")]);
    case.installation.product = Product::Bitbucket;
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::LicenceHashRefused);
    assert_eq!(
        diagnosis.findings[0].kind,
        FindingKind::LicenceHashMissing {
            sen: Some("SEN-600".into()),
            refusal: crate::atlassian::key::HashRefusal::for_namespace("stash")
                .expect("Bitbucket checks the hash"),
        }
    );
    assert_eq!(Code::LicenceHashRefused.as_str(), "licence-hash-refused");

    let confluence = Case::new(Some(OLD_SID), vec![recent("conf")]).run();
    assert_eq!(confluence.verdict, Code::Match);

    // A wrong hash is refused wherever it is checked, on any product.
    let mut wrong = recent("conf");
    wrong.inner_hash = InnerHash::Wrong;
    let diagnosis = Case::new(Some(OLD_SID), vec![wrong]).run();
    assert_eq!(diagnosis.verdict, Code::LicenceHashRefused);
    assert_eq!(
        diagnosis.findings[0].kind,
        FindingKind::LicenceHashWrong {
            sen: Some("SEN-600".into())
        }
    );
    // It ranks below a signature that does not verify.
    let mut forged = recent("conf");
    forged.inner_hash = InnerHash::Wrong;
    forged.signature = SignatureVerdict::Invalid;
    assert_eq!(
        Case::new(Some(OLD_SID), vec![forged]).run().verdict,
        Code::NotGenuine
    );
}

#[test]
fn a_test_licence_is_not_bound_to_a_server_id() {
    // A timebomb licence for app developers: a relative expiry, issued for OLD_SID.
    let test_licence = || {
        confluence(&[
            ("LicenseExpiryDate", "P72H"),
            ("Description", "Test license for plugin developers"),
        ])
    };
    let not_enforced = |diagnosis: &Diagnosis| {
        diagnosis.notes.iter().any(|note| {
            matches!(note, Note::ServerIdNotEnforcedForTest { installation, expected, .. }
                if installation == SID && expected == OLD_SID)
        })
    };

    let keys_only = Case::new(Some(SID), vec![test_licence()]).run();
    assert_eq!(keys_only.verdict, Code::Match, "{:?}", keys_only.findings);
    assert!(not_enforced(&keys_only), "{:?}", keys_only.notes);

    let mut against_record = Case::new(Some(SID), vec![test_licence()]);
    against_record.records = Some(vec![KeyRecords {
        by_key: Some(record(1, Some(OLD_SID))),
        same_sen: Vec::new(),
    }]);
    let diagnosis = against_record.run();
    assert!(!diagnosis.has(Code::ServerIdMismatch), "{diagnosis:?}");
    assert!(not_enforced(&diagnosis), "{:?}", diagnosis.notes);

    let mut against_given = Case::new(Some(SID), vec![test_licence()]);
    against_given.given = Some(test_licence());
    let diagnosis = against_given.run();
    assert_eq!(diagnosis.verdict, Code::Match, "{:?}", diagnosis.findings);

    // An ordinary commercial licence still gets the finding.
    let commercial = Case::new(Some(SID), vec![confluence(&[])]).run();
    assert_eq!(commercial.verdict, Code::ServerIdMismatch);
    assert!(!not_enforced(&commercial));
}

#[test]
fn nodes_of_one_cluster_share_a_server_id_and_are_no_clone() {
    use crate::atlassian::install::ClusterNode;
    let instance =
        |id: i64, host: &str, node: Option<&str>, cluster: Option<&str>| RecordedInstance {
            id,
            product: "Jira".to_string(),
            label: "jira-home".to_string(),
            host: host.to_string(),
            server_id: Some(OLD_SID.to_string()),
            recorded_at: 0,
            cluster_node: node.map(str::to_string),
            cluster: cluster.map(str::to_string),
        };
    let mut case = Case::new(Some(OLD_SID), vec![confluence(&[])]);
    case.installation.cluster = Some(ClusterNode {
        node_id: Some("node2".to_string()),
        cluster: Some("/srv/jira-shared".to_string()),
        source: Source::GivenByHand,
    });
    case.others = vec![instance(
        1,
        "web01",
        Some("node1"),
        Some("/srv/jira-shared"),
    )];
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::Match, "{:?}", diagnosis.findings);
    assert!(
        diagnosis.notes.iter().any(|note| matches!(
            note,
            Note::OtherClusterNodes { node: Some(node), others, .. }
                if node == "node2" && others.len() == 1
        )),
        "{:?}",
        diagnosis.notes
    );

    // A node of another cluster (a cloned cluster), and an installation that is no node,
    // are still clones.
    case.others = vec![
        instance(1, "web01", Some("node1"), Some("/srv/jira-shared")),
        instance(2, "staging01", Some("node1"), Some("/srv/staging-shared")),
        instance(3, "laptop", None, None),
    ];
    let diagnosis = case.run();
    assert_eq!(diagnosis.verdict, Code::DuplicateServerId);
    let clones = diagnosis
        .findings
        .iter()
        .find_map(|finding| match &finding.kind {
            FindingKind::DuplicateServerId { others, .. } => Some(others.len()),
            _ => None,
        });
    assert_eq!(clones, Some(2));

    // Without cluster settings of its own, an installation is never another's node.
    case.installation.cluster = None;
    case.others = vec![instance(
        1,
        "web01",
        Some("node1"),
        Some("/srv/jira-shared"),
    )];
    assert_eq!(case.run().verdict, Code::DuplicateServerId);
}

#[test]
fn a_pasted_reading_is_no_clone_of_the_nodes_of_one_cluster() {
    let node = |id: i64, node: &str, cluster: &str| RecordedInstance {
        id,
        product: "Jira".to_string(),
        label: "jira".to_string(),
        host: format!("jira-{node}"),
        server_id: Some(OLD_SID.to_string()),
        recorded_at: 0,
        cluster_node: Some(node.to_string()),
        cluster: Some(cluster.to_string()),
    };
    let one = vec![node(1, "node1", "/shared"), node(2, "node2", "/shared")];
    assert!(others_with_server_id(one, None).is_empty());
    let two = vec![node(1, "node1", "/shared"), node(2, "node1", "/staging")];
    assert_eq!(others_with_server_id(two, None).len(), 2);
}
