//! Licence keys end to end: the genuine-key corpus in shared/ against its EXPECTED.json, keys
//! made by the test encoder, every decoding error as a user meets it, finding keys inside
//! documents, and property-based tests that decoding never panics.

use std::collections::BTreeMap;

use licensedesk::atlassian::key::{
    DecodedKey, KeyDate, KeyError, MAX_INFLATED_BYTES, MAX_INPUT_BYTES, SignatureVerdict, Users,
    decode, find_keys,
};
use proptest::prelude::*;

use crate::support::corpus;
use crate::support::encoder::{self, Signing};

fn as_map(properties: &[(String, String)]) -> BTreeMap<String, String> {
    let map: BTreeMap<String, String> = properties.iter().cloned().collect();
    assert_eq!(map.len(), properties.len(), "no property appears twice");
    map
}

fn decoded(key: &str) -> DecodedKey {
    decode(key).unwrap_or_else(|e| panic!("key should decode: {e}\n{key}"))
}

#[test]
fn every_genuine_key_matches_expected_json() {
    let (Some(keys), Some(dir)) = (corpus::keys(), corpus::keys_dir()) else {
        // Without the corpus, the repo's own keys still go through the whole pipeline.
        let key = encoder::encode(&encoder::sample_properties("SEN-1", "conf"));
        assert_eq!(decoded(&key).signature, SignatureVerdict::Invalid);
        return;
    };
    let expected_path = dir.join("EXPECTED.json");
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&expected_path).expect("EXPECTED.json is readable"),
    )
    .expect("EXPECTED.json is JSON");
    let expected = expected.as_object().expect("EXPECTED.json is an object");
    assert_eq!(
        keys.len(),
        expected.len(),
        "one EXPECTED.json entry per key file"
    );
    for (name, text) in keys {
        let entry = expected
            .get(name)
            .unwrap_or_else(|| panic!("{name} has an EXPECTED.json entry"));
        match entry["format"].as_str() {
            Some("v2") => {
                let key = decode(text).unwrap_or_else(|e| panic!("{name}: {e}"));
                let want: BTreeMap<String, String> =
                    serde_json::from_value(entry["properties"].clone()).expect("string map");
                assert_eq!(as_map(&key.properties), want, "{name}: properties");
                let valid = entry["signature_valid"].as_bool().expect("a boolean");
                assert_eq!(key.signature.is_valid(), valid, "{name}: signature");
                let found = find_keys(text);
                assert_eq!(found.len(), 1, "{name}: find_keys");
                assert_eq!(found[0].raw, key.canonical, "{name}: found key is the key");
            }
            _ => {
                assert_eq!(decode(text).err(), Some(KeyError::LegacyVersion1), "{name}");
                assert_eq!(
                    decode(text).map(|_| ()).unwrap_err().to_string(),
                    "legacy version-1 licence key: cannot be decoded offline"
                );
                assert!(
                    find_keys(text).is_empty(),
                    "{name}: a v1 key is not a v2 key"
                );
            }
        }
    }
}

#[test]
fn genuine_keys_read_as_my_atlassian_names_them() {
    let cases = [
        (
            "dcsetup_timebomb_confluence_dc.txt",
            "Confluence (Data Center) 10 Users: Commercial License",
        ),
        (
            "dcsetup_timebomb_bitbucket_dc.txt",
            "Bitbucket (Data Center) 10 Users: Commercial License",
        ),
        (
            "dcsetup_timebomb_jira_dc.txt",
            "Jira Software (Data Center) 10 Users: Commercial License",
        ),
        (
            "jira_webtests_LicenseKeysA_V2_COMMERCIAL.txt",
            "JIRA (Server) Unlimited Users: Commercial License",
        ),
        (
            "jira_webtests_LicenseKeysA_V2_EVAL_EXPIRED.txt",
            "JIRA (Server) Unlimited Users: Evaluation License",
        ),
        (
            "jira_webtests_LicenseKeysA_V2_OPEN_SOURCE.txt",
            "JIRA (Server) Unlimited Users: Open Source License",
        ),
        // Keys for every host product are named so, not after the first product found.
        (
            "timebomb_3h_all_host_products_AAACLg.txt",
            "All Atlassian products (Server) Unlimited Users: Evaluation License",
        ),
        (
            "jira_testkit_TimeBombLicence_LICENCE_FOR_TESTING.txt",
            "All Atlassian products (Server) 10 Users: Developer License",
        ),
        (
            "pluploader_timebomb_threehours.txt",
            "All apps (plugins.*) (Server) 10 Users: Evaluation License",
        ),
    ];
    for (file, name) in cases {
        let Some(text) = corpus::key(file) else {
            return;
        };
        assert_eq!(decoded(&text).licence.licence_name(), name, "{file}");
    }

    let Some(text) = corpus::key("dcsetup_timebomb_confluence_dc.txt") else {
        return;
    };
    let licence = decoded(&text).licence;
    assert_eq!(licence.sen.as_deref(), Some("SEN-500"));
    assert_eq!(licence.server_id.as_deref(), Some("BG9T-XUV4-KZZH-B01W"));
    assert_eq!(
        licence.organisation.as_deref(),
        Some("Developer Test License")
    );
    assert_eq!(
        licence.contact_email.as_deref(),
        Some("dparrish@atlassian.com")
    );
    assert_eq!(
        licence.purchase_date.as_ref().and_then(KeyDate::date),
        Some(jiff::civil::date(2018, 5, 1))
    );
    assert_eq!(
        licence
            .licence_expiry_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("P3H (3 hours after the licence is applied)")
    );
    assert!(licence.data_center && licence.subscription && !licence.evaluation);
    assert_eq!(licence.users, Some(Users::Limited(10)));

    let Some(text) = corpus::key("timebomb_3h_all_host_products_AAACLg.txt") else {
        return;
    };
    let products: Vec<String> = decoded(&text)
        .licence
        .products
        .into_iter()
        .map(|p| p.name)
        .collect();
    for name in [
        "Confluence",
        "Bitbucket",
        "Bamboo",
        "Crowd",
        "Fisheye",
        "Jira Core",
    ] {
        assert!(products.iter().any(|p| p == name), "{name} in {products:?}");
    }
}

