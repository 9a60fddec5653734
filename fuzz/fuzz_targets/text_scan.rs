//! Fuzz target for the text scans (labelled Server IDs and licence keys in any text) and the
//! reading of unnamed text: never a panic, every Server ID found has its shape, and no more are
//! reported than the limit. Run with `cargo +nightly fuzz run text_scan` from the repo root.

#![no_main]

use libfuzzer_sys::fuzz_target;
use licensedesk::atlassian::install::limits::MAX_SERVER_IDS_PER_TEXT;
use licensedesk::atlassian::install::{ReadOptions, normalise_server_id, read_text, scan_text};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let scanned = scan_text(&text);
    assert!(scanned.server_ids.len() <= MAX_SERVER_IDS_PER_TEXT);
    for found in &scanned.server_ids {
        assert_eq!(normalise_server_id(&found.value).as_deref(), Some(found.value.as_str()));
        assert!(text.contains(&found.label));
    }
    let opts = ReadOptions {
        no_database: true,
        ..ReadOptions::default()
    };
    let _ = read_text(data, "pasted text", &opts);
});
