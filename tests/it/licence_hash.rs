//! The inner licence hash of keys made since 2021 (SPEC §4.1), and the names of keys for every
//! host product: checked with a test-only key version made by the test encoder, on the genuine
//! corpus, and as `decode`, `diagnose` and the licence page report them.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use dsa::pkcs8::DecodePublicKey;
use licensedesk::atlassian::key::{
    DecodedKey, HashRefusal, InnerHash, KeyVersions, check_inner_hash, decode, hashed_bytes,
};

use crate::cli::run as run_cli;
use crate::support::encoder::{self, TEST_KEY_VERSION, sample_properties, with_test_inner_hash};
use crate::support::{TestServer, corpus};

/// The table a test checks against: the test-only key version and nothing else.
fn test_versions() -> KeyVersions {
    KeyVersions::from_public_keys(&[(TEST_KEY_VERSION, encoder::TEST_ONLY_INNER_HASH_PUBLIC_KEY)])
        .expect("the test-only public key parses")
}

/// Sample properties with some replaced (or added), described as an ordinary licence (the
/// sample's description marks it as a test licence).
fn properties(sen: &str, product: &str, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut properties = sample_properties(sen, product);
    let ordinary = [("Description", "Licence for the build team")];
    for (k, v) in ordinary.iter().chain(extra) {
        properties.retain(|(name, _)| name != k);
        properties.push(((*k).to_owned(), (*v).to_owned()));
    }
    properties
}

fn decoded(properties: &[(String, String)]) -> DecodedKey {
    decode(&encoder::encode(properties)).expect("an encoder key decodes")
}

/// What the test table says of a decoded key.
fn with_test_table(key: &DecodedKey) -> InnerHash {
    check_inner_hash(
        &key.properties,
        key.licence.creation_date.as_ref(),
        &test_versions(),
    )
}

const BITBUCKET_8_9: HashRefusal = HashRefusal {
    namespace: "stash",
    product: "Bitbucket",
    from_version: "8.9",
};

#[test]
fn the_test_only_public_key_is_the_private_keys() {
    let der = STANDARD
        .decode(encoder::TEST_ONLY_INNER_HASH_PUBLIC_KEY)
        .expect("base64");
    let public = dsa::VerifyingKey::from_public_key_der(&der).expect("an SPKI DSA key");
    assert_eq!(public, encoder::test_inner_hash_verifying_key());
}

#[test]
fn the_hashed_bytes_are_the_specs_written_independently() {
    let tricky = properties(
        "SEN-1",
        "stash",
        &[
            ("Organisation", "Zürich AG: R&D #1 = best!"),
            ("Description", " leading space, tab\there, 東京 😀"),
            ("ContactName", "back\\slash\r\nnew line\u{c}"),
            ("odd key", "value"),
        ],
    );
    let tricky = with_test_inner_hash(&tricky);
    assert_eq!(hashed_bytes(&tricky), encoder::inner_hash_bytes(&tricky));
    let text = String::from_utf8(hashed_bytes(&tricky)).expect("ASCII");
    assert!(
        text.contains("Organisation=Z\\u00FCrich AG\\: R&D \\#1 \\= best\\!\n"),
        "{text}"
    );
    assert!(
        text.contains("Description=\\ leading space, tab\\there, \\u6771\\u4EAC \\uD83D\\uDE00\n"),
        "{text}"
    );
    assert!(
        text.contains("ContactName=back\\\\slash\\r\\nnew line\\f\n"),
        "{text}"
    );
    assert!(text.contains("odd\\ key=value\n"), "{text}");
    assert!(!text.contains("licenseHash") && !text.starts_with('#'));
    assert!(text.starts_with("ContactEMail="), "sorted by name: {text}");
}

