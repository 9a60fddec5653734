//! An import decodes (and verifies) each key text once: the preview's reading is all the
//! decoding there is, whether the import stops at the preview or goes on to apply it.

use super::{ApplyContext, Options, Source, apply, decide, plan, read};
use crate::atlassian::key::{self, decode_count};
use crate::domain::Actor;

use crate::atlassian::key::test_encoder as encoder;

/// Keys of one organisation: a Jira and a Confluence licence, and apps for each (which the
/// import links to their host afterwards), with their canonical texts.
fn keys() -> Vec<(String, String)> {
    [
        "jira",
        "conf",
        "com.example.jira.timesheets",
        "com.example.confluence.macros",
    ]
    .iter()
    .enumerate()
    .map(|(n, product)| {
        let mut properties = encoder::sample_properties(&format!("SEN-7731{n}"), product);
        properties.retain(|(name, _)| name != "Organisation");
        properties.push(("Organisation".into(), "Decoded Once Pty Ltd".into()));
        let text = encoder::encode(&properties);
        let canonical = key::decode(&text).expect("a test key decodes").canonical;
        (text, canonical)
    })
    .collect()
}

fn counts(keys: &[(String, String)]) -> Vec<usize> {
    keys.iter().map(|(_, c)| decode_count::of(c)).collect()
}

#[test]
fn a_dry_run_and_an_import_decode_each_key_once() {
    let keys = keys();
    let before = counts(&keys);
    let sources = [Source {
        name: "keys.txt".into(),
        bytes: keys
            .iter()
            .map(|(text, _)| text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
            .into_bytes(),
    }];
    let options = Options {
        allow_unverified: true,
        viewer: None,
        max_keys: None,
        max_held_bytes: None,
    };
    let data = tempfile::tempdir().expect("a temporary directory");
    let mut conn = crate::store::open(&data.path().join(crate::store::DATABASE_FILE))
        .expect("a fresh database");

    // The dry run: read and decide.
    let dry = plan(&conn, &sources, options, &|_| {}).expect("the plan");
    assert_eq!(dry.counts().added, 4);
    let once: Vec<usize> = before.iter().map(|n| n + 1).collect();
    assert_eq!(counts(&keys), once);

    // The import, as the command line runs it: read, decide for the preview, decide again
    // in the transaction, apply (which links the apps to their hosts).
    let decoded = read(&sources, options, &|_| {}).expect("read");
    let preview = decide(&conn, &decoded, options).expect("decide");
    let tx = conn.transaction().expect("a transaction");
    let again = decide(&tx, &decoded, options).expect("decide again");
    assert_eq!(again.fingerprint(), preview.fingerprint());
    let applied = apply(
        &tx,
        &again,
        &ApplyContext {
            actor: &Actor::CommandLine,
            contact: None,
            viewer: None,
            replace_genuine: false,
            warning_words: |_| String::new(),
            now: 1_700_000_000,
        },
        &|_| {},
    )
    .expect("apply");
    tx.commit().expect("commit");
    assert_eq!(applied.added, 4);
    let linked: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM licences WHERE host_licence_id IS NOT NULL",
            [],
            |row| row.get(0),
        )
        .expect("count the links");
    assert_eq!(linked, 2, "both apps are linked to their host");
    let twice: Vec<usize> = before.iter().map(|n| n + 2).collect();
    assert_eq!(
        counts(&keys),
        twice,
        "one decoding for each of the two imports"
    );
}