#[test]
fn an_altered_genuine_key_decodes_but_is_not_genuine() {
    let Some(text) = corpus::key("dcsetup_timebomb_confluence_dc.txt") else {
        return;
    };
    let original = decoded(&text);
    let (_, genuine_signature) = encoder::split_key(&text);
    let mut altered = original.properties.clone();
    for (key, value) in &mut altered {
        if key == "NumberOfUsers" {
            *value = "-1".to_string();
        }
    }
    let forged = encoder::envelope(
        &encoder::licence_text(encoder::properties_text(&altered, false).as_bytes()),
        &genuine_signature,
    );
    let key = decoded(&forged);
    assert_eq!(key.signature, SignatureVerdict::Invalid);
    assert_eq!(
        key.signature.to_string(),
        "signature does not verify: not a genuine Atlassian key"
    );
    assert_eq!(
        key.licence.users,
        Some(Users::Unlimited),
        "what the key claims is still shown"
    );
}

#[test]
fn encoder_keys_decode_exactly_but_are_not_genuine() {
    let properties = encoder::sample_properties("SEN-12345678", "stash");
    for signing in [Signing::TestKey, Signing::Garbage] {
        let key = decoded(&encoder::encode_with(&properties, signing));
        assert_eq!(key.properties, properties);
        assert_eq!(key.signature, SignatureVerdict::Invalid);
        assert_eq!(key.version, 2);
        assert_eq!(
            key.licence.licence_name(),
            "Bitbucket (Server) 500 Users: Commercial License"
        );
    }
}

#[test]
fn the_encoder_signature_is_a_real_signature_by_the_test_key() {
    use dsa::signature::DigestVerifier;
    use sha1::Digest;
    let key = encoder::encode(&encoder::sample_properties("SEN-1", "conf"));
    let (text, signature) = encoder::split_key(&key);
    let signature = dsa::Signature::try_from(signature.as_slice()).expect("DER signature");
    let verified =
        encoder::test_verifying_key().verify_digest(sha1::Sha1::new_with_prefix(&text), &signature);
    assert!(
        verified.is_ok(),
        "so `Invalid` means 'not Atlassian', not 'broken'"
    );
}