#[test]
fn a_test_key_version_hash_round_trips_and_the_product_never_trusts_it() {
    let hashed = with_test_inner_hash(&properties(
        "SEN-77",
        "stash",
        &[("Organisation", "Zürich AG: R&D #1")],
    ));
    let key = decoded(&hashed);
    assert_eq!(with_test_table(&key), InnerHash::Verified);
    // The product's own table does not know the test key version: not verified.
    assert_eq!(
        key.inner_hash,
        InnerHash::UnknownKeyVersion(TEST_KEY_VERSION.into())
    );
    assert!(key.hash_refusals().is_empty());
    // Relabelled as Atlassian's real key version, the test hash is simply wrong.
    let relabelled: Vec<(String, String)> = hashed
        .iter()
        .map(|(k, v)| match k.as_str() {
            "keyVersion" => (k.clone(), "1600708331".to_owned()),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    let key = decoded(&relabelled);
    assert_eq!(key.inner_hash, InnerHash::Wrong);
    assert_eq!(key.hash_refusals(), [BITBUCKET_8_9]);
}

#[test]
fn a_tampered_property_makes_the_hash_wrong() {
    let hashed = with_test_inner_hash(&properties("SEN-78", "conf", &[]));
    for (name, value) in [
        ("NumberOfUsers", "10000"),
        ("MaintenanceExpiryDate", "2099-01-15"),
        ("Extra", "added"),
    ] {
        let mut tampered = hashed.clone();
        tampered.retain(|(k, _)| k != name);
        tampered.insert(0, (name.to_owned(), value.to_owned()));
        assert_eq!(
            with_test_table(&decoded(&tampered)),
            InnerHash::Wrong,
            "{name}"
        );
    }
    // A property taken away, and the hash itself damaged.
    let mut removed = hashed.clone();
    removed.retain(|(k, _)| k != "SEN");
    assert_eq!(with_test_table(&decoded(&removed)), InnerHash::Wrong);
    let damaged: Vec<(String, String)> = hashed
        .iter()
        .map(|(k, v)| match k.as_str() {
            "licenseHash" => (k.clone(), "not base64 at all".to_owned()),
            _ => (k.clone(), v.clone()),
        })
        .collect();
    assert_eq!(with_test_table(&decoded(&damaged)), InnerHash::Wrong);
    // Untouched, it verifies.
    assert_eq!(with_test_table(&decoded(&hashed)), InnerHash::Verified);
}

#[test]
fn a_key_without_the_hash_matters_only_when_made_since_2021() {
    let old = decoded(&properties(
        "SEN-79",
        "stash",
        &[("CreationDate", "2020-12-31")],
    ));
    assert_eq!(old.inner_hash, InnerHash::NotRequired);
    assert!(old.hash_refusals().is_empty());

    let recent = decoded(&properties(
        "SEN-80",
        "stash",
        &[("CreationDate", "2021-01-01")],
    ));
    assert_eq!(recent.inner_hash, InnerHash::MissingRequired);
    assert_eq!(recent.hash_refusals(), [BITBUCKET_8_9]);
    // Confluence is not known to refuse it: the result stands, with no refusal.
    let confluence = decoded(&properties("SEN-81", "conf", &[]));
    assert_eq!(confluence.inner_hash, InnerHash::MissingRequired);
    assert!(confluence.hash_refusals().is_empty());
}

#[test]
fn the_genuine_corpus_reads_as_its_creation_dates_say() {
    let Some(keys) = corpus::keys() else {
        return;
    };
    let mut checked = 0;
    for (name, text) in keys {
        let Ok(key) = decode(text) else {
            continue; // the version-1 key
        };
        checked += 1;
        assert!(key.property("licenseHash").is_none(), "{name}");
        let created = key.licence.creation_date.as_ref().and_then(|d| d.date());
        let year = created.map(|d| d.year()).unwrap_or_default();
        // The published test keys were made in 2000 and 2018, except the timebomb keys dated
        // a century ahead (2112, 2115), which by the rule of the creation date need the hash.
        if year < 2021 {
            assert_eq!(key.inner_hash, InnerHash::NotRequired, "{name}");
        } else {
            assert!(year > 2100, "{name}: {year}");
            assert_eq!(key.inner_hash, InnerHash::MissingRequired, "{name}");
        }
    }
    assert_eq!(checked, 18);
    let bitbucket = corpus::key("dcsetup_timebomb_bitbucket_dc.txt").expect("in the corpus");
    let bitbucket = decode(&bitbucket).expect("decodes");
    assert_eq!(bitbucket.inner_hash, InnerHash::NotRequired);
    assert!(bitbucket.hash_refusals().is_empty());
}

#[test]
fn keys_for_every_host_product_are_named_so() {
    let names = [
        (
            "timebomb_3h_all_host_products_AAACLg.txt",
            "All Atlassian products (Server) Unlimited Users: Evaluation License",
        ),
        (
            "jira_testkit_TimeBombLicence_LICENCE_FOR_TESTING.txt",
            "All Atlassian products (Server) 10 Users: Developer License",
        ),
        (
            "dcsetup_timebomb_jira_dc.txt",
            "Jira Software (Data Center) 10 Users: Commercial License",
        ),
    ];
    for (file, name) in names {
        let Some(text) = corpus::key(file) else {
            return;
        };
        let key = decode(&text).expect("decodes");
        assert_eq!(key.licence.licence_name(), name, "{file}");
    }
    // Built by the encoder: Jira, Confluence, Bamboo, Crowd and Fisheye make "all".
    let mut all = properties("SEN-82", "jira", &[("NumberOfUsers", "-1")]);
    for ns in ["conf", "bamboo", "crowd", "fisheye"] {
        all.push((format!("{ns}.active"), "true".into()));
    }
    assert_eq!(
        decoded(&all).licence.licence_name(),
        "All Atlassian products (Server) Unlimited Users: Commercial License"
    );
    all.retain(|(k, _)| k != "crowd.active");
    assert_eq!(
        decoded(&all).licence.licence_name(),
        "JIRA (Server) Unlimited Users: Commercial License"
    );
}

#[test]
fn decode_reports_both_checks_the_refusal_and_the_kind() {
    let recent = encoder::encode(&properties("SEN-83", "stash", &[]));
    let (code, out, err) = run_cli(&["decode", "--json", "-"], Some(&recent));
    assert_eq!(code, 1, "{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["signature_valid"], false);
    assert_eq!(json["inner_hash"], "missing-required");
    assert_eq!(json["key_version"], serde_json::Value::Null);
    assert_eq!(
        json["refused_by"],
        serde_json::json!([{"product": "Bitbucket", "namespace": "stash", "from_version": "8.9"}])
    );
    assert_eq!(json["kind"], "server");
    let (code, out, _) = run_cli(&["decode", "-"], Some(&recent));
    assert_eq!(code, 1);
    for line in [
        "Licence hash:",
        "no licence hash, although the key was created in 2021 or later",
        "Refused by:",
        "Bitbucket 8.9 and later refuse this key (\"Failed to verify license hash: missing property licenseHash\").",
        "Kind of licence:    Server",
    ] {
        assert!(out.contains(line), "{line}\n{out}");
    }

    let hashed = encoder::encode(&with_test_inner_hash(&properties(
        "SEN-84",
        "conf",
        &[("conf.DataCenter", "true")],
    )));
    let (_, out, _) = run_cli(&["decode", "--json", "-"], Some(&hashed));
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["inner_hash"], "unknown-key-version");
    assert_eq!(json["key_version"], TEST_KEY_VERSION);
    assert_eq!(json["refused_by"], serde_json::json!([]));
    assert_eq!(json["kind"], "data-center");
    let (_, out, _) = run_cli(&["decode", "-"], Some(&hashed));
    assert!(
        out.contains(&format!(
            "the licence hash was made with key version {TEST_KEY_VERSION}, which this tool does not know"
        )),
        "{out}"
    );
    assert!(out.contains("Kind of licence:    Data Center"), "{out}");
    assert!(!out.contains("Refused by:"), "{out}");

    let Some(dir) = corpus::keys_dir() else {
        return;
    };
    let genuine = dir.join("dcsetup_timebomb_confluence_dc.txt");
    let (code, out, _) = run_cli(&["decode", "--json", genuine.to_str().unwrap()], None);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["inner_hash"], "not-required");
    assert_eq!(json["kind"], "test");
    let (_, out, _) = run_cli(&["decode", genuine.to_str().unwrap()], None);
    assert!(
        out.contains("no licence hash, and none is needed: the key was created before 2021"),
        "{out}"
    );
    assert!(out.contains("Test licence"), "{out}");
}

#[test]
fn diagnose_reports_a_bitbucket_key_without_its_hash() {
    let home = tempfile::tempdir().expect("a temp dir");
    let shared = home.path().join("shared");
    std::fs::create_dir_all(&shared).expect("a shared folder");
    let key = encoder::encode(&properties("SEN-85", "stash", &[]));
    std::fs::write(
        shared.join("bitbucket.properties"),
        format!("setup.license={key}\n"),
    )
    .expect("writes");
    let (code, out, err) = run_cli(
        &[
            "diagnose",
            home.path().to_str().unwrap(),
            "--no-database",
            "--allow-unverified",
            "--json",
        ],
        None,
    );
    assert_eq!(code, 1, "{out}{err}");
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["verdict"], "licence-hash-refused", "{out}");
    let findings = json["findings"].to_string();
    assert!(
        findings.contains("Bitbucket 8.9 and later refuse it"),
        "{findings}"
    );
    let (_, out, _) = run_cli(
        &[
            "diagnose",
            home.path().to_str().unwrap(),
            "--no-database",
            "--allow-unverified",
        ],
        None,
    );
    assert!(out.starts_with("Verdict: licence-hash-refused\n"), "{out}");
    assert!(
        out.contains("download the licence again from My Atlassian"),
        "{out}"
    );
    // server-id reports the check beside the signature.
    let (_, out, _) = run_cli(
        &[
            "server-id",
            home.path().to_str().unwrap(),
            "--no-database",
            "--json",
        ],
        None,
    );
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        json["licences"][0]["inner_hash"], "missing-required",
        "{out}"
    );
    let (_, out, _) = run_cli(
        &["server-id", home.path().to_str().unwrap(), "--no-database"],
        None,
    );
    assert!(
        out.contains("no licence hash, although the key was created in 2021 or later"),
        "{out}"
    );

    // The same key made before 2021 is no finding of the hash.
    let old = encoder::encode(&properties(
        "SEN-85",
        "stash",
        &[("CreationDate", "2019-05-01")],
    ));
    std::fs::write(
        shared.join("bitbucket.properties"),
        format!("setup.license={old}\n"),
    )
    .expect("writes");
    let (_, out, _) = run_cli(
        &[
            "diagnose",
            home.path().to_str().unwrap(),
            "--no-database",
            "--allow-unverified",
            "--json",
        ],
        None,
    );
    assert!(!out.contains("licence-hash-refused"), "{out}");
}

#[test]
fn the_licence_page_words_the_licence_hash() {
    let Some(key) = corpus::key("jira_webtests_LicenseKeysA_V2_COMMERCIAL_LIMITED.txt") else {
        return;
    };
    let (_server, mut admin) = TestServer::with_admin();
    let added = admin.submit("/licences/new", "/licences/new/key", &[("key", &key)]);
    assert_eq!(added.status, 303, "{}", added.text());
    let page = admin.get(added.location());
    assert_eq!(page.status, 200);
    let text = page.text();
    assert!(text.contains("Licence hash"), "{text}");
    assert!(
        text.contains("no licence hash, and none is needed: the key was created before 2021"),
        "{text}"
    );
}