#[test]
fn every_decoding_error_reads_plainly() {
    let props = encoder::sample_properties("SEN-1", "conf");
    let good_text = encoder::licence_text(encoder::properties_text(&props, false).as_bytes());
    let good_sig = encoder::sign(&good_text, Signing::Garbage);
    let good = encoder::envelope(&good_text, &good_sig);
    let body = good.get(..good.rfind('X').expect("trailer")).expect("body");

    let with_text = |text: &[u8]| encoder::envelope(text, &good_sig);
    let with_inflated = |inflated: &[u8]| {
        let mut text = encoder::MAGIC.to_vec();
        text.extend(encoder::zlib(inflated));
        with_text(&text)
    };
    let mut short = 10u32.to_be_bytes().to_vec();
    short.extend_from_slice(b"abc");
    let truncated = encoder::with_trailer(
        &base64::Engine::encode(&base64::engine::general_purpose::STANDARD, short),
        "02",
    );
    let mut not_utf8 = b"a=".to_vec();
    not_utf8.extend_from_slice(&[0xff, 0xfe]);

    let cases: Vec<(String, &str)> = vec![
        (String::new(), "the licence key is empty"),
        ("x".repeat(MAX_INPUT_BYTES + 1), "the input is too large"),
        (
            corpus::key("jira_webtests_LicenseKeys_V1_ENTERPRISE.txt").unwrap_or_else(|| {
                "NQrPoNOBNRHnXHjaFJNPxwrQoropKm\nmi2KouuJLPf6fVkEqhggtmF2K6Lwzk\nQmRSsRRNrponOQoPMNwwq"
                    .to_string()
            }),
            "legacy version-1 licence key: cannot be decoded offline",
        ),
        (body.to_string(), "does not end with the 'X' + version + length trailer"),
        (encoder::with_trailer(body, "03"), "unsupported licence key version \"03\""),
        (format!("A{good}"), "its length marker says"),
        (
            encoder::with_trailer(&format!("{}*", body.get(1..).expect("body")), "02"),
            "not valid base64",
        ),
        (truncated, "truncated"),
        (with_text(b"\x01\x02\x03\x04\x05zlib"), "magic bytes"),
        (with_text(&[encoder::MAGIC.as_slice(), b"not zlib"].concat()), "cannot be inflated"),
        (
            with_inflated(&vec![b'#'; MAX_INFLATED_BYTES + 1]),
            "inflates to more than",
        ),
        (with_inflated(&not_utf8), "not UTF-8"),
        (with_inflated(b"a=\\u12"), "malformed licence properties at line 1"),
        (
            encoder::envelope(&good_text, b"\x30\x02\x05\x00"),
            "not a DER-encoded DSA signature",
        ),
    ];
    let mut messages = Vec::new();
    for (input, needle) in &cases {
        let message = match decode(input) {
            Ok(_) => panic!("{needle}: decoded, but should have failed"),
            Err(e) => e.to_string(),
        };
        assert!(
            message.contains(needle),
            "{message:?} should say {needle:?}"
        );
        messages.push(message);
    }
    messages.sort();
    messages.dedup();
    assert_eq!(
        messages.len(),
        cases.len(),
        "every error has its own message"
    );
}

#[test]
fn pasted_forms_of_a_key_all_decode_the_same() {
    let key = encoder::encode(&encoder::sample_properties("SEN-1", "bamboo"));
    let expected = decoded(&key);
    let wrapped = encoder::wrap(&key, 76, "\n");
    let forms = [
        wrapped.clone(),
        encoder::wrap(&key, 64, "\r\n"),
        encoder::wrap(&key, 60, " "),
        encoder::wrap(&key, 76, "\\r\\n"),
        format!("  \n{}\n\n", encoder::wrap(&key, 50, "\n\t")),
        format!("\"{}\";", encoder::wrap(&key, 70, "\" +\n    \"")),
        format!("\"{}\"", encoder::wrap(&key, 70, "\\n")),
    ];
    for form in forms {
        let key = decoded(&form);
        assert_eq!(key, expected, "{form}");
    }
}

#[test]
fn keys_are_found_in_documents_of_every_kind() {
    let a = encoder::encode_with(
        &encoder::sample_properties("SEN-A", "conf"),
        Signing::Garbage,
    );
    let b = encoder::encode_with(
        &encoder::sample_properties("SEN-B", "jira"),
        Signing::Garbage,
    );
    let email = format!(
        "Hi,\r\n\r\nhere are your keys:\r\n\r\n{}\r\n\r\nand\r\n> {}\r\nThanks,\r\nAtlassian",
        encoder::wrap(&a, 76, "\r\n"),
        encoder::wrap(&b, 76, "\r\n> ")
    );
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<properties>\n  <property name=\"atlassian.license.message\">{}</property>\n</properties>\n",
        encoder::wrap(&a, 72, " ")
    );
    let properties_file = format!(
        "# Bitbucket\nsetup.license={}\nsetup.sysadmin.username=admin\n",
        encoder::wrap(&b, 60, "\\\n    ")
    );
    let json = format!(
        "{{\"keys\":[\"{}\",\"{}\"]}}",
        encoder::wrap(&a, 76, "\\r\\n"),
        encoder::wrap(&b, 76, "\\n")
    );
    let java = format!(
        "String LICENSE =\n    \"{}\";\n",
        encoder::wrap(&a, 70, "\" +\n    \"")
    );
    let glued = format!("keys:{a}{b}.");
    for (document, want, first_line) in [
        (&email, vec![&a, &b], 5),
        (&xml, vec![&a], 3),
        (&properties_file, vec![&b], 2),
        (&json, vec![&a, &b], 1),
        (&java, vec![&a], 2),
        (&glued, vec![&a, &b], 1),
    ] {
        let found = find_keys(document);
        let raws: Vec<&String> = found.iter().map(|f| &f.raw).collect();
        assert_eq!(raws, want, "in:\n{document}");
        assert_eq!(found[0].line, first_line, "in:\n{document}");
        for key in found {
            assert!(decode(&key.raw).is_ok());
        }
    }
}

#[test]
fn a_damaged_key_in_a_document_is_still_found_so_the_import_can_say_why() {
    let key = encoder::encode_with(
        &encoder::sample_properties("SEN-A", "conf"),
        Signing::Garbage,
    );
    // Damage the magic bytes' region (after the 4-byte length) but keep the shape of a key.
    let damaged = format!("{}B{}", &key[..8], &key[9..]);
    let found = find_keys(&format!("line one\n{damaged}\n"));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].line, 2);
    assert!(decode(&found[0].raw).is_err());
}

fn property_pairs() -> impl Strategy<Value = Vec<(String, String)>> {
    // Arbitrary text, including the characters the format must escape and non-BMP characters.
    let text = "(\\PC|[ \t\r\n\\\\=:#!\u{c}\u{1}\u{7f}]|\u{1F600}){0,24}";
    prop::collection::vec((text, text), 0..12).prop_map(|pairs| {
        let mut unique: Vec<(String, String)> = Vec::new();
        for (key, value) in pairs {
            if !unique.iter().any(|(existing, _)| *existing == key) {
                unique.push((key, value));
            }
        }
        unique
    })
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "\n", "\r\n", " ", "\t", "\\n", "\\r\\n", "  \n  ", "\u{a0}", "\\\n  ",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_properties_round_trip(pairs in property_pairs(), ascii_only in any::<bool>()) {
        let text = encoder::licence_text(encoder::properties_text(&pairs, ascii_only).as_bytes());
        let key = encoder::envelope(&text, &encoder::sign(&text, Signing::Garbage));
        let decoded = decode(&key);
        prop_assert!(decoded.is_ok(), "{:?}", decoded.err());
        let decoded = decoded.unwrap();
        prop_assert_eq!(&decoded.properties, &pairs);
        prop_assert_eq!(decoded.signature, SignatureVerdict::Invalid);
    }

    #[test]
    fn any_wrapping_decodes_the_same(
        cuts in prop::collection::vec((0usize..2000, separator()), 0..40),
    ) {
        let key = encoder::encode_with(&encoder::sample_properties("SEN-W", "crowd"), Signing::Garbage);
        let expected = decode(&key).expect("fresh key decodes");
        let mut wrapped = key.clone();
        let mut sorted = cuts.clone();
        sorted.sort_by_key(|cut| std::cmp::Reverse(cut.0));
        for (at, sep) in sorted {
            let at = at.min(key.len());
            wrapped.insert_str(at, sep);
        }
        prop_assert_eq!(decode(&wrapped), Ok(expected.clone()));
        let found = find_keys(&format!("key follows:\n{wrapped}\nend"));
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].raw, &expected.canonical);
    }

    #[test]
    fn one_changed_character_never_panics_nor_forges(
        at in 0usize..2000,
        replacement in prop::sample::select(
            "ABXYZabuvz0129+/=\\\" \n!é".chars().collect::<Vec<char>>()
        ),
        genuine in any::<bool>(),
    ) {
        let key = match corpus::key("pluploader_timebomb_threehours.txt").filter(|_| genuine) {
            Some(text) => text.split_whitespace().collect::<String>(),
            None => encoder::encode_with(&encoder::sample_properties("SEN-M", "conf"), Signing::Garbage),
        };
        let original = decode(&key).expect("fresh key decodes");
        let at = at % key.len();
        let mut mutated: String = key.chars().take(at).collect();
        mutated.push(replacement);
        mutated.extend(key.chars().skip(at + 1));
        if let Ok(result) = decode(&mutated) {
            // A change that leaves the signed bytes intact (unused base64 bits, say) may still
            // verify; anything that verifies must say exactly what the original said.
            if result.signature.is_valid() {
                prop_assert!(original.signature.is_valid());
                prop_assert_eq!(&result.properties, &original.properties);
            }
        }
        let _ = find_keys(&mutated);
    }

    #[test]
    fn truncation_never_panics(cut in 0usize..2000) {
        let key = encoder::encode_with(&encoder::sample_properties("SEN-T", "conf"), Signing::Garbage);
        let cut = cut % key.len();
        prop_assert!(decode(&key[..cut]).is_err());
        prop_assert!(decode(&key[cut..]).is_err() || cut == 0);
        let _ = find_keys(&key[..cut]);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = decode(&text);
        let _ = find_keys(&text);
    }

    #[test]
    fn arbitrary_key_shaped_text_never_panics(
        body in "AAA[A-Za-z0-9+/=]{0,600}",
        version in "0[0-9]",
    ) {
        let key = encoder::with_trailer(&body, &version);
        let _ = decode(&key);
        let _ = find_keys(&key);
    }
}
